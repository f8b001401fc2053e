"""Deadlines round 28, tuned on a hand-judged pool of 2023–2026 news (pool 22): a timetable
present right before its time ("The 2019 accord expires in March 2028 and a source said …");
a participle after "to" that describes a title ("restore power to elected President Ana
Sava by Sunday") is no past; a day inside a clause of a past act ("talks due to continue on
Thursday come after Ruiz accused Varna of … attacks on Tuesday") is that act's. Invented
sentences, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

WEDNESDAY = mid_morning(date(2027, 12, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 2024 accord expires in March 2028 and a government source said Rome had sent "
         "Varna a letter.", [("in March 2028", date(2028, 3, 1), date(2028, 3, 31))]),
        # look-alike: the accord that expired
        ("The 2024 accord expired in March 2027 and a government source said Rome had sent "
         "Varna a letter.", []),
    ],
)
def test_a_timetable_present_right_before_its_time(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bloc has imposed sanctions and said it could authorise the use of force if the "
         "coup leaders do not restore power to elected President Ana Sava by Sunday.",
         [("by Sunday", date(2027, 12, 1), date(2027, 12, 5))]),
        # look-alike: power handed over on a day gone
        ("The junta handed power to elected President Ana Sava on Sunday.", []),
    ],
)
def test_a_participle_describing_a_title_is_no_past(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two-day talks that are due to continue on Thursday come after Ana Ruiz accused "
         "Varna of exploiting a truce last week to stockpile weapons before launching a record "
         "number of missile attacks on Tuesday.",
         [("on Thursday", date(2027, 12, 2), date(2027, 12, 2))]),
        # look-alike: the act after "after" still ahead
        ("The talks will resume on Thursday after the envoys meet on Tuesday.",
         [("on Thursday", date(2027, 12, 2), date(2027, 12, 2)),
          ("on Tuesday", date(2027, 12, 7), date(2027, 12, 7))]),
    ],
)
def test_a_day_in_the_clause_of_a_past_act(text: str, expected: Windows) -> None:
    assert deadline_windows(text, WEDNESDAY) == expected
