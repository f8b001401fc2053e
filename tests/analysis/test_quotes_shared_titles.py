"""A spokesperson for a titled person is that person's unnamed voice, for every title the
name reader knows (lexicon.PERSON_TITLES); a spokesperson for a body stays the body's."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


def _spoken_for(whom: str) -> list[str | None]:
    return speakers_in(f'"The plant will stay open," a spokeswoman for {whom} said on Tuesday.')


@pytest.mark.parametrize(
    "whom",
    ["Prime Minister Ivo Rask", "Deputy Mayor Ana Velk", "Chief Executive Ivo Rask",
     "Director Ana Velk", "Leader Ana Velk", "Officer Ana Velk"],
)
def test_a_titled_persons_spokesperson_is_unnamed(whom: str) -> None:
    assert _spoken_for(whom) == [f"a spokeswoman for {whom}"]


@pytest.mark.parametrize(
    "body",
    ["General Motors", "Justice Department", "Head Office",
     "Executive Council", "Forward Party", "Halden Motors"],
)
def test_a_bodys_spokesperson_speaks_for_the_body(body: str) -> None:
    assert _spoken_for(body) == [body]


# "<body>'s spokesman" is the body's voice for every body word of lexicon.ORG_WORDS (and
# "House"); a person's spokesman is that person's unnamed voice.
@pytest.mark.parametrize(
    ("owner", "speaker"),
    [
        ("Dorn Oil's", "Dorn Oil"),
        ("Kasta Media's", "Kasta Media"),
        ("the Velmora Embassy's", "Velmora Embassy"),
        ("Velk Consulting's", "Velk Consulting"),
        ("Ivo Rask's", "Ivo Rask's spokesman"),
    ],
)
def test_a_bodys_own_spokesman(owner: str, speaker: str) -> None:
    assert speakers_in(
        f'"The plant will stay open," {owner} spokesman said on Tuesday.'
    ) == [speaker]
