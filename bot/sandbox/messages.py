"""Messages as the stand-in stores them, and the REST calls it recorded."""

from __future__ import annotations

import copy
import struct
from dataclasses import dataclass, field
from typing import Any

from bot.sandbox.models import iso_now, new_snowflake

EPHEMERAL = 1 << 6
LOADING = 1 << 7
SUPPRESS_EMBEDS = 1 << 2


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Upload:
    """A file the bot uploaded (multipart), kept whole so tests and the console can open it."""

    filename: str
    data: bytes = b""
    content_type: str | None = None
    id: int = field(default_factory=new_snowflake)

    @property
    def image_size(self) -> tuple[int, int] | None:
        """(width, height) of a PNG, read from its header as Discord reports it."""
        if self.data[:8] != PNG_SIGNATURE or len(self.data) < 24:
            return None
        width, height = struct.unpack(">II", self.data[16:24])
        return int(width), int(height)

    def to_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {"id": str(self.id), "filename": self.filename,
                                   "size": len(self.data), "url": "", "proxy_url": ""}
        if self.content_type:
            payload["content_type"] = self.content_type
        if (size := self.image_size) is not None:
            payload.update(width=size[0], height=size[1], content_type="image/png")
        return payload


@dataclass(eq=False)
class FakeMessage:
    id: int
    channel_id: int
    guild_id: int | None
    author: dict[str, Any] = field(repr=False)
    content: str = ""
    embeds: list[dict[str, Any]] = field(default_factory=list)
    components: list[dict[str, Any]] = field(default_factory=list)
    flags: int = 0
    nonce: str | int | None = None
    allowed_mentions: dict[str, Any] | None = None
    attachments: list[Upload] = field(default_factory=list)
    message_reference: dict[str, Any] | None = None
    thread_id: int | None = None
    interaction_id: int | None = None
    webhook_id: int | None = None
    interaction_metadata: dict[str, Any] | None = None
    # The avatar a webhook execution asked for (Discord turns it into the author's avatar).
    avatar_url: str | None = None
    # Set on messages of an application's webhooks (and interactions: the webhook's id).
    application_id: int | None = None
    timestamp: str = field(default_factory=iso_now)
    edited_timestamp: str | None = None
    edits: int = 0
    deleted: bool = False
    history: list[dict[str, Any]] = field(default_factory=list, repr=False)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    @property
    def loading(self) -> bool:
        return bool(self.flags & LOADING)

    def buttons(self) -> list[dict[str, Any]]:
        """Every interactive component (buttons, selects), flattened out of rows/containers."""
        found: list[dict[str, Any]] = []

        def walk(items: list[dict[str, Any]]) -> None:
            for item in items:
                if "custom_id" in item or item.get("type") == 2:
                    found.append(item)
                for key in ("components", "accessory"):
                    child = item.get(key)
                    if isinstance(child, list):
                        walk(child)
                    elif isinstance(child, dict):
                        walk([child])

        walk(self.components)
        return found

    def snapshot(self) -> dict[str, Any]:
        return copy.deepcopy(
            {
                "content": self.content,
                "embeds": self.embeds,
                "components": self.components,
                "flags": self.flags,
                "edited_timestamp": self.edited_timestamp,
            }
        )

    @property
    def attachment_names(self) -> list[str]:
        return [upload.filename for upload in self.attachments]

    def apply_edit(self, body: dict[str, Any], files: list[Upload] | None = None) -> None:
        """PATCH semantics: only the fields present change; history keeps the old version.
        Existing attachments stay unless `attachments` lists which to keep; new files join."""
        self.history.append(self.snapshot())
        if "attachments" in body:
            kept = {str(a.get("id")) for a in body["attachments"] or [] if isinstance(a, dict)}
            self.attachments = [a for a in self.attachments if str(a.id) in kept]
        self.attachments = [*self.attachments, *(files or [])]
        for key in ("content", "embeds", "components", "allowed_mentions"):
            if key in body:
                value = body[key]
                if key == "content":
                    value = value or ""
                elif key in ("embeds", "components"):
                    value = value or []
                setattr(self, key, value)
        if "flags" in body and body["flags"] is not None:
            # Only SUPPRESS_EMBEDS may be toggled by an edit; ephemerality is fixed.
            self.flags = (self.flags & ~SUPPRESS_EMBEDS) | (int(body["flags"]) & SUPPRESS_EMBEDS)
        self.flags &= ~LOADING
        self.edits += 1
        self.edited_timestamp = iso_now()

    def to_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "id": str(self.id),
            "channel_id": str(self.channel_id),
            "author": self.author,
            "content": self.content,
            "timestamp": self.timestamp,
            "edited_timestamp": self.edited_timestamp,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [upload.to_payload() for upload in self.attachments],
            "embeds": self.embeds,
            "components": self.components,
            "pinned": False,
            "type": 19 if self.message_reference else (20 if self.interaction_id else 0),
            "flags": self.flags,
        }
        if self.guild_id is not None:
            payload["guild_id"] = str(self.guild_id)
        if self.nonce is not None:
            payload["nonce"] = self.nonce
        if self.webhook_id is not None:
            payload["webhook_id"] = str(self.webhook_id)
            payload["application_id"] = str(self.application_id or self.webhook_id)
        if self.interaction_metadata is not None:
            payload["interaction_metadata"] = self.interaction_metadata
        if self.message_reference is not None:
            payload["message_reference"] = self.message_reference
        return payload


@dataclass
class RecordedRequest:
    """One REST call as the bot made it. `path` is relative to the API base (no /api/v10)."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    headers: dict[str, str]
    time: float
    files: list[Upload] = field(default_factory=list)
    status: int | None = None
    response: Any = None
