"""A civic body 'of the' a place or body is one name for every civic body word of
lexicon.CIVIC_BODY_WORDS; 'for the' joins only heads of names that state a purpose."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse


def _names(text: str) -> list[str]:
    return [e.name for e in analyse(text, datetime(2026, 3, 4, 9, 0, tzinfo=UTC)).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Velmora Department of the Interior said the road was shut.",
         ["Velmora Department of the Interior"]),
        ("The Velmora Police of the Dorn Region said the road was shut.",
         ["Velmora Police of the Dorn Region"]),
        ("The Kasta Party of the Dorn Farmers said the road was shut.",
         ["Kasta Party of the Dorn Farmers"]),
        # look-alikes: a firm "of the" a group may be two; "thanked … for the" thanks two
        ("Ivo Rask is chairman of Halden Holdings of the Kasta Group.",
         ["Ivo Rask", "Halden Holdings", "Kasta Group"]),
        ("Ana Ruiz thanked the Dorn Police for the Kasta rescue.",
         ["Ana Ruiz", "Dorn Police", "Kasta"]),
        ("Ivo Rask left Halden Group for the Dorn Bank in 2019.",
         ["Ivo Rask", "Halden Group", "Dorn Bank"]),
        # a body named for its purpose is still one
        ("Ana Ruiz joined the Velmora Council for the Dorn Region in May.",
         ["Ana Ruiz", "Velmora Council for the Dorn Region"]),
    ],
)
def test_a_body_of_or_for_another(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
