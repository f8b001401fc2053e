"""A quote set as a paragraph of its own (a pull quote or a crosshead) that the article
quotes again in its body: the body's attribution tells who said it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.analysis.quotes import Quote
    from bot.analysis.sentences import Sentence

# Words a pulled quote must have before part of a longer quote is taken for it.
_MIN_EXCERPT_WORDS = 5
_MARKS = re.compile(r"[^\w\s]")


def _words(text: str) -> str:
    return " ".join(_MARKS.sub(" ", text.lower()).split())


def _stands_alone(quote: Quote, sentences: list[Sentence]) -> bool:
    """Whether the quote is all its paragraph says: no attribution of its own."""
    sentence = sentences[quote.sentence_index]
    alone = [s for s in sentences if s.paragraph == sentence.paragraph]
    return len(alone) == 1 and _words(sentence.text) == _words(quote.text)


def speakers_of_pulled_quotes(quotes: list[Quote], sentences: list[Sentence]) -> list[Quote]:
    """Each pulled quote gets the speaker of the body quote that repeats its words."""
    result = list(quotes)
    for at, pulled in enumerate(quotes):
        if not _stands_alone(pulled, sentences):
            continue
        words = _words(pulled.text)
        excerpt = len(words.split()) >= _MIN_EXCERPT_WORDS
        source = next(
            (
                other
                for other in quotes
                if other is not pulled
                and other.speaker is not None
                and not _stands_alone(other, sentences)
                and (_words(other.text) == words or (excerpt and words in _words(other.text)))
            ),
            None,
        )
        if source is not None and source.speaker != pulled.speaker:
            result[at] = replace(pulled, speaker=source.speaker)
    return result
