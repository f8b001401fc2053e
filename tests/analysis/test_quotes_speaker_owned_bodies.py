"""Bodies named with their owner ("Peru's foreign ministry", "the Chilean embassy in
Lima") keep the owner as part of the speaker, and "it added" after a sentence such a body
opens, or one that credits a body at its end, is that body's, not the organisation named
last.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Talks went on.\n\n“It is deeply wrong that these raids go on during the talks,” "
            "Peru's Foreign Ministry said in a statement.\n\n“These steps are only "
            "preventive,” Chile's military wrote on X.",
            ["Peru's Foreign Ministry", "Chile's military"],
            id="a country's ministry or military keeps the country",
        ),
        pytest.param(
            "The talks stalled again.\n\nBefore the vote, the Farm Office on Monday lifted a "
            "waiver on grain exports.\n\nPeru's foreign ministry called the move a breach of "
            "the accord and said it showed “bad faith”.\nIt added that Lima “will take every "
            "step it deems needed to guard its interests”.",
            ["Peru's foreign ministry"],
            id="'It added' after an owned body opened the sentence before",
        ),
        pytest.param(
            "Ferry services were cut.\n\nChile's transport ministry previously called the "
            "levy a breach of the treaty.\nIt added that Santiago “will answer in kind "
            "before the season opens”.",
            ["Chile's transport ministry"],
            id="'It added' after an owned body and an adverb before its verb",
        ),
        pytest.param(
            "The rules apply to new devices sold by the FTC.\nThe Peruvian embassy in Madrid "
            "also said Lima will “act firmly” to protect its firms, urging all states to "
            "develop AI “for the common good”.\nIt called on Spain to “drop its bullying and "
            "stop smearing our companies.”",
            ["Peruvian embassy in Madrid"],
            id="a demonym's embassy and its city, not a short word named last",
        ),
        pytest.param(
            "Ships waited.\n\nSouthern Naval Command - or Sonac - described the raids as “a "
            "firm answer” to the attack.\n“The reckless attack on merchant ships plainly "
            "broke the truce,” it said in a statement.",
            ["Southern Naval Command"],
            id="a body given with its short form opens the sentence before 'it said'",
        ),
        pytest.param(
            "Ships waited.\n\nAccording to the maritime agency MSTA, the ship was hit near "
            "the port.\nThe ship had kept to the MSTA route when it was hit, the vessel's "
            "owner, Bluewave, said.\n“All crew members are safe and so is the cargo,” it "
            "added.",
            ["Bluewave"],
            id="the body credited at the end of the sentence before 'it added'",
        ),
    ],
)
def test_owned_bodies(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
