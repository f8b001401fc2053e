"""Speakers met wrong in a twenty-third round, drawn from the shapes earlier pools left
open: "the Kremlin leader" is whom the story titles Russian president (not the Kremlin,
nor its spokesman); a body named with "and" inside ("Customs and Border Protection") is
one body; two bodies or countries that filed a petition, signed a declaration or opened
the sentence before speak together as "the groups", "the two sides" or through their
paper.

Every sentence here was written for this test; the countries are real only where a
country's seat of government must be known.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_QUOTE = "“We will see what happens after the meeting in the coming days,”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"Russian President Vladimir Putin met the envoy on Tuesday.\n\n{_QUOTE} the "
            "Kremlin leader said.",
            ["Vladimir Putin"],
        ),
        (
            "Ukrainian President Volodymyr Zelenskyy spoke in Kyiv. Russian President "
            f"Vladimir Putin stayed in Moscow.\n\n{_QUOTE} the Kremlin chief told reporters.",
            ["Vladimir Putin"],
        ),
        (
            f"French President Emmanuel Macron met the envoy on Tuesday.\n\n{_QUOTE} the "
            "Elysee chief said.",
            ["Emmanuel Macron"],
        ),
        # A spokesman of the body is not its head.
        (
            "Kremlin spokesman Dmitry Peskov said on Tuesday that Russian President Vladimir "
            f"Putin would go.\n\n{_QUOTE} the Kremlin leader added.",
            ["Vladimir Putin"],
        ),
        (
            "NATO spokeswoman Ana Ruiz said on Tuesday that the talks would go on.\n\n"
            f"{_QUOTE} the NATO chief added.",
            ["NATO"],
        ),
        # look-alikes: the body itself, and a chief the body's name titles.
        (
            f"Russian President Vladimir Putin met the envoy on Tuesday.\n\n{_QUOTE} the "
            "Kremlin said.",
            ["Kremlin"],
        ),
        (
            "NATO Secretary General Mark Rutte said on Tuesday that the talks would go on.\n\n"
            f"{_QUOTE} the NATO chief added.",
            ["Mark Rutte"],
        ),
    ],
)
def test_a_seat_of_government_leader_is_its_titled_head(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


_ENFORCE = "“We will enforce the law at every port of entry from now on,”"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Customs and Border Protection", "Customs and Border Protection"),
        ("U.S. Customs and Border Protection", "U.S. Customs and Border Protection"),
        ("Immigration and Customs Enforcement", "Immigration and Customs Enforcement"),
        # look-alikes: bodies whose last word was already a body's
        ("the Food and Drug Administration", "Food and Drug Administration"),
        ("the U.S. Fish and Wildlife Service", "U.S. Fish and Wildlife Service"),
    ],
)
def test_a_body_with_and_inside_its_name_is_one_body(body: str, expected: str) -> None:
    text = f"The rule was published on Monday.\n\n{_ENFORCE} {body} said in a statement."
    assert speakers_in(text) == [expected]


_FEES = "“The new fees would put hundreds of small operators out of business,”"
_TRUCE = "“Both sides remain committed to a lasting ceasefire along the line of contact,”"
_PAIR = "Harbour Traders Association and Varna Shipping League"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Harbour Traders Association and the Varna Shipping League filed a joint "
            f"petition with the court on Monday.\n\n{_FEES} the petition said.",
            [_PAIR],
        ),
        (
            "The Harbour Traders Association and the Varna Shipping League filed suit on "
            f"Monday.\n\n{_FEES} the industry groups argued.",
            [_PAIR],
        ),
        (
            "Russia and Ukraine signed a joint declaration in Geneva on Monday.\n\n"
            f"{_TRUCE} the declaration read.",
            ["Russia and Ukraine"],
        ),
        (
            "On Monday, Russia and Ukraine agreed to extend the truce.\n\n"
            f"{_TRUCE} the two sides said in a statement.",
            ["Russia and Ukraine"],
        ),
        # One body that spoke in the petition speaks through it.
        (
            "The Varna Shipping League said in a petition to the court on Monday that fees "
            f"were too high.\n\n{_FEES} the petition said.",
            ["Varna Shipping League"],
        ),
        # look-alike: no pair opened a sentence before "the groups".
        (
            "Lawyers for Kasta Freight answered the Harbour Traders Association on Monday."
            f"\n\n{_FEES} the groups said.",
            ["the groups"],
        ),
    ],
)
def test_two_bodies_speak_together_through_their_paper(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected
