"""'on Friday or Saturday': a choice of two days runs over both.

The weekday family reads each day on its own; when the second day is not found (its
clause read as another time), the first day's range is stretched to it, so the deadline
covers both days the plan may fall on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from bot.analysis import timewords as tw
from bot.analysis.deadline_anchors import Deadline
from bot.analysis.sentences import Sentence

_DAY = re.compile(rf"{tw.WEEKDAY_NAME}\b", re.IGNORECASE)
_OR_DAY = re.compile(rf"\s+or\s+(?:on\s+)?(?P<day>{tw.WEEKDAY_NAME})\b", re.IGNORECASE)


def either_day(sentences: Sequence[Sentence], found: list[Deadline]) -> list[Deadline]:
    """The deadlines, a day followed by 'or <a later day>' stretched over both."""
    texts = {sentence.index: sentence.text for sentence in sentences}
    result: list[Deadline] = []
    for deadline in found:
        text = texts.get(deadline.sentence_index, "")
        day = _DAY.search(deadline.phrase)
        at = text.find(deadline.phrase)
        second = _OR_DAY.match(text, at + len(deadline.phrase)) if day and at >= 0 else None
        if second is None or deadline.latest - deadline.earliest > timedelta(days=1) or any(
            other.sentence_index == deadline.sentence_index
            and second.group("day").lower() in other.phrase.lower()
            for other in found
        ):
            result.append(deadline)
            continue
        first = tw.WEEKDAYS.index(day.group().lower())  # type: ignore[union-attr]
        ahead = (tw.WEEKDAYS.index(second.group("day").lower()) - first) % 7
        result.append(
            replace(
                deadline,
                phrase=text[at : second.end()].strip(),
                latest=deadline.latest + timedelta(days=ahead),
            )
        )
    return result
