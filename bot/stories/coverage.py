"""Keep each followed story's post up to date: one post per (follow, story), revised as
coverage grows, with a thread reply when something major changes."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.delivery.placement import Identity, Placement, with_placement
from bot.feeds.placing import WEBHOOK_STYLE, outlet_identity
from bot.storage import feeds as feed_store
from bot.storage import follows as follow_store
from bot.storage import stories as story_store
from bot.storage.database import Database
from bot.storage.follows import Follow
from bot.stories.findings import ReportedDeadline, merge_deadlines, with_sources
from bot.stories.matching import TopicQuery
from bot.stories.models import QuoteLine, SourceLink, StoryView
from bot.stories.story_payload import story_post

# "Many new sources" for a thread reply: at least this many more outlets than last shown.
MANY_NEW_SOURCES = 3
TITLES_FOR_MATCHING = 30


@dataclass(frozen=True)
class StoryRows:
    """One story as stored, read once for everything an answer about it shows."""

    story: story_store.Story
    articles: list[story_store.Article]
    quotes: list[story_store.StoredQuote]
    deadlines: list[ReportedDeadline]

    @property
    def headline(self) -> str:
        """The lead article's headline: the one whose link the story shows."""
        lead = self.lead
        return lead.title if lead else self.story.headline

    @property
    def lead(self) -> story_store.Article | None:
        return next((a for a in self.articles if a.id == self.story.lead_article_id), None)


async def load_story_rows(db: Database, story_id: int) -> StoryRows | None:
    # One snapshot: a story placed or refreshed between the reads would otherwise show
    # counts, a lead and articles from different moments.
    async with db.read_snapshot() as conn:
        story = await story_store.story_by_id(conn, story_id)
        if story is None:
            return None
        articles = await story_store.story_articles(conn, story_id)
        return await _with_findings(conn, story, articles)


async def _with_findings(conn: AsyncConnection, story: story_store.Story,
                         articles: list[story_store.Article]) -> StoryRows:
    quotes = await story_store.story_quotes_of(conn, story.id)
    deadlines = await story_store.story_deadlines_of(conn, story.id)
    return StoryRows(story, articles, quotes, merge_deadlines(with_sources(deadlines, articles)))


def story_view_of(rows: StoryRows) -> StoryView:
    story, articles = rows.story, rows.articles
    summary = [line for line in story.summary.split("\n") if line.strip()]
    # Headline and link come from one article, the lead the engine chose.
    lead = rows.lead
    return StoryView(
        story_id=story.id, headline=rows.headline,
        url=lead.url if lead else (articles[0].url if articles else ""),
        summary=summary,
        sources=[SourceLink(a.source or "unknown outlet", a.url, a.title, a.published)
                 for a in articles],
        quotes=_key_quotes(rows.quotes),
        deadlines=[d.line for d in rows.deadlines],
        first_seen=story.first_seen_at, last_updated=story.last_updated_at)


async def build_story_view(db: Database, story_id: int) -> StoryView | None:
    rows = await load_story_rows(db, story_id)
    return story_view_of(rows) if rows is not None else None


def _key_quotes(quotes: Iterable[story_store.StoredQuote]) -> list[QuoteLine]:
    """Attributed quotes first, each text once (wire copies repeat them)."""
    seen: set[str] = set()
    lines = []
    for quote in sorted(quotes, key=lambda q: (q.speaker is None, len(q.text) > 280)):
        key = quote.text.lower()[:80]
        if key not in seen:
            seen.add(key)
            lines.append(QuoteLine(quote.text, quote.speaker))
    return lines


def shown_facts(view: StoryView) -> dict[str, Any]:
    return {"sources": len(view.outlets), "speakers": view.speakers,
            "deadlines": sorted(d.phrase.lower() for d in view.deadlines)}


def development_news(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """What is big enough for a reply in the post's thread; nothing for a small update."""
    news = []
    new_deadlines = sorted(set(after["deadlines"]) - set(before.get("deadlines", [])))
    if new_deadlines:
        news.append(f"⏰ new deadline: *{'*, *'.join(new_deadlines[:3])}*")
    new_speakers = sorted(set(after["speakers"]) - set(before.get("speakers", [])))
    if new_speakers:
        news.append(f"🗣️ {', '.join(new_speakers[:3])} now quoted")
    grew = int(after["sources"]) - int(before.get("sources", 0))
    if grew >= MANY_NEW_SOURCES:
        news.append(f"📰 {grew} more outlets report this ({after['sources']} in all)")
    return news


def reply_text(news: list[str]) -> str | None:
    return "Update: " + "; ".join(news) + "." if news else None


def follow_query(follow: Follow) -> TopicQuery:
    return TopicQuery.parse(follow.topic, follow.keywords, follow.exclude)


def matching_texts(story: story_store.Story, articles: list[story_store.Article]) -> list[str]:
    """What a follow's topic is matched against: the story's words and its first reports'."""
    return [story.headline, story.summary,
            *(f"{a.title} {a.text[:300]}" for a in articles[:TITLES_FOR_MATCHING])]


async def update_story_posts(db: Database, story_ids: Iterable[int], now: datetime,
                             follows: list[Follow] | None = None) -> int:
    """Create or revise the post of every (matching follow, story); returns how many
    posts now wait for the publisher."""
    follows = follows if follows is not None else await follow_store.active_follows(db)
    if not follows:
        return 0
    changed = 0
    for story_id in sorted(set(story_ids)):
        matched = await _matched_rows(db, story_id, follows)
        if matched is None:
            continue
        rows, matching = matched
        view = story_view_of(rows)
        # Read the lead outlet's icon once per story, not once per follow posting as it.
        as_outlet = any(f.style == WEBHOOK_STYLE for f in matching)
        identity = await lead_identity(db, view) if as_outlet else None
        for follow in matching:
            changed += await update_post(db, follow, view, now, identity=identity)
    return changed


async def _matched_rows(db: Database, story_id: int, follows: list[Follow]
                        ) -> tuple[StoryRows, list[Follow]] | None:
    """The story read once, in one snapshot, and the follows it matches; its quotes and
    deadlines only when some follow does (most stories match none)."""
    async with db.read_snapshot() as conn:
        story = await story_store.story_by_id(conn, story_id)
        if story is None:
            return None
        articles = await story_store.story_articles(conn, story_id)
        texts = matching_texts(story, articles)
        matching = [f for f in follows if follow_query(f).matches(texts)]
        if not matching:
            return None
        return await _with_findings(conn, story, articles), matching


def lead_outlet(view: StoryView) -> str:
    """The outlet of the article the story's headline and link come from."""
    lead = next((s for s in view.sources if s.url == view.url),
                view.sources[0] if view.sources else None)
    return lead.outlet if lead else "News"


async def lead_identity(db: Database, view: StoryView) -> Identity:
    """The lead outlet's name and icon (if known), for posts sent through the webhook."""
    outlet = lead_outlet(view)
    async with db.connect_readonly() as conn:
        return outlet_identity(outlet, await feed_store.outlet_icon(conn, outlet))


async def update_post(db: Database, follow: Follow, view: StoryView, now: datetime, *,
                      identity: Identity | None = None) -> int:
    if len(view.outlets) < follow.min_sources:
        return 0
    message = story_post(view, follow_id=follow.id, role_id=follow.role_id, topic=follow.topic)
    if follow.style == WEBHOOK_STYLE:
        identity = identity or await lead_identity(db, view)
        message = with_placement(message, Placement(identity=identity))
    shown = shown_facts(view)
    async with db.begin() as conn:
        post = await follow_store.post_for(conn, follow.id, view.story_id)
        if post is None:
            await follow_store.create_post(conn, follow, view.story_id,
                                           {"message": message, "reply": None}, shown, now)
            return 1
        if post.message_id is not None:
            # The role is pinged once, by the first post; edits never ping again.
            message.pop("content", None)
            message["allowed_mentions"] = {"parse": []}
        news = development_news(post.shown, shown) if post.message_id else []
        # A new speaker may leave the post's text as it was (it shows the key quote only),
        # yet still deserves its reply in the thread.
        if not news and json.dumps(post.payload.get("message"), sort_keys=True) == json.dumps(
                message, sort_keys=True):
            return 0
        # A version not published yet is replaced: its news goes into this version's reply.
        if post.published_version < post.version:
            news = [*post.payload.get("news", []), *news]
        await follow_store.revise_post(
            conn, post, {"message": message, "reply": reply_text(news), "news": news},
            shown, now)
    return 1
