"""Spans that run from now, as diplomatic news words them (issue 10, round 2).

"I'm talking about a matter of days" sets a time as "within days" does; "agreed to halt
attacks for two weeks" and "a two-week period will allow the deal to be finalised" name
a truce or pause that ends a span from now. A span said of past narration ("was jailed for
two weeks") is no time ahead: `for_span_ahead` asks for a future, or an act asked for or
agreed to, in the span's own clause.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.analysis.future_words import STRONG_FUTURE
from bot.analysis.timewords import (
    MONTH,
    NUM,
    UNIT,
    WEEKDAY_NAME,
    YEAR,
    Range,
    add_units,
    count_of,
    unit_name,
)

# "a matter of days" without "within": "we are talking about a matter of weeks". "after a
# matter of days" is counted from another event and left to `tied_to_another_event`;
# "for a matter of days" is a duration of its own.
MATTER_OF = re.compile(
    rf"(?i:(?<!\bin\s)(?<!\bwithin\s)(?<!\bfor\s)(?<!\bafter\s)\b"
    rf"a\s+matter\s+of\s+(?:(?P<n>{NUM})\s+)?(?P<unit>{UNIT}))\b"
)
# "for two weeks", "for the two-week interval", "a two week period will allow": the span of
# a pause, a truce or a window. Not "for the past two weeks" nor "for two weeks now".
FOR_SPAN = re.compile(
    rf"(?i:\b(?:for\s+(?:(?:the|a|another|about|around|some|up\s+to|at\s+least)\s+)?"
    rf"(?P<n>{NUM})[- ](?P<unit>{UNIT})\b(?:\s+(?:interval|period|window|pause|truce))?"
    rf"|(?<!\bin\s)(?<!\bof\s)(?<!\bover\s)(?<!\bduring\s)"
    rf"\ban?\s+(?P<n2>{NUM})[- ](?P<unit2>hour|day|week|month)\s+"
    rf"(?:interval|period|window)(?=\s+(?:will|would|should|is\s+to)\b))"
    # a span with a start of its own ("for 48 hours from Thursday") is dated by its start
    rf"(?![- ](?:long|old)\b|\s+(?:now|ago|before|after|since|earlier|later|running|straight|"
    rf"in\s+a\s+row|from|starting|beginning|until|till|through)\b))"
)
# "asked to delay his visit to Beijing by 'a month or so'": the delay, with its object
# between verb and span, sets the new time (`loose_periods.DELAYED_BY` has them adjacent).
DELAY_OF_SOMETHING = re.compile(
    rf"(?i:\b(?:delay|postpone|push\s+back|put\s+off)(?:s|ed|ing)?\b"
    rf"(?:\s+(?!by\b)[\w’'.,-]+){{1,10}}?\s+by\s+[\"“]?(?:about\s+|around\s+|roughly\s+|some\s+)?"
    rf"(?P<span>(?P<n>{NUM})\s+(?P<unit>{UNIT})\b(?:\s+or\s+so\b)?))"
)
# The verb the span belongs to is an act still to come: agreed, asked or urged to, or a
# future of its own ("ships will be able to pass for the two-week interval").
_ACT_ASKED_OR_AGREED = re.compile(
    r"\b(?:agree[sd]?|agreeing|ask(?:s|ed|ing)?|urge[sd]?|urging|call(?:s|ed)?\s+on|"
    r"decide[sd]?|promise[sd]?|pledge[sd]?|vow(?:s|ed)?|plan(?:s|ned)?|offer(?:s|ed)?|"
    r"propose[sd]?|want(?:s|ed)?|demand(?:s|ed)?|request(?:s|ed)?)\b"
    r"(?:\s+[\w’'.-]+){0,6}?\s+to\s+[a-z]+\b",
    re.IGNORECASE,
)
# Past narration or a span that has run: "had agreed to pause for two weeks in March".
_LOOKS_BACK = re.compile(r"\b(?:had|has been|have been|was|were|last|past|earlier)\b", re.I)


_DATED_ELSEWHERE = re.compile(  # month names with their capital: "may" is a modal
    rf"(?i:\b(?:next|tomorrow|tonight|later|{WEEKDAY_NAME})\b)|\b{MONTH}(?!\w)|\b{YEAR}\b"
)
_TRIP = re.compile(
    r"\b(?:visit|visits|visiting|trip|tour|stay|stays|staying|holiday|vacation)\b", re.I
)


def for_span_ahead(left: str, right: str) -> bool:
    """A 'for two weeks' span is a time ahead when its clause asks for, agrees to or
    promises the act it lasts for."""
    own_left = re.split(r"[;:]|\b(?:but|while|after|before|when)\b", left)[-1]
    if _LOOKS_BACK.search(own_left.split(" to ")[-1]):
        return False
    act = own_left.split(" to ")[-1]  # not "said on Tuesday he agreed to ..."
    if _DATED_ELSEWHERE.search(act + " " + right) or _TRIP.search(act):
        return False  # "will visit Beijing for three days next month": a stay, dated apart
    if STRONG_FUTURE.search(own_left) or re.search(
        r"\b(?:will|would|can|could|should)\b", own_left, re.I
    ):
        return True
    return (
        _ACT_ASKED_OR_AGREED.search(own_left) is not None
        or re.match(r"\s*(?:will|would|should|is\s+to)\b", right, re.I) is not None
    )


def resolve_for_span(match: re.Match[str], ref: datetime) -> Range:
    """From now to the span's end, whichever of FOR_SPAN's two shapes matched."""
    count, unit = (
        (match.group("n"), match.group("unit"))
        if match.group("unit")
        else (match.group("n2"), match.group("unit2"))
    )
    name = unit_name(unit)
    return ref, add_units(ref, count_of(count, name), name), False
