"""A title with no name after it ("the US President said", "The King added"): it
describes whoever holds the title, so it is never a name of its own."""

from __future__ import annotations

import re

from bot.analysis.lexicon import DEMONYMS, PERSON_TITLES

_THE_BEFORE = re.compile(r"\b[Tt]he[ \t\xa0]+$")


def only_titles(words: list[str]) -> bool:
    """'President', 'US President', 'U.S. Secretary': title words, with only nationalities
    and abbreviations beside them, ending in a title."""
    return (
        bool(words)
        and words[-1].rstrip(".") in PERSON_TITLES
        and all(
            w.rstrip(".") in PERSON_TITLES or w in DEMONYMS or w.replace(".", "").isupper()
            for w in words
        )
    )


def title_alone(words: list[str], text: str, start: int) -> bool:
    """Whether the words at `start` are only a title, with "the" right before them."""
    return only_titles(words) and _THE_BEFORE.search(text, max(0, start - 6), start) is not None
