"""What a deadline is about: the words of its clause nearest the time phrase (issue 10).

A long clause keeps the words closest to the phrase on both sides, so "rates would, by
August, return to where they stood before ..." keeps its subject; the other end of a date
range is no part of the subject; a plan participle set off by commas ("The visit,
scheduled for May 3, ...") is about the noun before it.
"""

from __future__ import annotations

import re

from bot.analysis.timewords import MONTH

ABOUT_WORDS = 20
# "March 31-April 2": the other end of a range of days.
_RANGE_END = re.compile(
    rf"^\s*(?:[-–]\s*(?:{MONTH}\s+)?|(?:to|through|until)\s+{MONTH}\s+)\d{{1,2}}\b(?![.,]?\d|%)"
)
_RANGE_START = re.compile(rf"(?:{MONTH}\s+)?\d{{1,2}}\s*[-–]\s*$")
_PLAN_PARTICIPLE = re.compile(
    r"\s*(?:scheduled|set|slated|planned|due|expected|pencilled|penciled)(?:\s+(?:for|on|in))?\s*",
    re.IGNORECASE,
)
_CLAUSE_BEFORE_MODAL = re.compile(
    r"([^,;:—–()]*\b(?:would|will|could|should|must|might|can|is|are|was|were)),\s*$"
)
_NOUN_BEFORE_COMMA = re.compile(r"(?:^|[,;:—–(]\s*)([^,;:—–()]+?),\s*$")


def without_range_ends(left: str, right: str) -> tuple[str, str]:
    """'scheduled for March 31-April 2': neither date is what the other one is about."""
    return _RANGE_START.sub("", left), _RANGE_END.sub("", right)


def subject_of_participle(before: str, left: str) -> str:
    """'The visit, scheduled for': the noun the participle describes, then the participle;
    `before` is the sentence up to the participle's clause."""
    if not _PLAN_PARTICIPLE.fullmatch(left):
        return left
    noun = _NOUN_BEFORE_COMMA.search(before)
    return f"{noun.group(1).strip()} {left.strip()}" if noun else left


def interrupted_verb(before: str, left: str) -> str:
    """'rates would, by August, return ...': the clause the time interrupts, up to its modal."""
    if left.strip():
        return left
    chunk = _CLAUSE_BEFORE_MODAL.search(before)
    return chunk.group(1) if chunk else left


def nearest_words(left: str, right: str) -> list[str]:
    """At most ABOUT_WORDS words, the nearest of each side first, half or more from the left."""
    before, after = left.split(), right.split()
    if len(before) + len(after) <= ABOUT_WORDS:
        return before + after
    keep = min(len(before), max(ABOUT_WORDS - len(after), ABOUT_WORDS // 2))
    return before[len(before) - keep :] + after[: ABOUT_WORDS - keep]
