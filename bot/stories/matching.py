"""Does a story belong to a followed topic? Plain words, sharpened by keywords/excludes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

STOPWORDS = frozenset("""
a an and the of in on at to for from by with about over after before into as is are was were
be been this that these those it its his her their our your my new news latest update updates
says said say will would could should may might than then there here what who whom which why
how when where all any some more most other such no not only own same so too very just
""".split())
_WORD = re.compile(r"[\w’']+")


def stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    for suffix in ("'s", "ies", "es", "s", "ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    # Cached: the same story texts are matched against every follow and every query.
    return frozenset(stem(w) for w in _WORD.findall(text)
                     if w.lower() not in STOPWORDS and len(w) > 1)


def split_terms(raw: str) -> list[str]:
    return [term.strip() for term in raw.split(",") if term.strip()]


@dataclass(frozen=True)
class TopicQuery:
    """A follow's topic: most of its words must appear; any keyword must (if given); no
    exclude may. Matching is on stems, so 'talks' finds 'talk'."""

    topic: str
    keywords: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @classmethod
    def parse(cls, topic: str, keywords: str = "", exclude: str = "") -> TopicQuery:
        return cls(topic.strip(), tuple(split_terms(keywords)), tuple(split_terms(exclude)))

    @cached_property
    def topic_words(self) -> frozenset[str]:
        return content_words(self.topic)

    def required_share(self) -> float:
        # A one- or two-word topic must appear whole; longer ones may miss a word in three.
        words = len(self.topic_words)
        return 1.0 if words <= 2 else 0.66

    def matches(self, texts: Iterable[str]) -> bool:
        words: set[str] = set()
        for text in texts:
            words |= content_words(text)
        return self._matches_words(words)

    def matching(self, candidates: Sequence[tuple[object, list[str]]]) -> list[int]:
        """Indexes of the candidates whose texts match; CPU only, so callers on the event
        loop run it in a thread when there are many."""
        return [i for i, (_, texts) in enumerate(candidates) if self.matches(texts)]

    def _matches_words(self, words: set[str]) -> bool:
        wanted = self.topic_words
        if wanted and len(wanted & words) / len(wanted) < self.required_share():
            return False
        if self.keywords and not any(content_words(k) <= words for k in self.keywords):
            return False
        return not any(content_words(e) and content_words(e) <= words for e in self.exclude)

    def search_terms(self) -> str:
        """What to ask the news search providers."""
        return " ".join([self.topic, *self.keywords])
