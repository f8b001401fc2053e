"""`storyline console` as a person uses it: a real process under a pseudo-terminal (or pipes),
running the real bot against the local Discord stand-in, with a temporary database."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pexpect
import pytest

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT = 45  # importing the bot and migrating a new database on a busy 2-core box
ANSWER_TIMEOUT = 20
ADMIN_PROMPT = "#general you>"


def console_environment() -> dict[str, str]:
    # Nothing from the developer's own bot setup may leak into the sandbox under test.
    env = {k: v for k, v in os.environ.items()
           if k not in ("DATABASE_URL", "DISCORD_TOKEN", "ALLOW_PRIVATE_URLS", "DEV_GUILD_ID")}
    # The test terminal does not answer cursor-position queries; colours would only add noise.
    env.update(NO_COLOR="1", PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm")
    # Tests reach nothing but loopback, also without --offline.
    env.update(DEFAULT_WORLD_FEEDS="false", SEARCH_GOOGLE_NEWS="false", SEARCH_GDELT="false")
    return env


def database_args(path: Path) -> list[str]:
    return ["--database-url", f"sqlite+aiosqlite:///{path}"]


class Console:
    """One console process under a pseudo-terminal."""

    def __init__(self, database: Path, *options: str) -> None:
        self.child = pexpect.spawn(
            sys.executable, ["-m", "bot.console", *database_args(database), *options],
            cwd=str(REPO), env=console_environment(), encoding="utf-8",
            dimensions=(50, 110), timeout=ANSWER_TIMEOUT)
        self.prompt = re.escape(ADMIN_PROMPT)
        self.banner = self.expect(self.prompt, timeout=START_TIMEOUT)
        self.at_prompt = True

    def expect(self, pattern: str, timeout: float = ANSWER_TIMEOUT) -> str:
        """Everything printed up to and including the first match of the regex."""
        try:
            self.child.expect(pattern, timeout=timeout)
        except (pexpect.TIMEOUT, pexpect.EOF):
            raise AssertionError(f"never saw {pattern!r}; the terminal showed:\n"
                                 f"{self.child.before}") from None
        self.at_prompt = False
        return str(self.child.before) + str(self.child.after)

    def _wait_for_prompt(self) -> None:
        # Keys pressed before the prompt is back reach a terminal not yet in raw mode,
        # where Ctrl-D means something else; a person waits for the prompt too.
        if not self.at_prompt:
            self.expect(self.prompt)
        self.at_prompt = False

    def type(self, line: str, *, enter: bool = True) -> None:
        self._wait_for_prompt()
        self.child.send(line + ("\r" if enter else ""))

    def keys(self, keys: str) -> None:
        """Keys pressed in the middle of a line (Tab included), without waiting."""
        self.child.send(keys)

    def press_ctrl_d(self) -> int:
        self._wait_for_prompt()
        self.child.sendcontrol("d")
        self.child.expect(pexpect.EOF, timeout=START_TIMEOUT)
        self.child.close()
        return int(self.child.exitstatus if self.child.exitstatus is not None else -1)

    def kill(self) -> None:
        if self.child.isalive():
            self.child.terminate(force=True)


@pytest.fixture
def consoles() -> Iterator[list[Console]]:
    started: list[Console] = []
    yield started
    for console in started:
        console.kill()


def test_setting_shown_kept_after_ctrl_d_and_restart(tmp_path: Path,
                                                     consoles: list[Console]) -> None:
    database = tmp_path / "console.db"
    console = Console(database)
    consoles.append(console)
    assert "#news" in console.banner and "#general" in console.banner
    # Tab completes the command, then the subcommand, then asks the bot for a zone.
    console.type("/settin", enter=False)
    console.expect("Configure Storyline for this server")  # the completion menu
    console.keys("\t")
    console.keys("tim")
    console.expect("Timezone for dates, digests and reminders")
    console.keys("\t")
    console.keys("Europe/Ky")
    console.expect("Europe/Ky")
    console.keys("\t")
    console.expect("iv")  # the bot's autocomplete answer finished the word
    console.keys("\r")
    console.expect("Timezone set to Europe/Kyiv")
    console.type("/settings show")
    shown = console.expect(r"Timezone: Europe/Kyiv")
    assert "reply to /settings show" in shown and "only you can see this" in shown
    assert console.press_ctrl_d() == 0

    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)

    again = Console(database)
    consoles.append(again)
    again.type("/settings reset")
    question = again.expect(r"\[1\] Delete everything  \[2\] Cancel")
    assert "Are you sure?" in question
    again.type("click 2")
    again.expect(r"✎ updated: #general · Storyline · reply to /settings reset[^\n]*\s+"
                 r"Nothing was deleted")
    again.type("/settings show")
    again.expect(r"Timezone: Europe/Kyiv")
    assert again.press_ctrl_d() == 0


def test_member_without_manage_server_is_refused(tmp_path: Path) -> None:
    # Piped input: the console falls back to plain line reading when stdin is no terminal.
    result = subprocess.run(
        [sys.executable, "-m", "bot.console", "--member", *database_args(tmp_path / "m.db")],
        input="/help\n/settings timezone Europe/Kyiv\n/settings show\n", capture_output=True,
        text=True, cwd=REPO, env=console_environment(), timeout=START_TIMEOUT + 30)
    assert result.returncode == 0, result.stderr
    assert "a member without Manage Server" in result.stdout
    assert result.stdout.count("You need the Manage Server permission") == 2, result.stdout
    assert "Timezone set" not in result.stdout
    assert re.search(r"/settings timezone zone:.*\[hidden for you\]", result.stdout)


def sample_feeds(banner: str) -> dict[str, str]:
    return dict(re.findall(r"^\s+(Lanterna Courier|Northshore Daily|Harbour Radio News)\s+"
                           r"(http://127\.0\.0\.1:\d+/\S+)", banner, re.MULTILINE))


def test_offline_feed_added_then_new_sample_news_is_posted(tmp_path: Path,
                                                           consoles: list[Console]) -> None:
    console = Console(tmp_path / "offline.db", "--offline", "--release-every", "0")
    consoles.append(console)
    feeds = sample_feeds(console.banner)
    assert len(feeds) == 3, console.banner
    console.type(f"/feed add {feeds['Lanterna Courier']} channel:#news")
    console.expect(r"Added Lanterna Courier")
    console.type("/tick")
    # The post is the bot's own, in #news, boxed: not the /tick notice that names the item.
    console.expect(r"#news · Storyline · \d\d:\d\d\s+╭─+╮\s+│ Lanterna Courier\s+│\s+"
                          r"│ Saltmarsh Bridge closed after inspectors find cracks")
    assert console.press_ctrl_d() == 0


def test_followed_topic_gets_a_story_post_that_grows(tmp_path: Path,
                                                     consoles: list[Console]) -> None:
    console = Console(tmp_path / "story.db", "--offline", "--release-every", "0")
    consoles.append(console)
    for url in sample_feeds(console.banner).values():
        console.type(f"/feed add {url} channel:#general")
        console.expect(r"Added ")
    console.type("/follow add Saltmarsh Bridge channel:#news")
    console.expect(r"Following Saltmarsh Bridge")
    console.type("/tick")  # one outlet reports the closure
    console.expect(r"#news · Storyline · \d\d:\d\d[^\n]*\n(?:(?!#general)[^\n]*\n){0,12}"
                   r"[^\n]*Saltmarsh", timeout=40)
    console.type("/tick")  # two more outlets report it: the same post grows
    # A grown post carries the pages' quotes and deadlines too: its box can run 30 lines.
    grown = console.expect(r"✎ updated: #news · Storyline[^\n]*\n(?:[^\n]*\n){0,40}?"
                           r"[^\n]*\[(\d+)\] Full coverage", timeout=40)
    number = re.findall(r"\[(\d+)\] Full coverage", grown)[-1]
    console.type(f"click {number}")
    shown = console.expect(r"\[image: coverage\.png 800×400\] saved as (\S+\.png)", timeout=40)
    saved = Path(re.findall(r"saved as (\S+\.png)", shown)[-1])
    saved = saved if saved.is_absolute() else REPO / saved
    assert saved.parent == tmp_path / "files"
    assert saved.read_bytes().startswith(b"\x89PNG")
    assert console.press_ctrl_d() == 0

