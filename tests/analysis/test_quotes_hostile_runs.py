"""A page of quotation marks said again and again is read in time that grows with its
length, not with its square: the lead-in of each quote is read back a bounded reach, not
to the start of a "sentence" that never ends.

The bounds are CPU seconds of this process (steadier than wall time on a shared machine),
about twice what the code takes here and several times under what reading all the text
before each quote took, so a slow machine passes and a quadratic reading fails."""

from __future__ import annotations

import time
from datetime import date

from bot.analysis import analyse
from tests.helpers.briefs import mid_morning

MARCH = mid_morning(date(2026, 3, 4))


def _seconds_to_analyse(text: str) -> float:
    start = time.process_time()
    analyse(text, MARCH)
    return time.process_time() - start


def test_a_long_run_of_quotation_marks_is_read_at_once() -> None:
    """Each mark's lead-in, with its scare quotes unmarked, was all the marks before it (25 s)."""
    assert _seconds_to_analyse('"' * 20000) < 10.0


def test_a_long_run_of_one_word_quotes_is_read_at_once() -> None:
    """'"a "a "a …': each quote's label and lead-in were read from the text's start (8 s)."""
    assert _seconds_to_analyse('"a ' * 6700) < 4.5


def test_a_long_run_of_said_and_a_quote_is_read_at_once() -> None:
    """'said "said "…': the verb before each quote sent the reading back to the start (8 s)."""
    assert _seconds_to_analyse('said "' * 5000) < 3.5


def test_a_long_run_of_one_line_quotes_is_read_at_once() -> None:
    """'"ab." "ab." …': each quote looked its sentence up in all sentences and read the rest
    of the paragraph for a verb that would attribute it, and each full stop read all the
    paragraph around it for the words either side (24 s)."""
    assert _seconds_to_analyse('"ab." ' * 3334) < 12.0


def test_a_long_run_of_the_report_said_finds_the_quotes_once() -> None:
    """'“…,” the report said.' 400 times: each looked for the report's author among the
    quotes of the whole article, found afresh every time (3.7 s; 0.9 s found once)."""
    lead = "The Harbour Council said in a report on Monday that fees would rise.\n\n"
    text = lead + "\n\n".join(
        f"“Fees will rise by {n} percent across the harbour,” the report said."
        for n in range(400)
    )
    assert _seconds_to_analyse(text) < 2.2
