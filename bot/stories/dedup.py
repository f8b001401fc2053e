"""Finding wire copies among the recent members of active stories."""

from __future__ import annotations

from dataclasses import dataclass

from bot.stories.models import Fingerprint
from bot.stories.terms import jaccard


@dataclass(frozen=True)
class WireCopy:
    article_id: str
    story_id: str


class WireCopyIndex:
    """Exact text hashes and sampled-shingle postings of each story's kept fingerprints."""

    def __init__(self, min_jaccard: float) -> None:
        self.min_jaccard = min_jaccard
        self._exact: dict[str, dict[str, str]] = {}  # text hash -> {article id: story id}
        self._shingles: dict[int, dict[str, str]] = {}  # shingle -> {article id: story id}
        self._prints: dict[str, Fingerprint] = {}
        self._story_of: dict[str, str] = {}

    def find(self, fingerprint: Fingerprint) -> WireCopy | None:
        exact = self._exact.get(fingerprint.text_hash)
        if exact:
            article_id = next(iter(exact))
            return WireCopy(article_id, exact[article_id])
        shared: dict[str, int] = {}
        for shingle in fingerprint.shingles:
            for article_id in self._shingles.get(shingle, ()):
                shared[article_id] = shared.get(article_id, 0) + 1
        best: tuple[float, str] | None = None
        for article_id in shared:
            score = jaccard(fingerprint.shingles, self._prints[article_id].shingles)
            if score >= self.min_jaccard and (best is None or score > best[0]):
                best = (score, article_id)
        if best is None:
            return None
        return WireCopy(best[1], self._story_of[best[1]])

    def add(self, story_id: str, fingerprint: Fingerprint) -> None:
        article_id = fingerprint.article_id
        self._prints[article_id] = fingerprint
        self._story_of[article_id] = story_id
        self._exact.setdefault(fingerprint.text_hash, {})[article_id] = story_id
        for shingle in fingerprint.shingles:
            self._shingles.setdefault(shingle, {})[article_id] = story_id

    def remove(self, fingerprint: Fingerprint) -> None:
        article_id = fingerprint.article_id
        if self._prints.pop(article_id, None) is None:
            return
        del self._story_of[article_id]
        self._discard(self._exact, fingerprint.text_hash, article_id)
        for shingle in fingerprint.shingles:
            self._discard(self._shingles, shingle, article_id)

    def relabel(self, fingerprint: Fingerprint, story_id: str) -> None:
        self.remove(fingerprint)
        self.add(story_id, fingerprint)

    @staticmethod
    def _discard(table: dict, key: str | int, article_id: str) -> None:  # type: ignore[type-arg]
        bucket = table.get(key)
        if bucket is not None:
            bucket.pop(article_id, None)
            if not bucket:
                del table[key]
