"""Speakers met wrong in an eighth round of real copy: a hyphenated given name ("Ro
Min-seok") clipped to its first syllable, a name with a lowercase particle after a title
("Summit Chair Ana Costa do Vale"), and a label of title words ("PM Spokesperson") whose
last word was taken for the name.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}The two leaders will meet next week, Deputy Trade Minister Ro Min-seok "
            "said Friday.\n\nAsked about the agenda, Ro replied, “There will be talks on "
            "ports and on fishing rights.”\n\n“Both sides want calm waters,” Ro said.",
            ["Ro Min-seok", "Ro Min-seok"],
            id="'Ro Min-seok' keeps his whole given name",
        ),
        pytest.param(
            f"{_LEAD}“We will open the archive to scholars,” Vice Reunification Minister Pak "
            "Dong-hun told reporters.",
            ["Pak Dong-hun"],
            id="a portfolio word after 'Vice' and a hyphenated given name both stay apart",
        ),
        pytest.param(
            f"{_LEAD}The harbour board, which Summit Chair Ana Costa do Vale visited on "
            "Friday, wants a deal.\n\n“I think it can be a useful paper but we are still "
            "listening,” Costa do Vale said.",
            ["Ana Costa do Vale"],
            id="'do' between capitalised names stays in the name after a title",
        ),
        pytest.param(
            f"{_LEAD}Officials refused to answer, even as PM Spokesperson kept repeating the "
            "line.\n\nLater PM Spokesperson said: “We have not joined any strikes.”",
            ["PM Spokesperson"],
            id="'PM Spokesperson' is a label, not a title before the name 'Spokesperson'",
        ),
    ],
)
def test_round8_speakers(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}“The Kyiv-based group will not sign,” Ana Ruiz said.",
            ["Ana Ruiz"],
            id="an adjective suffix ('Kyiv-based') still comes off",
        ),
        pytest.param(
            f"{_LEAD}“We will sign the harbour deal this week,” PM Ivo Rask said.",
            ["Ivo Rask"],
            id="'PM' before a name is still a title",
        ),
    ],
)
def test_round8_lookalikes(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected
