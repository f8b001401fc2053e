"""Typed command lines and text rendering, as the terminal console uses them."""

from __future__ import annotations

import pytest

from bot.sandbox import FakeDiscord, FakeMessage
from bot.sandbox.text import message_as_text, parse_command_line

COMMANDS = [
    {
        "name": "settings",
        "type": 1,
        "options": [
            {
                "type": 1,
                "name": "channel",
                "options": [
                    {"type": 7, "name": "target"},
                    {"type": 5, "name": "quiet"},
                    {"type": 4, "name": "per_hour"},
                ],
            },
            {"type": 1, "name": "manager", "options": [{"type": 6, "name": "who"}]},
        ],
    },
    {"name": "brief", "type": 1, "options": [{"type": 3, "name": "url"}]},
    {"name": "say", "type": 1, "options": [{"type": 3, "name": "text"}]},
]


def test_subcommands_and_typed_options() -> None:
    guild = FakeDiscord().add_guild()
    path, options = parse_command_line(
        "/settings channel target:#news quiet:yes per_hour:12", COMMANDS, guild
    )
    assert path == "settings channel"
    assert options == {"target": "news", "quiet": True, "per_hour": 12}


def test_values_with_spaces_urls_and_members() -> None:
    guild = FakeDiscord().add_guild(owner_name="editor")
    assert parse_command_line("/say text:two words here", COMMANDS, guild) == (
        "say",
        {"text": "two words here"},
    )
    assert parse_command_line("brief url:https://example.org/a?b=1", COMMANDS, guild)[1] == {
        "url": "https://example.org/a?b=1"
    }
    assert parse_command_line("/settings manager who:@editor", COMMANDS, guild)[1] == {
        "who": guild.owner
    }


def test_bad_lines_explain_themselves() -> None:
    guild = FakeDiscord().add_guild()
    with pytest.raises(ValueError, match="unknown command"):
        parse_command_line("/nope", COMMANDS, guild)
    with pytest.raises(ValueError, match="no subcommand"):
        parse_command_line("/settings colour", COMMANDS, guild)
    with pytest.raises(ValueError, match="true or false"):
        parse_command_line("/settings channel quiet:maybe", COMMANDS, guild)


def test_message_as_text_shows_what_a_reader_sees() -> None:
    message = FakeMessage(
        id=1,
        channel_id=2,
        guild_id=3,
        author={},
        content="Two outlets report the storm",
        embeds=[
            {
                "title": "Storm nears the coast",
                "description": "Winds of 120 km/h expected.",
                "fields": [{"name": "Sources", "value": "2"}],
                "footer": {"text": "updated 10:04"},
            }
        ],
        components=[
            {"type": 1, "components": [{"type": 2, "custom_id": "follow", "label": "Follow"}]}
        ],
        flags=64,
    )
    text = message_as_text(message)
    assert text.splitlines() == [
        "(ephemeral)",
        "Two outlets report the storm",
        "┃ Storm nears the coast",
        "┃ Winds of 120 km/h expected.",
        "┃ Sources: 2",
        "┃ — updated 10:04",
        "  [Follow]",
    ]
