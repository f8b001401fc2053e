"""`storyline brief <url or file> [--published ISO] [--json]`: a Brief without Discord."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from bot.analysis.brief import MAX_SUMMARY_SENTENCES, MIN_SUMMARY_SENTENCES, Brief, analyse
from bot.analysis.extract import NotArticleError, extract_article

# The lead wires the real fetcher (shared session, address checks, size and time caps).
Fetch = Callable[[str], Coroutine[Any, Any, tuple[bytes, str]]]

_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class BriefInputError(Exception):
    """Input the command cannot turn into an article; the message is for the operator."""


def _parse_published(value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {value!r}") from error
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storyline brief",
        description="Summary, quotes with speakers, people/organisations/places and "
        "deadlines of one article (a URL, an .html file or a plain-text file).",
    )
    parser.add_argument("source", help="http(s) URL, .html/.htm file, or plain-text file")
    parser.add_argument(
        "--published",
        type=_parse_published,
        help="publication time (ISO 8601; UTC if no zone). Overrides the page's own date.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--sentences",
        type=int,
        default=3,
        choices=range(MIN_SUMMARY_SENTENCES, MAX_SUMMARY_SENTENCES + 1),
        metavar=f"{MIN_SUMMARY_SENTENCES}-{MAX_SUMMARY_SENTENCES}",
        help="summary length (default 3)",
    )
    return parser


def _load(source: str, fetch: Fetch | None) -> tuple[str, str | None, datetime | None]:
    """(text, title, published) from a URL or a file."""
    if source.startswith(("http://", "https://")):
        if fetch is None:
            raise BriefInputError("fetching URLs is not available here; save the page to a file")
        body, content_type = asyncio.run(fetch(source))
        if not content_type.split(";")[0].strip().lower().startswith(_HTML_TYPES):
            raise BriefInputError(f"not a web page (content type {content_type or 'unknown'})")
        article = extract_article(body, url=source)
        return article.text, article.title, article.published
    path = Path(source)
    if not path.is_file():
        raise BriefInputError(f"no such file: {source}")
    raw = path.read_bytes()
    if path.suffix.lower() in _HTML_SUFFIXES:
        article = extract_article(raw)
        return article.text, article.title, article.published
    return raw.decode("utf-8", errors="replace"), None, None


def render_text(brief: Brief) -> str:
    """Plain text for a terminal: sections a person can scan."""
    lines: list[str] = []
    if brief.title:
        lines += [brief.title, "=" * min(len(brief.title), 78)]
    if brief.published:
        lines.append(f"Published: {brief.published:%Y-%m-%d %H:%M} UTC")
    lines += ["", "Summary:"]
    lines += [f"  - {sentence}" for sentence in brief.summary]
    lines += ["", f"Quotes ({len(brief.quotes)}):"]
    lines += [
        f"  \u201c{q.text}\u201d \u2014 {q.speaker or 'speaker unknown'}" for q in brief.quotes
    ]
    for label, entities in (
        ("People", brief.people),
        ("Organisations", brief.organisations),
        ("Places", brief.places),
    ):
        names = ", ".join(f"{e.name} ({e.count})" for e in entities) or "none"
        lines.append(f"{label}: {names}")
    lines += ["", f"Deadlines ({len(brief.deadlines)}):"]
    for deadline in brief.deadlines:
        window = (
            f"{deadline.earliest:%Y-%m-%d}"
            if deadline.earliest.date() == deadline.latest.date()
            else f"{deadline.earliest:%Y-%m-%d} to {deadline.latest:%Y-%m-%d}"
        )
        lines.append(f"  {deadline.phrase} [{window}]: {deadline.about}")
    return "\n".join(lines)


def brief_main(argv: list[str], fetch: Fetch | None = None, *, out: TextIO | None = None) -> int:
    """Run `storyline brief`; returns the process exit code (0 ok, 1 no article, 2 usage)."""
    out = out or sys.stdout
    args = _parser().parse_args(argv)
    try:
        text, title, page_published = _load(args.source, fetch)
    except BriefInputError as error:
        print(f"storyline brief: {error}", file=sys.stderr)
        return 2
    except NotArticleError as error:
        print(f"storyline brief: {error}", file=sys.stderr)
        return 1
    brief = analyse(text, args.published or page_published, title=title, sentences=args.sentences)
    if args.json:
        print(json.dumps(brief.to_json_dict(), ensure_ascii=False, indent=2), file=out)
    else:
        print(render_text(brief), file=out)
    return 0
