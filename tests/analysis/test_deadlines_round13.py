"""Deadlines round 13: general left-overs of pools 1-8, as invented sentences with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

APRIL = mid_morning(date(2026, 4, 15))  # a Wednesday
DECEMBER = mid_morning(date(2026, 12, 2))  # a Wednesday


# a. A length begun before publication ends a length after its start.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry imposed a 90-day freeze announced on January 20.",
            [("90-day freeze announced on January 20", date(2026, 4, 15), date(2026, 4, 20))],
        ),
        (
            "The 60-day ceasefire that began on April 1 is holding, monitors in Velmora said.",
            [("60-day ceasefire that began on April 1", date(2026, 4, 15), date(2026, 5, 31))],
        ),
        (
            "A 90-day pause on port fees, which took effect on March 1, gives shippers room.",
            [("90-day pause on port fees, which took effect on March 1", date(2026, 4, 15),
              date(2026, 5, 30))],
        ),
        (
            "A 60-day window that opened on April 1 gives lawmakers in Dorn time to act.",
            [("60-day window that opened on April 1", date(2026, 4, 15), date(2026, 5, 31))],
        ),
        # look-alikes: an end already gone, a pause said to be over, a statistical period,
        # a start still ahead
        ("The 30-day ceasefire that began on March 11 is holding.", []),
        ("The 90-day freeze announced on March 20 was lifted on April 2.", []),
        ("Exports rose in the 12-month period that began in April 2025.", []),
        ("The 60-day truce, which began on April 1 and was extended on April 10, holds.", []),
        (
            "The 30-day truce brokered by Qatar on April 1 is fragile.",
            [("30-day truce brokered by Qatar on April 1", date(2026, 4, 15), date(2026, 5, 1))],
        ),
        (
            "The one-year moratorium imposed last June is still in force.",
            [("one-year moratorium imposed last June", date(2026, 4, 15), date(2026, 6, 30))],
        ),
        (  # the end said outright is read once
            "A 60-day ceasefire that began on April 1 will expire on May 31.",
            [("on May 31", date(2026, 5, 31), date(2026, 5, 31))],
        ),
        (
            "A two-week ceasefire declared on Sunday is holding.",
            [("two-week ceasefire declared on Sunday", date(2026, 4, 15), date(2026, 4, 26))],
        ),
        (
            "A 90-day freeze on new permits will begin on Monday.",
            [("on Monday", date(2026, 4, 20), date(2026, 4, 20))],
        ),
        # a length with no start told, set by the act reported: from now (round 27; a
        # look-alike with no deadline before it)
        ("The two sides agreed a 30-day ceasefire.",
         [("a 30-day ceasefire", date(2026, 4, 15), date(2026, 5, 15))]),
    ],
)
def test_length_begun_before_publication(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected


MAY = mid_morning(date(2026, 5, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velk paused the tariffs on Dorn for 90 days on April 9.",
            [("for 90 days on April 9", date(2026, 5, 1), date(2026, 7, 8))],
        ),
        (
            "On April 9 the tariffs were paused for 90 days.",
            [("for 90 days", date(2026, 5, 1), date(2026, 7, 8))],
        ),
        (
            "The rebels agreed on April 20 to halt attacks for 30 days.",
            [("for 30 days", date(2026, 5, 1), date(2026, 5, 20))],
        ),
        # look-alikes: no start told, a start whose length ran out, a sentence served
        ("Velk paused the tariffs for 90 days.", []),
        ("The rebels agreed on March 20 to halt attacks for 30 days.", []),
        ("Velk was jailed for 30 days on April 9.", []),
    ],
)
def test_length_paused_on_a_day_gone(text: str, expected: Windows) -> None:
    assert deadline_windows(text, MAY) == expected


# e. A warning told in a month gone: its "within days" ran out long ago.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In March the envoy Taro Velk warned that a deal would come within days.", []),
        ("In March the envoy said an agreement with Orsova would be signed soon.", []),
        ("Velk warned in March that a deal would come within weeks.", []),
        ("Back in June, officials in Dorn predicted the talks would end within days.", []),
        ("Last year Velk said the accord would be ready in the coming weeks.", []),
        ("In the spring, Velk said a deal with Dorn would come within days.", []),
        ("Two months ago, Velk said a deal would come within days.", []),
        # a dotted month is a month gone too
        ("In Sept. Velk warned that a deal would come within days.", []),
        # the month of the saying, and a month the saying looked to, are this year's, gone
        ("In March, officials in Dorn predicted the talks would end.", []),
        ("In March, officials said the talks would end in June.", []),
        ("He said the talks, which collapsed in March, would resume within days.",
         [("within days", date(2026, 12, 2), date(2026, 12, 9))]),
        # look-alikes: no time told, a length still running, a warning this month
        (
            "Velk warned that a deal would come within days.",
            [("within days", date(2026, 12, 2), date(2026, 12, 9))],
        ),
        (
            "In March Velk said the canal would be finished within three years.",
            [("within three years", date(2026, 12, 2), date(2029, 12, 2))],
        ),
        (
            "In March Velk said a deal would come within days; on Tuesday he said it would "
            "come soon.",
            [("soon", date(2026, 12, 2), date(2026, 12, 16))],
        ),
        (
            "In March, the Dorn council will vote.",
            [("In March", date(2027, 3, 1), date(2027, 3, 31))],
        ),
        (
            "Wages will go unpaid in January, the finance minister warned on Wednesday.",
            [("in January", date(2027, 1, 1), date(2027, 1, 31))],
        ),
        (
            "In November, officials said the talks would end in February.",
            [("in February", date(2027, 2, 1), date(2027, 2, 28))],
        ),
        (
            "In November Velk warned that a deal would come within weeks.",
            [("within weeks", date(2026, 12, 2), date(2027, 1, 13))],
        ),
    ],
)
def test_warning_told_in_a_month_gone(text: str, expected: Windows) -> None:
    assert deadline_windows(text, DECEMBER) == expected


# f. Common future shapes of diplomatic copy the brief missed.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a plural subject's timetable present
            "The sanctions on Orsova expire on Friday.",
            [("on Friday", date(2026, 4, 17), date(2026, 4, 17))],
        ),
        (
            "The waivers lapse on Friday.",
            [("on Friday", date(2026, 4, 17), date(2026, 4, 17))],
        ),
        (
            "The tariffs on Orsova steel kick in on Friday.",
            [("on Friday", date(2026, 4, 17), date(2026, 4, 17))],
        ),
        (
            "Polls close at 8 p.m. on Sunday.",
            [("on Sunday", date(2026, 4, 19), date(2026, 4, 19))],
        ),
        (
            "Voting gets under way on Sunday.",
            [("on Sunday", date(2026, 4, 19), date(2026, 4, 19))],
        ),
        (  # a half or quarter of "the year", or of "next year", is one phrase
            "A verdict in the Dorn case is due in the second half of the year.",
            [("in the second half of the year", date(2026, 7, 1), date(2026, 12, 31))],
        ),
        (
            "A verdict is due in the first quarter of next year.",
            [("in the first quarter of next year", date(2027, 1, 1), date(2027, 3, 31))],
        ),
        (  # a day of the month without its month: this month's when still ahead, else next
            "Talks are set to resume in Geneva on the 24th.",
            [("on the 24th", date(2026, 4, 24), date(2026, 4, 24))],
        ),
        (
            "Talks are set to resume in Geneva on the 14th.",
            [("on the 14th", date(2026, 5, 14), date(2026, 5, 14))],
        ),
        (
            "The bill must pass by the 28th, officials in Velmora said.",
            [("by the 28th", date(2026, 4, 15), date(2026, 4, 28))],
        ),
        (
            "Protests in Velmora are planned for the 20th.",
            [("for the 20th", date(2026, 4, 20), date(2026, 4, 20))],
        ),
        (
            "The vote, expected by mid-month, could slip.",
            [("by mid-month", date(2026, 4, 15), date(2026, 4, 20))],
        ),
        # look-alikes: past tense, a habit, an ordinal with a noun, a half of a game, "next
        # year" alone
        ("The envoys met on the 14th.", []),
        ("The envoys' office is on the 14th floor.", []),
        ("The Dorn parliament meets on the 3rd and 17th of each month.", []),
        ("Velk won the Dorn race for the 20th time.", []),
        ("Bonds are issued at mid-month.", []),
        ("Prices fell by mid-month.", []),
        ("The sanctions expired on Friday.", []),
        ("The tariffs kicked in on Friday.", []),
        ("Sales rose in the second half of the year.", []),
        ("The home side led in the second half of the game.", []),
        (
            "The plant will open next year.",
            [("next year", date(2027, 1, 1), date(2027, 12, 31))],
        ),
    ],
)
def test_future_shapes_of_diplomatic_copy(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected


# b. "(shortly) after the election" with the election dated elsewhere in the article.
DATED = "Voters in Dorn go to the polls in the November 3 election. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            DATED + "The council will decide shortly after the election.",
            [("November 3", date(2026, 11, 3), date(2026, 11, 3)),
             ("shortly after the election", date(2026, 11, 3), date(2026, 11, 17))],
        ),
        (
            DATED + "The council will decide after the election.",
            [("November 3", date(2026, 11, 3), date(2026, 11, 3)),
             ("after the election", date(2026, 11, 3), date(2026, 12, 4))],
        ),
        # look-alikes: undated, told in the past, a wait bounded by "until after"
        ("The council will decide shortly after the election.", []),
        (
            DATED + "The mayor resigned shortly after the election.",
            [("November 3", date(2026, 11, 3), date(2026, 11, 3))],
        ),
        (
            DATED + "One member urged waiting until after the election.",
            [("November 3", date(2026, 11, 3), date(2026, 11, 3))],
        ),
    ],
)
def test_after_a_dated_election(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected


# c. "100 days before the election": once, and only with the election dated.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            DATED + "The vote must come less than 100 days before the election.",
            [("November 3", date(2026, 11, 3), date(2026, 11, 3)),
             ("less than 100 days before the election", date(2026, 7, 26), date(2026, 11, 2))],
        ),
        # look-alikes: undated, told in the past, a bare "before the election"
        ("The plan must be filed less than 100 days before the election.", []),
        (
            DATED + "The vote came 100 days before the election.",
            [("November 3", date(2026, 11, 3), date(2026, 11, 3))],
        ),
        (
            DATED + "The vote must come before the election.",
            [("November 3", date(2026, 11, 3), date(2026, 11, 3)),
             ("before the election", date(2026, 4, 15), date(2026, 11, 2))],
        ),
    ],
)
def test_span_before_an_election_once(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected


# g. "not expected before X", "unlikely before X": X or later, like "not until X".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A decision on the Dorn pipeline is not expected before the autumn.",
            [("before the autumn", date(2026, 9, 1), date(2026, 11, 30))],
        ),
        (
            "The talks are unlikely to resume before June.",
            [("before June", date(2026, 6, 1), date(2026, 6, 30))],
        ),
        (
            "The accord will not be signed before May 3.",
            [("before May 3", date(2026, 5, 3), date(2026, 5, 3))],
        ),
        (
            "The Velmora bill won't pass before June.",
            [("before June", date(2026, 6, 1), date(2026, 6, 30))],
        ),
        # look-alikes: a plain "before" and past tense; "but not before June" reads the same way
        (
            "The plan must be adopted before June.",
            [("before June", date(2026, 4, 15), date(2026, 5, 31))],
        ),
        (
            "The plan will be adopted, but not before June.",
            [("not before June", date(2026, 6, 1), date(2026, 6, 30))],
        ),
        ("The minister did not leave before Friday.", []),
    ],
)
def test_not_expected_before(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected


# d. A weekday set beside a date gone dates a remark; beside a date ahead, an event.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Friday, April 10, Minister Dara Velk said the talks had stalled.", []),
        ("Velk said on Friday, April 10, that Dorn would sign the accord.", []),
        (
            "On Friday, April 17, the council will vote on the Velk plan.",
            [("April 17", date(2026, 4, 17), date(2026, 4, 17))],
        ),
    ],
)
def test_weekday_beside_a_date(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected


# f. A week of a month is that week, not the month or its one day.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vote in Dorn is scheduled for the week of April 27.",
            [("the week of April 27", date(2026, 4, 27), date(2026, 5, 3))],
        ),
        (
            "A fresh round is pencilled in for the last week of April.",
            [("the last week of April", date(2026, 4, 24), date(2026, 4, 30))],
        ),
        (
            "A fresh round is planned for the second week of May.",
            [("the second week of May", date(2026, 5, 8), date(2026, 5, 14))],
        ),
        (
            "The report is due by the third week of May.",
            [("by the third week of May", date(2026, 4, 15), date(2026, 5, 21))],
        ),
        # look-alikes: past tense, a plain month, a plain date
        ("Talks collapsed in the first week of March.", []),
        (
            "A fresh round is planned for May.",
            [("May", date(2026, 5, 1), date(2026, 5, 31))],
        ),
        (
            "The vote is scheduled for April 27.",
            [("April 27", date(2026, 4, 27), date(2026, 4, 27))],
        ),
    ],
)
def test_week_of_a_month(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected


# f. A time given "until" it, a stay "until Friday", and "later on" the day of the copy.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington has given Dorn until May 1 to respond.",
            [("until May 1", date(2026, 4, 15), date(2026, 5, 1))],
        ),
        (
            "The envoy was given until Friday to decide.",
            [("until Friday", date(2026, 4, 15), date(2026, 4, 17))],
        ),
        (
            "The talks in Velmora will last until Friday.",
            [("until Friday", date(2026, 4, 15), date(2026, 4, 17))],
        ),
        (
            "The council is due to vote on the Orsova accord later on Wednesday.",
            [("on Wednesday", date(2026, 4, 15), date(2026, 4, 15))],
        ),
        (
            "Dorn plays Velmora in the cup final later Wednesday.",
            [("Wednesday", date(2026, 4, 15), date(2026, 4, 15))],
        ),
        # look-alikes: a time given that has gone, "the last Friday", the day's vote told
        ("In February the court gave the parties until March 1 to respond.", []),
        ("The talks ended on the last Friday of March.", []),
        ("The council voted on the accord later on Wednesday.", []),
        ("The council was due to vote later on Wednesday.", []),
    ],
)
def test_given_until_and_later_today(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected


# f. "on or before" keeps the day; "the close of the year" is its end.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dorn must answer the Velmora note on or before May 1.",
            [("on or before May 1", date(2026, 4, 15), date(2026, 5, 1))],
        ),
        (
            "The mission will be wound down by the close of the year.",
            [("by the close of the year", date(2026, 4, 15), date(2026, 12, 31))],
        ),
        # look-alikes: a plain "before", the close of a trading day gone
        (
            "Dorn must answer before May 1.",
            [("before May 1", date(2026, 4, 15), date(2026, 4, 30))],
        ),
        ("Shares in Dorn rose at the close of the week.", []),
    ],
)
def test_on_or_before_and_the_close(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected


# f. "at midnight" alone is tonight's, with a verb that looks ahead now.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The truce between Dorn and Velmora takes effect at midnight.",
            [("at midnight", date(2026, 4, 15), date(2026, 4, 15))],
        ),
        (
            "A ceasefire is to take hold at midnight (2200 GMT).",
            [("at midnight", date(2026, 4, 15), date(2026, 4, 15))],
        ),
        (
            "The ultimatum runs until midnight.",
            [("until midnight", date(2026, 4, 15), date(2026, 4, 15))],
        ),
        # look-alikes: a day told beside it, past tense, a past plan, an opening time gone
        (
            "The truce takes effect at midnight on Friday.",
            [("at midnight on Friday", date(2026, 4, 17), date(2026, 4, 17))],
        ),
        (
            "The truce takes effect on Friday at midnight.",
            [("on Friday", date(2026, 4, 17), date(2026, 4, 17))],
        ),
        ("The truce took effect at midnight.", []),
        ("Minutes before the law was to take effect at midnight, a judge blocked it.", []),
        ("Shortly before midnight, with most votes counted, Velk had a big lead.", []),
    ],
)
def test_at_midnight(text: str, expected: Windows) -> None:
    assert deadline_windows(text, APRIL) == expected


@pytest.mark.parametrize("day", ["May 0", "0 May", "May 00"])
def test_week_of_a_day_zero_names_no_week(day: str) -> None:
    """A day 0 is no day: the brief must not raise, and it reads no week of it."""
    assert deadline_windows(f"The summit is set for the week of {day}.", DECEMBER) == []
