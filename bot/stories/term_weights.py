"""Online TF-IDF: document frequencies learned from the stream itself."""

from __future__ import annotations

import math

from bot.stories.models import TermStats

# Past this many distinct terms, terms seen only once are forgotten: they are mostly typos
# and one-off names, and forgetting them keeps a months-long stream's vocabulary bounded.
MAX_VOCABULARY = 300_000


class TermWeights:
    def __init__(self, stats: TermStats | None = None) -> None:
        stats = stats or TermStats()
        self.documents = stats.documents
        self.doc_freq: dict[str, int] = dict(stats.doc_freq)

    def observe(self, terms: list[str]) -> None:
        self.documents += 1
        freq = self.doc_freq
        for term in terms:
            freq[term] = freq.get(term, 0) + 1
        if len(freq) > MAX_VOCABULARY:
            self.doc_freq = {term: n for term, n in freq.items() if n > 1}

    def weigh(self, terms: list[str]) -> dict[str, float]:
        """L2-normalised IDF weights of a document's distinct terms (binary term frequency)."""
        total = self.documents + 1
        raw = {t: math.log(total / (self.doc_freq.get(t, 0) + 1)) + 1.0 for t in terms}
        norm = math.sqrt(sum(w * w for w in raw.values()))
        return {t: w / norm for t, w in raw.items()} if norm > 0 else {}

    def stats(self) -> TermStats:
        return TermStats(self.documents, dict(self.doc_freq))
