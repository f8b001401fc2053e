"""Round 85: pool 48 of real news (issue 10), judged once on round 83's tip.

Speakers: a first lady the story opens on is the bare surname's owner, not her husband
named later; "he is heard saying:" is an attribution; a colon right after the attribution
opens a quote of its own ("“down the line” he warned: “…”"); "the Asian football governing
body" is the Asian Football Confederation; "it added" after a body's quote goes on with
that body ("said the statement from …"), also a body the story only describes ("The
government said …. It said"); "Frydenberg noted the OECD survey found a “…”": the survey's
words; "Reuters said that councillor Ana Ruiz stated that the plan had “…”": hers; "An
airport spokesman has previously said …. He said": the spokesman; "Inspector-General" is a
title before an unknown given name; "the bench also comprising Justices …" names the bench's
members, and a bench is its court's.

Deadlines: "in a few weeks" runs two to four weeks; "has given the border wing of the state
police seven days to comply".

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import (
    deadline_windows,
    mid_morning,
    openings_and_speakers,
    speakers_in,
)

WEDNESDAY_IN_MARCH = mid_morning(date(2031, 3, 5))
_WORDS = "we expect the harbour to reopen before the summer season begins"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("First lady Maria Holt said victims \"need to have really hard evidence\" in an "
         "interview.\n\n\"If you accuse someone of something, show the evidence,\" Holt said."
         "\n\nHolt also said she supports women, but she echoed her husband, President Ivo "
         "Holt.\n\nDuring the campaign, women accused Ivo Holt of misbehavior.",
         ["Maria Holt", "Maria Holt"]),
        ("During the campaign, women accused Ivo Lenz of misbehavior.\n\nOn the tape he is "
         "heard saying: \"And when you are a star, they let you do it.\"", ["Ivo Lenz"]),
        ("Home fixtures were postponed, as per a statement by the Asian Football Confederation "
         f"on Tuesday.\n\n\"{_WORDS.capitalize()},\" said the statement from the Asian "
         "football governing body.\n\nHowever, teams could still play by mutual agreement.\n\n"
         "\"The matches may still be played during the international windows,\" it added.",
         ["Asian Football Confederation", "Asian Football Confederation"]),
        ("Labour criticised the plan.\n\nThe government said the new laws will \"make it as "
         "easy as refuelling a petrol car today\".\n\nIt said simpler ways to pay would come "
         "to \"all new fast and rapid charge points\".", ["The government", "The government"]),
        ("The OECD published its survey of Varna on Tuesday.\n\nIvo Lenz noted the OECD survey "
         "found a \"substantial quickening in the pace of the vaccine rollout\".", ["OECD"]),
        ("Reuters said that councillor Ana Ruiz stated that the authority had \"begun to "
         "develop policies which seek to address climate change\".", ["Ana Ruiz"]),
        ("The motion calls on the council to \"undertake an urgent review of all policies on "
         "green space\".\n\nAn airport spokesman has previously said that the plans were "
         "\"likely to slip\".\n\nHe said the airport \"naturally recognises its wider "
         "environmental responsibilities\".", ["The motion", "An airport spokesman"]),
        (f"\"{_WORDS.capitalize()},\" said Deputy Inspector-General of Police Deveshwar Kalra.",
         ["Deveshwar Kalra"]),
        ("The Supreme Court granted bail on Monday.\n\n\"The petitioner fulfils the threshold "
         "required for being enlarged on bail,\" the bench also comprising Justices Ana Ruiz "
         "and Ivo Lenz said in its order.", ["Supreme Court"]),
    ],
)
def test_speakers_of_pool_48(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text, WEDNESDAY_IN_MARCH) == expected


def test_a_colon_after_the_attribution_opens_a_quote_of_its_own() -> None:
    text = (
        "Ivo Lenz spoke in London on Friday.\n\nConceding that there would likely be a trade "
        "deal \"down the line\" he warned: \"It is not going to happen any time soon, because "
        "our focus is elsewhere.\""
    )
    assert openings_and_speakers(text, WEDNESDAY_IN_MARCH) == [("It is not going to h", "Ivo Lenz")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The minister said the draft policy would be presented to the cabinet in a few "
         "weeks.", WEDNESDAY_IN_MARCH,
         [("in a few weeks", date(2031, 3, 19), date(2031, 4, 2))]),
        # look-alike: a count told is one day
        ("The policy will be presented in two weeks.", WEDNESDAY_IN_MARCH,
         [("in two weeks", date(2031, 3, 19), date(2031, 3, 19))]),
        ("The court has given the border wing of the state police seven days to comply with "
         "its order.", WEDNESDAY_IN_MARCH,
         [("seven days", date(2031, 3, 5), date(2031, 3, 12))]),
    ],
)
def test_deadlines_of_pool_48(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
