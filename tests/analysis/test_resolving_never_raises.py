"""Resolving a time phrase never raises (issue 10): 29 February, month ends, year rollovers.

Every day of a leap year is tried with every phrase family, and hypothesis adds random
publication times, years and day-month pairs on top.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analysis import analyse
from bot.analysis.deadlines import find_deadlines
from bot.analysis.sentences import split_sentences

PHRASES = [
    "The committee will meet on February 29.",
    "The committee will meet on 29 February.",
    "The committee met on February 29 to pick the winner.",
    "The committee will decide by February 28.",
    "The deal must be signed by 31 December.",
    "The deal must be signed by December 31, 2031.",
    "The office will reopen on January 1.",
    "The vote is set for next Monday.",
    "Talks will resume this coming weekend.",
    "The shop closes by the end of the month.",
    "The plan will be ready by the end of next month.",
    "A decision is due by the end of February.",
    "A decision is due by the end of the year.",
    "The works will finish by year-end.",
    "The bridge reopens early next year.",
    "Elections will be held later this year.",
    "The inquiry will report in six months.",
    "The inquiry will report within a month.",
    "The inquiry will report within the next fortnight.",
    "The fund will be spent over the next four years.",
    "The board meets again in the coming weeks.",
    "The strike will end in a matter of days.",
    "Tenders are due in February or March.",
    "The plant will close in February.",
    "Harvest is expected in late February.",
    "The law takes effect by mid-March.",
    "The ferry resumes next winter.",
    "The ferry resumes by late winter.",
    "Sales will start in the spring of 2030.",
    "Results are due in the first quarter.",
    "Results are due in the fourth quarter of next year.",
    "The parade returns before Easter.",
    "The market opens before Christmas.",
    "Prices will rise from 2029 to 2031.",
    "The treaty takes effect tomorrow.",
    "The treaty takes effect the day after tomorrow.",
    "Voting closes tonight.",
    "The court will rule early in the week.",
    "The court will rule late in the month.",
    "The new terminal was pushed back six months.",
    "The minister will present the plan very soon.",
    "Prices may fall in the near future.",
]


def _every_day_of(year: int) -> list[datetime]:
    first = datetime(year, 1, 1, 12, 0, tzinfo=UTC)
    days = (datetime(year + 1, 1, 1, tzinfo=UTC) - datetime(year, 1, 1, tzinfo=UTC)).days
    return [first + timedelta(days=offset) for offset in range(days)]


def test_every_phrase_on_every_day_of_a_leap_year() -> None:
    sentences = [split_sentences(phrase) for phrase in PHRASES]
    days = _every_day_of(2028)
    assert len(days) == 366
    for published in days:
        found = [deadline for split in sentences for deadline in find_deadlines(split, published)]
        assert all(deadline.earliest <= deadline.latest for deadline in found)
        # most phrases resolve every day: the arithmetic under test runs, not just the search
        assert len(found) > len(PHRASES) // 2, published


@settings(max_examples=300, deadline=None)
@given(
    published=st.datetimes(
        min_value=datetime(2000, 1, 1),
        max_value=datetime(2098, 12, 31),
        timezones=st.sampled_from(
            [UTC, timezone(timedelta(hours=-11)), timezone(timedelta(hours=14))]
        ),
    ),
    day=st.integers(min_value=0, max_value=40),
    month=st.sampled_from(
        ["January", "February", "April", "June", "September", "November", "December"]
    ),
    year=st.one_of(st.none(), st.integers(min_value=2000, max_value=2099)),
    template=st.sampled_from(
        [
            "The board will decide on {month} {day}{year}.",
            "The board will decide by {day} {month}{year}.",
            "The board decided on {month} {day}{year} to close the pier.",
            "The pier will stay shut until {month} {day}{year}, the council said.",
            "Bids are due between {day} and 30 {month}{year}.",
        ]
    ),
)
def test_any_day_month_pair_on_any_date(
    published: datetime, day: int, month: str, year: int | None, template: str
) -> None:
    text = template.format(day=day, month=month, year=f", {year}" if year else "")
    analyse(text, published)


# Sentences whose month is moved to another year after it is read: a saying dated in a
# month gone, a span begun in a month, a date one year behind, a year told after the date.
# February rolled into or out of a leap year is where a naive move raised.
MOVED_MONTHS = [
    "Leaders met in June and agreed to restart talks that stalled after a summit in {month}.",
    "In {month}, officials predicted a deal within days.",
    "In March, officials said the talks would end in {month}.",
    "The 60-day ceasefire that began in {month} is holding.",
    "The pause began on {month} 29 for 90 days.",
    "The court adjourned the case to {month} 29.",
    "The rules take effect by {month} 29 of '27.",
    "The deal, signed on {month} 29, runs until {month} 28 next year.",
    "Voting is set for the week of {month} 29.",
    "A ruling is due by the end of {month}, the judge said in May.",
]


def test_a_month_moved_between_years_on_every_day_around_a_leap_year() -> None:
    days = _every_day_of(2027) + _every_day_of(2028)
    texts = [template.format(month="February") for template in MOVED_MONTHS]
    for published in days:
        found = [deadline for text in texts for deadline in analyse(text, published).deadlines]
        assert all(deadline.earliest <= deadline.latest for deadline in found)
        assert len(found) >= 3, published  # some months are moved, not all dropped


@settings(max_examples=300, deadline=None)
@given(
    published=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2098, 12, 31),
                           timezones=st.just(UTC)),
    month=st.sampled_from(
        ["January", "February", "March", "April", "June", "August", "September", "December"]
    ),
    template=st.sampled_from(MOVED_MONTHS),
)
def test_a_month_moved_between_years_on_any_date(
    published: datetime, month: str, template: str
) -> None:
    analyse(template.format(month=month), published)


# A page whose metadata claims year 1 or 9999: a time ahead of (or a year behind) such a date
# falls off the calendar; the brief tells no deadline rather than raise.
@pytest.mark.parametrize(
    "published",
    [
        datetime(1, 1, 1, 10, 0, tzinfo=UTC),
        datetime(9999, 6, 1, 10, 0, tzinfo=UTC),
        datetime(9999, 12, 31, 10, 0, tzinfo=UTC),
    ],
)
def test_a_publication_date_at_the_calendars_edge_dates_nothing(published: datetime) -> None:
    text = (
        "The board will decide within 30 days. It will take 29 months and 29 days. "
        "The plan runs for 31 weeks, and the case was adjourned until 29 March. "
        "Sales will start in the spring of 2030. The board will decide on February 29."
    )
    assert analyse(text, published).deadlines == []
    assert [d.phrase for d in analyse(text, datetime(2026, 3, 4, 10, 0, tzinfo=UTC)).deadlines]
