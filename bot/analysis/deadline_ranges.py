"""Two times that bound one stay are one deadline: "will travel to China on 31 March
through 2 April", "from 31 March to 2 April", "Monday to Friday".

The families read each end apart; the second alone ("through 2 April") would run from now.
When a deadline of a sentence is followed by "to", "through" or "until" and a later time,
the stay runs from the first to the end of the second, by the words of both as written.
A time moved ("postponed the vote from Tuesday to Thursday") is not a stay: the second is
the new date alone.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import timedelta

from bot.analysis.deadline_anchors import Deadline
from bot.analysis.deadline_modifiers import MOVED_VERBS
from bot.analysis.sentences import Sentence

# What stands between the two ends: "to", "through", "until", a dash; the second phrase
# may carry the word itself ("through 2 April").
_BETWEEN = re.compile(r"[ \t\xa0]*(?:(?:to|through|thru|until|till)[ \t\xa0]+|[-–—][ \t\xa0]*)?")
_BOUND_WORD = re.compile(r"(?:to|through|thru|until|till)\s", re.IGNORECASE)
# "moved the vote from Tuesday to Thursday": the old date and the new one.
_MOVED = re.compile(rf"\b(?:{MOVED_VERBS}|adjourned|changed|advanced)\b[^.;]*$", re.IGNORECASE)
_LONGEST_STAY = timedelta(days=366)


def _bounds(first: Deadline, second: Deadline, text: str) -> bool:
    end = first.start + len(first.phrase)
    gap = _BETWEEN.fullmatch(text, end, second.start)
    if gap is None or second.start <= end:
        return False
    worded = bool(gap.group().strip()) or _BOUND_WORD.match(second.phrase) is not None
    return (
        worded
        and first.latest - first.earliest <= timedelta(days=1)
        and first.earliest < second.latest <= first.earliest + _LONGEST_STAY
        and _MOVED.search(text, max(0, first.start - 60), first.start) is None
    )


def joined_stays(sentences: list[Sentence], found: list[Deadline]) -> list[Deadline]:
    """The deadlines, each first end of a stay stretched to its second and the second
    dropped."""
    texts = {s.index: s.text for s in sentences}
    by_sentence: dict[int, list[Deadline]] = {}
    for deadline in found:
        if deadline.start >= 0:
            by_sentence.setdefault(deadline.sentence_index, []).append(deadline)
    replaced: dict[int, Deadline] = {}
    dropped: set[int] = set()
    for index, told in by_sentence.items():
        text = texts.get(index, "")
        for first, second in itertools.pairwise(sorted(told, key=lambda d: d.start)):
            if id(first) in dropped or not _bounds(first, second, text):
                continue
            phrase = text[first.start : second.start + len(second.phrase)]
            joined = " ".join(text[first.start + len(first.phrase) : second.start].split())
            about = " ".join(
                first.about.replace(f"{joined} {second.phrase}", " ")
                .replace(second.phrase, " ")
                .split()
            )
            replaced[id(first)] = replace(
                first, phrase=phrase.strip(), latest=second.latest, about=about or first.about
            )
            dropped.add(id(second))
    return [replaced.get(id(d), d) for d in found if id(d) not in dropped]
