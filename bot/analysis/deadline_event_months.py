"""A month or date told of an event a plan is timed against (round 16).

"wants the bridge finished before the end of her term in January", "hoped to settle it by the
time the new government takes office in January", "wants the bill passed before the election
in May": the month dates the end of the term, the taking of office or the gathering, and
what is planned must be done by then. The main clause may be told
in the past ("said they hoped"); the event is still ahead when it is an end of a term or a
verb in the present ("takes office"), and a plan, wish or modal governs the act before it.
"""

from __future__ import annotations

import re

from bot.analysis.event_nouns import HELD_EVENTS
from bot.analysis.future_words import STRONG_FUTURE

_BEFORE = r"(?:before|by|ahead\s+of|until|till|in\s+time\s+for|by\s+the\s+time\s+of)"
_OFFICE = (
    r"term|mandate|presidency|tenure|premiership|governorship|chairmanship|session|"
    r"legislature|parliament|reign"
)
# "before the end of her term", "by the close of the session"
_END_OF_TERM = (
    rf"\b{_BEFORE}\s+the\s+(?:end|close|expiry|expiration)\s+of\s+"
    rf"(?:his|her|their|its|the|this|[\w’'.-]+[’']s)\s+(?:[\w-]+\s+)?(?:{_OFFICE})"
)
# "by the time she takes office", "before the new government takes over", "before the
# parliament breaks up": a present tense of an event to come.
_EVENT_TO_COME = (
    r"\b(?:before|by\s+the\s+time|until|till|when|once)\s+(?:[\w’'.-]+\s+){1,5}?"
    r"(?:takes\s+(?:office|over|power|charge)|take\s+(?:office|over|power)|leaves\s+office|"
    r"steps\s+down|hands\s+over|is\s+sworn\s+in|are\s+sworn\s+in|is\s+inaugurated|"
    r"(?:term|mandate|session)\s+(?:ends|expires|runs\s+out)|"
    r"(?:meets|convenes|reconvenes|returns|votes|sits))"
)
# "ahead of the summit", "before next year's election": a gathering held at a set time
_GATHERING = (
    rf"\b{_BEFORE}\s+(?:the|this|next|its|their|[\w’'.-]+[’']s)\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?:{HELD_EVENTS})s?"
)
_EVENT_ANCHOR = re.compile(
    rf"(?:{_END_OF_TERM}|{_EVENT_TO_COME}|{_GATHERING})\s*$", re.IGNORECASE
)
# A wish for a thing done: "wants the bridge finished", "needs the deal signed".
_WANTS_IT_DONE = re.compile(r"\b(?:wants?|needs?|expects?|hopes?|would\s+like)\b", re.I)
_MONTH_FAMILIES = frozenset({"month", "date"})


def timed_against_an_event(family: str, before: str) -> bool:
    """'hopes to finish before the end of her term in January': the month is the event's,
    ahead, and a plan or wish governs what must be done by then."""
    if family not in _MONTH_FAMILIES:
        return False
    anchor = _EVENT_ANCHOR.search(before)
    if anchor is None:
        return False
    plan = before[: anchor.start()]
    return STRONG_FUTURE.search(plan) is not None or _WANTS_IT_DONE.search(plan) is not None
