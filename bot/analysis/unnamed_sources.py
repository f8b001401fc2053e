"""Unnamed sources: "a New Hampshire Republican", "an Iowa Republican", "one Western
official", "Rask's mother". Each is a source of its own: the place, party or person in it
names no one who speaks, so two such sources never fold into one another nor into a person
who shares a word with them."""

from __future__ import annotations

import re

from bot.analysis.lexicon import DEMONYMS, DESCRIPTION_ROLES, PLACES

_INDEFINITE = re.compile(
    r"(?i:a|an|one|another)\s+(?P<body>(?:[\w’'.-]+\s+){0,4}?)(?P<head>[A-Za-z-]+)"
)
# Whom a party word or one of these heads describes is a person, never an organisation.
_PARTY_HEADS = frozenset({"republican", "democrat", "insider", "conservative", "liberal"})
# "a State Department spokesman" speaks for the body in front of the role.
_SPEAKS_FOR_A_BODY = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})


# "Rask's mother asked", "his brother told me": a relative of the person named speaks.
_RELATIVE = re.compile(
    r"(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s?|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our)"
    r"\s+(?:[a-z]+\s+)?"
    r"(?:mother|father|mom|dad|brother|sister|wife|husband|son|daughter|uncle|aunt|cousin|"
    r"grandmother|grandfather|parents|widow|widower)"
)


def unnamed_source(part: str) -> str | None:
    """The description itself, when a part of an attribution is an indefinite one headed by
    a person's role or party whose capitalised words are only places and nationalities, or
    a relative of someone."""
    cleaned = part.strip(" .")
    if _RELATIVE.fullmatch(cleaned):
        return cleaned
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
    # "one Western official", "a senior Afghan economic official"; not "a Harbor executive".
    return cleaned if all(w in DEMONYMS or w in PLACES for w in capitalised) else None
