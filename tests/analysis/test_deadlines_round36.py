"""Deadlines round 36, tuned on pool 24: a thing due told again on the same dates in other
words is one line when one thing alone is due then and both tell of one kind of event ("the
vote … remains on a knife edge" / "Britons will vote on Thursday"; "will restart talks" /
"will lead an opening session"), or when the same time words come back with a word of the
goal in common ("by 2030" for one emissions goal). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning

TUESDAY = mid_morning(date(2027, 6, 22))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With the referendum in two days' time, the vote remains on a knife edge. Voters in "
         "Ostland will vote on Thursday on whether to leave the union.",
         [("in two days' time", date(2027, 6, 24), date(2027, 6, 24))]),
        ("The two sides will restart talks on Thursday. Ruiz and Rask will lead an opening "
         "session on Thursday afternoon.",
         [("on Thursday", date(2027, 6, 24), date(2027, 6, 24))]),
        ("The bloc has a target to cut emissions by 55% by 2030. It is on course to reduce "
         "net emissions by around 54% by 2030, the agency said.",
         [("by 2030", date(2027, 6, 22), date(2030, 12, 31))]),
        # look-alikes: two things due that day; one kind of event but two lines kept that
        # day; the same time words for goals with no word in common
        ("The union will hold a strike vote on Thursday. The band will release its album on "
         "Thursday.",
         [("on Thursday", date(2027, 6, 24), date(2027, 6, 24)),
          ("on Thursday", date(2027, 6, 24), date(2027, 6, 24))]),
        ("The committee will vote on Thursday. The band will release its album on Thursday. "
         "The senate will hold its ballot on Thursday.",
         [("on Thursday", date(2027, 6, 24), date(2027, 6, 24)),
          ("on Thursday", date(2027, 6, 24), date(2027, 6, 24)),
          ("on Thursday", date(2027, 6, 24), date(2027, 6, 24))]),
        ("The port will double its capacity by 2030. Every bus in the city will run on "
         "electricity by 2030.",
         [("by 2030", date(2027, 6, 22), date(2030, 12, 31)),
          ("by 2030", date(2027, 6, 22), date(2030, 12, 31))]),
    ],
)
def test_the_same_thing_told_again_is_one_line(text: str, expected: Windows) -> None:
    assert deadline_windows(text, TUESDAY) == expected
