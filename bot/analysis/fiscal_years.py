"""The US federal fiscal year (deadlines round 9), and the financial year running now.

"through fiscal year 2026" in copy about Congress or the Pentagon is the federal fiscal year
that runs from 1 October 2025 to 30 September 2026. Elsewhere a company's or another
country's fiscal year starts in a month the copy seldom gives, so the calendar year stays.

"within this financial year" ends where the country's financial year does: 31 March in
copy about India or Britain, 30 September in copy about the US federal government. Where
the copy tells neither, when it ends is unknown, and it is no deadline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from bot.analysis.calendar_words import FY_YEAR, fiscal_short_year
from bot.analysis.deadline_anchors import Deadline
from bot.analysis.financial_years import CURRENT_FINANCIAL_YEAR
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


# Copy about India or Britain, whose governments' financial years end on 31 March: money
# told in rupees or pounds or a house of their parliaments outweighs a "Congress" (India's
# party as well as the US legislature); the countries' names only where no US federal body
# is named.
_APRIL_TO_MARCH_MONEY = re.compile(
    r"₹|£|\bRs\.?\s?\d|\b(?:crore|lakh|Lok Sabha|Rajya Sabha|HMRC|House of Commons)\b"
)
_APRIL_TO_MARCH = re.compile(r"\b(?:India|Indian|Britain|British|UK|Whitehall|Westminster)\b")


def financial_year_ends(
    found: Sequence[Deadline], text: str, published: datetime
) -> list[Deadline]:
    """Each "this financial year" ended where the copy's country ends it; left out where the
    copy tells no country."""
    if not any(CURRENT_FINANCIAL_YEAR.fullmatch(d.phrase) for d in found):
        return list(found)
    if _APRIL_TO_MARCH_MONEY.search(text):
        end_month, end_day = 3, 31
    elif is_us_federal(text):
        end_month, end_day = 9, 30
    elif _APRIL_TO_MARCH.search(text):
        end_month, end_day = 3, 31
    else:
        return [d for d in found if not CURRENT_FINANCIAL_YEAR.fullmatch(d.phrase)]
    ended = (published.month, published.day) > (end_month, end_day)
    end = published.replace(
        year=published.year + ended, month=end_month, day=end_day,
        hour=23, minute=59, second=59, microsecond=0,
    )
    return [
        replace(d, latest=end) if CURRENT_FINANCIAL_YEAR.fullmatch(d.phrase) else d
        for d in found
    ]
