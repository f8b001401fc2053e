"""Times whose role in the sentence decides whether they are due (issue 10, round 3 on a
fresh pool): hypotheticals, a day of calling-off, a thwarted attempt, the year so far, a
day range begun, an event known by its month; and spans the earlier rounds missed (a
number range, a quoted span, 'runs through Sunday'). Each shape is restated in a sentence
written for this test, next to the look-alike that must stay in.

Published on Thursday 26 February 2026, except where a case names its own day.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none, only

THURSDAY = datetime(2026, 2, 26, 12, 0, tzinfo=UTC)
JULY_9 = datetime(2026, 7, 9, 12, 0, tzinfo=UTC)
JULY_13 = datetime(2026, 7, 13, 12, 0, tzinfo=UTC)

# (sentence, (phrase as written, first day, last day) or None)
CASES: list[tuple[str, tuple[str, str, str] | None]] = [
    # a hypothetical names nothing due
    ("If the mayor were to announce tomorrow that the plant stays open, few would object.",
     None),
    ("The mayor will announce tomorrow that the plant stays open.",
     ("tomorrow", "2026-02-27", "2026-02-27")),
    # the day a vote was called off, whatever the deal it was on would do
    ("On Monday, the council postponed a vote for a second time on the housing plan that "
     "would raise rents.", None),
    ("The council on Monday delayed its decision on a plan that would close the depot.", None),
    # a thwarted attempt happened when it was thwarted
    ("The two states again blocked an attempt by the bloc to impose new duties this week "
     "that coincided with the summit.", None),
    ("The bloc will make a new attempt to impose duties this week.",
     ("this week", "2026-02-26", "2026-03-01")),
    # the current year as a state already reached
    ("Housing is already shaping up to be the main theme for the party this year.", None),
    ("Repayments this year are already set to exceed the school budget.", None),
    ("The party will make housing its main theme this year.",
     ("this year", "2026-02-26", "2026-12-31")),
    # an event the reader knows, named by its month
    ("Analysts think a new raid would play out much like the June raid, with little damage.",
     None),
    ("Analysts think the raid will come in June.", ("in June", "2026-06-01", "2026-06-30")),
    # a concession states a fact, so its month is gone; a conceded plan is still ahead
    ("Despite the island banning plastic bags in December, shops still hand them out.", None),
    ("Despite plans to ban plastic bags in December, shops still hand them out.",
     ("in December", "2026-12-01", "2026-12-31")),
    # an opening "ahead of" that only dates a past act; a plan after it still looks ahead
    ("Ahead of Saturday's talks, the envoy met the mediators on Wednesday evening.", None),
    ("Ahead of the March 12 vote, the party launched its campaign.", None),
    ("Ahead of Saturday's talks, the envoy will meet the mediators.",
     ("Saturday", "2026-02-28", "2026-02-28")),
    # ranges and spans written in ways the patterns missed
    ("The refineries will be supplied over the next three to four weeks, he said.",
     ("over the next three to four weeks", "2026-02-26", "2026-03-26")),
    ("A banker told the paper that the slump could arrive in “three or four months” amid "
     "rising prices.", ("in “three or four months”", "2026-05-26", "2026-06-26")),
    ("The fair opened on Tuesday. It runs through Sunday.",
     ("through Sunday", "2026-02-26", "2026-03-01")),
    ("The fair ran through Sunday.", None),
    ("Flights to the island are suspended through Sunday.",
     ("through Sunday", "2026-02-26", "2026-03-01")),
    # "before another long winter" is the coming one; "for another winter" a duration
    ("The city wants the pipes fixed before another long winter sets in.",
     ("before another long winter", "2026-02-26", "2026-11-30")),
    ("We cannot keep the old quay open for another winter, the mayor said.", None),
    # an adverb before a participle-like adjective ("virtually unchanged") is no past verb
    ("The new levy \"will bring in virtually unchanged revenue in 2026,\" the minister said.",
     ("in 2026", "2026-02-26", "2026-12-31")),
]


@pytest.mark.parametrize(("text", "window"), CASES)
def test_roles_and_spans(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, THURSDAY).deadlines, window)


def test_a_day_range_begun_before_publication_is_news_of_now() -> None:
    text = "Officials said storms over 8 and 9 July have flooded 40 homes."
    assert analyse(text, JULY_9).deadlines == []


def test_between_now_and_a_month_runs_from_publication() -> None:
    found = only(analyse("The court is expected to rule on the case sometime between now and "
                         "June.", THURSDAY).deadlines)
    assert (str(found.earliest.date()), str(found.latest.date())) == ("2026-02-26", "2026-06-30")
    assert found.about.endswith("rule on the case")


def test_a_reporting_frame_alone_is_no_about() -> None:
    found = only(analyse("The minister said that in the coming months, the agency will finish "
                         "its review of the port.", THURSDAY).deadlines)
    assert found.about.startswith("the agency will finish its review")


def test_a_verbless_step_of_a_list_takes_the_verb_it_continues() -> None:
    text = ("The relics will be taken to the cathedral on Friday, then a chapel in the hills "
            "on Saturday.")
    assert [(d.phrase, str(d.earliest.date())) for d in analyse(text, THURSDAY).deadlines] == [
        ("on Friday", "2026-02-27"), ("on Saturday", "2026-02-28")
    ]
    past = "The relics were taken to the cathedral on Monday, then a chapel on Tuesday."
    assert analyse(past, THURSDAY).deadlines == []


def test_the_last_items_of_a_list_keep_the_clause_they_hang_on() -> None:
    found = only(analyse("The carrier said it was halting flights to Lyon, Porto and Bari "
                         "until March 7.", THURSDAY).deadlines)
    assert "halting flights to Lyon, Porto and Bari" in found.about


def test_the_end_of_a_term_in_a_month_next_year_runs_from_now() -> None:
    text = ("The council now has the power to name a stand-in until the end of her current "
            "term in January.")
    found = only(analyse(text, JULY_13).deadlines)
    assert (found.phrase, str(found.earliest.date()), str(found.latest.date())) == (
        "in January", "2026-07-13", "2027-01-31"
    )
    assert analyse("She served until the end of her term in January.", JULY_13).deadlines == []


def test_a_pair_of_days_and_the_noun_before_which_shape_the_about() -> None:
    text = ("On the eve of the regional summit, which will be held on Tuesday and Wednesday, "
            "the premier said he hoped it would not be empty.")
    found = analyse(text, THURSDAY).deadlines
    assert [(d.phrase, d.about) for d in found] == [
        ("on Tuesday", "the regional summit will be held"),
        ("Wednesday", "the regional summit will be held"),
    ]


def test_as_before_an_article_is_no_clause_break() -> None:
    found = only(analyse("Critics fear the mayor could send inspectors to the stalls as a way "
                         "of shutting them in November.", THURSDAY).deadlines)
    assert found.about.endswith("could send inspectors to the stalls as a way of shutting them")


@pytest.mark.parametrize(("text", "window"), [
    ("The ministry on Wednesday issued a 30-day waiver to the refiners for buying crude.",
     ("a 30-day waiver", "2026-03-28", "2026-03-28")),
    ("The ministry granted the refiners a 30-day waiver in January.", None),
    ("The ministry had granted the refiners a 30-day waiver.", None),
])
def test_a_span_granted_just_now_ends_ahead(
    text: str, window: tuple[str, str, str] | None
) -> None:
    assert_window_or_none(analyse(text, THURSDAY).deadlines, window)
