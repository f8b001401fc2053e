"""Command line: `storyline [run|migrate|console|brief|stories]`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys

from dotenv import load_dotenv

from bot.config import ConfigError, Settings, load_settings
from bot.runner import EXIT_CONFIG, run_bot


def _configure_logging(level: str) -> None:
    logging.basicConfig(level=level,
                        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    # discord.py's gateway chatter is noise at INFO.
    logging.getLogger("discord").setLevel(max(logging.getLevelName(level), logging.WARNING))


def _load(require_token: bool) -> Settings:
    load_dotenv(override=False)
    return load_settings(require_token=require_token)


def _command_run(_args: argparse.Namespace) -> int:
    load_dotenv(override=False)
    if not os.environ.get("DISCORD_TOKEN", "").strip() and sys.stdin.isatty():
        # A newcomer without a bot token yet: show the real bot in the local sandbox.
        print("storyline: DISCORD_TOKEN is not set, so starting the local console instead "
              "(see README, 'Create the Discord application and token', to run on Discord).",
              file=sys.stderr)
        from bot.console import console_main

        return console_main([])
    settings = _load(require_token=True)
    _configure_logging(settings.log_level)
    return asyncio.run(run_bot(settings))


def _command_migrate(_args: argparse.Namespace) -> int:
    from bot.storage.database import Database

    settings = _load(require_token=False)
    _configure_logging(settings.log_level)

    async def migrate() -> int:
        db = Database.connect(settings.database_url)
        try:
            applied = await db.migrate()
            revision = await db.current_revision()
        finally:
            await db.close()
        print(f"{db.backend}: applied {', '.join(applied) if applied else 'nothing'}; "
              f"schema at {revision}")
        return 0

    return asyncio.run(migrate())


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="storyline", description="Storyline news bot")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="run the bot (the default)").set_defaults(func=_command_run)
    sub.add_parser("migrate", help="apply database migrations").set_defaults(
        func=_command_migrate)
    return parser


EXTERNAL_COMMANDS = {
    "stories": ("bot.stories.cli", "stories_main"),
    "console": ("bot.console", "console_main"),
}


def _command_brief(argv: list[str]) -> int:
    """`storyline brief <url or file>`: pages are fetched like /summarize fetches them."""
    from bot.analysis.cli import BriefInputError, brief_main
    from bot.articles.service import BriefError, fetch_page
    from bot.net.http import build_http_client

    settings = _load(require_token=False)

    async def fetch(url: str) -> tuple[bytes, str]:
        web = build_http_client(settings)
        try:
            body, content_type, _final = await fetch_page(web, url)
            return body, content_type
        except BriefError as error:
            raise BriefInputError(str(error)) from None
        finally:
            await web.close()

    return brief_main(argv, fetch)


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    if args_list and args_list[0] == "brief":
        try:
            return _command_brief(args_list[1:])
        except ConfigError as error:
            print(f"storyline: configuration error: {error}", file=sys.stderr)
            return EXIT_CONFIG
    if args_list and args_list[0] in EXTERNAL_COMMANDS:
        import importlib

        module_name, function = EXTERNAL_COMMANDS[args_list[0]]
        load_dotenv(override=False)
        return int(getattr(importlib.import_module(module_name), function)(args_list[1:]))
    args = _build_parser().parse_args(args_list)
    func = getattr(args, "func", _command_run)
    try:
        return int(func(args))
    except ConfigError as error:
        print(f"storyline: configuration error: {error}", file=sys.stderr)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 0
