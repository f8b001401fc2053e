"""Quotes round 53, from earlier pools' left-overs: "a company spokesman" (or a firm's or a
group's) whose paragraph names no such body speaks for the one the story is about, named
paragraphs before, as "the company said" would.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halden Stores Inc. filed for bankruptcy protection on Monday and said it would close "
         "dozens of shops.\n\nThe retailer has struggled for years, and sales fell sharply "
         "last year.\n\n“We are committed to serving our customers through this process,” a "
         "company spokesman said in an email.", ["Halden Stores Inc"]),
        ("Kestrel Foods Ltd. recalled 4,000 jars of jam on Friday.\n\nThe jars were sold in "
         "three states.\n\n“No one has fallen ill,” one company spokeswoman said.",
         ["Kestrel Foods Ltd"]),
        ("The Harbour Aid Group said on Monday it would send ten ships to the coast.\n\nThe "
         "ships leave from Halden on Friday.\n\n“We are ready to help,” a group spokesman "
         "said.", ["Harbour Aid Group"]),
        # look-alike: no company named anywhere leaves the description
        ("Shops along the coast will close early on Friday.\n\nThe storm is due at noon.\n\n"
         "“We are keeping our staff safe,” a company spokesman said.",
         ["a company spokesman"]),
        # look-alike: a spokesman of another kind keeps his own rule
        ("Halden Stores Inc. filed for bankruptcy protection on Monday.\n\nThe retailer has "
         "struggled for years.\n\n“We expect a long review,” a court spokesman said.",
         ["a court spokesman"]),
    ],
)
def test_a_company_spokesperson_speaks_for_the_company_named_before(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected
