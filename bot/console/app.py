"""Start the stand-in, the simulated server and the real bot; run the read-eval-print loop."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot import __version__
from bot.client import StorylineBot
from bot.config import Settings, ensure_sqlite_directory, load_settings, switch_value
from bot.console.completion import ConsoleCompleter
from bot.console.offline import SampleNews
from bot.console.session import ConsoleSession
from bot.console.terminal import line_input, write_line
from bot.console.view import TerminalView
from bot.failures import explained_database_errors
from bot.runner import start_until_ready
from bot.sandbox import FakeDiscord, FakeGuild, FakeMember
from bot.storage import guilds
from bot.storage.database import Database

CONSOLE_DATABASE_URL = "sqlite+aiosqlite:///./data/console.db"
READY_TIMEOUT = 60.0
EXIT_OK, EXIT_CONFIG, EXIT_FAILED = 0, 2, 1

# The simulated server keeps the same ids in every session, so what the database remembers
# about it (settings, feeds and their channels) still applies the next time.
_BASE = 1_300_000_000_000_000_000
GUILD_ID, OWNER_ID, MEMBER_ID = _BASE + 1, _BASE + 2, _BASE + 3
CHANNELS = ("news", "general")
CHANNEL_IDS = (_BASE + 11, _BASE + 12)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConsoleOptions:
    member: bool = False
    offline: bool = False
    database_url: str | None = None
    release_every: float = 0.0
    verbose: bool = False


class ConsoleBot(StorylineBot):
    """The real bot; only command syncing differs. The stand-in starts empty each session,
    so commands are always synced to it, and the "already synced" mark real Discord relies
    on is left untouched (a console run must not stop the next real run from syncing)."""

    async def sync_commands(self, *, force: bool = False) -> bool:
        await self.tree.sync()
        return True


def build_world(fake: FakeDiscord) -> tuple[FakeGuild, FakeMember]:
    guild = fake.add_guild("Storyline Console", channels=CHANNELS, owner_name="you",
                           guild_id=GUILD_ID, owner_id=OWNER_ID, channel_ids=CHANNEL_IDS)
    member = guild.add_member("member", member_id=MEMBER_ID)
    return guild, member


def console_environment(fake: FakeDiscord, options: ConsoleOptions, base: Mapping[str, str],
                        samples: SampleNews | None) -> dict[str, str]:
    env = dict(base)
    env.update(DISCORD_TOKEN=fake.token, DISCORD_API_BASE=fake.api_base,
               DISCORD_GATEWAY_URL=fake.gateway_url, DEV_GUILD_ID="")
    env["DATABASE_URL"] = (options.database_url or base.get("DATABASE_URL", "").strip()
                           or CONSOLE_DATABASE_URL)
    if samples is not None:
        # Only the sample server is let through; every other address is checked as usual.
        own = "127.0.0.1/32"
        current = base.get("ALLOW_PRIVATE_URLS", "").strip()
        if switch_value(current) is not True:
            has_list = any(ch in current for ch in "/.:")
            env["ALLOW_PRIVATE_URLS"] = f"{current},{own}" if has_list else own
        # Local sample feeds are cheap to poll, so new items show within seconds.
        env.update(FEED_INTERVAL_MIN="1", FEED_INTERVAL_DEFAULT="2")
        # Offline means no request leaves the machine: news search asks the sample server.
        env.update(SEARCH_GOOGLE_NEWS="true", SEARCH_GOOGLE_NEWS_URL=samples.search_url,
                   SEARCH_GDELT="false", DEFAULT_WORLD_FEEDS="false",
                   # The sample search is local too: a followed topic sees each batch soon
                   # (searched every few seconds, never answered from a cache).
                   FOLLOW_SEARCH_EVERY="5", SEARCH_CACHE_SECONDS="0")
    return env


async def other_servers_in(database_url: str) -> int:
    """Servers other than the console's in this database: the console would poll their
    feeds and try to deliver their posts into the sandbox, failing their channels."""
    db = Database.connect(database_url)
    try:
        async with explained_database_errors(database_url):
            await db.migrate()
        total = await guilds.count_guilds(db)
        mine = await guilds.get_guild(db, GUILD_ID)
        return total - (1 if mine is not None and mine.left_at is None else 0)
    finally:
        await db.close()


async def settings_with_safe_database(fake: FakeDiscord, options: ConsoleOptions,
                                       samples: SampleNews | None) -> Settings | None:
    """Settings whose database holds no real bot's servers. A DATABASE_URL from the
    environment that does is swapped for the console's own file; an explicit
    --database-url that does is refused (None)."""
    environ = dict(os.environ)
    settings = load_settings(console_environment(fake, options, environ, samples))
    ensure_sqlite_directory(settings.database_url)
    others = await other_servers_in(settings.database_url)
    if not others:
        return settings
    problem = (f"{settings.database_url} holds {others} server(s) of a real bot, whose feeds "
               "the console would poll and whose channels it would fail")
    if options.database_url:
        print(f"storyline console: {problem}; choose a separate database.", file=sys.stderr)
        return None
    write_line(f"Note: {problem}, so the console uses {CONSOLE_DATABASE_URL} instead "
               "(--database-url chooses another).")
    environ["DATABASE_URL"] = CONSOLE_DATABASE_URL
    settings = load_settings(console_environment(fake, options, environ, samples))
    ensure_sqlite_directory(settings.database_url)
    if await other_servers_in(settings.database_url):
        print(f"storyline console: {CONSOLE_DATABASE_URL} holds servers of a real bot too; "
              "choose a separate database with --database-url.", file=sys.stderr)
        return None
    return settings


def _configure_logging(verbose: bool) -> None:
    class ToCurrentStderr(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            print(self.format(record), file=sys.stderr, flush=True)

    handler = ToCurrentStderr()
    handler.setFormatter(logging.Formatter("  [log] %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    # The gateway and HTTP chatter of discord.py against the stand-in is noise here.
    logging.getLogger("discord").setLevel(logging.INFO if verbose else logging.ERROR)


async def run_console(options: ConsoleOptions) -> int:
    _configure_logging(options.verbose)
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    color = interactive and not os.environ.get("NO_COLOR")
    fake = FakeDiscord()
    await fake.start()
    samples: SampleNews | None = None
    bot: ConsoleBot | None = None
    task: asyncio.Task[None] | None = None
    try:
        guild, member = build_world(fake)
        user = member if options.member else guild.owner
        if options.offline:
            samples = SampleNews(write_line, release_every=options.release_every)
            await samples.start()
        settings = await settings_with_safe_database(fake, options, samples)
        if settings is None:
            return EXIT_CONFIG
        try:
            bot, task = await _start_bot(settings)
        except Exception as error:
            log.debug("start failed", exc_info=True)
            print(f"storyline console: the bot could not start: {error}", file=sys.stderr)
            return EXIT_FAILED
        view = TerminalView(fake, guild, write_line, color=color,
                            files_dir=console_files_dir(settings.database_url))
        fake.message_listeners.append(view.on_message)
        stopped = await _loop(fake, guild, user, view, samples, settings, task,
                              interactive=interactive)
        return EXIT_FAILED if stopped else EXIT_OK
    finally:
        if bot is not None:
            await bot.close()
        if task is not None:
            await asyncio.gather(task, return_exceptions=True)
        if samples is not None:
            await samples.close()
        await fake.close()


def console_files_dir(database_url: str) -> Path:
    """Pictures the bot uploads are saved beside the console's SQLite file (./data/files
    for the default), or under ./data/files with another database."""
    if database_url.startswith("sqlite") and ":///" in database_url:
        path = database_url.split(":///", 1)[1]
        if path and path != ":memory:":
            return Path(path).expanduser().parent / "files"
    return Path("data") / "files"


async def _start_bot(settings: Settings) -> tuple[ConsoleBot, asyncio.Task[None]]:
    bot = ConsoleBot(settings, guild_ready_timeout=0.1)
    return bot, await start_until_ready(bot, READY_TIMEOUT)


async def _loop(fake: FakeDiscord, guild: FakeGuild, user: FakeMember, view: TerminalView,
                samples: SampleNews | None, settings: Settings, bot_task: asyncio.Task[None],
                *, interactive: bool) -> bool:
    """Read and run lines until the user leaves (False) or the bot stops by itself (True)."""
    session = ConsoleSession(fake, guild, user, view, write_line, samples=samples)
    for line in _banner(guild, user, samples, settings):
        write_line(line)
    async with line_input(lambda: ConsoleCompleter(session), interactive=interactive) as reader:
        session.read = reader.read
        while True:
            reading = asyncio.create_task(reader.read(session.prompt))
            await asyncio.wait({reading, bot_task}, return_when=asyncio.FIRST_COMPLETED)
            if bot_task.done():
                reading.cancel()
                await asyncio.gather(reading, return_exceptions=True)
                problem = None if bot_task.cancelled() else bot_task.exception()
                write_line(f"Storyline stopped by itself: {problem or 'no error given'}")
                return True
            typed = reading.result()
            if typed is None or not await session.handle(typed):
                break
        write_line("Stopping Storyline…")
    return False


def _banner(guild: FakeGuild, user: FakeMember, samples: SampleNews | None,
            settings: Settings) -> list[str]:
    role = ("a member without Manage Server" if not user.is_owner
            else "the server owner (admin)")
    channels = " ".join("#" + c for c in guild.channels)
    lines = [
        f"Storyline {__version__} console — the real bot against a local Discord stand-in.",
        f"Server {guild.name!r} with {channels}; you are @{user.name}, {role}.",
        f"Database: {settings.database_url}",
        "Type /help for commands, Tab to complete, #news to switch channel, Ctrl-D to quit.",
    ]
    if samples is not None:
        lines += samples.describe()
    else:
        lines.append("Feeds and pages come from the real web; with no network, "
                     "`storyline console --offline` serves built-in sample news.")
    return lines
