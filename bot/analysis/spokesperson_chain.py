"""'The spokesman said …. “…,” he said.': he is the spokesman, and the spokesman is the one
the story introduced ("a spokesman for Halden Sugar told Reuters").

Wire copy introduces an unnamed spokesperson once, then calls him "the spokesman" as the
subject of the next reports, and a quote's "he said" takes up that subject. The reader
resolves him to the body he speaks for, else to the description he was introduced by.
"""

from __future__ import annotations

import re

from bot.analysis.attribution_patterns import ADVERB, VERB

# "The company spokesman said …" opening a sentence, or "…, the spokesman added." ending it.
_DEFINITE = re.compile(
    r"(?:^|,\s+)(?i:the)\s+(?:[\w-]+\s+)?spokes(?P<role>man|woman|person)\s+"
    rf"{ADVERB}{VERB}\b"
)
_INTRODUCED = re.compile(
    r"\b(?i:a|an|one)\s+(?P<kind>[\w-]+\s+)?spokes(?P<role>man|woman|person)"
    r"(?:\s+(?:for|of|at)\s+(?:the\s+)?(?P<org>[A-Z][\w&’'.-]*(?:\s+(?:of\s+|and\s+)?"
    r"[A-Z][\w&’'.-]*)*))?"
)
_OTHER_GENDER = {"man": "f", "woman": "m"}


def spokesperson_subject(previous: str, text: str, before: int, gender: str) -> str | None:
    """The body (else the description) of the spokesperson the previous sentence has as
    its subject, when the pronoun can be that spokesperson."""
    subject = _DEFINITE.search(previous)
    if subject is None or _OTHER_GENDER.get(subject.group("role")) == gender:
        return None
    introductions = list(_INTRODUCED.finditer(text, 0, before))
    if not introductions:
        return None
    introduced = introductions[-1]
    return introduced.group("org") or introduced.group(0).strip()
