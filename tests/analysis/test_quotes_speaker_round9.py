"""Round 9 of speakers, review: one definition for what several readers shared (the
descriptors of a body, the "X officials" reading, a document's author: "the letter said"
takes the report path), each checked on invented sentences.

Every sentence here was written for this test.
"""

from __future__ import annotations

import re

import pytest

from bot.analysis import attribution_patterns, body_cues, entities
from bot.analysis.lexicon import ORG_DESCRIPTOR_PATTERN, ORG_DESCRIPTORS
from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled.\n\n"


def test_one_descriptor_pattern_for_every_reader() -> None:
    """The four readers of a body's descriptor take it from lexicon: every descriptor,
    and only those, in each."""
    assert all(re.fullmatch(ORG_DESCRIPTOR_PATTERN, noun) for noun in ORG_DESCRIPTORS)
    assert re.fullmatch(ORG_DESCRIPTOR_PATTERN, "companies") is None
    assert attribution_patterns.BACK_REFERENCE.match("the consortium")
    assert not attribution_patterns.BACK_REFERENCE.match("the consortiums")
    assert body_cues._DESCRIBED_BEFORE.search("the charity ")
    assert entities._ORG_DESCRIBED.search("the utility's ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}A report released on Monday by the aid group Harbour Relief counted the "
            "boats.\n\n“Nine of ten ferries lack life rafts for every seat,” the report said.",
            ["Harbour Relief"],
            id="'by the aid group <name>': the body after its descriptor wrote the report",
        ),
        pytest.param(
            f"{_LEAD}“We will keep the ferry running through the winter,” the consortium said.",
            ["the consortium"],
            id="'the consortium' with no body named stays as it is",
        ),
    ],
)
def test_descriptor_readers(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_SAID = f"{_LEAD}“We will not sign the harbour deal this week,” "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_SAID}Harbourland diplomats said.",
            ["Harbourland diplomats"],
            id="a body's diplomats read as its officials are (one 'X officials' definition)",
        ),
        pytest.param(
            f"{_SAID}Harbourland senior officials said.",
            ["Harbourland senior officials"],
            id="a body's senior officials, as a country's are",
        ),
        pytest.param(f"{_SAID}Harbourland officials said.", ["Harbourland officials"], id="body"),
        pytest.param(f"{_SAID}Canadian officials said.", ["Canadian officials"], id="country"),
        pytest.param(f"{_SAID}US diplomats said.", ["US diplomats"], id="country diplomats"),
        pytest.param(f"{_SAID}Senior officials said.", ["Senior officials"], id="a rank"),
        pytest.param(f"{_SAID}Two officials said.", ["Two officials"], id="a number"),
        pytest.param(f"{_SAID}Administration officials said.", [None], id="a branch"),
    ],
)
def test_officials_of(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_FARES = "“We must cut fares and add routes for every island town this year,” "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}In her letter, Ana Ruiz asked the Ferry Authority to act.\n\n{_FARES}"
            "the letter said.",
            ["Ana Ruiz"],
            id="'In her letter, <person>': a person writes a letter as a body does",
        ),
        pytest.param(
            f"{_LEAD}In its annual report, the Harbour Fund said the Ferry Authority had missed "
            f"its goals.\n\n{_FARES}the report said.",
            ["Harbour Fund"],
            id="'In its report, <body> said <other body>': the one nearest 'its report'",
        ),
        pytest.param(
            f"{_LEAD}The Harbour Fund and the Ferry Authority said in a joint report that fares "
            f"had doubled.\n\n{_FARES}the report said.",
            ["the report"],
            id="two bodies joined by 'and' are no one author",
        ),
        pytest.param(
            f"{_LEAD}Ana Ruiz's open letter reached the mayor on Friday.\n\n{_FARES}"
            "the letter said.",
            ["Ana Ruiz"],
            id="'<person>'s letter': its owner",
        ),
        pytest.param(
            f"{_LEAD}Ana Ruiz signed a letter to the harbour board on Friday.\n\n{_FARES}"
            "the letter said.",
            ["Ana Ruiz"],
            id="the signer in the sentence that gives the letter",
        ),
    ],
)
def test_document_authors(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}Ivo Rask said the fares were too high.\n\n{_FARES}the letter said.",
            ["the letter"],
            id="a person who said something, with no letter in his sentence, wrote none",
        ),
        pytest.param(
            f"{_LEAD}Ana Ruiz and Mark Hill signed a letter to the board on Friday.\n\n{_FARES}"
            "the letter said.",
            ["the letter"],
            id="two signers: no one author",
        ),
        pytest.param(
            f"{_LEAD}Ivo Rask criticised the fares. The Harbour Fund said in a report that "
            f"fares had doubled.\n\n{_FARES}the report said.",
            ["Harbour Fund"],
            id="a report's body, not a person named before",
        ),
    ],
)
def test_document_author_lookalikes(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected
