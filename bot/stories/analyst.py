"""The analysis stage: read each placed article and file what it says under its story.

An article is read from its page where the page can be fetched and extracted (the same
reading `/summarize` gives, shared through the brief cache, so `/quotes` and `/deadlines`
agree with it), else from the feed's own text. Placement never waits for this stage: a
story exists as soon as its first article is placed, and grows its quotes, deadlines and
summary as its articles are read.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from bot.analysis import analyse
from bot.articles.service import BriefError, brief_for_url
from bot.background import LoopWorker
from bot.net.http import HttpClient
from bot.storage import stories as store
from bot.storage.database import Database
from bot.storage.stories import Article
from bot.storage.types import utcnow

log = logging.getLogger(__name__)

BATCH = 16
# Placement goes first: while more than a batch of articles waits to be placed, reading
# pauses (placement wakes it after every batch), so a feed cycle is placed as fast as the
# CPU allows and read right after.
PLACEMENT_BEHIND = 200
IDLE_WAIT_SECONDS = 30.0
SUMMARY_SENTENCES = 3  # /summarize's default length, so both share one cached reading
QUOTE_CHARS, PHRASE_CHARS, ABOUT_CHARS = 1000, 200, 300

StoriesChanged = Callable[[set[int]], Awaitable[None]]


class ArticleAnalyst(LoopWorker):
    def __init__(self, db: Database, web: HttpClient | None, *,
                 clock: Callable[[], datetime] = utcnow,
                 on_stories_changed: StoriesChanged | None = None) -> None:
        self.db = db
        self.web = web
        self.clock = clock
        self.on_stories_changed = on_stories_changed
        self.analysed_total = 0
        self._run_rounds("article analysis", self.analyse_pending, idle=IDLE_WAIT_SECONDS)

    async def analyse_pending(self) -> set[int]:
        """Read every placed, unread article; returns the ids of the stories that grew."""
        changed: set[int] = set()
        while not await store.placement_behind(self.db, PLACEMENT_BEHIND) and (
                batch := await store.unanalysed_articles(self.db, BATCH)):
            briefs = await asyncio.gather(*(self.read(article) for article in batch))
            async with self.db.begin() as conn:
                story_of = await store.file_analyses(conn, [
                    (article.id, json.dumps(brief), "\n".join(brief["summary"]))
                    for article, brief in zip(batch, briefs, strict=True)])
                quotes: list[dict[str, Any]] = []
                deadlines: list[dict[str, Any]] = []
                for article, brief in zip(batch, briefs, strict=True):
                    if (story_id := story_of.get(article.id)) is not None:
                        found_quotes, found_deadlines = findings(brief, story_id, article)
                        quotes += found_quotes
                        deadlines += found_deadlines
                await store.add_findings(conn, quotes, deadlines)
            changed |= set(story_of.values())
            self.analysed_total += len(batch)
        if changed and self.on_stories_changed is not None:
            await self.on_stories_changed(changed)
        return changed

    async def read(self, article: Article) -> dict[str, Any]:
        """The article's brief: from its page where that works, else from the feed text."""
        brief: dict[str, Any] | None = None
        if self.web is not None and article.url.startswith(("http://", "https://")):
            try:
                # One attempt: a page that fails is read from the feed's text instead,
                # and retries would hold back the whole batch.
                page = await brief_for_url(self.db, self.web, article.url, SUMMARY_SENTENCES,
                                           self.clock(), retries=0)
                brief = dict(page.brief)
            except BriefError as error:
                log.debug("reading %s from the feed's text: %s", article.url, error)
            except Exception:
                log.exception("reading %s failed; using the feed's text", article.url)
        if brief is None:
            brief = await asyncio.to_thread(feed_text_brief, article)
        brief["summary"] = [s for s in brief.get("summary", [])
                            if s.rstrip(".") != article.title.rstrip(".")]
        return brief


def feed_text_brief(article: Article) -> dict[str, Any]:
    text = f"{article.title}.\n\n{article.text}" if article.text else article.title
    return analyse(text, article.published, title=article.title,
                   sentences=SUMMARY_SENTENCES).to_json_dict()


def findings(brief: dict[str, Any], story_id: int,
             article: Article) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows for story_quotes and story_deadlines from one article's brief."""
    published = article.published
    if published is None and brief.get("published"):
        published = datetime.fromisoformat(brief["published"])
    quotes = [{"story_id": story_id, "article_id": article.id, "text": q["text"][:QUOTE_CHARS],
               "speaker": q["speaker"], "published": published}
              for q in brief.get("quotes", [])]
    deadlines = [{"story_id": story_id, "article_id": article.id,
                  "phrase": d["phrase"][:PHRASE_CHARS],
                  "about": (d.get("about") or "")[:ABOUT_CHARS],
                  "earliest": datetime.fromisoformat(d["earliest"]),
                  "latest": datetime.fromisoformat(d["latest"])}
                 for d in brief.get("deadlines", []) if d.get("earliest") and d.get("latest")]
    return quotes, deadlines
