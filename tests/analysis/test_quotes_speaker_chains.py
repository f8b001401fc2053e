"""Speakers behind title chains and trailing phrases, and who a pronoun means (issue 10).

Every sentence here was written for this test; the patterns come from measuring on
PolNeAR's train split (bench/bench_attribution.py), whose text never enters the repository.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse

PUBLISHED = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in analyse(text, PUBLISHED).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Turnout was low.\n\n“We have had better weeks than this one, believe me,” said "
            "Democratic pollster Mara Quill, who once advised the governor.",
            ["Mara Quill"],
            id="a party adjective and a role before the name",
        ),
        pytest.param(
            "Turnout was low.\n\n“We have had better weeks than this one, believe me,” said "
            "Republican party boss Tom Ardent, though he expected the row to fade.",
            ["Tom Ardent"],
            id="a party and two role words before the name",
        ),
        pytest.param(
            "The base reopened.\n\n“I really do not understand how this happened to us,” said "
            "Navy 2nd Lt. Owen Falk.",
            ["Owen Falk"],
            id="a service and a rank before the name",
        ),
        pytest.param(
            "The vote failed.\n\n“I really do not know what it is going to take now,” said "
            "Senate Minority Whip Joan Pell (D-Ore.) in an interview.",
            ["Joan Pell"],
            id="a phrase after the named speaker",
        ),
        pytest.param(
            "The vote failed.\n\n“We met with the whole board of the harbour today,” said Owen "
            "Falk and Joan Pell.",
            ["Owen Falk"],
            id="two people joined by and are not a title chain",
        ),
    ],
)
def test_speaker_after_title_chain(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


def test_pronoun_means_the_person_who_last_spoke_not_the_last_quoted() -> None:
    text = (
        "Harbour chief Nils Brandt said the port would stay open. “We will not close the port "
        "this winter,” Brandt said.\n\n"
        "On Tuesday, campaign chairman Ivan Sorel told a lunch group that the plan stood.\n\n"
        "“What the council does with it is entirely up to the council,” he said."
    )
    assert speakers(text) == ["Nils Brandt", "Ivan Sorel"]


def test_subject_before_a_relative_clause_with_a_place_in_it_speaks() -> None:
    text = (
        "Rain fell all week.\n\n"
        "Ana Ruiz, who lives in a village outside the state capital, Lisbon, said she still "
        "“hopes that the mayor stays in office until spring.”"
    )
    assert speakers(text) == ["Ana Ruiz"]


def test_next_paragraph_continues_past_a_possessor_in_the_attribution() -> None:
    text = (
        "Rain fell.\n\n"
        "“The council was pushed to spy on a political opponent,” said Hart’s top policy "
        "aide Ivo Rask.\n\n"
        "“This has gone from a matter of curiosity to a matter of security.”"
    )
    assert speakers(text) == ["Ivo Rask", "Ivo Rask"]


def test_surname_that_is_also_a_place_speaks_when_the_person_was_named() -> None:
    text = (
        "Congressman Mark Israel spoke first.\n\n"
        "“When the mayor comes, the council will have to recruit interns to fill the seats,” "
        "Israel said."
    )
    assert speakers(text) == ["Mark Israel"]


def test_first_of_two_named_writers_is_credited() -> None:
    text = (
        "Rain fell.\n\n"
        "“There is a real chance the council will fold before the summer,” Ana Ruiz and "
        "Ivo Rask wrote."
    )
    assert speakers(text) == ["Ana Ruiz"]
