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


_BRENTA = (
    "Brenta Systems, a maker of rail sensors based in Linz, lost its biggest contract in "
    "March. Its shares fell by a third.\n\n"
)
_STAFF = (
    "Rail staff said the sensors failed twice in the winter. Analysts expect more losses this "
    "year. {union}\n\nMr Rask also asked the minister to step in. He wants a review by May. "
    "The minister has not replied.\n\n"
)
_BOOK = "“We have a strong order book and will recover,” {who} said in a statement."
_FULL = "\n\n“The order book is full,” it said."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one company the story named, far before, with no other body since
        (
            _LEAD + _BRENTA + _STAFF.format(union="Union leader Ivo Rask called for calm.")
            + _BOOK.format(who="the company") + _FULL,
            ["Brenta Systems", "Brenta Systems"],
        ),
        (
            _LEAD + _BRENTA + _STAFF.format(union="Union leader Ivo Rask called for calm.")
            + _BOOK.format(who="the firm"),
            ["Brenta Systems"],
        ),
        (
            _LEAD + _BRENTA + _STAFF.format(union="Union leader Ivo Rask called for calm.")
            + "“The firm will recover,” Mr Rask said.\n\n“The order book is full,” it said "
            "in a statement.",
            ["Ivo Rask", "Brenta Systems"],
        ),
        # look-alikes: a union named since is no company, and "It" in a story that never
        # calls anything a company or firm stays unknown
        (
            _LEAD + _BRENTA + _STAFF.format(
                union="Ivo Rask of the Rail Workers Union called for calm."
            ) + _BOOK.format(who="the company"),
            ["the company"],
        ),
        (
            _LEAD + _BRENTA + _STAFF.format(union="Union leader Ivo Rask called for calm.")
            + "“The order book is full,” it said.",
            [None],
        ),
    ],
)
def test_the_company_named_far_before(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_INQUIRY = (
    "The European Commission opened an inquiry into the port deal on Tuesday. Officials in "
    "Brussels want answers within a month.\n\n"
)
_CONTRACT = "“We will look at every contract,” {who} said."
_ROUTINE = (
    "\n\nPort chiefs said they would help. Dock workers plan a march.\n\n“The inquiry is "
    "routine,” the spokesperson said."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body the story named, by the whole name it gave it
        (
            _LEAD + _INQUIRY + _CONTRACT.format(who="a Commission spokesperson") + _ROUTINE,
            ["European Commission", "European Commission"],
        ),
        (
            _LEAD + _INQUIRY + _CONTRACT.format(who="the Commission spokesman"),
            ["European Commission"],
        ),
        (
            _LEAD + _INQUIRY + _CONTRACT.format(who="the spokesperson"),
            ["European Commission"],
        ),
        # look-alikes: a spokesman the story named, two commissions, two bodies before
        (
            _LEAD + "The European Commission opened an inquiry, said Commission spokesman "
            "Ivo Rask.\n\n" + _CONTRACT.format(who="the Commission spokesman")
            + "\n\n“The inquiry is routine,” the spokesman said.",
            ["Ivo Rask", "Ivo Rask"],
        ),
        (
            _LEAD + "The Harbour Commission and the Rail Commission opened an inquiry.\n\n"
            + _CONTRACT.format(who="a Commission spokesman"),
            ["Commission"],
        ),
        (
            _LEAD + "The European Commission and the Harbour Board opened an inquiry.\n\n"
            + _CONTRACT.format(who="the spokesperson"),
            ["the spokesperson"],
        ),
    ],
)
def test_the_spokesperson_of_a_named_body(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_PRICES = "Prices rose by 3 per cent in May. "
_CUTS = "\n\n“Rate cuts are off the table until the autumn,” {pronoun} added."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the economist, not her firm, and not the firm glued to her name
        (
            _LEAD + _PRICES + "Kiran Osei of Lisbon Economics said prices would keep rising."
            + _CUTS.format(pronoun="he"),
            ["Kiran Osei"],
        ),
        (
            _LEAD + _PRICES + "Lisbon Economics said prices would keep rising, its economist "
            "Kiran Osei wrote." + _CUTS.format(pronoun="he"),
            ["Kiran Osei"],
        ),
        (
            _LEAD + _PRICES + "“Inflation is sticky and will stay high,” said an economist at "
            "Lisbon Economics, Kiran Osei." + _CUTS.format(pronoun="she"),
            ["Kiran Osei", "Kiran Osei"],
        ),
        # look-alikes: a body's own name with "of" in it stays one body
        (
            _LEAD + _PRICES + "The Royal Bank of Lisbon said prices would keep rising."
            + _CUTS.format(pronoun="it"),
            ["Royal Bank of Lisbon"],
        ),
        (
            _LEAD + _PRICES + "The National Museum of Lisbon Arts Group said prices would keep "
            "rising." + _CUTS.format(pronoun="it"),
            ["National Museum of Lisbon Arts Group"],
        ),
        (
            _LEAD + _PRICES + "An economist at Lisbon Economics, Ann Reyes, said prices would "
            "keep rising." + _CUTS.format(pronoun="she"),
            ["Ann Reyes"],
        ),
    ],
)
def test_the_economist_not_the_firm(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_GRAIN = "“We will keep the corridor open for grain,”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joint statement of two named people: both
        (
            _LEAD + _GRAIN + " Foreign Ministers Ana Ruiz and Tom Berger said in a joint "
            "statement.",
            ["Ana Ruiz and Tom Berger"],
        ),
        (
            _LEAD + "In a joint statement, Ana Ruiz and Tom Berger said: " + _GRAIN[:-2] + ".”",
            ["Ana Ruiz and Tom Berger"],
        ),
        (
            _LEAD + _GRAIN + " Ana Ruiz and Tom Berger wrote jointly.",
            ["Ana Ruiz and Tom Berger"],
        ),
        (
            _LEAD + "Ana Ruiz and Tom Berger issued a joint statement on Monday. " + _GRAIN
            + " the statement said.",
            ["Ana Ruiz and Tom Berger"],
        ),
        # look-alikes: a pair with no joint statement is credited to the first, as before;
        # "together" inside the quote is the quote's word; a pair not joined by "and"
        (
            _LEAD + _GRAIN + " Ana Ruiz and Tom Berger said.",
            ["Ana Ruiz"],
        ),
        (
            _LEAD + "“We will keep the corridor open together,” Ana Ruiz and Tom Berger said.",
            ["Ana Ruiz"],
        ),
        (
            _LEAD + "After talks held together, Ana Ruiz met Tom Berger, who said: "
            + _GRAIN[:-2] + ".”",
            ["Tom Berger"],
        ),
    ],
)
def test_a_joint_statement_of_two_people(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected
