"""Discord's documented payload limits, enforced so bugs surface as the 400s they would cause."""

from __future__ import annotations

import re
from typing import Any

CONTENT_MAX = 2000
EMBEDS_MAX = 10
EMBED_TOTAL_MAX = 6000
EMBED_FIELD_COUNT_MAX = 25
EMBED_TEXT_LIMITS = {"title": 256, "description": 4096}
EMBED_NESTED_LIMITS = {("footer", "text"): 2048, ("author", "name"): 256}
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
ACTION_ROWS_MAX = 5
ROW_WIDTH_MAX = 5
CUSTOM_ID_MAX = 100
BUTTON_LABEL_MAX = 80
COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")
COMMAND_DESCRIPTION_MAX = 100
COMMAND_OPTIONS_MAX = 25


def _embed_problems(index: int, embed: dict[str, Any]) -> tuple[list[str], int]:
    problems: list[str] = []
    total = 0
    for key, limit in EMBED_TEXT_LIMITS.items():
        text = embed.get(key) or ""
        total += len(text)
        if len(text) > limit:
            problems.append(f"embeds.{index}.{key}: must be {limit} or fewer in length")
    for (outer, inner), limit in EMBED_NESTED_LIMITS.items():
        text = (embed.get(outer) or {}).get(inner) or ""
        total += len(text)
        if len(text) > limit:
            problems.append(f"embeds.{index}.{outer}.{inner}: must be {limit} or fewer in length")
    fields = embed.get("fields") or []
    if len(fields) > EMBED_FIELD_COUNT_MAX:
        problems.append(f"embeds.{index}.fields: must be {EMBED_FIELD_COUNT_MAX} or fewer")
    for number, item in enumerate(fields):
        name, value = item.get("name") or "", item.get("value") or ""
        total += len(name) + len(value)
        if not name or len(name) > FIELD_NAME_MAX:
            problems.append(f"embeds.{index}.fields.{number}.name: 1 to {FIELD_NAME_MAX} long")
        if not value or len(value) > FIELD_VALUE_MAX:
            problems.append(f"embeds.{index}.fields.{number}.value: 1 to {FIELD_VALUE_MAX} long")
    return problems, total


def _component_problems(components: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    rows = [c for c in components if c.get("type") == 1]
    if len(rows) > ACTION_ROWS_MAX:
        problems.append(f"components: must be {ACTION_ROWS_MAX} or fewer action rows")
    for row_number, row in enumerate(rows):
        children = row.get("components") or []
        if not children or len(children) > ROW_WIDTH_MAX:
            problems.append(f"components.{row_number}: 1 to {ROW_WIDTH_MAX} components")
        for child in children:
            custom_id = child.get("custom_id")
            if custom_id is not None and len(custom_id) > CUSTOM_ID_MAX:
                problems.append(f"components.{row_number}: custom_id over {CUSTOM_ID_MAX}")
            if len(child.get("label") or "") > BUTTON_LABEL_MAX:
                problems.append(f"components.{row_number}: label over {BUTTON_LABEL_MAX}")
    return problems


def message_problems(body: dict[str, Any], *, files: int = 0, partial: bool = False) -> list[str]:
    """Why Discord would refuse this message body; empty when it is fine."""
    problems: list[str] = []
    content = body.get("content") or ""
    if len(content) > CONTENT_MAX:
        problems.append(f"content: must be {CONTENT_MAX} or fewer in length")
    embeds = body.get("embeds") or []
    if len(embeds) > EMBEDS_MAX:
        problems.append(f"embeds: must be {EMBEDS_MAX} or fewer")
    total = 0
    for index, embed in enumerate(embeds):
        embed_problems, size = _embed_problems(index, embed)
        problems += embed_problems
        total += size
    if total > EMBED_TOTAL_MAX:
        problems.append(f"embeds: combined text must be {EMBED_TOTAL_MAX} or fewer characters")
    problems += _component_problems(body.get("components") or [])
    has_payload = content or embeds or body.get("components") or files or body.get("poll")
    if not partial and not has_payload:
        problems.append("Cannot send an empty message")
    return problems


def command_problems(commands: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    seen: set[tuple[str, int]] = set()
    for index, command in enumerate(commands):
        name = command.get("name", "")
        kind = command.get("type", 1)
        if (name, kind) in seen:
            problems.append(f"{index}.name: duplicate command {name!r}")
        seen.add((name, kind))
        if not COMMAND_NAME.match(name) or (kind == 1 and name != name.lower()):
            problems.append(f"{index}.name: invalid command name {name!r}")
        if kind == 1:
            problems += _option_problems(f"{index}", command)
    return problems


def _option_problems(where: str, node: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    description = node.get("description", "")
    if not 1 <= len(description) <= COMMAND_DESCRIPTION_MAX:
        problems.append(f"{where}.description: 1 to {COMMAND_DESCRIPTION_MAX} long")
    options = node.get("options") or []
    if len(options) > COMMAND_OPTIONS_MAX:
        problems.append(f"{where}.options: {COMMAND_OPTIONS_MAX} or fewer")
    seen_optional = False
    for number, option in enumerate(options):
        spot = f"{where}.options.{number}"
        if not COMMAND_NAME.match(option.get("name", "")):
            problems.append(f"{spot}.name: invalid option name")
        if option.get("type") in (1, 2):
            problems += _option_problems(spot, option)
            continue
        if option.get("required"):
            if seen_optional:
                problems.append(f"{spot}: required options must be placed before non-required")
        else:
            seen_optional = True
        if not 1 <= len(option.get("description", "")) <= COMMAND_DESCRIPTION_MAX:
            problems.append(f"{spot}.description: 1 to {COMMAND_DESCRIPTION_MAX} long")
    return problems


def invalid_form_body(problems: list[str]) -> dict[str, Any]:
    if problems == ["Cannot send an empty message"]:
        return {"message": "Cannot send an empty message", "code": 50006}
    return {"message": "Invalid Form Body", "code": 50035, "errors": {"problems": problems}}
