"""What the user sees: every message the bot creates, edits or deletes, printed as it happens."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.console.render import component_lines, embed_box, inline_markdown, wrap
from bot.sandbox import FakeDiscord, FakeGuild, FakeMessage
from bot.sandbox.messages import Upload

LOADING = 1 << 7
MAX_WIDTH = 88

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Clickable:
    message_id: int
    custom_id: str
    component: dict[str, Any]


class Styles:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def _wrap(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.enabled else text

    def header(self, text: str) -> str:
        return self._wrap("1", text)

    def dim(self, text: str) -> str:
        return self._wrap("2", text)

    def note(self, text: str) -> str:
        return self._wrap("36", text)

    def error(self, text: str) -> str:
        return self._wrap("31", text)


class TerminalView:
    """Listens to the stand-in (FakeDiscord.message_listeners) and prints each change."""

    def __init__(self, fake: FakeDiscord, guild: FakeGuild, write: Callable[[str], None], *,
                 color: bool, files_dir: Path | None = None) -> None:
        self.fake = fake
        # Where uploaded pictures (coverage charts) are saved so the user can open them.
        self.files_dir = files_dir
        self.guild = guild
        self.write = write
        self.style = Styles(color)
        self.clickables: dict[int, Clickable] = {}
        self._numbers: dict[tuple[int, str], int] = {}
        self._shown: set[int] = set()

    @property
    def width(self) -> int:
        return min(MAX_WIDTH, max(40, shutil.get_terminal_size((80, 24)).columns - 2))

    def on_message(self, message: FakeMessage) -> None:
        # Called inside the stand-in's request handling: a drawing bug must not turn into
        # a failed Discord request for the bot.
        try:
            self._show(message)
        except Exception as error:
            log.exception("could not draw message %s", message.id)
            self.write(self.style.error(f"  (could not draw a message: {error})"))

    def _show(self, message: FakeMessage) -> None:
        if message.guild_id not in (None, self.guild.id):
            return
        if message.deleted:
            self.write(self.style.dim(f"  (a message in #{self._channel(message)} was deleted)"))
            return
        first_time = message.id not in self._shown
        self._shown.add(message.id)
        if message.loading:
            self.write(self.style.dim("  Storyline is thinking…"))
            return
        was_thinking = bool(message.history) and bool(message.history[-1]["flags"] & LOADING)
        if first_time or was_thinking:
            self.write("\n".join(self.render(message, updated=False)))
        else:
            self.write("\n".join(self.render(message, updated=True)))

    def render(self, message: FakeMessage, *, updated: bool) -> list[str]:
        lines = ["", self._header(message, updated)]
        width = self.width
        if message.content:
            lines += wrap(inline_markdown(message.content, self.guild), width)
        for embed in message.embeds:
            lines += embed_box(embed, width, self.guild)
        lines += component_lines(message.components, lambda c: self._number(message, c),
                                 width, self.guild)
        lines += [self._attachment_line(message, upload) for upload in message.attachments]
        return lines

    def _attachment_line(self, message: FakeMessage, upload: Upload) -> str:
        size = upload.image_size
        line = (f"[image: {upload.filename} {size[0]}×{size[1]}]" if size
                else f"[file: {upload.filename}]")
        if self.files_dir is None or not upload.data:
            return line
        path = self.files_dir / f"{message.id}-{Path(upload.filename).name}"
        try:
            self.files_dir.mkdir(parents=True, exist_ok=True)
            path.write_bytes(upload.data)
        except OSError as error:
            return f"{line} (not saved: {error.strerror})"
        return f"{line} saved as {path}"

    def _header(self, message: FakeMessage, updated: bool) -> str:
        when = datetime.now().strftime("%H:%M")
        where = f"#{self._channel(message)}"
        if message.interaction_id is not None:
            interaction = self.fake.interactions.by_id.get(message.interaction_id)
            command = _command_label(interaction.payload) if interaction else ""
            text = f"{where} · Storyline · reply to {command}".rstrip()
        elif message.webhook_id is not None:
            # Posted as the outlet through a webhook: its name, as Discord shows it.
            text = f"{where} · {message.author.get('username', 'webhook')} (via Storyline)"
        else:
            text = f"{where} · Storyline"
        text += f" · {when}"
        if updated:
            text = f"✎ updated: {text}"
        if message.ephemeral:
            text += " · only you can see this"
        return self.style.header(text)

    def _channel(self, message: FakeMessage) -> str:
        channel = self.fake.channels_by_id.get(message.channel_id)
        return channel.name if channel else str(message.channel_id)

    def _number(self, message: FakeMessage, component: dict[str, Any]) -> int:
        key = (message.id, str(component.get("custom_id")))
        if key not in self._numbers:
            self._numbers[key] = len(self._numbers) + 1
        number = self._numbers[key]
        self.clickables[number] = Clickable(message.id, key[1], component)
        return number


def _command_label(payload: dict[str, Any]) -> str:
    data = payload.get("data") or {}
    if payload.get("type") == 3:
        return "a button"
    if payload.get("type") == 5:
        return "a form"
    words = [data.get("name", "")]
    options = data.get("options") or []
    while options and options[0].get("type") in (1, 2):
        words.append(options[0]["name"])
        options = options[0].get("options") or []
    return "/" + " ".join(w for w in words if w)
