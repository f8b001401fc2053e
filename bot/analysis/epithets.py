"""Whom an epithet in an attribution means: "said the 36-year-old", "the three-time Grand
Slam finalist said", "said the Tunisian world No 78". Sports and profile copy names a
person once and then describes them by age, record or ranking; the person is the one
whose age the story gave, else the one the passage is about."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.analysis.entities import Mention

_REACH = 8  # sentences back for the person an epithet may mean

# "the 42-year-old father of three": the kin noun may carry how many children.
_AGE = re.compile(
    r"the\s+(?P<age>\d{1,3})-year-old(?:\s+[a-z]+(?:\s+of\s+(?:\d+|[a-z]+))?)?", re.IGNORECASE
)
# "the three-time Grand Slam finalist", "the Tunisian world No 78": a record or a ranking.
_RECORD = re.compile(
    r"the\s+(?:(?:\d+|[a-z]+)-time\s+(?:[\w-]+\s+){0,3}[a-z]+"
    r"|(?:[A-Z][a-z]+\s+)?world\s+No\.?\s*\d+)"
)


def is_epithet(description: str) -> bool:
    return bool(_AGE.fullmatch(description) or _RECORD.fullmatch(description))


def person_described(
    description: str, text: str, mentions: list[Mention], quote_start: int, here: int
) -> str | None:
    """The person an epithet (`is_epithet`) refers back to: for an age, the person whose age
    was given as that; else the last person named as a subject in reach (the one the passage
    is about)."""
    people = [m for m in mentions if m.type == "person" and m.start < quote_start]
    if (age := _AGE.fullmatch(description)) is not None:
        given = re.compile(rf"\s*,\s*{age.group('age')}\s*,|\b{age.group('age')}-year-old\s+$")
        for mention in reversed(people):
            if given.match(text, mention.end) or given.search(
                text, max(0, mention.start - 20), mention.start
            ):
                return mention.canonical
    recent = [m for m in people if here - m.sentence <= _REACH]
    subjects = [m for m in recent if m.subject_like]
    chosen = subjects or recent
    return chosen[-1].canonical if chosen else None
