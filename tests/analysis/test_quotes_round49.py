"""Quotes round 49, from earlier pools' left-overs: "the tribunal said", "the school said",
"the party said" after the one body named before whose name ends with that noun is that
body ("the Investigatory Powers Tribunal", "Kestrel Primary School"); with two such bodies,
or a noun that ends place names ("the city" of "Halden City Hall"), the description stays.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

QUOTE = "“The employer acted unfairly toward the staff,”"


@pytest.mark.parametrize(
    ("named", "noun", "expected"),
    [
        ("The Investigatory Powers Tribunal heard the claim in March.", "tribunal",
         "Investigatory Powers Tribunal"),
        ("Parents wrote to Kestrel Primary School on Monday.", "school", "Kestrel Primary School"),
        ("The Green Valley Party met in Dorel.", "party", "Green Valley Party"),
        ("Halden General Hospital closed a ward.", "hospital", "Halden General Hospital"),
        ("Enter The Dorel Post. Its editors were blunt.", "Post", "Dorel Post"),
        # look-alikes: two bodies of the noun, a noun that ends a place's name
        ("Kestrel Primary School and Arden High School wrote to parents.", "school",
         "the school"),
        ("Workers marched to Halden City Hall.", "city", "the city"),
    ],
)
def test_a_body_is_the_one_named_before_whose_name_ends_with_the_noun(
    named: str, noun: str, expected: str
) -> None:
    assert speakers_in(f"{named} {QUOTE} the {noun} said.") == [expected]
