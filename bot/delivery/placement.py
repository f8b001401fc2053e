"""Where and as whom a queued post goes, beyond its channel: forum tags, a thread of its
own, an outlet's name and icon. Stored inside the outbox payload under one reserved key,
so the outbox schema and the sender stay unchanged; the transport takes it out before the
payload reaches Discord."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.render.limits import FORUM_APPLIED_TAGS

PLACEMENT_KEY = "_placement"


@dataclass(frozen=True)
class Identity:
    """The outlet a webhook post speaks as."""

    username: str
    avatar_url: str | None = None


@dataclass(frozen=True)
class Placement:
    applied_tags: list[int] = field(default_factory=list)
    # Name of the thread to open on the posted message, or None for no thread.
    thread_name: str | None = None
    identity: Identity | None = None

    @property
    def is_plain(self) -> bool:
        return not self.applied_tags and self.thread_name is None and self.identity is None


def with_placement(payload: dict[str, Any], placement: Placement) -> dict[str, Any]:
    if placement.is_plain:
        return payload
    stored: dict[str, Any] = {"applied_tags": placement.applied_tags[:FORUM_APPLIED_TAGS],
                              "thread_name": placement.thread_name}
    if placement.identity is not None:
        stored["identity"] = {"username": placement.identity.username,
                              "avatar_url": placement.identity.avatar_url}
    return {**payload, PLACEMENT_KEY: stored}


def split_placement(payload: dict[str, Any]) -> tuple[dict[str, Any], Placement]:
    """The payload as Discord should see it, and where it goes."""
    stored = payload.get(PLACEMENT_KEY)
    if not isinstance(stored, dict):
        return payload, Placement()
    body = {k: v for k, v in payload.items() if k != PLACEMENT_KEY}
    identity = stored.get("identity")
    return body, Placement(
        applied_tags=[int(t) for t in stored.get("applied_tags") or []],
        thread_name=stored.get("thread_name"),
        identity=Identity(str(identity["username"]), identity.get("avatar_url"))
        if isinstance(identity, dict) else None)
