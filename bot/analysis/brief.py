"""The Brief: what a careful reader takes from one article.

`analyse` is a pure, synchronous function (CPU only, no I/O): callers on the event loop
run it in a thread. Everything it needs is rules and word lists shipped with the code, so
there is no model to download or load.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot.analysis.attribution_patterns import bracketed_party_labels
from bot.analysis.deadlines import Deadline, find_deadlines
from bot.analysis.entities import Entity, find_mentions, rank_entities
from bot.analysis.quote_spans import doubled_single_marks
from bot.analysis.quotes import Quote, find_quotes
from bot.analysis.sentences import split_sentences
from bot.analysis.summary import summarize

MIN_SUMMARY_SENTENCES = 1
MAX_SUMMARY_SENTENCES = 8


@dataclass(frozen=True, slots=True)
class Brief:
    title: str | None
    published: datetime | None
    summary: list[str]
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        """The `storyline brief --json` shape: ISO 8601 dates, speaker null when unknown."""
        return {
            "title": self.title,
            "published": _iso(self.published),
            "summary": list(self.summary),
            "quotes": [{"text": q.text, "speaker": q.speaker} for q in self.quotes],
            "entities": [{"name": e.name, "type": e.type, "count": e.count} for e in self.entities],
            "deadlines": [
                {
                    "phrase": d.phrase,
                    "about": d.about,
                    "earliest": _iso(d.earliest),
                    "latest": _iso(d.latest),
                }
                for d in self.deadlines
            ],
        }

    @property
    def people(self) -> list[Entity]:
        return [e for e in self.entities if e.type == "person"]

    @property
    def organisations(self) -> list[Entity]:
        return [e for e in self.entities if e.type == "org"]

    @property
    def places(self) -> list[Entity]:
        return [e for e in self.entities if e.type == "place"]


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def analyse(
    text: str,
    published: datetime | None,
    *,
    title: str | None = None,
    sentences: int = 3,
    now: datetime | None = None,
) -> Brief:
    """Summary, quotes with speakers, entities and deadlines of one article.

    Deadlines resolve against `published`; without it, against `now` (default: the clock),
    since a reader of an undated page reads it today.
    """
    if not MIN_SUMMARY_SENTENCES <= sentences <= MAX_SUMMARY_SENTENCES:
        raise ValueError(
            f"sentences must be {MIN_SUMMARY_SENTENCES}-{MAX_SUMMARY_SENTENCES}, got {sentences}"
        )
    if published is not None and published.tzinfo is None:
        raise ValueError("published must be timezone-aware")
    reference = (published or now or datetime.now(UTC)).astimezone(UTC)
    text = doubled_single_marks(text)
    split = split_sentences(text)
    # Who speaks reads "Sen. Tom Hale, R-Fleming Island, said" with its label bracketed;
    # the summary keeps the article's own punctuation.
    labelled = bracketed_party_labels(text)
    labelled_split = split if labelled == text else split_sentences(labelled)
    mentions = find_mentions(labelled, labelled_split)
    title_names: set[str] = set()
    if title:
        title_sentences = split_sentences(title)
        title_names = {m.surface for m in find_mentions(title, title_sentences)}
        title_names |= {m.canonical for m in mentions if m.surface in title_names}
    return Brief(
        title=title,
        published=published.astimezone(UTC) if published else None,
        summary=[s.text for s in summarize(split, sentences, title=title)],
        quotes=find_quotes(labelled, labelled_split, mentions),
        entities=rank_entities(mentions, title_names),
        deadlines=find_deadlines(split, reference),
    )
