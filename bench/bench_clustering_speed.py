"""Cost of assigning one article with 100,000 stories stored (synthetic vectors, no embedding).

Two set-ups:
- streamed: 100,000 stories arrive over 50 simulated days (2,000 a day) through `assign`,
  with publication times, so the active index holds only the stories of the last window;
- no clock: 100,000 stories restored straight into the active index (the worst case: the
  benchmark mode, where nothing ages out by time).
"""

from __future__ import annotations

import random
import resource
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.stories.cluster import EMBEDDING_DIM, StoryClusterer  # noqa: E402
from bot.stories.models import ArticleInput, ClusterConfig, StoryState  # noqa: E402

STORIES = 100_000
DAYS = 50
VOCABULARY = [f"w{i}" for i in range(20_000)]


def _no_embedding(texts: list[str]) -> np.ndarray:
    raise RuntimeError("synthetic vectors only")


class SyntheticStream:
    def __init__(self, seed: int = 0) -> None:
        self.rng = np.random.default_rng(seed)
        self.words = random.Random(seed)

    def story(self) -> tuple[np.ndarray, list[str]]:
        center = self.rng.standard_normal(EMBEDDING_DIM).astype(np.float32)
        keywords = self.words.choices(VOCABULARY, k=4)
        return center / np.linalg.norm(center), keywords

    def article(self, center: np.ndarray, keywords: list[str]) -> tuple[np.ndarray, str]:
        noisy = center + 0.05 * self.rng.standard_normal(EMBEDDING_DIM).astype(np.float32)
        filler = self.words.choices(VOCABULARY[:2000], k=5)
        return noisy / np.linalg.norm(noisy), " ".join(keywords + filler)


def _percentiles(samples: list[float]) -> str:
    ms = np.array(samples) * 1000
    return (f"mean {ms.mean():.2f} ms, p50 {np.percentile(ms, 50):.2f}, "
            f"p99 {np.percentile(ms, 99):.2f}")


def _measure(clusterer: StoryClusterer, stream: SyntheticStream, start: datetime | None,
             recent: list[tuple[np.ndarray, list[str]]], count: int = 2_000) -> list[float]:
    timings = []
    for n in range(count):
        # Half join a recent story, half open a new one: both paths are timed.
        center, keywords = recent[n % len(recent)] if n % 2 else stream.story()
        vector, title = stream.article(center, keywords)
        published = start + timedelta(seconds=n) if start else None
        article = ArticleInput(id=f"m{n}", title=title, source="bench", published=published)
        began = time.perf_counter()
        clusterer.assign(article, vector)
        timings.append(time.perf_counter() - began)
    return timings


def streamed() -> None:
    stream = SyntheticStream(1)
    clusterer = StoryClusterer(ClusterConfig(), embedder=_no_embedding)
    origin = datetime(2026, 1, 1, tzinfo=UTC)
    step = timedelta(days=DAYS) / STORIES
    recent: list[tuple[np.ndarray, list[str]]] = []
    began = time.perf_counter()
    for n in range(STORIES):
        story = stream.story()
        vector, title = stream.article(*story)
        published = origin + n * step
        clusterer.assign(ArticleInput(id=f"s{n}", title=title, published=published), vector)
        recent = [*recent[-499:], story]
        if n % 20_000 == 19_999:
            print(f"  streamed {n + 1:,} stories, {time.perf_counter() - began:.0f} s, "
                  f"active {clusterer.active_story_count:,}", flush=True)
    build = time.perf_counter() - began
    timings = _measure(clusterer, stream, origin + STORIES * step, recent)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(f"streamed: {STORIES:,} stories over {DAYS} days in {build:.0f} s; "
          f"active stories now {clusterer.active_story_count:,}, "
          f"active topics {len(clusterer.active_topic_ids()):,}; peak RSS of the process "
          f"{peak / 2**20:.0f} MiB")
    print(f"streamed: assign one article: {_percentiles(timings)}")


def no_clock() -> None:
    stream = SyntheticStream(2)
    rows = []
    recent = []
    for n in range(STORIES):
        center, keywords = stream.story()
        vector, title = stream.article(center, keywords)
        terms = {w: 0.5 for w in keywords}
        rows.append(StoryState(
            id=f"s{n}", topic_id=f"t{n}", centroid=vector.tobytes(), member_count=1,
            first_published=None, last_published=None, terms=terms, sample_titles=[title],
            sequence=n,
        ))
        if n >= STORIES - 500:
            recent.append((center, keywords))
    clusterer = StoryClusterer(ClusterConfig(max_active_stories=200_000), embedder=_no_embedding)
    began = time.perf_counter()
    clusterer.restore(rows)
    restore = time.perf_counter() - began
    timings = _measure(clusterer, stream, None, recent, count=500)
    print(f"no clock: restored {STORIES:,} stories (and topics) in {restore:.1f} s, all active")
    print(f"no clock: assign one article: {_percentiles(timings)}")


def speed() -> None:
    streamed()
    no_clock()


if __name__ == "__main__":
    speed()
