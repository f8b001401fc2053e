"""Round 72 (issue 10). Speakers: "a ministry spokesperson" and "a spokesperson for the
ministry" paragraphs after the one ministry the story named; a body described by what it
is ("the militant group", "the Iran-backed group", "the news outlet"); "the lawmaker"
after "Senator …". Deadlines: "until midnight on Friday", "by midnight Saturday".

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

_MINISTRY = (
    "Officials at the Ministry of Transport declined to comment further. Transport "
    "Secretary Tom Hale was travelling.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_MINISTRY + "“We do not comment on ongoing inquiries,” a ministry spokesperson said.",
         ["Ministry of Transport"]),
        (_MINISTRY + "“We do not comment on ongoing inquiries,” a spokeswoman for the ministry "
         "said.", ["Ministry of Transport"]),
        ("The Halden Department of Health issued a warning on Monday.\n\n“Residents should "
         "boil their water until further notice,” a department spokesperson said.",
         ["Halden Department of Health"]),
        # look-alike: of two ministries, which one speaks is not told
        ("The Ministry of Finance and the Ministry of Health both issued statements on "
         "Monday.\n\n“We were not consulted about the cuts at all,” a ministry spokesperson "
         "said.", ["a ministry spokesperson"]),
        ("The Varnak Liberation Front said at least 40 people were killed in the strikes "
         "overnight.\n\n“This is a massacre of civilians,” the militant group said.",
         ["Varnak Liberation Front"]),
        ("The Varnak Liberation Front fired rockets across the border on Sunday, the army "
         "said.\n\n“Our response was measured and limited,” the Iran-backed group said.",
         ["Varnak Liberation Front"]),
        ("The agents are looking at the statute, Halden News reported on Thursday.\n\n"
         "The provision can be applied “when individuals make misleading statements to "
         "agents,” according to the news outlet.", ["Halden News"]),
        # look-alike: "the rival company" is another body than the one just named
        ("Halden Motors recalled 40,000 cars on Tuesday. Varnex Cars, which makes the "
         "brakes, was not available for comment.\n\n“We were never told of any fault,” the "
         "rival company said.", ["the rival company"]),
        ("Senator Tom Hale, a Varna Republican, introduced the bill on Monday.\n\n“Halden must "
         "pay a price for this,” the lawmaker said.", ["Tom Hale"]),
        ("Rep. Ana Ruiz, a Varna Democrat, opposed it. Governor Tom Hale signed it anyway.\n\n"
         "“This law will hurt every family in the state,” the lawmaker said.", ["Ana Ruiz"]),
        # look-alike: a governor is no lawmaker
        ("Governor Ana Ruiz signed the order on Monday.\n\n“This will help every family in "
         "the state,” the lawmaker said.", ["the lawmaker"]),
    ],
)
def test_speakers_of_round_72(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


MONDAY = mid_morning(date(2027, 6, 21))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Negotiators have until midnight on Friday to reach a deal.", MONDAY,
         [("until midnight on Friday", date(2027, 6, 21), date(2027, 6, 25))]),
        ("Lawmakers must pass the budget by midnight Saturday or face a shutdown.", MONDAY,
         [("by midnight Saturday", date(2027, 6, 21), date(2027, 6, 26))]),
        ("Bids must be in by 5 p.m. local time on Thursday.", MONDAY,
         [("by 5 p.m. local time on Thursday", date(2027, 6, 21), date(2027, 6, 24))]),
        # look-alike: a night the talks already ran to
        ("The talks lasted until midnight on Friday, when both sides walked out.", MONDAY, []),
    ],
)
def test_deadlines_of_round_72(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
