"""Users clicking things: slash commands, autocomplete and component interactions."""

from __future__ import annotations

import asyncio
import secrets
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.sandbox.messages import FakeMessage
from bot.sandbox.modals import modal_submit_data
from bot.sandbox.models import (
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    new_snowflake,
)

if TYPE_CHECKING:
    from bot.sandbox.server import FakeDiscord

APPLICATION_COMMAND = 2
MESSAGE_COMPONENT = 3
AUTOCOMPLETE = 4
MODAL_SUBMIT = 5
SUBCOMMAND, SUBCOMMAND_GROUP = 1, 2
STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, MENTIONABLE, NUMBER = 3, 4, 5, 6, 7, 8, 9, 10
ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024


async def _set_within(event: asyncio.Event, timeout: float, failure: str) -> None:
    """Waits for `event`; TimeoutError "<failure> within <timeout> s" if it stays unset."""
    try:
        await asyncio.wait_for(event.wait(), timeout)
    except TimeoutError:
        raise TimeoutError(f"{failure} within {timeout} s") from None


@dataclass(eq=False)
class FakeInteraction:
    """One interaction the stand-in sent to the bot, and what the bot did with it."""

    id: int
    token: str
    kind: int
    guild: FakeGuild
    channel: FakeChannel
    user: FakeMember
    payload: dict[str, Any]
    created_at: float = field(default_factory=time.monotonic)
    responded_at: float | None = None
    response_body: dict[str, Any] | None = None
    original: FakeMessage | None = None
    followups: list[FakeMessage] = field(default_factory=list)
    result: FakeMessage | None = None
    _responded: asyncio.Event = field(default_factory=asyncio.Event, repr=False)
    _visible: asyncio.Event = field(default_factory=asyncio.Event, repr=False)

    @property
    def response_type(self) -> int | None:
        return None if self.response_body is None else int(self.response_body["type"])

    @property
    def latency(self) -> float | None:
        return None if self.responded_at is None else self.responded_at - self.created_at

    @property
    def ephemeral(self) -> bool:
        if self.result is not None:
            return self.result.ephemeral
        flags = ((self.response_body or {}).get("data") or {}).get("flags") or 0
        return bool(int(flags) & 64)

    async def response(self, timeout: float = 5) -> dict[str, Any]:
        """The first callback body the bot sent (type 4, 5, 6, 7, 8 or 9)."""
        await _set_within(self._responded, timeout, "bot did not answer interaction")
        assert self.response_body is not None
        return self.response_body

    async def final(self, timeout: float = 10) -> FakeMessage:
        """The message the user ends up seeing (after a defer: the edit or first followup)."""
        await _set_within(self._visible, timeout, "no visible interaction result")
        assert self.result is not None
        return self.result

    def mark_responded(self, body: dict[str, Any]) -> None:
        self.response_body = body
        self.responded_at = time.monotonic()
        self._responded.set()

    def mark_visible(self, message: FakeMessage) -> None:
        if self.result is None:
            self.result = message
            self._visible.set()


def _find_command(commands: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    return next((c for c in commands if c["name"] == name and c.get("type", 1) == 1), None)


class InteractionDriver:
    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.by_id: dict[int, FakeInteraction] = {}
        self.by_token: dict[str, FakeInteraction] = {}

    # -- public entry points ---------------------------------------------------------------

    def invoke(self, command: str, options: dict[str, object] | None, *, guild: FakeGuild,
               channel: FakeChannel | str | int, user: FakeMember | None) -> FakeInteraction:
        data = self._command_data(command, options or {}, guild, focused=None)
        return self._send(APPLICATION_COMMAND, data, guild, channel, user)

    def autocomplete(self, command: str, focused: str, value: str,
                     options: dict[str, object] | None, *, guild: FakeGuild,
                     channel: FakeChannel | str | int, user: FakeMember | None
                     ) -> FakeInteraction:
        data = self._command_data(command, options or {}, guild, focused=(focused, value))
        return self._send(AUTOCOMPLETE, data, guild, channel, user)

    def click(
        self,
        message: FakeMessage,
        custom_id: str,
        *,
        user: FakeMember | None,
        values: list[str] | None,
    ) -> FakeInteraction:
        component = next((c for c in message.buttons() if c.get("custom_id") == custom_id), None)
        if component is None:
            known = [c.get("custom_id") for c in message.buttons()]
            raise ValueError(f"message {message.id} has no component {custom_id!r}; has {known}")
        if component.get("disabled"):
            raise ValueError(f"component {custom_id!r} is disabled")
        channel = self.fake.channels_by_id[message.channel_id]
        guild = self.fake.guild_of(channel)
        if guild is None:
            raise ValueError("message is not in a guild the bot is in")
        if user is None and message.interaction_id in self.by_id:
            user = self.by_id[message.interaction_id].user
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": component["type"]}
        if component["type"] != 2:
            data["values"] = list(values or [])
        interaction = self._send(
            MESSAGE_COMPONENT, data, guild, channel, user, extra={"message": message.to_payload()}
        )
        interaction.original = message
        return interaction

    def submit_modal(
        self, shown_by: FakeInteraction, values: dict[str, str], *, user: FakeMember | None
    ) -> FakeInteraction:
        if shown_by.response_type != 9 or shown_by.response_body is None:
            raise ValueError("that interaction was not answered with a modal")
        data = modal_submit_data(shown_by.response_body.get("data") or {}, values)
        extra = None
        if shown_by.kind == MESSAGE_COMPONENT and shown_by.original is not None:
            extra = {"message": shown_by.original.to_payload()}
        interaction = self._send(
            MODAL_SUBMIT,
            data,
            shown_by.guild,
            shown_by.channel,
            user or shown_by.user,
            extra=extra,
        )
        if extra is not None:
            interaction.original = shown_by.original
        return interaction

    # -- payloads --------------------------------------------------------------------------

    def _send(self, kind: int, data: dict[str, Any], guild: FakeGuild,
              channel: FakeChannel | str | int, user: FakeMember | None, *,
              extra: dict[str, Any] | None = None) -> FakeInteraction:
        if not self.fake.gateway.has_session:
            raise RuntimeError("no bot has connected to the fake gateway yet")
        target = self.fake.resolve_channel(channel, guild)
        member = user or guild.owner
        bot = guild.bot_member
        interaction_id = new_snowflake()
        token = "aW50ZXJhY3Rpb24" + secrets.token_urlsafe(32)
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(self.fake.application_id),
            "type": kind,
            "data": data,
            "token": token,
            "version": 1,
            "guild_id": str(guild.id),
            "guild": {"id": str(guild.id), "locale": "en-US", "features": []},
            "channel_id": str(target.id),
            "channel": {**target.to_payload(), "permissions": str(member.permissions_in(target))},
            "member": {**member.to_payload(), "permissions": str(member.permissions_in(target))},
            "app_permissions": str(bot.permissions_in(target)),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild.id)},
            "context": 0,
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
            **(extra or {}),
        }
        interaction = FakeInteraction(interaction_id, token, kind, guild, target, member, payload)
        self.by_id[interaction_id] = interaction
        self.by_token[token] = interaction
        self.fake.gateway.dispatch("INTERACTION_CREATE", payload)
        return interaction

    def _command_data(self, path: str, values: dict[str, object], guild: FakeGuild, *,
                      focused: tuple[str, str] | None) -> dict[str, Any]:
        names = path.split()
        if not names:
            raise ValueError("empty command path")
        command = _find_command(self.fake.guild_commands.get(guild.id, []), names[0])
        if command is None:
            command = _find_command(self.fake.global_commands, names[0])
        if command is None:
            synced = [c["name"] for c in self.fake.global_commands] + [
                c["name"] for c in self.fake.guild_commands.get(guild.id, [])
            ]
            raise ValueError(f"unknown command {names[0]!r}; synced commands: {synced}")
        node, chain = command, []
        for name in names[1:]:
            child = next(
                (o for o in node.get("options") or [] if o["name"] == name and o["type"] in (1, 2)),
                None,
            )
            if child is None:
                raise ValueError(f"{path!r}: no subcommand {name!r}")
            chain.append(child)
            node = child
        leaf_options = node.get("options") or []
        if any(o["type"] in (SUBCOMMAND, SUBCOMMAND_GROUP) for o in leaf_options):
            raise ValueError(f"{path!r} is a group; name a subcommand")
        resolved: dict[str, dict[str, Any]] = {}
        given = self._options(path, leaf_options, values, guild, resolved, focused)
        for parent in reversed(chain):
            given = [{"type": parent["type"], "name": parent["name"], "options": given}]
        data: dict[str, Any] = {
            "id": command["id"],
            "name": command["name"],
            "type": 1,
            "options": given,
        }
        if command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        if resolved:
            data["resolved"] = resolved
        return data

    def _options(self, path: str, specs: list[dict[str, Any]], values: dict[str, object],
                 guild: FakeGuild, resolved: dict[str, dict[str, Any]],
                 focused: tuple[str, str] | None) -> list[dict[str, Any]]:
        by_name = {s["name"]: s for s in specs}
        wanted = dict(values)
        if focused is not None:
            wanted[focused[0]] = focused[1]
        for name in wanted:
            if name not in by_name:
                raise ValueError(f"{path!r} has no option {name!r}; options: {list(by_name)}")
        missing = [s["name"] for s in specs if s.get("required") and s["name"] not in wanted]
        if missing and focused is None:
            raise ValueError(f"{path!r} needs options {missing}")
        out: list[dict[str, Any]] = []
        for name, value in wanted.items():
            spec = by_name[name]
            if focused is not None and name == focused[0]:
                out.append({"type": spec["type"], "name": name, "value": value, "focused": True})
                continue
            converted = _convert(path, spec, value, guild, resolved)
            out.append({"type": spec["type"], "name": name, "value": converted})
        return out


def _convert(path: str, spec: dict[str, Any], value: object, guild: FakeGuild,
             resolved: dict[str, dict[str, Any]]) -> object:
    kind, name = spec["type"], spec["name"]
    where = f"{path!r} option {name!r}"
    if kind == STRING:
        converted: object = str(value)
        if "min_length" in spec and len(str(value)) < spec["min_length"]:
            raise ValueError(f"{where}: shorter than {spec['min_length']}")
        if "max_length" in spec and len(str(value)) > spec["max_length"]:
            raise ValueError(f"{where}: longer than {spec['max_length']}")
    elif kind == INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{where}: expected an integer, got {value!r}")
        converted = value
    elif kind == NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{where}: expected a number, got {value!r}")
        converted = value
    elif kind == BOOLEAN:
        if not isinstance(value, bool):
            raise ValueError(f"{where}: expected a bool, got {value!r}")
        converted = value
    elif kind in (USER, MENTIONABLE) and isinstance(value, FakeMember | int):
        member = value if isinstance(value, FakeMember) else guild.members.get(value)
        if member is None:
            raise ValueError(f"{where}: no member {value!r}")
        resolved.setdefault("users", {})[str(member.id)] = member.user_payload()
        resolved.setdefault("members", {})[str(member.id)] = {
            **member.to_payload(with_user=False),
            "permissions": str(member.guild_permissions()),
        }
        converted = str(member.id)
    elif kind in (ROLE, MENTIONABLE) and isinstance(value, FakeRole | int | str):
        role = _role(guild, value)
        if role is None:
            raise ValueError(f"{where}: no role {value!r}")
        resolved.setdefault("roles", {})[str(role.id)] = role.to_payload()
        converted = str(role.id)
    elif kind == CHANNEL and isinstance(value, FakeChannel | int | str):
        channel = _channel(guild, value)
        if channel is None:
            raise ValueError(f"{where}: no channel {value!r}")
        allowed = spec.get("channel_types")
        if allowed and channel.type not in allowed:
            raise ValueError(f"{where}: channel type {channel.type} not in {allowed}")
        entry = {
            **channel.to_payload(),
            "permissions": str(guild.owner.permissions_in(channel)),
        }
        resolved.setdefault("channels", {})[str(channel.id)] = entry
        converted = str(channel.id)
    else:
        raise ValueError(f"{where}: cannot pass {value!r} for option type {kind}")
    _check_choices_and_range(where, spec, converted)
    return converted


def _check_choices_and_range(where: str, spec: dict[str, Any], value: object) -> None:
    choices = spec.get("choices")
    if choices and value not in [c["value"] for c in choices]:
        raise ValueError(f"{where}: {value!r} is not one of {[c['value'] for c in choices]}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "min_value" in spec and value < spec["min_value"]:
            raise ValueError(f"{where}: below {spec['min_value']}")
        if "max_value" in spec and value > spec["max_value"]:
            raise ValueError(f"{where}: above {spec['max_value']}")


def _role(guild: FakeGuild, value: FakeRole | int | str) -> FakeRole | None:
    if isinstance(value, FakeRole):
        return value
    if isinstance(value, int):
        return guild.role_by_id(value)
    return guild.roles.get(value)


def _channel(guild: FakeGuild, value: FakeChannel | int | str) -> FakeChannel | None:
    if isinstance(value, FakeChannel):
        return value
    if isinstance(value, int):
        return guild.channel_by_id(value)
    return guild.channels.get(value) or next(
        (t for t in guild.threads.values() if t.name == value), None
    )
