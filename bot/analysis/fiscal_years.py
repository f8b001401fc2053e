"""The US federal fiscal year (deadlines round 9).

"through fiscal year 2026" in copy about Congress or the Pentagon is the federal fiscal year
that runs from 1 October 2025 to 30 September 2026. Elsewhere a company's or another
country's fiscal year starts in a month the copy seldom gives, so the calendar year stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from bot.analysis.calendar_words import FY_YEAR, fiscal_short_year
from bot.analysis.deadline_anchors import Deadline
from bot.analysis.timewords import YEAR

_FISCAL = re.compile(
    rf"\b(?:(?:(?i:fiscal(?:\s+year)?)\s+|FY\s?)(?P<year>{FY_YEAR})"
    rf"|(?P<year_first>{YEAR})\s+(?i:fiscal\s+year))\b"  # "by the 2013 fiscal year"
)
# Bodies only the US federal government has; "Congress party" (India) and "National
# Congress" are not one. "federal budget" alone is also Canada's or Australia's.
_US_FEDERAL = re.compile(
    r"\b(?:(?<!National\s)Congress(?!\s+(?:party|Party|leader))|congressional|Pentagon"
    r"|White House|Capitol Hill|Office of Management and Budget"
    r"|Department of (?:Defense|Homeland Security|Veterans Affairs))\b"
)
_FEDERAL = re.compile(r"\bfederal\s+(?:budget|government|agenc(?:y|ies)|spending|funding)\b", re.I)
_US = re.compile(r"\b(?:U\.S\.(?!\w)|(?:US|United States|Washington)\b)")


def is_us_federal(text: str) -> bool:
    return bool(_US_FEDERAL.search(text) or (_FEDERAL.search(text) and _US.search(text)))


def federal_fiscal_years(
    found: Sequence[Deadline], text: str, published: datetime
) -> list[Deadline]:
    """Deadlines naming a fiscal year, moved to the federal one when the article is about
    the US federal government."""
    fiscals = [_FISCAL.search(d.phrase) for d in found]  # once per phrase, kept for the loop
    if not any(fiscals) or not is_us_federal(text):
        return list(found)
    moved: list[Deadline] = []
    for deadline, fiscal in zip(found, fiscals, strict=True):
        if fiscal is None:
            moved.append(deadline)
            continue
        year = fiscal_short_year(int(fiscal.group("year") or fiscal.group("year_first")))
        earliest, latest = deadline.earliest, deadline.latest
        if earliest.date() == datetime(year, 1, 1).date():  # "in", "through": from its start
            earliest = earliest.replace(year=year - 1, month=10, day=1)
        if latest.date() == datetime(year, 12, 31).date():
            latest = latest.replace(month=9, day=30)
        if latest < published:
            continue
        earliest = max(earliest, published.replace(microsecond=0))
        moved.append(replace(deadline, earliest=earliest, latest=latest))
    return moved
