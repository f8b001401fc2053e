"""Whose letter speaks: "“…,” said the letter" or "The letter also noted" after the story
named the letter's author ("In its new letter, the Harbour Board said", "the Harbour
Board's letter this week called"). A letter is a document, not a speaker, so its quotes
go to the body or person who wrote it."""

from __future__ import annotations

import re

from bot.analysis.entities import Mention
from bot.analysis.sentences import Sentence, sentence_at

_LETTER = re.compile(r"\bletter\b", re.IGNORECASE)
_POSSESSIVE_BEFORE_LETTER = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,3}letter\b")
_ITS_LETTER = re.compile(r"\b[Ii]ts\s+(?:[\w-]+\s+){0,3}letter\b")
# How far back (in sentences) the letter's introduction may stand.
_REACH = 12


def letter_writer(
    text: str, sentences: list[Sentence], mentions: list[Mention], position: int
) -> str | None:
    """The author of the letter last introduced before `position`: the one body or person
    its sentence names, or the one whose possessive stands before "letter"."""
    here = sentence_at(sentences, position).index
    for sentence in reversed(sentences[max(0, here - _REACH) : here]):
        if not _LETTER.search(sentence.text):
            continue
        inside = [
            m
            for m in mentions
            if sentence.start <= m.start < sentence.end and m.type in ("org", "person")
        ]
        owners = [m for m in inside if _POSSESSIVE_BEFORE_LETTER.match(text, m.end)]
        if owners:
            return owners[-1].canonical
        its = _ITS_LETTER.search(sentence.text)
        if its is not None and inside:
            # "In its new letter, the Harbour Board said …": the name nearest "its letter".
            at = sentence.start + its.start()
            return min(inside, key=lambda m: min(abs(m.start - at), abs(m.end - at))).canonical
        writers = {m.canonical for m in inside}
        if writers:  # a sentence naming no one ("…, said the letter.") only refers back
            return writers.pop() if len(writers) == 1 else None
    return None
