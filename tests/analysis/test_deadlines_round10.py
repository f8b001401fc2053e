"""Deadlines round 10: shapes left from round 9 and seen in pool 7, as invented sentences."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers.briefs import WEDNESDAY_MORNING, deadline_windows

PUBLISHED = WEDNESDAY_MORNING




# 2a. "before" and "by" in front of a part of a year or month keep the preposition.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new ferry terminal should open before mid-2027.",
         [("before mid-2027", date(2026, 3, 4), date(2027, 5, 1))]),
        ("The new ferry terminal should open before early 2027.",
         [("before early 2027", date(2026, 3, 4), date(2026, 12, 31))]),
        ("The ferry terminal will open by mid-2027.",
         [("by mid-2027", date(2026, 3, 4), date(2027, 9, 1))]),
        # "before late June" ends before late June starts; "by late June" runs to its end
        ("The council should settle the rents before late June.",
         [("before late June", date(2026, 3, 4), date(2026, 6, 20))]),
        ("The council should settle the rents by late June.",
         [("by late June", date(2026, 3, 4), date(2026, 6, 30))]),
        # look-alikes without a preposition of a deadline stay the part itself
        ("The ferry terminal will open in mid-2027.",
         [("mid-2027", date(2027, 5, 2), date(2027, 9, 1))]),
        ("The council will settle the rents in late June.",
         [("late June", date(2026, 6, 21), date(2026, 6, 30))]),
    ],
)
def test_before_a_part_of_a_period(text: str, expected: list[tuple[str, date, date]]) -> None:
    assert deadline_windows(text) == expected


# 2b. "through 2027" runs from now to the year's end; "throughout 2027" is the year itself.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bread prices will stay high through 2027.",
         [("through 2027", date(2026, 3, 4), date(2027, 12, 31))]),
        ("The lease on the depot runs through 2028.",
         [("through 2028", date(2026, 3, 4), date(2028, 12, 31))]),
        ("Bread prices will stay high throughout 2027.",
         [("throughout 2027", date(2027, 1, 1), date(2027, 12, 31))]),
        ("Bread prices will stay high through June.",
         [("through June", date(2026, 6, 1), date(2026, 6, 30))]),
    ],
)
def test_through_a_year(text: str, expected: list[tuple[str, date, date]]) -> None:
    assert deadline_windows(text) == expected


# 2c. "FY2027", "FY27": the short fiscal year, the federal one in copy about Washington.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pentagon will spend $40 billion on the new tankers in FY2027.",
         [("in FY2027", date(2026, 10, 1), date(2027, 9, 30))]),
        ("Congress must trim the drone program by FY27.",
         [("by FY27", date(2026, 3, 4), date(2027, 9, 30))]),
        ("The Pentagon will spend $40 billion on the new tankers in FY 2027.",
         [("in FY 2027", date(2026, 10, 1), date(2027, 9, 30))]),
        # a company's fiscal year stays the calendar year
        ("The bakery chain expects its margins to recover in FY2027.",
         [("in FY2027", date(2027, 1, 1), date(2027, 12, 31))]),
    ],
)
def test_short_fiscal_year(text: str, expected: list[tuple[str, date, date]]) -> None:
    assert deadline_windows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The bakery chain's FY27 results were strong.",
        "The bakery chain reported record sales in FY2025.",
    ],
)
def test_short_fiscal_year_without_deadline(text: str) -> None:
    assert deadline_windows(text) == []


# 1a. A bare date in brackets names when a noun took effect; a past clause makes it gone.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"After the third round of tariffs (April 12), we halted all new orders," '
         "the importer said.", []),
        ("After the third round of tariffs (April 12), the importer halted all new orders.", []),
        # look-alikes: a future clause, a plan reported, a deadline in brackets
        ('"Once the new rules take effect (April 12), we will stop hiring," the importer said.',
         [("April 12", date(2026, 4, 12), date(2026, 4, 12))]),
        ("The council will vote on the zoning plan (April 12), officials said.",
         [("April 12", date(2026, 4, 12), date(2026, 4, 12))]),
        ("The council voted to hold a second reading (April 12) after a long debate.",
         [("April 12", date(2026, 4, 12), date(2026, 4, 12))]),
        ("Members must register (by April 12), the union said.",
         [("by April 12", date(2026, 3, 4), date(2026, 4, 12))]),
    ],
)
def test_bracketed_date(text: str, expected: list[tuple[str, date, date]]) -> None:
    assert deadline_windows(text) == expected


# 1b. A date after a deed of violence is when the deed was done.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels are handing a reward to those behind the brutal raid, the bombing of "
         "the dam on October 7, while threatening more.", []),
        ("The envoys are offering a huge prize for the savage attack on Ravenna on October 7 "
         "while inviting more raids.", []),
        ("The opposition is praising the bombing on October 7.", []),
        # look-alikes: a deed planned or launched ahead, an event that is no deed
        ("Officials fear a new attack on the capital on October 7.",
         [("on October 7", date(2026, 10, 7), date(2026, 10, 7))]),
        ("The army will launch the invasion on October 7.",
         [("on October 7", date(2026, 10, 7), date(2026, 10, 7))]),
        ("The town will hold a memorial for the flood victims on October 7.",
         [("on October 7", date(2026, 10, 7), date(2026, 10, 7))]),
    ],
)
def test_date_of_a_deed(text: str, expected: list[tuple[str, date, date]]) -> None:
    assert deadline_windows(text) == expected


# 1c. "over two days" beside the days it names is the length of the event.
TUESDAY = datetime(2026, 7, 21, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A wire agency said the trade talks would take place over two days, Thursday and "
         "Friday.",
         [("Thursday", date(2026, 7, 23), date(2026, 7, 23)),
          ("Friday", date(2026, 7, 24), date(2026, 7, 24))]),
        ("The delegates will meet over two days starting on Thursday.",
         [("on Thursday", date(2026, 7, 23), date(2026, 7, 23))]),
        # look-alikes: no other time in the sentence, "the next two days"
        ("The ministry will spend $3 billion on bridges over two years.",
         [("over two years", date(2026, 7, 21), date(2028, 7, 20))]),
        ("The trade talks will resume over the next two days.",
         [("over the next two days", date(2026, 7, 21), date(2026, 7, 23))]),
    ],
)
def test_over_a_span_beside_named_days(
    text: str, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, TUESDAY) == expected


# 1d. A date only days before publication in a future clause: the copy was written before
# the day, which is gone when it is read; never next year's.
SUNDAY = datetime(2026, 8, 30, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shipyard will present its final offer August 27, and the union has set a vote "
         "two days later.", []),
        ("The shipyard will present its final offer on August 20.", []),
        ("The shipyard will present its final offer by August 27.", []),
        # look-alikes: further back, ahead, or with its year
        ("The shipyard will present its final offer on August 10.",
         [("on August 10", date(2027, 8, 10), date(2027, 8, 10))]),
        ("The shipyard will present its final offer on September 2.",
         [("on September 2", date(2026, 9, 2), date(2026, 9, 2))]),
        ("The shipyard will present its final offer on August 27, 2027.",
         [("on August 27, 2027", date(2027, 8, 27), date(2027, 8, 27))]),
    ],
)
def test_date_just_before_publication(
    text: str, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, SUNDAY) == expected


# 1e. "only weeks away": any time within the next weeks.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The analyst warned that the republic could be only weeks away from a full-scale "
         "collapse.",
         [("only weeks away", date(2026, 3, 4), date(2026, 4, 15))]),
        ("The junta is maybe weeks, not many months, away from a split, the envoy said.",
         [("maybe weeks, not many months, away", date(2026, 3, 4), date(2026, 4, 15))]),
        ("The merger is just days away from approval.",
         [("just days away", date(2026, 3, 4), date(2026, 3, 11))]),
        ("The referendum is months away.",
         [("months away", date(2026, 3, 4), date(2026, 9, 4))]),
        # look-alikes: far off, told in the past, a distance, a counted span
        ("A working reactor is still years away.", []),
        ("In January the merger was only days away, aides said, but it fell apart.", []),
        ("The island is weeks away by boat.", []),
        ("The referendum is two weeks away.",
         [("two weeks away", date(2026, 3, 18), date(2026, 3, 18))]),
    ],
)
def test_weeks_away(text: str, expected: list[tuple[str, date, date]]) -> None:
    assert deadline_windows(text) == expected


# 1f. "this year's election" under a plain future: the vote is still to come this year.
SATURDAY = datetime(2024, 2, 10, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ohio will probably keep her on its ballot, and so will the other states in this "
         "year's election.",
         [("this year", date(2024, 2, 10), date(2024, 12, 31))]),
        ("The premier will attend this year's summit.",
         [("this year", date(2024, 2, 10), date(2024, 12, 31))]),
        # look-alikes: an edition told in the past, a thing that is no gathering
        ("She lost this year's primary in January.", []),
        ("This year's budget was approved in January.", []),
        ("The mayor will praise this year's harvest.", []),
    ],
)
def test_this_years_gathering(text: str, expected: list[tuple[str, date, date]]) -> None:
    assert deadline_windows(text, SATURDAY) == expected
