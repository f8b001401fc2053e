"""Typed lines read against a synced command tree, completion, and terminal rendering."""

from __future__ import annotations

from typing import Any

import pytest
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

from bot.console.commands import CommandLineError, help_text, parse_line
from bot.console.completion import ConsoleCompleter
from bot.console.render import embed_box, inline_markdown
from bot.console.view import TerminalView
from bot.delivery.reconcile import marker_for
from bot.sandbox import FakeDiscord, FakeGuild, FakeMessage


def option(name: str, kind: int = 3, *, required: bool = False, **extra: Any) -> dict[str, Any]:
    return {"name": name, "type": kind, "description": f"the {name}", "required": required,
            **extra}


def sub(name: str, *options: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "type": 1, "description": f"{name} things", "options": list(options)}


TREE: list[dict[str, Any]] = [
    {"id": "1", "name": "feed", "type": 1, "description": "News feeds", "options": [
        sub("add", option("url", required=True), option("channel", 7), option("name"),
            option("backfill", 4)),
        sub("list"),
        sub("filter", option("feed", required=True, autocomplete=True), option("include"),
            option("exclude")),
    ]},
    {"id": "2", "name": "settings", "type": 1, "description": "Settings", "options": [
        sub("timezone", option("zone", required=True)),
        sub("digest", option("enabled", 5, required=True),
            option("style", choices=[{"name": "Short", "value": "short"},
                                     {"name": "Long", "value": "long"}])),
    ]},
    {"id": "3", "name": "follow", "type": 1, "description": "Follow a topic",
     "options": [option("topic", required=True), option("note")]},
    {"id": "6", "name": "search", "type": 1, "description": "Search",
     "options": [option("query"), option("outlet"), option("days", 4)]},
    {"id": "7", "name": "news", "type": 1, "description": "News",
     "options": [option("query"), option("days", 4)]},
    {"id": "4", "name": "about", "type": 1, "description": "About the bot"},
    {"id": "5", "name": "Report message", "type": 3, "description": ""},
]


@pytest.fixture
def guild() -> FakeGuild:
    return FakeDiscord().add_guild("Console", channels=["news", "general"])


def test_discord_style_options_and_bare_text(guild: FakeGuild) -> None:
    typed = parse_line("/feed add url:https://example.org/a?b=c channel:#news backfill:2",
                       TREE, guild)
    assert (typed.path, typed.options) == (
        "feed add", {"url": "https://example.org/a?b=c", "channel": "news", "backfill": 2})
    bare = parse_line("/feed add https://example.org/rss name:World desk", TREE, guild)
    assert bare.options == {"url": "https://example.org/rss", "name": "World desk"}
    assert parse_line("/settings timezone Europe/Kyiv", TREE, guild).options == {
        "zone": "Europe/Kyiv"}


def test_values_keep_spaces_colons_and_apostrophes(guild: FakeGuild) -> None:
    typed = parse_line("/follow Ukraine's peace talks: day two note:ask at 10:30", TREE, guild)
    assert typed.options == {"topic": "Ukraine's peace talks: day two", "note": "ask at 10:30"}


def test_bare_text_goes_to_the_first_required_option_not_named(guild: FakeGuild) -> None:
    typed = parse_line("/feed filter World Desk include:war, ceasefire", TREE, guild)
    assert typed.options == {"feed": "World Desk", "include": "war, ceasefire"}
    with pytest.raises(CommandLineError, match="needs feed:"):
        parse_line("/feed filter include:war", TREE, guild)


@pytest.mark.parametrize(("line", "explained"), [
    ("/search ceasefire", "which option"),
    ("/feed list something", "takes no options"),
    ("/feed", "needs a subcommand: add, list, filter"),
    ("/nope", "unknown command /nope"),
    ("/feed add https://x.org channel:#sport", "no channel '#sport'"),
    ("/feed add https://x.org backfill:two", "backfill: expected a whole number"),
    ("/settings digest enabled:on style:medium", "not one of Short, Long"),
])
def test_ambiguous_or_wrong_input_is_explained(guild: FakeGuild, line: str, explained: str) -> None:
    with pytest.raises(CommandLineError, match=explained):
        parse_line(line, TREE, guild)


def test_typed_values_follow_the_option_type(guild: FakeGuild) -> None:
    assert parse_line("/news ceasefire talks days:3", TREE, guild).options == {
        "query": "ceasefire talks", "days": 3}
    typed = parse_line("/settings digest enabled:off style:Long", TREE, guild)
    assert typed.options == {"enabled": False, "style": "long"}


def test_help_lists_every_chat_command_from_the_tree() -> None:
    text = help_text(TREE)
    for usage in ("/feed add url: [channel:]", "/settings timezone zone:", "/follow topic:",
                  "/about"):
        assert usage in text
    assert "Report message" not in text  # a context-menu command, not typed
    detail = help_text(TREE, "feed add")
    assert "url: <text, required> the url" in detail and "/feed list" not in detail


def completions(guild: FakeGuild, text: str) -> list[str]:
    fake = FakeDiscord()
    fake.global_commands = TREE
    session = type("Session", (), {"tree": TREE, "guild": guild, "fake": fake})()
    completer = ConsoleCompleter(session)
    found = completer.get_completions(Document(text), CompleteEvent(completion_requested=True))
    return [c.text.rstrip() for c in found]


def test_tab_completes_names_options_and_values(guild: FakeGuild) -> None:
    assert completions(guild, "/f") == ["/feed", "/follow"]
    assert completions(guild, "/feed ") == ["add", "list", "filter"]
    assert completions(guild, "/feed add https://x.org ") == ["channel:", "name:", "backfill:"]
    assert completions(guild, "/feed add url:x c") == ["channel:"]
    assert completions(guild, "/feed add url:x channel:#") == ["#news", "#general"]
    assert completions(guild, "/settings digest enabled:") == ["true", "false"]
    assert completions(guild, "#g") == ["#general"]


def test_embed_is_boxed_with_title_link_fields_and_footer(guild: FakeGuild) -> None:
    box = embed_box({"title": "Bridge closed", "url": "https://news.example/a",
                     "description": "Cracks were found in the **main** support.",
                     "fields": [{"name": "Sources", "value": "3 outlets"}],
                     "footer": {"text": "Lanterna Courier"}}, 60, guild)
    text = "\n".join(box)
    assert box[0].startswith("╭") and box[-1].startswith("╰")
    assert {len(line) for line in box} == {60}
    for part in ("Bridge closed", "https://news.example/a", "Cracks were found in the main "
                 "support.", "Sources: 3 outlets", "— Lanterna Courier"):
        assert part in text


def test_mentions_and_links_read_as_discord_shows_them(guild: FakeGuild) -> None:
    news = guild.channels["news"]
    text = inline_markdown(f"Posting in <#{news.id}> for <@{guild.owner_id}>: "
                           "[the story](https://x.org/s)", guild)
    assert text == "Posting in #news for @admin: the story (https://x.org/s)"


def test_delivery_marker_is_invisible_in_the_terminal(guild: FakeGuild) -> None:
    footer = "Lanterna Courier" + marker_for("outbox-42")
    box = embed_box({"title": "Bridge closed", "footer": {"text": footer}}, 60, guild)
    assert {len(line) for line in box} == {60}
    assert any(line.rstrip(" │").endswith("— Lanterna Courier") for line in box)


def test_buttons_get_numbers_that_stay_with_their_message(guild: FakeGuild) -> None:
    fake = FakeDiscord()
    printed: list[str] = []
    view = TerminalView(fake, guild, printed.append, color=False)
    row = {"type": 1, "components": [
        {"type": 2, "style": 1, "label": "Confirm", "custom_id": "ok"},
        {"type": 2, "style": 4, "label": "Cancel", "custom_id": "no"}]}
    message = FakeMessage(1, guild.channels["news"].id, guild.id, {"id": "9"},
                          content="Delete everything?", components=[row], flags=64)
    view.on_message(message)
    assert "[1] Confirm  [2] Cancel" in printed[-1]
    assert "only you can see this" in printed[-1]
    message.apply_edit({"content": "Still sure?"})
    view.on_message(message)
    assert "updated" in printed[-1] and "[1] Confirm  [2] Cancel" in printed[-1]
    assert view.clickables[2].custom_id == "no"
