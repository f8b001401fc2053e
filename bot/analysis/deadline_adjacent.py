"""One time told in two adjacent phrases is one deadline: "in March next year" is March of
next year, not "next year" and "in March" as two; "on 1 January next year" likewise.

The families read "in March" and "next year" apart; when a deadline of a sentence is
followed right away by a wider time that only places it ("next year", "2027") and its
window lies inside that one, they are one, by the narrower window and the words of both
as written.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from bot.analysis.deadline_anchors import Deadline
from bot.analysis.sentences import Sentence

# Only a space (or "of") between: "in March next year", "by June of next year"; a comma or
# "and" joins two times.
_SIDE_BY_SIDE = re.compile(r"[ \t\xa0]+(?:of[ \t\xa0]+)?")
# The wider time that only places the narrower one: "next year", "this year", "2027" (not
# "for 2026" of "its budget for 2026 in May", which says what, not when).
_PLACING = re.compile(r"(?:next|this|the\s+following)\s+(?:year|month|week)|\d{4}", re.I)
# "by June next year" runs from now to a June the wider time places: only its end is there.
_RUNS_TO = re.compile(r"(?:by|before|until|till)\s", re.I)


def _placed_by(narrow: Deadline, wide: Deadline) -> bool:
    """Whether the narrow window lies inside the wide one (its end, for "by June")."""
    if _RUNS_TO.match(narrow.phrase):
        return wide.earliest <= narrow.latest <= wide.latest
    return wide.earliest <= narrow.earliest and narrow.latest <= wide.latest


def joined_adjacent(sentences: list[Sentence], found: list[Deadline]) -> list[Deadline]:
    """The deadlines, each followed right away by a wider time placing it made one with it."""
    texts = {s.index: s.text for s in sentences}
    by_sentence: dict[int, list[Deadline]] = {}
    for deadline in found:
        if deadline.start >= 0:
            by_sentence.setdefault(deadline.sentence_index, []).append(deadline)
    replaced: dict[int, Deadline] = {}  # id of a narrow deadline -> the two made one
    dropped: set[int] = set()  # ids of the wider times taken into one
    for index, told in by_sentence.items():
        text = texts.get(index, "")
        ordered = sorted(told, key=lambda d: d.start)
        for narrow, wide in itertools.pairwise(ordered):
            end = narrow.start + len(narrow.phrase)
            if (
                id(narrow) in dropped
                or wide.start <= end
                or not _SIDE_BY_SIDE.fullmatch(text, end, wide.start)
                or not _PLACING.fullmatch(wide.phrase)
                or not _placed_by(narrow, wide)
            ):
                continue
            phrase = text[narrow.start : wide.start + len(wide.phrase)]
            joined = " ".join(text[end : wide.start + len(wide.phrase)].split())
            about = " ".join(narrow.about.replace(joined, " ").replace(wide.phrase, " ").split())
            replaced[id(narrow)] = replace(narrow, phrase=phrase, about=about)
            dropped.add(id(wide))
    return [replaced.get(id(d), d) for d in found if id(d) not in dropped]
