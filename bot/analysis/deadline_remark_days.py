""""Tomorrow" in a remark dated to a day just gone (issue 10): "Ruiz said on Monday that
the talks would resume tomorrow", in Tuesday's copy, means that Tuesday, the day after the
remark; in Wednesday's copy it has gone. A sentence whose speech verb is dated to a weekday
in the six days before publication counts "today", "tonight" and "tomorrow" from that day."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from bot.analysis import timewords as tw
from bot.analysis.deadline_anchors import Deadline
from bot.analysis.deadline_guards import SAID_ON_A_DAY
from bot.analysis.sentences import Sentence

_SAID = rf"(?:{SAID_ON_A_DAY})"
_WEEKDAY = rf"(?P<day{{}}>{tw.WEEKDAY_NAME})"
# "said on Monday that", "told reporters on Monday", "Speaking on Monday,", "On Monday, Ruiz
# said"; the day then dates the remark, not what it tells.
_REMARK_DAY = re.compile(
    rf"(?i:\b{_SAID}\b[^.;:“”\"]{{0,40}}?\bon\s+{_WEEKDAY.format(1)}\b"
    rf"|\b(?:speaking|writing|talking)\b[^.;:“”\"]{{0,40}}?\bon\s+{_WEEKDAY.format(2)}\b"
    rf"|^(?:late\s+|early\s+)?on\s+{_WEEKDAY.format(3)}\s*,?\s+(?:[\w’'.-]+\s+){{1,4}}{_SAID}\b)"
)
_DAYS_ON = {"today": 0, "later today": 0, "tonight": 0, "tomorrow": 1,
            "the day after tomorrow": 2}
_LEAD = re.compile(r"(?i:(?:by|until|before)\s+)")


def _days_on(phrase: str) -> int | None:
    word = " ".join(_LEAD.sub("", phrase.lower(), count=1).split())
    return _DAYS_ON.get(word)


def counted_from_remarks(
    sentences: Sequence[Sentence], found: list[Deadline], published: datetime
) -> list[Deadline]:
    """Each "tomorrow" of a remark dated to a day just gone, moved to the day after that
    remark, or dropped when that day has gone before publication."""
    kept: list[Deadline] = []
    texts = {sentence.index: sentence.text for sentence in sentences}
    for deadline in found:
        days_on = _days_on(deadline.phrase)
        before = texts[deadline.sentence_index][: max(deadline.start, 0)]
        remark = _last_remark_day(before) if days_on is not None else None
        if remark is None or days_on is None:
            kept.append(deadline)
            continue
        back = (published.weekday() - tw.WEEKDAYS.index(remark.lower())) % 7
        day = published - timedelta(days=back - days_on)
        if back == 0:
            kept.append(deadline)  # said today: as read
        elif day.date() >= published.date():
            kept.append(replace(deadline, earliest=max(published, tw.day_start(day)),
                                latest=tw.day_end(day)))
    return kept


def _last_remark_day(before: str) -> str | None:
    days = [
        next(day for day in match.groups() if day) for match in _REMARK_DAY.finditer(before)
    ]
    return days[-1] if days else None
