"""Speakers round 34: a full name whose speech verb follows an adverb or an auxiliary is a
person's ("Pavel Orlov later told state television", "has since said"), so a pronoun after
it finds him. Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pavel Orlov later told state television that Kyiv was not serious. “They are "
         "stalling for time,” he added.", ["Pavel Orlov"]),
        ("Pavel Orlov has since said that Kyiv was not serious. “They are stalling for "
         "time,” he told reporters.", ["Pavel Orlov"]),
        ("Pavel Orlov had earlier told reporters that Kyiv was not serious. “They are "
         "stalling for time,” he added.", ["Pavel Orlov"]),
        ("Pavel Orlov, however, told reporters that Kyiv was not serious. “They are stalling "
         "for time,” he said.", ["Pavel Orlov"]),
        # look-alike: a body that speaks is no "she", but "it"
        ("Vantage Group later said that Kyiv was not serious. “They are stalling for time,” "
         "she said.", [None]),
        ("Vantage Group later said that Kyiv was not serious. “They are stalling for time,” "
         "it said.", ["Vantage Group"]),
    ],
)
def test_a_full_name_speaking_after_an_adverb_is_a_person(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected
