"""'The spokesman said …. “…,” he said.': he is the spokesman, and the spokesman is the one
the story introduced ("a spokesman for Halden Sugar told Reuters").

Wire copy introduces an unnamed spokesperson once, then calls him "the spokesman" as the
subject of the next reports, and a quote's "he said" takes up that subject. The reader
resolves him to the body he speaks for, else to the description he was introduced by.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.analysis.attribution_patterns import A_SPOKESPERSON, ADVERB, FOR_BODY, VERB
from bot.analysis.lexicon import DESCRIPTION_ROLES
from bot.analysis.unnamed_sources import introduced_unnamed

if TYPE_CHECKING:
    from bot.analysis.entities import Mention

# "The company spokesman said …" opening a sentence, or "…, the spokesman added." ending it.
_DEFINITE = re.compile(
    r"(?:^|,\s+)(?i:the)\s+(?:[\w-]+\s+)?spokes(?P<role>man|woman|person)\s+"
    rf"{ADVERB}{VERB}\b"
)
_INTRODUCED = re.compile(rf"{A_SPOKESPERSON}(?:{FOR_BODY})?")
_OTHER_GENDER = {"man": "f", "woman": "m"}


def spokesperson_subject(previous: str, text: str, before: int, gender: str) -> str | None:
    """The body (else the description) of the spokesperson the previous sentence has as
    its subject, when the pronoun can be that spokesperson."""
    subject = _DEFINITE.search(previous)
    if subject is None or _OTHER_GENDER.get(subject.group("role")) == gender:
        return None
    introductions = list(_INTRODUCED.finditer(text, 0, before))
    if not introductions:
        return None
    introduced = introductions[-1]
    return introduced.group("org") or introduced.group(0).strip()


_DEFINITE_SOURCE = re.compile(
    rf"\b(?P<who>(?i:the)\s+(?:[\w-]+\s+){{0,3}}?(?P<role>[a-z]+))\s+{ADVERB}{VERB}\b"
)


def unnamed_subject(text: str, mentions: list[Mention], quote_start: int) -> str | None:
    """'The senior official said …; he said. “…,” he added.': with no person named since
    the story last cited its unnamed source as "the senior official", he is that source."""
    people = [m.end for m in mentions if m.type == "person" and m.end <= quote_start]
    since = people[-1] if people else 0
    cited = [
        m
        for m in _DEFINITE_SOURCE.finditer(text, since, quote_start)
        if m.group("role") in DESCRIPTION_ROLES
    ]
    if not cited:
        return None
    role = cited[-1].group("role")
    if not introduced_unnamed(role, text, cited[-1].start()):
        return None
    # "campaign manager Barry Bennett": the story names one who holds the role.
    if re.search(rf"\b{role}\s+[A-Z][a-z]", text) is not None:
        return None
    return cited[-1].group("who")


_THE_SPOKESPERSON = re.compile(
    r"the\s+(?P<kind>[\w-]+\s+)?spokes(?:man|woman|person)", re.IGNORECASE
)
_ANY_SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person)\b", re.IGNORECASE)


def introduced_body(
    description: str, text: str, before: int, mentions: Sequence[Mention] = ()
) -> str | None:
    """'A spokesperson for the Harbour Board told us …. “…,” the spokesperson added.': the
    body the spokesperson last introduced before speaks for ("a Commission spokesperson":
    the Commission, by the whole name the story gave it)."""
    definite = _THE_SPOKESPERSON.fullmatch(description.strip(" .,"))
    if definite is None:
        return None
    if (kind := (definite.group("kind") or "").strip())[:1].isupper():
        return _kind_body(kind, text, mentions, before)  # "the Commission spokesperson"
    mentioned = list(_ANY_SPOKESPERSON.finditer(text, 0, before))
    if not mentioned:
        return _lone_body(text, mentions, before)
    for last in reversed(mentioned):
        if (kind := _capitalised_kind(text, last.start())) is not None:
            return _kind_body(kind, text, mentions, before)  # "the Commission spokesman said"
        if _DEFINITE_BEFORE.search(text, max(0, last.start() - 30), last.start()):
            continue  # "The spokesperson confirmed …": the one introduced before goes on
        # The last spokesperson named before must be the introduced one, not "spokesman Ruiz".
        for introduced in _INTRODUCED.finditer(
            text, max(0, last.start() - 40), last.end() + 200
        ):
            if introduced.start("role") == last.start() + len("spokes"):
                if _named_before(introduced.start(), text, mentions):
                    return None  # "Tom Lau, a spokesman for …": Lau, found by his role
                kind = (introduced.group("kind") or "").strip()
                if introduced.group("org") is None and kind[:1].isupper():
                    return whole_body(kind, mentions, before)
                return introduced.group("org")
        return None
    return None


def _named_before(introduction: int, text: str, mentions: Sequence[Mention]) -> bool:
    """Does a person's name stand in apposition right before "a spokesman for …"?"""
    return any(
        m.type == "person" and re.fullmatch(r",\s*", text[m.end : introduction]) is not None
        for m in mentions
        if introduction - 4 <= m.end <= introduction
    )


_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?$")


def _capitalised_kind(text: str, spokes: int) -> str | None:
    """'Commission' of 'the Commission spokesman' whose "spokes" starts at `spokes`."""
    found = re.search(r"\b[Tt]he\s+(?P<kind>[A-Z][\w-]*)\s+$", text[max(0, spokes - 40) : spokes])
    return found.group("kind") if found else None


def _kind_body(kind: str, text: str, mentions: Sequence[Mention], before: int) -> str | None:
    """The body of "the <Kind> spokesperson", unless the story named him ("Commission
    spokesman Ivo Rask"): then he is found elsewhere."""
    if re.search(rf"\b{re.escape(kind)}\s+spokes\w+\s+[A-Z]", text[:before]):
        return None
    return whole_body(kind, mentions, before)


def whole_body(name: str, mentions: Sequence[Mention], before: int) -> str:
    """'a Commission spokesperson' in a story that named the European Commission: the one
    longer name of a body the story gave before that ends in this word, else the word."""
    if " " in name:
        return name
    longer = {
        m.canonical
        for m in mentions
        if m.type == "org" and m.start < before and m.canonical.endswith(f" {name}")
    }
    return longer.pop() if len(longer) == 1 else name


def _lone_body(text: str, mentions: Sequence[Mention], before: int) -> str | None:
    """'The European Commission opened an inquiry …. “…,” the spokesperson said.': with no
    spokesperson introduced, the one body named in this paragraph or the one before."""
    paragraph = text.rfind("\n", 0, before) + 1
    start = text.rfind("\n", 0, len(text[:paragraph].rstrip("\n"))) + 1
    bodies = {m.canonical for m in mentions if m.type == "org" and start <= m.start < before}
    return bodies.pop() if len(bodies) == 1 else None
