"""Deadlines from a second audit on news pages of public fixture collections (issue 10),
each kind restated in a sentence written for this test, next to the look-alikes that must
stay out (window None) or stay in.

Most sentences are published on Thursday 3 December 2026; the others in mid-January and
mid-August, where a date or month just gone must not be read as next year's.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none

EARLY_DECEMBER = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
MID_JANUARY = datetime(2027, 1, 17, 12, 0, tzinfo=UTC)
FRIDAY_8_JANUARY = datetime(2027, 1, 8, 12, 0, tzinfo=UTC)
MID_AUGUST = datetime(2026, 8, 13, 12, 0, tzinfo=UTC)

Case = tuple[str, tuple[str, str, str] | None]

DECEMBER: list[Case] = [
    # "in a day" as a rate; "in a day or two" still looks ahead
    ("Traders close about 300 deals in a day.", None),
    ("The jury will return its verdict in a day or two.",
     ("in a day or two", "2026-12-04", "2026-12-05")),
    # a season as a habit; one with a future or a plan is ahead
    ("Temperatures near the poles can fall sharply during the winter.", None),
    ("The resort will open a new lift in the winter.",
     ("in the winter", "2026-12-03", "2027-02-28")),
    # "tomorrow's leaders" is no day
    ("The academy trains tomorrow's leaders in public health.", None),
    ("The mayor will attend tomorrow's hearing.", ("tomorrow", "2026-12-04", "2026-12-04")),
    # "year-end" as a modifier; "by year-end" is a deadline
    ("Readers can download our Year-End Tax Checklist.", None),
    ("The bank will pay its dividend by year-end.", ("by year-end", "2026-12-03", "2026-12-31")),
    # "later in the day" in a past narration
    ("Some customers reported outages later in the day, the company said.", None),
    ("The minister will speak later in the day.",
     ("later in the day", "2026-12-03", "2026-12-03")),
    # "this year" in a present clause, a modal in another clause of the sentence
    ("It is unclear how long the melt would take, but several studies this year show the "
     "ice thinning fast.", None),
    ("Several studies this year will test the idea.", ("this year", "2026-12-03", "2026-12-31")),
    # a bare "soon" with a future of its own clause; narrated or idiomatic ones stay out
    ("The museum will soon reopen its west wing.", ("soon", "2026-12-03", "2026-12-17")),
    ("The remaining crates are due to arrive here soon.", ("soon", "2026-12-03", "2026-12-17")),
    ("He soon quarrelled with his partners.", None),
    ("We will answer as soon as possible.", None),
    ("Nobody expects a deal anytime soon.", None),
    # called off until a time ahead
    ("The search has been called off until tomorrow.",
     ("until tomorrow", "2026-12-04", "2026-12-04")),
    # the century's end, "a few short years", "a couple years", "by year 2028"
    ("Sea levels could rise by a metre by the end of the century, the report says.",
     ("by the end of the century", "2026-12-03", "2099-12-31")),
    ("Losses may reach four feet by the century's end.",
     ("by the century's end", "2026-12-03", "2099-12-31")),
    ("We will repeat the cycle in a few short years.",
     ("in a few short years", "2028-12-03", "2030-12-03")),
    ("Expect hotter summers, likely in the next couple years.",
     ("in the next couple years", "2026-12-03", "2028-12-03")),
    ("Ad spending will reach $10 billion by year 2028.",
     ("by year 2028", "2026-12-03", "2028-12-31")),
    # a date after an address in commas takes the verb before it; a range of days covers
    # them all (round 14: the congress runs all four days, not the first only)
    ("The congress will be held in Porto, Portugal, May 13-16.",
     ("May 13-16", "2027-05-13", "2027-05-16")),
    # a later year forecast after a past year is still ahead
    ("Spending totalled $70 billion in 2025 and is forecast to reach $84 billion by 2029.",
     ("by 2029", "2026-12-03", "2029-12-31")),
    # a holiday as a surname
    ("Questions go to spokeswoman Abbi Easter, who handles the campaign.", None),
    ("The shop will close over Easter.", ("over Easter", "2027-03-28", "2027-03-28")),
]

JANUARY: list[Case] = [
    # a page citation, a date of last week read with a weak modal
    ("Your report (Page B2, Jan. 15) helps me see why voters might doubt the count.", None),
    ("Readers might question the column of Jan. 12.", None),
    ("The council will vote on Jan. 25.", ("on Jan. 25", "2027-01-25", "2027-01-25")),
]

STAMPS: list[Case] = [
    # a date stamp run into the headline before it
    ("How did the island recover?Monday, 11 January 2027", None),
    ("The hearing is set for Monday, 11 January 2027.",
     ("11 January 2027", "2027-01-11", "2027-01-11")),
]

AUGUST: list[Case] = [
    # the future of a clause the month introduces is not the month's
    ("The senator came under fire for indicating in late June that the age should be raised.",
     None),
    ("The senator will decide in late June whether to run.",
     ("late June", "2027-06-21", "2027-06-30")),
    # a time something is called off until or through runs ahead of a past verb
    ("The airline has cancelled its flights through 5 September.",
     ("through 5 September", "2026-08-13", "2026-09-05")),
    ("The airline is cancelling its flights through mid-September.",
     ("through mid-September", "2026-08-13", "2026-09-20")),
    ("The airline cancelled its flights on 5 August.", None),
    # "in as little as" a span
    ("Engineers think the tunnel could be dug in as little as ten years.",
     ("in as little as ten years", "2036-08-13", "2036-08-13")),
    # a plan narrated in the past
    ("The plan was to file the claim in September, but the lawyers quit.", None),
    ("The plan is to file the claim in September.", ("in September", "2026-09-01", "2026-09-30")),
]


@pytest.mark.parametrize(("text", "window"), DECEMBER)
def test_pages2_in_early_december(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, EARLY_DECEMBER).deadlines, window)


@pytest.mark.parametrize(("text", "window"), JANUARY)
def test_pages2_in_mid_january(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, MID_JANUARY).deadlines, window)


@pytest.mark.parametrize(("text", "window"), STAMPS)
def test_pages2_date_stamps(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, FRIDAY_8_JANUARY).deadlines, window)


@pytest.mark.parametrize(("text", "window"), AUGUST)
def test_pages2_in_mid_august(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, MID_AUGUST).deadlines, window)


def test_a_season_later_in_the_year_is_ahead_without_a_plan_verb() -> None:
    text = "A show opens in Lisbon on 15 October, with another in Porto later in the autumn."
    phrases = [d.phrase for d in analyse(text, MID_AUGUST).deadlines]
    assert phrases == ["on 15 October", "in the autumn"]
