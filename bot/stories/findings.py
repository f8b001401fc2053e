"""What a story's articles say, gathered across outlets: one line per deadline, however
many outlets report it, with the outlets that did."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bot.analysis.deadline_repeats import same_thing
from bot.storage.stories import Article, SourcedDeadline, StoredDeadline
from bot.stories.models import DeadlineLine


@dataclass
class ReportedDeadline:
    story_id: int
    line: DeadlineLine
    # (outlet, article url), first report first, each outlet once.
    sources: list[tuple[str, str]] = field(default_factory=list)
    # Every article that reported it, so a chart can mark when it was first reported.
    article_ids: list[int] = field(default_factory=list)


def with_sources(deadlines: Iterable[StoredDeadline],
                 articles: Sequence[Article]) -> list[SourcedDeadline]:
    """A story's deadlines with the outlet and link of the article that reported each."""
    by_id = {article.id: article for article in articles}
    rows = []
    for deadline in deadlines:
        article = by_id.get(deadline.article_id)
        rows.append(SourcedDeadline(deadline, article.source if article else "",
                                    article.url if article else ""))
    return rows


def merge_deadlines(rows: Iterable[SourcedDeadline]) -> list[ReportedDeadline]:
    """Deadlines of one story that resolve to the same day and name the same thing
    become one line, in date order, keeping the longer description of the thing."""
    merged: list[ReportedDeadline] = []
    for row in sorted(rows, key=lambda r: (r.deadline.latest, r.deadline.id)):
        deadline = row.deadline
        found = next((m for m in merged if m.story_id == deadline.story_id
                      and m.line.latest.date() == deadline.latest.date()
                      and same_thing(m.line.about, deadline.about)), None)
        if found is None:
            found = ReportedDeadline(deadline.story_id, DeadlineLine(
                deadline.phrase, deadline.about, deadline.latest))
            merged.append(found)
        elif len(deadline.about) > len(found.line.about):
            found.line = DeadlineLine(found.line.phrase, deadline.about, found.line.latest)
        found.article_ids.append(deadline.article_id)
        if row.source not in {outlet for outlet, _ in found.sources}:
            found.sources.append((row.source, row.url))
    return merged
