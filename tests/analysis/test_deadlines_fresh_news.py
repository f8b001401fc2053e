"""Deadlines from a round on fresh news pages of many countries, each kind restated in a
sentence written for this test, next to the look-alikes that must stay out (window None).

Published on Wednesday 22 April 2026, except where a case names its own day.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none

WEDNESDAY = datetime(2026, 4, 22, 12, 0, tzinfo=UTC)
SEPTEMBER = datetime(2026, 9, 9, 12, 0, tzinfo=UTC)
SATURDAY = datetime(2026, 4, 25, 12, 0, tzinfo=UTC)
MONDAY = datetime(2026, 4, 27, 12, 0, tzinfo=UTC)

# (sentence, (phrase as written, first day, last day) or None)
CASES: list[tuple[str, tuple[str, str, str] | None]] = [
    # a request sets the time of what it asks for; an adjective is no past verb
    ("The panel asked for written replies no later than May 6 and for another sealed "
     "hearing.", ("no later than May 6", "2026-04-22", "2026-05-06")),
    ("The council demanded a reply by May 6.", ("by May 6", "2026-04-22", "2026-05-06")),
    ("She asked on May 6 for a reply.", None),
    ("The charity disclosed the gifts after a reporter asked about them in June.", None),
    # a span hedged or stressed, or counted from the start of a term ahead
    ("In just 40 days, the last ballots will be counted.",
     ("In just 40 days", "2026-06-01", "2026-06-01")),
    ("The wells are expected to run dry in some 20 years.",
     ("in some 20 years", "2046-04-22", "2046-04-22")),
    ("A housing bill will be tabled within the first 90 days.",
     ("within the first 90 days", "2026-04-22", "2026-07-21")),
    ("The rebels lost two towns within the first three days.", None),
    # what is left of the year lies ahead whatever the verb
    ("Markets are now pricing in two rate cuts for the remainder of this year, she added.",
     ("this year", "2026-04-22", "2026-12-31")),
    # a noun of expectation looks ahead to the rest of the period
    ("Ms Ortiz said the strong hiring raises the odds of rate cuts this year.",
     ("this year", "2026-04-22", "2026-12-31")),
    # a level so far, not a time ahead
    ("The report beat forecasts, bringing hiring close to flat for 2026.", None),
    # a perfect of obligation looks back over the year so far
    ("It is not the first row the mayor has had to deny this year.", None),
    # a purpose infinitive after a verb of meeting happened when the meeting did; a day
    # after a comma takes the sentence's past
    ("Poets gathered with fans at a book fair to talk about rhyme, at the weekend.", None),
    ("The choir meets its new conductor at the weekend.",
     ("at the weekend", "2026-04-25", "2026-04-26")),
    # "to death" is no infinitive: the day of a past act
    ("He shouted slogans as he burned to death outside the consulate on Sunday.", None),
    # a speaker's own hypothetical; a real condition stays
    ("If a reporter so much as sees the chairman yawn tomorrow, I'd sell my shares.", None),
    ("If the talks fail tomorrow, the union will strike.",
     ("tomorrow", "2026-04-23", "2026-04-23")),
    # a year written after a range's end, or a weekday that is not this year's
    ("The fair ran from July 3rd to August 9th, 1971, drawing large crowds.", None),
    ("The plaque recalls the closing night on Monday, August 9th.", None),
    ("The festival closes on Sunday, August 9th.", ("August 9th", "2026-08-09", "2026-08-09")),
]


@pytest.mark.parametrize(("text", "window"), CASES)
def test_fresh_news(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, WEDNESDAY).deadlines, window)


def test_weekend_expected_while_still_ahead() -> None:
    """'were expected to be moved over the weekend' in Saturday's copy runs on; in Monday's
    copy the weekend has gone."""
    text = "The tenants were expected to be moved to new flats over the weekend."
    assert_window_or_none(
        analyse(text, SATURDAY).deadlines, ("over the weekend", "2026-04-25", "2026-04-26")
    )
    assert_window_or_none(analyse(text, MONDAY).deadlines, None)


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # the US vote, the Tuesday after the first Monday in November, in the last stretch
        ("The governor's allies will spend heavily through Election Day.",
         ("Election Day", "2026-11-03", "2026-11-03")),
        ("Ads are booked for the weeks between Friday and Election Day, a tracker said.",
         ("Election Day", "2026-11-03", "2026-11-03")),
        ("The Election Day crowds surprised poll workers.", None),
    ],
)
def test_election_day_in_the_last_stretch(
    text: str, window: tuple[str, str, str] | None
) -> None:
    assert_window_or_none(analyse(text, SEPTEMBER).deadlines, window)


def test_election_day_months_ahead_is_a_primary() -> None:
    """In April copy 'Election Day' is mostly a primary's day, not November's vote."""
    text = "Half the ballots will be in by Election Day, the campaign said."
    assert_window_or_none(analyse(text, WEDNESDAY).deadlines, None)
