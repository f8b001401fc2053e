"""Spans counted from another event still to come (issue 10, round 2).

"will respond within 28 days of publication", "swaps are due to begin within a week of the
ceasefire": when the article has already dated that event ("will publish its findings on
June 30", "the ceasefire will take effect on Sunday"), the span runs from that date. An
event not dated but plainly still to come ("would pull back within 24 hours of the deal
being signed") is taken to be at hand, so the span runs from now. A span tied to an event
neither dated nor to come ("end the war within 24 hours of taking office") stays out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from bot.analysis.deadline_pages import phrase_clause
from bot.analysis.future_words import STRONG_FUTURE
from bot.analysis.timewords import Range

_EVENT = re.compile(r"\s*of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?P<event>[^,;:.()]+)", re.I)
# "the deal being signed", "the agreement is approved": an act to come, in the passive
_ACT_TO_COME = re.compile(r"^[\w\s-]{1,40}?\s+(?:being|is|are)\s+[a-z]+ed\b", re.I)
_PAST_PROMISE = re.compile(
    r"\b(?:campaign\w*|had\s+(?:promised|pledged|vowed|said)|originally|initially|once)\b", re.I
)
_STEM = 5  # "publication" finds "publish", "ceasefire" finds "ceasefire"


class Dated(Protocol):
    @property
    def about(self) -> str: ...
    @property
    def earliest(self) -> datetime: ...
    @property
    def latest(self) -> datetime: ...
    @property
    def sentence_index(self) -> int: ...


def span_after_an_event(
    text: str, match: re.Match[str], family: str, resolved: Range, found: Sequence[Dated]
) -> tuple[Range, int] | None:
    """The range of 'within N of <event>' counted from the event's own date, if any, and
    where the phrase ends: the event is part of it ("within 28 days of publication")."""
    if family not in {"within", "in_duration"}:
        return None
    tie = _EVENT.match(text[match.end() :])
    if tie is None:
        return None
    left, _ = phrase_clause(text, match.start(), match.end())
    if STRONG_FUTURE.search(left) is None or _PAST_PROMISE.search(text):
        return None
    span, end = resolved[1] - resolved[0], match.end() + tie.end()
    event = tie.group("event").strip()
    stem = re.split(r"\s+", event)[0].lower()[:_STEM]
    if len(stem) == _STEM:
        for earlier in reversed(found):
            if stem in earlier.about.lower():
                return (earlier.earliest, earlier.latest + span, False), end
    if _ACT_TO_COME.match(event):
        return resolved, end
    return None
