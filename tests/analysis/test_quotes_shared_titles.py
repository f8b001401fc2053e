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
