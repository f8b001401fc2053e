"""Lengths that run from now (issue 10, round 6): how long a process will take, a term or
mandate extended for a further span, and a pause whose start is named. Each shape is
restated in sentences written for this test, next to the look-alikes that must stay out
(window None).

Published on Tuesday 7 April 2026.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none

TUESDAY = datetime(2026, 4, 7, 12, 0, tzinfo=UTC)

# (sentence, (phrase as written, first day, last day) or None)
TAKES: list[tuple[str, tuple[str, str, str] | None]] = [
    # a length a modal puts ahead runs from now, as "within weeks" does
    ("The inquiry is expected to take weeks, the ministry said.",
     ("weeks", "2026-04-07", "2026-05-19")),
    ("The transfer of the archive will take about four months.",
     ("about four months", "2026-04-07", "2026-08-07")),
    ("Engineers warned the viaduct could take years to rebuild.",
     ("years", "2026-04-07", "2031-04-07")),
    ("The mayor said clearing the debris would take two to three weeks.",
     ("two to three weeks", "2026-04-07", "2026-04-28")),
    ("Restoring power to the valley could take days or weeks.",
     ("days or weeks", "2026-04-07", "2026-05-19")),
    ("It'll take a month or two to count every ballot, the clerk said.",
     ("a month or two", "2026-04-07", "2026-06-07")),
    # narrated, habitual, negated, a past plan, time off, or no end given
    ("The inquest took two weeks.", None),
    ("The inquiry was expected to take weeks.", None),
    ("Permits can take months to arrive.", None),
    ("Such audits usually take weeks.", None),
    ("It used to take days to cross the pass.", None),
    ("The count will not take weeks, the clerk said.", None),
    ("The inquiry is not expected to take months.", None),
    ("The goalkeeper will take two weeks off.", None),
    ("The rebuilding could take a year or more.", None),
    ("The crossing would take two days, the captain said.", None),
    ("Supplies would take three weeks by sea.", None),
]


@pytest.mark.parametrize(("text", "window"), TAKES)
def test_how_long_a_process_will_take(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, TUESDAY).deadlines, window)


FURTHER: list[tuple[str, tuple[str, str, str] | None]] = [
    # a further span promised or granted now runs from now, a stay in office included
    ("The governor will stay in office for another four years.",
     ("for another four years", "2026-04-07", "2030-04-07")),
    ("The assembly extended the monitors' mandate for a further two years.",
     ("for a further two years", "2026-04-07", "2028-04-07")),
    ("The board on Monday renewed the coach's contract for two more years.",
     ("for two more years", "2026-04-07", "2028-04-07")),
    ("Delegates voted to extend the envoy's mission for another term.",
     ("for another term", "2026-04-07", "2031-04-07")),
    ("She is expected to remain chair for another three-year term.",
     ("for another three-year term", "2026-04-07", "2029-04-07")),
    ("The mayor said she would stay in Lisbon for another two weeks.",
     ("for another two weeks", "2026-04-07", "2026-04-21")),
    # told of a day gone, granted then, or the length of something else
    ("The old emir had reigned for another decade before his death.", None),
    ("The founder ran the firm for another decade.", None),
    ("In 2021 the assembly extended the mandate for a further two years.", None),
    ("The waiver was extended for a further year last March.", None),
    ("She knew the siege would drag on for three more months.", None),
    ("The agency will seek funds for a further three-month survey.", None),
    ("We must change how we invest to stay in business for another 80 years, he said.", None),
]


@pytest.mark.parametrize(("text", "window"), FURTHER)
def test_a_further_span_runs_from_now(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, TUESDAY).deadlines, window)


STARTED: list[tuple[str, tuple[str, str, str] | None]] = [
    # a pause whose start is named ends a span after that start (its latest day)
    ("The moratorium, which began in February, can only last 120 days.",
     ("120 days", "2026-04-07", "2026-06-28")),
    ("The lockdown began on 2 March and will last 60 days.",
     ("60 days", "2026-04-07", "2026-05-01")),
    ("The curfew, which started on Sunday, will remain in force for two weeks.",
     ("for two weeks", "2026-04-07", "2026-04-19")),
    ("The dredging, which started last month, will take about five months.",
     ("about five months", "2026-04-07", "2026-08-31")),
    # an end already gone is no time ahead
    ("The moratorium, which began in October, can only last 120 days.", None),
    # with no start named, the span runs from now
    ("The moratorium can only last 120 days.", ("120 days", "2026-04-07", "2026-08-05")),
]


@pytest.mark.parametrize(("text", "window"), STARTED)
def test_a_span_counts_from_its_named_start(
    text: str, window: tuple[str, str, str] | None
) -> None:
    assert_window_or_none(analyse(text, TUESDAY).deadlines, window)
