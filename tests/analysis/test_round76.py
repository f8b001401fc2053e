"""Round 76, tuned on pool 40 of real news (issue 10). Speakers: "The Hale administration is
weighing …, but Rask signalled …. He said" (Rask, not the leader whose name only says whose
government); "Ruiz rejected President Rask's assertion that “…”" (Rask's words); "Officials
quoted Rask as telling the regional president: “…”"; "after Ivo Rask urged her to help “…”";
"Halden Radio hit back …. It said: “…”"; "At the meeting, he said he was working on the
assumption that …" before a paragraph of quotation; "His statement ends: “…”". Deadlines:
"With the bill returning to parliament on Tuesday"; "face 16 hours of debate later this
week" (from a Saturday, the next week too); not "worth $47bn over 10 years"; not "following
talks in Damascus this week".

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

_RASK_AND_HALE = (
    "Defence Minister Ivo Rask said on Friday that new sanctions would follow. Rask played "
    "down the prospect of military action.\n\n"
)
_LATER_NAMED = "\n\nPresident Tom Hale has set a deadline for a reply."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_RASK_AND_HALE + "The Hale administration is weighing a package of sanctions, but "
         "Rask signalled that some could hurt ordinary people. He said that \"a package of "
         "carrots and sticks\" would be needed." + _LATER_NAMED, ["Ivo Rask"]),
        # look-alike: the leader named as the subject himself is the one "he" takes up
        (_RASK_AND_HALE + "President Tom Hale is weighing a package of sanctions. He said "
         "that \"a package of carrots and sticks\" would be needed." + _LATER_NAMED,
         ["Tom Hale"]),
        ("Prime Minister Ana Ruiz has rejected President Ivo Rask's assertion that \"Norland "
         "survives only because of our help.\"", ["Ivo Rask"]),
        # look-alike: her own claim stays hers
        ("Ana Ruiz repeated her claim that \"the border was never closed to trade.\"",
         ["Ana Ruiz"]),
        ("Ivo Rask toured the region on Friday. Officials quoted Ivo Rask as telling Ana "
         "Ruiz, head of the regional government: \"We will protect your security and your "
         "autonomy within a united country.\"", ["Ivo Rask"]),
        ("Ana Ruiz promised to act on ticket resale at question time after Ivo Rask urged "
         "her to help \"ensure genuine fans are not fleeced by touts and rogues\".",
         ["Ivo Rask"]),
        ("Ivo Rask blamed Halden Radio for his defeat and said Norland TV was fairer.\n\n"
         "Halden Radio hit back in a strongly personal attack. In a statement, it said: "
         "\"This is nothing other than Rask auditioning for a job at a rival station.\"",
         ["Halden Radio"]),
        ("Ivo Rask spoke at a meeting in Halden on Wednesday.\n\nAt the meeting, he said he "
         "was working on the assumption that Ana Ruiz, the chair of the network, had backed "
         "his rival.\n\n\"I assume it's because Ruiz at some point said she wanted him, and "
         "the network had a lot to do with stopping my campaign.\"", ["Ivo Rask"]),
        # look-alike: a paragraph that opens with its own words is no follow-on
        ("Ivo Rask spoke at a meeting in Halden on Wednesday.\n\nAt the meeting, he said he "
         "was working on the assumption that the network had backed his rival.\n\nSome 83 "
         "members gave their answers for the study \"Whose Station Are You, Minister\".",
         [None]),
        ("Ivo Rask has attacked the foreign minister in a statement to the Observer.\n\nHis "
         "statement ends: \"We have put up with this embarrassment for long enough. It is "
         "time for him to go.\"", ["Ivo Rask"]),
    ],
)
def test_speakers_of_pool_40s_shapes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


SATURDAY = mid_morning(date(2027, 6, 19))
MONDAY = mid_morning(date(2027, 6, 21))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("With the withdrawal bill returning to parliament on Tuesday, a cross-party group "
         "say they have the numbers to defeat the government.", SATURDAY,
         [("on Tuesday", date(2027, 6, 22), date(2027, 6, 22))]),
        # look-alikes: a day done, and a noun in -ing that tells no time coming
        ("With the bill having passed on Tuesday, the group turned to other work.", SATURDAY,
         []),
        ("There was a problem with Ivo Rask's microphone during Monday night's debate.",
         mid_morning(date(2027, 6, 25)), []),
        ("Ministers offered no concessions on Friday and now face criticism from MPs during 16 "
         "hours of debate about the bill later this week.", MONDAY,
         [("later this week", date(2027, 6, 21), date(2027, 6, 27))]),
        # said on a Saturday, the rest of this week is its weekend: the next week is in reach
        ("MPs face 16 hours of debate about the bill later this week.", SATURDAY,
         [("later this week", date(2027, 6, 19), date(2027, 6, 27))]),
        # look-alike: "this week" on a Saturday stays this week
        ("The envoy will hold talks in Damascus this week.", SATURDAY,
         [("this week", date(2027, 6, 19), date(2027, 6, 20))]),
        ("The ministry says the tax rise would be worth $47bn over 10 years.", MONDAY, []),
        # look-alike: what a plan will do over the years ahead
        ("The government will spend £2bn over the next five years on new roads.", MONDAY,
         [("over the next five years", date(2027, 6, 21), date(2032, 6, 20))]),
        ("A delegation headed to Moscow on Monday to discuss proposals following talks with "
         "the UN envoy in Damascus this week.", MONDAY, []),
        # look-alike: talks still to come this week
        ("The envoy will hold talks in Damascus this week.", MONDAY,
         [("this week", date(2027, 6, 21), date(2027, 6, 27))]),
    ],
)
def test_deadlines_of_pool_40s_shapes(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
