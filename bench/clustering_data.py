"""Loading the shared clustering benchmark and caching its MiniLM vectors under /tmp."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DATA_DIR = REPO / ".." / "shared" / "benchmarks" / "clustering"
WEEK_FILES = {"week1": "headlines.csv.gz", "heldout": "heldout_week.csv.gz"}
CACHE_DIR = Path(os.environ.get("STORYLINE_BENCH_CACHE", "/tmp/storyline-bench-cache"))


@dataclass(frozen=True)
class Headline:
    # Only title and publisher reach the clusterer; row_id/story/timestamp are for scoring
    # and for the (leaky) time-order run.
    row_id: str
    title: str
    publisher: str
    story: str
    timestamp: int


def load_week(name: str) -> list[Headline]:
    path = DATA_DIR / WEEK_FILES[name]
    with gzip.open(path, "rb") as raw:
        reader = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8", newline=""))
        return [
            Headline(r["id"], r["title"], r["publisher"], r["story"], int(r["timestamp"]))
            for r in reader
        ]


def cached_vectors(name: str, titles: list[str]) -> np.ndarray:
    """MiniLM vectors of the titles, computed once and kept under /tmp (never in the repo)."""
    digest = hashlib.sha256("\n".join(titles).encode()).hexdigest()[:16]
    path = CACHE_DIR / f"{name}-{digest}.npy"
    if path.is_file():
        return np.load(path)
    from bot.stories.embed import embed

    vectors = embed(titles)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors
