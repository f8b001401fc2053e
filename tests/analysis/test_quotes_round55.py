"""Quotes round 55, tuned on pool 30 and invented copy: a quote whose sentence goes on,
after a few words naming no one, to a second quote and its attribution shares that speaker;
a quote after "Ana Ruiz said the study showed …" is hers; "the county said" is the county
named before; an opening "Addressing MPs," or "Responding to Hale's criticism," is no part
of who speaks; "He welcomed Mr Marsh's announcement saying:" is his, not Marsh's; and
"the prime minister's spokesman" is only one the story titled so.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oil fell on Monday. Still, “July could be a shaky month for oil,” as the “recent "
         "surge in infection numbers has brought demand risk back into focus,” Stefan Imre, "
         "chief strategist at Halden Markets, wrote in a note.",
         ["Stefan Imre", "Stefan Imre"]),
        # look-alike: many words between, the second quote's attribution is its own
        ("Oil fell on Monday. “July could be a shaky month for oil” was the phrase heard on "
         "every trading desk in the city on Monday, as the “recent surge in infections has "
         "brought demand risk back,” Stefan Imre wrote.", [None, "Stefan Imre"]),
    ],
)
def test_a_quote_shares_the_attribution_later_in_its_sentence(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ogen noted that the valleys were surrounded by mountains. “My research is only an "
         "initial indication,” he said.\n\nJonathan Grigg said the study showed an association "
         "between deaths and pollution. “This association could reflect a causal link.”",
         ["Ogen", "Jonathan Grigg"]),
        ("Halden County responded with a statement on Friday.\n\n“We look forward to an "
         "agreement on a safety plan very soon,” the county said.", ["Halden County"]),
        # look-alike: two counties named leave the description
        ("Halden County met Kestrel County on Friday.\n\n“We look forward to an "
         "agreement,” the county said.", ["the county"]),
    ],
)
def test_a_reporter_or_a_county_named_before(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Health Secretary Ivo Marsh said on Wednesday that MPs would get a vote.\n\n"
         "Following a debate, MPs voted to extend the powers.\n\nAddressing MPs, the health "
         "secretary said: “I am sure that no member of this House would want to limit our "
         "ability to act.”", ["Ivo Marsh"]),
        ("Speaker Lenny Hale said the rules showed “a total disregard for the House”.\n\n"
         "Responding to Lenny Hale's criticism, the prime minister's spokesman said the "
         "government was “looking at further ways to involve parliament in advance”.",
         ["Lenny Hale", "the prime minister's spokesman"]),
        ("Health Secretary Ivo Marsh said on Wednesday that MPs would get a vote.\n\nDale "
         "Brody, chair of the backbench committee, had been pushing for more scrutiny.\n\nHe "
         "welcomed Mr Marsh's announcement saying: “We are grateful that the government has "
         "understood the importance of proper scrutiny.”", ["Dale Brody"]),
        ("Dozens of MPs backed an amendment by Sir Dale Brody calling for a vote.\n\nThe "
         "prime minister's spokesman said the government was “looking at further ways to "
         "involve parliament”.", ["The prime minister's spokesman"]),
        # look-alike: the spokeswoman the story titled so
        ("Ana Ruiz, the mayor's spokeswoman, met reporters on Friday.\n\nThe mayor's "
         "spokeswoman said the city was “looking at further ways to help”.", ["Ana Ruiz"]),
        # look-alike: criticised for saying it, the one criticised said it
        ("Dale Brody spoke on Monday.\n\nHe criticised Ivo Marsh for saying: “We will not "
         "hold a vote on this.”", ["Ivo Marsh"]),
    ],
)
def test_an_opening_clause_or_a_reaction_is_no_speaker(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected
