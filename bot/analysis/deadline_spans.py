"""Spans counted from another event or from now, and other shapes of diplomatic news
(issue 10): what a duration is counted from decides whether it is a time ahead."""

from __future__ import annotations

import re

from bot.analysis.deadline_families import DURATION_FAMILIES

_RELATIVE_TO_EVENT = re.compile(
    r"^\s*(?:of|after|since|from the|following|from when)\b", re.IGNORECASE
)
# "the coming days" are counted from now whatever follows: "would end in the coming days
# following the talks" (but "within 24 hours of taking office", "in the days following").
_FROM_NOW = re.compile(r"\bcoming\b", re.IGNORECASE)


def tied_to_another_event(text: str, match: re.Match[str], family: str) -> bool:
    """'within 24 hours of taking office': a span counted from another event."""
    tie = _RELATIVE_TO_EVENT.match(text[match.end() :]) if family in DURATION_FAMILIES else None
    if tie is None:
        return False
    return tie.group().strip().lower() == "of" or _FROM_NOW.search(match.group()) is None
