"""Forum tag rules: a tag of the feed's forum applied to items matching its keywords."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.feeds.filters import FeedFilter
from bot.feeds.models import FeedItem
from bot.render.limits import FORUM_APPLIED_TAGS


@dataclass(frozen=True)
class TagRule:
    tag_id: int
    tag: str
    keywords: list[str]

    def matches(self, item: FeedItem) -> bool:
        return FeedFilter(include=self.keywords).matches(item).passed


def load_rules(raw: str) -> list[TagRule]:
    try:
        stored = json.loads(raw or "[]")
    except json.JSONDecodeError:
        return []
    return [TagRule(int(r["tag_id"]), str(r["tag"]), [str(k) for k in r["keywords"]])
            for r in stored if isinstance(r, dict)]


@lru_cache(maxsize=1024)
def rules_of(raw: str) -> tuple[TagRule, ...]:
    """A subscription's stored rules, parsed once: every item of every poll asks."""
    return tuple(load_rules(raw))


def dump_rules(rules: list[TagRule]) -> str:
    return json.dumps([{"tag_id": r.tag_id, "tag": r.tag, "keywords": r.keywords}
                       for r in rules])


def set_rule(rules: list[TagRule], rule: TagRule) -> list[TagRule]:
    """Replace the rule for the same tag, or add it; a rule without keywords removes it."""
    kept = [r for r in rules if r.tag_id != rule.tag_id]
    return [*kept, rule] if rule.keywords else kept


def tags_for(item: FeedItem, rules: Sequence[TagRule]) -> list[int]:
    return [r.tag_id for r in rules if r.matches(item)][:FORUM_APPLIED_TAGS]


def describe(rules: list[TagRule]) -> list[str]:
    return [f"**{r.tag}** ← {', '.join(r.keywords)}" for r in rules]
