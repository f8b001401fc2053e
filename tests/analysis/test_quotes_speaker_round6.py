"""Speakers met wrong in a sixth round of real copy: the subject of a second "and" clause
nearest the quote ("A reporter asked Ana Ruiz …, and she said:") and an agency that only
relays ("Ruiz said, according to AFP:").

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled.\n\n"
_QUOTE = "“We need another week to read the whole draft.”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}A reporter asked Tove Brandal about the ferry plan, and she said: {_QUOTE}",
            ["Tove Brandal"],
            id="'and she said' after a reporter's question: she speaks",
        ),
        pytest.param(
            f"{_LEAD}Ivo Rask asked Tove Brandal about the ferry plan and Brandal said: {_QUOTE}",
            ["Tove Brandal"],
            id="'and Brandal said' after another's question",
        ),
        pytest.param(
            f"{_LEAD}Ivo Rask said the ferry plan was ready, and Tove Brandal added: {_QUOTE}",
            ["Tove Brandal"],
            id="a second speaker after 'and' takes the quote",
        ),
        # Negative: with no subject of its own, "and said" is the first subject's.
        pytest.param(
            f"{_LEAD}Asked about the plan, Tove Brandal, who met reporters in Bodo, asked them "
            f"to wait and said: {_QUOTE}",
            ["Tove Brandal"],
            id="'X asked them to wait and said': X",
        ),
        pytest.param(
            f"{_LEAD}Ivo Rask asked Tove Brandal to wait and said: {_QUOTE}",
            ["Ivo Rask"],
            id="'X asked Y to wait and said': X, not the one asked",
        ),
        # Negative: a pair of names is one subject, not a clause after "and".
        pytest.param(
            f"{_LEAD}The council said that Ivo Rask and Tove Brandal wrote: {_QUOTE}",
            ["Ivo Rask"],
            id="'Rask and Brandal wrote' keeps the pair's first name",
        ),
    ],
)
def test_nearest_speech_verb_after_and(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}Ivo Rask said, according to AFP: “We are ready to sit down again soon.”",
            ["Ivo Rask"],
            id="'X said, according to AFP:' credits X",
        ),
        pytest.param(
            f"{_LEAD}Ivo Rask said on Monday, according to AFP, that “we are ready to sit down "
            "again soon.”",
            ["Ivo Rask"],
            id="'X said on Monday, according to AFP, that' credits X",
        ),
        pytest.param(
            f"{_LEAD}“We are ready to sit down again soon,” Ivo Rask said, according to AFP.",
            ["Ivo Rask"],
            id="trailing 'X said, according to AFP' credits X",
        ),
        # Negative: an agency credited for the words themselves stays the speaker.
        pytest.param(
            f"{_LEAD}According to AFP, the minister is “ready to sit down again very soon.”",
            ["AFP"],
            id="'According to AFP' alone credits AFP",
        ),
    ],
)
def test_agency_that_only_relays(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
