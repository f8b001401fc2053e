"""Deadlines round 37, from the last sessions' left-overs: rules that "come into force" or a
treaty that "enters into force" on a day are due then, whatever the tense; "three weeks to go
until election day" names the day of the vote, not a window up to it, and is about the vote;
a span that starts on a day still ahead ("which takes effect on July 1, will last for two
weeks") runs from that day, not from the day of the copy. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, deadlines_in, mid_morning

TUESDAY = mid_morning(date(2027, 6, 22))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new rules come into force on Friday.",
         [("on Friday", date(2027, 6, 25), date(2027, 6, 25))]),
        ("The treaty enters into force on Friday, the ministry said.",
         [("on Friday", date(2027, 6, 25), date(2027, 6, 25))]),
        # look-alikes: told in the past, the day is gone
        ("The new rules came into force on Friday.", []),
        ("The treaty entered into force on Friday, the ministry said.", []),
    ],
)
def test_coming_into_force_on_a_day_is_due_then(text: str, expected: Windows) -> None:
    assert deadline_windows(text, TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected", "about"),
    [
        ("With three weeks to go until election day, the party will campaign in the north.",
         ("three weeks", date(2027, 7, 10), date(2027, 7, 16)), "election day"),
        ("There are just 20 days to go until the vote on the new constitution.",
         ("just 20 days", date(2027, 7, 12), date(2027, 7, 12)),
         "the vote on the new constitution"),
        ("With 48 hours to go before the summit, diplomats will meet again in Oslo.",
         ("48 hours", date(2027, 6, 24), date(2027, 6, 24)), "the summit"),
    ],
)
def test_time_to_go_until_an_event_names_the_event(
    text: str, expected: tuple[str, date, date], about: str
) -> None:
    found = deadlines_in(text, TUESDAY)
    assert [(d.phrase, d.earliest.date(), d.latest.date()) for d in found] == [expected]
    assert found[0].about == about


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ceasefire, which takes effect on July 1, will last for an initial two weeks, "
         "the mediators said.",
         [("for an initial two weeks", date(2027, 7, 1), date(2027, 7, 15)),
          ("on July 1", date(2027, 7, 1), date(2027, 7, 1))]),
        ("The drills, starting on Friday, will last for 10 days.",
         [("for 10 days", date(2027, 6, 25), date(2027, 7, 5)),
          ("on Friday", date(2027, 6, 25), date(2027, 6, 25))]),
        # look-alike: a span begun in the past still runs from its start
        ("The ceasefire, which began on June 1, will last for 30 days.",
         [("for 30 days", date(2027, 6, 22), date(2027, 7, 1))]),
    ],
)
def test_a_span_starting_ahead_runs_from_its_start(text: str, expected: Windows) -> None:
    assert deadline_windows(text, TUESDAY) == expected


def test_a_span_before_a_reporting_frame_is_about_its_own_clause() -> None:
    found = deadlines_in(
        "The ceasefire, which takes effect on July 1, will last for an initial two weeks, "
        "the mediators said.",
        TUESDAY,
    )
    assert "will last" in found[0].about and "mediators" not in found[0].about
