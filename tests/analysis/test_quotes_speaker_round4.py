"""Speakers credited in shapes met in a fourth round of hand-judged news copy: a regional
adjective before an unnamed official, a gerund opening the sentence before "says Name",
an age before a lone first name, a lawmaker's state label in a long attribution after a
question, a role of a body set before a name the lists do not know, a name in an opening
"With …" phrase, and a sentence after a quote that reports words of its own.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Talks stalled.\n\nChileans blame the rebels. Asian officials blame the navy.\n\n"
            "“There is no chance of it now,” an Asian official said after the strikes. "
            "“Everyone is waiting until after the vote.”",
            ["an Asian official", "an Asian official"],
            id="a regional adjective before 'official' is no name",
        ),
        pytest.param(
            "Talks stalled.\n\n“The window has closed for good,” one Arab diplomat told "
            "reporters in Doha.",
            ["one Arab diplomat"],
            id="'one Arab diplomat' is an unnamed source",
        ),
        pytest.param(
            "Talks stalled.\n\nBeing allowed into committee meetings at the pact's "
            "headquarters was a revelation, says Lars Nyberg, a Danish defence expert: “It "
            "is like visiting a house many times and finding rooms you never knew about.”",
            ["Lars Nyberg"],
            id="a gerund opening the sentence is no speaker",
        ),
        pytest.param(
            "Talks stalled.\n\nGetting invited to the talks was a shock, says Lars Nyberg, a "
            "defence expert: “We had waited at the door for years and years.”",
            ["Lars Nyberg"],
            id="another opening gerund before a -ed word",
        ),
        pytest.param(
            "Talks stalled.\n\nShock was common among ordinary people.\n\n“I'm scared to pick "
            "up my phone,” said 28-year-old Karim from the port town of Sidon in the south."
            "\n\nKarim is one of many who now fear the street.",
            ["Karim"],
            id="an age before a lone first name",
        ),
        pytest.param(
            "Talks stalled.\n\n“The bridge will never be finished in time,” said a "
            "41-year-old Layla from the hill village of Qana.",
            ["Layla"],
            id="'a' and an age before a lone first name",
        ),
        pytest.param(
            "Talks stalled.\n\n“What we are talking about is a tiny share,” Berg told "
            "reporters Monday.\n\nDemocrats said the savings were small. “They claim there "
            "is no money for it?” Senate Minority Leader Paul R. Dorsey (D-New Mexico) told "
            "reporters, referring to school meals and funding for local radio and TV "
            "stations. “We say nonsense. What about the tax breaks for the rich?”",
            ["Berg", "Paul R. Dorsey", "Paul R. Dorsey"],
            id="a long title, initial and state label after a question",
        ),
        pytest.param(
            "Talks stalled.\n\nDemocrats warned it would be harder.\n\n“How are we supposed "
            "to strike a deal if they tear it up in a party-line vote?” Sen. Maria Lenz "
            "(Oregon), the top Democrat on the Budget Committee, said last week on the "
            "Senate floor.",
            ["Maria Lenz"],
            id="a state label, then an apposition, after a question",
        ),
        pytest.param(
            "Talks stalled.\n\nThe rights campaigner Peter Lund said the decision was “very, "
            "very sad”.\n\n“News that we abstained is deplorable and very sad,” he said.\n\n"
            "The president of the Chilean Workers Network, Nasser Mashni, also voiced dismay, "
            "saying the situation was “dire”.\n\n“We are deeply let down that we did not "
            "join most of the world in this call,” he told the Daily Star.",
            ["Peter Lund", "Nasser Mashni"],
            id="the head of a body set before a name no list knows: a person",
        ),
        pytest.param(
            "Talks stalled.\n\nMany on the right admire Ruiz. With Mr Berg back in office, "
            "Mr Kovac now seems bolder. He says the south cannot win. Last month he started "
            "a row with Spain by opposing the plan. “You go there if you like. Put your boots "
            "on and go to the front,” he told reporters.",
            ["Kovac"],
            id="a name in an opening 'With' phrase is no subject 'he' takes up",
        ),
        pytest.param(
            "Talks stalled.\n\nThe allies know the risk. Ana Ruiz, the alliance's "
            "secretary-general, demanded the north “stop entering allied airspace” and "
            "warned that “we will guard every metre of our land.” Mr Berg said he had called "
            "the leaders of Chile and Peru.",
            ["Ana Ruiz"],
            id="a sentence after the quote reporting its own clause does not credit it",
        ),
    ],
)
def test_round4_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Talks stalled.\n\n“We will guard every metre of our land.” Mr Berg said so on "
            "Monday.",
            ["Berg"],
            id="a plain credit after a closed quote still counts",
        ),
        pytest.param(
            "Talks stalled.\n\n“The vote is lost,” said Manning, a party whip.",
            ["Manning"],
            id="a surname ending in -ing is still a name",
        ),
        pytest.param(
            "Talks stalled.\n\nThe shows air on the Coastal Network, Blue Harbour Media, "
            "this week. “We are proud of the whole season,” the network said.",
            ["Blue Harbour Media"],
            id="a body apposed to a network stays a body",
        ),
        pytest.param(
            "Talks stalled.\n\nWith the vote lost, Mr Kovac seemed calm. “We will try again "
            "in the spring,” he said.",
            ["Kovac"],
            id="the subject after an opening 'With' phrase is still the subject",
        ),
    ],
)
def test_round4_near_misses(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
