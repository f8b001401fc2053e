"""What the analysis tests share: the one item a sentence should yield, the one
deadline window a sentence should give, a text's deadlines and quotes, and the speakers
of those quotes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TypeVar

from bot.analysis import Deadline, Quote, analyse

T = TypeVar("T")

# A Wednesday, mid-morning: the publication time a deadline test assumes unless it names one.
WEDNESDAY_MORNING = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
# The same Wednesday at nine: the publication time a quote test assumes unless it names one.
QUOTES_PUBLISHED = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)

Windows = list[tuple[str, date, date]]


def only(found: Sequence[T]) -> T:
    """The single item found; the assertion shows everything found otherwise."""
    assert len(found) == 1, found
    return found[0]


def assert_one_window(found: Sequence[Deadline], phrase: str, earliest: date, latest: date) -> None:
    """Exactly one deadline, with this phrase as written and this [earliest, latest] window."""
    assert [d.phrase for d in found] == [phrase]
    assert (found[0].earliest.date(), found[0].latest.date()) == (earliest, latest)


def assert_window_or_none(found: Sequence[Deadline], window: tuple[str, str, str] | None) -> None:
    """No deadline for None, else exactly one: (phrase as written, first day, last day)."""
    if window is None:
        assert list(found) == []
        return
    phrase, first, last = window
    assert_one_window(found, phrase, date.fromisoformat(first), date.fromisoformat(last))


def quotes_in(text: str, published: datetime = QUOTES_PUBLISHED) -> list[Quote]:
    """Every quote the brief finds, in order."""
    return analyse(text, published).quotes


def speakers_in(text: str, published: datetime = QUOTES_PUBLISHED) -> list[str | None]:
    """The speaker of each quote the brief finds, in order."""
    return [quote.speaker for quote in quotes_in(text, published)]


def openings_and_speakers(
    text: str, published: datetime = QUOTES_PUBLISHED
) -> list[tuple[str, str | None]]:
    """(first 20 characters of the quote, its speaker) for each quote, in order: the opening
    tells which of several quotes a speaker went to."""
    return [(quote.text[:20], quote.speaker) for quote in quotes_in(text, published)]


def deadlines_in(text: str, published: datetime = WEDNESDAY_MORNING) -> list[Deadline]:
    """Every deadline the brief finds, in order."""
    return analyse(text, published).deadlines


def deadline_windows(text: str, published: datetime = WEDNESDAY_MORNING) -> Windows:
    """Every deadline the brief finds: (phrase as written, first day, last day), in order."""
    return [(d.phrase, d.earliest.date(), d.latest.date()) for d in deadlines_in(text, published)]


def mid_morning(day: date) -> datetime:
    """10:00 UTC on that day: a publication time well inside the day in every time zone's eyes."""
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)
