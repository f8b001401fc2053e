"""Deadlines from a round on diplomatic news (issue 10), each kind restated in a sentence
written for this test, next to the look-alikes that must stay out (window None).

Published on Monday 6 April 2026, the day after Easter, except where a case names its own day.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none

EASTER_MONDAY = datetime(2026, 4, 6, 12, 0, tzinfo=UTC)
MID_MARCH = datetime(2026, 3, 16, 12, 0, tzinfo=UTC)

# (sentence, (phrase as written, first day, last day) or None)
CASES: list[tuple[str, tuple[str, str, str] | None]] = [
    # a holiday just held is not next year's without a future verb of its own
    ('Asked about the offer at the Easter fair, the mayor said, "The only one who is going '
     'to end the strike is me."', None),
    ("In a stern Easter radio address on Sunday, the mayor praised the union.", None),
    ("The council will next meet over Easter, the clerk said.",
     ("over Easter", "2027-03-28", "2027-03-28")),
    # a weekday as the subject of a future is the day ahead
    ('The post, which said that Tuesday "will be Cleanup Day, all in one," showed him '
     'extending a pause.', ("Tuesday", "2026-04-07", "2026-04-07")),
    ("In that October speech, the mayor named a cabinet.", None),
]


@pytest.mark.parametrize(("text", "window"), CASES)
def test_diplomatic_news(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, EASTER_MONDAY).deadlines, window)


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # "the coming days" are counted from now, whatever event follows them
        ("The ban dimmed hopes that the strike would end in the coming days following talks "
         "in Oslo.", ("in the coming days", "2026-04-06", "2026-04-13")),
        ("Prices rose in the days following the vote.", None),
        ("The strike will end within the coming days of the vote.", None),
        # a span asked for by an earlier act runs from that act
        ("The mayor said he would delay the ultimatum he had issued on Saturday for the "
         "union to either end the strike within 48 hours, or face fines.", None),
        ("The ultimatum he had issued on Saturday runs out within days.",
         ("within days", "2026-04-06", "2026-04-13")),
    ],
)
def test_span_counted_from_now_or_an_event(
    text: str, window: tuple[str, str, str] | None
) -> None:
    assert_window_or_none(analyse(text, EASTER_MONDAY).deadlines, window)


WEDNESDAY = datetime(2026, 2, 25, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # "poised to" plans a thing as "set to" does
        ("The two unions are poised to hold more talks in Oslo on Thursday, amid fears.",
         ("on Thursday", "2026-02-26", "2026-02-26")),
        # the earliest time of a threat
        ("Reports say the navy could be ready to sail as early as the weekend.",
         ("as early as the weekend", "2026-02-28", "2026-03-01")),
        # "this coming summer" is the next one
        ("Aides say the mayor wants a truce, ideally before this coming summer.",
         ("before this coming summer", "2026-02-25", "2026-05-31")),
        ("The pool reopens this coming summer.",
         ("this coming summer", "2026-06-01", "2026-08-31")),
        # a bare month before a contract word names the contract
        ("Brent futures with April delivery rose 0.6%, while WTI futures with April "
         "delivery, traded higher.", None),
        ("Deliveries of the jets will resume in April.", ("in April", "2026-04-01", "2026-04-30")),
        # blamed for what was not done: the time of the failure
        ("It comes soon after the mayor accused the union of failing to meet core demands "
         "during talks in Oslo this week.", None),
        ("The union risks failing to meet the demands this week.",
         ("this week", "2026-02-25", "2026-03-01")),
        # a short aside in brackets does not cut the clause off its infinitive
        ("The allies have pledged to spend at least 5 billion euros ($5.8bn) on tanks this year.",
         ("this year", "2026-02-25", "2026-12-31")),
        ("The allies have spent 5 billion euros ($5.8bn) on tanks this year.", None),
        ("Steelmaker Acme (ACM.L), opens new tab lost 10% of its output to power cuts in "
         "January, it said.", None),
        # an opening "After ..." phrase before a past main clause came before it
        ("After a long meeting in Busan in the fall, the two mayors announced plans to visit "
         "each other.", None),
        ("After a meeting in Busan in the fall, the two mayors will visit each other.",
         ("in the fall", "2026-09-01", "2026-11-30")),
    ],
)
def test_plans_and_next_ones(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, WEDNESDAY).deadlines, window)


def test_caption_date_is_no_deadline() -> None:
    """A photo caption closes with the place and the day it was taken: the day of the copy."""
    friday = datetime(2026, 4, 10, 12, 0, tzinfo=UTC)
    caption = ("The mayor speaks to reporters before boarding a plane for expected departure "
               "to Oslo for talks, at Gardermoen, Norway, April 10, 2026.")
    assert_window_or_none(analyse(caption, friday).deadlines, None)
    later = "The mayor will fly to Oslo for talks on April 17, 2026."
    assert_window_or_none(analyse(later, friday).deadlines,
                          ("on April 17, 2026", "2026-04-17", "2026-04-17"))


@pytest.mark.parametrize(
    ("text", "phrase", "about"),
    [
        # a range of days is one stay, not the subject; a plan participle set off by commas
        # describes the noun before it
        ("The Oslo visit, scheduled for March 31-April 2, would be the first in years.",
         "March 31-April 2", "The Oslo visit scheduled"),
        # a time that interrupts a verb keeps the clause before it, and a long clause keeps
        # the words nearest the time
        ("The minister predicted that bus fares would, by August, return to where they stood "
         "before the court struck down the steep duties that the mayor imposed on most of "
         "the towns of the region last year.",
         "by August", "bus fares would return to where they stood before the court struck "
                      "down the steep duties that the mayor imposed"),
        # a percentage after "to" is no range's end
        ("The bank will cut its growth forecast for this year to 1.8% from 2%.",
         "this year", "The bank will cut its growth forecast to 1.8% from 2%"),
    ],
)
def test_about_names_the_thing_due(text: str, phrase: str, about: str) -> None:
    found = {d.phrase: d.about for d in analyse(text, MID_MARCH).deadlines}
    assert found[phrase] == about


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # a span of extension asked for, or in a future clause, ends a new time ahead
        ("The premier on Tuesday asked the mayor for a two-week extension of his threat to "
         "close the port.", ("a two-week extension", "2026-04-21", "2026-04-21")),
        ("The vote will face a two-week delay.", ("a two-week delay", "2026-04-21", "2026-04-21")),
        ("The court granted a two-week extension last month.", None),
        # a programme spread over a span from now needs a future word
        ("The deal should pave the way for aid worth 90 billion euros over two years, if "
         "resistance can be overcome.", ("over two years", "2026-04-07", "2028-04-07")),
        ("Prices rose 5% over two years.", None),
        ("The firm has cut 500 jobs over three years and plans more.", None),
        ("After a two-week delay, the vote was held.", None),
    ],
)
def test_spans_asked_for_or_planned(text: str, window: tuple[str, str, str] | None) -> None:
    tuesday = datetime(2026, 4, 7, 12, 0, tzinfo=UTC)
    assert_window_or_none(analyse(text, tuesday).deadlines, window)
