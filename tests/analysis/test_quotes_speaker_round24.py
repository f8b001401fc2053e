"""Speakers met wrong in a twenty-fourth round, tuned on a hand-judged pool of US political
and business news (pool 19b): a name that ends as an adverb does ("Everly") is still a
name where the story uses it as one; a quoted paragraph goes on for the speaker whose
attribution carries a party label ("Tom Berger (R-Varna) told reporters … when asked …");
"it said" after "Harbour Forward, which represents the unions, said in a statement" is
that body, not the one named in the paragraph before.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_TESTS = "“without Kasta, Harrow would have been unable to run the testing program nationwide.”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Everly began the arbitration in 2022, claiming that Harrow broke the terms of a "
            "contract. Harrow used Everly’s network of doctors.\n\n"
            f"Everly told the judge that {_TESTS}",
            ["Everly"],
        ),
        (
            "Harrow used Beverly’s network of doctors. Beverly began the arbitration in 2022."
            f"\n\nBeverly said in the filing that {_TESTS}",
            ["Beverly"],
        ),
        # look-alikes: an adverb opening the attribution, and a person's own name.
        (
            f"Harrow used a network of doctors.\n\nSeparately, Ana Ruiz said that {_TESTS}",
            ["Ana Ruiz"],
        ),
        (
            f"Harrow used a network of doctors.\n\nMaria Kelly told the judge that {_TESTS}",
            ["Maria Kelly"],
        ),
    ],
)
def test_a_name_ending_like_an_adverb_speaks(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_FIRST = (
    "“We’re not trying to cram any of the mayor’s agenda down their throat in a spending "
    "bill,”"
)
_SECOND = (
    "“We’re just trying to reach common ground, but it does have to be something that the "
    "council would accept and the mayor would sign.”"
)


@pytest.mark.parametrize(
    "attribution",
    [
        "Council Appropriations Chair Tom Berger (R-Varna) told reporters on Wednesday when "
        "asked if a funding deal would include Ana Ruiz’s orders.",
        # look-alikes: a shorter labelled attribution, and none, which went on before too
        "Council Chair Tom Berger (D-Kasta) said on Wednesday when asked whether the mayor "
        "would back the deal the council drafted.",
        "Council Chair Tom Berger told reporters on Wednesday.",
    ],
)
def test_a_quoted_paragraph_goes_on_past_a_party_label(attribution: str) -> None:
    text = f"The talks stalled.\n\n{_FIRST} {attribution}\n\n{_SECOND}"
    assert speakers_in(text) == ["Tom Berger", "Tom Berger"]


_SERVICE = (
    "“Public service on behalf of the people of Varna is not something to be bought and "
    "sold,”"
)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (
            "Harbour Forward, which is representing the unions, said in a statement it was "
            "pleased the court paused the program.",
            "Harbour Forward",
        ),
        ("Harbour Forward said in a statement it was pleased the court paused the program.",
         "Harbour Forward"),
        # look-alike: a titled person opens the paragraph; "it" is not theirs.
        ("Senator Ivo Rask said in a statement he was pleased the court paused the program.",
         "White House"),
    ],
)
def test_it_said_is_the_body_that_opened_the_paragraph(opening: str, expected: str) -> None:
    text = f"The White House said the deadline would stand.\n\n{opening}\n\n{_SERVICE} it said."
    assert speakers_in(text) == [expected]
