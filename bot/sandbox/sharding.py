"""Gateway sharding as Discord does it: shard `(guild_id >> 22) % shard_count` receives
a guild's events; events of no guild go to every shard."""

from __future__ import annotations

from typing import Any

Shard = tuple[int, int]  # (shard id, shard count)

# Events whose payload is the guild itself, so its id is "id", not "guild_id".
GUILD_EVENTS = frozenset({"GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE"})


def shard_of(guild_id: int, shard_count: int) -> int:
    return (guild_id >> 22) % shard_count


def parse_shard(value: Any) -> Shard | None:
    """The `shard` field of IDENTIFY: [shard_id, num_shards]."""
    if isinstance(value, list | tuple) and len(value) == 2:
        return int(value[0]), max(1, int(value[1]))
    return None


def guild_of(event: str, data: Any) -> int | None:
    if not isinstance(data, dict):
        return None
    raw = data.get("id") if event in GUILD_EVENTS else data.get("guild_id")
    return int(raw) if raw is not None else None


def receives(shard: Shard | None, guild_id: int | None) -> bool:
    """Whether a session identified with `shard` gets an event of `guild_id`."""
    if shard is None or guild_id is None:
        return True
    shard_id, shard_count = shard
    return shard_of(guild_id, shard_count) == shard_id
