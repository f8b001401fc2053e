"""Text normalisation for story matching: content terms and wire-copy fingerprints."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_TOKEN = re.compile(r"[a-z0-9]+(?:['’.][a-z0-9]+)*")
_TRAILING_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*$")
# Words that carry no story identity in a headline; numbers and names stay.
_STOPWORDS = frozenset(
    """a an the of to in on for and or is are was were be been being with at by from as it its
    this that these those after over into new says said say will would could should can may
    has have had not no but up out more than about vs his her he she they them their you your
    i we our us who what how why when where which while just also amid per via
    """.split()
)
# Longest first so "ies" wins over "s"; a crude stemmer is enough to let "files", "filing"
# and "filed" meet, and it never touches short words, numbers or names ending in a vowel.
_SUFFIXES = (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))
SHINGLE_SIZE = 3
# Keeping one shingle in four (chosen by hash, so every copy keeps the same ones) bounds the
# fingerprint of a long text while near-copies still share most of what is kept.
_SHINGLE_SAMPLE = 4
_MAX_SHINGLES = 64


def _stem(token: str) -> str:
    if len(token) <= 4 or not token.isalpha():
        return token
    for suffix, replacement in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            return token[: -len(suffix)] + replacement
    return token


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Lower-cased, accent-folded word tokens, possessives cut ("Macron's" -> "macron")."""
    text = _TRAILING_ELLIPSIS.sub("", text)
    tokens = (tok.replace("’", "'").split("'")[0] for tok in _TOKEN.findall(_fold(text)))
    return [tok for tok in tokens if tok]


def content_terms(text: str) -> list[str]:
    """Stemmed words minus stopwords, in first-seen order without repeats."""
    seen: dict[str, None] = {}
    for token in words(text):
        if token not in _STOPWORDS:
            seen.setdefault(_stem(token), None)
    return list(seen)


def _stable_hash(text: str) -> int:
    # Python's hash() is salted per process; fingerprints must survive a restart.
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def text_hash(text: str) -> str:
    """Identity of a text up to case, accents, punctuation and spacing."""
    return hashlib.blake2b(" ".join(words(text)).encode(), digest_size=12).hexdigest()


def shingle_fingerprint(text: str) -> frozenset[int]:
    """A sampled set of word 3-gram hashes, comparable by Jaccard overlap."""
    tokens = words(text)
    if len(tokens) < SHINGLE_SIZE:
        return frozenset({_stable_hash(" ".join(tokens))}) if tokens else frozenset()
    hashes = {
        _stable_hash(" ".join(tokens[i : i + SHINGLE_SIZE]))
        for i in range(len(tokens) - SHINGLE_SIZE + 1)
    }
    sampled = sorted(h for h in hashes if h % _SHINGLE_SAMPLE == 0)
    # Short texts can lose every shingle to sampling; then keep them all.
    kept = sampled if len(sampled) >= 4 else sorted(hashes)
    return frozenset(kept[:_MAX_SHINGLES])


def jaccard(first: frozenset[int], second: frozenset[int]) -> float:
    if not first or not second:
        return 0.0
    shared = len(first & second)
    return shared / (len(first) + len(second) - shared)
