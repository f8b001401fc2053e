"""Command line: `storyline [run|migrate|console|brief|stories]`, one argparse tree.

Every subcommand is a parser in the same tree, so `storyline --help` names them all and
`storyline <command> --help` shows each one's options. Commands that live in their own
module (console, brief, stories) lend the tree their parser and receive their arguments.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Callable

from dotenv import load_dotenv

from bot import __version__
from bot.config import Settings, load_settings
from bot.failures import exit_code_of, explained_database_errors
from bot.logs import configure_logging
from bot.runner import run_bot

Command = Callable[[argparse.Namespace, list[str]], int]


def _load(require_token: bool) -> Settings:
    load_dotenv(override=False)
    return load_settings(require_token=require_token)


def _command_run(_args: argparse.Namespace, _argv: list[str]) -> int:
    load_dotenv(override=False)
    if not os.environ.get("DISCORD_TOKEN", "").strip() and sys.stdin.isatty():
        # A newcomer without a bot token yet: show the real bot in the local sandbox.
        print("storyline: DISCORD_TOKEN is not set, so starting the local console instead "
              "(see README, 'Create the Discord application and token', to run on Discord).",
              file=sys.stderr)
        from bot.console import console_main

        return console_main([])
    settings = _load(require_token=True)
    configure_logging(settings.log_level, settings.log_format)
    return asyncio.run(run_bot(settings))


def _command_migrate(_args: argparse.Namespace, _argv: list[str]) -> int:
    from bot.storage.database import Database

    settings = _load(require_token=False)
    configure_logging(settings.log_level, settings.log_format)

    async def migrate() -> int:
        db = Database.connect(settings.database_url)
        try:
            async with explained_database_errors(settings.database_url):
                applied = await db.migrate()
                revision = await db.current_revision()
        finally:
            await db.close()
        print(f"{db.backend}: applied {', '.join(applied) if applied else 'nothing'}; "
              f"schema at {revision}")
        return 0

    return asyncio.run(migrate())


def _command_console(_args: argparse.Namespace, argv: list[str]) -> int:
    from bot.console import console_main

    load_dotenv(override=False)
    return console_main(argv)


def _command_stories(_args: argparse.Namespace, argv: list[str]) -> int:
    from bot.stories.cli import stories_main

    return stories_main(argv)


def _command_brief(_args: argparse.Namespace, argv: list[str]) -> int:
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


def _delegated_parsers() -> dict[str, tuple[argparse.ArgumentParser, str, Command]]:
    """The subcommands whose options their own module declares."""
    from bot.analysis.cli import _parser as brief_parser
    from bot.console import build_parser as console_parser
    from bot.stories.cli import build_parser as stories_parser

    return {
        "console": (console_parser(), "try the bot without Discord, in a terminal",
                    _command_console),
        "brief": (brief_parser(), "summary, quotes, entities and deadlines of one article",
                  _command_brief),
        "stories": (stories_parser(), "group articles (JSON lines) into stories, offline",
                    _command_stories),
    }


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storyline", description="Storyline: a Discord bot that follows developing "
        "news stories. Without a command it runs the bot.")
    parser.add_argument("--version", action="version", version=f"storyline {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="command", title="commands")
    sub.add_parser("run", help="run the bot (the default)",
                   description="Run the bot on Discord (DISCORD_TOKEN from the environment "
                   "or .env).").set_defaults(func=_command_run)
    sub.add_parser("migrate", help="apply database migrations",
                   description="Upgrade the database at DATABASE_URL to the newest "
                   "schema.").set_defaults(func=_command_migrate)
    for name, (own, summary, command) in _delegated_parsers().items():
        # The module's parser is the parent: its options (and -h) become this subcommand's.
        child = sub.add_parser(name, parents=[own], add_help=False, help=summary,
                               description=own.description, epilog=own.epilog,
                               formatter_class=own.formatter_class)
        child.set_defaults(func=command)
    return parser


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(args_list)
    func: Command = getattr(args, "func", _command_run)
    # A delegated command gets the words after its name, as its own module expects.
    rest = args_list[args_list.index(args.command) + 1:] if args.command else []
    return exit_code_of("storyline", lambda: int(func(args, rest)), interrupted=0)
