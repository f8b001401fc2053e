"""Speakers met wrong in a twenty-sixth round, drawn from the left-overs of the last one: a
description whose own sentence names someone else only as the one it met or spoke to ("After
meeting Ana Ruiz on Sunday, the chairman said") is not that person.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_ACCORD = "“We will sign the accord next week.”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"After meeting Ana Ruiz on Sunday, the chairman said: {_ACCORD}", ["the chairman"]),
        (f"After talks with Ana Ruiz in Varna, the envoy told reporters: {_ACCORD}",
         ["the envoy"]),
        # look-alikes: the subject of the sentence before, or a name that is the subject here
        (f"Ana Ruiz flew to Varna on Sunday.\n\nThe chairman said: {_ACCORD}", ["Ana Ruiz"]),
        (f"After meeting Ana Ruiz on Sunday, Tom Hale said: {_ACCORD}", ["Tom Hale"]),
    ],
)
def test_whom_the_describer_met_does_not_speak(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
