"""What a `StoryClusterer` persists and restores: stories and topics as `StoryState` rows,
and the online term statistics. Kept apart from the clustering steps themselves."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np

from bot.stories.index import CentroidIndex
from bot.stories.models import Fingerprint, StoryState, TermStats
from bot.stories.term_weights import TermWeights

EMBEDDING_DIM = 384


@dataclass
class StoryMeta:
    topic_id: str
    sequence: int
    sample_titles: list[str]
    fingerprints: deque[Fingerprint] = field(default_factory=deque)


def seconds_of(moment: datetime | None) -> float | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def moment_of(seconds: float) -> datetime | None:
    return None if np.isnan(seconds) else datetime.fromtimestamp(float(seconds), UTC)


class ClustererPersistence:
    """Snapshots and restore, mixed into `StoryClusterer` (which owns these attributes)."""

    _stories: CentroidIndex
    _topics: CentroidIndex
    _meta: dict[str, StoryMeta]
    _term_weights: TermWeights
    _sequence: int
    _tick: int
    _clock: float | None

    def _remember(self, story_id: str, fingerprint: Fingerprint) -> None:
        raise NotImplementedError

    def snapshot_story(self, story_id: str) -> StoryState:
        slot = self._stories.slot_of[story_id]
        meta = self._meta[story_id]
        stories = self._stories
        return StoryState(
            id=story_id,
            topic_id=meta.topic_id,
            centroid=stories.sums[slot].astype(np.float32).tobytes(),
            member_count=int(stories.counts[slot]),
            first_published=moment_of(stories.first_seen[slot]),
            last_published=moment_of(stories.last_seen[slot]),
            terms=dict(stories.terms[slot]),
            sample_titles=list(meta.sample_titles),
            fingerprints=list(meta.fingerprints),
            sequence=meta.sequence,
            member_vectors=stories.members_of(slot).tobytes(),
        )

    def snapshot_topic(self, topic_id: str) -> StoryState:
        """A topic in the same row shape as a story (its own id as topic_id)."""
        slot = self._topics.slot_of[topic_id]
        topics = self._topics
        return StoryState(
            id=topic_id,
            topic_id=topic_id,
            centroid=topics.sums[slot].astype(np.float32).tobytes(),
            member_count=int(topics.counts[slot]),
            first_published=moment_of(topics.first_seen[slot]),
            last_published=moment_of(topics.last_seen[slot]),
            terms=dict(topics.terms[slot]),
            sequence=int(topics.touched[slot]),
        )

    def active_topic_ids(self) -> list[str]:
        return list(self._topics.slot_of)

    def term_stats(self) -> TermStats:
        return self._term_weights.stats()

    def restore(
        self,
        stories: Iterable[StoryState],
        topics: Iterable[StoryState] = (),
        term_stats: TermStats | None = None,
    ) -> None:
        """Rebuild the active index from persisted rows (on a fresh clusterer)."""
        if term_stats is not None:
            self._term_weights = TermWeights(term_stats)
        for topic in sorted(topics, key=lambda t: t.sequence):
            slot = self._topics.open(topic.id)
            self._load(self._topics, slot, topic)
            self._topics.touched[slot] = topic.sequence
            self._tick = max(self._tick, topic.sequence)
        for story in sorted(stories, key=lambda s: s.sequence):
            slot = self._stories.open(story.id)
            self._load(self._stories, slot, story)
            members = np.frombuffer(story.member_vectors, dtype=np.float32)
            for member in members.reshape(-1, EMBEDDING_DIM):
                self._stories.add_member(slot, member)
            self._meta[story.id] = StoryMeta(
                story.topic_id, story.sequence, list(story.sample_titles)
            )
            for fingerprint in story.fingerprints:
                self._remember(story.id, fingerprint)
            self._sequence = max(self._sequence, story.sequence + 1)
            if story.topic_id not in self._topics.slot_of:
                topic_slot = self._topics.open(story.topic_id)
                self._load(self._topics, topic_slot, story)

    def _load(self, index: CentroidIndex, slot: int, row: StoryState) -> None:
        vector_sum = np.frombuffer(row.centroid, dtype=np.float32)
        index.add(slot, vector_sum, row.member_count, row.terms)
        for moment in (row.first_published, row.last_published):
            seconds = seconds_of(moment)
            if seconds is not None:
                index.note_time(slot, seconds, index.touched[slot])
                self._clock = seconds if self._clock is None else max(self._clock, seconds)
