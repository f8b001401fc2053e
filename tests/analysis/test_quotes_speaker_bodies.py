"""Speakers whose attribution holds the name of a body, a portfolio or an era: the part
of the name that is no speaker must not be taken for one.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The quarry has worked for years.\n\nMinister of Water Affairs, Thabo Lerata, would "
            "not say whether the office knew and only said: “Tell them to write a formal "
            "letter to the office”.",
            ["Thabo Lerata"],
            id="a portfolio after 'Minister of' is no person, the name after it speaks",
        ),
        pytest.param(
            "Prices rose.\n\nMinister of Mines and Energy Tom Alweendo said: “We will not let "
            "that happen again this year.”",
            ["Tom Alweendo"],
            id="a portfolio of several words ends at the first name",
        ),
        pytest.param(
            "Nobody knows yet.\n\n“Without such a plan, the nesting birds would be harmed for "
            "good,” Conservation group Save Our Dunes says. Save Our Dunes says the park is "
            "at risk.",
            ["Save Our Dunes"],
            id="a capitalised modifier and a head noun lead up to the body's name",
        ),
        pytest.param(
            "Solar is booming.\n\nPetrus Malope from Cape-based Karoo Social Justice Alliance "
            "says: “In this rush, we are seeing no clear direction at all.”",
            ["Petrus Malope"],
            id="a title word inside a body's name does not cut the speaker's name",
        ),
        pytest.param(
            "Streets were dark.\n\nIn their paper, historians describe the ways homes were "
            "heated as early as 400 BC saying “the ancient Greeks kept braziers burning in "
            "their homes.”",
            [None],
            id="the era of a year is no speaker",
        ),
        pytest.param(
            "The ministry summoned the envoy to lodge a protest over what it called “reckless "
            "strikes on several towns” across the country, the Ministry of Interior said.\n\n"
            "The envoy was told that “this act of aggression is a clear violation of our "
            "borders and our sovereignty,” the statement said.",
            ["Ministry of Interior"],
            id="the subject of a passive speech verb is its addressee",
        ),
        pytest.param(
            "Talks stalled.\n\n“We will not accept any deal that leaves our borders open to "
            "attack,” Chile said.",
            ["Chile"],
            id="a country alone next to the speech verb speaks",
        ),
        pytest.param(
            "The hearing went on.\n\nIn its written filing to the court, Peru said that the "
            "case and “the pending dispute between Chile and Peru” are linked, and that the "
            "court should use its discretion “not to render the requested opinion”.",
            ["Peru", "Peru"],
            id="a country subject before a long reported clause",
        ),
        pytest.param(
            "Classes resumed in exile.\n\n“We have a mixture of teachers who are part of the "
            "strike movement” inside the country “that are doing supervision, and, of course, "
            "we are”, too, says Lindqvist.",
            ["Lindqvist", "Lindqvist"],
            id="a few words of the same sentence join two quotes under one attribution",
        ),
        pytest.param(
            "Her favourite pastime is “Dancing with the night crew; Summer Lights,” and as "
            "to the “favourite excuse,” Lena Ferro wrote: “Nah, I am only joking with you!”",
            [None, "Lena Ferro"],
            id="a new clause between two quotes keeps them apart",
        ),
        pytest.param(
            "The hearings drew forty countries, including Chile, the UN and the UK.\n\n"
            "Peru did not appear at the hearings, but, in a written filing to the court in "
            "March, rejected the questions as “patently biased and one-sided”.\n\nIt argued "
            "that no duty exists on it to respect the work of a UN agency, when “the legitimate "
            "security concerns of a member state are badly undermined by the agency”.",
            ["Peru"],
            id="'It' is the country opening the sentence before as its subject",
        ),
    ],
)
def test_speakers_around_bodies(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


def test_an_honorific_picks_the_relative_of_its_gender() -> None:
    text = (
        "The grandmother beaten inside her home has spoken.\n\n"
        "Ninette Carvell is still bruised but is sharing her story.\n\n"
        "The patient was beaten by three men who told her husband, Philip Carvell, they were "
        "police officers.\n\n"
        "“The minute they came inside, one bloke grabbed me by the arm,” Mr Carvell said.\n\n"
        "“I was pouring with blood and I thought I was dying that night,” Mrs Carvell said."
    )
    assert speakers_in(text) == ["Philip Carvell", "Ninette Carvell"]


def test_parents_named_in_passing_do_not_take_the_surname() -> None:
    text = (
        "Kamala Ferreira was born in 1971, the older of two daughters to Luis Ferreira, an "
        "engineer, and Priya Gupta Ferreira, a chemist who died in 2009.\n\n"
        "The family settled in the city. Ferreira later studied law.\n\n"
        "In her acceptance speech, Ferreira said her friend’s story “is one of the reasons I "
        "became a prosecutor, to protect people like her.”"
    )
    assert speakers_in(text) == ["Kamala Ferreira"]


def test_the_speaker_next_to_the_quote_over_according_to() -> None:
    text = (
        "Thomas Lerotholi is a lawyer.\n\nAccording to Lerotholi, Judge Palesa Mohau once "
        "cautioned: “Constitutional amendment is needed for constitutional growth but, like a "
        "double-edged sword, it can help or hurt a country.”"
    )
    assert speakers_in(text) == ["Palesa Mohau"]


def test_a_verb_between_two_names_is_no_title_chain() -> None:
    text = (
        "Prime Minister Kenji Arata faced the party leaders on Saturday.\n\n"
        "During the debate, party leader Yuto Hamada urged the prime minister to pledge that "
        "the funds would stay unused. But Arata brushed Hamada off, saying only, “We will not "
        "use the funds in any way that is illegal or even suspected of being illegal.”"
    )
    assert speakers_in(text) == ["Kenji Arata"]
