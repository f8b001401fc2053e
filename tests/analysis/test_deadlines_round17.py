"""Deadlines round 17: shapes pool 11 got wrong, as invented sentences with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

FRIDAY = mid_morning(date(2026, 3, 6))
JANUARY = mid_morning(date(2026, 1, 12))  # a Monday


# a. A capitalised month that is a person's name is no month.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Vera May welcomed the ruling. A court will rule on whether May can "
         "use the old powers to end the talks.", []),
        ("Mrs May will travel to Brussels, and May said the talks will resume.", []),
        ("May's government will publish the plan.", []),
        ("Lena May will chair the inquiry, which will report in May.",
         [("in May", date(2026, 5, 1), date(2026, 5, 31))]),
        # look-alikes: the month itself
        ("The vote will be held in May.", [("in May", date(2026, 5, 1), date(2026, 5, 31))]),
        ("The plan will be published May 5.", [("May 5", date(2026, 5, 5), date(2026, 5, 5))]),
        ("Elections will take place by May.", [("by May", date(2026, 3, 4), date(2026, 5, 31))]),
        ("May will see the launch of the new line.",
         [("May", date(2026, 5, 1), date(2026, 5, 31))]),
    ],
)
def test_month_that_is_a_person(text: str, expected: Windows) -> None:
    assert deadline_windows(text) == expected


# b. A sentence length is no time ahead.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In other cases, a conviction will result in three to 10 years in jail.", []),
        ("A conviction for arson will bring in five years behind bars.", []),
        ("Dorn will be jailed for five years if convicted.", []),
        ("Dorn faces up to ten years in prison.", []),
        # look-alikes: a time ahead
        ("The plant will close in three to 10 years.",
         [("in three to 10 years", date(2029, 3, 4), date(2036, 3, 3))]),
        ("Dorn will be released from prison in three years.",
         [("in three years", date(2029, 3, 4), date(2029, 3, 4))]),
    ],
)
def test_prison_term(text: str, expected: Windows) -> None:
    assert deadline_windows(text) == expected


# c. A deadline a past act did not meet has passed.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said Dorn and her aides did not comply with orders to hand over the files "
         "by the deadline on Tuesday.", []),
        ("Dorn did not comply with orders to hand over the files by Tuesday.", []),
        # look-alikes: a deadline still ahead, or a thought about one
        ("Analysts did not expect the deal to close before June.",
         [("before June", date(2026, 3, 6), date(2026, 5, 31))]),
        ("In May the ministers said if Dorn did not let aid in by 13 November, it would face "
         "sanctions.", [("by 13 November", date(2026, 3, 6), date(2026, 11, 13))]),
        ("Dorn must hand over the files by the deadline on Tuesday.",
         [("on Tuesday", date(2026, 3, 10), date(2026, 3, 10))]),
        ("Dorn did not comply, and now must hand over the files by Tuesday.",
         [("by Tuesday", date(2026, 3, 6), date(2026, 3, 10))]),
        ("The court ordered Dorn, who did not comply with earlier orders, to hand over the "
         "files by Tuesday.", [("by Tuesday", date(2026, 3, 6), date(2026, 3, 10))]),
    ],
)
def test_deadline_a_past_act_missed(text: str, expected: Windows) -> None:
    assert deadline_windows(text, FRIDAY) == expected


# d. "was extended in October" tells when the extension was made.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mission came in July, but its mandate was extended indefinitely in October.", []),
        ("The truce was renewed in October.", []),
        # look-alikes: the new time, or an extension still to come
        ("The mandate was extended until October.",
         [("until October", date(2026, 1, 12), date(2026, 10, 31))]),
        ("The mandate will be extended in October.",
         [("in October", date(2026, 10, 1), date(2026, 10, 31))]),
    ],
)
def test_month_of_a_past_extension(text: str, expected: Windows) -> None:
    assert deadline_windows(text, JANUARY) == expected


OCTOBER = mid_morning(date(2026, 10, 28))


# e. The middle of a parliament that has begun is at most two and a half years on.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will meet our goal to recover 500m a year by the middle of this parliament.",
         [("by the middle of this parliament", date(2026, 10, 28), date(2029, 4, 28))]),
        # look-alike: its end is at most five years on
        ("The plan will be finished by the end of this parliament.",
         [("by the end of this parliament", date(2026, 10, 28), date(2031, 10, 28))]),
    ],
)
def test_middle_of_a_parliament(text: str, expected: Windows) -> None:
    assert deadline_windows(text, OCTOBER) == expected


# g. "X from today" counts from now, as "X from now" does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Your permit will be extended to an additional five years from today.",
         [("five years from today", date(2031, 3, 4), date(2031, 3, 4))]),
        ("The plant will close five years from now.",
         [("five years from now", date(2031, 3, 4), date(2031, 3, 4))]),
        # look-alikes: counted from today's something, told in the future so that only the
        # possessive keeps them out (told in the past, any reading would drop them)
        ("Five years from today's launch, the rocket will be scrapped.", []),
        ("The plant will close five years from today's launch.", []),
    ],
)
def test_span_from_today(text: str, expected: Windows) -> None:
    assert deadline_windows(text) == expected


# h. A case adjourned, or a suspect remanded, to a day: the next sitting is ahead.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Judge Ames adjourned the case to October 28 after prosecutors asked for more time.",
         [("October 28", date(2026, 10, 28), date(2026, 10, 28))]),
        ("Dorn was remanded in custody until March 23.",
         [("until March 23", date(2026, 3, 4), date(2026, 3, 23))]),
        ("The hearing was adjourned until Friday.",
         [("until Friday", date(2026, 3, 4), date(2026, 3, 6))]),
        # the present perfect cannot take a day gone: a weekday five days off is still ahead
        ("The court in Vell has adjourned the case until Monday.",
         [("until Monday", date(2026, 3, 4), date(2026, 3, 9))]),
        ("The hearing has been adjourned to Monday.",
         [("Monday", date(2026, 3, 9), date(2026, 3, 9))]),
        # look-alikes: the day of the adjournment, a day gone, or one told as last year's
        ("The hearing was adjourned on Monday.", []),
        ("Dorn was remanded until March 3.", []),
        ("The case was adjourned to October 28 last year.", []),
        ("The case, adjourned to March 1, ended in a fine.", []),
        ("The hearing was adjourned until Monday.", []),
        ("At the time, the chamber had adjourned voting until Friday.", []),
    ],
)
def test_adjourned_to_a_day(text: str, expected: Windows) -> None:
    assert deadline_windows(text) == expected


OCTOBER_27 = mid_morning(date(2026, 10, 27))


# j. The written date of a vote a condition waits for is ahead, whatever the verb around it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dorn said the pact had cost thousands of jobs, a practice he vowed to stop if "
         "elected president on Nov. 8.", [("on Nov. 8", date(2026, 11, 8), date(2026, 11, 8))]),
        ("Dorn said the pact had cost jobs ahead of the Nov. 8 election.",
         [("Nov. 8", date(2026, 11, 8), date(2026, 11, 8))]),
        # look-alikes: a vote gone, or a vote narrated (left as the earlier rounds have it)
        ("Dorn won the primary on Oct. 8.", []),
        ("The vote on Nov 3 was a defeat for the Dorn party.", []),
        ("Dorn lost the vote on Sunday.", []),
    ],
)
def test_written_date_of_a_vote(text: str, expected: Windows) -> None:
    assert deadline_windows(text, OCTOBER_27) == expected


def test_written_date_of_a_vote_gone() -> None:
    text = "Dorn vowed to end the pact if elected president on Nov. 8."
    assert deadline_windows(text, mid_morning(date(2026, 12, 1))) == []


# k. A financial year written across two years: April to March, as most that write it so.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry has refined to 346m its target for 2027-28, the auditor says.",
         [("for 2027-28", date(2027, 4, 1), date(2028, 3, 31))]),
        ("They remain well below the ambition to recover 200m a year by 2027-28.",
         [("by 2027-28", date(2026, 10, 28), date(2028, 3, 31))]),
        ("The first four will be built in Tarsk, but by 2027/28 the rest will be built in Dorn.",
         [("by 2027/28", date(2026, 10, 28), date(2028, 3, 31))]),
        # look-alikes: years gone, a season, a span of years
        ("Some 289m was paid in 2025-26; 73m in 2022-23.", []),
        ("The club will sign him for the 2027-28 season.", []),
        ("Spending will rise by 2027-29.", []),
    ],
)
def test_split_financial_year(text: str, expected: Windows) -> None:
    assert deadline_windows(text, OCTOBER) == expected


# l. "through model year 2029" is through 2029, as "through fiscal year 2029" is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When the agency released its proposed rule in 2024, it calculated that the rule "
         "would save 12,700 lives in car crashes through model year 2029.",
         [("through model year 2029", date(2026, 1, 12), date(2029, 12, 31))]),
        # look-alike: a model year gone
        ("The car was sold in model year 2019.", []),
    ],
)
def test_model_year(text: str, expected: Windows) -> None:
    assert deadline_windows(text, JANUARY) == expected


# i. A span quoted inside "within", and "imminently".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A spokesman said the advance would start within \"a few days or hours\".",
         [("within \"a few days or hours\"", date(2026, 3, 4), date(2026, 3, 8))]),
        ("A spokesman said the advance would start within “a few days”.",
         [("within “a few days”", date(2026, 3, 4), date(2026, 3, 8))]),
        ("Militias said they would launch an offensive west of the city imminently, a move "
         "which would block any retreat.", [("imminently", date(2026, 3, 4), date(2026, 3, 11))]),
        # look-alikes: no adverb of time ahead
        ("An attack is imminent.", []),
        ("The rebels attacked imminently after the talks failed.", []),
    ],
)
def test_quoted_span_and_imminently(text: str, expected: Windows) -> None:
    assert deadline_windows(text) == expected


# m. "just months before X is due to ...": the event is a few months away.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The spread led to criticism of the authorities just months before Tarsk is due to "
         "host the Games.", [("just months before", date(2026, 3, 4), date(2026, 9, 4))]),
        ("The crash came just weeks before the plant will open.",
         [("just weeks before", date(2026, 3, 4), date(2026, 4, 15))]),
        # look-alikes: an event gone, or none told
        ("He fell ill just months before he died.", []),
        ("The fire broke out just days before the festival was due to open.", []),
        ("The deal collapsed only weeks before the summit.", []),
        ("The row broke out just weeks before the vote, and officials say turnout will be low.",
         []),
    ],
)
def test_just_months_before_an_event_due(text: str, expected: Windows) -> None:
    assert deadline_windows(text) == expected


# n. "later in the year" in a clause that does not narrate is after now.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The scenario assumes a quick containment of the virus and a bounce-back later in "
         "the year, it said.", [("later in the year", date(2026, 9, 1), date(2026, 12, 31))]),
        ("The fund sees a bounce-back later in the year.",
         [("later in the year", date(2026, 9, 1), date(2026, 12, 31))]),
        ("Later in the week, talks are expected to resume.",
         [("Later in the week", date(2026, 3, 5), date(2026, 3, 8))]),
        # look-alikes: narrated
        ("Sales slumped later in the year.", []),
        ("Later in the year, he moved to Paris.", []),
    ],
)
def test_later_in_the_year_in_a_present(text: str, expected: Windows) -> None:
    assert deadline_windows(text) == expected
