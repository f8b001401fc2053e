"""Speakers after an intervening report, a description with an opening phrase, and
openers that are not names."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import openings_and_speakers, speakers_in


def test_a_sentence_reporting_someone_else_ends_the_run_of_the_previous_speaker() -> None:
    text = (
        "Markets rose on Friday. “The data was better than anyone hoped,” said Paul Granger, "
        "an analyst at Brightwater. Helen Dorsey, the central bank governor, warned that "
        "the recovery could stall. “I am uneasy when I see that.”"
    )
    assert openings_and_speakers(text)[-1] == ("I am uneasy when I s", "Helen Dorsey")


def test_a_nested_mark_closing_after_ours_keeps_the_attribution() -> None:
    text = (
        "“Traders are relieved,” said Paul Granger, an analyst at Brightwater. Helen Dorsey, "
        "the central bank governor, warned that the recovery could stall. “I am uneasy, "
        "because we are already saying, ‘well, it is over,”’ she said."
    )
    assert openings_and_speakers(text)[-1][1] == "Helen Dorsey"


def test_he_after_an_opening_phrase_and_a_described_subject() -> None:
    text = (
        "Union leader Carla Benn said the offer was “an insult”. Radio reporter Tom Frayne "
        "said he believed the dispute would last. Governor Alan Pike spoke to workers.\n\n"
        "Mr Frayne said: “I think the problem is bigger than this.”\n\n"
        "The opposition leader Nina Vance wrote to Mr Pike on Tuesday asking him to "
        "apologise. In a furious response, the governor said his words had been twisted. "
        "He told Ms Vance: “It is disappointing that you have joined this campaign.”"
    )
    assert openings_and_speakers(text)[-1] == ("It is disappointing ", "Alan Pike")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chief executive Nora Quill spoke to reporters on Monday. She said the firm would "
            "keep trading. Regarding the court process she said, “We will do it right. And we "
            "will do it once.” She added that the unions backed the plan. Of the chance of a "
            "clash with the government, she stated that “I don't think it is going to happen.” "
            "Addressing a conference in Ohio, the chief executive said that “the prospects for "
            "growth appear good this year.”",
            ["Nora Quill"] * 3,
            id="participle and preposition openers are not names",
        ),
        pytest.param(
            "The party will meet in Leeds next year. Mara Quint, Harrogate Traders Association "
            'said: "We have tried very hard to make sure they come back." "Obviously we have '
            'failed in that."',
            ["Mara Quint", "Mara Quint"],
            id="name then organisation without closing comma credits the person",
        ),
        pytest.param(
            "The emails were read into the record. Deputy Director Carl Ostrander wrote first: "
            "“We do not have to wait, you know. I am ready.”: Secretary of the Navy Ada "
            "Lindqvist: “No, save it for later. He admits it.”: Deputy Director of Naval "
            "Supply Carl Ostrander: “I read the article with disgust. It is wrong.”",
            ["Carl Ostrander", "Ada Lindqvist", "Carl Ostrander"],
            id="transcript labels between quotes name the speaker",
        ),
        pytest.param(
            "Critics said the feature was a bad idea. In a statement Nexora Systems said the "
            "tool was still on trial and that the company welcomed feedback. It said: \"Users "
            'can choose never to click the button." "They can also switch it off."\n\n'
            "Kelvar Group recalled the cables on Monday. The firm said few consoles had failed. "
            'In a statement, it added: "In almost all cases the damage stayed inside the '
            'console."',
            ["Nexora Systems", "Nexora Systems", "Kelvar Group"],
            id="it after a named body is that body",
        ),
        pytest.param(
            "The Vexa phone has been named the best gadget of the decade by US magazine Pocket "
            "Tech.\n\nThe magazine compiled a list of 50 gadgets. Sony and Nokia feature "
            'twice. "We included only items that were truly portable," said the magazine.\n\n'
            'Shares in budget airline Skyjet fell. "Fuel costs have risen sharply," the '
            "airline said.",
            ["Pocket Tech", "Skyjet"],
            id="the magazine and the airline are the bodies named with those words",
        ),
    ],
)
def test_speakers_of_every_quote(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected
