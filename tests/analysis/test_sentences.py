"""Sentence splitting on news copy: abbreviations, initials and quotes don't break it."""

from __future__ import annotations

import pytest

from bot.analysis.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. officials met in Paris. Talks went well.",
            ["U.S. officials met in Paris.", "Talks went well."],
        ),
        (
            "Sales rose in the U.S. The firm said so.",
            ["Sales rose in the U.S.", "The firm said so."],
        ),
        (
            "Mr. Smith and Dr. Jones met Gov. Hale. They left.",
            ["Mr. Smith and Dr. Jones met Gov. Hale.", "They left."],
        ),
        (
            "He quoted John F. Kennedy at length. Nobody clapped.",
            ["He quoted John F. Kennedy at length.", "Nobody clapped."],
        ),
        (
            "The meeting ends at 5 p.m. on Friday. Then the vote.",
            ["The meeting ends at 5 p.m. on Friday.", "Then the vote."],
        ),
        (
            "Shares in Acme Inc. fell 3.5 per cent. Analysts shrugged.",
            ["Shares in Acme Inc. fell 3.5 per cent.", "Analysts shrugged."],
        ),
        (
            "“Is this the end?” he asked. “No.” She smiled.",
            ["“Is this the end?” he asked.", "“No.”", "She smiled."],
        ),
        (
            'He said: "We will win." The crowd cheered.',
            ['He said: "We will win."', "The crowd cheered."],
        ),
        (
            "Prices fell on Jan. 5 after the vote. Nobody was surprised.",
            ["Prices fell on Jan. 5 after the vote.", "Nobody was surprised."],
        ),
        (
            "Trade with the U.K. and the E.U. grew. Exports led.",
            ["Trade with the U.K. and the E.U. grew.", "Exports led."],
        ),
    ],
)
def test_splits_only_at_real_sentence_ends(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_paragraphs_and_offsets() -> None:
    text = "First paragraph here. Second sentence.\n\nNew paragraph.\nAnother line paragraph."
    sentences = split_sentences(text)
    assert [s.paragraph for s in sentences] == [0, 0, 1, 2]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == [0, 1, 2, 3]


def test_hard_wrapped_lines_are_joined() -> None:
    text = "The council said the bridge\nwould reopen in April. Traders were relieved."
    assert texts(text) == [
        "The council said the bridge\nwould reopen in April.",
        "Traders were relieved.",
    ]


def test_a_chunk_of_only_opening_marks_does_not_break_splitting() -> None:
    from bot.analysis.sentences import split_sentences

    text = 'The mayor left early. "( She said nothing.\n\nThe vote ended. "('
    assert [s.text for s in split_sentences(text)] == [
        "The mayor left early.",
        '"( She said nothing.',
        'The vote ended. "(',
    ]
