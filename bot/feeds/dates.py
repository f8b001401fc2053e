"""Date parsing for feeds: fast paths for the common formats, feedparser for the rest."""

from __future__ import annotations

import email.utils
import time
from datetime import UTC, datetime

from feedparser.datetimes import _parse_date as _feedparser_parse_date

# Dates outside this window are almost always garbage (year 0, 32-bit overflow, typos).
_MIN_YEAR = 1900
_MAX_YEAR = 2200


def parse_date(value: str | None) -> datetime | None:
    """Parse an RSS/Atom/JSON date into an aware UTC ``datetime``; ``None`` if unusable.

    Tries ISO 8601 / RFC 3339 and RFC 822 directly (the overwhelming majority of real
    feeds), then feedparser's collection of handlers for odd formats (W3DTF variants,
    Korean, Greek, Hungarian, asctime, ...). Naive dates are taken as UTC.
    """
    if not value:
        return None
    text = value.strip()
    if not text:
        return None
    parsed = _parse_iso(text) or _parse_rfc822(text) or _parse_with_feedparser(text)
    if parsed is None or not _MIN_YEAR <= parsed.year <= _MAX_YEAR:
        return None
    return parsed


def _as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _parse_iso(text: str) -> datetime | None:
    # Cheap guard so RFC 822 strings do not pay for a failed ISO attempt.
    if len(text) < 8 or not text[:4].isdigit():
        return None
    try:
        return _as_utc(datetime.fromisoformat(text))
    except ValueError:
        return None


def _parse_rfc822(text: str) -> datetime | None:
    try:
        return _as_utc(email.utils.parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _parse_with_feedparser(text: str) -> datetime | None:
    try:
        parsed = _feedparser_parse_date(text)
    except Exception:  # feedparser's handlers are third-party code fed hostile input
        return None
    return struct_to_datetime(parsed)


def struct_to_datetime(value: time.struct_time | None) -> datetime | None:
    """A UTC ``struct_time`` as feedparser gives it; ``None`` where it is not a real date."""
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC)
    except (ValueError, OverflowError, TypeError):
        return None
