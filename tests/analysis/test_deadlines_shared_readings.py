"""Readings two modules once wrote each in their own way, now shared: 'before' a bare day or a
week of a month (the range rules of `timewords.part_of_range`)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

_DUE = "The Dorn council must sign the lease before the 14th."


# "before the 14th" said before, on and after the 14th: up to the 13th while the day is ahead;
# said on the day itself, before it is over (never a window that ended yesterday); said after,
# next month's 14th.
@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (date(2026, 4, 10), [("before the 14th", date(2026, 4, 10), date(2026, 4, 13))]),
        (date(2026, 4, 14), [("before the 14th", date(2026, 4, 14), date(2026, 4, 14))]),
        (date(2026, 4, 15), [("before the 14th", date(2026, 4, 15), date(2026, 5, 13))]),
    ],
)
def test_before_a_bare_day_on_every_side_of_it(published: date, expected: Windows) -> None:
    assert deadline_windows(_DUE, mid_morning(published)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "by" and "on" are unchanged by the shared rule
        ("The Dorn council must sign the lease by the 14th.", date(2026, 4, 14),
         [("by the 14th", date(2026, 4, 14), date(2026, 4, 14))]),
        ("Talks in Velmora will resume on the 14th.", date(2026, 4, 14),
         [("on the 14th", date(2026, 4, 14), date(2026, 4, 14))]),
        # a week of a month already begun: "before" it means before it is over
        ("The Dorn council must sign the lease before the week of April 13.", date(2026, 4, 15),
         [("before the week of April 13", date(2026, 4, 15), date(2026, 4, 19))]),
        ("The Dorn council must sign the lease before the week of April 13.", date(2026, 4, 8),
         [("before the week of April 13", date(2026, 4, 8), date(2026, 4, 12))]),
    ],
)
def test_by_on_and_a_week_begun(text: str, published: date, expected: Windows) -> None:
    assert deadline_windows(text, mid_morning(published)) == expected


_DECEMBER = mid_morning(date(2026, 12, 2))


# A length told in a saying dated to a month long gone has run out: every verb of saying the
# tense reader knows (tense.REPORTING_VERBS) dates the saying, beside vows, beliefs and
# expectations.
@pytest.mark.parametrize(
    "verb",
    ["warned", "confirmed", "noted", "agreed", "argued", "estimated", "vowed", "hoped",
     "believed", "were expected"],
)
def test_a_length_told_in_a_month_gone_has_run_out(verb: str) -> None:
    assert deadline_windows(
        f"In March, Velmora officials {verb} that a deal with Dorn would come within days.",
        _DECEMBER,
    ) == []
    assert deadline_windows(
        f"Velmora officials {verb} in March that a deal with Dorn would come within weeks.",
        _DECEMBER,
    ) == []


@pytest.mark.parametrize(
    "text",
    [
        "Velmora officials confirmed on Tuesday that a deal with Dorn would come within days.",
        "Velmora officials confirmed that a deal with Dorn would come within days.",
    ],
)
def test_a_length_told_with_no_month_gone_still_runs(text: str) -> None:
    assert deadline_windows(text, _DECEMBER) == [
        ("within days", date(2026, 12, 2), date(2026, 12, 9))
    ]


_SUNDAY = mid_morning(date(2026, 3, 8))
_WEEK_AHEAD = [("this week", date(2026, 3, 8), date(2026, 3, 14))]


# Sunday's "this week" after a present progressive: a planned or running event (the verbs of
# deadline_usages' under-way reading) is the week starting; a trend ("prices are rising") or
# a mood reports the week just ending, said now or reported.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dorn talks are heading for a showdown this week.", _WEEK_AHEAD),
        ("The minister is travelling to Kasta this week.", _WEEK_AHEAD),
        ("The Dorn talks are still continuing this week.", _WEEK_AHEAD),
        ("Ivo Rask said the talks were facing a moment of truth this week.", _WEEK_AHEAD),
        ("Ivo Rask said the minister was travelling to Kasta this week.", _WEEK_AHEAD),
        ("Prices in Velmora are rising this week.", []),
        ("Velmora shares are falling this week.", []),
        ("Ivo Rask said prices were rising this week.", []),
    ],
)
def test_sunday_this_week_after_a_progressive(text: str, expected: Windows) -> None:
    assert deadline_windows(text, _SUNDAY) == expected


_MID_APRIL = mid_morning(date(2026, 4, 15))  # a Wednesday


# A second time joined by "or" is a choice for one plan: one deadline over both, for a
# weekday and a day of the month alike; joined by "and" it is a second deadline.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dorn vote will be held on Friday or Saturday.",
         [("on Friday or Saturday", date(2026, 4, 17), date(2026, 4, 18))]),
        ("The Dorn vote will be held on Friday or on Sunday.",
         [("on Friday or on Sunday", date(2026, 4, 17), date(2026, 4, 19))]),
        ("The Dorn vote will be held on May 5th or 7th.",
         [("on May 5th or 7th", date(2026, 5, 5), date(2026, 5, 7))]),
        ("The Dorn vote will be held on May 5 or 7.",
         [("on May 5 or 7", date(2026, 5, 5), date(2026, 5, 7))]),
        # "and": two days, two deadlines
        ("The Dorn votes will be held on May 5 and 7.",
         [("on May 5", date(2026, 5, 5), date(2026, 5, 5)),
          ("7", date(2026, 5, 7), date(2026, 5, 7))]),
        ("The Dorn votes will be held on Friday and Saturday.",
         [("on Friday", date(2026, 4, 17), date(2026, 4, 17)),
          ("Saturday", date(2026, 4, 18), date(2026, 4, 18))]),
        ("Fares in Dorn will rise in 2027 and 2029.",
         [("in 2027", date(2027, 1, 1), date(2027, 12, 31)),
          ("2029", date(2029, 1, 1), date(2029, 12, 31))]),
        # a day said twice in the sentence: each is read at its own place
        ("The Dorn vote will be held on Friday or Saturday, and talks will end on Friday.",
         [("on Friday or Saturday", date(2026, 4, 17), date(2026, 4, 18)),
          ("on Friday", date(2026, 4, 17), date(2026, 4, 17))]),
        ("Talks in Dorn will end on May 5, and the vote will be on May 5 or 7.",
         [("on May 5", date(2026, 5, 5), date(2026, 5, 5)),
          ("on May 5 or 7", date(2026, 5, 5), date(2026, 5, 7))]),
        ("Talks in Dorn ended on Friday, and the vote will be held on Friday or Saturday.",
         [("on Friday or Saturday", date(2026, 4, 17), date(2026, 4, 18))]),
        # look-alikes: a count after "and", one day alone
        ("The Dorn vote will be held on May 5 and 7 people will stand.",
         [("on May 5", date(2026, 5, 5), date(2026, 5, 5))]),
        ("The Dorn vote will be held on Friday.",
         [("on Friday", date(2026, 4, 17), date(2026, 4, 17))]),
    ],
)
def test_a_second_time_after_and_or(text: str, expected: Windows) -> None:
    assert deadline_windows(text, _MID_APRIL) == expected
