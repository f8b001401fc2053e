"""Speakers met wrong in a twenty-fifth round, tuned on a hand-judged pool of 2020–2026 news
(pool 20): bare "Trump" is the father, not "Donald Trump Jr"; a panel "two appointed by
President X" is not X; "wrote on X." ends a sentence (the platform, no initial); "the
foreign ministry" of a country the sentence opens with is that country's; after a quote
that closed its sentence, "Mr Berger spoke to reporters at the close of the summit" credits
no one; "A statement from the Harbour Board on Monday said …. “…,” it added" is the board's.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_RUDY = "“Ana Ruiz, by far the greatest mayor in the history of Varna, has tested positive,”"
_MERITS = "“the merits of the parties’ dispute are not particularly close or complicated.”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Donald Trump’s lawyer tested positive, the president tweeted on Sunday.\n\n"
            f"{_RUDY} Trump tweeted.\n\nAt least 40 people near him have tested positive, "
            "including the first lady, Melania Trump, Donald Trump Jr, and aides.",
            ["Donald Trump"],
        ),
        # look-alike: a junior the story names alone speaks by his surname.
        (
            "Franklin Roosevelt signed the law in 1935.\n\nJames Roosevelt Jr., his grandson, "
            "spoke on the call.\n\nRoosevelt, who served as a commissioner, blasted the claims."
            "\n\n“There is a lot of scare talk out there from the other side,” Roosevelt said.",
            ["James Roosevelt Jr."],
        ),
    ],
)
def test_a_bare_surname_is_not_the_junior(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A panel of three judges, two appointed by President Ivo Rask and one by "
            f"President Ana Ruiz, said unanimously that {_MERITS}",
            ["A panel of three judges"],
        ),
        (
            "Three courts ruled against the city. In Varna, a panel of three judges, two "
            "appointed by President Ivo Rask and one by President Ana Ruiz, said unanimously "
            f"that {_MERITS}",
            ["a panel of three judges"],
        ),
        (
            f"In Varna, the harbour board, led by Ana Ruiz, said that {_MERITS}",
            ["the harbour board"],
        ),
        # look-alike: the one appointed speaks.
        (
            "“The merits of the dispute are not particularly close or complicated,” said Ivo "
            "Rask, appointed by Ana Ruiz last year.",
            ["Ivo Rask"],
        ),
    ],
)
def test_who_appointed_the_speaker_does_not_speak(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


_INVIOLABLE = (
    "\"For our country, the principle of no agreements on Ukraine without Ukraine remains "
    "inviolable,\""
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leaders condemned the trip. \"Appeasement will not stop the invasion of Ukraine,\" "
            "Commission head Ana Ruiz wrote on X. Ukraine also condemned the visit: "
            f"{_INVIOLABLE} the foreign ministry said in a statement.",
            ["Ana Ruiz", "Ukraine’s foreign ministry"],
        ),
        # look-alikes: the country named a sentence before, and two countries.
        (
            f"Ukraine condemned the visit on Monday. {_INVIOLABLE} the foreign ministry said.",
            ["the foreign ministry"],
        ),
        (
            f"Poland and Ukraine condemned the visit: {_INVIOLABLE} the foreign ministry said.",
            ["the foreign ministry"],
        ),
    ],
)
def test_a_ministry_of_the_country_that_opens_the_sentence(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("Mr Berger spoke to reporters at the close of the annual summit on Thursday.",
         ["Ivo Rask", "Ivo Rask"]),
        # look-alike: a short credit after a closed quote still credits it.
        ("Mr Berger said on Friday.", ["Ivo Rask", "Berger"]),
    ],
)
def test_a_sentence_about_someone_after_a_closed_quote_is_no_credit(
    after: str, expected: list[str | None]
) -> None:
    text = (
        "Talks stalled. “They have the safety of being on our border and not having to worry "
        "about that,\" Speaker Ivo Rask said this week. \"I think if you are going to be a "
        f"member nation, you need to do your part.\" {after}"
    )
    assert speakers_in(text) == expected


_EVALUATING = "\"Varna is evaluating the remarks and will convey its reply to the mediators,\""


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("A statement from the Harbour Board on Wednesday night said the mediators had passed "
         "on the group's remarks.", "Harbour Board"),
        ("A joint statement from the Varnan prime minister's office and the Kasta "
         "intelligence agency on Wednesday night said the mediators had passed on the remarks.",
         "Varnan prime minister's office and Kasta intelligence agency"),
    ],
)
def test_it_added_after_a_statement_from_a_body(statement: str, expected: str) -> None:
    text = (
        f"Hamas sent its response to the mediators on Wednesday. {statement} {_EVALUATING} "
        "it added."
    )
    assert speakers_in(text) == [expected]
