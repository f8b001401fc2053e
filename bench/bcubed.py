"""Item-averaged BCubed precision, recall and F1 (F1 = harmonic mean of the averaged P, R)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence


def bcubed(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> tuple[float, float, float]:
    if len(gold) != len(predicted) or not gold:
        raise ValueError("need one predicted cluster per gold item")
    pairs = Counter(zip(gold, predicted, strict=True))
    gold_sizes, predicted_sizes = Counter(gold), Counter(predicted)
    n = len(gold)
    items = list(zip(gold, predicted, strict=True))
    precision = sum(pairs[g, p] / predicted_sizes[p] for g, p in items) / n
    recall = sum(pairs[g, p] / gold_sizes[g] for g, p in items) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
