"""One console session: typed lines become interactions on the stand-in, never cog calls."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from bot.console.commands import CommandLineError, help_text, parse_line
from bot.console.offline import SampleNews
from bot.console.view import TerminalView
from bot.sandbox import FakeDiscord, FakeGuild, FakeInteraction, FakeMember

TEXT_INPUT, ACTION_ROW, LABEL = 4, 1, 18
MODAL, DEFERRED = 9, 5
FINAL_TIMEOUT = 60.0
QUIT_WORDS = {"/quit", "/exit", "quit", "exit"}

Reader = Callable[[str], Awaitable[str | None]]


class ConsoleSession:
    def __init__(self, fake: FakeDiscord, guild: FakeGuild, user: FakeMember,
                 view: TerminalView, write: Callable[[str], None], *,
                 samples: SampleNews | None = None, channel: str = "general") -> None:
        self.fake = fake
        self.guild = guild
        self.user = user
        self.view = view
        self.read: Reader = _no_input  # the terminal's reader, once it exists
        self.write = write
        self.samples = samples
        self.channel = channel

    @property
    def tree(self) -> list[dict[str, Any]]:
        return self.fake.global_commands + self.fake.guild_commands.get(self.guild.id, [])

    @property
    def prompt(self) -> str:
        return f"#{self.channel} {self.user.name}> "

    async def handle(self, line: str) -> bool:
        """Run one typed line; False when the user asked to leave."""
        text = line.strip()
        word = text.split(maxsplit=1)[0].lower() if text else ""
        rest = text[len(word):].strip()
        try:
            if not text:
                return True
            if word in QUIT_WORDS:
                return False
            if text.startswith("#"):
                self._switch_channel(text)
            elif word in ("/help", "help"):
                self.write(help_text(self.tree, rest,
                                     permissions=self.user.guild_permissions()))
            elif word in ("/click", "click"):
                await self._click(rest)
            elif word == "/tick":
                self._tick()
            elif text.startswith("/"):
                await self._command(text)
            else:
                self.write("Commands start with / (try /help); #channel switches channel.")
        except CommandLineError as error:
            self.write(self.view.style.error(f"✗ {error}"))
        except ValueError as error:  # the stand-in refusing what Discord's client would too
            self.write(self.view.style.error(f"✗ {error}"))
        return True

    def _switch_channel(self, text: str) -> None:
        name = text.removeprefix("#").strip()
        if name not in self.guild.channels:
            raise CommandLineError(f"no channel #{name}; channels: "
                                   + ", ".join("#" + c for c in self.guild.channels))
        self.channel = name
        self.write(self.view.style.note(f"now in #{name}"))

    def _tick(self) -> None:
        if self.samples is None:
            raise CommandLineError("/tick releases sample news; start the console with --offline")
        self.samples.release_next()

    async def _command(self, text: str) -> None:
        typed = parse_line(text, self.tree, self.guild)
        interaction = await self.fake.invoke(typed.path, typed.options, guild=self.guild,
                                             channel=self.channel, user=self.user)
        await self._follow(interaction)

    async def _click(self, rest: str) -> None:
        match = re.fullmatch(r"(\d+)(?:\.(\d+(?:,\d+)*))?(?:\s+(.+))?", rest.strip())
        if match is None:
            raise CommandLineError("say which: click 2 (a button) or click 3.1 (a menu option)")
        number = int(match.group(1))
        clickable = self.view.clickables.get(number)
        if clickable is None:
            raise CommandLineError(f"no button [{number}] has been shown")
        message = self.fake.messages_by_id.get(clickable.message_id)
        if message is None or message.deleted:
            raise CommandLineError(f"the message with [{number}] is gone")
        current = next((c for c in message.buttons()
                        if c.get("custom_id") == clickable.custom_id), None)
        if current is None:
            raise CommandLineError(f"[{number}] is no longer on its message")
        values = self._menu_values(number, current, match.group(2), match.group(3))
        interaction = await self.fake.click(message, clickable.custom_id, user=self.user,
                                            values=values)
        await self._follow(interaction)

    @staticmethod
    def _menu_values(number: int, component: dict[str, Any], indexes: str | None,
                     typed: str | None) -> list[str] | None:
        if component.get("type") == 2:
            return None
        options = component.get("options") or []
        if indexes:
            picked = [int(i) for i in indexes.split(",")]
            if any(not 1 <= i <= len(options) for i in picked):
                raise CommandLineError(f"[{number}] has options {number}.1 to "
                                       f"{number}.{len(options)}")
            return [str(options[i - 1]["value"]) for i in picked]
        if typed:
            return [value.strip() for value in typed.split(",")]
        raise CommandLineError(f"[{number}] is a menu: click {number}.1 to pick its first option")

    async def _follow(self, interaction: FakeInteraction) -> None:
        """Wait until the user would see the outcome; the view prints the messages."""
        try:
            body = await interaction.response(self.fake.interaction_deadline + 0.5)
        except TimeoutError:
            self.write(self.view.style.error(
                "✗ Storyline did not answer in time (Discord shows: "
                "'The application did not respond')"))
            return
        kind = int(body["type"])
        if kind == MODAL:
            await self._fill_modal(interaction, body.get("data") or {})
        elif kind in (4, DEFERRED, 7):
            try:
                await interaction.final(FINAL_TIMEOUT)
            except TimeoutError:
                self.write(self.view.style.dim("  (still working; the answer appears when ready)"))

    async def _fill_modal(self, shown_by: FakeInteraction, modal: dict[str, Any]) -> None:
        style = self.view.style
        self.write(style.header(f"\n▣ {modal.get('title', 'Form')}")
                   + style.dim("  (fill in each field; Ctrl-D cancels)"))
        values: dict[str, str] = {}
        for label, field in _text_inputs(modal.get("components") or []):
            prefill = field.get("value") or ""
            hint = f" [{prefill}]" if prefill else ""
            answer = await self.read(f"  {label}{hint}: ")
            if answer is None:
                self.write(self.view.style.dim("  form cancelled"))
                return
            values[field["custom_id"]] = answer or prefill
        submitted = await self.fake.submit_modal(shown_by, values, user=self.user)
        await self._follow(submitted)


async def _no_input(_prompt: str) -> str | None:
    return None


def _text_inputs(components: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    for component in components:
        kind = component.get("type")
        if kind == TEXT_INPUT:
            found.append((component.get("label") or component["custom_id"], component))
        elif kind == ACTION_ROW:
            found += _text_inputs(component.get("components") or [])
        elif kind == LABEL and isinstance(component.get("component"), dict):
            inner = component["component"]
            if inner.get("type") == TEXT_INPUT:
                found.append((component.get("label") or inner["custom_id"], inner))
    return found
