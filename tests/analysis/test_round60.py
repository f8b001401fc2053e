"""Round 60, from earlier pools' left-overs: "the MPs said" (and "they added" after "The MPs
said …") speak for the one committee the story named; and a span a class of people keeps
from their own arrival or test ("travellers arriving … must isolate for 14 days") is a
standing rule, not a time that runs from now; and "for a few more days" is a further span,
as "for two more days" was.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning, speakers_in

_REPORT = "The Harbour Transport Committee published its report on Tuesday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_REPORT + "\n\n“Services have been unreliable for far too long,” the MPs said.",
         ["Harbour Transport Committee"]),
        (_REPORT + "The MPs said the rail operator had failed passengers.\n\n“Services have "
         "been unreliable for far too long and the operator must improve,” they added.",
         ["Harbour Transport Committee"]),
        # look-alikes: no committee, or two of them, leave the MPs as written
        ("Conservative MPs criticised the plan on Tuesday.\n\n“This is a betrayal of every "
         "promise we made,” the MPs said.", ["MPs"]),
        ("The Harbour Transport Committee and the Halden Treasury Committee met on Tuesday."
         "\n\n“This is a betrayal of every promise we made,” the MPs said.", ["MPs"]),
    ],
)
def test_the_mps_are_the_committee_named(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


MONDAY = mid_morning(date(2027, 7, 12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Travellers arriving from the region must isolate for 14 days, the health ministry "
         "said.", []),
        ("Anyone who tests positive will have to self-isolate for 10 days under the rules.",
         []),
        ("People arriving in Varna from Halden must quarantine for 14 days.", []),
        # look-alikes: one body's act lasts a span from now
        ("The airline will suspend flights to the island for 14 days, the company said.",
         [("for 14 days", date(2027, 7, 12), date(2027, 7, 26))]),
        ("The factory must close for 14 days while inspectors check the site.",
         [("for 14 days", date(2027, 7, 12), date(2027, 7, 26))]),
    ],
)
def test_a_rule_each_arrival_keeps_is_no_span_from_now(text: str, expected: Windows) -> None:
    assert deadline_windows(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks will continue for a few more days, the envoy said.",
         [("for a few more days", date(2027, 7, 12), date(2027, 7, 16))]),
        # look-alike: a count of one word was read before
        ("The talks will continue for two more days, the envoy said.",
         [("for two more days", date(2027, 7, 12), date(2027, 7, 14))]),
    ],
)
def test_a_few_more_days_is_a_further_span(text: str, expected: Windows) -> None:
    assert deadline_windows(text, MONDAY) == expected
