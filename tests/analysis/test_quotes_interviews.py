"""Speakers in a reporter's own interview: the question, then the answer as a quote
paragraph (issue 10, fresh diplomatic news).

Every sentence here was written for this test.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import speakers_in

PUBLISHED = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)




_OPENING = (
    "Harbour mayor Ana Ruiz still sounds defiant.\n\n"
    "When we met at the town hall, she said the port would reopen by spring.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Harbour mayor Ana Ruiz still sounds defiant. She is firmly against the plan of "
            "port owner Tomas Brandt.\n\n"
            "Brandt, Ruiz told me, has already given up on the ferry link, and the only answer "
            "was pressure.\n\n"
            "“I think Brandt gave up long ago. The question is how we get the boats back "
            "before the summer.”",
            ["Ana Ruiz"],
            id="an aside 'Name told me' credits the next quote paragraph, not the subject",
        ),
        pytest.param(
            _OPENING
            + "I met Ruiz in her office above the quay.\n\n"
            "But is the ferry worth the cost? Would the town not be better off with a bridge?"
            "\n\n“I see it differently. A bridge would take ten years and the ferry takes one "
            "winter to fix.”",
            ["Ana Ruiz"],
            id="a quote paragraph after the reporter's question answers it",
        ),
        pytest.param(
            _OPENING
            + "I met Ruiz in her office above the quay.\n\n"
            "I asked her about the council's plan to sell the quay to Tomas Brandt.\n\n"
            "“It is not only Tomas Brandt, we are talking about the whole council. Leaders "
            "will change, the quay stays.”",
            ["Ana Ruiz"],
            id="a person named only inside the answer does not speak it",
        ),
        pytest.param(
            _OPENING
            + "I asked Ruiz whether the port could wait.\n\n"
            "The latest item on her list is a new crane for the quay.\n\n"
            "“Today the issue is the crane. It is the most difficult problem we have in the "
            "port right now.”",
            ["Ana Ruiz"],
            id="an unattributed quote paragraph in an interview is the interviewee's",
        ),
    ],
)
def test_interview_answers(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


def test_a_question_without_an_interview_credits_no_one() -> None:
    text = (
        "Harbour mayor Ana Ruiz met the council on Monday.\n\n"
        "But is the ferry worth the cost?\n\n"
        "“A bridge would take ten years and the ferry takes one winter to fix.”"
    )
    assert speakers_in(text) == [None]


def test_two_people_interviewed_leave_an_answer_unattributed() -> None:
    text = (
        "Ana Ruiz told me the port would reopen. Tomas Brandt told me it would not.\n\n"
        "But is the ferry worth the cost?\n\n"
        "“A bridge would take ten years and the ferry takes one winter to fix.”"
    )
    assert speakers_in(text) == [None]


def test_a_full_name_no_list_knows_then_the_surname_alone_is_a_person() -> None:
    text = (
        "No one was hurt when the drone hit Tove Varkanenko’s building on the night after her "
        "birthday.\n\n"
        "“I was sitting on the floor and felt the blast shake the whole block,” she told "
        "Al Jazeera.\n\n"
        "Since the attack, Varkanenko has been sleeping in her coat."
    )
    assert speakers_in(text) == ["Tove Varkanenko"]


def test_a_landmark_named_again_without_its_first_word_is_no_person() -> None:
    entities = analyse(
        "Crowds gathered by the Halvar (Liberty) Tower in the capital.\n\n"
        "The marble Halvar Tower was built in 1971.",
        PUBLISHED,
    ).entities
    assert not any(entity.type == "person" for entity in entities)
