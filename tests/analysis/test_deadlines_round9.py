"""Deadlines round 9: misses seen on real articles, written again as invented sentences."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers.briefs import WEDNESDAY_MORNING, deadline_windows

PUBLISHED = WEDNESDAY_MORNING




# 1a. A span counted back from an event the article dates.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The mill's owner will retire on March 31. Her daughter will take over the books "
            "a week before she retires.",
            PUBLISHED,
            [("on March 31", date(2026, 3, 31), date(2026, 3, 31)),
             ("a week before she retires", date(2026, 3, 24), date(2026, 3, 24))],
        ),
        (  # the event dated after the span
            "The cooperative will appoint a new treasurer ten days before he steps down. "
            "Mr Oduya will step down on April 30.",
            PUBLISHED,
            [("ten days before he steps down", date(2026, 4, 20), date(2026, 4, 20)),
             ("on April 30", date(2026, 4, 30), date(2026, 4, 30))],
        ),
        (
            "Turnout in the November 3 election is expected to be high. The last televised "
            "debate will be held less than two weeks before election day.",
            datetime(2026, 9, 1, 8, tzinfo=UTC),
            [("November 3", date(2026, 11, 3), date(2026, 11, 3)),
             ("less than two weeks before election day", date(2026, 10, 20),
              date(2026, 11, 2))],
        ),
        (  # the election's date told in a past sentence still dates it
            "Campaigning for the election on 12 May began quietly. Parties must file their "
            "lists at least three weeks before election day.",
            PUBLISHED,
            [("at least three weeks before election day", date(2026, 3, 4),
              date(2026, 4, 21))],
        ),
        (  # the event is itself a time: the span narrows it, not "before Election Day"
            "Early voting in the county will end five days before Election Day.",
            datetime(2026, 9, 1, 8, tzinfo=UTC),
            [("five days before Election Day", date(2026, 10, 29), date(2026, 10, 29))],
        ),
        (
            "The market will close two days before Christmas.",
            PUBLISHED,
            [("two days before Christmas", date(2026, 12, 23), date(2026, 12, 23))],
        ),
    ],
)
def test_span_before_a_dated_event(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event is not dated: nothing can be placed
        ("Her daughter will take over the books a week before she retires.", []),
        ("The last televised debate will be held less than two weeks before election day.", []),
        # "Voters" is not "the vote": the clause of another date does not date this event
        (
            "Voters will register by May 1. The count will close a week before the vote.",
            [("by May 1", PUBLISHED.date(), date(2026, 5, 1))],
        ),
        # told, not ahead: only the retirement's own day
        (
            "The mill's owner will retire on March 31. Her daughter took over the books a week "
            "before she retired.",
            [("on March 31", date(2026, 3, 31), date(2026, 3, 31))],
        ),
    ],
)
def test_span_before_an_undated_or_told_event(
    text: str, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text) == expected


# 1b. The US federal fiscal year, in copy about the federal government only.
NOVEMBER = datetime(2025, 11, 10, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Pentagon will keep the drone programme funded through fiscal year 2026.",
            [("through fiscal year 2026", date(2025, 11, 10), date(2026, 9, 30))],
        ),
        (
            "The agency expects the staff cuts to take effect in fiscal 2027. Congress must "
            "still approve them.",
            [("in fiscal 2027", date(2026, 10, 1), date(2027, 9, 30))],
        ),
        (  # a company's fiscal year: the calendar year, as before
            "The grocer expects its margins to recover in fiscal 2027.",
            [("in fiscal 2027", date(2027, 1, 1), date(2027, 12, 31))],
        ),
        (  # India's Congress party is not the US Congress
            "The Congress party says the state will balance its books by fiscal 2027.",
            [("by fiscal 2027", date(2025, 11, 10), date(2027, 12, 31))],
        ),
    ],
)
def test_federal_fiscal_year(text: str, expected: list[tuple[str, date, date]]) -> None:
    assert deadline_windows(text, NOVEMBER) == expected


# 1c. An opening told in the past, read later in the week: the Monday is gone.
THURSDAY = datetime(2026, 3, 5, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Talks between the two trade ministers on Monday ended without a deal.",
        "The two trade ministers held talks on Monday.",
        # an aside after the subject is not the verb the day belongs to
        "Talks on Monday between the two trade ministers, aimed at reviving the tariff truce, "
        "ended without a deal.",
        "Talks between the two trade ministers on Monday, intended to pave the way for a "
        "summit, ended without a deal.",
        # the day in the subject of a past verb that follows at once
        "Talks between the two trade ministers set for Monday ended without a deal.",
        "Talks between the two trade ministers scheduled for Monday ended without a deal.",
    ],
)
def test_monday_told_in_the_past(text: str) -> None:
    assert deadline_windows(text, THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The two trade ministers will hold talks on Monday.", "on Monday"),
        ("Talks between the two trade ministers on Monday, intended to pave the way for a "
         "summit, will be held in Oslo.", "on Monday"),
        ("Talks between the two trade ministers set for Monday will go ahead.", "Monday"),
    ],
)
def test_monday_still_ahead(text: str, phrase: str) -> None:
    assert deadline_windows(text, THURSDAY) == [(phrase, date(2026, 3, 9), date(2026, 3, 9))]


# 2c. "before X" ends the day or period before X starts, in every family.
@pytest.mark.parametrize(
    ("text", "phrase", "latest"),
    [
        ("The canal will be dredged before September.", "before September", date(2026, 8, 31)),
        ("The canal will be dredged before the summer.", "before the summer",
         date(2026, 5, 31)),
        ("The canal will be dredged before 2027.", "before 2027", date(2026, 12, 31)),
        ("The canal will be dredged before next year.", "before next year",
         date(2026, 12, 31)),
        ("The canal will be dredged before next month.", "before next month",
         date(2026, 3, 31)),
        ("The canal will be dredged before next week.", "before next week", date(2026, 3, 8)),
        ("The canal will be dredged before Easter.", "before Easter", date(2026, 4, 4)),
        ("The canal will be dredged ahead of Easter.", "ahead of Easter", date(2026, 4, 4)),
        ("The canal will be dredged before March 31.", "before March 31", date(2026, 3, 30)),
        ("The canal will be dredged before Friday.", "before Friday", date(2026, 3, 5)),
        ("The canal will be dredged before the weekend.", "before the weekend",
         date(2026, 3, 6)),
        ("The canal will be dredged before the third quarter.", "before the third quarter",
         date(2026, 6, 30)),
        ("The canal will be dredged before the new year.", "before the new year",
         date(2026, 12, 31)),
        # "by" and "until" keep the named time; so does an event on the day named
        ("The canal will be dredged by September.", "by September", date(2026, 9, 30)),
        ("The canal will be dredged by Easter.", "by Easter", date(2026, 4, 5)),
        ("The canal will be dredged until Friday.", "until Friday", date(2026, 3, 6)),
        ("The canal will be dredged before Friday's deadline.", "before Friday",
         date(2026, 3, 6)),
        ("The canal will be dredged before the end of the year.", "before the end of the year",
         date(2026, 12, 31)),
    ],
)
def test_before_ends_the_day_or_period_before(text: str, phrase: str, latest: date) -> None:
    assert deadline_windows(text) == [(phrase, PUBLISHED.date(), latest)]
