"""Run the bot until SIGINT/SIGTERM, then stop cleanly."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys

import discord

from bot.client import StorylineBot, build_bot
from bot.config import Settings
from bot.failures import StartupError, check_database, network_failure

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_CONFIG = 2


async def run_bot(settings: Settings) -> int:
    # Storage before Discord: a database that cannot be used is named before any login.
    await check_database(settings.database_url)
    bot = build_bot(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    connect = (bot.start(settings.discord_token) if bot.has_gateway
               else work_without_gateway(bot))
    runner = asyncio.create_task(connect, name="discord-client")
    stopper = asyncio.create_task(stop.wait(), name="stop-signal")
    try:
        await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if stopper.done():
            log.info("stopping on signal")
            return EXIT_OK
        return _exit_code_for(runner, settings)
    finally:
        stopper.cancel()
        await bot.close()
        if not runner.done():
            runner.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await runner


async def work_without_gateway(bot: StorylineBot) -> None:
    """A worker process: REST only (posts are sent through discord.py's HTTP client),
    no gateway connection, so it answers no interactions. Runs until cancelled."""
    await bot.login(bot.settings.discord_token)
    await asyncio.Event().wait()


async def start_until_ready(bot: StorylineBot, timeout: float) -> asyncio.Task[None]:
    """Log in and connect in the background; return once the guild cache is ready.
    Raises what stopped the client, or TimeoutError."""
    task = asyncio.create_task(bot.start(bot.settings.discord_token), name="storyline-bot")
    ready = asyncio.create_task(bot.wait_until_ready())
    done, _ = await asyncio.wait({task, ready}, timeout=timeout,
                                 return_when=asyncio.FIRST_COMPLETED)
    if ready not in done:
        ready.cancel()
        await bot.close()
        if task.done() and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]
        raise TimeoutError(f"the bot was not ready within {timeout:g} s")
    return task


def _exit_code_for(runner: asyncio.Task[None], settings: Settings) -> int:
    error = runner.exception()
    if error is None:
        return EXIT_OK
    if isinstance(error, StartupError):
        print(f"storyline: {error.failure.message}", file=sys.stderr)
        return error.failure.exit_code
    unreachable = network_failure(error, settings.discord_api_base)
    if unreachable is not None:
        print(f"storyline: {unreachable.message}", file=sys.stderr)
        return unreachable.exit_code
    if isinstance(error, discord.LoginFailure):
        print("storyline: Discord rejected DISCORD_TOKEN (401 Unauthorized); copy the token "
              "again from the developer portal's Bot page.", file=sys.stderr)
        return EXIT_CONFIG
    if isinstance(error, discord.PrivilegedIntentsRequired):
        print("storyline: Discord refused a privileged intent; Storyline needs none, "
              "so this build asks for too much.", file=sys.stderr)
        return EXIT_FAILURE
    log.error("the bot stopped with an error", exc_info=error)
    print(f"storyline: stopped: {error}", file=sys.stderr)
    return EXIT_FAILURE
