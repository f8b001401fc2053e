"""Unnamed sources: "a New Hampshire Republican", "an Iowa Republican", "one Western
official", "Rask's mother". Each is a source of its own: the place, party or person in it
names no one who speaks, so two such sources never fold into one another nor into a person
who shares a word with them."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from bot.analysis.lexicon import (
    COUNTRY_WORDS,
    DESCRIPTION_ROLES,
    KIN_PATTERN,
    NON_ENTITY_WORDS,
    OFFICIAL_BRANCHES,
    OFFICIALS_OF,
    ORG_WORDS,
    PERSON_TITLES,
    RANK_ADJECTIVES,
    UNNAMED_GROUP_LEVELS,
    UNNAMED_GROUPS,
)

if TYPE_CHECKING:
    from bot.analysis.entities import Mention
    from bot.analysis.sentences import Sentence

_INDEFINITE = re.compile(
    r"(?i:a|an|one|another)\s+(?P<body>(?:[\w’'.-]+\s+){0,4}?)(?P<head>[A-Za-z-]+)"
)
# Whom a party word or one of these heads describes is a person, never an organisation.
_PARTY_HEADS = frozenset(
    {"republican", "democrat", "insider", "conservative", "liberal", "source", "sources"}
)
# "a State Department spokesman" speaks for the body in front of the role.
_SPEAKS_FOR_A_BODY = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})


# "a spokesperson for UK Prime Minister Ivo Rask": the titled person's unnamed voice.
_FOR_A_PERSON = re.compile(
    r"(?i:a|an)\s+spokes(?:man|woman|person)\s+for\s+"
    r"(?P<whom>(?:[A-Z][\w.’'-]*\s+){1,5}[A-Z][\w’'-]*)"
)
# "Ruiz’ spokesman", "Ivo Rask's spokeswoman", "Mr. Ruiz's lawyers": a person's unnamed
# voice or counsel, not the person.
_PERSONS_SPOKESPERSON = re.compile(
    r"(?P<whom>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][a-z][\w-]*)[’']s?\s+"
    r"(?:spokes(?:man|woman|person)|lawyers?|attorneys?|solicitors?|legal\s+team)"
)
# "the Ministry's spokesman", "Halden Bank's spokeswoman": a body's voice, which is the body.
# Beside ORG_WORDS, "House": "the House's spokesman" speaks for the chamber, though "House"
# alone does not make a name a body's elsewhere ("Rask House" is a building).
_BODY_WORDS = ORG_WORDS | {"House"}


def _names_a_body(owner: str, bodies: Collection[str]) -> bool:
    """'Halden' of a story that names the company 'Halden' or 'Halden Shipping'."""
    return any(body == owner or body.startswith(owner + " ") for body in bodies)
# The titles of a person; "General" also opens companies' names ("General Motors").
_PERSONAL_TITLES = PERSON_TITLES - {"General"}


def _for_a_titled_person(whom: str) -> bool:
    """'Chief Executive Ivo Rask', not a body whose name opens with a title word ('Justice
    Department', 'Executive Council', 'Head Office')."""
    words = whom.split()
    return words[-1] not in ORG_WORDS and any(w.rstrip(".") in _PERSONAL_TITLES for w in words[:-1])


# "Rask's mother asked", "his brother told me": a relative of the person named speaks.
_RELATIVE = re.compile(
    r"(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’‘']s?|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our)"
    rf"\s+(?:[a-z]+\s+)?{KIN_PATTERN}"
)


def relative(part: str) -> bool:
    """Whether the part is a relative of someone ("Ivo Rask's mother"): the part next to
    the verb, even after an opening clause ("Speaking in Reno, Rask's mom said")."""
    return _RELATIVE.fullmatch(part.strip(" .")) is not None


_AT_UNNAMED = re.compile(
    r"(?P<role>.+?)\s+(?:at|with|from|of)\s+(?P<where>(?i:a|an|one)\s+(?:[\w’'.-]+\s+){0,3}[a-z]+)"
)


_OFFICIALS = re.compile(OFFICIALS_OF)
# A first word before "officials" that gives a rank, a number or a branch, not a body.
_NO_BODY = NON_ENTITY_WORDS | RANK_ADJECTIVES | OFFICIAL_BRANCHES


def officials_of(part: str) -> str | None:
    """'Harbourland officials', 'Canadian diplomats': the name of the body or country whose
    unnamed officials speak; None for "Senior officials", "Two officials", "Administration
    officials", whose first word names no one."""
    match = _OFFICIALS.fullmatch(part)
    if match is None or match.group("where").split()[0] in _NO_BODY:
        return None
    return match.group("where")


# "Later, authorities say, Rask took a job …", "officials said": unnamed sources the story
# gives no body for; they, not the sentence's subject, are who speaks.
_BARE_SOURCES = re.compile(
    rf"(?:(?:the|some|other|several|many)\s+)?(?:{UNNAMED_GROUP_LEVELS}\s+)?{UNNAMED_GROUPS}"
)


# "lawyers for the opposing states": up to four words of whom they act for, none a verb's.
_COUNSEL_FOR = re.compile(
    r"(?:(?:the|some|other)\s+)?(?:lawyers|attorneys)\s+(?:for|representing)"
    r"(?:\s+(?!\w+ed\b)[\w’'.-]+){1,4}"
)


def unnamed_source(part: str, bodies: Collection[str] = ()) -> str | None:
    """The description itself, when a part of an attribution is an indefinite one headed by
    a person's role or party whose capitalised words are only places and nationalities, or
    a relative of someone. `bodies` are the organisations the story names: "Halden’s
    spokesman" of a named company Halden is the company's voice, not an unnamed one."""
    cleaned = part.strip(" .")
    # "Prosecutors alleged that": opening a sentence, the same unnamed group.
    uncapitalised = cleaned[:1].lower() + cleaned[1:]
    if _RELATIVE.fullmatch(cleaned) or _BARE_SOURCES.fullmatch(uncapitalised):
        return cleaned
    if _COUNSEL_FOR.fullmatch(uncapitalised):
        return cleaned  # "lawyers for the opposing states argued": their unnamed counsel
    # "a senior official at a leading Caspian bank": the place of work is itself unnamed.
    at_unnamed = _AT_UNNAMED.fullmatch(cleaned)
    if at_unnamed is not None and all(
        w in COUNTRY_WORDS for w in at_unnamed.group("where").split() if w[:1].isupper()
    ):
        return cleaned if unnamed_source(at_unnamed.group("role")) else None
    if (group := _OFFICIALS.fullmatch(cleaned)) is not None and all(
        w in COUNTRY_WORDS for w in group.group("where").split()
    ):
        return cleaned  # "what Canadian officials described as": officials, no body
    if (envoy := _FROM_COUNTRY.fullmatch(cleaned)) is not None and all(
        w in COUNTRY_WORDS for w in envoy.group("country").split()
    ):
        return cleaned  # "a representative from Peru": one unnamed delegate
    if (member := _ONE_OF_THEIRS.fullmatch(cleaned)) is not None and re.sub(
        r"ies$", "y", member.group("roles")
    ).removesuffix("s") in DESCRIPTION_ROLES | {"deputy"}:
        return cleaned  # "one of Mr Rask's deputies": unnamed, not Rask
    if (spokesperson := _FOR_A_PERSON.fullmatch(cleaned)) is not None and _for_a_titled_person(
        spokesperson.group("whom")
    ):
        return cleaned  # "a spokesperson for Prime Minister Ivo Rask": not Rask himself
    if (voice := _PERSONS_SPOKESPERSON.fullmatch(cleaned)) is not None and not any(
        w in _BODY_WORDS or w in COUNTRY_WORDS for w in voice.group("whom").split()
    ) and not _names_a_body(voice.group("whom"), bodies):
        return cleaned  # "Ruiz’ spokesman said", "Ruiz's lawyers said": not Ruiz himself
    match = _INDEFINITE.fullmatch(cleaned)
    if match is None:
        return None
    head = match.group("head").lower()
    if head in _SPEAKS_FOR_A_BODY or head not in DESCRIPTION_ROLES | _PARTY_HEADS:
        return None
    body = match.group("body").split()
    capitalised = [w for w in body if w[:1].isupper()]
    if head in _PARTY_HEADS:
        return cleaned
    # "one Western official", "a senior Afghan economic official", "a Middle East diplomat";
    # not "a Harbor executive".
    if all(w in COUNTRY_WORDS for w in capitalised) or " ".join(capitalised) in COUNTRY_WORDS:
        return cleaned
    # "a former Rask administration official": the leader's name only says whose government
    # the unnamed official serves, so the leader does not speak.
    if _SERVES_UNDER.search(" ".join(body) + " "):
        return cleaned
    return None


_SERVES_UNDER = re.compile(r"\b[A-Z][\w.’'-]*\s+(?:administration|campaign|transition)\s")


# "a representative from Peru", "a delegate of Chile": a country's unnamed delegate.
_FROM_COUNTRY = re.compile(
    r"(?i:a|an|one)\s+(?:[a-z]+\s+)?(?:representative|delegate|negotiator|envoy)\s+"
    r"(?:from|of)\s+(?:the\s+)?(?P<country>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})"
)
# "one of Mr Rask's deputies", "two of the minister's aides": a member of someone's staff.
_ONE_OF_THEIRS = re.compile(
    r"(?i:one|two|three|several|some)\s+of\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’‘']s?\s+(?:[a-z]+\s+)?(?P<roles>[a-z]+s)"
)
_POSSESSOR = re.compile(r"(?P<first>[A-Z][\w.-]*\s+)?(?P<surname>[A-Z][\w.-]*)[’‘']s?\s")


def named_relative(description: str, mentions: list[Mention], before: int) -> str | None:
    """'Eva Rask praised it. … Ivo Rask's mother said': the person named before with the
    possessor's surname and another first name is the relative."""
    possessor = _POSSESSOR.match(description)
    if possessor is None or not relative(description):
        return None
    first = (possessor.group("first") or "").strip()
    kin = [
        m.canonical
        for m in mentions
        if m.type == "person"
        and m.start < before
        and len(words := m.canonical.split()) >= 2
        and words[-1] == possessor.group("surname")
        and words[0] != first
        and first
    ]
    return kin[-1] if kin else None


# "her mother said": the possessive and the kin word, as a relative is described again.
_KIN_DESCRIPTION = re.compile(
    rf"(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.-]*[’‘']s?)\s+(?:[a-z]+\s+)?(?P<kin>{KIN_PATTERN})"
)


def introduced_relative(
    description: str, text: str, mentions: list[Mention], before: int
) -> str | None:
    """'Her mother, Ana Ruiz, 54, waited …. “…,” her mother said' (or "said her mother,
    Ana Ruiz"): the one person named beside that relative before `before`, by apposition
    either way round ("Ana Ruiz, her mother,")."""
    described = _KIN_DESCRIPTION.fullmatch(description.strip(" ."))
    if described is None:
        return None
    owner = re.escape(described.group("owner"))
    kin = described.group("kin")
    then_name = re.compile(rf"\b(?i:{owner})\s+(?:[a-z]+\s+)?{kin}\s*,?\s+(?=[A-Z])")
    name_then = re.compile(rf"\s*,\s+(?i:{owner})\s+(?:[a-z]+\s+)?{kin}\s*,")
    starts = {m.end() for m in then_name.finditer(text, 0, before)}
    named = {
        m.canonical
        for m in mentions
        if m.type == "person"
        and m.start < before
        and (m.start in starts or name_then.match(text, m.end))
    }
    return named.pop() if len(named) == 1 else None


_UNNAMED_REACH = 600  # characters: a paragraph or two
# "the sixth time that a serving president has visited": any one of them, no source.
_COUNTED_TIME = re.compile(r"\btimes?\s+(?:that\s+)?$")
_CHAIN_REACH = 1000  # between two mentions of the source: a few short wire paragraphs


def introduced_unnamed(
    role: str, text: str, quote_start: int, marks: Collection[str] = ()
) -> bool:
    """'One former adviser said …' just before: "the former adviser" is that unnamed one.
    A story that goes on calling that source "the (senior) adviser" keeps it in reach,
    each definite mention within a few paragraphs of the one before. A source introduced
    with the description's own capitalised words ("a Finnish government official" for "the
    Finnish official") is in reach from anywhere before."""
    # (not "positioning as a leader of the developing world": what someone is, no source)
    indefinite = re.compile(
        rf"(?<!\bas\s)(?<!\bis\s)(?<!\bwas\s)\b(?i:a|an|one)\s+(?:[\w-]+\s+){{0,3}}{role}\b"
    )
    if marks and any(
        all(mark in m.group().split() for mark in marks)
        for m in indefinite.finditer(text, 0, quote_start)
    ):
        return True
    at, reach = quote_start, _UNNAMED_REACH
    definite = re.compile(rf"\b(?i:the)\s+(?:[\w-]+\s+){{0,3}}{role}\b")
    while True:
        if any(
            not _COUNTED_TIME.search(text, max(0, m.start() - 20), m.start())
            for m in indefinite.finditer(text, max(0, at - reach), at)
        ):
            return True
        references = list(definite.finditer(text, max(0, at - _CHAIN_REACH), at))
        if not references:
            return False
        at, reach = references[0].start(), _CHAIN_REACH


# "Harbour Bank research analysts said in a note": a named body's group of experts.
_GROUP_SUBJECT = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Still),?\s+)?"
    r"(?P<who>(?:[A-Z][\w.&’'-]*\s+){1,3}(?:[a-z]+\s+)?"
    r"(?:analysts|economists|strategists|researchers))\s+(?:also\s+)?"
    r"(?:said|say|says|wrote|write|writes|noted|note|warned|added)\b"
)


def group_subject(sentences: list[Sentence], here: int) -> str | None:
    """'Harbour Bank analysts said …. “…,” they wrote.': the named group opening the
    sentence before (else the one before that) is who "they" are."""
    for sentence in reversed(sentences[max(0, here - 2) : here]):
        if (match := _GROUP_SUBJECT.match(sentence.text)) is not None:
            return match.group("who")
    return None


# "a howitzer commander using the call sign Lark said", "An armed man who gave his name only
# as Abu Karim (…) said": someone unnamed but for the name the story then gives them.
_INTRODUCED_AS = re.compile(
    r"(?:^|,\s+)(?P<who>(?i:a|an)\s+(?:[\w’'-]+\s+){0,3}?(?P<role>[a-z]+)\s+(?:"
    r"(?P<sign>using\s+the\s+(?:call\s+sign|nom\s+de\s+guerre)|who\s+goes\s+by(?:\s+the\s+name)?)"
    r"|who\s+gave\s+(?:his|her|their)\s+name\s+(?:only\s+)?as|(?:named|called|nicknamed))\s+"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}))(?:\s*\([^()]{0,60}\))?,?\s+"
    r"(?:has\s+|had\s+)?(?:said|says|told|added|stated|explained|warned|insisted)\b"
)


def introduced_subject(sentence: str, gender: str) -> str | None:
    """The one a he/she after `sentence` stands for when it opens on an unnamed person the
    story names in passing: the name given, or the description with a call sign (a call
    sign names no one in the list of people)."""
    match = _INTRODUCED_AS.search(sentence)
    if match is None or {"man": "f", "woman": "m"}.get(match.group("role")) == gender:
        return None
    return match.group("who") if match.group("sign") else match.group("name")


def apposed_name(part: str, mentions: list[Mention], start: int, end: int) -> str | None:
    """'One red-state Democrat, Varna Sen. Tom Hale, said': the person an unnamed source's
    description stands in apposition to, when the part of the chunk after it (from
    `start` to `end` in the text) is a titled name."""
    if not part or len(part.split()) > 6:
        return None
    return next(
        (
            m.canonical
            for m in mentions
            if m.type == "person" and start <= m.start < end and m.surface in part
        ),
        None,
    )
