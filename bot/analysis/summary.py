"""Extractive news summary: pick N sentences, returned in article order.

Score = graph centrality (TextRank-style PageRank over word overlap) + a lead-position
bonus + overlap with the headline, then greedy selection that penalises overlap with
sentences already picked (maximal marginal relevance). Quotes that stand alone without an
attribution, and fragments that depend on the previous sentence, are left out.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from bot.analysis.sentences import Sentence

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*|\d+(?:[.,]\d+)?%?")
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours out over own same she should so some such than that the their theirs them
    then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your yours said says say told mr mrs ms
    one two new year years last first also would could may might us its it's he's she's""".split()
)
_DEPENDENT_OPENERS = re.compile(
    r"^(?:[\"“]?)(?:But|And|Or|So|Also|However|Yet|Still|This|That|These|Those|It|He|She|They|"
    r"His|Her|Their|Its|Such|Then|Instead|Meanwhile)\b"
)


@dataclass(frozen=True, slots=True)
class SummaryWeights:
    position: float = 0.15  # lead bonus; news puts the gist first
    title: float = 0.3  # share of the headline's words a sentence repeats
    redundancy: float = 0.3  # penalty per unit of overlap with sentences already chosen
    dependent_penalty: float = 0.1  # "But he ..." reads badly out of context


DEFAULT_WEIGHTS = SummaryWeights()
MAX_CANDIDATE_SENTENCES = 200


@lru_cache(maxsize=1 << 16)  # an article stems the same few hundred words again and again
def stem(word: str) -> str:
    """A light suffix stripper: enough to match 'talks'/'talk', 'agreed'/'agree'."""
    word = (
        word.lower().replace("’", "'").rstrip("'s") if word.endswith(("'s", "’s")) else word.lower()
    )
    for suffix in (
        "ations",
        "ation",
        "ments",
        "ment",
        "ings",
        "ing",
        "ies",
        "ied",
        "ed",
        "es",
        "s",
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix in {"ies", "ied"} else "")
    return word


def content_terms(text: str) -> list[str]:
    return [stem(w) for w in _WORD.findall(text) if w.lower() not in _STOPWORDS and len(w) > 1]


def is_bare_quote(text: str) -> bool:
    """A sentence that is a quotation with (almost) nothing around it to say who or why."""
    stripped = text.strip()
    if not stripped or stripped[0] not in '"“':
        return False
    outside = re.sub(r"[\"“][^\"”]*[\"”]", " ", stripped)
    return len(outside.split()) < 3


def is_quote_fragment(text: str) -> bool:
    """Part of a quotation that runs over several sentences: it reads wrong on its own."""
    if text.count("“") != text.count("”"):
        return True
    # An odd straight quote either closes a quotation begun in an earlier sentence or opens
    # one that this sentence does not finish.
    return text.count('"') % 2 == 1


def _norm(vector: Counter[str]) -> float:
    return math.sqrt(sum(v * v for v in vector.values()))


def _cosine(a: Counter[str], b: Counter[str], norm_a: float, norm_b: float) -> float:
    """Cosine of two term counts whose norms (`_norm`) the caller has at hand."""
    if not a or not b:
        return 0.0
    dot = sum(value * b.get(term, 0.0) for term, value in a.items())
    norm = norm_a * norm_b
    return dot / norm if norm else 0.0


def centrality(terms: list[list[str]], damping: float = 0.85, rounds: int = 30) -> np.ndarray:
    """Graph centrality (PageRank over word-overlap similarity), scaled to max 1.

    Overlap is divided by the log lengths, so a long sentence that shares many of the
    article's words ranks high: the sentences a reader would keep.
    """
    count = len(terms)
    # A word of one sentence only adds to that sentence's overlap with itself, which is
    # zeroed below: the columns are the words sentences share, a far narrower product.
    spread = Counter(term for t in terms for term in set(t))
    vocabulary: dict[str, int] = {}
    rows = [
        [vocabulary.setdefault(term, len(vocabulary)) for term in set(t) if spread[term] > 1]
        for t in terms
    ]
    incidence = np.zeros((count, max(len(vocabulary), 1)), dtype=np.float32)
    for row, columns in enumerate(rows):
        incidence[row, columns] = 1.0
    shared = incidence @ incidence.T  # distinct words two sentences have in common
    logs = np.array([math.log(len(t)) if len(t) > 1 else 0.0 for t in terms])
    scale = logs[:, None] + logs[None, :]
    usable = (logs[:, None] > 0) & (logs[None, :] > 0)
    similarity = np.divide(shared, scale, out=np.zeros_like(scale), where=usable)
    np.fill_diagonal(similarity, 0.0)
    out = similarity.sum(axis=1)
    transition = np.divide(
        similarity, out[:, None], out=np.zeros_like(similarity), where=out[:, None] > 0
    )
    scores: np.ndarray = np.full(count, 1.0 / count)
    for _ in range(rounds):
        scores = (1 - damping) / count + damping * transition.T @ scores
    normalised: np.ndarray = scores / scores.max()
    return normalised


def summarize(
    sentences: list[Sentence],
    count: int = 3,
    title: str | None = None,
    weights: SummaryWeights = DEFAULT_WEIGHTS,
) -> list[Sentence]:
    if count <= 0 or not sentences:
        return []
    # Centrality is quadratic in sentences; in a very long piece the gist is in the first
    # couple of hundred sentences anyway.
    sentences = sentences[:MAX_CANDIDATE_SENTENCES]
    terms = [content_terms(s.text) for s in sentences]
    central = centrality(terms)
    title_terms = set(content_terms(title)) if title else set()
    scores: list[float] = []
    for index, sentence in enumerate(sentences):
        score = float(central[index]) + weights.position / (1 + index) ** 0.8
        if title_terms:
            score += weights.title * len(set(terms[index]) & title_terms) / (1 + len(title_terms))
        if _DEPENDENT_OPENERS.match(sentence.text) and index > 0:
            score -= weights.dependent_penalty
        scores.append(score)

    vectors = [Counter(t) for t in terms]
    eligible = [
        i for i, s in enumerate(sentences) if len(terms[i]) >= 4 and not is_bare_quote(s.text)
        and not is_quote_fragment(s.text)
    ] or list(range(len(sentences)))
    norms = [_norm(vector) for vector in vectors]
    # Each sentence's greatest overlap with those chosen so far, grown by the latest one
    # only: no pair is compared twice.
    overlap = [0.0] * len(sentences)
    chosen: list[int] = []
    while eligible and len(chosen) < count:
        best = max(eligible, key=lambda i: scores[i] - weights.redundancy * overlap[i])
        chosen.append(best)
        eligible.remove(best)
        for i in eligible:
            closeness = _cosine(vectors[i], vectors[best], norms[i], norms[best])
            overlap[i] = max(overlap[i], closeness)
    return [sentences[i] for i in sorted(chosen)]
