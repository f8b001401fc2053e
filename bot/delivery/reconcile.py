"""Exactly-once delivery across crashes: a marker in every post, looked for before a resend.

Discord forgets a message nonce after a few minutes, and a forum post (a thread) carries
no nonce at all, so a post that may have gone out before a crash or a timeout is looked
for in its target first. Each post carries an invisible marker derived from its outbox
nonce: zero-width characters at the end of the last embed's footer (or of the content
when there is no embed). Message history shows it back, so a post found there is
recorded as sent instead of being posted again.
"""

from __future__ import annotations

import copy
import hashlib
import logging
import re
from datetime import datetime
from typing import Any

from bot.delivery.transport import DeliveryError, Transport
from bot.render import limits
from bot.render.embeds import embed_length

log = logging.getLogger(__name__)

# Four zero-width code points spell the nonce in base 4; a fifth opens the marker.
_DIGITS = ("\u200b", "\u200c", "\u200d", "\u2060")
_OPEN = "\u2063"
# 16 hex digits (64 bits) of a digest of the whole nonce tell posts apart; 33 invisible
# characters in all.
MARKER_HEX_DIGITS = 16
MARKER_LENGTH = 1 + 2 * MARKER_HEX_DIGITS
_MARKER_PATTERN = re.compile(f"{_OPEN}[{''.join(_DIGITS)}]{{{2 * MARKER_HEX_DIGITS}}}")


def marker_for(nonce: str) -> str:
    """The invisible marker of the post with this nonce. It digests the whole nonce:
    nonces that share a prefix (a story post's and its replies') get different markers."""
    return _spell(hashlib.sha256(nonce.encode()).hexdigest()[:MARKER_HEX_DIGITS])


def legacy_marker_for(nonce: str) -> str:
    """The marker posts carried before it digested the nonce: only the nonce's first 8
    characters. An outbox row attempted by an older release still carries it; only
    outbox nonces (random from their first character) may be matched by it."""
    return _spell(nonce.encode().hex()[:MARKER_HEX_DIGITS].ljust(MARKER_HEX_DIGITS, "0"))


def _spell(digits: str) -> str:
    out = [_OPEN]
    for digit in digits:
        value = int(digit, 16)
        out.append(_DIGITS[value >> 2] + _DIGITS[value & 3])
    return "".join(out)


def stamp(payload: dict[str, Any], nonce: str) -> dict[str, Any]:
    """A copy of the payload carrying the marker, still inside Discord's limits."""
    marker = marker_for(nonce)
    stamped = copy.deepcopy(payload)
    embeds = stamped.get("embeds") or []
    if embeds:
        embed = embeds[-1]
        footer = dict(embed.get("footer") or {})
        overflow = sum(embed_length(e) for e in embeds) + MARKER_LENGTH - limits.EMBED_TOTAL
        text = _without_marker(str(footer.get("text") or ""))
        text = text[:max(0, limits.EMBED_FOOTER_TEXT - MARKER_LENGTH)]
        if overflow > 0:
            _shorten_description(embed, overflow)
        footer["text"] = text + marker
        embed["footer"] = footer
        return stamped
    content = _without_marker(str(stamped.get("content") or ""))
    stamped["content"] = content[:limits.MESSAGE_CONTENT - MARKER_LENGTH] + marker
    return stamped


def carries_marker(message: dict[str, Any], nonce: str, *, legacy: bool = False) -> bool:
    """Whether a message (as Discord shows it back) is the post with this nonce;
    `legacy` also accepts the marker of older releases (see legacy_marker_for)."""
    markers = [marker_for(nonce), *([legacy_marker_for(nonce)] if legacy else [])]
    texts = [str(message.get("content") or ""),
             *(str((embed.get("footer") or {}).get("text") or "")
               for embed in message.get("embeds") or [])]
    return any(marker in text for marker in markers for text in texts)


async def find_delivered(transport: Transport, channel_id: int, nonce: str,
                         since: datetime, *, legacy: bool = False) -> dict[str, Any] | None:
    """The post with this nonce (as Discord shows it) if it is already in the channel (a
    thread for a reply; for a forum, among its active posts), else None. Transport errors
    propagate: the caller retries later rather than risk a duplicate."""
    for message in await transport.recent_posts(channel_id, since):
        if carries_marker(message, nonce, legacy=legacy):
            return message
    return None


async def look_for_message(transport: Transport, channel_id: int, nonce: str,
                           since: datetime, *, legacy: bool = False) -> dict[str, Any] | None:
    """Like find_delivered, but a channel whose history the bot may not read (no Read
    Message History) answers None: the nonce is then the only guard left. Transient
    errors propagate, so the caller retries later rather than risk a duplicate."""
    try:
        return await find_delivered(transport, channel_id, nonce, since, legacy=legacy)
    except DeliveryError as error:
        if not error.permanent:
            raise
        log.warning("cannot look for post %s in channel %s (%s); sending with its nonce",
                    nonce, channel_id, error)
        return None


async def look_for_post(transport: Transport, channel_id: int, nonce: str,
                        since: datetime, *, legacy: bool = False) -> int | None:
    """The id of the message look_for_message finds."""
    found = await look_for_message(transport, channel_id, nonce, since, legacy=legacy)
    return None if found is None else int(found["id"])


def webhook_of(message: dict[str, Any]) -> int | None:
    """The webhook that posted a message Discord showed back; None: a user (the bot)."""
    webhook_id = message.get("webhook_id")
    return None if webhook_id is None else int(webhook_id)


def _without_marker(text: str) -> str:
    return _MARKER_PATTERN.sub("", text)


def _shorten_description(embed: dict[str, Any], by: int) -> None:
    description = str(embed.get("description") or "")
    if len(description) > by + 1:
        embed["description"] = description[:len(description) - by - 1].rstrip() + "…"
    else:
        embed.pop("description", None)
