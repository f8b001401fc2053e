"""Capitalised runs that glue other words to a person's name, and user handles as names.

Copy without a comma after an opening phrase glues it to the name that follows: "Speaking
to the Daily Mail Okafor claimed: …" gives the run "Daily Mail Okafor", and "Comparing
Ruiz (…) with …" gives "Comparing Ruiz". The outlet or the participle is no part of the
name; the same surname standing alone elsewhere in the article shows where the name
starts. Online posters go by lowercase handles ("ravenfan88 wrote, …"), which no
capitalised run catches, and are "they" after. A home address before the verb ("from
Hexham, West Ridgeway, said") ends in a place, not in the speaker, and the era of a year
("500 BC") names nobody.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.analysis import lexicon
from bot.analysis.first_names import FIRST_NAMES
from bot.analysis.sentences import Sentence, sentence_at

if TYPE_CHECKING:
    from bot.analysis.entities import Mention

_DETERMINER_BEFORE = re.compile(r"\b(?:the|The)\s+$")
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}ing")
_SENTENCE_OPENING = re.compile(r"^[\s“\"‘'(]*$")


def _glued_words(mention: Mention, text: str, sentences: list[Sentence]) -> int:
    """How many leading words of the mention are an outlet after "the" or an opening
    participle, judged by the sentence around it alone."""
    words = mention.surface.split()
    if len(words) < 2 or words[0] in FIRST_NAMES or mention.type not in (None, "person"):
        return 0
    sentence = sentence_at(sentences, mention.start)
    if _OPENING_PARTICIPLE.fullmatch(words[0]) and _SENTENCE_OPENING.match(
        text[sentence.start : mention.start]
    ):
        return 1  # "Contrasting Ruiz (…) with …": a name follows "Contrasting"
    before = text[max(0, mention.start - 6) : mention.start]
    if len(words) >= 3 and _DETERMINER_BEFORE.search(before):
        # A person's name never follows "the" ("the Joe Ruiz administration" is kept
        # by the first-name check), so the run is a body's name and the surname after it.
        return len(words) - 1
    return 0


def trim_glued_heads(text: str, sentences: list[Sentence], mentions: list[Mention]) -> None:
    """Drop the outlet or participle glued in front of a surname that also stands alone
    in the article ("Okafor said" elsewhere shows "Daily Mail Okafor" is Okafor)."""
    single = {m.surface for m in mentions if " " not in m.surface}
    # "the Daily Mail Okafor" needs "Tessa Okafor" elsewhere: "the Bush White House" is
    # a body's name whatever "House" stands for alone.
    full = {
        w[-1]
        for m in mentions
        if len(w := m.surface.split()) >= 2
        and m.type in (None, "person")
        and not _DETERMINER_BEFORE.search(text[max(0, m.start - 6) : m.start])
    }
    for mention in mentions:
        cut = _glued_words(mention, text, sentences)
        words = mention.surface.split()
        # "Addressing Mammadli, she …" after "Leyla Mammadli": the surname, alone or
        # ending a full name elsewhere, shows where the name starts.
        if not cut or words[-1] not in (single | full if cut == 1 else full):
            continue
        tail = " ".join(words[cut:])
        mention.start = mention.end - len(tail)
        mention.surface = tail
        mention.type = "person"


# "ravenfan88", "@ravenfan88", "old_timer": letters with a digit or an underscore.
_HANDLE = re.compile(r"(?<![\w@./-])@?(?=[a-z]\w*[\d_])[a-z][a-z\d_]{3,30}\b(?![.-]\w)")
_WRITES = re.compile(
    r"\s+(?:(?:also|then|later|had|has)\s+)?"
    r"(?:wrote|writes|written|posted|posts|tweeted|tweets|replied|answered|commented|said)\b"
)


def handle_mentions(text: str, sentences: list[Sentence]) -> list[Mention]:
    """Every mention of a lowercase handle that writes somewhere in the article
    ("ravenfan88 posted", "ravenfan88 had written")."""
    from bot.analysis.entities import Mention

    found = list(_HANDLE.finditer(text))
    writers = {m.group().lower() for m in found if _WRITES.match(text, m.end())}
    return [
        Mention(
            match.group(),
            "person",
            match.start(),
            match.end(),
            sentence_at(sentences, match.start()).index,
            canonical=match.group(),
            subject_like=True,
        )
        for match in found
        if match.group().lower() in writers
    ]


def handle_before(mentions: list[Mention], position: int, sentence: int) -> str | None:
    """The handle named in this or the two sentences before: a poster known only by a
    handle is "they" ("ravenfan88 asked …. Later they posted: …")."""
    # Only handles that write are mentions in lowercase; a sentence may open with one
    # ("Ravenfan88's posts grew angrier").
    writers = {m.surface for m in mentions if _HANDLE.fullmatch(m.surface)}
    handles = [
        m.surface.lower()
        for m in mentions
        if m.start < position and sentence - m.sentence <= 2 and m.surface.lower() in writers
    ]
    return handles[-1] if handles else None


# "Colin Marsh, 61, from Hexham, West Ridgeway, said": the place after a place is where
# the speaker lives, not who speaks.
_FROM_PLACE = re.compile(r"\bfrom\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s+$")
_THEN_VERB = re.compile(rf",\s+(?:{lexicon.SPEECH_VERBS})\b")


def mark_home_places(text: str, mentions: list[Mention]) -> None:
    """Type as places the names closing a home address before the speech verb."""
    for mention in mentions:
        if mention.surface.split()[0] in FIRST_NAMES:
            continue  # "a lawyer from Acme, Ana Ruiz, said"
        if (
            mention.type in (None, "person")
            and _FROM_PLACE.search(text[max(0, mention.start - 60) : mention.start])
            and _THEN_VERB.match(text, mention.end)
        ):
            mention.type = "place"


def repaired(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions with glued heads trimmed, home places typed and handles added."""
    trim_glued_heads(text, sentences, mentions)
    mark_home_places(text, mentions)
    mentions = [m for m in mentions if not _ERA.search(text, max(0, m.start - 8), m.end)]
    return sorted(mentions + handle_mentions(text, sentences), key=lambda m: m.start)


# "as early as 500 BC saying": the era of a year, no body that could speak.
_ERA = re.compile(r"\d\s+(?:BC|BCE|AD|CE|B\.C\.|A\.D\.)$")
