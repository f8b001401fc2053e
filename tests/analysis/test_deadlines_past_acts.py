"""Deadlines from the second half of a round on fresh news pages, each kind restated in a
sentence written for this test, next to the look-alikes that must stay out (window None).

Published on Wednesday 22 April 2026, except where a case names its own day.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none

WEDNESDAY = datetime(2026, 4, 22, 12, 0, tzinfo=UTC)
THURSDAY = datetime(2026, 4, 23, 12, 0, tzinfo=UTC)

# (sentence, (phrase as written, first day, last day) or None)
CASES: list[tuple[str, tuple[str, str, str] | None]] = [
    # a rate is not a span
    ("Senior staff already work in four days a week, while juniors follow the new rule.", None),
    ("The depot reopens in four days.", ("in four days", "2026-04-26", "2026-04-26")),
    # a charged act, or an opening participle under a past main clause, is last year's
    ("The driver is accused of fatally striking two cyclists on October 9.", None),
    ("The driver charged with speeding will appear in court on October 9.",
     ("on October 9", "2026-10-09", "2026-10-09")),
    ("Asked about the leaked audit in November, the ministry replied: \"We do not comment.\"",
     None),
    ("Asked about the audit, the ministry said it will publish it in November.",
     ("in November", "2026-11-01", "2026-11-30")),
    # any day of a kind, listed after an article
    ("Fares are lower if you fly on a Monday, Thursday or Saturday, the agent said.", None),
    ("The board meets on Thursday.", ("on Thursday", "2026-04-23", "2026-04-23")),
    # a hope the sentence ends
    ("The last hope that the club might win the league in 2027 has been dashed.", None),
    ("The club hopes to win the league in 2027.", ("in 2027", "2027-01-01", "2027-12-31")),
    # "shortly" looks ahead; "shortly after" dates another event
    ("The airline said it would reply shortly to the request.",
     ("shortly", "2026-04-22", "2026-05-06")),
    ("The pilot said the engine failed shortly after take-off.", None),
    # an ultimatum with a longer addressee; the span left before an event
    ("The ministers have given officials from both agencies three months to redraft the pact.",
     ("three months", "2026-04-22", "2026-07-22")),
    ("With only two days to go before the county vote, the mayor withdrew.",
     ("only two days", "2026-04-24", "2026-04-24")),
    # a season after the current one; "the next season" narrates a sequence
    ("Nobody knows whether the coach will stay on next season.",
     ("next season", "2026-04-22", "2027-07-22")),
    ("The club was relegated, and the next season it folded.", None),
    # a present set by the calendar puts a bare span ahead
    ("Her brother, who turns 21 in five days, signed for the club.",
     ("in five days", "2026-04-27", "2026-04-27")),
    ("Her brother, who won in five days, signed for the club.", None),
    # the end of a school year or a season is within a year; a future perfect of missing
    # is no missed promise
    ("By the end of the school year, we'll have missed out on six weeks of wages.",
     ("By the end of the school year", "2026-04-22", "2027-04-22")),
    ("At the end of the season, the keeper retired.", None),
    ("The pitch will not be relaid before the start of the season.", None),
    # a place in an event is competed for before it, unless the sentence narrates
    ("In the semi-final, Peru face Chile for a place in Saturday's final.",
     ("Saturday", "2026-04-25", "2026-04-25")),
    ("Peru defeated Chile to earn a place in Saturday's final.", None),
    # a forecast noun governs a weekday just ahead, however long the place between
    ("Forecasters have drawn a moderate risk of hail from the hills down to the coast on "
     "Thursday.", ("on Thursday", "2026-04-23", "2026-04-23")),
]


@pytest.mark.parametrize(("text", "window"), CASES)
def test_past_acts_and_spans(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, WEDNESDAY).deadlines, window)


def test_tonight_in_a_quotation_continued_the_day_after() -> None:
    """The second sentence of a quotation closes a mark it never opened: its 'tonight' is
    the night of the speech, reported the next day."""
    text = (
        "The senator withdrew, telling supporters in Dover, “I promised I would know when "
        "to stop. And it is plain to me tonight that the numbers are not there.”"
    )
    assert_window_or_none(analyse(text, THURSDAY).deadlines, None)
