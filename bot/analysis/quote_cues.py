"""Weaker speaker cues, tried when no speech verb attributes a quote.

Real copy often introduces a quote without "said": a signature after it (“…” ― Jane
Doe), a name and any verb right after it (“…,” Trump barked), or a sentence whose subject
is the source (Obama released a statement calling the attack “…”). Each cue here names a
person only from what stands next to the quote; none guesses across sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.analysis import attribution_patterns as patterns
from bot.analysis import ranks
from bot.analysis.entities import Mention
from bot.analysis.lexicon import (
    COUNTRY_WORDS,
    DEMONYMS,
    DESCRIPTION_ROLES,
    FIRST_NAMES,
    NON_ENTITY_WORDS,
    TITLE_FILLERS,
)
from bot.analysis.sentences import Sentence
from bot.analysis.speaker_names import bare_person_name, fold_surname, strip_titles
from bot.analysis.unnamed_sources import introduced_unnamed

_NAME = r"[A-Z][\w’'.\-]*(?:[ \t\xa0]+(?:[A-Z][\w’'.\-]*|of|de|van|von|al))*?"
# match(text, pos) anchors at pos, so these patterns carry no "^".
_SIGNATURE = re.compile(
    rf"[ \t\xa0]*(?:[―—–]|\n\s*-)[ \t\xa0]*(?P<name>{_NAME})(?=[ \t\xa0]*(?:[.,\n]|$))"
)
# Verbs that report how something was said, beyond the speech-verb list.
_ANY_PAST = r"(?:[a-z]{3,}ed|told|wrote|spoke|said|says|sang|began|went on|shot back)"
_NAME_THEN_VERB = re.compile(
    rf"[ \t\xa0]*,?[ \t\xa0]*(?P<name>{_NAME})(?:,[ \t\xa0]*\d{{1,3}},)?[ \t\xa0]+{_ANY_PAST}\b"
)
_NAME_THEN_APPOSITION = re.compile(
    rf"[ \t\xa0]*(?P<name>{_NAME}),[ \t\xa0]+[A-Za-z][^“”\"\n!?]{{2,200}}?\.(?=\s|$)"
)
_VERB_THEN_NAME = re.compile(rf"[ \t\xa0]*,?[ \t\xa0]*[a-z]{{3,}}ed[ \t\xa0]+(?P<name>{_NAME})\b")


def signed(text: str, quote_end: int, limit: int) -> str | None:
    """A quote signed with a dash after its closing mark (“…” ― Jane Doe), by a line
    below it that opens with a hyphen (- Jane Doe), or a pull quote whose own last line
    names its author (“…\nJane Doe, Harbour Institute.”)."""
    match = _SIGNATURE.match(text, quote_end + 1, limit)
    if match:
        return match.group("name").rstrip(".")
    inner = _INNER_SIGNATURE.match(text, quote_end, limit + 1)
    if inner is None or inner.group("name").split()[0] not in FIRST_NAMES:
        return None
    return inner.group("name")


# The last line of a pull quote, before its closing mark: "Jane Doe, Harbour Institute."
# or "Former mayor Jane Doe." — a short line that is only a signature.
_INNER_SIGNATURE = re.compile(
    r"\n[ \t\xa0/]*(?:[A-Z][\w-]*[ \t\xa0]+(?:[\w-]+[ \t\xa0]+){0,4}?)?"
    r"(?P<name>[A-Z][a-z’'\-]+(?:[ \t\xa0]+[A-Z][a-z’'\-]+){1,2})"
    r"(?:,[^\n“”\"]{2,80}?)?\.?[ \t\xa0]*[”\"]"
)


def named_after(text: str, quote_end: int, limit: int, mentions: list[Mention]) -> str | None:
    """“…,” Trump barked. / “…,” remembered Roy Verley: a known person right after."""
    for pattern in (_NAME_THEN_VERB, _VERB_THEN_NAME):
        match = pattern.match(text, quote_end + 1, limit)
        # "…” When Voss visited his agent, …": a new sentence opening a clause, not "Voss
        # visited" crediting the quote.
        if match and match.group("name").split()[0] not in NON_ENTITY_WORDS:
            person = _person_at(mentions, quote_end + 1 + _offset(match), match.end("name"))
            if person is not None:
                return person
    # "“…,” Ivo Rask, senior adviser for the agency. “…”": a comma inside the closing mark,
    # then a known person and their apposition, with the verb left out or far away.
    match = _NAME_THEN_APPOSITION.match(text, quote_end + 1, limit)
    if match and text[quote_end - 1 : quote_end] == ",":
        return _person_at(mentions, quote_end + 1 + _offset(match), match.end("name"))
    return None


def sentence_subject(
    text: str, sentence: Sentence, quote_start: int, previous_end: int, mentions: list[Mention]
) -> str | None:
    """The person (else organisation) opening the clause that leads into the quote."""
    begin = max(sentence.start, previous_end)
    if quote_start - 1 <= begin:
        return None  # the quote opens its sentence: nothing leads into it
    leading = [
        m
        for m in mentions
        if begin <= m.start < quote_start - 1
        # "Ferry operator Nils Dahl released …": a short description may precede the name
        and (m.subject_like or len(text[begin : m.start].split()) <= 2)
        # "Dahl called Ruiz's plan “…”": a possessor is not the one speaking
        and not patterns.POSSESSOR.match(text, m.end)
    ]
    leading = _own_clause(text, begin, quote_start, mentions) or leading
    # "When Ruiz asked about it, Lopez said the following.": the main clause's subject.
    subordinate = _SUBORDINATE_CLAUSE.match(text, begin, quote_start)
    main = [m for m in leading if subordinate is not None and m.start >= subordinate.end()]
    for kind in ("person", "org"):
        chosen = [m for m in main or leading if m.type == kind]
        # "McGinty campaign spokesman Sean Coit said": the subject, not the modifier.
        subjects = [m for m in chosen if m.subject_like]
        if chosen:
            return (subjects or chosen)[0].canonical
    # "Valdes praised the plan as “…”": a name no list knows, opening the clause with a verb.
    opener = _NAME_OPENS_CLAUSE.match(text, begin, quote_start)
    if opener and opener.group("name").split()[0] not in NON_ENTITY_WORDS:
        name = opener.group("name")
        if not any(m.surface == name and m.type in ("org", "place") for m in mentions):
            return name
    return None


_SUBORDINATE_CLAUSE = re.compile(
    r"\s*(?:When|While|After|Before|Although|Though|Because|If|Once)\b[^,“”\"]{1,160},"
)


def _own_clause(text: str, begin: int, quote_start: int, mentions: list[Mention]) -> list[Mention]:
    """'Jindal signed an order, while Huckabee proposed we “…”': the person opening the
    quote's own clause, unless a speech verb before it makes the rest a report ("Ruiz says
    that …, but instead Rask is giving them “…”" is still Ruiz's)."""
    boundaries = list(_CLAUSE_BOUNDARY.finditer(text, begin, quote_start))
    if not boundaries or _REPORTS.search(text, begin, boundaries[-1].start()):
        return []
    after = boundaries[-1].end()
    return [
        m
        for m in mentions
        if after <= m.start < quote_start - 1
        and m.type == "person"
        and not patterns.POSSESSOR.match(text, m.end)
        and (m.subject_like or len(text[after : m.start].split()) <= 2)
    ]


_REPORTS = re.compile(rf"\b(?:{patterns.VERB})\b", re.IGNORECASE)
_CLAUSE_BOUNDARY = re.compile(r";\s*|,?\s+(?:while|whereas)\s+|,\s+(?:but|and)\s+")
_NAME_OPENS_CLAUSE = re.compile(
    rf"\s*(?P<name>[A-Z][\w’'\-]+(?:[ \t\xa0]+[A-Z][\w’'\-]+){{0,2}})[ \t\xa0]+(?:also[ \t\xa0]+)?"
    rf"{_ANY_PAST}\b"
)


def _offset(match: re.Match[str]) -> int:
    return match.start("name") - match.start()


def _person_at(mentions: list[Mention], start: int, end: int) -> str | None:
    for mention in mentions:
        if mention.type == "person" and start <= mention.start < end:
            return mention.canonical
    return None


_ARTICLES = frozenset({"the", "a", "an", "former", "top", "then", "current", "new", "us", "u.s."})
_SPEAKS_FOR = re.compile(
    r"^(?i:a|an|one)\s+(?:[\w-]+\s+)?(?:spokes\w+|representative|official|lawyer|attorney|"
    r"aide|adviser|advisor|executive|source|statement|report|study|analysis)\s+"
    r"(?:for|of|at|from|with|by)\s+" + patterns.named_body("of|the|and"),
)


# "a State Department spokesman": the organisation before the role.
_ORG_SPOKESPERSON = re.compile(
    r"^(?i:a|an|one)\s+(?P<org>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*)*)\s+"
    r"(?:spokes\w+|representative|official|source|statement)$"
)


def spokesperson_for(description: str, organisations: list[Mention]) -> str | None:
    """'a spokesperson for the Foreign Office' and 'a Foreign Office spokeswoman' speak
    for the organisation."""
    match = _SPEAKS_FOR.match(description) or _ORG_SPOKESPERSON.match(description)
    if match is None:
        return None
    return organisations[0].canonical if organisations else match.group("org")


def described_person(
    description: str,
    quote_start: int,
    text: str,
    mentions: list[Mention],
    sentence_of: dict[int, int],
    here: int,
    titled_only: bool = False,
) -> str | None:
    """The named person a definite description ("the foreign secretary") refers back to.

    First a person whose own title or apposition carries the description's role word;
    otherwise (unless `titled_only`) the most recent person named as a subject in reach.
    Only descriptions headed by a person role qualify; None when nothing fits: unknown
    rather than wrong.
    """
    words = [w.strip(".,’'").lower() for w in description.split()]
    while len(words) > 2 and words[-1].endswith("ly"):  # "the actress authoritatively"
        words.pop()
    if not words or words[0] != "the":
        return None
    head = words[: words.index("of")] if "of" in words else words  # "the secretary of state"
    roles = [w for w in head if w in DESCRIPTION_ROLES]
    if not roles or head[-1] not in DESCRIPTION_ROLES:
        return None  # "the clip", "the ad's narrator": not a person named earlier
    people = [
        m
        for m in mentions
        if m.type == "person"
        and m.start < quote_start
        and here - sentence_of[m.start] <= 12
        and m.canonical not in DEMONYMS  # "the Republican" itself, taken for a name
    ]
    bodies = [w for w in description.split()[1:] if w[:1].isupper()]  # "the NATO chief"
    # A title given once, however far back, holds for the person's later mentions.
    earlier = [m for m in mentions if m.type == "person" and m.start < quote_start]
    by_role = {
        m.canonical
        for m in earlier
        if any(_titled_as(role, text, m) for role in roles) and ranks.same_rank(head, text, m)
    }
    by_body = {m.canonical for m in earlier if titled_by(bodies, text, m)}
    # "the top U.S. diplomat" after "U.S. Secretary of State Rubio met Russian Foreign
    # Minister Lavrov": the role and the country together pick one of them.
    titled = (by_role & by_body) or by_role | by_body
    # "the top U.S. diplomat" is not "Russian Foreign Minister Sergei Lavrov".
    titled -= {m.canonical for m in earlier if titled_for_another_country(bodies, text, m)}
    for mention in reversed(people):
        if mention.canonical in titled:
            return mention.canonical
    if titled_only or introduced_unnamed(head[-1], text, quote_start):
        return None
    # "Tory leader Michael Howard" is not who "the prime minister" refers back to.
    recent = [
        m
        for m in people
        if here - sentence_of[m.start] <= 6 and not _titled_otherwise(roles, text, m)
    ]
    subjects = [m for m in recent if m.subject_like]
    chosen = subjects or recent
    return chosen[-1].canonical if chosen else None


_GENERIC_ROLES = frozenset("leader chief head official republican democrat diplomat".split())
_WORDS_BEFORE = re.compile(r"(?:[\w’'-]+[ \t\xa0]+){1,3}$")


def _titled_otherwise(roles: list[str], text: str, mention: Mention) -> bool:
    """A role word other than the description's right before the name ("leader Howard").
    A generic description ("the Italian leader", "the Republican") fits any title."""
    if set(roles) <= _GENERIC_ROLES:
        return False
    run = _WORDS_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    words = {w.lower() for w in run.group().split()} if run else set()
    return bool(words & DESCRIPTION_ROLES - set(roles))


# Nationalities and places in a title, not its filler words ("State") or parties.
_COUNTRY_WORDS = COUNTRY_WORDS - TITLE_FILLERS - frozenset(
    "Democrat Democratic Republican Conservative Liberal Labour Senior Top Then".split()
)
_TITLE_RUN = re.compile(r"(?:(?:[A-Z][\w.’'-]*|of|for)\s+){1,6}$")


def titled_for_another_country(bodies: list[str], text: str, mention: Mention) -> bool:
    """Whether a nationality or place in the person's title differs from the description's."""
    if not bodies:
        return False
    run = _TITLE_RUN.search(text, max(0, mention.start - 60), mention.start)
    if run is None:
        return False
    countries = {w for w in run.group().split() if w in _COUNTRY_WORDS}
    return bool(countries) and not countries & set(bodies)


def titled_by(bodies: list[str], text: str, mention: Mention) -> bool:
    """'NATO Secretary General Mark Rutte' for 'the NATO chief': the body heads his title."""
    if not bodies:
        return False
    before = text[max(0, mention.start - 60) : mention.start]
    return _title_headed_by(tuple(bodies)).search(before) is not None


@lru_cache(maxsize=256)
def _title_headed_by(bodies: tuple[str, ...]) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(word) for word in bodies)
    return re.compile(rf"\b{body}(?:\s+(?:[A-Z][\w.-]*|of|for)){{0,5}}\s+$")


_ABBREVIATIONS = {"governor": "gov", "senator": "sen", "representative": "rep", "general": "gen"}
# A country's "top diplomat" holds one of these titles.
TITLES_FOR = {"diplomat": ("secretary of state", "foreign minister", "foreign secretary")}


def _titled_as(role: str, text: str, mention: Mention) -> bool:
    """'Foreign Secretary Anna Talvik' or 'Talvik, the foreign secretary,' for 'secretary'."""
    before = text[max(0, mention.start - 40) : mention.start]
    after = text[mention.end : mention.end + 60].lower()
    title, apposition = _role_patterns(role)
    # "Secretary of State Marco Rubio met Volodymyr Zelenskiy": a title holds only for the
    # name it runs into, not for one after a verb.
    if any(_TITLE_RUNS_ON.fullmatch(before, m.end()) for m in title.finditer(before.lower())):
        return True
    return apposition.match(after) is not None


_TITLE_RUNS_ON = re.compile(
    r"(?:[\s.,-]+|\b(?:of|for|the|and|state|general|foreign|former)\b|[A-Z][\w’'.-]*)*"
)


@lru_cache(maxsize=128)
def _role_patterns(role: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The role as a title before a name, and as an apposition after it (both lower case)."""
    names = sorted({role, _ABBREVIATIONS.get(role, role), *TITLES_FOR.get(role, ())})
    title = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    apposition = re.compile(r"\s*,\s*(?:the|a|an)?\b[^,.;]*\b" + re.escape(role) + r"\b")
    return title, apposition


_RELAYED = re.compile(
    rf"[ \t\xa0]*,?[ \t\xa0]*(?:[^“”\"\n.;]|\.(?=\S)){{1,80}}?\bquote[sd]?[ \t\xa0]+"
    rf"(?P<name>{_NAME}|him|her)"
    r"[ \t\xa0]+as[ \t\xa0]+(?:saying|telling)\b"
)


def relayed(text: str, quote_end: int, limit: int) -> tuple[str, int] | None:
    """“…,” the agency quoted Ruiz as saying: Ruiz speaks, the agency only relays it.
    (name, where the attribution ends)."""
    match = _RELAYED.match(text, quote_end + 1, limit)
    return (match.group("name"), match.end()) if match else None


# "…”: Secretary of the Navy Ana Ruiz: “…”": a transcript's label is the title and name
# alone, closed by a colon, between one quote and the next.
_LABEL = re.compile(
    r"(?:^|[:.!?”\"—–][ \t\xa0]*)(?P<label>[A-Z][\w.’'-]*"
    r"(?:[ \t\xa0]+(?:[A-Z][\w.’'-]*|of|the|for|to|and)){0,14}):[ \t\xa0]*$"
)


def labelled(text: str, previous_end: int, quote_start: int, mentions: list[Mention]) -> str | None:
    """The person a label right before the opening mark names (None for a plain one), or
    the interviewee whose initials open the answer that quotes "I said, “…”"."""
    paragraph = text.rfind("\n", 0, quote_start) + 1
    begin = max(previous_end, paragraph)
    match = _LABEL.search(text[begin : quote_start - 1])
    if match is None:
        return _answering(text, paragraph, begin, quote_start, mentions)
    # The name closes the label, after any title ("Director of Air Supply Ana Ruiz"),
    # which the entity finder may have swallowed into one long run.
    name = " ".join(match.group("label").split()[-2:])
    return fold_surname(strip_titles(name), mentions) if bare_person_name(name, mentions) else None


# "the paper" takes up "the newspaper Novaya Vest" or "the daily Novaya Vest" too.
_DESCRIPTOR_FORMS = {"paper": "(?:news)?paper|daily", "newspaper": "newspaper|daily"}


def named_as(descriptor: str, text: str, before: int) -> str | None:
    """'the magazine' after 'US magazine Mobile PC' / 'the airline' after 'airline Skyjet':
    the name that last followed the descriptor word."""
    word = _DESCRIPTOR_FORMS.get(descriptor, re.escape(descriptor))
    name = r"([A-Z][\w&.’'-]*(?:[ \t\xa0]+[A-Z][\w&’'-]*){0,3})"
    # "one pro-Kremlin newspaper, Novaya Vest, has called": the name set off by commas.
    found = re.findall(
        rf"\b(?:{word})(?:[ \t\xa0]+{name}|,[ \t\xa0]+{name},)", text[:before]
    )
    found = [plain or apposed for plain, apposed in found]
    names = [name.rstrip(".") for name in found if name.split()[0] not in NON_ENTITY_WORDS]
    return names[-1] if names and descriptor != "statement" else None


# A Q&A answer opens with the speaker's initials: "AD I kept saying to them, “…”".
_INITIALS = re.compile(r"(?P<first>[A-Z])(?P<last>[A-Z])[ \t\xa0]+(?=[A-Z(])")
_FIRST_PERSON = re.compile(r"\bI\b[^.!?“”\"]{0,60}$")


def _answering(
    text: str, paragraph: int, begin: int, quote_start: int, mentions: list[Mention]
) -> str | None:
    """The person whose initials open the paragraph, when "I" leads into the quote."""
    initials = _INITIALS.match(text, paragraph)
    if initials is None or not _FIRST_PERSON.search(text[begin : quote_start - 1]):
        return None
    people = {
        m.canonical
        for m in mentions
        if m.type == "person"
        and len(m.canonical.split()) >= 2
        and m.canonical[0] == initials.group("first")
        and m.canonical.split()[-1][0] == initials.group("last")
    }
    return people.pop() if len(people) == 1 else None
