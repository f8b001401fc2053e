"""`storyline stories <articles.jsonl>`: the online story clustering, without Discord.

Input: one JSON object per line, `{id, title, text?, url, source, published}` in any order;
articles are processed in `published` order (undated ones last, in input order). Output:
one `{id, story, topic}` line per article on stdout, with story ids as they stand after the
whole run: once the file is read, small leftover fragments are settled into the nearest
bigger story, and a story that was folded into another reports the surviving id.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from bot.stories.cluster import StoryClusterer
from bot.stories.models import ArticleInput, Assignment, ClusterConfig

_BATCH = 256


class InputError(ValueError):
    pass


def _parse_time(value: object, line_number: int) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, int | float):
        return datetime.fromtimestamp(float(value), UTC)
    if not isinstance(value, str):
        raise InputError(f"line {line_number}: published must be an ISO 8601 string")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise InputError(f"line {line_number}: bad published time {value!r}") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def read_articles(lines: Iterable[str]) -> list[ArticleInput]:
    articles: list[ArticleInput] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {number}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or record.get("id") in (None, "") or not record.get(
            "title"
        ):
            raise InputError(f"line {number}: needs at least an id and a title")
        article_id = str(record["id"])
        if article_id in seen:
            raise InputError(f"line {number}: duplicate id {article_id!r}")
        seen.add(article_id)
        articles.append(
            ArticleInput(
                id=article_id,
                title=str(record["title"]),
                text=record.get("text") or None,
                url=str(record.get("url") or ""),
                source=str(record.get("source") or ""),
                published=_parse_time(record.get("published"), number),
            )
        )
    return articles


def in_published_order(articles: list[ArticleInput]) -> list[ArticleInput]:
    # sorted() is stable: equal times keep their input order, undated ones go last.
    far_future = datetime.max.replace(tzinfo=UTC)
    return sorted(articles, key=lambda a: a.published or far_future)


def _chunks(items: list[ArticleInput], size: int) -> Iterator[list[ArticleInput]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def cluster_articles(
    articles: list[ArticleInput], clusterer: StoryClusterer | None = None
) -> list[tuple[str, str, str]]:
    """(article id, story id, topic id) per article, in processing order, final ids."""
    clusterer = clusterer or StoryClusterer(ClusterConfig())
    ordered = in_published_order(articles)
    assignments: list[Assignment] = []
    for chunk in _chunks(ordered, _BATCH):
        assignments.extend(clusterer.assign_many(chunk))
    absorbed_by: dict[str, str] = {}
    topic_of: dict[str, str] = {}
    for assignment in assignments:
        for gone in assignment.merged_story_ids:
            absorbed_by[gone] = assignment.story_id
        topic_of[assignment.story_id] = assignment.topic_id
    # The whole file has been read: fold what is left of small fragments.
    for keeper, gone in clusterer.settle():
        absorbed_by[gone] = keeper

    def surviving(story_id: str) -> str:
        while story_id in absorbed_by:
            story_id = absorbed_by[story_id]
        return story_id

    rows = []
    for article, assignment in zip(ordered, assignments, strict=True):
        story_id = surviving(assignment.story_id)
        rows.append((article.id, story_id, topic_of.get(story_id, assignment.topic_id)))
    return rows


INPUT_FIELDS = """\
input: one JSON object per line, fields in any order:
  id         required; unique per line (string or number)
  title      required; the headline
  text       optional; the article text (better grouping when present)
  url        optional; the article's address
  source     optional; the outlet's name
  published  optional; ISO 8601 time (UTC if no zone) or Unix seconds

output: one line per article, in published order (undated ones last):
  {"id": ..., "story": ..., "topic": ...}  with story ids as they stand after the run"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storyline stories",
        description="Group articles (JSON lines) into stories and topics, offline.",
        epilog=INPUT_FIELDS, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("articles", help="JSON-lines file of articles, or - for stdin")
    return parser


def stories_main(argv: list[str], out: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = out or sys.stdout
    try:
        if args.articles == "-":
            articles = read_articles(sys.stdin)
        else:
            with Path(args.articles).open(encoding="utf-8") as handle:
                articles = read_articles(handle)
    except OSError as exc:
        print(f"storyline stories: cannot read {args.articles}: {exc}", file=sys.stderr)
        return 2
    except InputError as exc:
        print(f"storyline stories: {exc}", file=sys.stderr)
        return 2
    try:
        for article_id, story_id, topic_id in cluster_articles(articles):
            out.write(json.dumps({"id": article_id, "story": story_id, "topic": topic_id}) + "\n")
        out.flush()
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep the interpreter's final
        # flush of stdout from raising again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    raise SystemExit(stories_main(sys.argv[1:]))
