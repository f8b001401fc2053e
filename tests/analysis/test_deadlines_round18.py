"""Deadlines round 18: shapes pool 12 got wrong, as invented sentences with look-alikes."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

FRIDAY = mid_morning(date(2026, 11, 27))


# n, f. "until 6 p.m. (2300 GMT) on Sunday": the clock time sits between the deadline and its
# day, and a "by then" after it is that day, not a wider window named a sentence before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The panel gave Dorn until 6 p.m. (2300 GMT) on Sunday to reply.",
         [("until 6 p.m. (2300 GMT) on Sunday", date(2026, 11, 27), date(2026, 11, 29))]),
        ("The panel will weigh charges by mid-December. It gave Dorn until 6 p.m. on Sunday "
         "to say whether he would attend, and to name by then who would be his counsel.",
         [("by mid-December", date(2026, 11, 27), date(2026, 12, 21)),
          ("until 6 p.m. on Sunday", date(2026, 11, 27), date(2026, 11, 29))]),
        ("The union asked the board to withdraw the notice by midday on Monday or face a strike.",
         [("by midday on Monday", date(2026, 11, 27), date(2026, 11, 30))]),
        # look-alikes: a clock time after no deadline word, and the day alone
        ("The office opened at 9 a.m. on Sunday.", []),
        ("The panel gave Dorn until Sunday to reply.",
         [("until Sunday", date(2026, 11, 27), date(2026, 11, 29))]),
    ],
)
def test_clock_time_before_the_day(text: str, expected: Windows) -> None:
    assert deadline_windows(text, FRIDAY) == expected

OCTOBER = mid_morning(date(2026, 10, 12))


# g. "a year-end deadline", "an end-of-year deadline": the end of this year is the deadline.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tensions have risen ahead of a year-end deadline set by the council.",
         [("year-end", date(2026, 12, 1), date(2026, 12, 31))]),
        ("The envoy said talks were not needed, ahead of a year-end deadline set by Norland.",
         [("year-end", date(2026, 12, 1), date(2026, 12, 31))]),
        ("Norland has set an end-of-year deadline for the talks.",
         [("end-of-year", date(2026, 12, 1), date(2026, 12, 31))]),
        # look-alikes: a year's end that is no deadline, or one gone
        ("The firm posted its end-of-year results.", []),
        ("The firm missed its year-end deadline last year.", []),
        ("The year-end deadline passed without a deal.", []),
        ("The deal is expected by year-end.",
         [("by year-end", date(2026, 10, 12), date(2026, 12, 31))]),
    ],
)
def test_year_end_deadline(text: str, expected: Windows) -> None:
    assert deadline_windows(text, OCTOBER) == expected


# i. "said ... had accepted an invitation to return in two weeks": a pluperfect right under
# "said" is the reported act moved back, so the span runs from now; one dated apart does not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said Norland had accepted an invitation to return for more talks with "
         "Ostria in two weeks.", [("in two weeks", date(2026, 10, 26), date(2026, 10, 26))]),
        ("The ministry said the remarks did not reflect \u201cthe spirit\u201d of the talks, and "
         "Norland had accepted an invitation to return for more talks in two weeks.",
         [("in two weeks", date(2026, 10, 26), date(2026, 10, 26))]),
        ("Officials said the council had ordered the port to reopen within 48 hours.",
         [("within 48 hours", date(2026, 10, 12), date(2026, 10, 14))]),
        # look-alikes: the act told on its own, or dated apart from the telling
        ("Norland had accepted an invitation to return for more talks in two weeks.", []),
        ("Officials said the ultimatum he had issued in May for the port to reopen within 48 "
         "hours expired.", []),
        ("Officials said the ultimatum he had issued on Saturday for the port to reopen within "
         "48 hours expired.", []),
    ],
)
def test_reported_pluperfect_runs_from_now(text: str, expected: Windows) -> None:
    assert deadline_windows(text, OCTOBER) == expected


MARCH = mid_morning(date(2026, 3, 23))


# d. "for eight years of his records" sizes a thing; "the theme I've been on for a couple of
# months" is a state lasted so far: neither is a time ahead.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm must comply with the demands for eight years of his records, a court ruled.",
         []),
        ("\u201cI'm going to keep on the theme I've been on for a couple of months,\u201d said "
         "Senator Vera Lind.", []),
        ("The bill had been stalled for a couple of months.", []),
        # look-alikes: a span still to run
        ("The firm will keep the records for eight years.",
         [("for eight years", date(2026, 3, 23), date(2034, 3, 23))]),
        ("The firm has agreed to keep the records for eight years.",
         [("for eight years", date(2026, 3, 23), date(2034, 3, 23))]),
        ("It would end a decree that has extended the curfew for 60 days.",
         [("for 60 days", date(2026, 3, 23), date(2026, 5, 22))]),
        ("He has been asked to stay on for two more years.",
         [("for two more years", date(2026, 3, 23), date(2028, 3, 22))]),
    ],
)
def test_span_held_or_lasted(text: str, expected: Windows) -> None:
    assert deadline_windows(text, MARCH) == expected


JANUARY = mid_morning(date(2027, 1, 18))


# b, c. A time in the sentence's opening phrase dates the act of its main clause; when that
# act is told in the past ("promised", "described", "was asked"), the time is gone.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("In December, Mr. Verlo promised to withdraw all the troops there.", OCTOBER, []),
        ("In a December court filing, prosecutors described how Dorn had lied.", JANUARY, []),
        ("In a March court filing, lawyers working for Ms. Lind described how Dorn had lied.",
         JANUARY, []),
        ("During his confirmation hearing this week to become treasurer, Dorn was asked if he "
         "would resign.", JANUARY, []),
        ("In an essay in a magazine in December, he wrote that the science was settled.",
         OCTOBER, []),
        # look-alikes: the main clause looks ahead, or the time is not in the opening phrase
        ("In December, the troops will leave.", OCTOBER,
         [("In December", date(2026, 12, 1), date(2026, 12, 31))]),
        ("On Friday, as the paper went to press, Dorn was due to face the panel.", OCTOBER,
         [("On Friday", date(2026, 10, 16), date(2026, 10, 16))]),
        ("During the hearing this week, senators will question Dorn.", JANUARY,
         [("this week", date(2027, 1, 18), date(2027, 1, 24))]),
        ("At the summit next month, leaders are expected to sign the deal.", JANUARY,
         [("next month", date(2027, 2, 1), date(2027, 2, 28))]),
        ("On Tuesday, the committee voted to hold the hearing next week.", OCTOBER,
         [("next week", date(2026, 10, 19), date(2026, 10, 25))]),
        ("In the short term, senators have vowed to block the nominee, meaning that the court "
         "will remain short-handed for some time.", OCTOBER,
         [("In the short term", date(2026, 10, 12), date(2027, 1, 12))]),
    ],
)
def test_opening_time_of_a_past_act(text: str, published: datetime, expected: Windows) -> None:
    assert deadline_windows(text, published) == expected


SATURDAY = mid_morning(date(2027, 1, 16))


# o. "Noting that Tuesday is the deadline": "that" is the conjunction, not "that Tuesday" of
# a day already named.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Noting that Tuesday is the deadline for the agency to reopen, Vera Lind said the "
         "senators had a hard choice to make.",
         [("Tuesday", date(2027, 1, 19), date(2027, 1, 19))]),
        # look-alikes: the demonstrative, and a deadline gone
        ("In that October speech, he promised reform.", []),
        ("He recalled that Tuesday was the deadline.", []),
    ],
)
def test_that_day_is_the_deadline(text: str, expected: Windows) -> None:
    assert deadline_windows(text, SATURDAY) == expected


# h. "said negotiators had reached a deal that would take several weeks to write": the
# pluperfect under "said" is the report's tense, and "would take" the speaker's future now.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verlo said negotiators had reached a deal that would take several weeks to write.",
         [("several weeks", date(2026, 10, 12), date(2026, 11, 30))]),
        ("The deal will take a few more weeks to finish.",
         [("a few more weeks", date(2026, 10, 12), date(2026, 11, 9))]),
        # look-alikes: a length told from a day gone
        ("He had said it would take months to finish.", []),
        ("He realized the race would take three more months.", []),
        ("Officials said the repairs had taken weeks.", []),
    ],
)
def test_length_under_a_report(text: str, expected: Windows) -> None:
    assert deadline_windows(text, OCTOBER) == expected


JUNE = mid_morning(date(2026, 6, 14))


# k. "We've only got 12 weeks really left to nail down the details": the span left before a
# task names its time from now, as "12 weeks to go before" does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u201cWe've only got 12 weeks really left to nail down the details,\u201d he said.",
         [("12 weeks", date(2026, 6, 14), date(2026, 9, 6))]),
        ("With 12 weeks left to reach a deal, the sides must hurry.",
         [("12 weeks", date(2026, 6, 14), date(2026, 9, 6))]),
        ("The fight stood still with five days left until the primaries.",
         [("five days", date(2026, 6, 14), date(2026, 6, 19))]),
        # look-alikes: the verb "left", and a span left on a day gone
        ("He left two weeks later.", []),
        ("They had only two weeks left to file their claims.", []),
        ("There were 10 days to go before the vote.", []),
    ],
)
def test_time_left(text: str, expected: Windows) -> None:
    assert deadline_windows(text, JUNE) == expected


# l. "throughout the summer" of plans is this coming summer, as "during the summer" is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lind insisted to Vero that the talks should continue throughout the summer, despite "
         "the offer of a two-week break.",
         [("throughout the summer", date(2026, 6, 14), date(2026, 8, 31))]),
        ("The talks should continue during the summer.",
         [("during the summer", date(2026, 6, 14), date(2026, 8, 31))]),
        # look-alike: a summer told in the past
        ("The talks went on throughout the summer.", []),
    ],
)
def test_throughout_the_season(text: str, expected: Windows) -> None:
    assert deadline_windows(text, JUNE) == expected


AUGUST = mid_morning(date(2026, 8, 21))


# c. "the second congressman to be indicted this month": a count of acts in the current
# period counts acts done, not one ahead.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Dorn, 41, becomes the second congressman to be indicted this month.", []),
        ("Dorn is the first senator to be charged this year.", []),
        # look-alikes: an act still to come
        ("Dorn will be the first senator to be sworn in this month.",
         [("this month", date(2026, 8, 21), date(2026, 8, 31))]),
        ("Dorn is expected to be indicted this month.",
         [("this month", date(2026, 8, 21), date(2026, 8, 31))]),
    ],
)
def test_nth_act_of_this_period(text: str, expected: Windows) -> None:
    assert deadline_windows(text, AUGUST) == expected


EARLY_JANUARY = mid_morning(date(2027, 1, 4))


# m. "doesn't last more than a few more days": a length still to run, "more" and all.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He hopes the partial shutdown doesn't last more than a few more days.",
         [("a few more days", date(2027, 1, 4), date(2027, 1, 8))]),
        ("The shutdown will last a few more weeks.",
         [("a few more weeks", date(2027, 1, 4), date(2027, 2, 1))]),
        # look-alikes: a length told in the past
        ("The truce did not last more than a few days.", []),
        ("The shutdown lasted a few more days.", []),
    ],
)
def test_lasts_a_few_more(text: str, expected: Windows) -> None:
    assert deadline_windows(text, EARLY_JANUARY) == expected


# j. "in the run-up to the 2020 election": the time before a vote of a named year; its day is
# not named, so the window runs to that year's end.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency should, in the run up to the 2027 election, warn the public of the danger.",
         [("in the run up to the 2027 election", date(2026, 10, 12), date(2027, 12, 31))]),
        ("Officials will campaign hard in the run-up to the 2027 presidential election.",
         [("in the run-up to the 2027 presidential election", date(2026, 10, 12),
           date(2027, 12, 31))]),
        # look-alikes: a run-up gone
        ("In the run-up to the 2024 election, the agency warned voters.", []),
        ("In the run-up to the 2027 election, officials warned the public.", []),
    ],
)
def test_run_up_to_a_vote(text: str, expected: Windows) -> None:
    assert deadline_windows(text, OCTOBER) == expected
