"""Deadlines from an audit on news pages of two public fixture collections (issue 10), each
kind restated in a sentence written for this test, next to the look-alikes that must stay
out (window None) or stay in.

Most sentences are published on Thursday 3 December 2026: Thanksgiving (26 November) has
just gone, Christmas is ahead. The month cases are published in mid-March.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none

EARLY_DECEMBER = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
MID_MARCH = datetime(2026, 3, 17, 12, 0, tzinfo=UTC)

# (sentence, (phrase as written, first day, last day) or None)
DECEMBER: list[tuple[str, tuple[str, str, str] | None]] = [
    # a holiday greeting is no day to meet; a holiday something is set for is
    ("The mayor wished everyone a Merry Christmas.", None),
    ("Happy Thanksgiving to all our readers!", None),
    ("The shop will close for Christmas.", ("for Christmas", "2026-12-25", "2026-12-25")),
    # a holiday as a modifier after "a"
    ("A striped scarf is more of a Halloween look than a winter one.", None),
    # a holiday a week gone is not next year's, unless a future puts it there
    ("The café reopened the day after Thanksgiving.", None),
    ("Shoppers stock up on turkey for Thanksgiving.", None),
    ("Organisers say the parade will return at Thanksgiving.",
     ("at Thanksgiving", "2027-11-25", "2027-11-25")),
    # a quoted title-case label
    ("Move anything urgent into the “This Week” folder.", None),
    ("Staff will move the archive this week.", ("this week", "2026-12-03", "2026-12-06")),
    # the current year without a verb that looks ahead counts what happened so far
    ("As of this writing, the club's site lists no events in 2026.", None),
    ("The club will hold no events in 2026.", ("in 2026", "2026-12-03", "2026-12-31")),
    # "this year" in a present clause describes the year; a plan word or an infinitive
    # still looks ahead
    ("This year, the catch is capped at 20 tonnes.", None),
    ("Turnout is higher this year than last.", None),
    ("The catch is expected to rise this year.", ("this year", "2026-12-03", "2026-12-31")),
    ("Volunteers are eager to re-elect the treasurer this year.",
     ("this year", "2026-12-03", "2026-12-31")),
    # a later year is ahead whatever verb reports it
    ("The bank raised rates on Wednesday and signalled a faster pace of increases in 2027.",
     ("in 2027", "2027-01-01", "2027-12-31")),
    ("The agency expects continued rate rises in 2027, citing wages.",
     ("in 2027", "2027-01-01", "2027-12-31")),
    ("The firm anticipates subscribers to have grown to 40 million in 2028.",
     ("in 2028", "2028-01-01", "2028-12-31")),
    ("The bank raised rates in 2025.", None),
    # a decade as a span; "in a decade" after a superlative or a negated perfect looks back
    ("Within a decade, the payments will be due every year.",
     ("Within a decade", "2026-12-03", "2036-12-03")),
    ("In a decade, interest will eat up a fifth of spending.",
     ("In a decade", "2036-12-03", "2036-12-03")),
    ("It is the highest level in a decade.", None),
    ("Prices have not been this low in a decade.", None),
    # "a few more years", with a reporting frame between the time and its clause
    ("In a few more years, she said, “You won’t recognise the harbour.”",
     ("In a few more years", "2028-12-03", "2030-12-03")),
    ("In a few years, she said, the harbour had changed.", None),
    # "until at least" a year, "in both" of two years; "won't … until at least 2029" is
    # 2029 or later, as "won't … until 2029" is (round 63)
    ("The new bridge won’t open until at least 2029.",
     ("until at least 2029", "2029-01-01", "2029-12-31")),
    # "in both 2028 and 2029": both years since round 14 (test_deadlines_round14.py)
]

MARCH: list[tuple[str, tuple[str, str, str] | None]] = [
    # a bare month naming an occasion that opens a past sentence; one still ahead
    ("In the October discussion, Rob said the project was healthy.", None),
    ("At the September meeting, the chair warned of cuts.", None),
    ("In the October session, lawmakers will vote on the budget.",
     ("October", "2026-10-01", "2026-10-31")),
    ("Delegates will settle the budget at the October conference.",
     ("October", "2026-10-01", "2026-10-31")),
    # "is hoping to" sets a month rolled into next year; "was hoping to" does not
    ("The airline is hoping to resume flights in February.",
     ("in February", "2027-02-01", "2027-02-28")),
    ("The airline was hoping to resume flights in February.", None),
]


@pytest.mark.parametrize(("text", "window"), DECEMBER)
def test_pages_in_early_december(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, EARLY_DECEMBER).deadlines, window)


@pytest.mark.parametrize(("text", "window"), MARCH)
def test_pages_in_mid_march(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, MID_MARCH).deadlines, window)
