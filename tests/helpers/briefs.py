"""What the analysis tests share: the one item a sentence should yield, and the one
deadline window a sentence should give."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from bot.analysis import Deadline

T = TypeVar("T")


def only(found: Sequence[T]) -> T:
    """The single item found; the assertion shows everything found otherwise."""
    assert len(found) == 1, found
    return found[0]


def assert_one_window(found: Sequence[Deadline], phrase: str, earliest: date, latest: date) -> None:
    """Exactly one deadline, with this phrase as written and this [earliest, latest] window."""
    assert [d.phrase for d in found] == [phrase]
    assert (found[0].earliest.date(), found[0].latest.date()) == (earliest, latest)
