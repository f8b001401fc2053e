"""Quotes round 58, tuned on pool 31 and invented copy: "said a Home Office spokesman." and
"read a Halden Rugby statement" speak for the body; a month the story uses as a surname
("May said Friday" after "Theresa May") is her; a code after a given name ("Bill S8700A") or
a work's title ("films such as Bridget Jones") is no one a pronoun can take up; a body only
described before a quote gives way to the person named after it; "Tom Hale, who praised her
“…”" is Hale's; "the prime minister" is not "another government minister"; and a byline
names the writer, not a subject.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_QUOTE = "“In rescheduling these matches, the health of players has been at the forefront,” "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Organisers are still working. " + _QUOTE + "said a Home Office spokesman.",
         ["Home Office"]),
        ("Organisers are still working. " + _QUOTE + "read a Home Office statement.",
         ["Home Office"]),
        ("Organisers are still working. " + _QUOTE + "said the statement.", ["the statement"]),
        # look-alike: an official is one of the body's many, not its voice
        ("Organisers are still working. " + _QUOTE + "said a Home Office official.",
         ["a Home Office official"]),
    ],
)
def test_a_body_speaks_through_its_statement(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Theresa May hosted the leaders on Thursday.\n\nQueen Ada Vance said "
         "she was delighted with the result of the meeting.\n\n"
         "May said Friday that the country would do \"whatever it takes\" to make amends.\n\n"
         "\"These people are ours,\" she said. \"They are part of us, and we are stronger.\"",
         ["Theresa May"]),
        ("The bill was drafted last year. Bill S8700A, now before the committee, would update "
         "the law, said its sponsor, Senator Mark Halden.\n\n“Their power has grown to "
         "dangerous levels and we need to start reining them in,” he said.", ["Mark Halden"]),
        # the film's heroine is no one: unknown rather than wrong
        ("Those against include Baroness Olwen Tarrant, a crossbench peer, best known for "
         "films such as Bridget Jones: The Edge of Reason.\n\nShe says ministers would be "
         "\"knowingly throwing designers and authors under the bus\" if they do not act.",
         [None]),
        # look-alike: the one who made the film is a person
        ("She starred in the film Emma Stone made last year. \"It was a joy to make and "
         "I would do it again,\" she said.", ["Emma Stone"]),
    ],
)
def test_a_surname_month_and_no_bill_or_film(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Correll spoke. The state had suggested the flight “was somehow a personal flight "
         "for him and his family,” he said.", ["Tom Correll"]),
        # look-alike: an outlet after the quote only reports the committee's words
        ("The trial went on. The committee said the plan was “unworkable and far too costly "
         "for the city to carry,” the newspaper reported.", ["The committee"]),
        ("Ana Ruiz also held talks with Prime Minister Tom Hale, who praised her \"great "
         "determination on one of the most vexed issues I think there is\".", ["Tom Hale"]),
        # look-alike: the one praised by the subject does not speak
        ("Ana Ruiz thanked Tom Hale, who she praised for his \"great determination on one of "
         "the most vexed issues\".", ["Ana Ruiz"]),
    ],
)
def test_the_teller_after_and_the_one_who_praises(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theresa May arrived at the summit. The talks came as another government minister, "
         "Sam Gyimah, resigned over the deal.\n\nAsked if this might be her last trip, the "
         "prime minister insisted \"there's a lot more for me to do here\".", ["Theresa May"]),
        ("Mrs Ana Ruiz said she would win the vote.\n\nAnalysis: support for the deal is "
         "shrinking\n\nBy Laura Kenning, political editor\n\nAsked if this might be her last "
         "trip, the prime minister insisted \"there's a lot more for me to do\".", ["Ana Ruiz"]),
        # look-alike: a plain minister still finds the minister named
        ("Theresa May arrived at the summit. The talks came as another government minister, "
         "Sam Gyimah, resigned over the deal.\n\nAsked about the vote, the minister insisted "
         "\"there's a lot more for me to do here\".", ["Sam Gyimah"]),
    ],
)
def test_a_prime_minister_and_a_byline(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
