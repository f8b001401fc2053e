"""`storyline brief <url or file> [--published ISO] [--json]`: a Brief without Discord.

`storyline brief --jsonl FILE` (or `-` for stdin) briefs many articles in one run: one JSON
object per input line, `{"id", "text", "published"?, "title"?}`, one brief per output line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable, Coroutine, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from bot.analysis.brief import MAX_SUMMARY_SENTENCES, MIN_SUMMARY_SENTENCES, Brief, analyse
from bot.analysis.extract import NotArticleError, extract_article
from bot.render.text import replace_lone_surrogates

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
    parser.add_argument(
        "source", nargs="?", help="http(s) URL, .html/.htm file, or plain-text file"
    )
    parser.add_argument(
        "--jsonl",
        metavar="FILE",
        help="brief many articles: one JSON object per line ({id, text, published?, title?}) "
        "from FILE or - for stdin; prints one JSON brief per line with its id",
    )
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
    parser = _parser()
    args = parser.parse_args(argv)
    if (args.source is None) == (args.jsonl is None):
        parser.error("give either a source or --jsonl FILE")
    if args.jsonl is not None:
        return _brief_lines(args.jsonl, args.published, args.sentences, out)
    try:
        text, title, page_published = _load(args.source, fetch)
    except (BriefInputError, NotArticleError) as error:
        print(f"storyline brief: {error}", file=sys.stderr)
        return 1 if isinstance(error, NotArticleError) else 2  # no article, or bad input
    brief = analyse(text, args.published or page_published, title=title, sentences=args.sentences)
    if args.json:
        print(json.dumps(brief.to_json_dict(), ensure_ascii=False, indent=2), file=out)
    else:
        print(render_text(brief), file=out)
    return 0


def _brief_lines(source: str, published: datetime | None, sentences: int, out: TextIO) -> int:
    """Brief every line of a JSON Lines file; 0 if all lines were good, 1 if any was skipped."""
    if source == "-":
        return _brief_stream(sys.stdin, published, sentences, out)
    path = Path(source)
    if not path.is_file():
        print(f"storyline brief: no such file: {source}", file=sys.stderr)
        return 2
    with path.open(encoding="utf-8", errors="replace") as lines:
        return _brief_stream(lines, published, sentences, out)


def _brief_stream(
    lines: Iterable[str], published: datetime | None, sentences: int, out: TextIO
) -> int:
    skipped = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            article_id, text, title, article_published = _article_line(line)
        except BriefInputError as error:
            print(f"storyline brief: line {number}: {error}; skipped", file=sys.stderr)
            skipped += 1
            continue
        brief = analyse(text, article_published or published, title=title, sentences=sentences)
        record = {"id": article_id, **brief.to_json_dict()}
        print(json.dumps(record, ensure_ascii=False), file=out, flush=True)
    return 1 if skipped else 0


def _article_line(line: str) -> tuple[object, str, str | None, datetime | None]:
    """(id, text, title, published) of one input line, or BriefInputError saying why not."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise BriefInputError(f"not JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise BriefInputError("not a JSON object")
    article_id, text = record.get("id"), record.get("text")
    if article_id is None or isinstance(article_id, (dict, list)):
        raise BriefInputError('no "id" (a string or number)')
    if not isinstance(text, str):
        raise BriefInputError('no "text" string')
    if isinstance(article_id, str):
        article_id = replace_lone_surrogates(article_id)
    text = replace_lone_surrogates(text)
    title = record.get("title")
    if title is not None and not isinstance(title, str):
        raise BriefInputError('"title" is not a string')
    if title is not None:
        title = replace_lone_surrogates(title)
    published = record.get("published")
    if published is None:
        return article_id, text, title, None
    if not isinstance(published, str):
        raise BriefInputError('"published" is not an ISO 8601 string')
    try:
        return article_id, text, title, _parse_published(published)
    except argparse.ArgumentTypeError as error:
        raise BriefInputError(str(error)) from None
