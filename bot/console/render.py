"""Discord message payloads drawn as terminal text: boxed embeds, numbered buttons, markdown."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from prompt_toolkit.utils import get_cwidth

from bot.sandbox import FakeGuild

BUTTON, SELECT = 2, 3
SELECT_TYPES = {3, 5, 6, 7, 8}
TEXT_DISPLAY, SECTION, THUMBNAIL, MEDIA_GALLERY, SEPARATOR, CONTAINER = 10, 9, 11, 12, 14, 17
LINK_STYLE = 5

# Gives a clickable component (button or menu) the number the user types to click it.
Numberer = Callable[[dict[str, Any]], int]


# Zero-width characters (the delivery marker among them) take no room in Discord's client;
# a terminal would show them as stray gaps.
_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff]")


def display_width(text: str) -> int:
    return sum(max(get_cwidth(ch), 0) for ch in text)


def inline_markdown(text: str, guild: FakeGuild | None) -> str:
    """What Discord would show for mentions, timestamps and links, as plain text."""

    def timestamp(match: re.Match[str]) -> str:
        moment = datetime.fromtimestamp(int(match.group(1)), UTC).astimezone()
        style = match.group(2) or "f"
        if style == "R":
            return _relative(moment)
        if style in ("t", "T"):
            return moment.strftime("%H:%M")
        if style in ("d", "D"):
            return moment.strftime("%Y-%m-%d")
        return moment.strftime("%Y-%m-%d %H:%M")

    def channel(match: re.Match[str]) -> str:
        found = guild.channel_by_id(int(match.group(1))) if guild else None
        return f"#{found.name}" if found else "#unknown-channel"

    def member(match: re.Match[str]) -> str:
        found = guild.members.get(int(match.group(1))) if guild else None
        return f"@{found.name}" if found else "@unknown-user"

    def role(match: re.Match[str]) -> str:
        found = guild.role_by_id(int(match.group(1))) if guild else None
        return f"@{found.name.lstrip('@')}" if found else "@unknown-role"

    text = _INVISIBLE.sub("", text)
    text = re.sub(r"<t:(-?\d+)(?::([tTdDfFR]))?>", timestamp, text)
    text = re.sub(r"<#(\d+)>", channel, text)
    text = re.sub(r"<@!?(\d+)>", member, text)
    text = re.sub(r"<@&(\d+)>", role, text)
    text = re.sub(r"\[([^\]]+)\]\(<?(https?://[^)\s>]+)>?\)", r"\1 (\2)", text)
    # Emphasis markers have no plain-text form; the words stay, the asterisks go.
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"\1", text)
    return re.sub(r"^-# ", "", text, flags=re.MULTILINE)


def _relative(moment: datetime) -> str:
    seconds = (moment - datetime.now(UTC)).total_seconds()
    amount, unit = abs(seconds), "seconds"
    for size, name in ((86400, "days"), (3600, "hours"), (60, "minutes")):
        if amount >= size:
            amount, unit = amount / size, name
            break
    count = int(amount)
    # Discord shows "1 minute ago", never "1 minutes ago".
    value = f"{count} {unit[:-1] if count == 1 else unit}"
    return f"in {value}" if seconds > 0 else f"{value} ago"


def wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines += textwrap.wrap(paragraph, width, break_long_words=True,
                               break_on_hyphens=False) or [""]
    return lines


def embed_box(embed: dict[str, Any], width: int, guild: FakeGuild | None) -> list[str]:
    """An embed as a box: author, title, link, description, fields, image, footer."""
    inner = max(20, width - 4)
    body: list[str] = []

    def add(text: str, indent: str = "") -> None:
        body.extend(indent + line for line in wrap(inline_markdown(text, guild),
                                                   inner - len(indent)))

    author = (embed.get("author") or {}).get("name")
    if author:
        add(author)
    if embed.get("title"):
        add(embed["title"].strip())
    if embed.get("url"):
        body.append(embed["url"] if display_width(embed["url"]) <= inner
                    else embed["url"][: inner - 1] + "…")
    if embed.get("description"):
        if body:
            body.append("")
        add(embed["description"])
    fields = embed.get("fields") or []
    if fields and body:
        body.append("")
    for field in fields:
        name, value = str(field.get("name", "")), str(field.get("value", ""))
        one_line = f"{name}: {value}"
        if "\n" not in value and display_width(inline_markdown(one_line, guild)) <= inner:
            add(one_line)
        else:
            add(name)
            add(value, "  ")
    for key, label in (("image", "image"), ("thumbnail", "thumbnail")):
        url = (embed.get(key) or {}).get("url")
        if url:
            add(f"[{label}: {url}]")
    footer = (embed.get("footer") or {}).get("text")
    stamp = embed.get("timestamp")
    if footer or stamp:
        body.append("")
        add("— " + " · ".join(part for part in (footer, _short_time(stamp)) if part))
    edge = "─" * (inner + 2)
    boxed = [f"╭{edge}╮"]
    boxed += [f"│ {line}{' ' * max(0, inner - display_width(line))} │" for line in body]
    boxed.append(f"╰{edge}╯")
    return boxed


def _short_time(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def component_lines(components: list[dict[str, Any]], number: Numberer, width: int,
                    guild: FakeGuild | None) -> list[str]:
    """Buttons as `[1] Label`, selects with numbered options, v2 text blocks as text."""
    lines: list[str] = []
    for component in components:
        kind = component.get("type")
        if kind == 1:  # action row: its buttons on one line
            lines += _row(component.get("components") or [], number)
        elif kind == TEXT_DISPLAY:
            lines += wrap(inline_markdown(component.get("content", ""), guild), width)
        elif kind == SECTION:
            lines += component_lines(component.get("components") or [], number, width, guild)
            accessory = component.get("accessory")
            if isinstance(accessory, dict) and accessory.get("type") == BUTTON:
                lines += _row([accessory], number)
        elif kind == CONTAINER:
            inner = component_lines(component.get("components") or [], number, width - 2, guild)
            lines += ["┃ " + line for line in inner]
        elif kind == SEPARATOR:
            lines.append("─" * min(width, 40))
        elif kind == MEDIA_GALLERY:
            for item in component.get("items") or []:
                lines.append(f"[image: {(item.get('media') or {}).get('url', '')}]")
        elif kind in SELECT_TYPES or kind == BUTTON:
            lines += _row([component], number)
    return lines


def _row(items: list[dict[str, Any]], number: Numberer) -> list[str]:
    buttons: list[str] = []
    lines: list[str] = []
    for item in items:
        kind = item.get("type")
        label = item.get("label") or (item.get("emoji") or {}).get("name") or ""
        if kind == BUTTON and item.get("style") == LINK_STYLE:
            buttons.append(f"[{label} ↗ {item.get('url', '')}]")
        elif kind == BUTTON:
            off = " (disabled)" if item.get("disabled") else ""
            buttons.append(f"[{number(item)}] {label}{off}")
        elif kind in SELECT_TYPES:
            n = number(item)
            lines.append(f"[{n}] ▾ {item.get('placeholder') or 'choose'}")
            for index, option in enumerate(item.get("options") or [], start=1):
                lines.append(f"    {n}.{index} {option.get('label', option.get('value'))}")
    if buttons:
        lines.insert(0, "  ".join(buttons))
    return lines
