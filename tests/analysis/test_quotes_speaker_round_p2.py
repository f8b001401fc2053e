"""Speakers credited in shapes met in a second pool of news copy: a name and its verb at
the end of a sentence the quote sits inside ("…, the minister, Ana Ruiz said in a post on
X."), and descriptions that stand for someone named just before.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Prices fell.\n\nThis “brief step will not bring any real gain” to Chile as it "
            "only covers cargo already at sea, the U.S. Secretary of the Interior, Dana Morrow "
            "said in a post on X.",
            ["Dana Morrow"],
            id="a titled name and its verb with a place of posting end the sentence",
        ),
        pytest.param(
            "Prices fell.\n\nThis “brief step will not bring any real gain” to Chile as it "
            "only covers cargo already at sea, the Secretary of the Interior, Dana Morrow, "
            "said.",
            ["Dana Morrow"],
            id="the apposed name closed by its comma before the verb",
        ),
    ],
)
def test_round_p2_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
