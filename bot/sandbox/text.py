"""Plain-text views of the stand-in's state, and slash-command lines typed by a person.

Used by the terminal console and handy in assertion messages.
"""

from __future__ import annotations

import shlex
from typing import Any

from bot.sandbox.messages import FakeMessage
from bot.sandbox.models import FakeGuild

TRUE_WORDS = {"true", "yes", "on", "1"}
FALSE_WORDS = {"false", "no", "off", "0"}


def message_as_text(message: FakeMessage) -> str:
    """Content, embeds (title, description, fields, footer) and buttons as indented lines."""
    lines: list[str] = []
    tags = [t for t, on in (("ephemeral", message.ephemeral), ("thinking…", message.loading)) if on]
    if message.edits:
        tags.append(f"edited ×{message.edits}")
    if tags:
        lines.append(f"({', '.join(tags)})")
    if message.content:
        lines.append(message.content)
    for embed in message.embeds:
        lines += _embed_lines(embed)
    buttons = [b.get("label") or b.get("custom_id") or "?" for b in message.buttons()]
    if buttons:
        lines.append("  " + "  ".join(f"[{label}]" for label in buttons))
    for name in message.attachments:
        lines.append(f"  📎 {name}")
    return "\n".join(lines)


def _embed_lines(embed: dict[str, Any]) -> list[str]:
    lines = ["┃ " + (embed.get("title") or "").strip()] if embed.get("title") else []
    if embed.get("url"):
        lines.append(f"┃ <{embed['url']}>")
    for text_line in (embed.get("description") or "").splitlines():
        lines.append(f"┃ {text_line}")
    for field in embed.get("fields") or []:
        lines.append(f"┃ {field.get('name')}: {field.get('value')}")
    footer = (embed.get("footer") or {}).get("text")
    if footer:
        lines.append(f"┃ — {footer}")
    return lines


def parse_command_line(
    line: str, commands: list[dict[str, Any]], guild: FakeGuild
) -> tuple[str, dict[str, object]]:
    """Turn `/settings timezone zone:Europe/Berlin` into ("settings timezone", {"zone": ...}).

    Option values may contain spaces (`text:two words`); channels are `#name`, roles and
    members `@name`; integers, numbers and booleans are converted by the option's type.
    """
    tokens = shlex.split(line.strip().removeprefix("/"))
    if not tokens:
        raise ValueError("type a command, e.g. /about")
    node = next((c for c in commands if c["name"] == tokens[0]), None)
    if node is None:
        raise ValueError(f"unknown command /{tokens[0]}")
    path = [tokens[0]]
    rest = tokens[1:]
    while rest and ":" not in rest[0]:
        child = next(
            (o for o in node.get("options") or [] if o["name"] == rest[0] and o["type"] in (1, 2)),
            None,
        )
        if child is None:
            raise ValueError(f"/{' '.join(path)} has no subcommand {rest[0]!r}")
        path.append(rest.pop(0))
        node = child
    raw: dict[str, str] = {}
    last: str | None = None
    for token in rest:
        name, sep, value = token.partition(":")
        if sep and not name.startswith(("http", "#", "@")):
            raw[name] = value
            last = name
        elif last is not None:
            raw[last] += " " + token
        else:
            raise ValueError(f"expected name:value, got {token!r}")
    specs = {o["name"]: o for o in node.get("options") or []}
    return " ".join(path), {n: _typed(v, specs.get(n, {}), guild) for n, v in raw.items()}


def _typed(value: str, spec: dict[str, Any], guild: FakeGuild) -> object:
    kind = spec.get("type")
    if kind == 4:
        return int(value)
    if kind == 10:
        return float(value)
    if kind == 5:
        word = value.lower()
        if word not in TRUE_WORDS | FALSE_WORDS:
            raise ValueError(f"{spec['name']}: say true or false, not {value!r}")
        return word in TRUE_WORDS
    if kind in (6, 9) and value.startswith("@"):
        member = guild.member_by_name(value[1:])
        if member is not None:
            return member
    if kind in (8, 9):
        return value.removeprefix("@")
    if kind == 7:
        return value.removeprefix("#")
    return value
