"""Deadlines round 16: general recall shapes, as invented sentences with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

NOVEMBER = mid_morning(date(2026, 11, 12))  # a Thursday


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


# 3. A sitting someone has called, convened or scheduled is held on the day told after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaker Orla Venn has called a meeting on Tuesday to discuss the budget.",
            [("on Tuesday", date(2026, 3, 10), date(2026, 3, 10))],
        ),
        (
            "Chairwoman Delia Marsh has called a meeting for Tuesday.",
            [("Tuesday", date(2026, 3, 10), date(2026, 3, 10))],
        ),
        (
            "The board of Halvik Mining has convened an extraordinary meeting on Monday.",
            [("on Monday", date(2026, 3, 9), date(2026, 3, 9))],
        ),
        (
            "President Ardo Kest has summoned the ambassadors to a meeting on Thursday.",
            [("on Thursday", date(2026, 3, 5), date(2026, 3, 5))],
        ),
        (
            "The Tarsk dockers' union has announced a strike on Monday.",
            [("on Monday", date(2026, 3, 9), date(2026, 3, 9))],
        ),
        (
            "The opposition has called for protests on Friday in the capital.",
            [("on Friday", date(2026, 3, 6), date(2026, 3, 6))],
        ),
        (
            "The court in Oskel has adjourned the case until Monday.",
            [("until Monday", date(2026, 3, 4), date(2026, 3, 9))],
        ),
        (
            "Judge Mira Tolle has adjourned the hearing to March 20.",
            [("March 20", date(2026, 3, 20), date(2026, 3, 20))],
        ),
        (
            "The talks on the Pellia border have been moved to Friday.",
            [("Friday", date(2026, 3, 6), date(2026, 3, 6))],
        ),
        # look-alikes: the simple past may date the calling; a sitting over; a day gone
        ("The meeting the chairman called on Tuesday was cancelled.", []),
        ("The prime minister called a cabinet meeting on Friday.", []),
        ("The board had convened an extraordinary meeting on Monday, which ended early.", []),
        ("The senate has held a vote on Thursday.", []),
        ("The party has called off a rally on Saturday.", []),
        # "set for" escapes the called-off rule, so only "called off" is no calling
        ("The union has called off the strike set for Monday.", []),
        ("The court adjourned the case on Monday.", []),
        ("The talks had been moved to Friday, but collapsed.", []),
        ("The hearing has been moved from Friday.", []),
        ("The court had set a hearing on March 1, but it was adjourned.", []),
    ],
)
def test_a_sitting_called_for_a_day_is_held_then(text: str, expected: Windows) -> None:
    assert deadline_windows(text) == expected


# 2. "In the course of" a period: the rest of the one under way, or the whole next one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Morrel committee will publish its findings during the course of the week.",
            [("during the course of the week", date(2026, 3, 4), date(2026, 3, 8))],
        ),
        (
            "More details will follow in the course of the day, the ministry said.",
            [("in the course of the day", date(2026, 3, 4), date(2026, 3, 4))],
        ),
        (
            "The board of Kessna Rail will name a new chief in the course of the month.",
            [("in the course of the month", date(2026, 3, 4), date(2026, 3, 31))],
        ),
        (
            "The board of Kessna Rail will name a new chief in the course of next month.",
            [("in the course of next month", date(2026, 4, 1), date(2026, 4, 30))],
        ),
        (
            "A ruling is expected during the course of next week.",
            [("during the course of next week", date(2026, 3, 9), date(2026, 3, 15))],
        ),
        (
            "The firm will hire 200 people over the course of the next year.",
            [("over the course of the next year", date(2026, 3, 4), date(2027, 3, 4))],
        ),
        (
            "Kessna Rail will cut 200 jobs in the course of 2026.",
            [("in the course of 2026", date(2026, 3, 4), date(2026, 12, 31))],
        ),
        # already read, kept: anchored at publication
        (
            "The minister is expected to announce the cuts later in the week.",
            [("later in the week", date(2026, 3, 5), date(2026, 3, 8))],
        ),
        (
            "Engineers will inspect the dam over the coming weeks.",
            [("over the coming weeks", date(2026, 3, 4), date(2026, 4, 15))],
        ),
        # look-alikes: narration of the period
        ("Prices rose during the course of the week.", []),
        ("In the course of the week, police arrested 40 people.", []),
        ("Over the course of the year, the firm lost half its customers.", []),
        ("He changed his mind in the course of the day.", []),
        ("Kessna Rail cut 200 jobs in the course of 2025.", []),
    ],
)
def test_in_the_course_of_a_period(text: str, expected: Windows) -> None:
    assert deadline_windows(text) == expected


# 1. A plan timed against an event with its month: the month (next year's, from November).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Governor Tamsin Orlo wants the bridge finished before the end of her term in January.",
            [("in January", date(2027, 1, 1), date(2027, 1, 31))],
        ),
        (
            "Officials said they hoped to settle the dispute by the time the new government "
            "takes office in January.",
            [("in January", date(2027, 1, 1), date(2027, 1, 31))],
        ),
        (
            "Negotiators said they hoped to settle the text ahead of the summit in March.",
            [("in March", date(2027, 3, 1), date(2027, 3, 31))],
        ),
        (
            "Ministers want the reform agreed by the time parliament meets in February.",
            [("in February", date(2027, 2, 1), date(2027, 2, 28))],
        ),
        # already read, kept
        (
            "The agency hopes to approve the rules by the time she takes office in January.",
            [("in January", date(2027, 1, 1), date(2027, 1, 31))],
        ),
        # look-alikes: the act is told done, or the plan failed
        ("Governor Pell resigned before the end of his term in January.", []),
        ("The governor signed the law before the end of his term in January.", []),
        (
            "She had hoped to finish the bridge before the end of her term in January, but "
            "lost the election.",
            [],
        ),
        ("The deal was signed ahead of the summit in March.", []),
    ],
)
def test_a_plan_timed_against_an_event_in_a_month(text: str, expected: Windows) -> None:
    assert deadline_windows(text, NOVEMBER) == expected


# 4. A length in a saying reported now runs from publication; a year in an aside on the
# speaker dates the speaker, not the saying.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Adde, who took office in 2024, said the plant would be built in the next two years.",
            [("in the next two years", date(2026, 3, 4), date(2028, 3, 3))],
        ),
        (
            "Halvik Mining, which was founded in 2010, said it expected to double its sales in "
            "the next two years.",
            [("in the next two years", date(2026, 3, 4), date(2028, 3, 3))],
        ),
        # already read, kept
        (
            "She said the plant would be built in the next two years.",
            [("in the next two years", date(2026, 3, 4), date(2028, 3, 3))],
        ),
        (
            "Brenna Sollis said the line would open within the next 18 months.",
            [("within the next 18 months", date(2026, 3, 4), date(2027, 9, 4))],
        ),
        # look-alikes: the saying is dated years back, or the promise failed
        ("In 2019 he had promised to finish it in the next two years, but failed.", []),
        ("Last year, Adde said the plant would be built in the next two years.", []),
        ("In 2017, Adde said the plant would be built in the next two years.", []),
        (
            "Kraus, who joined in 2024, had said last month that he expected to be judged at "
            "the end of the season.",
            [],
        ),
    ],
)
def test_a_length_in_a_saying_reported_now(text: str, expected: Windows) -> None:
    assert deadline_windows(text) == expected


# 6. Times checked for this round: most were read already; "the end of a quarter" and "the
# week after next" were not.
@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        ("by the end of the first quarter", date(2026, 3, 4), date(2026, 3, 31)),
        ("at the end of the second quarter", date(2026, 6, 1), date(2026, 6, 30)),
        ("before the end of the third quarter of 2027", date(2026, 3, 4), date(2027, 9, 30)),
        ("the week after next", date(2026, 3, 16), date(2026, 3, 22)),
        ("by the week after next", date(2026, 3, 4), date(2026, 3, 22)),
        # already read, kept
        ("by the end of the decade", date(2026, 3, 4), date(2029, 12, 31)),
        ("in the second half of next year", date(2027, 7, 1), date(2027, 12, 31)),
        ("early next month", date(2026, 4, 1), date(2026, 4, 10)),
        ("later this month", date(2026, 3, 4), date(2026, 3, 31)),
        ("by year-end", date(2026, 3, 4), date(2026, 12, 31)),
    ],
)
def test_times_checked_this_round(phrase: str, first: date, last: date) -> None:
    assert deadline_windows(f"The Drell ministry will publish the plan {phrase}.") == [
        (phrase, first, last)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry published the plan the week after next.",
        "Profits fell at the end of the second quarter.",
        "Sales rose by the end of the first quarter of 2025.",
    ],
)
def test_times_checked_this_round_told_as_past(text: str) -> None:
    assert deadline_windows(text) == []
