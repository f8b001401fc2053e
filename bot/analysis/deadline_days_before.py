"""'Kell flew to Tarsk on Wednesday, two days before the president meets Dorn': a day
dated by its distance from the sentence's own day.

A told day ("on Wednesday", the day of the copy or the days just before it) with "N days
before <an event in the present or future>" after it dates the event N days after that
day. An event told in the past ("two days before the talks collapsed") or a day ahead of
the copy (its own distance is left to the weekday family) gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.analysis import timewords as tw
from bot.analysis.deadline_anchors import Deadline
from bot.analysis.sentences import Sentence

_DAYS_BEFORE = re.compile(
    rf"\bon\s+(?P<day>{tw.WEEKDAY_NAME})\b[^.;:]*?,\s+"
    rf"(?P<span>(?P<n>{tw.NUM})\s+(?P<unit>days?)\s+(?:before|ahead\s+of))\s+"
    # the event: a present of a plan ("meets", "holds") or a future, in its own words
    r"(?P<event>(?:the\s+|a\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?\s+"
    r"(?:(?:is|are)\s+(?:due|set|scheduled)\s+to\s+(?:meet|hold|host|start|open|begin|visit|"
    r"travel|vote|take)|will\s+[a-z]+|meets|holds|hosts|starts|opens|begins|visits|travels|"
    r"votes|takes)\b)",
    re.IGNORECASE,
)


def days_before_events(
    sentences: Sequence[Sentence], found: list[Deadline], published: datetime
) -> list[Deadline]:
    """The deadlines, with an event dated N days after the sentence's own told day."""
    result = list(found)
    for sentence in sentences:
        for match in _DAYS_BEFORE.finditer(sentence.text):
            back = (published.weekday() - tw.WEEKDAYS.index(match.group("day").lower())) % 7
            if back > 2:
                continue  # a day long gone or still ahead: its own reading decides
            day = tw.day_start(published) - timedelta(days=back)
            due = day + timedelta(days=tw.count_of(match.group("n"), "day"))
            if tw.day_end(due) <= published or any(
                d.sentence_index == sentence.index and tw.day_start(d.earliest) == due
                for d in found
            ):
                continue
            result.append(
                Deadline(
                    phrase=match.group("span").strip(),
                    about=match.group("event").strip(),
                    earliest=due,
                    latest=tw.day_end(due).replace(microsecond=0),
                    sentence_index=sentence.index,
                )
            )
    return result
