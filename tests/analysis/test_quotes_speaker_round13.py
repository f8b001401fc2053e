"""Speakers met wrong in a thirteenth round, general fixes for the classes left over from the
earlier pools: a he/she taken by a person whose gender the story never tells over one it
does tell; "the company said" / "It said" for the one company the story named far before;
"the spokesperson said" for the body the story names; a joint statement of two named
people; "he added" after an economist introduced with her firm.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled on Monday.\n\n"
_OPENED = "Kiran Osei, who chairs the port board, opened the session. "
_DEAL = "\n\n“We have a deal for the winter,” {pronoun} said."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known woman in an object outweighs a subject whose gender the story never tells
        (
            _LEAD + _OPENED + "The plan was then presented by Ana Ruiz and her aides."
            + _DEAL.format(pronoun="she"),
            ["Ana Ruiz"],
        ),
        (
            _LEAD + _OPENED + "The plan was then presented by Dana Ruiz and aides."
            + _DEAL.format(pronoun="she"),
            ["Dana Ruiz"],
        ),
        (
            _LEAD + "“We need the port open,” Kiran Osei said. The plan was then presented to "
            "Ana Ruiz and her aides at the town hall.\n\n“It is a good plan for the winter,” "
            "she added.",
            ["Kiran Osei", "Ana Ruiz"],
        ),
        # look-alikes: the other gender is ruled out, and two untold genders keep the subject
        (
            _LEAD + _OPENED + "The plan was then presented by Ana Ruiz and her aides."
            + _DEAL.format(pronoun="he"),
            ["Kiran Osei"],
        ),
        (
            _LEAD + _OPENED + "The plan was then presented by Sami Ruiz and aides."
            + _DEAL.format(pronoun="she"),
            ["Kiran Osei"],
        ),
        (
            _LEAD + "“We need the port open,” Kiran Osei said. The plan was then presented to "
            "Tom Ruiz and his aides at the town hall.\n\n“It is a good plan for the winter,” "
            "she added.",
            ["Kiran Osei", "Kiran Osei"],
        ),
        (
            _LEAD + "Ana Ruiz, who chairs the port board, opened the session. The plan was then "
            "presented by Eva Lenz and aides." + _DEAL.format(pronoun="she"),
            ["Ana Ruiz"],
        ),
    ],
)
def test_a_known_gender_outweighs_an_untold_one(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected
