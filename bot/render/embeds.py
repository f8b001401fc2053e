"""Embeds within Discord's limits: the helpers every payload builder shares."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.render import limits
from bot.render.text import neutralise_mentions, truncate


def clean(text: str, limit: int) -> str:
    """Feed-supplied text: never a ping, never a masked link, within the limit."""
    return truncate(neutralise_mentions(text or ""), limit)


def timestamp(moment: datetime, style: str = "R") -> str:
    return f"<t:{int(moment.timestamp())}:{style}>"


def embed_length(embed: dict[str, Any]) -> int:
    """Characters that count towards Discord's 6000-per-message embed total."""
    total = len(embed.get("title", "")) + len(embed.get("description", ""))
    total += len(embed.get("author", {}).get("name", ""))
    total += len(embed.get("footer", {}).get("text", ""))
    for embed_field in embed.get("fields", []):
        total += len(embed_field.get("name", "")) + len(embed_field.get("value", ""))
    return total


def fit_embed(embed: dict[str, Any]) -> dict[str, Any]:
    """Drop trailing fields until the embed is within the 6000-character total."""
    while embed_length(embed) > limits.EMBED_TOTAL and embed.get("fields"):
        embed["fields"] = embed["fields"][:-1]
    if embed_length(embed) > limits.EMBED_TOTAL:
        embed["description"] = truncate(embed["description"], 2000)
    return embed


def text_embed(title: str, description: str) -> dict[str, Any]:
    """A titled block of text, both cut to Discord's embed limits."""
    return {"title": clean(title, limits.EMBED_TITLE),
            "description": truncate(description, limits.EMBED_DESCRIPTION)}
