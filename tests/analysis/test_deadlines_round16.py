"""Deadlines round 16: general recall shapes, as invented sentences with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows


# 5. A span given as a range, or as more of something under way, runs from now to its far end.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials in Varn said the closure will last for at least 2-3 days.",
            [("for at least 2-3 days", date(2026, 3, 4), date(2026, 3, 7))],
        ),
        (
            "The bridge at Oskel will remain closed for 2 to 3 weeks.",
            [("for 2 to 3 weeks", date(2026, 3, 4), date(2026, 3, 25))],
        ),
        (
            "Authorities said the curfew would remain in place for another two to three weeks.",
            [("for another two to three weeks", date(2026, 3, 4), date(2026, 3, 25))],
        ),
        (
            "The heatwave is expected to last for two to three more days.",
            [("for two to three more days", date(2026, 3, 4), date(2026, 3, 7))],
        ),
        (
            "The outage at the Drell plant could last two to three days.",
            [("two to three days", date(2026, 3, 4), date(2026, 3, 7))],
        ),
        (
            "Repairs to the line will take another 2-3 weeks, the operator said.",
            [("another 2-3 weeks", date(2026, 3, 4), date(2026, 3, 25))],
        ),
        # look-alikes: the span is over
        ("The closure lasted for at least 2-3 days.", []),
        ("The curfew remained for another two to three weeks before it was lifted.", []),
        ("The outage lasted 2-3 days.", []),
        ("Repairs took another 2-3 weeks.", []),
        ("The strike continued for another two to three weeks.", []),
        # a floor with no end: the own set judges "for at least another ten days" no deadline
        ("The border with Pellia will stay closed for at least another week.", []),
        # a span a participle gives the noun: how long it was held, not a time from now
        ("Under the plan, shares held for one to two years would be taxed at a lower rate.", []),
        ("Under the plan, shares held for two years would be taxed at a lower rate.", []),
    ],
)
def test_a_span_given_as_a_range_runs_to_its_far_end(text: str, expected: Windows) -> None:
    assert deadline_windows(text) == expected
