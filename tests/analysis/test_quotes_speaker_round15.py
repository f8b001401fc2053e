"""Speakers met wrong in a fifteenth round, general fixes for the classes a hand-judged
pool of wire news left: a body named for its purpose clipped ("Institute" of "the Institute
for the Study of …"); "one senior official from <region>" (the description, not the
region); "<Country> authorities said" (them, not unknown); "Ruiz’ spokesman" (the
spokesman, not Ruiz).

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled on Monday.\n\n"
_THINK_TANK = (
    _LEAD + "Ana Ruiz said on Friday that she hoped to meet Ivo Rask soon.\n\n"
    'The {body}, a Lentia think tank, said in an assessment Thursday that "Ruiz remains '
    'uninterested in ending the dispute and is stalling for time."\n\n'
    '"Ruiz continues to believe that time is on her side," it said.'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named for its purpose is one name, not "Institute" and "Study of Harbours"
        (
            _THINK_TANK.format(body="Institute for the Study of Harbours"),
            ["Institute for the Study of Harbours"] * 2,
        ),
        (
            _THINK_TANK.format(body="Center for the Study of Rivers"),
            ["Center for the Study of Rivers"] * 2,
        ),
        # look-alikes: a one-piece body name keeps its place before the apposition
        (_THINK_TANK.format(body="Harbour Policy Institute"), ["Harbour Policy Institute"] * 2),
        (
            _LEAD + 'Ana Ruiz, a Lentia lawyer, said that "the deal is dead and everybody in '
            'the port knows it."',
            ["Ana Ruiz"],
        ),
    ],
)
def test_body_named_for_its_purpose(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_FRIDAY = (
    _LEAD + '"We are working now to make sure that it does not happen. There is still a lot '
    'of time until Friday," said {who}.'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one official from a region is that description, not the region
        (
            _FRIDAY.format(who="one senior official from Eastern Varna"),
            ["one senior official from Eastern Varna"],
        ),
        (
            _FRIDAY.format(who="an official from the Lentia Ministry"),
            ["an official from the Lentia Ministry"],
        ),
        # look-alike: a spokesperson for a body is the body's voice
        (_FRIDAY.format(who="a spokesman for the Lentia Ministry"), ["Lentia Ministry"]),
    ],
)
def test_one_official_from_somewhere(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_AUTHORITIES = (
    _LEAD + '"We are in the final stages of amending the Harbour Act, which will change the '
    "board's structure,\" {who} said."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's authorities speak like its officials
        (_AUTHORITIES.format(who="Varna authorities"), ["Varna authorities"]),
        (_AUTHORITIES.format(who="Lentia Republic authorities"), ["Lentia Republic authorities"]),
        # look-alikes: officials as before; "the authorities" stay as written
        (_AUTHORITIES.format(who="Varna officials"), ["Varna officials"]),
        (_AUTHORITIES.format(who="the authorities"), ["the authorities"]),
    ],
)
def test_country_authorities(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_CONCERN = (
    _LEAD + "Secretary General Ana Ruiz expressed deep concern for the civilians of the "
    'north.\n\n"The plight of the civilians trapped in the north is unbearable," {who} said.'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's spokesman is that person's unnamed voice, not the person
        (_CONCERN.format(who="Ruiz’ spokesman"), ["Ruiz’ spokesman"]),
        (_CONCERN.format(who="Ana Ruiz's spokeswoman"), ["Ana Ruiz's spokeswoman"]),
        # look-alikes: the person herself; a body's spokesman speaks for the body
        (_CONCERN.format(who="Ruiz"), ["Ana Ruiz"]),
        (_CONCERN.format(who="a Harbour Ministry spokesman"), ["Harbour Ministry"]),
    ],
)
def test_spokesman_of_a_person(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
