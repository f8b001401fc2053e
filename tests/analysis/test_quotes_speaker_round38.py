"""Speakers round 38, from the last sessions' left-overs: a description of a role alone ("a
government spokesman said") whose holder a later sentence names with that role as a title
("The spokesman, Tomas Wren, added …", "Government spokesman Tomas Wren later told …") is
that person; an anonymous source, or a role named later for another body, stays as written.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

QUOTE = "“We will not accept this deal,” "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (QUOTE + "a government spokesman said on Monday. The spokesman, Tomas Wren, added "
         "that talks would continue.", ["Tomas Wren"]),
        (QUOTE + "a government spokesman said. Government spokesman Tomas Wren later told "
         "reporters that talks would continue.", ["Tomas Wren"]),
        (QUOTE + "the spokeswoman said. The spokeswoman, Ana Ruiz, did not say when talks "
         "would resume.", ["Ana Ruiz"]),
        # look-alikes: never named; named for another body; two holders named
        (QUOTE + "an official said. The official, who asked not to be named, said talks "
         "would continue. Minister Tomas Wren said the deal was fair.", ["an official"]),
        (QUOTE + "a spokesman said. The spokesman for the opposition, Tomas Wren, said the "
         "deal was fair.", ["a spokesman"]),
    ],
)
def test_a_role_named_after_the_quote(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
