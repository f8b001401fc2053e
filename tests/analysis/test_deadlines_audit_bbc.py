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

# The second half of the audit, each error restated in a sentence of our own.
SECOND_HALF: list[tuple[str, tuple[str, str, str] | None]] = [
    # an ordinal counts back over the span; a plain future still sets it ahead
    ("Brightwave issued its second profit alert in six months.", None),
    ("The regulator will publish its second report in six months.",
     ("in six months", "2026-09-17", "2026-09-17")),
    # after a verb of motion "to" is a preposition: "came to power" is past
    ("Since the coalition came to power in October, it has raised fuel duty twice.", None),
    ("The coalition hopes to take power in October.", ("in October", "2026-10-01", "2026-10-31")),
    # the term of a standing rule, not a date set for anything
    ("Such orders would be subject to a judicial review within 28 days.", None),
    ("The merger will be subject to a review within 28 days.",
     ("within 28 days", "2026-03-17", "2026-04-14")),
    ("Officials said the report would be published within 28 days.",
     ("within 28 days", "2026-03-17", "2026-04-14")),
    # an accounting period ends in the month named
    ("Sales at Corvo rose 8% in the six months to December.", None),
    ("The firm forecast a loss for the year to March 2027.", None),
    ("Corvo will report its results in December.", ("in December", "2026-12-01", "2026-12-31")),
    # a hope that has lapsed; a live one
    ("It was hoped the bridge would reopen this summer, but repairs have dragged on.", None),
    ("It is hoped the bridge will reopen this summer.",
     ("this summer", "2026-06-01", "2026-08-31")),
    # "ahead of" speaks of the event; the clause's own past decides the day
    ("In Geneva on Thursday ahead of the summit, the trade minister attacked the rich nations.",
     None),
    ("On Friday, a speech by the governor ahead of the summit sent the pound higher.", None),
    ("The minister will speak in Geneva on Thursday ahead of the summit.",
     ("on Thursday", "2026-03-19", "2026-03-19")),
    ("She is in a tight race ahead of the state caucuses on Saturday.",
     ("on Saturday", "2026-03-21", "2026-03-21")),
    # a future that runs into a year; a column "heading into" the year is its state now
    ("The credit squeeze will continue into 2027, the central bank says.",
     ("into 2027", "2027-01-01", "2027-12-31")),
    ("There are more counties in the blue column heading into 2026, a good sign for them.", None),
    # the end of a parliament: at most five years on, ten for the next one
    ("The aim is to raise it to 12 months by the end of the next Parliament.",
     ("by the end of the next Parliament", "2026-03-17", "2036-03-17")),
    ("At the end of the last Parliament, she stood down.", None),
    # a listing in the present progressive sets a date rolled into next year (14 February
    # 2027 is a Sunday: a Saturday 14 February would be this year's, gone)
    ("Portrait of a Chancellor is being shown on BBC Four on Sunday 14 February at 2100 GMT.",
     ("14 February", "2027-02-14", "2027-02-14")),
    ("The film was shown on BBC Four on 14 February.", None),
    # this weekend's event, and this weekend as a subject, said before the weekend
    ("Okafor is confident she can win her first title at this weekend's indoor championships.",
     ("this weekend", "2026-03-21", "2026-03-22")),
    ("\"Ultimately, this weekend is a stepping stone towards the summer.\"",
     ("this weekend", "2026-03-21", "2026-03-22")),
    ("This year's prize went to a first novel.", None),
    ("This week's convention is being held in a stadium.", None),
    # a plural or relative timetable present
    ("Senators begin two days of debate on the bill on Thursday.",
     ("on Thursday", "2026-03-19", "2026-03-19")),
    ("Senators began two days of debate on the bill on Thursday.", None),
    ("Freedonia, which attends the summit of seven leading industrialised nations on Friday, "
     "is unlikely to be cowed.", ("on Friday", "2026-03-20", "2026-03-20")),
    ("Freedonia, which attended the summit of industrialised nations on Friday, was not cowed.",
     None),
    # "no sooner than" a year is its earliest
    ("\"We are not looking at any sooner than 2028,\" her coach said.",
     ("sooner than 2028", "2028-01-01", "2028-12-31")),
    # a restriction imposed until a time still ahead; not one imposed at a time
    ("Mwangi was suspended from all races until the end of the year after missing a camp.",
     ("until the end of the year", "2026-03-17", "2026-12-31")),
    ("Mwangi was suspended at the end of the year.", None),
]


@pytest.mark.parametrize(("text", "window"), CASES + SECOND_HALF)
def test_wire_briefs(text: str, window: tuple[str, str, str] | None) -> None:
    found = analyse(text, MID_MARCH).deadlines
    if window is None:
        assert found == []
        return
    phrase, first, last = window
    assert_one_window(found, phrase, date.fromisoformat(first), date.fromisoformat(last))
