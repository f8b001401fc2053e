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
            "Talks stalled.\n\nBut Sen. Ivo Rask (R-Utah) refused to discuss it, replying "
            "that he is “not going to talk about what my staff is doing.” And Sen. Lena Holt "
            "(R-Iowa), another member, said she had not thought about it.",
            ["Ivo Rask"],
            id="a labelled name reporting its own clause after a closed quote",
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Talks stalled.\n\nThe council chief Ana Ruiz will travel to Lima next week.\n\n"
            "On both trips, Ruiz hopes to discuss “measures that could be taken at once” to "
            "end the strike, council spokeswoman Marta Kovel said at a briefing in Geneva.",
            ["Marta Kovel"],
            id="a role and name with the verb and its place end the quote's sentence",
        ),
        pytest.param(
            "Talks stalled.\n\nThe navy's choice in May to cancel a test of its new rocket was "
            "described by navy spokesman Peter Lund at the time as a way to avoid “any steps "
            "that might be misread or misjudged.”",
            ["Peter Lund"],
            id="the agent of a passive 'described by … as'",
        ),
        pytest.param(
            "Talks stalled.\n\nThe ministry targeted Valbank, which Lenz called a “key "
            "trading bank” that helps others dodge the rules, as well as what Canadian "
            "officials described as “a wide network of more than 30 people and firms led by "
            "a tycoon.”",
            ["Canadian officials"],
            id="the relative clause nearest the quote characterises it",
        ),
        pytest.param(
            "Talks stalled.\n\n“The talks are going nowhere at all,” US officials said on "
            "Monday.",
            ["US officials"],
            id="a country's officials, unnamed",
        ),
        pytest.param(
            "Talks stalled.\n\nDimitri Kovac wrote online that “the north keeps finding "
            "reasons to drag this out”.\n\nHe said that “Ruiz is playing the same game she "
            "has played since 2011”, when the north seized the islands.\n\n“This is "
            "dangerous for all of us, and there must be a firm answer from all our partners.”",
            ["Dimitri Kovac", "Dimitri Kovac", "Dimitri Kovac"],
            id="a quote paragraph after a quote whose sentence goes on with 'when'",
        ),
        pytest.param(
            "Talks stalled.\n\nThe adviser Tomas Berg met Monday with the relatives of the "
            "five remaining hostages, where the families said they “voiced anger at the lack "
            "of any real progress” to Berg.",
            ["the families"],
            id="the subject of a 'where' clause next to the verb",
        ),
        pytest.param(
            "Talks stalled.\n\nPresident Ana Ruiz said she was ready to work with the south."
            "\n\nPraise was kept for Chancellor Tomas Berg, who the northern leader described "
            "as “truly wanting an end to this feud”.",
            ["Ana Ruiz"],
            id="a description in a 'who' clause is not the person the clause is about",
        ),
        pytest.param(
            "Talks stalled.\n\nPraise was kept for Chancellor Tomas Berg, who the northern "
            "leader described as “truly wanting an end to this feud”.",
            ["the northern leader"],
            id="unresolved, the description itself rather than the clause's antecedent",
        ),
        pytest.param(
            "Talks stalled.\n\n“This is a grave case that shows how hard the rival service "
            "works to recruit our citizens,” a senior harbour police official said in a "
            "statement.\n\n“At a time of crisis, a citizen travels abroad twice and meets "
            "foreign agents,” the statement continued.",
            ["a senior harbour police official", "a senior harbour police official"],
            id="'the statement continued' after words said in a statement",
        ),
        pytest.param(
            "Talks stalled.\n\n“This is a grave case that shows how hard the rival service "
            "works,” Ana Ruiz said in a written statement.\n\n“At a time of crisis, a citizen "
            "travels abroad twice and meets foreign agents,” the statement went on.",
            ["Ana Ruiz", "Ana Ruiz"],
            id="a named issuer of a written statement",
        ),
    ],
)
def test_round4_clauses(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Talks stalled.\n\nDimitri Kovac wrote that “the north keeps finding reasons to "
            "drag this out”, when the north seized the islands. Ana Ruiz rejected the claim."
            "\n\n“This is dangerous for all of us, and there must be a firm answer from all "
            "our partners.”",
            ["Dimitri Kovac", "Ana Ruiz"],
            id="a new subject after the clause takes the quote paragraph after it",
        ),
        pytest.param(
            "Talks stalled.\n\nThe ministry targeted Valbank, which Lenz described as “a key "
            "trading bank that helps others dodge the rules”.",
            ["Lenz"],
            id="a named subject of the relative clause",
        ),
        pytest.param(
            "Talks stalled.\n\nTomas Berg met the crew in Lima, where he said “the ship will "
            "sail again before long”.",
            ["Tomas Berg"],
            id="a pronoun in the 'where' clause is still the main subject",
        ),
        pytest.param(
            "Talks stalled.\n\nThe Harbour Board issued a statement on Monday.\n\n“This is "
            "a grave case that shows how hard the rival service works,” Ana Ruiz told "
            "reporters.\n\n“At a time of crisis, a citizen travels abroad twice and meets "
            "foreign agents,” the statement said.",
            ["Ana Ruiz", "Harbour Board"],
            id="words not said in a statement leave 'the statement' to its body",
        ),
    ],
)
def test_round4_clause_near_misses(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
