"""A year told after a calendar date with "of": "through June 30 of '17", "by March 1 of 2027".

The date families read "June 30" alone and roll it to the nearest one; a year given after
"of" names another year, so the range moves there and the phrase takes in the year.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.analysis import timewords as tw

_OF_YEAR = re.compile(r"\s+of\s+(?:['’](?P<short>\d{2})|(?P<full>(?:19|20)\d{2}))\b")


def year_told_after(
    family: str, text: str, finish: int, resolved: tw.Range, published: datetime
) -> tuple[tw.Range, int]:
    """The range and phrase end, moved to the year an "of '17" after the date names."""
    told = _OF_YEAR.match(text, finish) if family == "date" else None
    if told is None:
        return resolved, finish
    short = told.group("short")
    year = 2000 + int(short) if short else int(told.group("full"))
    earliest, latest, _ = resolved
    if year == latest.year:
        return resolved, finish
    # "through June 30" runs from now: only the end moves; "on June 30" moves whole.
    start = earliest if earliest <= published else tw.in_year(earliest, year)
    return (start, tw.in_year(latest, year), False), told.end()
