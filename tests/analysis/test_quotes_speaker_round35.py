"""Speakers round 35, tuned on pool 24 and invented wire copy: an everyday role titled
before ("Trade Commissioner Tomas Wren … the commissioner said") is that person; "His
message was blunt:" and "The commissioner's message to … was blunt:" are the owner's words;
the subject of a clause of time speaks ("A row erupted when NBC News reported");
"Council officers warned" are the council's officers; "they" after "the rules which Ruiz and
Rask have cited" is the pair; "the Ruiz campaign" and "Ruiz’s campaign" speak as bodies.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

WREN = "Trade Commissioner Tomas Wren flew to Washington on Sunday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (WREN + "The commissioner told reporters: “Tariffs will be met with tariffs.”",
         ["Tomas Wren"]),
        ("Tomas Wren, the bloc's trade commissioner, flew to Washington on Sunday. “Tariffs "
         "will be met with tariffs,” the commissioner said.", ["Tomas Wren"]),
        (WREN + "His message to the negotiators was blunt: “Tariffs will be met with "
         "tariffs.”", ["Tomas Wren"]),
        (WREN + "The commissioner's message to the negotiators was blunt: “Tariffs will be "
         "met with tariffs.”", ["Tomas Wren"]),
        (WREN + "His main condition was that “tariffs will be met with tariffs”.",
         ["Tomas Wren"]),
        # look-alikes: an everyday role no one was titled with brings someone new
        ("Tomas Wren flew to Washington on Sunday. “Tariffs will be met with tariffs,” the "
         "commissioner said.", ["the commissioner"]),
        ("Tomas Wren flew to Washington on Sunday. “The roads are closed,” the driver "
         "said.", ["the driver"]),
    ],
)
def test_a_titled_role_and_an_owners_message(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A row erupted in 2019 when NBC News reported that the agency had “been "
         "secretly collecting the call records of millions of people”.", ["NBC News"]),
        ("Harbour County Council has a budget gap of £80m. Council officers warned the "
         "authority needed “at least £52m of additional government support” to stay afloat.",
         ["Council officers"]),
        ("Senator Ana Ruiz and Senator Ivo Rask sit on the committee. The rules are secret. "
         "Few members have read them. The rules are the ones which Ruiz and Rask have "
         "repeatedly cited. In a letter last year, they argued that “there is now a gap "
         "between what the law allows and what the agency claims”.", ["Ruiz and Rask"]),
        ("Senators Ana Ruiz and Ivo Rask have warned about the program for years. In a letter "
         "last year, they argued that “there is now a gap between what the law allows and "
         "what the agency claims”.", ["Ana Ruiz and Ivo Rask"]),
        ("President Ana Ruiz lost the case. “We will appeal the ruling at once,” the Ruiz "
         "campaign said.", ["Ruiz campaign"]),
        ("President Ana Ruiz lost the case. Ruiz’s campaign said in a statement that it "
         "looked forward to a decision “that will protect voters from the new system.”",
         ["Ruiz’s campaign"]),
        ("President Ana Ruiz lost the case. The Ruiz campaign will appeal. “We will take "
         "this ruling to the supreme court,” the campaign said.", ["Ruiz campaign"]),
        # look-alikes: the main clause's subject speaks; the leader herself
        ("The Harbour Times reported when the talks ended that the agency had “been secretly "
         "collecting the call records of millions of people”.", ["Harbour Times"]),
        ("President Ana Ruiz lost the case. “We will appeal the ruling at once,” Ruiz said.",
         ["Ana Ruiz"]),
    ],
)
def test_the_subject_next_to_the_verb_speaks(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
