"""Deadlines round 27, from the last round's left-overs: a deadline told again for the event
named before, by "the trip", "the talks" or "the vote" on the same day, is one line even when
the two sentences share no other word. Invented sentences, with look-alikes: another event
on the same day, and the same event noun on another day, stay apart."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

WEDNESDAY = mid_morning(date(2027, 9, 15))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The prime minister will visit Kiev next Tuesday, his office said. During the trip "
         "on Tuesday he is expected to meet President Oleg Sava and sign a grain deal.",
         [("next Tuesday", date(2027, 9, 21), date(2027, 9, 21))]),
        ("Negotiators from both sides will meet in Geneva next week. The talks next week "
         "are the first since March.",
         [("next week", date(2027, 9, 20), date(2027, 9, 26))]),
        # look-alikes: the vote named again (one line before this round too), another
        # event on the same day, the same noun on another day
        ("Lawmakers are expected to decide on the levy on Monday. The vote on Monday "
         "follows weeks of protests by farmers.",
         [("on Monday", date(2027, 9, 20), date(2027, 9, 20))]),
        ("The prime minister will visit Kiev next Tuesday. The strike on Tuesday will shut "
         "the ports.",
         [("next Tuesday", date(2027, 9, 21), date(2027, 9, 21)),
          ("on Tuesday", date(2027, 9, 21), date(2027, 9, 21))]),
        ("Negotiators will meet in Geneva next week. The talks in October will settle the "
         "border.",
         [("next week", date(2027, 9, 20), date(2027, 9, 26)),
          ("in October", date(2027, 10, 1), date(2027, 10, 31))]),
    ],
)
def test_an_event_named_again_on_its_day_is_one_deadline(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court ordered a pause of at least 14 days on the deportation.",
         [("a pause of at least 14 days", date(2027, 9, 15), date(2027, 9, 29))]),
        ("The union announced a two-week hiatus in the strike.",
         [("a two-week hiatus", date(2027, 9, 15), date(2027, 9, 29))]),
        ("Both sides have agreed to a 30-day ceasefire, the mediators said.",
         [("a 30-day ceasefire", date(2027, 9, 15), date(2027, 10, 15))]),
        # one counted from a day of its own is dated by that day (no line before either)
        ("The two sides agreed to a 30-day ceasefire that begins on Friday.",
         [("on Friday", date(2027, 9, 17), date(2027, 9, 17))]),
        # look-alikes: a pause of the past, a strike
        ("In 2024 both sides agreed to a 30-day ceasefire.", []),
        ("Both sides had agreed to a 30-day ceasefire before the spring offensive.", []),
        ("The union held a two-week strike.", []),
    ],
)
def test_a_pause_set_now_ends_its_length_from_now(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides agreed to a ceasefire that begins on Friday.",
         [("on Friday", date(2027, 9, 17), date(2027, 9, 17))]),
        ("The council approved a budget which takes effect in January.",
         [("in January", date(2028, 1, 1), date(2028, 1, 31))]),
        # look-alike: the relative clause told in the past
        ("The two sides agreed to a ceasefire that began on Friday.", []),
    ],
)
def test_a_relative_timetable_after_a_past_act(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


def test_a_pause_in_a_sentence_of_a_past_year_is_history() -> None:
    text = ("The premier finally agreed to a 10-month moratorium, but when Ana R. Ruiz Jr. visited "
            "the capital in March 2025, he was caught off guard by a new project.")
    assert deadline_windows(text, WEDNESDAY) == []
