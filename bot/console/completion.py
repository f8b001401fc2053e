"""Tab completion of command names, subcommands, option names and option values."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator, Iterable
from typing import TYPE_CHECKING, Any

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

from bot.console.commands import (
    BOOLEAN,
    CHANNEL,
    MENTIONABLE,
    ROLE,
    USER,
    CommandLineError,
    assign_bare_text,
    chat_commands,
    leaf_options,
    resolve,
    split_options,
    subcommands,
    typed_value,
)

if TYPE_CHECKING:
    from bot.console.session import ConsoleSession

CONSOLE_COMMANDS = ("/help", "/click", "/tick", "/quit")
AUTOCOMPLETE_TIMEOUT = 2.0


class ConsoleCompleter(Completer):
    def __init__(self, session: ConsoleSession) -> None:
        self.session = session

    def get_completions(self, document: Document,
                        complete_event: CompleteEvent) -> Iterable[Completion]:
        text = document.text_before_cursor
        word = document.get_word_before_cursor(WORD=True)
        before = text[: len(text) - len(word)]
        if not before.strip():
            yield from self._first_words(word)
            return
        if not before.lstrip().startswith("/"):
            return
        resolved = resolve(before, self.session.tree)
        node = resolved.node
        if node is None or (resolved.rest.strip() and subcommands(node)):
            return
        children = subcommands(node)
        if children:
            yield from _matching(word, [c["name"] for c in children],
                                 {c["name"]: c.get("description", "") for c in children},
                                 then=" ")
            return
        specs = {o["name"]: o for o in leaf_options(node)}
        name, colon, value = word.partition(":")
        if colon and name in specs:
            yield from self._values(specs[name], value)
            return
        given = split_options(resolved.rest, list(specs))
        with contextlib.suppress(CommandLineError):
            assign_bare_text(" ".join(resolved.path), list(specs.values()), given)
        left = [n for n in specs if n not in given]
        yield from _matching(word, [f"{n}:" for n in left],
                             {f"{n}:": specs[n].get("description", "") for n in left})

    async def get_completions_async(self, document: Document, complete_event: CompleteEvent
                                    ) -> AsyncGenerator[Completion, None]:
        for completion in self.get_completions(document, complete_event):
            yield completion
        if not complete_event.completion_requested:
            return  # ask the bot only on Tab, not on every key
        async for completion in self._bot_suggestions(document):
            yield completion

    def _first_words(self, word: str) -> Iterable[Completion]:
        if word.startswith("#"):
            yield from _matching(word, ["#" + c for c in self.session.guild.channels], {})
            return
        commands = chat_commands(self.session.tree)
        names = [f"/{c['name']}" for c in commands] + list(CONSOLE_COMMANDS)
        meta = {f"/{c['name']}": c.get("description", "") for c in commands}
        yield from _matching(word if word.startswith("/") else "/" + word, names, meta,
                             replace=len(word), then=" ")

    def _values(self, spec: dict[str, Any], typed: str) -> Iterable[Completion]:
        guild = self.session.guild
        kind = spec["type"]
        if spec.get("choices"):
            values = [str(c["value"]) for c in spec["choices"]]
        elif kind == CHANNEL:
            values = ["#" + c for c in guild.channels]
        elif kind == BOOLEAN:
            values = ["true", "false"]
        elif kind in (USER, MENTIONABLE):
            values = ["@" + m.name for m in guild.members.values()]
        elif kind == ROLE:
            values = ["@" + r.lstrip("@") for r in guild.roles]
        else:
            return
        yield from _matching(typed, values, {}, then=" ")

    async def _bot_suggestions(self, document: Document) -> AsyncGenerator[Completion, None]:
        """Options with autocomplete ask the bot, as Discord does while typing."""
        word = document.get_word_before_cursor(WORD=True)
        text = document.text_before_cursor
        before = text[: len(text) - len(word)]
        resolved = resolve(before, self.session.tree)
        if resolved.node is None or subcommands(resolved.node):
            return
        specs = {o["name"]: o for o in leaf_options(resolved.node)}
        given = split_options(resolved.rest, list(specs))
        name, colon, value = word.partition(":")
        if colon and name in specs:
            focused, partial = name, value
        else:
            bare = given.pop("", None)
            wanted = [s for s in specs.values() if s.get("required") and s["name"] not in given]
            if bare is not None or not wanted or ":" in word:
                return
            focused, partial, name = wanted[0]["name"], word, ""
        if not specs[focused].get("autocomplete"):
            return
        others: dict[str, object] = {}
        for other, raw in given.items():
            if other and other != focused:
                try:
                    others[other] = typed_value(raw, specs[other], self.session.guild)
                except ValueError:
                    continue
        session = self.session
        try:
            choices = await session.fake.autocomplete(
                " ".join(resolved.path), focused, partial, others, guild=session.guild,
                channel=session.channel, user=session.user, timeout=AUTOCOMPLETE_TIMEOUT)
        except (TimeoutError, ValueError):
            return
        prefix = f"{name}:" if colon else ""
        for choice in choices:
            yield Completion(prefix + str(choice["value"]) + " ", start_position=-len(word),
                             display=str(choice["value"]),
                             display_meta=str(choice.get("name", "")))


def _matching(word: str, candidates: list[str], meta: dict[str, str], *,
              replace: int | None = None, then: str = "") -> Iterable[Completion]:
    """Candidates starting with what was typed; `then` follows a finished word (a space)."""
    lowered = word.lower()
    for candidate in candidates:
        if candidate.lower().startswith(lowered):
            yield Completion(candidate + then, start_position=-(len(word) if replace is None
                                                                else replace),
                             display=candidate, display_meta=meta.get(candidate, ""))
