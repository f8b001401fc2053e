"""Deadlines from a third round on the news-page audits (issue 10): the kinds left after the
second round, each restated in a sentence written for this test, next to the look-alikes
that must stay out (window None) or stay in.

Most sentences are published on Tuesday 29 December 2026, between the years; the others
in mid-January, late November, mid-August and on a Monday in mid-December.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none

YEAR_END = datetime(2026, 12, 29, 12, 0, tzinfo=UTC)
MID_JANUARY = datetime(2027, 1, 14, 12, 0, tzinfo=UTC)
LATE_NOVEMBER = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
MID_AUGUST = datetime(2026, 8, 18, 12, 0, tzinfo=UTC)
MONDAY_14_DECEMBER = datetime(2026, 12, 14, 9, 0, tzinfo=UTC)
THURSDAY_10_DECEMBER = datetime(2026, 12, 10, 12, 0, tzinfo=UTC)

Case = tuple[str, tuple[str, str, str] | None]

AT_YEAR_END: list[Case] = [
    # the day something is set for, though "set" is a past form
    ("Judge Ames set the trial for Feb. 25.", ("Feb. 25", "2027-02-25", "2027-02-25")),
    ("The clerk filed the papers on Feb. 25.", None),
    # a year as a target: "for", "across", "through to"
    ("Falling prices are poised to reverberate across 2027.",
     ("across 2027", "2027-01-01", "2027-12-31")),
    ("My biggest worry for 2027 is a default by a large bank.",
     ("for 2027", "2027-01-01", "2027-12-31")),
    ("The firm earned $10 million for 2025.", None),
    ("Some fans will celebrate through to 2028 and beyond.",
     ("through to 2028", "2028-01-01", "2028-12-31")),
    # "in the next year" runs from now; "the following year" narrates
    ("Prices will fall in the next year.", ("in the next year", "2026-12-29", "2027-12-29")),
    ("In the following year he married a painter.", None),
    ("He ran two studios over the following ten years.", None),
    ("The firm will grow over the following ten years.",
     ("over the following ten years", "2026-12-29", "2036-12-29")),
    # a data note is no time ahead
    ("The figures in this table are current through Nov. 3.", None),
    ("Data for these charts are current through Tuesday, Jan. 5.", None),
    # a show's name, a holiday as a kind
    ("Viewers know her from Saturday Night Live.", None),
    ("She will appear on Saturday night.", ("on Saturday night", "2027-01-02", "2027-01-02")),
    ("Children adore these Halloween monsters.", None),
    ("The shop will close over Halloween.", ("over Halloween", "2027-10-31", "2027-10-31")),
    # "there were to be" reports an estimate of the year, "is to" a plan still ahead
    ("According to the agency, this year there were to be nearly 7 billion phones in use.", None),
    ("The plant is to open this year.", ("this year", "2026-12-29", "2026-12-31")),
    # a tally over a span gone; a future count is still ahead
    ("Annie had been to seven weddings in two years.", None),
    ("The firm will build 500 homes in two years.", ("in two years", "2028-12-29", "2028-12-29")),
    # "as if to" is no plan for the day before it
    ("On Sunday, as if to prove the point, a spokesman had this to say about the film.", None),
    ("He plans on Sunday to prove the point.", ("on Sunday", "2027-01-03", "2027-01-03")),
    # the new year approaching, the year's end as a limit
    ("We are approaching a new year, thank goodness.", ("a new year", "2027-01-01", "2027-01-31")),
    ("Each spring marks a new year for the club.", None),
    ("The carrier may not keep its name by the time 2027 is over.",
     ("by the time 2027", "2026-12-29", "2027-12-31")),
    ("By the time 2025 ended, the fleet was electric.", None),
    # Inauguration Day, the 20 January after a US presidential election
    ("As Inauguration Day approaches, the team is struggling to book singers.",
     ("Inauguration Day", "2029-01-20", "2029-01-20")),
    # a markets brief: "await", "seen extending" look ahead to the day
    ("Markets await the central bank decision Thursday.",
     ("Thursday", "2026-12-31", "2026-12-31")),
    ("Bank seen extending bond buying in decision Thursday.",
     ("Thursday", "2026-12-31", "2026-12-31")),
    ("The suspect was seen leaving the bank Thursday.", None),
]

IN_MID_JANUARY: list[Case] = [
    # a date of last month, late in this year, is the one gone
    ("He says the club failed to protect him on Dec. 28 when he was attacked.", None),
    ("The club will reopen on Dec. 28.", ("on Dec. 28", "2027-12-28", "2027-12-28")),
]

IN_MID_AUGUST: list[Case] = [
    # "didn't rule out" leaves the time open
    ("The chief executive didn't rule out offering the service sometime in 2026.",
     ("sometime in 2026", "2026-08-18", "2026-12-31")),
    ("The chief executive talked about the service in 2026.", None),
]

ON_A_MONDAY: list[Case] = [
    # a plan narrated as lapsed
    ("The band were set to appear Monday but pulled out.", None),
    ("She had been scheduled to speak in Leeds on Monday, followed by a talk in York on "
     "Tuesday.", None),
    ("The band is set to appear on Tuesday.", ("on Tuesday", "2026-12-15", "2026-12-15")),
]

ON_A_THURSDAY: list[Case] = [
    ("Grand-opening festivities continue throughout the weekend.",
     ("throughout the weekend", "2026-12-12", "2026-12-13")),
]


DATED = [
    *((YEAR_END, *case) for case in AT_YEAR_END),
    *((MID_JANUARY, *case) for case in IN_MID_JANUARY),
    *((MID_AUGUST, *case) for case in IN_MID_AUGUST),
    *((MONDAY_14_DECEMBER, *case) for case in ON_A_MONDAY),
    *((THURSDAY_10_DECEMBER, *case) for case in ON_A_THURSDAY),
]


@pytest.mark.parametrize(("published", "text", "window"), DATED)
def test_round3_sentences(
    published: datetime, text: str, window: tuple[str, str, str] | None
) -> None:
    assert_window_or_none(analyse(text, published).deadlines, window)


def test_a_later_release_followed_by_takes_the_timetable_before_it() -> None:
    text = "The film opens in select theaters on Dec. 31, followed by a wider release in January."
    phrases = [d.phrase for d in analyse(text, LATE_NOVEMBER).deadlines]
    assert phrases == ["on Dec. 31", "in January"]


def test_a_past_event_followed_by_another_is_no_deadline() -> None:
    text = "The tour was a hit, followed by a live album in January."
    assert analyse(text, LATE_NOVEMBER).deadlines == []
