"""Speakers met wrong in a twelfth round of real copy: a hyphenated given name in Wade-Giles
spelling cut short at the hyphen ("Wen Li" of "Wen Li-ah"), and a quote paragraph that goes
on after a quote whose attribution sets a long description before the speaker's name;
"When asked about … he only said:", a pronoun after a question's clause with no comma; a
demonym the lexicon did not know taken for the body it describes ("Maldivian"); "…, shortly
before he lashed out at …“…”", a pronoun after a clause of time in the quote's sentence.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled.\n\n"
_WORRY = (
    "“The new harbour deal is worrying, it opens the gate, and then we will see what comes "
    "next,”"
)
_AIM = "\n\n“But the aim is to build ports and in the end a base for the fleet of the east.”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "Its candidate, Wen Li-ah, had vowed to talk.\n\nIn his speech, Wen "
            "apologized.\n\n“I let everyone down. I am here to say I am sorry,” Wen said.",
            ["Wen Li-ah"],
        ),
        (
            _LEAD + "“I let everyone down. I am here to say I am sorry,” Wen Li-ah said.",
            ["Wen Li-ah"],
        ),
        # look-alikes: an adjective suffix is still cut off, a Korean given name kept whole
        (
            _LEAD + "“We will hold the line in the port for weeks,” Kyiv-based Ivo Rask said.",
            ["Ivo Rask"],
        ),
        (
            _LEAD + "“We will hold the line in the port for weeks,” Park Sung-lac said.",
            ["Park Sung-lac"],
        ),
    ],
)
def test_hyphenated_given_name_kept_whole(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + _WORRY + " head of the Northern Fleet Command, Adm. Ivo Rask, said in an "
            "interview." + _AIM,
            ["Ivo Rask", "Ivo Rask"],
        ),
        # look-alikes: a short attribution as before; others speaking to him
        (
            _LEAD + _WORRY + " Adm. Ivo Rask said in an interview." + _AIM,
            ["Ivo Rask", "Ivo Rask"],
        ),
        (
            _LEAD + _WORRY + " the fleet chiefs wrote to Adm. Ivo Rask, who had asked them for "
            "a view on the harbour and the gate last week." + _AIM,
            ["the fleet chiefs", "the fleet chiefs"],
        ),
    ],
)
def test_paragraph_goes_on_after_long_attribution(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


_MINISTER = (
    _LEAD + "Health Minister Ivo Rask told the radio the board was still weighing the plan. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _MINISTER + "When asked about work to get the staff paid he only said: “There are "
            "talks going on now.”",
            ["Ivo Rask"],
        ),
        (
            _MINISTER + "When asked about work to get the staff paid he said: “There are talks "
            "going on now.”",
            ["Ivo Rask"],
        ),
        # look-alike: "he" inside the question, and the board (no person) answers
        (
            _MINISTER + "When asked whether he would quit the board replied: “There are talks "
            "going on now.”",
            [None],
        ),
    ],
)
def test_pronoun_after_when_asked_clause(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_ACCORD = " said they signed an “accord on the supply of free arms to the islands” late Monday."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "The Maldivian defence ministry" + _ACCORD, ["Maldivian defence ministry"]),
        (_LEAD + "The Ghanaian health ministry" + _ACCORD, ["Ghanaian health ministry"]),
        # look-alike: a demonym known before keeps its ministry as it did
        (_LEAD + "The Kenyan defence ministry" + _ACCORD, ["Kenyan defence ministry"]),
    ],
)
def test_demonym_keeps_its_body(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_WALKOUT = "Delegates walked out as Norland premier Ivo Rask "
_WAR = " states that have “fought a long legal and trade war” against the land."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + _WALKOUT + "gave his address to the forum, shortly before he lashed out at"
            + _WAR,
            ["Ivo Rask"],
        ),
        (
            _LEAD + "Delegates staged a long walkout as Norland prime minister Ivo Rask gave his "
            "address to the forum, shortly before he lashed out at" + _WAR,
            ["Ivo Rask"],
        ),
        # look-alike: someone else, not named, speaks after the clause
        (
            _LEAD + _WALKOUT + "spoke, shortly before the chair read out a note on" + _WAR,
            [None],
        ),
    ],
)
def test_pronoun_after_shortly_before(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
