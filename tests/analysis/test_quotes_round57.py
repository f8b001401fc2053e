"""Quotes round 57, from earlier pools' left-overs: "No 10" (and "Number 10") is the British
prime minister's office, a body that speaks ("No 10 said", "a No 10 spokesman said"), and the
door's number does not join the street after it into one name.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministers met on Monday.\n\n“The prime minister has asked for a full review of the "
         "findings,” No 10 said in a statement.", ["No 10"]),
        ("Ministers met on Monday. “We are deeply concerned by what the report shows,” a No 10 "
         "spokeswoman told reporters.", ["No 10"]),
        ("Ministers met on Monday. “We are deeply concerned by what the report shows,” a "
         "Channel 4 spokesman said.", ["Channel 4"]),
        # look-alike: a number that names no door stays no speaker
        ("The player is the No 1 seed. “I feel great and ready for more,” she said after beating "
         "the No 10 seed.",
         [None]),
    ],
)
def test_no_10_speaks_as_a_body(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
