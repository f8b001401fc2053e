"""Per-feed item filters: include/exclude keywords and a time-limited regex.

Keywords are case-insensitive and match whole words or phrases ("ai" does not match
"said"); a trailing ``*`` makes a prefix ("elect*" matches "election"). The regex is
run with the ``regex`` package's timeout, so a catastrophic pattern costs at most
``REGEX_TIMEOUT_SECONDS`` per item and counts as "not matched"; :meth:`FeedFilter.verdicts`
runs in a worker thread (``regex`` releases the GIL) with a time budget per poll, so a
slow pattern never stalls the event loop. Patterns with nested repetition, the usual
cause of exponential backtracking, are refused when the filter is saved.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from bot.feeds.models import FeedItem

REGEX_TIMEOUT_SECONDS = 0.05
MAX_REGEX_LENGTH = 300
MAX_KEYWORDS = 50
MAX_KEYWORD_LENGTH = 100
# Longer summaries are cut before regex matching: bounded work per item.
MAX_FILTER_TEXT = 20_000
# Regex time one subscription may spend per poll; later items count as not matched.
FILTER_BUDGET_SECONDS = 1.0


class FilterError(ValueError):
    """A filter that cannot be saved; the message is meant for the admin."""


@dataclass(slots=True, frozen=True)
class FilterResult:
    passed: bool
    reason: str


@dataclass(slots=True)
class FeedFilter:
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    regex: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (_clean(self.include) or _clean(self.exclude) or self.regex)

    def validate(self) -> None:
        """Raise :class:`FilterError` explaining the first problem, if any."""
        for name, keywords in (("include", self.include), ("exclude", self.exclude)):
            if len(keywords) > MAX_KEYWORDS:
                raise FilterError(f"too many {name} keywords (at most {MAX_KEYWORDS})")
            for keyword in keywords:
                if len(keyword) > MAX_KEYWORD_LENGTH:
                    raise FilterError(
                        f"{name} keyword is longer than {MAX_KEYWORD_LENGTH} characters"
                    )
        if self.regex:
            if len(self.regex) > MAX_REGEX_LENGTH:
                raise FilterError(f"regex is longer than {MAX_REGEX_LENGTH} characters")
            try:
                _compile_regex(self.regex)
            except regex.error as error:
                raise FilterError(f"invalid regex: {error}") from None
            if _NESTED_REPETITION.search(_unwrapped(self.regex)):
                raise FilterError(
                    "this regex repeats a group that itself repeats (like (a+)+), which can "
                    "take exponential time on long titles; write it without the nesting, "
                    "for example a+ instead of (a+)+")

    def verdicts(self, items: Sequence[FeedItem],
                 budget: float = FILTER_BUDGET_SECONDS) -> list[FilterResult]:
        """`matches` for each item, within `budget` seconds in all; blocking, so call it
        in a worker thread."""
        deadline = time.monotonic() + budget
        results: list[FilterResult] = []
        for item in items:
            if time.monotonic() > deadline:
                results.append(FilterResult(
                    False, f"the filters used up their {budget:g} s per poll (counted as "
                    "not matched)"))
            else:
                results.append(self.matches(item))
        return results

    def matches(self, item: FeedItem) -> FilterResult:
        text = filter_text(item)
        for keyword in _clean(self.exclude):
            if _keyword_pattern(keyword).search(text):
                return FilterResult(False, f"excluded by keyword '{keyword}'")
        include = _clean(self.include)
        if include:
            hit = next((k for k in include if _keyword_pattern(k).search(text)), None)
            if hit is None:
                listed = ", ".join(f"'{k}'" for k in include)
                return FilterResult(False, f"none of the include keywords matched ({listed})")
        if self.regex:
            try:
                found = _compile_regex(self.regex).search(
                    text[:MAX_FILTER_TEXT], timeout=REGEX_TIMEOUT_SECONDS
                )
            except TimeoutError:
                return FilterResult(
                    False,
                    f"regex took longer than {REGEX_TIMEOUT_SECONDS:g} s and was stopped "
                    "(counted as not matched)",
                )
            except regex.error as error:
                return FilterResult(False, f"regex is invalid: {error}")
            if found is None:
                return FilterResult(False, f"regex /{self.regex}/ did not match")
        return FilterResult(True, "passed the filters" if not self.is_empty else "no filter")


def filter_text(item: FeedItem) -> str:
    """What filters look at: title, plain-text summary and categories."""
    return "\n".join((item.title, item.summary_text, " ".join(item.categories)))


# A group holding a repetition, itself repeated: (a+)+, (\w*\s?)*, (x+){2,}.
_NESTED_REPETITION = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]")
# A group that only wraps another group, ((a+)) or (?:(a+)): unwrapped before the check
# for it, so extra parentheses cannot hide the nesting.
_WRAPPER_GROUP = re.compile(r"\((?:\?:)?(\((?:[^()\\]|\\.)*\))\)")


def _unwrapped(pattern: str) -> str:
    while (simpler := _WRAPPER_GROUP.sub(r"\1", pattern)) != pattern:
        pattern = simpler
    return pattern


def _clean(keywords: list[str]) -> list[str]:
    return [k.strip() for k in keywords if k and k.strip() and k.strip() != "*"]


@lru_cache(maxsize=1024)
def _keyword_pattern(keyword: str) -> re.Pattern[str]:
    # Escaped literals only, so the stdlib engine cannot backtrack badly here.
    prefix = keyword.endswith("*")
    words = keyword.rstrip("*").split()
    body = r"\s+".join(re.escape(word) for word in words)
    tail = "" if prefix else r"(?!\w)"
    return re.compile(rf"(?<!\w){body}{tail}", re.IGNORECASE)


@lru_cache(maxsize=256)
def _compile_regex(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.IGNORECASE | regex.VERSION0)
