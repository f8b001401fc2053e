"""Discord permission bits and the resolution algorithm, as documented for the public API.

Only the bits the stand-in reasons about get names; everything else is carried in masks.
"""

from __future__ import annotations

from dataclasses import dataclass

CREATE_INSTANT_INVITE = 1 << 0
ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
ADD_REACTIONS = 1 << 6
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_EXTERNAL_EMOJIS = 1 << 18
CHANGE_NICKNAME = 1 << 26
MANAGE_WEBHOOKS = 1 << 29
USE_APPLICATION_COMMANDS = 1 << 31
MANAGE_THREADS = 1 << 34
CREATE_PUBLIC_THREADS = 1 << 35
CREATE_PRIVATE_THREADS = 1 << 36
SEND_MESSAGES_IN_THREADS = 1 << 38

# Every documented permission bit up to bit 52 (bit 47 is unassigned). This is what Discord
# reports for administrators and owners in interaction payloads.
ALL_PERMISSIONS = ((1 << 53) - 1) & ~(1 << 47)

# What a freshly created server grants @everyone (a practical subset of Discord's default).
EVERYONE_DEFAULT = (
    CREATE_INSTANT_INVITE
    | ADD_REACTIONS
    | VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | MENTION_EVERYONE
    | USE_EXTERNAL_EMOJIS
    | CHANGE_NICKNAME
    | USE_APPLICATION_COMMANDS
    | CREATE_PUBLIC_THREADS
    | CREATE_PRIVATE_THREADS
    | SEND_MESSAGES_IN_THREADS
)

# The managed role an invited bot receives: enough to post news, not an administrator, so
# channel overwrites still bite (which is what permission tests need).
BOT_ROLE_DEFAULT = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | ADD_REACTIONS
    | USE_EXTERNAL_EMOJIS
    | CREATE_PUBLIC_THREADS
    | SEND_MESSAGES_IN_THREADS
    | MANAGE_THREADS
    | MANAGE_MESSAGES
)

ROLE_OVERWRITE = 0
MEMBER_OVERWRITE = 1


@dataclass
class Overwrite:
    target_id: int
    kind: int  # ROLE_OVERWRITE or MEMBER_OVERWRITE
    allow: int = 0
    deny: int = 0

    def to_payload(self) -> dict[str, object]:
        return {
            "id": str(self.target_id),
            "type": self.kind,
            "allow": str(self.allow),
            "deny": str(self.deny),
        }


def base_permissions(*, is_owner: bool, everyone_mask: int, role_masks: list[int]) -> int:
    if is_owner:
        return ALL_PERMISSIONS
    mask = everyone_mask
    for role_mask in role_masks:
        mask |= role_mask
    if mask & ADMINISTRATOR:
        return ALL_PERMISSIONS
    return mask


def channel_permissions(
    base: int,
    *,
    guild_id: int,
    member_id: int,
    member_role_ids: list[int],
    overwrites: list[Overwrite],
) -> int:
    """Apply overwrites in Discord's documented order: @everyone, roles, then the member."""
    if base & ADMINISTRATOR or base == ALL_PERMISSIONS:
        return ALL_PERMISSIONS
    mask = base
    everyone = next((o for o in overwrites if o.target_id == guild_id), None)
    if everyone is not None:
        mask = (mask & ~everyone.deny) | everyone.allow
    allow = deny = 0
    for overwrite in overwrites:
        if overwrite.kind == ROLE_OVERWRITE and overwrite.target_id in member_role_ids:
            allow |= overwrite.allow
            deny |= overwrite.deny
    mask = (mask & ~deny) | allow
    for overwrite in overwrites:
        if overwrite.kind == MEMBER_OVERWRITE and overwrite.target_id == member_id:
            mask = (mask & ~overwrite.deny) | overwrite.allow
    if not mask & VIEW_CHANNEL:
        return 0
    return mask
