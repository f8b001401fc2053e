"""Story clustering quality and speed.

    python bench/bench_clustering.py            # frozen config: both weeks, time order + seeds 0-2
    python bench/bench_clustering.py --tune     # grid search on week 1 only
    python bench/bench_clustering.py --fixtures # our own written set, with time windows
    python bench/bench_clustering.py --speed    # assign cost with 100,000 stories stored
    python bench/bench_clustering.py --cli      # held-out week through `storyline stories`

The clusterer sees the title and the publisher name only: never the row id nor the
timestamp, which leak the gold labels (see shared/benchmarks/clustering/README.md).
Article ids handed to it are positions in the shuffled feed. MiniLM vectors of both weeks
are computed once and cached under /tmp (STORYLINE_BENCH_CACHE), never in the repo.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from multiprocessing import Pool
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bcubed import bcubed  # noqa: E402
from clustering_data import (  # noqa: E402
    DATA_DIR,
    WEEK_FILES,
    Headline,
    cached_vectors,
    load_week,
)

from bot.stories.cluster import StoryClusterer  # noqa: E402
from bot.stories.models import ArticleInput, ClusterConfig  # noqa: E402

SEEDS = (0, 1, 2)
FIXTURE = REPO / "tests" / "fixtures" / "stories" / "articles.jsonl"


def _no_embedding(texts: list[str]) -> np.ndarray:
    raise RuntimeError("the benchmark passes cached vectors")


def feed_order(count: int, seed: int | None) -> list[int]:
    """Row positions in feed order: timestamp order (None) or a seeded shuffle."""
    positions = list(range(count))
    if seed is not None:
        random.Random(seed).shuffle(positions)
    return positions


def run_week(
    rows: list[Headline], vectors: np.ndarray, seed: int | None, config: ClusterConfig
) -> dict[str, float]:
    order = feed_order(len(rows), seed)
    clusterer = StoryClusterer(config, embedder=_no_embedding)
    absorbed_by: dict[str, str] = {}
    at_assignment: list[str] = []
    started = time.perf_counter()
    for position, row_index in enumerate(order):
        row = rows[row_index]
        article = ArticleInput(id=str(position), title=row.title, source=row.publisher)
        assignment = clusterer.assign(article, vectors[row_index])
        for gone in assignment.merged_story_ids:
            absorbed_by[gone] = assignment.story_id
        at_assignment.append(assignment.story_id)
    # The batch is complete: settle leftover fragments, as `storyline stories` does.
    for keeper, gone in clusterer.settle():
        absorbed_by[gone] = keeper
    elapsed = time.perf_counter() - started

    def surviving(story_id: str) -> str:
        while story_id in absorbed_by:
            story_id = absorbed_by[story_id]
        return story_id

    final = [""] * len(rows)
    first = [""] * len(rows)
    for position, row_index in enumerate(order):
        final[row_index] = surviving(at_assignment[position])
        first[row_index] = at_assignment[position]
    gold = [r.story for r in rows]
    precision, recall, f1 = bcubed(gold, final)
    return {
        "P": precision, "R": recall, "F1": f1,
        "F1_as_assigned": bcubed(gold, first)[2],
        "ms_per_headline": 1000 * elapsed / len(rows),
        "stories": len(set(final)),
    }


def week_data(name: str) -> tuple[list[Headline], np.ndarray]:
    rows = load_week(name)
    return rows, cached_vectors(name, [r.title for r in rows])


def evaluate(config: ClusterConfig) -> None:
    print(f"config: {config}")
    for name in ("week1", "heldout"):
        rows, vectors = week_data(name)
        shuffled = []
        for seed in (None, *SEEDS):
            result = run_week(rows, vectors, seed, config)
            label = "time order (leaky)" if seed is None else f"shuffled seed {seed}"
            print(
                f"{name:8s} {label:19s} P={result['P']:.3f} R={result['R']:.3f} "
                f"F1={result['F1']:.3f} (as assigned {result['F1_as_assigned']:.3f}) "
                f"stories={result['stories']} cluster step {result['ms_per_headline']:.2f} ms",
                flush=True,
            )
            if seed is not None:
                shuffled.append(result["F1"])
        print(f"{name:8s} shuffled mean F1 over seeds 0-2: {np.mean(shuffled):.4f}", flush=True)


def _tune_job(args: tuple[dict[str, float], int]) -> tuple[str, float]:
    overrides, seed = args
    rows, vectors = week_data("week1")
    result = run_week(rows, vectors, seed, replace(ClusterConfig(), **overrides))
    return json.dumps(overrides, sort_keys=True), result["F1"]


def tune(grid: dict[str, list[float]], seeds: tuple[int, ...], workers: int) -> None:
    """Week 1 only: the held-out week is never read here."""
    combos = [dict(zip(grid, values, strict=True)) for values in itertools.product(*grid.values())]
    jobs = [(combo, seed) for combo in combos for seed in seeds]
    by_combo: dict[str, list[float]] = {}
    with Pool(workers) as pool:
        for key, f1 in pool.imap_unordered(_tune_job, jobs):
            print(f"  week1 F1 {f1:.4f} {key}", flush=True)
            by_combo.setdefault(key, []).append(f1)
    for key, scores in sorted(by_combo.items(), key=lambda kv: -np.mean(kv[1])):
        print(f"week1 mean F1 {np.mean(scores):.4f} {[round(s, 3) for s in scores]} {key}")


def fixtures() -> None:
    from bot.stories.cli import cluster_articles, read_articles

    records = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    gold = {r["id"]: (r["story"], r["topic"]) for r in records}
    runs = [(seed, True) for seed in SEEDS] + [(0, False)]
    for seed, with_times in runs:
        shuffled = [json.dumps(r if with_times else {**r, "published": None}) for r in records]
        random.Random(seed).shuffle(shuffled)
        started = time.perf_counter()
        rows = cluster_articles(read_articles(shuffled))
        elapsed = time.perf_counter() - started
        ids = [article_id for article_id, _, _ in rows]
        story = bcubed([gold[i][0] for i in ids], [s for _, s, _ in rows])
        topic = bcubed([gold[i][1] for i in ids], [t for _, _, t in rows])
        print(
            f"own set ({len(records)} articles, {len({g[0] for g in gold.values()})} stories, "
            f"{len({g[1] for g in gold.values()})} topics), input shuffled seed {seed}, "
            f"{'with times' if with_times else 'times removed'}: "
            f"story P={story[0]:.3f} R={story[1]:.3f} F1={story[2]:.3f}; "
            f"topic P={topic[0]:.3f} R={topic[1]:.3f} F1={topic[2]:.3f}; "
            f"{elapsed:.2f} s incl. model load",
            flush=True,
        )


def through_cli(name: str) -> None:
    """The week through the real command, as a user would run it: titles only, in
    random.Random(0) order, every line with the same publication time, ids that are
    feed positions. The file lives in a temporary directory, never in the repo."""
    rows = load_week(name)
    order = feed_order(len(rows), 0)
    same_time = "2026-01-05T12:00:00+00:00"
    with tempfile.TemporaryDirectory(prefix="storyline-cli-bench-") as directory:
        source = Path(directory) / "week.jsonl"
        source.write_text("".join(
            json.dumps({"id": str(position), "title": rows[row].title,
                        "published": same_time}) + "\n"
            for position, row in enumerate(order)), encoding="utf-8")
        started = time.perf_counter()
        done = subprocess.run([str(Path(sys.executable).parent / "storyline"), "stories",
                               str(source)], capture_output=True, text=True, check=True)
        elapsed = time.perf_counter() - started
    story_of = {line["id"]: line["story"] for line in map(json.loads,
                                                           done.stdout.splitlines())}
    gold = [rows[row].story for row in order]
    predicted = [story_of[str(position)] for position in range(len(order))]
    precision, recall, f1 = bcubed(gold, predicted)
    print(f"{name} through `storyline stories` (Random(0) order, titles only, one time): "
          f"P={precision:.3f} R={recall:.3f} F1={f1:.3f} stories={len(set(predicted))} "
          f"in {elapsed:.1f} s incl. start-up and model load", flush=True)


def embedding_speed(sample: int = 512) -> None:
    from bot.stories.embed import get_embedder

    rows = load_week("week1")[:sample]
    titles = [r.title for r in rows]
    embedder = get_embedder()
    embedder.embed(titles[:8])  # warm-up
    started = time.perf_counter()
    embedder.embed(titles)
    batched = (time.perf_counter() - started) / len(titles)
    started = time.perf_counter()
    for title in titles[:128]:
        embedder.embed([title])
    single = (time.perf_counter() - started) / 128
    print(f"embedding: {1000 * batched:.2f} ms per headline in batches of 64, "
          f"{1000 * single:.2f} ms one at a time")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true")
    parser.add_argument("--grid", default=None, help="JSON {param: [values]} for --tune")
    parser.add_argument("--seeds", default="0,1")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--fixtures", action="store_true")
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--embedding-speed", action="store_true")
    parser.add_argument("--cli", nargs="?", const="heldout", default=None,
                        choices=sorted(WEEK_FILES), help="score a week through the CLI")
    args = parser.parse_args(argv)
    if args.speed:
        from bench_clustering_speed import speed

        speed()
        return 0
    if args.fixtures:
        fixtures()
        return 0
    if args.embedding_speed:
        embedding_speed()
        return 0
    if not DATA_DIR.is_dir():
        print(f"benchmark data not found at {DATA_DIR}", file=sys.stderr)
        return 2
    if args.cli:
        through_cli(args.cli)
        return 0
    if args.tune:
        grid = json.loads(args.grid) if args.grid else {
            "join_threshold": [0.38, 0.40, 0.42],
            "merge_threshold_small": [0.45, 0.5],
            "merge_threshold": [0.55, 0.6],
        }
        tune(grid, tuple(int(s) for s in args.seeds.split(",")), args.workers)
        return 0
    evaluate(ClusterConfig())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
