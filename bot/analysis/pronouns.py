"""Which named person a speaker pronoun ("he said", "she told reporters") refers to.

Each person named in the few sentences before the quote is a candidate, unless a known
gender rules them out; the most salient one wins: named recently, as the subject of a
clause ("Ana Ruiz, who …, said", "…, said Ana Ruiz"), first in their sentence, or the
speaker of the quote just before. With no candidate in reach the speaker stays unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.analysis.entities import Mention
from bot.analysis.lexicon import ATTRIBUTIVE_BODY, DEMONYMS, KIN_PATTERN, NEWS_BODY_WORDS

# Sentences back a pronoun may reach for its person ("he said" after a paragraph about him).
REACH = 6
# Salience weights, set on the PolNeAR train split and checked on dev: a sentence further
# back costs one point; being a clause's subject, the first person named in a sentence,
# the author of a column or lawsuit opening an earlier sentence, or the previous quote's
# speaker earns points. A known gender only filters.
W_DISTANCE = 1.0
W_SUBJECT = 1.5
W_FIRST = 1.0
W_SPEAKER = 0.5
W_SAME_SENTENCE_OBJECT = -2.0
W_POSSESSOR = 1.0


@dataclass(frozen=True, slots=True)
class PreviousSpeaker:
    """The named speaker of the quote before, and the sentence of its attribution."""

    name: str
    sentence: int
    start: int


def resolve(
    gender: str,
    here: int,
    cutoff: int,
    mentions: list[Mention],
    genders: dict[str, str],
    previous: PreviousSpeaker | None,
    text: str = "",
) -> str | None:
    """The person a he/she (gender "m"/"f") in sentence `here` most plausibly names.

    Only mentions before `cutoff` (the quote's opening) count.
    """
    scores: dict[str, float] = {}
    best: dict[str, Mention] = {}
    # "Halifax said" after "Halifax Mortgages": a body's short form is no he or she
    body_heads = {m.surface.split()[0] for m in mentions if m.type == "org" and " " in m.surface}
    # "The Ruiz administration is weighing …, but Hale signalled …. He said": not Ruiz.
    mentions = [m for m in mentions if not _ATTRIBUTIVE.match(text, m.end)]
    subordinate = _in_subordinate_clause(mentions, text)
    main_clause = [m for m in mentions if id(m) not in subordinate]
    for mention in mentions:
        if (
            mention.type != "person"
            or mention.start >= cutoff
            or here - mention.sentence > REACH
            or genders.get(mention.canonical) not in {None, gender}
            or mention.canonical in DEMONYMS  # "the Republican said" names no one
            or mention.canonical in NEWS_BODY_WORDS  # "Bloomberg reported": the outlet
            or mention.canonical in body_heads
            or _KIN_OF.match(text, mention.end)  # "Sara's mother … she says": not Sara
            # "He and Okafor would only interview …. He said": the he is another
            or _WITH_PRONOUN[gender].search(text, max(0, mention.start - 12), mention.start)
        ):
            continue
        distance = here - mention.sentence
        score = -W_DISTANCE * distance
        first = _first_in_sentence(mention, main_clause)
        if id(mention) in subordinate:
            first = False  # "While Ruiz waits, Ana Lopez hands over …": Lopez is the topic
        elif mention.subject_like:
            score += W_SUBJECT
        elif distance > 0 and _SOURCE_OF.search(text, max(0, mention.start - 60), mention.start):
            # "Rask was “a popular guy”, according to the councillor Pat Karney. “…,” he
            # said": whose words the sentence gives speaks on, as a quote's speaker does,
            # the more so closing that sentence.
            score += W_SUBJECT + W_SPEAKER
            if _SENTENCE_CLOSES.match(text, mention.end):
                score += W_FIRST
        elif distance == 0:
            score += W_SAME_SENTENCE_OBJECT  # "Asked about Trump, he said": not Trump
        elif first and _POSSESSOR.match(text, mention.end):
            score += W_POSSESSOR  # "Tuttle's column attacked Dorn. He calls …": Tuttle
        if first:
            score += W_FIRST
        score += mention.start * 1e-9  # of equals, the nearer
        if score > scores.get(mention.canonical, score - 99):
            scores[mention.canonical], best[mention.canonical] = score, mention
    # "“…,” the Royal Society said. … “…,” she stated": a body is no he or she.
    bodies = {m.canonical for m in mentions if m.type in ("org", "place")}
    if (
        previous is not None
        and here - previous.sentence <= REACH
        and re.sub(r"^[Tt]he\s+", "", previous.name) not in bodies  # "The Royal Society"
    ):
        if genders.get(previous.name) in {None, gender}:
            distance = here - previous.sentence
            score = -W_DISTANCE * distance + W_SUBJECT + W_SPEAKER
            if distance == 1 and _closes_sentence(text, previous.start):
                # "…while Ruiz told TV that “…”. He added": the quote just before, ending
                # its sentence, is the one a pronoun picks up, whoever opened that sentence.
                score += W_FIRST
            scores[previous.name] = max(scores.get(previous.name, score), score)
            best.pop(previous.name, None)  # who spoke before goes on: no pair makes it unclear
    if not scores:
        return None
    chosen = max(scores, key=lambda name: scores[name])
    if chosen in best and _joined_to_another(best[chosen], mentions, scores, text):
        return None  # "Mark Hill and Tom Berg met …. “…,” he contended": either of them
    return chosen


_AND = re.compile(r"\s+and\s+")
_SENTENCE_CLOSES = re.compile(r"\.(?:\s|$)")
_SOURCE_OF = re.compile(r"\baccording\s+to\s+(?:[a-z][\w’'-]*\s+){0,4}$")
_ATTRIBUTIVE = re.compile(ATTRIBUTIVE_BODY)


def _joined_to_another(
    mention: Mention, mentions: list[Mention], scores: dict[str, float], text: str
) -> bool:
    """Whether the mention is one of two people the pronoun may name joined by "and" as
    one subject: being named first makes neither the topic."""
    for other in mentions:
        if other.type != "person" or other.canonical == mention.canonical:
            continue
        if other.canonical not in scores or other.sentence != mention.sentence:
            continue
        first, second = sorted((mention, other), key=lambda m: m.start)
        if first.surface.lower() in {"he", "she"}:
            continue  # "He and Okafor would …": the one the pronoun stood for goes on
        if _AND.fullmatch(text, first.end, second.start) and first.subject_like:
            return True
    return False


def _closes_sentence(text: str, quote_end: int) -> bool:
    return bool(text) and re.match(r"[.!?]?[’'”\"]*(?:\s|$)", text[quote_end + 1 :]) is not None


# "Tuttle's column" / "Podliska's lawsuit": the possessor's own words or acts, whose author
# a later he/she may take up ("Novak's office" speaks for itself).
_POSSESSOR = re.compile(
    r"[’']s?\s+(?:[a-z]+\s+)?(?:article|column|op-ed|book|memoir|essay|letter|lawsuit|suit|"
    r"speech|remarks|statement|tweet|post|interview|testimony|comments|piece|blog|campaign)\b"
)


_WITH_PRONOUN = {
    "m": re.compile(r"\b[Hh]e\s+and\s+$"),
    "f": re.compile(r"\b[Ss]he\s+and\s+$"),
}
_KIN_OF = re.compile(rf"[’']s\s+(?:[a-z-]+\s+)?{KIN_PATTERN}\b")


# A subordinate or participle clause opening its sentence, up to the name in it.
_SUBORDINATE_OPENING = re.compile(
    r"(?:^|[.!?”\"]\s+|\n\s*)(?:While|When|Whereas|Although|Though|As|After|Before|Since|"
    # "Speaking after Rask's remarks, Tom Berger said": an opening participle's clause too.
    r"Because|Once|Until|Unless|[A-Z][a-z]{2,}ing|Asked|Following|Despite)\s[^,.;:!?“”\"\n]*$"
)


def _in_subordinate_clause(mentions: list[Mention], text: str) -> set[int]:
    """The people named in a subordinate clause opening a sentence whose main clause has a
    named subject of its own ("While Ruiz, 36, waits, Ana Lopez hands …"): not its topic."""
    found: set[int] = set()
    for mention in mentions:
        if mention.type != "person" or not _SUBORDINATE_OPENING.search(
            text, max(0, mention.start - 200), mention.start
        ):
            continue
        if any(
            other.type == "person"
            and other.sentence == mention.sentence
            and other.start > mention.end
            and other.subject_like
            and "," in text[mention.end : other.start]
            for other in mentions
        ):
            found.add(id(mention))
    return found


def _first_in_sentence(mention: Mention, mentions: list[Mention]) -> bool:
    return not any(
        m.type == "person" and m.sentence == mention.sentence and m.start < mention.start
        for m in mentions
    )


# The subject's own pronouns: "him", and "her" as an object ("Fujisaki excused her, saying"),
# are someone else's.
_HIS = re.compile(r"\b(?:he|his|himself)\b", re.IGNORECASE)
_HER = re.compile(
    r"\b(?:she|hers|herself|her(?=\s+[a-z])(?!\s+(?:that|to|and|or|the|a|an|about|in|on|at|"
    r"for|with|from|of|by|out|up|off|back|again|as|if|when|because|not)\b))\b",
    re.IGNORECASE,
)


def known_genders(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Each person's gender from a title or first name, else from their own pronoun.

    'Ana Ruiz met her counterpart': a subject's pronoun before anyone else is named.
    """
    genders: dict[str, str] = {
        m.canonical: m.gender for m in mentions if m.type == "person" and m.gender
    }
    for index, mention in enumerate(mentions):
        if mention.type != "person" or not mention.subject_like:
            continue
        following = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        clause = re.split(r"[.!?;“”\"]", text[mention.end : min(following, mention.end + 80)])[0]
        male, female = _HIS.search(clause), _HER.search(clause)
        if male is None and female is not None:
            genders.setdefault(mention.canonical, "f")
        elif female is None and male is not None:
            genders.setdefault(mention.canonical, "m")
    return genders
