"""Speakers in British and wire-style copy: single marks, titles, relayed and run-on quotes."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import only, quotes_in, speakers_in


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Chancellor Hal Brent spoke in Leeds on Monday. 'We will not put the recovery at "
            "risk for a quick tax cut,' Mr Brent said. 'The numbers do not allow it.'",
            "Hal Brent",
            id="straight single marks in copy without double marks",
        ),
        pytest.param(
            "Tom Ashby defended the treaty on Tuesday. Mr Ashby told MPs the deal was close. "
            'Opposition leader Carl Wend attacked it. "We will get this done before the '
            'summit," the prime minister said.',
            "Tom Ashby",
            id="the prime minister is not the opposition leader named last",
        ),
        pytest.param(
            "Tributes came from around the world. United States President Dana Holt said "
            '"she changed how a whole generation thought about the sea and its future."',
            "Dana Holt",
            id="a country before a title is not the speaker",
        ),
        pytest.param(
            'Transport Minister Jon Adeyemi spoke on Friday. "We do not need to buy aircraft '
            'abroad while the ban stays in place," a news site quoted Adeyemi as saying.',
            "Jon Adeyemi",
            id="a relayed quote names the person quoted, not the outlet",
        ),
        pytest.param(
            'Investors welcomed the move. "The change could really ignite interest in the '
            "telecoms industry,\" added Moss and Pike's Ravi Menon.",
            "Ravi Menon",
            id="the name after a firm's possessive",
        ),
        pytest.param(
            "The plant will close next year. General Motors stated that the company would cut "
            'output "in response to rapidly deteriorating market conditions in the region".',
            "General Motors",
            id="one word left of an organisation is not a person",
        ),
        pytest.param(
            "Vera Olsen, the airline's founder, opened the show. During her speech she stated "
            'that "today we are going to change how people fly across the north."',
            "Vera Olsen",
            id="the subject after an opening phrase",
        ),
        pytest.param(
            "Actor Owen Marsh visited the theatre in May. The Oscar-nominated actor, whose "
            'films include Grey Harbour, Nina Cole and The Long Field, said: "This building '
            'is too important to the life of the town to crumble."',
            "Owen Marsh",
            id="a relative clause with names does not supply the speaker",
        ),
        pytest.param(
            "Jason Pell won the 60m in Leipzig on Sunday. The world indoor champion said: "
            '"I was sick at the airport and almost went home."',
            "Jason Pell",
            id="a description resolves to the person named before",
        ),
    ],
)
def test_speaker_is_the_one_the_copy_credits(text: str, speaker: str) -> None:
    assert only(quotes_in(text)).speaker == speaker


def test_straight_single_marks_stay_apostrophes_next_to_double_marks() -> None:
    text = (
        'The ministers\' meeting ran late. "We made real progress on the framework today," '
        "said Foreign Minister Ines Varga, who called it 'a good day for us all'."
    )
    assert [q.text for q in quotes_in(text)] == ["We made real progress on the framework today"]


def test_sentence_reporting_new_speech_is_not_the_finished_quotes_attribution() -> None:
    text = (
        'Central bank chief Ana Lind spoke on Monday. "Stability is our top task. This is '
        'our priority," Lind said. "Markets will get all the support they need." Finance '
        "Minister Ivo Rask announced that funds would be made available."
    )
    quote = only(quotes_in(text))
    assert quote.speaker == "Ana Lind"
    assert "Markets will get all the support they need" in quote.text


def test_quote_running_into_an_attributed_quote_is_the_same_speakers() -> None:
    text = (
        'The federation had suspended Ruth Kiprop. "We have withdrawn the ban." "She has '
        'given a reason for her absence," said federation chief Paul Otieno.'
    )
    assert speakers_in(text) == ["Paul Otieno", "Paul Otieno"]


def test_missing_closing_mark_before_a_new_quote_keeps_quotes_apart() -> None:
    text = (
        'Ms Hart spoke at the launch. "If in doubt keep it, that has long been our rule. '
        '"But destroying records to avoid disclosure is never acceptable," said Ms Hart. '
        "The act comes into force next year."
    )
    quotes = quotes_in(text)
    assert [q.text[:20] for q in quotes] == ["If in doubt keep it,", "But destroying recor"]
    assert all("act comes into force" not in q.text for q in quotes)


def test_title_mp_and_a_full_stop_are_not_part_of_the_speaker() -> None:
    text = (
        '"It will be a tragedy if the response is half-hearted," said Labour MP Rhys Dane. '
        '"Nothing was decided to change things at the meeting," said a league spokesman.'
    )
    assert speakers_in(text) == ["Rhys Dane", "a league spokesman"]
