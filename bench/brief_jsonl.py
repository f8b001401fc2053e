"""Run `storyline brief --jsonl` over a shared data set as one process and measure it.

Shared by bench_attribution.py and bench_timex.py: the data sets live in ../shared (never
copied into the repository); their own scorers grade what the command printed.
"""

from __future__ import annotations

import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYLINE_SHARED", REPO.parent / "shared")) / "benchmarks"


@dataclass
class BriefRun:
    briefs: list[dict[str, Any]]
    words: int
    cpu_seconds: float  # user + system CPU of the child process, start-up included
    wall_seconds: float
    max_rss_mib: float
    stderr: str

    @property
    def cpu_ms_per_1000_words(self) -> float:
        return 1000 * self.cpu_seconds / (self.words / 1000)


def read_gold(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise SystemExit(f"data set not found: {path} (set STORYLINE_SHARED to its folder)")
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def run_briefs(articles: list[dict[str, Any]]) -> BriefRun:
    """One `python -m bot brief --jsonl FILE` child over all articles."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "articles.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for article in articles:
                out.write(json.dumps(article, ensure_ascii=False) + "\n")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "bot", "brief", "--jsonl", str(source)],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        )
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"storyline brief exited {done.returncode}:\n{done.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return BriefRun(
        briefs=[json.loads(line) for line in done.stdout.splitlines() if line.strip()],
        words=sum(len(article["text"].split()) for article in articles),
        cpu_seconds=cpu,
        wall_seconds=wall,
        max_rss_mib=after.ru_maxrss / 1024,
        stderr=done.stderr,
    )


def score(
    scorer: Path, gold: Path, rows: Iterator[dict[str, Any]], extra: list[str]
) -> dict[str, Any]:
    """Write predictions, run the data set's own scorer, return its JSON result."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as predictions:
        for row in rows:
            predictions.write(json.dumps(row, ensure_ascii=False) + "\n")
        predictions.flush()
        done = subprocess.run(
            [sys.executable, str(scorer), str(gold), predictions.name, "--json", *extra],
            capture_output=True,
            text=True,
            check=True,
        )
    decoder = json.JSONDecoder()
    result, end = decoder.raw_decode(done.stdout.lstrip())
    rest = done.stdout.lstrip()[end:].strip()
    if rest:
        print(rest)
    return dict(result)


def score_field(run: BriefRun, field: str, scorer: Path, gold: Path, misses: int) -> None:
    """Grade one field of every brief with the data set's scorer (listing up to `misses`
    misses) and print its result."""
    rows = ({"id": brief["id"], field: brief[field]} for brief in run.briefs)
    extra = ["--misses", str(misses)] if misses else []
    print_result(score(scorer, gold, rows, extra))


def print_run(run: BriefRun, label: str) -> None:
    print(
        f"{label}: {len(run.briefs)} articles, {run.words} words; one `storyline brief "
        f"--jsonl` process: CPU {run.cpu_seconds:.2f} s "
        f"({run.cpu_ms_per_1000_words:.0f} ms per 1,000 words, start-up and model loading "
        f"included), wall {run.wall_seconds:.2f} s, peak RSS {run.max_rss_mib:.0f} MiB"
    )


def print_result(result: dict[str, Any], keys: Callable[[str], bool] = lambda _: True) -> None:
    for key, value in result.items():
        if keys(key):
            print(f"  {key:<28} {value}")
