"""The stand-in's world: guilds, members, roles, channels, messages, and their API payloads."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from bot.sandbox import permissions as perms

DISCORD_EPOCH_MS = 1_420_070_400_000
_increment = itertools.count()

CHANNEL_TYPES = {"text": 0, "forum": 15, "thread": 11}
# How far the stand-in's clock is ahead of the real one. Tests that move the bot's clock
# move this too, so the ids and timestamps "Discord" hands out agree with the bot's times
# (a post is looked for in history by the time the bot recorded for it).
_clock_shift = timedelta(0)


def set_clock_shift(shift: timedelta) -> None:
    global _clock_shift
    _clock_shift = shift


def new_snowflake() -> int:
    """A real-looking snowflake, so discord.py's created_at maths gives sensible dates."""
    millis = int((time.time() + _clock_shift.total_seconds()) * 1000) - DISCORD_EPOCH_MS
    return (millis << 22) | (next(_increment) % (1 << 22))


def iso_now() -> str:
    return (datetime.now(UTC) + _clock_shift).isoformat()


def user_payload(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": None if bot else name,
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


class GuildObserver(Protocol):
    """What a guild tells the stand-in so it can dispatch gateway events."""

    def _channel_created(self, guild: FakeGuild, channel: FakeChannel) -> None: ...

    def _register_channel(self, channel: FakeChannel) -> None: ...

    def _member_added(self, guild: FakeGuild, member: FakeMember) -> None: ...

    def _role_created(self, guild: FakeGuild, role: FakeRole) -> None: ...


@dataclass(eq=False)
class FakeRole:
    id: int
    name: str
    permissions: int
    position: int = 0
    managed: bool = False
    bot_id: int | None = None

    def to_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "id": str(self.id),
            "name": self.name,
            "permissions": str(self.permissions),
            "position": self.position,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "managed": self.managed,
            "mentionable": False,
            "flags": 0,
            "icon": None,
            "unicode_emoji": None,
        }
        if self.bot_id is not None:
            payload["tags"] = {"bot_id": str(self.bot_id)}
        return payload


@dataclass(eq=False)
class FakeMember:
    id: int
    name: str
    guild: FakeGuild = field(repr=False)
    role_ids: list[int] = field(default_factory=list)
    bot: bool = False
    joined_at: str = field(default_factory=iso_now)

    @property
    def is_owner(self) -> bool:
        return self.guild.owner_id == self.id

    def user_payload(self) -> dict[str, Any]:
        return user_payload(self.id, self.name, bot=self.bot)

    def to_payload(self, *, with_user: bool = True) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "nick": None,
            "roles": [str(r) for r in self.role_ids],
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "avatar": None,
            "communication_disabled_until": None,
        }
        if with_user:
            payload["user"] = self.user_payload()
        return payload

    def guild_permissions(self) -> int:
        roles = [self.guild.role_by_id(r) for r in self.role_ids]
        return perms.base_permissions(
            is_owner=self.is_owner,
            everyone_mask=self.guild.everyone.permissions,
            role_masks=[r.permissions for r in roles if r is not None],
        )

    def permissions_in(self, channel: FakeChannel) -> int:
        source = channel.permission_source(self.guild)
        return perms.channel_permissions(
            self.guild_permissions(),
            guild_id=self.guild.id,
            member_id=self.id,
            member_role_ids=self.role_ids,
            overwrites=source.overwrites,
        )


@dataclass(eq=False)
class FakeChannel:
    id: int
    name: str
    guild_id: int
    kind: str = "text"  # "text" | "forum" | "thread"
    position: int = 0
    parent_id: int | None = None
    owner_id: int | None = None
    overwrites: list[perms.Overwrite] = field(default_factory=list)
    message_ids: list[int] = field(default_factory=list)
    created_at: str = field(default_factory=iso_now)
    # Forums: the tags posts may carry ({id: name}); threads: the tags a post carries.
    available_tags: dict[int, str] = field(default_factory=dict)
    applied_tags: list[int] = field(default_factory=list)
    # Threads: archived ones leave the active list; locked ones only moderators reopen.
    archived: bool = False
    locked: bool = False

    @property
    def type(self) -> int:
        return CHANNEL_TYPES[self.kind]

    def permission_source(self, guild: FakeGuild) -> FakeChannel:
        """Threads inherit their parent's overwrites."""
        if self.kind == "thread" and self.parent_id is not None:
            parent = guild.channel_by_id(self.parent_id)
            if parent is not None:
                return parent
        return self

    def to_payload(self) -> dict[str, Any]:
        last = str(self.message_ids[-1]) if self.message_ids else None
        payload: dict[str, Any] = {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(self.guild_id),
            "name": self.name,
            "parent_id": None if self.parent_id is None else str(self.parent_id),
            "last_message_id": last,
            "rate_limit_per_user": 0,
            "flags": 0,
            "nsfw": False,
        }
        if self.kind == "thread":
            payload.update(
                owner_id=str(self.owner_id),
                message_count=len(self.message_ids),
                total_message_sent=len(self.message_ids),
                member_count=1,
                applied_tags=[str(tag) for tag in self.applied_tags],
                thread_metadata={
                    "archived": self.archived,
                    "auto_archive_duration": 1440,
                    "archive_timestamp": self.created_at,
                    "locked": self.locked,
                    "create_timestamp": self.created_at,
                },
            )
            return payload
        payload.update(
            position=self.position,
            topic=None,
            permission_overwrites=[o.to_payload() for o in self.overwrites],
            default_auto_archive_duration=1440,
        )
        if self.kind == "forum":
            tags = [{"id": str(tag_id), "name": name, "moderated": False, "emoji_id": None,
                     "emoji_name": None} for tag_id, name in self.available_tags.items()]
            payload.update(available_tags=tags, default_forum_layout=0, default_sort_order=None)
        return payload


@dataclass(eq=False)
class FakeGuild:
    """A server. Create it through FakeDiscord.add_guild so the bot hears about it."""

    id: int
    name: str
    owner_id: int
    bot_user_id: int
    bot_name: str
    observer: GuildObserver = field(repr=False)
    channels: dict[str, FakeChannel] = field(default_factory=dict)
    roles: dict[str, FakeRole] = field(default_factory=dict)
    members: dict[int, FakeMember] = field(default_factory=dict)
    threads: dict[int, FakeChannel] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.roles["@everyone"] = FakeRole(self.id, "@everyone", perms.EVERYONE_DEFAULT)
        bot_role = FakeRole(
            new_snowflake(), self.bot_name, perms.BOT_ROLE_DEFAULT, 1, True, self.bot_user_id
        )
        self.roles[bot_role.name] = bot_role
        bot_member = FakeMember(self.bot_user_id, self.bot_name, self, [bot_role.id], bot=True)
        self.members[bot_member.id] = bot_member

    @property
    def everyone(self) -> FakeRole:
        return self.roles["@everyone"]

    @property
    def owner(self) -> FakeMember:
        return self.members[self.owner_id]

    @property
    def bot_member(self) -> FakeMember:
        return self.members[self.bot_user_id]

    def role_by_id(self, role_id: int) -> FakeRole | None:
        return next((r for r in self.roles.values() if r.id == role_id), None)

    def channel_by_id(self, channel_id: int) -> FakeChannel | None:
        found = next((c for c in self.channels.values() if c.id == channel_id), None)
        return found or self.threads.get(channel_id)

    def member_by_name(self, name: str) -> FakeMember | None:
        return next((m for m in self.members.values() if m.name == name), None)

    def add_role(self, name: str, *, manage_guild: bool = False) -> FakeRole:
        mask = perms.MANAGE_GUILD if manage_guild else 0
        role = FakeRole(new_snowflake(), name, mask, position=len(self.roles))
        self.roles[name] = role
        self.observer._role_created(self, role)
        return role

    def add_member(
        self,
        name: str,
        *,
        manage_guild: bool = False,
        roles: list[FakeRole] | tuple[()] = (),
        member_id: int | None = None,
    ) -> FakeMember:
        role_ids = [r.id for r in roles]
        if manage_guild:
            managers = self.roles.get("Server Managers") or self.add_role(
                "Server Managers", manage_guild=True
            )
            role_ids.append(managers.id)
        member = FakeMember(member_id or new_snowflake(), name, self, role_ids)
        self.members[member.id] = member
        self.observer._member_added(self, member)
        return member

    def add_channel(self, name: str, *, kind: str = "text",
                    tags: tuple[str, ...] = ()) -> FakeChannel:
        """A text channel, or a forum whose posts may carry `tags`."""
        if kind not in ("text", "forum"):
            raise ValueError(f"unsupported channel kind {kind!r} (text or forum)")
        channel = FakeChannel(new_snowflake(), name, self.id, kind, position=len(self.channels),
                              available_tags={new_snowflake(): tag for tag in tags})
        self.channels[name] = channel
        self.observer._register_channel(channel)
        self.observer._channel_created(self, channel)
        return channel

    def to_payload(self, *, include_all_members: bool) -> dict[str, Any]:
        members = self.members.values() if include_all_members else [self.bot_member]
        return {
            "id": str(self.id),
            "name": self.name,
            "owner_id": str(self.owner_id),
            "icon": None,
            "splash": None,
            "banner": None,
            "description": None,
            "features": [],
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "system_channel_flags": 0,
            "afk_timeout": 300,
            "roles": [r.to_payload() for r in self.roles.values()],
            "emojis": [],
            "stickers": [],
            "member_count": len(self.members),
            "large": False,
            "joined_at": self.bot_member.joined_at,
            "channels": [c.to_payload() for c in self.channels.values()],
            "threads": [t.to_payload() for t in self.threads.values()],
            "members": [m.to_payload() for m in members],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }
