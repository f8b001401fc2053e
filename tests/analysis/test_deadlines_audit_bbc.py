"""Deadlines from an audit of short wire-style news (business, sport, politics, tech and arts
briefs; issue 10), each kind restated in a sentence written for this test, next to the
look-alikes that must stay out (window None).

Published on a Tuesday in mid-March, so January and February are next year's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_one_window

MID_MARCH = datetime(2026, 3, 17, 12, 0, tzinfo=UTC)

# (sentence, (phrase as written, first day, last day) or None)
CASES: list[tuple[str, tuple[str, str, str] | None]] = [
    # a rule that comes into force on a date rolled into next year; not one that came
    ("The regulator is worried about savings rules coming into force on 1 January.",
     ("on 1 January", "2027-01-01", "2027-01-01")),
    ("Lawyers are studying the levy taking effect in February.",
     ("in February", "2027-02-01", "2027-02-28")),
    ("The rules came into force on 1 January.", None),
    # a present request for a later act; not one made then
    ("The campaign is asking its members to wear green on 14 February.",
     ("on 14 February", "2027-02-14", "2027-02-14")),
    ("The union urged its members to strike in February.", None),
    # a sports timetable present; not "races" as a noun
    ("said Okafor, who races in Glasgow on Friday.", ("on Friday", "2026-03-20", "2026-03-20")),
    ("The sprinter competes in Oslo on Saturday.", ("on Saturday", "2026-03-21", "2026-03-21")),
    ("The races on Saturday were cancelled because of snow.", None),
    ("Coins were tossed to settle two tight Senate races Monday night.", None),
    # a plain future, then the event after a preposition; not in the past
    ("The champion is set to go head-to-head with her rival again at Friday's indoor meeting.",
     ("Friday", "2026-03-20", "2026-03-20")),
    ("The minister is due to speak in Friday's debate on fishing quotas.",
     ("Friday", "2026-03-20", "2026-03-20")),
    ("The champion was set to race against her rival at Friday's indoor meeting.", None),
    ("She went head-to-head with her rival at Friday's meeting.", None),
    # "the year ahead", like "the months ahead"
    ("In the year ahead the club will open two new stadiums.",
     ("In the year ahead", "2026-03-17", "2027-03-17")),
    ("Bakers expect flour prices to climb over the month ahead.",
     ("over the month ahead", "2026-03-17", "2026-04-17")),
    # a verbless figure reports the period it was measured in; a forecast figure looks ahead
    ("Demand stayed weak, with retail sales up just 0.4% in the third quarter.", None),
    ("The index closed the year strongly, with tech shares down 2 points in December.", None),
    ("Exports are expected to be up 3% in the third quarter.",
     ("in the third quarter", "2026-07-01", "2026-09-30")),
    # a comparison with what was expected is no plan
    ("The factory built fewer cars than expected in January.", None),
    ("Exports grew faster than forecast in February.", None),
    # a perfect with a participle that looks like a base form; one before "that" leaves the
    # future after it alone
    ("Brightwave has become the second chip maker this week to warn on profits.", None),
    ("The price has come down this month to tempt buyers.", None),
    ("Aides who have run the figures argue that by month's end, the party will have won.",
     ("by month's end", "2026-03-17", "2026-03-31")),
]


@pytest.mark.parametrize(("text", "window"), CASES)
def test_wire_briefs(text: str, window: tuple[str, str, str] | None) -> None:
    found = analyse(text, MID_MARCH).deadlines
    if window is None:
        assert found == []
        return
    phrase, first, last = window
    assert_one_window(found, phrase, date.fromisoformat(first), date.fromisoformat(last))
