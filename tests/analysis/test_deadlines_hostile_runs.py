"""Hostile text (a run-on page of one phrase said again and again) is read in time that
grows with its length, not with its square: one item cannot hold a worker for seconds.

The bounds are CPU seconds of this process (steadier than wall time on a shared machine),
several times what the code takes and several times under what the quadratic readings
took, so a slow machine passes and a quadratic reading fails."""

from __future__ import annotations

import time
from datetime import date

from bot.analysis import analyse
from bot.analysis.month_surnames import month_surnames
from bot.analysis.sentences import split_sentences
from tests.helpers.briefs import mid_morning

MARCH = mid_morning(date(2026, 3, 4))


def test_a_long_run_of_a_month_as_a_name_is_read_at_once() -> None:
    """The word before each "May" was looked for in all the text before it (16 s here)."""
    sentences = split_sentences("Mrs May " * 8000)
    start = time.process_time()
    assert month_surnames(sentences) == frozenset({"May"})
    assert time.process_time() - start < 2.0


def test_a_long_run_of_weekdays_each_with_a_verb_after_is_read_at_once() -> None:
    """The tense of the whole clause after each weekday was read for each (9 s here)."""
    text = "Dorn failed to act on Monday and " * 700
    start = time.process_time()
    analyse(text, MARCH)
    assert time.process_time() - start < 4.0
