"""Quotes round 51, tuned on pool 29 and invented copy: "Neither"/"Either" opening a
sentence is no part of the name after it; "the treasurer" is an office that refers back to
the treasurer named before; a lawsuit's or a letter's words are its author's ("Halden City
is suing …, the lawsuit states", "the Harbour Board filed a lawsuit", "The Foundation in
July sent a letter … the letter states"); and "according to X" closing the quote's sentence
a few words after it credits X.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quarterback Deshaun Okoro was sued on Monday.\n\nNeither Okoro’s lawyers nor the club "
         "have responded.\n\n“I’m going to stand on my innocence and keep playing,” Okoro said "
         "at the time.", ["Deshaun Okoro"]),
        ("Ana Ruiz left the talks early.\n\nEither Ruiz or her deputy will sign it.\n\n“We are "
         "close to a deal on the port and the tolls,” Ruiz said.", ["Ana Ruiz"]),
        ('Treasurer Daniel Mookhey denied the plan was a drop in the ocean. "I am cautious '
         'about the forecast for next year," the treasurer said.', ["Daniel Mookhey"]),
    ],
)
def test_a_name_and_an_office_after_it(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halden City is suing five social media companies. These platforms, the lawsuit "
         "states, impose a “large burden on cities, schools and public hospitals that treat "
         "the young.”", ["Halden City"]),
        ("The Harbour Board filed a lawsuit against the port on Monday. “The port broke every "
         "term of the lease it signed in 2019,” the complaint says.", ["Harbour Board"]),
        ("The Dorel Gun Owners Foundation in July sent a cease-and-desist letter to the mayor. "
         "The group was reacting to a vote in which “you voted to draft an ordinance that "
         "would impose a fee on gun owners,” the letter states.", ["Dorel Gun Owners Foundation"]),
        # look-alikes: no one brings the suit in the story; an unnamed plaintiff (the suit
        # speaks, as judges of real copy count it: neither the woman nor the club)
        ("Ana Ruiz and Ivo Rask met on Monday. “The port broke every term of the lease it "
         "signed in 2019,” the suit says.", ["the suit"]),
        ("A woman sued the club on Monday. “The club ignored every warning it was given about "
         "the coach,” the lawsuit alleges.", ["the lawsuit"]),
    ],
)
def test_a_suit_or_a_letter_speaks_for_its_author(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("But it’s “unlikely that another bidder will emerge soon” because of the short "
         "timeline, according to Sarah Foss, an analyst at Debtwire.", ["Sarah Foss"]),
        # look-alikes: the credit right after the quote; a speech verb of its own between
        ("The deal is “unlikely to close before the end of the year,” according to Sarah "
         "Foss, an analyst at Debtwire.", ["Sarah Foss"]),
        ("“We will not sell the port to anyone,” Ana Ruiz said on Monday, according to "
         "Wirepress.", ["Ana Ruiz"]),
    ],
)
def test_according_to_closing_the_sentence_credits_the_quote(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected
