"""What the analysis tests share: the one item a sentence should yield."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def only(found: Sequence[T]) -> T:
    """The single item found; the assertion shows everything found otherwise."""
    assert len(found) == 1, found
    return found[0]
