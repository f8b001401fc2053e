"""Message templates with a fixed set of placeholders, and date formatting.

Templates are not ``str.format``: that would let ``{title.__class__}`` reach into
objects. Only ``{name}`` with a known name is substituted; ``{{`` and ``}}`` are
literal braces; anything else is rejected when the template is saved.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

PLACEHOLDERS = ("title", "link", "summary", "author", "published", "source", "categories")
MAX_TEMPLATE_LENGTH = 2000
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


class TemplateError(ValueError):
    """A template that cannot be saved; the message names the problem."""


def validate_template(template: str) -> None:
    """Raise :class:`TemplateError` for unknown placeholders or stray braces."""
    if len(template) > MAX_TEMPLATE_LENGTH:
        raise TemplateError(f"template is longer than {MAX_TEMPLATE_LENGTH} characters")
    known = ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
    for match in _TOKEN.finditer(template):
        token = match.group(0)
        if token in ("{{", "}}"):
            continue
        name = match.group(1)
        if name is None:
            raise TemplateError(
                f"unmatched '{token}' at position {match.start() + 1}; "
                f"write '{token * 2}' for a literal brace"
            )
        if name.strip() not in PLACEHOLDERS:
            raise TemplateError(f"unknown placeholder {{{name}}}; known placeholders: {known}")


def placeholders_used(template: str) -> set[str]:
    return {
        match.group(1).strip()
        for match in _TOKEN.finditer(template)
        if match.group(1) is not None
    }


def render_template(template: str, values: Mapping[str, str]) -> str:
    """Substitute placeholders; call :func:`validate_template` first (unknowns stay as-is)."""

    def substitute(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = match.group(1)
        if name is not None and name.strip() in values:
            return values[name.strip()]
        return token

    return _TOKEN.sub(substitute, template)


def validate_timezone(name: str) -> ZoneInfo:
    """The IANA zone for ``name``; :class:`TemplateError` if there is none."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise TemplateError(
            f"unknown time zone '{name}' (use an IANA name like Europe/Berlin)"
        ) from None


def format_date(
    moment: datetime | None, *, tz: str = "UTC", discord_timestamp: bool = False
) -> str:
    """A date for humans: ``<t:unix:f>`` (each reader's own zone) or text in ``tz``.

    An unknown ``tz`` falls back to UTC rather than failing a delivery.
    """
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if discord_timestamp:
        return f"<t:{int(moment.timestamp())}:f>"
    try:
        zone = validate_timezone(tz)
    except TemplateError:
        zone = ZoneInfo("UTC")
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")
