"""`storyline console`: the real bot, its cogs and discord.py client, against a local Discord
stand-in, driven from the terminal. `--offline` adds sample news served from 127.0.0.1."""

from __future__ import annotations

import argparse
import asyncio

from bot.failures import exit_code_of

__all__ = ["build_parser", "console_main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storyline console",
        description="Try Storyline without Discord: a simulated server (#news, #general) "
        "where you type slash commands and see the bot's replies and posts.")
    parser.add_argument("--member", action="store_true",
                        help="act as a member without Manage Server instead of the owner")
    parser.add_argument("--offline", action="store_true",
                        help="serve built-in sample feeds and articles from 127.0.0.1 "
                        "instead of reaching the web")
    parser.add_argument("--database-url", metavar="URL",
                        help="database to use (default: DATABASE_URL, else "
                        "sqlite+aiosqlite:///./data/console.db)")
    parser.add_argument("--release-every", type=float, default=45.0, metavar="SECONDS",
                        help="with --offline: publish the next batch of sample news this "
                        "often (0: only on /tick; default 45)")
    parser.add_argument("--verbose", action="store_true", help="show the bot's INFO logs")
    return parser


def console_main(argv: list[str]) -> int:
    from bot.console.app import ConsoleOptions, run_console

    args = build_parser().parse_args(argv)
    options = ConsoleOptions(member=args.member, offline=args.offline,
                             database_url=args.database_url,
                             release_every=max(0.0, args.release_every),
                             verbose=args.verbose)
    return exit_code_of("storyline console", lambda: asyncio.run(run_console(options)),
                        interrupted=130)
