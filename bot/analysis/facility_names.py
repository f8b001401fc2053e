"""Names of places that read as someone's ("near the Paso del Norte bridge"): the noun
after the name says it is a place, and the name stays one wherever else the story uses it
("the list went up to 207 at Paso del Norte")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.analysis import lexicon

if TYPE_CHECKING:
    from bot.analysis.entities import Mention

# "the Kerch bridge", "the Paso del Norte crossing": "the", up to three words of the name
# (particles too), then a place's noun.
_THE_BEFORE = re.compile(
    r"\bthe\s+(?:(?:[A-Z][\w’'-]*|" + "|".join(sorted(lexicon.NAME_PARTICLES)) + r")\s+){0,3}$"
)
_FACILITY_AFTER = re.compile(
    r"\s+(?:bridge|crossing|border\s+crossing|checkpoint|airport|port|harbou?r|station|"
    r"highway|motorway|road|street|avenue|square|river|dam|canal|stadium|arena|"
    r"prison|hospital|mall|market|park|plant|refinery|mine)\b"
)
_REACH = 40


def names_a_facility(text: str, start: int, end: int) -> bool:
    """Whether the name stands between "the" and a place's noun ("the Kerch bridge")."""
    return bool(
        _THE_BEFORE.search(text, max(0, start - _REACH), start)
        and _FACILITY_AFTER.match(text, end)
    )


def mark_facilities(text: str, mentions: list[Mention]) -> None:
    """Type as a place every untyped or person mention whose name one mention shows is a
    place's."""
    facilities = {m.surface for m in mentions if names_a_facility(text, m.start, m.end)}
    for mention in mentions:
        if mention.type in (None, "person") and mention.surface in facilities:
            mention.type = "place"
