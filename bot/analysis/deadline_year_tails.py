"""A year told after a calendar date or a month with "of": "through June 30 of '17", "by March
1 of 2027", "in June of 2025"; or told by the paragraph: "For 2026, the World Cup will expand
… The final will be played July 19".

The date families read "June 30" alone and roll it to the nearest one; a year given after
"of" names another year, so the range moves there and the phrase takes in the year. A
paragraph opened by a later year ("In 2027, …", "For 2027, …") sets the year of the bare
dates in its next sentences.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.analysis import timewords as tw
from bot.analysis.sentences import Sentence

_OF_YEAR = re.compile(r"\s+of\s+(?:['’](?P<short>\d{2})|(?P<full>(?:19|20)\d{2}))\b")


def year_told_after(
    family: str, text: str, finish: int, resolved: tw.Range, published: datetime
) -> tuple[tw.Range, int]:
    """The range and phrase end, moved to the year an "of '17" after the date names."""
    # "in June of 2025": a month, too
    told = _OF_YEAR.match(text, finish) if family in ("date", "month") else None
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


_YEAR_OPENS = re.compile(r"[“\"]?(?:In|For|By)\s+(?P<year>(?:19|20)\d{2}),\s")
# The sentences back a paragraph's opening year still reaches.
_YEAR_REACH = 2


def year_of_the_paragraph(
    match: re.Match[str],
    family: str,
    sentences: list[Sentence],
    position: int,
    resolved: tw.Range,
    published: datetime,
) -> tw.Range:
    """A bare date's range, moved to the later year its paragraph opened with."""
    if family != "date" or "year" not in match.groupdict() or match.group("year"):
        return resolved
    here = sentences[position]
    for back in range(1, _YEAR_REACH + 1):
        if position - back < 0 or sentences[position - back].paragraph != here.paragraph:
            return resolved
        opened = _YEAR_OPENS.match(sentences[position - back].text)
        if opened is not None:
            year = int(opened.group("year"))
            earliest, latest, _ = resolved
            if year <= published.year or year == latest.year:
                return resolved
            return tw.in_year(earliest, year), tw.in_year(latest, year), False
    return resolved
