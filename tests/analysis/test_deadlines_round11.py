"""Deadlines round 11: shapes seen in pool 7, as invented sentences with look-alikes."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

SPRING = mid_morning(date(2026, 3, 29))  # a Sunday in March
MONDAY = mid_morning(date(2026, 3, 30))
THURSDAY_MAY = mid_morning(date(2026, 5, 21))


# 1. A past act dated "prior to" an event makes the event's bare month a past one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prosecutors have said the gang plotted to kidnap the mayor over the dispute prior "
         "to her election this November, something the gang denied.", []),
        ("The gang plotted to kidnap the mayor before her election in November.", []),
        # a plan, or "ahead of", keeps the month ahead
        ("The mayor will tour every district prior to her election this November.",
         [("November", date(2026, 11, 1), date(2026, 11, 30))]),
        ("The mayor was targeted ahead of the vote this November.",
         [("November", date(2026, 11, 1), date(2026, 11, 30))]),
    ],
)
def test_month_of_an_event_a_past_act_came_before(text: str, expected: Windows) -> None:
    assert deadline_windows(text, SPRING) == expected


# 2. A plan denied sets nothing; a plan told, or "no plans ... until", still does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said there were no plans for a meeting between the two governors this week, "
         "but that he is open to one.", []),
        ("The airline has no immediate plans to resume flights this month.", []),
        ("She said there were plans for a meeting between the two governors this week.",
         [("this week", date(2026, 3, 30), date(2026, 4, 5))]),
        ("The mill has no plans to reopen until Friday.",
         [("until Friday", date(2026, 3, 30), date(2026, 4, 3))]),
    ],
)
def test_plan_denied(text: str, expected: Windows) -> None:
    assert deadline_windows(text, MONDAY) == expected


# 3. "later in the week" is the rest of the week from tomorrow, not its last third.
@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (date(2026, 3, 29), (date(2026, 3, 30), date(2026, 4, 4))),  # Sunday: Monday to Saturday
        (date(2026, 3, 30), (date(2026, 3, 31), date(2026, 4, 5))),  # Monday
        (date(2026, 3, 31), (date(2026, 4, 1), date(2026, 4, 5))),
        (date(2026, 4, 1), (date(2026, 4, 2), date(2026, 4, 5))),
        (date(2026, 4, 2), (date(2026, 4, 3), date(2026, 4, 5))),
        (date(2026, 4, 3), (date(2026, 4, 4), date(2026, 4, 5))),  # Friday
        (date(2026, 4, 4), (date(2026, 4, 6), date(2026, 4, 12))),  # Saturday: next week
    ],
)
def test_later_in_the_week(published: date, expected: tuple[date, date]) -> None:
    text = "The governor said she would phone the mayor later in the week."
    assert deadline_windows(text, mid_morning(published)) == [("later in the week", *expected)]


def test_late_in_the_week_stays_its_last_third() -> None:
    text = "The governor said she would phone the mayor late in the week."
    assert deadline_windows(text, MONDAY) == [
        ("late in the week", date(2026, 4, 3), date(2026, 4, 5))
    ]


# 4. The current year a forecast is for is the forecast's period, not a time due.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dearer fuel would hit farm incomes, cutting its projected economic growth for 2026 "
         "from 3.1 percent to 1.2 percent.", []),
        ("The central bank will publish its inflation forecast for 2026 in June.",
         [("in June", date(2026, 6, 1), date(2026, 6, 30))]),
        # a budget or a target for the year is still a plan for it
        ("The council will agree its budget for 2026 in May.",
         [("in May", date(2026, 5, 1), date(2026, 5, 31)),
          ("for 2026", date(2026, 3, 30), date(2026, 12, 31))]),
    ],
)
def test_forecast_for_the_current_year(text: str, expected: Windows) -> None:
    assert deadline_windows(text, MONDAY) == expected


# 5. A span in a hedged scenario ("particularly if") is no time set; a plain "if" still is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The scheme breeds doubt, the farmer warned, particularly if the permits are used "
         "up within weeks, as they often were in the past.", []),
        ("The talks will collapse if no deal is reached within weeks.",
         [("within weeks", date(2026, 5, 21), date(2026, 7, 2))]),
    ],
)
def test_span_in_a_hedged_scenario(text: str, expected: Windows) -> None:
    assert deadline_windows(text, THURSDAY_MAY) == expected


# 6. "tomorrow" in a round of days ("beans today, leeks yesterday, rice tomorrow").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We live on a little bread every day. Beans today, carrots yesterday, leeks tomorrow. "
         "It is hard.", []),
        ("The mayor quit yesterday, the council met today, and it will name a successor "
         "tomorrow.",
         [("tomorrow", date(2026, 5, 22), date(2026, 5, 22))]),
    ],
)
def test_round_of_days(text: str, expected: Windows) -> None:
    assert deadline_windows(text, THURSDAY_MAY) == expected


# 7. The condition of a threat names the time the other side has.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a letter sent to Chile this month, the president threatened a 30% levy on its "
         "wine if there wasn't a new deal struck before 1 June, well above the earlier rate.",
         [("before 1 June", date(2026, 5, 21), date(2026, 5, 31))]),
        ("The president warned that tariffs would follow unless the deal was signed by 1 June.",
         [("by 1 June", date(2026, 5, 21), date(2026, 6, 1))]),
        # a past act dated before the day stays narration
        ("The president signed a new deal before 1 June.", []),
    ],
)
def test_condition_of_a_threat(text: str, expected: Windows) -> None:
    assert deadline_windows(text, THURSDAY_MAY) == expected


# 8. "the weekend talks", "a weekend visit": the coming weekend late in the week.
FRIDAY = mid_morning(date(2026, 5, 22))
SATURDAY = mid_morning(date(2026, 5, 23))
TUESDAY = mid_morning(date(2026, 5, 19))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The envoy told reporters on Friday that the weekend talks in Oslo would focus on "
         "several papers, including trade.", SATURDAY,
         [("the weekend talks", date(2026, 5, 23), date(2026, 5, 24))]),
        ("The premier arrived in Porto on Friday night for a weekend visit focused on trade.",
         FRIDAY, [("a weekend visit", date(2026, 5, 23), date(2026, 5, 24))]),
        # told as done, or early in the week (the weekend just gone): nothing ahead
        ("The weekend talks ended without a deal.", SATURDAY, []),
        ("The envoy said the weekend talks in Oslo had been useful.", TUESDAY, []),
    ],
)
def test_weekend_event(text: str, published: datetime, expected: Windows) -> None:
    assert deadline_windows(text, published) == expected


# 9. A day closing a clause an inserted list interrupts keeps the clause's plan.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Vale is scheduled to meet several opposition leaders, including those from the "
         "south, on Saturday.", [("on Saturday", date(2026, 5, 23), date(2026, 5, 23))]),
        ("Mr. Vale met several opposition leaders, including those from the south, on "
         "Saturday.", []),
    ],
)
def test_day_after_an_inserted_list(text: str, expected: Windows) -> None:
    assert deadline_windows(text, FRIDAY) == expected


# 10. "voted to delay by almost ten months the vote": the span after "to delay by" is the
# new time (counted from now, as "was delayed by six months" is); a delay told with a year
# gone ran from then.
WINTER = mid_morning(date(2026, 2, 10))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last week the assembly voted to delay by almost ten months the mayoral vote.",
         [("almost ten months", date(2026, 12, 10), date(2026, 12, 10))]),
        ("Officials want to postpone by about a year the farm census.",
         [("about a year", date(2027, 2, 10), date(2027, 2, 10))]),
        ("The mayoral vote was delayed by six months.",
         [("six months", date(2026, 8, 10), date(2026, 8, 10))]),
        # a year gone dates the delay; a noun "delay" is no act
        ("In 2021 the assembly voted to delay by a year the farm census.", []),
        ("In 2021 the farm census was delayed by a year.", []),
        ("The storm caused a delay by two days of all ferries.", []),
    ],
)
def test_delay_by_a_span(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WINTER) == expected
