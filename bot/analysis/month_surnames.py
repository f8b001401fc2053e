"""Months that are people's names: "Theresa May" makes a later bare "May said Friday" her,
for the names of the story (a mention of her) and for its times (no month).

Found in pool 11 for times and pool 31 for speakers (issue 10): "May told reporters on
Friday …. “These people are British,” she said." was no one's quote while "May" stayed a month.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.analysis.first_names import FIRST_NAMES
from bot.analysis.lexicon import PERSON_TITLES
from bot.analysis.sentences import Sentence
from bot.analysis.timewords import MONTH

# A month written out in full and capitalised, as a surname or given name is written.
_NAME_LIKE_MONTH = re.compile(rf"\b(?-i:{MONTH})(?![\w.])")
_WORD_BEFORE = re.compile(r"([A-Z][\w.’'-]*)\s+$")
# How far back the word before a month is looked for: a name or title is far shorter, and
# searching the whole text before every month made a long run of "Mrs May" quadratic.
_WORD_BEFORE_REACH = 80
# "in May", "by early May", "May 5", "May of this year", "May, 2019": the month itself.
_TIME_WORD_BEFORE = re.compile(
    r"\b(?i:in|on|by|since|until|till|from|through|of|early|late|mid|last|next|this|before|"
    r"after|during|to|between|every|each|or|and|the)[ \t\xa0-]+$"
)
_TIME_AFTER = re.compile(r"\s*,?\s*(?:\d|of\b|and\s+[A-Z][a-z]+\s+\d)")


def person_before(before: str) -> bool:
    """'Theresa May', 'Mrs May', 'Prime Minister May': a given name or a title before."""
    word = _WORD_BEFORE.search(before, max(0, len(before) - _WORD_BEFORE_REACH))
    if word is None:
        return False
    bare = word.group(1).rstrip(".")
    return bare in FIRST_NAMES or bare in PERSON_TITLES


def month_surnames(sentences: list[Sentence]) -> frozenset[str]:
    """Month words an article uses as a person's name: after a given name or a title, with
    no day after them ("Theresa May", "Mrs May"; not "Sunday May 5")."""
    return _surnames(tuple(sentence.text for sentence in sentences))


@lru_cache(maxsize=4)
def _surnames(texts: tuple[str, ...]) -> frozenset[str]:
    """Read once per article: its names and its deadlines both ask."""
    found: set[str] = set()
    for text in texts:
        for match in _NAME_LIKE_MONTH.finditer(text):
            if re.match(r"\s*\d", text[match.end() :]) is None and person_before(
                text[: match.start()]
            ):
                found.add(match.group())
    return frozenset(found)


def bare_surname_spans(
    sentences: list[Sentence], taken: list[tuple[int, int]]
) -> list[tuple[str, int, int, int]]:
    """(word, start, end, sentence index) of each bare month the article's own surname
    stands for: "May said Friday", "May and other ministers" after "Theresa May"; never one
    inside a name already found, nor a month with its preposition or day."""
    surnames = month_surnames(sentences)
    if not surnames:
        return []
    spans = []
    for sentence in sentences:
        for match in _NAME_LIKE_MONTH.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if match.group() not in surnames or any(b <= start < e for b, e in taken):
                continue
            before, after = sentence.text[: match.start()], sentence.text[match.end() :]
            if _TIME_WORD_BEFORE.search(before) or _TIME_AFTER.match(after):
                continue
            spans.append((match.group(), start, end, sentence.index))
    return spans
