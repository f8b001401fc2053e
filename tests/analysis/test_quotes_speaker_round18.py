"""Speakers met wrong in an eighteenth round, general fixes for the classes a hand-judged
pool of US political news left: the US papers' house style "Senator Ana Ruiz, Democrat
of Ohio, said", whose party-and-state apposition is no speaker; a paper a possessive
owns ("the special counsel’s filing said", "the committee’s report said") credited to
its owner.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<Title> <Name>, <Party> of <State>," before the verb: the person speaks
        (
            _LEAD + "“I think it is simply more empty promises,” Senator Ivo Brandel, "
            "Democrat of Lentia, said.",
            ["Ivo Brandel"],
        ),
        (
            _LEAD + "“The findings refute your claims,” Representative K. Tomas Varga, "
            "Republican of Ostland, said to Mr. Brandel.",
            ["K. Tomas Varga"],
        ),
        (
            _LEAD + "Senator Mara Quill, Republican of Veridia, called it “a sad day for the "
            "harbour because the minister gave the advice the board needs.”",
            ["Mara Quill"],
        ),
        (
            _LEAD + "Representative Ana B. Ruiz, Democrat of Lentia and chairwoman of the "
            "Harbour Committee, said that her panel was “already working to secure more "
            "testimony.”",
            ["Ana B. Ruiz"],
        ),
        (
            _LEAD + "Representative Tom Hallard, Republican of Ostland, a founder of the "
            "Harbour Caucus, asked if the board should act, said, “I will leave that to the "
            "minister.”",
            ["Tom Hallard"],
        ),
        # "He added" after such a sentence: still the person
        (
            _LEAD + "Senator Mara Quill, Republican of Veridia, called it “a sad day for the "
            "harbour.” She added that the minister “rightly believes the port is at risk.”",
            ["Mara Quill", "Mara Quill"],
        ),
        # look-alikes that kept their speaker: the apposition after "said", with an
        # article, the state alone, the party label
        (
            _LEAD + "“History will tell what happened here,” said Representative Jon Hale, "
            "Democrat of Lentia.",
            ["Jon Hale"],
        ),
        (
            _LEAD + "“I think it is fake,” Ana Ruiz, a Democrat of Veridia, said.",
            ["Ana Ruiz"],
        ),
        (
            _LEAD + "“I think it is fake,” said Rep. Mike Corlan of Ostland.",
            ["Mike Corlan"],
        ),
        (
            _LEAD + "“I think it is fake,” Sen. Tom Carrow, D-Del., said.",
            ["Tom Carrow"],
        ),
    ],
)
def test_party_of_state_apposition_is_no_speaker(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paper a lowercase possessive owns speaks for that owner, named where the story
        # named it
        (
            _LEAD + "Mr. Varga lied at first. Later, he took care “not to overstate his "
            "knowledge of the matters under investigation,” the special counsel’s filing said.",
            ["the special counsel"],
        ),
        (
            "The Senate Harbour Committee released a report on Monday.\n\n"
            "“The port must stay open to all the traders who live here,” the committee’s "
            "report said.",
            ["Senate Harbour Committee"],
        ),
        (
            _LEAD + "“The port must stay open to all the traders who live here,” Rask’s "
            "sentencing memo said.",
            ["Rask"],
        ),
        # look-alikes that kept their speaker: a named owner's letter, a body's statement,
        # a ministry owned by a country
        (
            _LEAD + "Minister Ana Ruiz resigned on Thursday.\n\n"
            "“The port must stay open to all the traders who live here,” Ms. Ruiz’s letter "
            "said.",
            ["Ana Ruiz"],
        ),
        (
            "The Harbour Board met on Monday.\n\n"
            "“The port must stay open to all the traders who live here,” the Harbour Board’s "
            "statement said.",
            ["Harbour Board"],
        ),
        (
            _LEAD + "“The port must stay open to all the traders who live here,” Ostland’s "
            "foreign ministry said.",
            ["Ostland’s foreign ministry"],
        ),
    ],
)
def test_a_possessive_papers_owner_speaks(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an emphatic pronoun after the subject adds no one: the description's person
        (
            "President Ivo Rask attacked the board on Friday.\n\n"
            "The president himself responded on Twitter late Friday, calling the statement "
            "“a very sad day for the harbour, but a great day for our city!”",
            ["Ivo Rask"],
        ),
        (
            "Minister Ana Ruiz attacked the board on Friday.\n\n"
            "“It is a very sad day for the harbour, but a great day for our city,” the "
            "minister herself said.",
            ["Ana Ruiz"],
        ),
        # a look-alike that kept its speaker (a name before the pronoun); a body's
        # description read as "the board said" is
        (
            "Minister Ana Ruiz attacked the board on Friday.\n\n"
            "“It is a very sad day for the harbour, but a great day for our city,” Ruiz "
            "herself said.",
            ["Ana Ruiz"],
        ),
        (
            "The Harbour Board met on Friday.\n\n"
            "“It is a very sad day for the harbour, but a great day for our city,” the board "
            "itself said.",
            ["Harbour Board"],  # as "the board said" is, since round 49
        ),
    ],
)
def test_an_emphatic_pronoun_adds_no_one(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name and apposition closing a sentence whose speaker spoke before the quote:
        # the one the words are about, not their speaker
        (
            _LEAD + "Speaker Ana Ruiz praised Mr. Hale as “calm and professional,” and said "
            "his work as chairman has been “in stark contrast to the reckless behavior of the "
            "previous chair of the board,” Representative Tom Varga, Republican of Lentia.",
            ["Ana Ruiz"],
        ),
        # look-alikes that kept their speaker: the quote opens its sentence, or no one in
        # it spoke before the quote
        (
            _LEAD + "“We will not stop until the port is open to all,” Ivo Rask, senior "
            "adviser for the agency. “The board has to listen.”",
            ["Ivo Rask", "Ivo Rask"],
        ),
        (
            _LEAD + "The plan was “a disaster for every trader in the harbour,” Ivo Rask, "
            "senior adviser for the agency.",
            ["Ivo Rask"],
        ),
    ],
)
def test_a_name_after_the_quote_is_not_its_speaker_when_one_spoke(
    text: str, expected: list[str]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<Name>, who he said “…”": the pronoun's person speaks of the one named
        (
            "President Ivo Rask spoke on Friday.\n\n"
            "He also took aim at former board leader Tom Hale, who he said “was right in "
            "1993, before he and the board went wild and started with the open port stuff.”",
            ["Ivo Rask"],
        ),
        (
            "Minister Ana Ruiz spoke on Friday.\n\n"
            "She praised the former leader Tom Hale, who she said “was right in 1993, before "
            "the board went wild and started with the open port stuff.”",
            ["Ana Ruiz"],
        ),
        # a look-alike that kept its speaker: "who said" with no pronoun is the one named
        (
            "President Ivo Rask spoke on Friday.\n\n"
            "Ana Ruiz met Tom Hale, who said “the board was right in 1993, before it went "
            "wild and started with the open port stuff.”",
            ["Tom Hale"],
        ),
    ],
)
def test_who_he_said_credits_the_pronouns_person(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_RASK_SPOKE = (
    "President Ivo Rask said on Friday that a deal was near. “It is a big deal for all of "
    "us,” Mr. Rask said.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a clause "and" opens is the one a pronoun next picks up
        (
            _RASK_SPOKE + "Despite the announcement, the deal has not been completed, and Tom "
            "Hale, the finance minister, said that more work remained on the currency.\n\n"
            "“We have a fundamental agreement on the key issues,” he said.",
            ["Ivo Rask", "Tom Hale"],
        ),
        (
            _RASK_SPOKE + "The deal is not done, but Tom Hale, the finance minister, said "
            "that more work remained on the currency.\n\n"
            "“We have a fundamental agreement on the key issues,” he said.",
            ["Ivo Rask", "Tom Hale"],
        ),
        # look-alike that kept its speaker: a name after "and" as an object
        (
            _RASK_SPOKE + "The deal has not been completed, and the board thanked Tom Hale "
            "for his work on the currency.\n\n"
            "“We have a fundamental agreement on the key issues,” he said.",
            ["Ivo Rask", "Ivo Rask"],
        ),
    ],
)
def test_a_name_opening_an_and_clause_is_its_subject(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_WARNING = (
    "Talks stalled on Monday. Ostland published its own white paper last week.\n\n"
    "The Harbour Board issued a warning to traders in a 16-page document on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the paper" / "the document": the body the story last told of issuing one
        (
            _WARNING + "“Planning for the worst outcome is not a sign of mistrust in the "
            "talks,” the paper says.",
            ["Harbour Board"],
        ),
        (
            _WARNING + "“Planning for the worst outcome is not a sign of mistrust in the "
            "talks,” the document says.",
            ["Harbour Board"],
        ),
        # look-alikes that kept their speaker: a newspaper, and a body that only acted
        (
            "The Harbour Times reported on Monday that the board would close the port.\n\n"
            "“Planning for the worst outcome is not a sign of mistrust in the talks,” the "
            "paper said.",
            ["the paper"],
        ),
        (
            "Talks stalled on Monday. The Harbour Board rejected the plan.\n\n"
            "“Planning for the worst outcome is not a sign of mistrust in the talks,” the "
            "paper said.",
            ["the paper"],
        ),
    ],
)
def test_the_paper_is_the_one_told_of_issuing_it(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected
