"""Slash commands as typed in the console, read against the bot's synced command tree.

The tree is whatever the bot synced to the stand-in (`FakeDiscord.global_commands`), so
commands added to the bot appear here without any change to the console.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.config import switch_value
from bot.sandbox import FakeGuild

SUBCOMMAND, SUBCOMMAND_GROUP = 1, 2
STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, MENTIONABLE, NUMBER, ATTACHMENT = (
    3, 4, 5, 6, 7, 8, 9, 10, 11)
CHAT_INPUT = 1
TYPE_HINTS = {STRING: "text", INTEGER: "whole number", BOOLEAN: "true/false", USER: "@member",
              CHANNEL: "#channel", ROLE: "@role", MENTIONABLE: "@member or @role",
              NUMBER: "number", ATTACHMENT: "file"}


class CommandLineError(ValueError):
    """The typed line does not make a command; the message says how to fix it."""


@dataclass(frozen=True)
class TypedCommand:
    path: str  # "feed add"
    options: dict[str, object]


@dataclass(frozen=True)
class Resolved:
    """How far a typed line walked into the tree: the command path and the node reached."""

    path: list[str]
    node: dict[str, Any] | None
    rest: str  # text after the path


def chat_commands(tree: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted((c for c in tree if c.get("type", CHAT_INPUT) == CHAT_INPUT),
                  key=lambda c: c["name"])


def subcommands(node: dict[str, Any]) -> list[dict[str, Any]]:
    return [o for o in node.get("options") or [] if o["type"] in (SUBCOMMAND, SUBCOMMAND_GROUP)]


def leaf_options(node: dict[str, Any]) -> list[dict[str, Any]]:
    return [o for o in node.get("options") or []
            if o["type"] not in (SUBCOMMAND, SUBCOMMAND_GROUP)]


def resolve(line: str, tree: list[dict[str, Any]]) -> Resolved:
    """Walk `/feed add url:…` down the tree as far as the words name commands."""
    text = line.strip().removeprefix("/")
    path: list[str] = []
    node: dict[str, Any] | None = None
    children = chat_commands(tree)
    while True:
        match = re.match(r"(\S+)(\s+|$)", text)
        if match is None:
            break
        word = match.group(1)
        child = next((c for c in children if c["name"] == word.lower()), None)
        if child is None:
            break
        path.append(child["name"])
        node, children = child, subcommands(child)
        text = text[match.end():]
        if not children:
            break
    return Resolved(path, node, text)


def parse_line(line: str, tree: list[dict[str, Any]], guild: FakeGuild) -> TypedCommand:
    """`/feed add https://… channel:#news` → TypedCommand("feed add", {...}).

    Options are `name:value` as in Discord; a value runs until the next option name, so it
    may contain spaces. Text before the first option fills the first required option not
    given by name (or the only option there is).
    """
    first = line.strip().removeprefix("/").split(maxsplit=1)
    if not first:
        raise CommandLineError("type a command, e.g. /about (or /help)")
    resolved = resolve(line, tree)
    if resolved.node is None:
        names = ", ".join("/" + c["name"] for c in chat_commands(tree))
        raise CommandLineError(f"unknown command /{first[0]}; commands: {names}")
    node, path = resolved.node, " ".join(resolved.path)
    children = subcommands(node)
    if children:
        choices = ", ".join(c["name"] for c in children)
        typed = resolved.rest.split(maxsplit=1)[0] if resolved.rest.strip() else ""
        if typed and ":" not in typed:
            raise CommandLineError(f"/{path} has no subcommand {typed!r}; choose one of: "
                                   f"{choices}")
        raise CommandLineError(f"/{path} needs a subcommand: {choices}")
    specs = leaf_options(node)
    raw = split_options(resolved.rest, [s["name"] for s in specs])
    assign_bare_text(path, specs, raw)
    missing = [s for s in specs if s.get("required") and s["name"] not in raw]
    if missing:
        wanted = " ".join(f"{s['name']}:<{TYPE_HINTS.get(s['type'], 'value')}>" for s in missing)
        raise CommandLineError(f"/{path} needs {wanted}")
    by_name = {s["name"]: s for s in specs}
    return TypedCommand(path, {name: typed_value(value, by_name[name], guild)
                               for name, value in raw.items()})


def split_options(text: str, names: list[str]) -> dict[str, str]:
    """{"": text before the first option, name: value, …}; only known names count, so a
    URL's `https:` or a colon inside a sentence stays part of the value."""
    if not names:
        return {"": _unquote(text.strip())} if text.strip() else {}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    markers = list(re.finditer(rf"(?:^|(?<=\s))({alternatives}):", text))
    found: dict[str, str] = {}
    head = text[: markers[0].start()] if markers else text
    if head.strip():
        found[""] = _unquote(head.strip())
    for index, marker in enumerate(markers):
        end = markers[index + 1].start() if index + 1 < len(markers) else len(text)
        found[marker.group(1)] = _unquote(text[marker.end():end].strip())
    return found


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def assign_bare_text(path: str, specs: list[dict[str, Any]], raw: dict[str, str]) -> None:
    """Move the text typed before any `name:` (key "") to the option it fills."""
    bare = raw.pop("", "")
    if bare:
        raw[_option_for_bare_text(path, specs, raw, bare)] = bare


def _option_for_bare_text(path: str, specs: list[dict[str, Any]], given: dict[str, str],
                          bare: str) -> str:
    free = [s for s in specs if s["name"] not in given]
    required = [s for s in free if s.get("required")]
    if required:
        return str(required[0]["name"])
    texts = [s for s in free if s["type"] == STRING]
    if len(free) == 1 or len(texts) == 1:
        return str((free if len(free) == 1 else texts)[0]["name"])
    if not specs:
        raise CommandLineError(f"/{path} takes no options (got {bare!r})")
    names = ", ".join(f"{s['name']}:" for s in free) or "none left"
    raise CommandLineError(f"which option is {bare!r} for? say it by name ({names})")


def typed_value(value: str, spec: dict[str, Any], guild: FakeGuild) -> object:
    """The typed text as the stand-in's invoke() wants it for the option's type."""
    kind, name = spec["type"], spec["name"]
    choices = spec.get("choices") or []
    if choices:
        for choice in choices:
            if value.lower() in (str(choice["name"]).lower(), str(choice["value"]).lower()):
                return choice["value"]
        listed = ", ".join(str(c["name"]) for c in choices)
        raise CommandLineError(f"{name}: {value!r} is not one of {listed}")
    try:
        if kind == INTEGER:
            return int(value)
        if kind == NUMBER:
            return float(value)
    except ValueError:
        raise CommandLineError(f"{name}: expected a {TYPE_HINTS[kind]}, got {value!r}") from None
    if kind == BOOLEAN:
        switch = switch_value(value)
        if switch is None:
            raise CommandLineError(f"{name}: say true or false, not {value!r}")
        return switch
    if kind == CHANNEL:
        channel = value.removeprefix("#")
        if channel not in guild.channels:
            known = ", ".join("#" + c for c in guild.channels)
            raise CommandLineError(f"{name}: no channel {value!r}; channels: {known}")
        return channel
    if kind in (USER, MENTIONABLE):
        member = guild.member_by_name(value.removeprefix("@"))
        if member is not None:
            return member
        if kind == USER:
            raise CommandLineError(f"{name}: no member {value!r}; members: "
                                   + ", ".join("@" + m.name for m in guild.members.values()))
    if kind in (ROLE, MENTIONABLE):
        role = value if value in guild.roles else value.removeprefix("@")
        if role not in guild.roles:
            raise CommandLineError(f"{name}: no role {value!r}; roles: "
                                   + ", ".join("@" + r.lstrip("@") for r in guild.roles))
        return role
    if kind == ATTACHMENT:
        raise CommandLineError(f"{name}: the console cannot attach files")
    return value


def help_text(tree: list[dict[str, Any]], topic: str = "", *,
              permissions: int | None = None) -> str:
    """Every command (or one command's subcommands and options) with its description.
    With the user's `permissions`, commands Discord would hide from them are marked."""
    if topic.strip():
        resolved = resolve(topic, tree)
        if resolved.node is None:
            return f"no command /{topic.strip().removeprefix('/')}"
        return "\n".join(_describe(resolved.node, resolved.path[:-1], detailed=True))
    lines = ["Commands (from the bot's synced command tree):"]
    hidden = False
    for command in chat_commands(tree):
        described = _describe(command, [], detailed=False)
        needed = int(command.get("default_member_permissions") or 0)
        if permissions is not None and needed & permissions != needed:
            described = [line + "  [hidden for you]" for line in described]
            hidden = True
        lines += described
    if hidden:
        lines.append("[hidden for you]: Discord shows these only to members with Manage "
                     "Server (or as the server's admins allow); the bot checks again.")
    lines += [
        "",
        "Console: /help [command]   /click N (or: click N)   #channel (switch channel)",
        "         /tick (offline: release the next sample news)   Ctrl-D or /quit to leave",
        "Options as in Discord: /feed add url:https://… channel:#news — text before the first",
        "option fills the first required one: /settings timezone Europe/Kyiv",
    ]
    return "\n".join(lines)


def _describe(node: dict[str, Any], parents: list[str], *, detailed: bool) -> list[str]:
    path = [*parents, node["name"]]
    children = subcommands(node)
    if children:
        lines = [f"/{' '.join(path)} — {node.get('description', '')}"] if detailed else []
        for child in children:
            lines += _describe(child, path, detailed=detailed)
        return lines
    usage = " ".join(
        f"{o['name']}:" if o.get("required") else f"[{o['name']}:]" for o in leaf_options(node))
    lines = [f"  /{' '.join(path)} {usage}".rstrip() + f"  — {node.get('description', '')}"]
    if detailed:
        for option in leaf_options(node):
            hint = TYPE_HINTS.get(option["type"], "value")
            need = "required" if option.get("required") else "optional"
            about = option.get("description", "")
            lines.append(f"      {option['name']}: <{hint}, {need}> {about}")
    return lines
