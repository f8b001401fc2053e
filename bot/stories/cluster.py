"""Online story clustering: wire copies, stories within a time window, topics above them.

One pass, one article at a time, deterministic for a given input order:
1. a wire copy (same or nearly the same text as a recent member of an active story) goes
   to that story;
2. otherwise the article joins the best-scoring active story if the combined score
   (MiniLM cosine mixed with an online TF-IDF cosine) clears the join threshold, or
   starts a new story, placed under the best related topic;
3. then the touched story is compared with the other active stories and folded together
   with any that now clearly describe the same story (early headlines of one event often
   start separate fragments before enough coverage arrives to show they belong together);
4. `settle()`, once a batch is complete, folds what is still a small fragment into the
   nearest bigger story, with a lower bar than step 3, member against nearest member: by
   then every story has seen all of its coverage, which the fragment did not when opened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from bot.stories.cluster_state import (
    EMBEDDING_DIM,
    ClustererPersistence,
    StoryMeta,
    seconds_of,
)
from bot.stories.dedup import WireCopyIndex
from bot.stories.index import CentroidIndex, unit
from bot.stories.models import (
    ArticleInput,
    Assignment,
    ClusterConfig,
    Fingerprint,
)
from bot.stories.term_weights import TermWeights
from bot.stories.terms import content_terms, shingle_fingerprint, text_hash

Embedder = Callable[[list[str]], np.ndarray]
# Sweeping for expired stories at most this often (seconds of stream time) keeps it cheap.
_SWEEP_EVERY = 60.0


def _default_embedder(texts: list[str]) -> np.ndarray:
    from bot.stories.embed import embed

    return embed(texts)


class StoryClusterer(ClustererPersistence):
    def __init__(self, config: ClusterConfig | None = None, embedder: Embedder | None = None):
        self.config = config or ClusterConfig()
        self._embedder = embedder or _default_embedder
        self._stories = CentroidIndex(
            EMBEDDING_DIM, self.config.max_terms, self.config.member_sample
        )
        self._topics = CentroidIndex(EMBEDDING_DIM, self.config.max_terms)
        self._meta: dict[str, StoryMeta] = {}
        self._term_weights = TermWeights()
        self._copies = WireCopyIndex(self.config.duplicate_jaccard)
        self._sequence = 0
        self._tick = 0
        self._clock: float | None = None
        self._last_sweep: float | None = None

    # -- public API --------------------------------------------------------

    def embedding_text(self, article: ArticleInput) -> str:
        """The headline alone: MiniLM's cost grows with the tokens it reads, and a headline
        plus 300 characters of lede costs six times a headline (20 vs 3.3 ms of CPU), too
        much for a feed cycle; the lede still counts through the lexical terms."""
        return article.title.strip()

    def term_text(self, article: ArticleInput) -> str:
        body = (article.text or "").strip()[: self.config.text_chars]
        return f"{article.title.strip()}. {body}" if body else article.title.strip()

    def assign(self, article: ArticleInput, vector: np.ndarray | None = None) -> Assignment:
        """Place one article; `vector` skips embedding when the caller already has it."""
        if vector is None:
            vector = self._embedder([self.embedding_text(article)])[0]
        return self._assign(article, np.asarray(vector, dtype=np.float32))

    def assign_many(self, articles: Sequence[ArticleInput]) -> list[Assignment]:
        """Embed in one batch, then place the articles one by one in the given order."""
        if not articles:
            return []
        vectors = self._embedder([self.embedding_text(a) for a in articles])
        return [self._assign(a, v) for a, v in zip(articles, vectors, strict=True)]

    @property
    def active_story_count(self) -> int:
        return len(self._stories)

    def active_story_ids(self) -> list[str]:
        return list(self._stories.slot_of)

    def topic_of(self, story_id: str) -> str | None:
        meta = self._meta.get(story_id)
        return meta.topic_id if meta else None

    # -- the steps ---------------------------------------------------------

    def _assign(self, article: ArticleInput, vector: np.ndarray) -> Assignment:
        cfg = self.config
        now = seconds_of(article.published)
        self._advance_clock(now)
        self._tick += 1
        full_text = f"{article.title}\n{article.text or ''}"
        fingerprint = Fingerprint(article.id, text_hash(full_text), shingle_fingerprint(full_text))

        copy = self._copies.find(fingerprint)
        if copy is not None and self._copy_is_current(copy.story_id, now):
            slot = self._stories.slot_of[copy.story_id]
            # A wire copy adds a source, not new wording: count it, leave the centroid be.
            self._stories.counts[slot] += 1
            self._stories.note_time(slot, now, self._tick)
            self._remember(copy.story_id, fingerprint)
            meta = self._meta[copy.story_id]
            return Assignment(copy.story_id, meta.topic_id, False, duplicate_of=copy.article_id)

        terms = content_terms(self.term_text(article))
        self._term_weights.observe(terms)
        weights = self._term_weights.weigh(terms)
        direction = unit(vector)

        scores = self._stories.scores(direction, weights, cfg.dense_weight)
        if cfg.member_weight > 0:
            votes = self._stories.member_votes(direction, cfg.neighbours)
            scores *= 1.0 - cfg.member_weight
            for voter, vote in votes.items():
                scores[voter] += cfg.member_weight * vote / cfg.neighbours
        if now is not None:
            scores[~self._stories.joinable(now, cfg.story_window.total_seconds())] = -np.inf
        best = int(np.argmax(scores)) if len(scores) else -1
        if best >= 0 and scores[best] >= cfg.join_threshold:
            story_id = self._stories.keys[best]
            assert story_id is not None
            is_new = False
        else:
            story_id = self._open_story(article, direction, weights, now)
            is_new = True

        slot = self._stories.slot_of[story_id]
        self._stories.add(slot, vector, 1, weights)
        self._stories.add_member(slot, direction)
        self._stories.note_time(slot, now, self._tick)
        meta = self._meta[story_id]
        if len(meta.sample_titles) < cfg.sample_titles:
            meta.sample_titles.append(article.title)
        self._remember(story_id, fingerprint)
        topic_slot = self._topics.slot_of.get(meta.topic_id)
        if topic_slot is not None:
            self._topics.add(topic_slot, vector, 1, weights)
            self._topics.note_time(topic_slot, now, self._tick)

        story_id, merged = self._fold_fragments(story_id, now)
        self._evict_over_capacity()
        return Assignment(story_id, self._meta[story_id].topic_id, is_new, None, tuple(merged))

    def _open_story(
        self, article: ArticleInput, direction: np.ndarray, weights: dict[str, float],
        now: float | None,
    ) -> str:
        cfg = self.config
        # Ids come from the founding article so they survive restarts; the suffix only
        # matters if an article id is ever fed twice.
        story_id = f"s-{article.id}"
        if story_id in self._meta:
            story_id = f"{story_id}-{self._sequence}"
        topic_scores = self._topics.scores(direction, weights, cfg.dense_weight)
        if now is not None:
            window = cfg.topic_window.total_seconds()
            topic_scores[~self._topics.joinable(now, window)] = -np.inf
        best = int(np.argmax(topic_scores)) if len(topic_scores) else -1
        if best >= 0 and topic_scores[best] >= cfg.topic_threshold:
            topic_id = self._topics.keys[best]
            assert topic_id is not None
        else:
            topic_id = f"t-{article.id}"
            if topic_id in self._topics.slot_of:
                topic_id = f"{topic_id}-{self._sequence}"
            self._topics.open(topic_id)
        self._stories.open(story_id)
        self._meta[story_id] = StoryMeta(topic_id, self._sequence, [])
        self._sequence += 1
        return story_id

    def _fold_fragments(self, story_id: str, now: float | None) -> tuple[str, list[str]]:
        cfg, stories = self.config, self._stories
        merged: list[str] = []
        while True:
            slot = stories.slot_of[story_id]
            scores = self._story_scores(slot, now)
            top = len(scores)
            smaller = np.minimum(stories.counts[:top], stories.counts[slot])
            bars = np.where(
                smaller <= cfg.small_story_size, cfg.merge_threshold_small, cfg.merge_threshold
            )
            margins = scores - bars
            other = int(np.argmax(margins))
            if margins[other] < 0:
                return story_id, merged
            other_id = stories.keys[other]
            assert other_id is not None
            keeper, absorbed = self._keeper_of(story_id, other_id)
            self._absorb(keeper, absorbed)
            merged.append(absorbed)
            story_id = keeper

    def settle(self) -> list[tuple[str, str]]:
        """Fold small stories (smallest first) into the best-scoring story at least as big
        when the score clears `settle_threshold` (and, with times, the bigger story's window
        covers the small one's last article). Returns the folds as (keeper, absorbed) pairs,
        in order; an absorbed id resolves to its keeper."""
        cfg, stories = self.config, self._stories
        small = [key for key, slot in stories.slot_of.items()
                 if stories.counts[slot] <= cfg.settle_size]
        small.sort(key=lambda key: (int(stories.counts[stories.slot_of[key]]),
                                    self._meta[key].sequence))
        folds: list[tuple[str, str]] = []
        for story_id in small:
            slot = stories.slot_of.get(story_id)
            if slot is None or stories.counts[slot] > cfg.settle_size:
                continue
            scores = self._settle_scores(slot)
            scores[stories.counts[: len(scores)] < stories.counts[slot]] = -np.inf
            best = int(np.argmax(scores)) if len(scores) else -1
            if best < 0 or scores[best] < cfg.settle_threshold:
                continue
            other_id = stories.keys[best]
            assert other_id is not None
            keeper, absorbed = self._keeper_of(story_id, other_id)
            self._absorb(keeper, absorbed)
            folds.append((keeper, absorbed))
        return folds

    def _settle_scores(self, slot: int) -> np.ndarray:
        """The join score with its MiniLM part taken member to member: each kept member of
        the small story against the nearest kept member of the other story, averaged. A
        centroid of a big story that covers several angles sits between them, far from a
        fragment that matches one angle closely; stories without kept members (restored
        from an older snapshot) fall back to their centroid."""
        cfg, stories = self.config, self._stories
        last = float(stories.last_seen[slot])
        mixed = self._story_scores(slot, None if np.isnan(last) else last)
        if not cfg.member_sample:
            return mixed
        centroid = stories.units[: len(mixed)] @ stories.units[slot]
        queries = stories.members_of(slot)
        if not len(queries):
            queries = stories.units[slot : slot + 1]
        queries = queries / np.maximum(np.linalg.norm(queries, axis=1, keepdims=True), 1e-12)
        links = stories.member_links(queries)
        links = np.where(np.isnan(links), centroid, links)
        scores: np.ndarray = mixed + cfg.dense_weight * (links - centroid)
        return scores

    def _story_scores(self, slot: int, now: float | None) -> np.ndarray:
        """A story's centroid and top terms scored against every other story that is
        active (and joinable at `now`); -inf for itself and the rest."""
        cfg, stories = self.config, self._stories
        scores = stories.scores(
            stories.units[slot], stories.top_terms(slot, cfg.merge_terms), cfg.dense_weight
        )
        scores[slot] = -np.inf
        if now is not None:
            scores[~stories.joinable(now, cfg.story_window.total_seconds())] = -np.inf
        return scores

    def _keeper_of(self, first: str, second: str) -> tuple[str, str]:
        """The bigger story keeps its id (the older one on a tie), so posts stay put."""
        stories = self._stories
        size_a = stories.counts[stories.slot_of[first]]
        size_b = stories.counts[stories.slot_of[second]]
        older_first = self._meta[first].sequence < self._meta[second].sequence
        if size_a > size_b or (size_a == size_b and older_first):
            return first, second
        return second, first

    def _absorb(self, keeper: str, absorbed: str) -> None:
        stories = self._stories
        keep_slot, gone_slot = stories.slot_of[keeper], stories.slot_of[absorbed]
        stories.add(
            keep_slot, stories.sums[gone_slot].copy(), int(stories.counts[gone_slot]),
            dict(stories.terms[gone_slot]),
        )
        for bound in (stories.first_seen, stories.last_seen):
            pair = bound[[keep_slot, gone_slot]]
            if not np.isnan(pair).all():
                chooser = np.nanmin if bound is stories.first_seen else np.nanmax
                bound[keep_slot] = chooser(pair)
        for member in stories.members_of(gone_slot):
            stories.add_member(keep_slot, member)
        stories.touched[keep_slot] = self._tick
        keep_meta, gone_meta = self._meta[keeper], self._meta.pop(absorbed)
        room = self.config.sample_titles - len(keep_meta.sample_titles)
        keep_meta.sample_titles.extend(gone_meta.sample_titles[: max(room, 0)])
        for fingerprint in gone_meta.fingerprints:
            self._copies.remove(fingerprint)
            self._remember(keeper, fingerprint)
        stories.close(gone_slot)

    def _remember(self, story_id: str, fingerprint: Fingerprint) -> None:
        kept = self._meta[story_id].fingerprints
        kept.append(fingerprint)
        self._copies.add(story_id, fingerprint)
        while len(kept) > self.config.fingerprints_per_story:
            self._copies.remove(kept.popleft())

    # -- time and memory ---------------------------------------------------

    def _copy_is_current(self, story_id: str, now: float | None) -> bool:
        slot = self._stories.slot_of.get(story_id)
        if slot is None:
            return False
        if now is None:
            return True
        window = self.config.story_window.total_seconds()
        return bool(self._stories.joinable(now, window)[slot])

    def _advance_clock(self, now: float | None) -> None:
        if now is None:
            return
        if self._clock is None or now > self._clock:
            self._clock = now
        if self._last_sweep is not None and self._clock - self._last_sweep < _SWEEP_EVERY:
            return
        self._last_sweep = self._clock
        story_cutoff = self._clock - self.config.story_window.total_seconds()
        for slot in self._stories.expired(story_cutoff):
            self._drop_story(slot)
        topic_cutoff = self._clock - self.config.topic_window.total_seconds()
        for slot in self._topics.expired(topic_cutoff):
            self._topics.close(int(slot))

    def _drop_story(self, slot: int) -> None:
        story_id = self._stories.keys[slot]
        if story_id is None:
            return
        for fingerprint in self._meta.pop(story_id).fingerprints:
            self._copies.remove(fingerprint)
        self._stories.close(int(slot))

    def _evict_over_capacity(self) -> None:
        for index, limit in (
            (self._stories, self.config.max_active_stories),
            (self._topics, self.config.max_active_topics),
        ):
            excess = len(index) - limit
            if excess <= 0:
                continue
            slots = index.active_slots()
            oldest = slots[np.argsort(index.touched[slots], kind="stable")[:excess]]
            for slot in oldest:
                if index is self._stories:
                    self._drop_story(int(slot))
                else:
                    index.close(int(slot))
