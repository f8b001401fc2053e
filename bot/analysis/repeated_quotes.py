"""A quote set as a paragraph of its own (a pull quote or a crosshead) that the article
quotes again in its body: the body's attribution tells who said it."""

from __future__ import annotations

import re
from collections import Counter
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


def speakers_of_pulled_quotes(quotes: list[Quote], sentences: list[Sentence]) -> list[Quote]:
    """Each pulled quote gets the speaker of the body quote that repeats its words."""
    # Read once per article: a page of many quotes must not split its sentences per pair.
    paragraph_sizes = Counter(s.paragraph for s in sentences)
    words = [_words(q.text) for q in quotes]
    alone = [
        paragraph_sizes[sentences[q.sentence_index].paragraph] == 1
        and _words(sentences[q.sentence_index].text) == said
        for q, said in zip(quotes, words, strict=True)
    ]
    if not any(alone):
        return quotes
    attributed = [
        (said, q.speaker)
        for q, said, apart in zip(quotes, words, alone, strict=True)
        if q.speaker is not None and not apart
    ]
    result = list(quotes)
    for at, pulled in enumerate(quotes):
        if not alone[at]:
            continue
        excerpt = len(words[at].split()) >= _MIN_EXCERPT_WORDS
        speaker = next(
            (
                who
                for said, who in attributed
                if said == words[at] or (excerpt and words[at] in said)
            ),
            None,
        )
        if speaker is not None and speaker != pulled.speaker:
            result[at] = replace(pulled, speaker=speaker)
    return result
