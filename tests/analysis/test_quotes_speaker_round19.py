"""Speakers met wrong in a nineteenth round, the left-overs the last rounds listed: a bare
"the statement read" after a sentence that told a body's stance ("Varna's government
welcomed the ruling") was credited to the nearest body named (one that only ruled); a
constitutional amendment that "reads" was a person called "Amendment"; "They" after a
sentence opening with two named people ("Tom Berger and Ana Ruiz met") was no one.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled on Monday.\n\n"
_RULING = (
    "The World Trade Organization ruled on Friday that Kestria's duties on Varnan barley "
    "broke trade rules. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body whose stance the sentence before told issued the statement
        (
            _RULING + "Varna welcomed the decision. “This is a clear win for our growers,” "
            "the statement read.",
            ["Varna"],
        ),
        (
            _RULING + "The Varnan Trade Ministry welcomed the decision. “This is a clear win "
            "for our growers,” the statement read.",
            ["Varnan Trade Ministry"],
        ),
        (
            _RULING + "On Saturday, the Varnan Trade Ministry hailed the decision. “This is a "
            "clear win for our growers,” the statement said.",
            ["Varnan Trade Ministry"],
        ),
        (
            _RULING + "The Varnan trade minister, Ana Ruiz, welcomed the decision. “This is a "
            "clear win for our growers,” the statement read.",
            ["Ana Ruiz"],
        ),
        # look-alikes that keep their speaker: an issuing clause, an earlier quote of the
        # same statement, a stance told inside quotation marks
        (
            _RULING + "Varna issued a statement on Saturday. The Kestrian embassy rejected "
            "the ruling. “This is a clear win for our growers,” the statement read.",
            ["Varna"],
        ),
        (
            _RULING + "“We are grateful to the panel for its work,” Varna said in a statement. "
            "The Kestrian embassy rejected the ruling. “This is a clear win for our growers,” "
            "the statement read.",
            ["Varna", "Varna"],
        ),
        (
            _LEAD + "The Times said Ivo Rask provided a written statement in response. "
            "“After reviewing the records, the minister believes it was a mistake,” the "
            "statement said.",
            ["Ivo Rask"],
        ),
    ],
)
def test_the_statement_read_speaks_for_the_body_whose_stance_came_just_before(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "“No state shall make or enforce any law which shall abridge the "
            "privileges,” the 14th Amendment reads.",
            ["14th Amendment"],
        ),
        (
            _LEAD + "“Congress shall make no law respecting an establishment of religion,” "
            "the First Amendment states.",
            ["First Amendment"],
        ),
        (
            _LEAD + "“No person shall be a Senator who engaged in insurrection,” Section 3 of "
            "the 14th Amendment says.",
            ["the 14th Amendment"],
        ),
    ],
)
def test_an_amendment_that_reads_is_the_amendment_not_a_person(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "Prime Minister Tom Berger and President Ana Ruiz met in Varna on Monday. "
            "They vowed to “keep working for a lasting peace in the region.”",
            ["Tom Berger and Ana Ruiz"],
        ),
        (
            _LEAD + "Tom Berger and Ana Ruiz signed the accord on Monday. “We will keep "
            "working for a lasting peace,” they said in a joint statement.",
            ["Tom Berger and Ana Ruiz"],
        ),
        # look-alikes: one person and a group, two countries, "they" of the group named
        (
            _LEAD + "Tom Berger met the protesters on Monday. They said: “This is a day for "
            "peace in the whole region.”",
            [None],
        ),
        (
            _LEAD + "Kestria and Varna signed the accord on Monday. They said: “This is a day "
            "for peace in the whole region.”",
            [None],
        ),
        (
            _LEAD + "The three harbour chiefs, Tom Berger, Ana Ruiz and Ivo Rask, met on "
            "Monday. They said: “This is a day for peace in the whole region.”",
            ["Tom Berger, Ana Ruiz and Ivo Rask"],
        ),
    ],
)
def test_they_after_two_named_people_are_the_pair(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected
