"""An in-memory index of cluster centroids: a dense matrix plus sparse term postings.

Each slot holds one cluster (a story or a topic): the float32 sum of its members'
embeddings, its unit centroid (a row of one numpy matrix, so scoring every cluster is a
single matrix-vector product) and its summed TF-IDF terms, capped to the strongest few so
per-cluster memory is bounded and a snapshot can hold the exact state.
"""

from __future__ import annotations

import math

import numpy as np

_INITIAL_CAPACITY = 1024
_MISSING = -np.inf


def unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


class CentroidIndex:
    def __init__(self, dim: int, max_terms: int, member_sample: int = 0) -> None:
        self.dim = dim
        self.max_terms = max_terms
        # The last few member vectors of each slot, oldest first, for member links and
        # votes; only slots that have members hold an array, so a singleton costs one row.
        self.member_sample = member_sample
        self.members: dict[int, np.ndarray] = {}
        self._member_stack: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self.sums = np.zeros((_INITIAL_CAPACITY, dim), dtype=np.float32)
        self.units = np.zeros((_INITIAL_CAPACITY, dim), dtype=np.float32)
        self.active = np.zeros(_INITIAL_CAPACITY, dtype=bool)
        self.counts = np.zeros(_INITIAL_CAPACITY, dtype=np.int64)
        # Seconds since the epoch (NaN without a clock), for window checks in numpy.
        self.first_seen = np.full(_INITIAL_CAPACITY, np.nan)
        self.last_seen = np.full(_INITIAL_CAPACITY, np.nan)
        # Monotonic touch counter: the least recently touched slot goes first when full.
        self.touched = np.zeros(_INITIAL_CAPACITY, dtype=np.int64)
        self.keys: list[str | None] = [None] * _INITIAL_CAPACITY
        self.terms: list[dict[str, float]] = [{} for _ in range(_INITIAL_CAPACITY)]
        self.term_norms = np.zeros(_INITIAL_CAPACITY)
        self.postings: dict[str, dict[int, float]] = {}
        self.slot_of: dict[str, int] = {}
        self._free: list[int] = []
        self._high_water = 0

    def __len__(self) -> int:
        return len(self.slot_of)

    @property
    def high_water(self) -> int:
        """One past the highest slot ever used: the rows that scoring looks at."""
        return self._high_water

    # -- slots -------------------------------------------------------------

    def _grow(self) -> None:
        old = len(self.active)
        new = old * 2

        def widen(array: np.ndarray, fill: float | bool | int) -> np.ndarray:
            shape = (new, *array.shape[1:])
            grown = np.full(shape, fill, dtype=array.dtype)
            grown[:old] = array
            return grown

        self.sums = widen(self.sums, 0)
        self.units = widen(self.units, 0)
        self.active = widen(self.active, False)
        self.counts = widen(self.counts, 0)
        self.first_seen = widen(self.first_seen, np.nan)
        self.last_seen = widen(self.last_seen, np.nan)
        self.touched = widen(self.touched, 0)
        self.term_norms = widen(self.term_norms, 0.0)
        self.keys.extend([None] * (new - old))
        self.terms.extend({} for _ in range(new - old))

    def open(self, key: str) -> int:
        # Lowest free slot first, so slot numbers (and argmax tie-breaks) are reproducible.
        if self._free:
            slot = min(self._free)
            self._free.remove(slot)
        else:
            if self._high_water == len(self.active):
                self._grow()
            slot = self._high_water
            self._high_water += 1
        self.active[slot] = True
        self.keys[slot] = key
        self.slot_of[key] = slot
        return slot

    def close(self, slot: int) -> None:
        key = self.keys[slot]
        if key is not None:
            del self.slot_of[key]
        for term in self.terms[slot]:
            posting = self.postings.get(term)
            if posting is not None:
                posting.pop(slot, None)
                if not posting:
                    del self.postings[term]
        self.terms[slot] = {}
        self.term_norms[slot] = 0.0
        self.sums[slot] = 0
        self.units[slot] = 0
        if self.members.pop(slot, None) is not None:
            self._member_stack = None
        self.active[slot] = False
        self.counts[slot] = 0
        self.first_seen[slot] = np.nan
        self.last_seen[slot] = np.nan
        self.keys[slot] = None
        self._free.append(slot)

    # -- content -----------------------------------------------------------

    def add(self, slot: int, vector_sum: np.ndarray, count: int, terms: dict[str, float]) -> None:
        self.sums[slot] += vector_sum
        self.units[slot] = unit(self.sums[slot])
        self.counts[slot] += count
        self._add_terms(slot, terms)

    def _add_terms(self, slot: int, terms: dict[str, float]) -> None:
        own = self.terms[slot]
        for term, weight in terms.items():
            own[term] = own.get(term, 0.0) + weight
        if len(own) > self.max_terms:
            ranked = sorted(own.items(), key=lambda item: (-item[1], item[0]))
            for term, _ in ranked[self.max_terms :]:
                del own[term]
                posting = self.postings.get(term)
                if posting is not None:
                    posting.pop(slot, None)
                    if not posting:
                        del self.postings[term]
        for term in terms:
            if term in own:
                self.postings.setdefault(term, {})[slot] = own[term]
        self.term_norms[slot] = math.sqrt(sum(w * w for w in own.values()))

    def add_member(self, slot: int, vector: np.ndarray) -> None:
        k = self.member_sample
        if not k:
            return
        row = np.asarray(vector, dtype=np.float32).reshape(1, self.dim)
        kept = self.members.get(slot)
        self.members[slot] = row.copy() if kept is None else np.vstack((kept, row))[-k:]
        self._member_stack = None

    def members_of(self, slot: int) -> np.ndarray:
        """The kept member vectors of a slot, oldest first."""
        kept = self.members.get(slot)
        return kept.copy() if kept is not None else np.zeros((0, self.dim), dtype=np.float32)

    def _stacked_members(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every kept member as one unit-row matrix, grouped by slot: (rows, the slots, where
        each slot's rows start). Rebuilt only after members change."""
        if self._member_stack is None:
            slots = np.array(sorted(self.members), dtype=np.int64)
            blocks = [self.members[int(slot)] for slot in slots]
            rows = np.vstack(blocks) if blocks else np.zeros((0, self.dim), dtype=np.float32)
            norms = np.linalg.norm(rows, axis=1, keepdims=True)
            rows = rows / np.maximum(norms, 1e-12)
            sizes = np.array([len(block) for block in blocks], dtype=np.int64)
            starts = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64)
            self._member_stack = (rows, slots, starts)
        return self._member_stack

    def member_links(self, queries: np.ndarray) -> np.ndarray:
        """Per slot, the mean over the (unit) query vectors of the cosine of the slot's
        nearest kept member; NaN for slots that keep no members."""
        links = np.full(self._high_water, np.nan)
        rows, slots, starts = self._stacked_members()
        if len(rows) and len(queries):
            nearest = np.maximum.reduceat(queries @ rows.T, starts, axis=1)
            links[slots] = nearest.mean(axis=0)
        return links

    def member_votes(self, direction: np.ndarray, neighbours: int) -> dict[int, float]:
        """Per slot, the summed cosine of its members among the nearest kept members."""
        rows, slots, starts = self._stacked_members()
        if not len(rows):
            return {}
        sims = rows @ direction
        owners = np.repeat(slots, np.diff(np.append(starts, len(rows))))
        count = min(neighbours, len(rows))
        nearest = np.argpartition(-sims, count - 1)[:count]
        votes: dict[int, float] = {}
        for row in sorted(nearest.tolist()):
            owner = int(owners[row])
            votes[owner] = votes.get(owner, 0.0) + float(sims[row])
        return votes

    def top_terms(self, slot: int, limit: int) -> dict[str, float]:
        ranked = sorted(self.terms[slot].items(), key=lambda item: (-item[1], item[0]))
        return dict(ranked[:limit])

    def note_time(self, slot: int, seconds: float | None, tick: int) -> None:
        self.touched[slot] = tick
        if seconds is None:
            return
        first, last = self.first_seen[slot], self.last_seen[slot]
        self.first_seen[slot] = seconds if np.isnan(first) else min(first, seconds)
        self.last_seen[slot] = seconds if np.isnan(last) else max(last, seconds)

    # -- scoring -----------------------------------------------------------

    def scores(
        self, direction: np.ndarray, terms: dict[str, float], dense_weight: float
    ) -> np.ndarray:
        """Combined cosine of a (unit) vector and term weights with every slot; -inf if empty."""
        top = self._high_water
        combined = dense_weight * (self.units[:top] @ direction)
        term_norm = math.sqrt(sum(w * w for w in terms.values()))
        if term_norm > 0 and dense_weight < 1.0:
            overlap: dict[int, float] = {}
            for term, weight in terms.items():
                posting = self.postings.get(term)
                if posting:
                    for slot, slot_weight in posting.items():
                        overlap[slot] = overlap.get(slot, 0.0) + weight * slot_weight
            if overlap:
                slots = np.fromiter(overlap.keys(), dtype=np.int64, count=len(overlap))
                dots = np.fromiter(overlap.values(), dtype=np.float64, count=len(overlap))
                norms = self.term_norms[slots] * term_norm
                combined[slots] += (1.0 - dense_weight) * dots / np.maximum(norms, 1e-12)
        combined[~self.active[:top]] = _MISSING
        scores: np.ndarray = combined
        return scores

    def joinable(self, now: float, window: float) -> np.ndarray:
        """Per slot: does a moment `now` fall within `window` of the slot's time span?"""
        top = self._high_water
        first, last = self.first_seen[:top], self.last_seen[:top]
        with np.errstate(invalid="ignore"):
            inside = (now <= last + window) & (now >= first - window)
        joinable: np.ndarray = np.isnan(last) | inside
        return joinable

    def expired(self, cutoff: float) -> np.ndarray:
        """Active slots whose last member is older than `cutoff`."""
        slots = self.active_slots()
        with np.errstate(invalid="ignore"):
            expired: np.ndarray = slots[self.last_seen[slots] < cutoff]
        return expired

    def active_slots(self) -> np.ndarray:
        return np.flatnonzero(self.active[: self._high_water])
