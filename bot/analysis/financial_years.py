"""The financial year running now: "within this financial year", "by the end of the current
fiscal". Where it ends depends on the country the copy is about
(`fiscal_years.financial_year_ends`)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.analysis.timewords import Range

_UNTIL = r"(?:(?:by|before|until|till)\s+the\s+end\s+of|within|by|before|until)"
_THIS_YEAR = r"(?:this|the\s+current)\s+(?:financial\s+year|fiscal(?:\s+year)?)\b"
# "within this financial year": ahead whatever the verb ("is confident of launching …").
UNTIL_FINANCIAL_YEAR_END = re.compile(rf"(?i:\b{_UNTIL}\s+{_THIS_YEAR})")
# "this fiscal", "in the current financial year": the verb tells whether it is ahead.
CURRENT_FINANCIAL_YEAR = re.compile(rf"(?i:\b(?:(?:{_UNTIL}|in)\s+)?{_THIS_YEAR})")


def resolve_current_financial_year(match: re.Match[str], ref: datetime) -> Range:
    """From now to the calendar year's end, until `financial_year_ends` knows the country."""
    return ref, ref.replace(month=12, day=31, hour=23, minute=59, second=59, microsecond=0), False
