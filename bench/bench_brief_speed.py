"""Speed and memory of the Brief analysis.

Usage:
    taskset -c 0 .venv/bin/python bench/bench_brief_speed.py [--words 1000] [--runs 50]

The article is built from this project's own annotated articles (tests/fixtures/articles),
cut to the requested word count. Timing is after one warm-up run; memory is the process's
resident set size (VmRSS) before importing the analysis, after importing it, and after
analysing (the analysis holds no model: word lists and compiled patterns only).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
ARTICLES = REPO / "tests" / "fixtures" / "articles" / "annotated-briefs.json"


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def build_article(words: int) -> str:
    articles = json.loads(ARTICLES.read_text(encoding="utf-8"))["articles"]
    paragraphs: list[str] = []
    count = 0
    for article in articles:
        for paragraph in article["text"].split("\n"):
            paragraphs.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                return "\n\n".join(paragraphs)
    return "\n\n".join(paragraphs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    before_import = rss_mib()
    started = time.perf_counter()
    from bot.analysis import analyse

    import_seconds = time.perf_counter() - started
    after_import = rss_mib()
    text = build_article(args.words)
    published = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
    started = time.perf_counter()
    brief = analyse(text, published)
    first_run = time.perf_counter() - started
    timings = []
    for _ in range(args.runs):
        started = time.perf_counter()
        analyse(text, published)
        timings.append(time.perf_counter() - started)
    timings.sort()
    print(
        f"article: {len(text.split())} words, {len(brief.quotes)} quotes, "
        f"{len(brief.entities)} entities, {len(brief.deadlines)} deadlines"
    )
    print(
        f"import bot.analysis: {1000 * import_seconds:.0f} ms; first analysis "
        f"{1000 * first_run:.0f} ms"
    )
    print(
        f"analysis after warm-up over {args.runs} runs: median "
        f"{1000 * statistics.median(timings):.1f} ms, p95 "
        f"{1000 * timings[int(0.95 * (len(timings) - 1))]:.1f} ms, max {1000 * timings[-1]:.1f} ms"
    )
    after_analysis = rss_mib()
    from bot.analysis import extract_article

    page = REPO / "tests" / "fixtures" / "articles" / "harbour-bridge.html"
    started = time.perf_counter()
    extract_article(page.read_bytes())
    first_extract = time.perf_counter() - started
    print(
        f"RSS: {before_import:.1f} MiB before import, {after_import:.1f} MiB after import, "
        f"{after_analysis:.1f} MiB after analysing, {rss_mib():.1f} MiB after also "
        f"extracting a page (trafilatura loaded, first extraction {1000 * first_extract:.0f} ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
