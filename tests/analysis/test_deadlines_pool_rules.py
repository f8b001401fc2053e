"""Shapes that hand judges of a fifth pool of news counted as deadline errors, restated in
sentences written for this test: a month that names a figure or a deal already out, a day
just gone under an infinitive of a past act, money kept going "through" a month of next
year, a plan's period, goods bought for a delivery, a meeting in a month, market pricing
of cuts this year, "with just three weeks to do a deal", a second day of a month, a span
counted from a start still ahead, "the coming year or two", "his upcoming year" as the
holder of a post, a concession and a relative perfect. Each wider rule has its look-alike
that must stay out (window None) or keep its old reading.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none

# Tuesday 11 November 2025: Saturday 8 November is just gone.
NOVEMBER = datetime(2025, 11, 11, 12, 0, tzinfo=UTC)
# Monday 12 January 2026: October and July of this year are still ahead.
JANUARY = datetime(2026, 1, 12, 12, 0, tzinfo=UTC)
# Monday 8 September 2025: August is the month just gone.
SEPTEMBER = datetime(2025, 9, 8, 12, 0, tzinfo=UTC)
# Thursday 1 August 2024.
AUGUST = datetime(2024, 8, 1, 12, 0, tzinfo=UTC)
# Tuesday 1 July 2025.
JULY = datetime(2025, 7, 1, 12, 0, tzinfo=UTC)
# Tuesday 17 February 2026.
FEBRUARY = datetime(2026, 2, 17, 12, 0, tzinfo=UTC)

Window = tuple[str, str, str] | None

CASES: list[tuple[datetime, str, Window]] = [
    # a month naming what was measured in it, or a deal "from" it, is no time ahead
    (JANUARY, "Peru's copper sales rose 9 percent in December, reversing an October slump.",
     None),
    (SEPTEMBER, "“The weak August payrolls report will push the board to act,” a trader said.",
     None),
    (JANUARY, "The premier called the levies a blunder, saying that the Canada-Chile fishing "
              "pact from July had to “count for something.”", None),
    (JANUARY, "Duties on steel will rise from July.", ("from July", "2026-07-01", "2026-07-31")),
    (JANUARY, "Analysts expect a September rate rise.", ("September", "2026-09-01", "2026-09-30")),
    # a weekday's event under an infinitive of a past act is the day just gone
    (NOVEMBER, "While the council decided against an injunction to halt Saturday's march, "
               "it could have raised safety worries, a lawyer said.", None),
    (NOVEMBER, "The council decided to halt Saturday's march.",
     ("Saturday", "2025-11-15", "2025-11-15")),
    (NOVEMBER, "Organisers said they hope to win Saturday's ballot.",
     ("Saturday", "2025-11-15", "2025-11-15")),
    # money or a measure kept going through a month of next year
    (NOVEMBER, "The pact agrees to fund the ministries through January 30.",
     ("through January 30", "2025-11-11", "2026-01-30")),
    (NOVEMBER, "Aides said the package can be expected, still at an early stage, to pair two "
               "bills with a bridging bill to extend all other outlays through Jan. 30.",
     ("through Jan. 30", "2025-11-11", "2026-01-30")),
    (NOVEMBER, "Last year the assembly voted to fund the ministries through January 30.", None),
    (NOVEMBER, "The old statute funded the ministries through January 30.", None),
    # a plan's period is spread over a span from now
    (FEBRUARY, "The thorniest pledge is Peru's stated intention to buy $90 billion of Korean "
               "machinery over five years.", ("over five years", "2026-02-17", "2031-02-17")),
    (FEBRUARY, "Peru's intention to buy $90 billion of machinery over five years was never met.",
     None),
    (FEBRUARY, "Peru bought $90 billion of machinery over five years.", None),
    # "had said" reports a plan (a promise of old stays out)
    (FEBRUARY, "The premier had said that Peru would cut its duties to zero and buy $90 billion "
               "of Korean machinery over five years.",
     ("over five years", "2026-02-17", "2031-02-17")),
    (FEBRUARY, "The premier had promised that Peru would buy $90 billion of machinery over "
               "five years.", None),
    (FEBRUARY, "In 2019 the premier had said that Peru would buy $90 billion of machinery over "
               "five years.", None),
    # goods bought now for a delivery at a time named this year
    (FEBRUARY, "Reports say state mills have already started buying Brazilian ore for "
               "delivery in April.", ("in April", "2026-04-01", "2026-04-30")),
    (FEBRUARY, "Mills bought Brazilian ore for delivery in January.", None),
    # a meeting held in a month is not what the month covers
    (AUGUST, "Traders are sure the bank will cut rates at their September meeting.",
     ("September", "2024-09-01", "2024-09-30")),
    (AUGUST, "Lenders must file their September returns.", None),
    # market pricing of cuts this year looks ahead like the odds of them
    (AUGUST, "“We think the market pricing of two cuts this year is wrong,” she said.",
     ("this year", "2024-08-01", "2024-12-31")),
    (AUGUST, "The pricing of flats this year rose 5%.", None),
    # the time left to do something
    (SEPTEMBER, "But this is Lisbon and so, with just three weeks to pass a budget, bookmakers "
                "put the odds of a collapse at about 40%.",
     ("three weeks", "2025-09-08", "2025-09-29")),
    (SEPTEMBER, "The crew won the regatta with two days to spare.", None),
    # a span counted from a start still ahead runs from that start (and see below)
    (JULY, "The fair, beginning on June 3, lasted for ten days.", None),
    # "or two" reaches the far end; "his upcoming year" as holder of a post
    (JANUARY, "“They're gonna spend over 4% on their navy in the coming year or two.”",
     ("in the coming year or two", "2026-01-12", "2028-01-13")),
    (NOVEMBER, "Costa vowed to push for more funds during his upcoming year as the forum's chair.",
     ("during his upcoming year", "2025-11-11", "2026-11-11")),
    (NOVEMBER, "In his upcoming year at the club, he scored ten goals.", None),
    # what is awaited this week is still to come
    (NOVEMBER, "It fed talk that Mr Reed might move against Ms Fox pending the outcome of this "
               "week's energy talks.", ("this week", "2025-11-11", "2025-11-16")),
    (NOVEMBER, "Protesters came to picket this week's convention.", None),
    # a concession states what is so; a relative perfect counts up to now
    (SEPTEMBER, "Despite a frantic hunt for votes this week, a hostile senate looks set to "
                "topple the cabinet.", None),
    (SEPTEMBER, "Despite talks planned for this week, the strike will go on.",
     ("this week", "2025-09-08", "2025-09-14")),
    (SEPTEMBER, "It would do little to end the deadlock that has gripped Lima for 15 months.",
     None),
    (SEPTEMBER, "It would end a decree that has extended the curfew for 60 days.",
     ("for 60 days", "2025-09-08", "2025-11-07")),
]


@pytest.mark.parametrize(("published", "text", "window"), CASES)
def test_pool_shapes(published: datetime, text: str, window: Window) -> None:
    assert_window_or_none(analyse(text, published).deadlines, window)


def test_a_second_day_of_the_month_just_named() -> None:
    found = analyse("With marches and walkouts set for October 2nd and 9th, talk in Porto this "
                    "week turned to what comes next.", datetime(2025, 9, 25, 12, tzinfo=UTC))
    days = [(d.phrase, d.earliest.date().isoformat(), d.latest.date().isoformat())
            for d in found.deadlines]
    assert days == [("October 2nd", "2025-10-02", "2025-10-02"),
                    ("9th", "2025-10-09", "2025-10-09")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Walkouts are set for October 2 and 9 unions will join.", ["October 2"]),  # a count
    ("Walkouts were held on September 2 and 9.", []),  # gone
])
def test_no_second_day(text: str, expected: list[str]) -> None:
    found = analyse(text, datetime(2025, 9, 25, 12, tzinfo=UTC)).deadlines
    assert [d.phrase for d in found] == expected


def test_a_span_from_a_start_still_ahead_runs_from_it() -> None:
    found = analyse("The yearly Red Harbour drills starting on July 9 will last for 10 days.",
                    JULY).deadlines
    days = [(d.phrase, d.earliest.date().isoformat(), d.latest.date().isoformat())
            for d in found]
    assert days == [("for 10 days", "2025-07-09", "2025-07-19"),
                    ("on July 9", "2025-07-09", "2025-07-09")]
