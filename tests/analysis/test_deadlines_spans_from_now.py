"""Spans from now that hand judges of diplomatic news counted as missed deadlines: a bare
"in months", a decade ahead, "for the next three years" in a clause looking ahead, and a
window opened by the act reported. Each shape is restated in sentences written for this
test, next to the look-alikes that must stay out (window None).

Published on Tuesday 7 April 2026.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none

TUESDAY = datetime(2026, 4, 7, 12, 0, tzinfo=UTC)

# (sentence, (phrase as written, first day, last day) or None)
BARE_SPANS: list[tuple[str, tuple[str, str, str] | None]] = [
    # a bare plural is as vague as "within months": a handful of units from now
    ('"We expect a ruling in months, not years," said the mediator.',
     ("in months", "2026-04-07", "2026-10-07")),
    ("Aid workers warned that the dam could give way in hours if the rain kept up.",
     ("in hours", "2026-04-07", "2026-04-09")),
    ("The two envoys hope to close the gap in weeks, a diplomat said.",
     ("in weeks", "2026-04-07", "2026-05-19")),
    ("The tribunal is expected to rule in days.", ("in days", "2026-04-07", "2026-04-14")),
    # looking back: a superlative, a perfect, a past tense, a span of another event
    ("The lira fell to its weakest level in months on Monday.", None),
    ("It was the first rain in weeks for the northern valleys.", None),
    ("The two presidents have not spoken in months.", None),
    ("The militia overran the town in hours.", None),
    ("The talks were expected to end in weeks.", None),
    ("The envoy will meet the rebels he first met in months of talks last year.", None),
    # a word of a plan is not a plan, a capability is not a time, a length is not a wait
    ("The planned talks collapsed in days.", None),
    ("Critics said the due diligence took place in weeks.", None),
    ("Such repairs can usually be done in days.", None),
    ("The delay will be measured in weeks, not days.", None),
]

DECADES: list[tuple[str, tuple[str, str, str] | None]] = [
    ("The fund plans to triple its lending over the next decade.",
     ("over the next decade", "2026-04-07", "2036-04-07")),
    ("The coalition will spend 30 billion on coastal defences in the next decade.",
     ("in the next decade", "2026-04-07", "2036-04-07")),
    ("Both governments pledged to halve their coal use over the coming decade.",
     ("over the coming decade", "2026-04-07", "2036-04-07")),
    ("The levy would raise 40 billion over the next two decades, the study estimated.",
     ("over the next two decades", "2026-04-07", "2046-04-07")),
    # a decade narrated, a possibility under a condition, a concession
    ("The town doubled in size over the next decade.", None),
    ("Over the following decade, the harbour silted up.", None),
    ('"If the figures hold, this could change how we treat measles in the next decade," '
     "the doctor said.", None),
    ('"The reefs are already doomed, whatever we do in the next decade," the author said.', None),
    ("The port could lose its trade over the next two decades, the study warned.", None),
]

FOR_THE_NEXT: list[tuple[str, tuple[str, str, str] | None]] = [
    # a span with a definite end, in a clause that looks ahead
    ("The grain accord will run for the next three years.",
     ("the next three years", "2026-04-07", "2029-04-07")),
    ("The ministry plans to ration diesel for the next two months.",
     ("the next two months", "2026-04-07", "2026-06-07")),
    ("The refinery is set to operate for the next five years.",
     ("the next five years", "2026-04-07", "2031-04-07")),
    ("The generals agreed to hold their fire for the next two weeks.",
     ("the next two weeks", "2026-04-07", "2026-04-21")),
    ("The envoy will chair the contact group for the next year.",
     ("the next year", "2026-04-07", "2027-04-07")),
    # a vague one only with an act agreed or pledged for it
    ("The cabinet pledged to freeze bread prices for the coming months.",
     ("the coming months", "2026-04-07", "2026-10-07")),
    # past narration, a plan of a day gone, no future, or a vague span that only says how long
    ("He served as envoy for the next two years.", None),
    ("The border stayed shut for the next three months.", None),
    ("The treaty, signed in 2019, was to run for the next ten years.", None),
    ("The embassy will stay open for the next few weeks.", None),
    ("The council had pledged to freeze rents for the coming months.", None),
    ("The deadline passed and the bank stayed shut for the next three days.", None),
    ("The upcoming festival ran for the next three days.", None),
    ("The mayor plans to stay in Lisbon for the next three days.", None),
]

WINDOWS: list[tuple[str, tuple[str, str, str] | None]] = [
    # a window opened by the act reported runs from now
    ("The decree gives the ministry a 60-day period to review the levies.",
     ("a 60-day period", "2026-04-07", "2026-06-06")),
    ("The tribunal gave both parties a 90-day window to respond.",
     ("a 90-day window", "2026-04-07", "2026-07-06")),
    ("The pause can only last for 150 days under the statute.",
     ("for 150 days", "2026-04-07", "2026-09-04")),
    ("The truce will last for 30 days, the mediators said.",
     ("for 30 days", "2026-04-07", "2026-05-07")),
    # the verb "last" with its modal gives the span, with "for" or without
    ("Under the statute the pause can only last 150 days.",
     ("150 days", "2026-04-07", "2026-09-04")),
    ("The truce is expected to last a week, the mediators said.",
     ("a week", "2026-04-07", "2026-04-14")),
    ("The strike lasted two weeks.", None),
    ("Each hearing lasts two hours.", None),
    ("Fans will look back fondly on the last eight years.", None),
    # counted from another event, given in a past year or long ago, or a span gone
    ("The statute requires a report 180 days after enactment.", None),
    ("The agency has a 60-day period after enactment to review the rules.", None),
    ("The statute gives regulators a 60-day period to review rules after they are filed.", None),
    ("In 2019 the tribunal gave the parties a 90-day window to respond.", None),
    ("In 2019 the tribunal gave the parties 90 days to respond.", None),
    ("The statute gives regulators 60 days to review a rule once it is filed.", None),
    ("The mediators gave the militias 50 days to disarm after the summit.",
     ("50 days", "2026-04-07", "2026-05-27")),
    ("The tribunal had given the parties a 90-day window to respond.", None),
    ("Last month the decree gave the ministry a 60-day period to review the levies.", None),
    ("The pause lasted for 150 days under the statute.", None),
    ("The regulator had a 30-day window to object but did not.", None),
    ("The court gave the parties a 90-day window to respond, which expired in January.", None),
    ("The treaty gives each side a 90-day period to withdraw after notice is served.", None),
    ("Each new member has a two-year window to adapt its laws.", None),
    ("The code sets a 30-day deadline for appeals.", None),
    ("Mediators said the truce will open a 30-day window for talks.",
     ("a 30-day window", "2026-04-07", "2026-05-07")),
]


@pytest.mark.parametrize(("text", "window"), BARE_SPANS)
def test_a_bare_plural_span_ahead(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, TUESDAY).deadlines, window)


@pytest.mark.parametrize(("text", "window"), DECADES)
def test_a_decade_ahead(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, TUESDAY).deadlines, window)


@pytest.mark.parametrize(("text", "window"), FOR_THE_NEXT)
def test_for_the_next_span_in_a_clause_looking_ahead(
    text: str, window: tuple[str, str, str] | None
) -> None:
    assert_window_or_none(analyse(text, TUESDAY).deadlines, window)


@pytest.mark.parametrize(("text", "window"), WINDOWS)
def test_a_window_opened_now(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, TUESDAY).deadlines, window)
