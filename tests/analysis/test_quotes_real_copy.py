"""Speakers the way real copy attributes them (issue 10): titles, descriptions and pronouns
that refer back, quotes that go on after their attribution, signatures, single marks.

Every sentence here was written for this test; the patterns come from measuring on
PolNeAR (bench/bench_attribution.py), whose text never enters the repository.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import quotes_in, speakers_in

PUBLISHED = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Foreign Secretary Anna Talvik met her counterpart in Oslo on Tuesday.\n\n"
            "“We are not going to sit at this table for months on end,” the foreign "
            "secretary said.",
            ["Anna Talvik"],
            id="the secretary after the named secretary",
        ),
        pytest.param(
            "Foreign Secretary Anna Talvik met her counterpart in Oslo on Tuesday.\n\n"
            "“The next round has to show results for both sides,” the top diplomat told "
            "reporters.",
            ["Anna Talvik"],
            id="a description by role, named earlier",
        ),
        pytest.param(
            "Mediator Karl Brenner arrived in the evening. “I still believe an agreement is "
            "within reach,” the Republican said.",
            ["Karl Brenner"],
            id="the Republican is the person, not the party",
        ),
        pytest.param(
            "Senator Maria Lopez questioned the harbour chief for an hour.\n\n"
            "“The board has simply run out of excuses,” she said.",
            ["Maria Lopez"],
            id="she after the named senator",
        ),
        pytest.param(
            "“The ministry will publish the full text of the draft next week,” a spokesperson "
            "for the Foreign Office said.",
            ["Foreign Office"],
            id="a spokesperson for an organisation",
        ),
        pytest.param(
            "“Our ferry plans will be far more ambitious this year,” said Harbour Board "
            "Chairman Ola Nordmann, summing up the meeting.",
            ["Ola Nordmann"],
            id="a name follows its last title word",
        ),
        pytest.param(
            "“The vote was a waste of everybody's time this week,” council Chairman Rep. Lena "
            "Frost (R-Vale) said after the hearing.",
            ["Lena Frost"],
            id="a party label in parentheses is not the name",
        ),
        pytest.param(
            "“We cannot keep the old quay open for another winter,” Jon Aasen, the port "
            "authority’s chief engineer, said.",
            ["Jon Aasen"],
            id="a possessive inside the apposition names whom he works for",
        ),
        pytest.param(
            "“We cannot keep the old quay open for another winter,” Port Director Ruth "
            "Halden’s deputy, Jon Aasen, said.",
            ["Jon Aasen"],
            id="a possessor before the name is whom he speaks for",
        ),
        pytest.param(
            "“How many more winters must the quay survive without repairs?” Lopez asked.",
            ["Lopez"],
            id="a question closed by its own sentence",
        ),
        pytest.param(
            "Voters at the market were asked about the ferry.\n"
            "“It has made my commute twice as long.” ― Sonja Berg\n"
            "“The timetable changes every single month.”― Piet Vos",
            ["Sonja Berg", "Piet Vos"],
            id="signatures after a dash",
        ),
        pytest.param(
            "“It is simply gutless leadership,” Lopez said.",
            ["Lopez"],
            id="a four-word quote that opens like speech",
        ),
        pytest.param(
            '"The board wanted sixty votes and got none,” Lopez said.',
            ["Lopez"],
            id="mixed quotation marks",
        ),
        pytest.param(
            "Talvik: ‘We will not sign a bad deal this year’\n\n"
            "Foreign Secretary Anna Talvik met her counterpart in Oslo on Tuesday.\n\n"
            "‘There is no agreement yet on the borders,’ Talvik said in a statement.",
            ["Anna Talvik", "Anna Talvik"],
            id="headline and British single marks",
        ),
        pytest.param(
            "Ferry operator Nils Dahl released a statement calling the delay “a failure of "
            "planning on every level.”",
            ["Nils Dahl"],
            id="the subject of the sentence that introduces the quote",
        ),
        pytest.param(
            "“The tunnel will not open before the inspection is finished,” said engineer Tove "
            "Lind.\n\n"
            "“We found cracks in two of the supports and we will not take any risks.”\n\n"
            "The council meets on Thursday.",
            ["Tove Lind", "Tove Lind"],
            id="quote in the next paragraph continues its speaker",
        ),
        pytest.param(
            "“The tunnel will not open before the inspection,” Lind said after meeting mayor "
            "Ines Fonseca at the depot. “We found cracks in two of the supports.”",
            ["Lind", "Lind"],
            id="second quote after a longer attribution keeps the speaker",
        ),
    ],
)
def test_speaker(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


def test_apostrophes_do_not_open_or_close_single_quotes() -> None:
    text = "Lind’s team won’t say when the port’s tunnel reopens, officials said."
    assert quotes_in(text) == []


def test_unattributed_quote_stays_unknown() -> None:
    text = "Signs along the closed road read “No entry until further notice from the council.”"
    assert speakers_in(text) == [None]


def test_indefinite_description_is_not_turned_into_a_name() -> None:
    text = (
        "Mayor Ines Fonseca opened the depot.\n\n"
        "“Nobody asked the drivers what they thought of it,” one driver said."
    )
    assert speakers_in(text) == ["one driver"]


def test_dateline_and_the_secretary_of_state_after_the_named_secretary() -> None:
    text = (
        "OSLO — Foreign Secretary Anna Talvik said on Friday that her government could leave "
        "the talks within days.\n\n"
        "“We will not sit at this table for months on end,” the secretary of state told "
        "reporters. “We need to decide very quickly.”\n\n"
        "“If it cannot be done, we will move on,” she added."
    )
    assert speakers_in(text) == ["Anna Talvik", "Anna Talvik", "Anna Talvik"]
    people = [e.name for e in analyse(text, PUBLISHED).people]
    assert people == ["Anna Talvik"]


def test_headline_quote_names_its_speaker_before_the_colon() -> None:
    text = (
        "Talvik: “We will not be rushed into a bad deal”\n\n"
        "The foreign secretary spoke after a second day of talks."
    )
    assert speakers_in(text) == ["Talvik"]


@pytest.mark.parametrize(
    "text",
    [
        "President Jonas Berg wrote on Truth Social: “The talks are going very well and a deal "
        "is close.”",
        "“Nobody should expect a signature this week,” President Jonas Berg wrote on X.",
        "According to President Jonas Berg, “the army will stay in position until the "
        "ceasefire holds.”",
        "“The ceasefire must be respected at all times,” President Jonas Berg told reporters.",
    ],
)
def test_same_sentence_cues(text: str) -> None:
    assert speakers_in(text) == ["Jonas Berg"]
