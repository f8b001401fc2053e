"""Articles, stories, and what the analysis found in them (quotes, deadlines)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.storage.database import Database
from bot.storage.tables import articles, stories, story_deadlines, story_posts, story_quotes
from bot.storage.upsert import insert_ignore


@dataclass(frozen=True)
class Article:
    id: int
    url: str
    title: str
    text: str
    source: str
    published: datetime | None
    first_seen_at: datetime
    origin: str
    story_id: int | None
    duplicate_of: int | None
    assigned: bool
    brief: str | None
    analysed: bool


@dataclass(frozen=True)
class Story:
    id: int
    key: str
    topic_key: str
    headline: str
    summary: str
    first_seen_at: datetime
    last_updated_at: datetime
    article_count: int
    source_count: int
    state: str | None
    lead_article_id: int | None


@dataclass(frozen=True)
class StoredQuote:
    story_id: int
    article_id: int
    text: str
    speaker: str | None
    published: datetime | None


@dataclass(frozen=True)
class StoredDeadline:
    id: int
    story_id: int
    article_id: int
    phrase: str
    about: str
    earliest: datetime
    latest: datetime


def _article(row: sa.Row[Any]) -> Article:
    return Article(**{c.name: row._mapping[c] for c in articles.c})


def _story(row: sa.Row[Any]) -> Story:
    return Story(**{c.name: row._mapping[c] for c in stories.c})


async def add_articles(conn: AsyncConnection, rows: Sequence[dict[str, Any]]) -> None:
    """Insert new articles; one already known by URL (another feed, a search) is skipped."""
    await insert_ignore(conn, articles, list(rows))


async def unassigned_articles(db: Database, limit: int) -> list[Article]:
    async with db.connect_readonly() as conn:
        rows = await conn.execute(sa.select(articles).where(articles.c.assigned.is_(False))
                                  .order_by(articles.c.published.is_(None),
                                            articles.c.published, articles.c.id).limit(limit))
        return [_article(row) for row in rows]


async def story_by_key(conn: AsyncConnection, key: str) -> Story | None:
    row = (await conn.execute(sa.select(stories).where(stories.c.key == key))).first()
    return None if row is None else _story(row)


async def save_story(conn: AsyncConnection, *, key: str, topic_key: str, headline: str,
                     now: datetime, state: str | None) -> Story:
    existing = await story_by_key(conn, key)
    if existing is None:
        await conn.execute(stories.insert().values(
            key=key, topic_key=topic_key, headline=headline[:500], first_seen_at=now,
            last_updated_at=now, state=state))
    else:
        await conn.execute(stories.update().where(stories.c.id == existing.id).values(
            topic_key=topic_key, last_updated_at=now, state=state))
    story = await story_by_key(conn, key)
    assert story is not None
    return story


async def fold_story(conn: AsyncConnection, *, absorbed_key: str, keeper_id: int) -> int | None:
    """The clusterer found two stored stories to be one: move everything to the keeper.
    A follow's post of the absorbed story carries on as the keeper's post if it has none.
    Returns the id of the story folded away, if there was one."""
    absorbed = await story_by_key(conn, absorbed_key)
    if absorbed is None or absorbed.id == keeper_id:
        return None
    for table in (articles, story_quotes, story_deadlines):
        await conn.execute(table.update().where(table.c.story_id == absorbed.id)
                           .values(story_id=keeper_id))
    keeper_follows = sa.select(story_posts.c.follow_id).where(story_posts.c.story_id == keeper_id)
    await conn.execute(story_posts.update().where(
        story_posts.c.story_id == absorbed.id,
        story_posts.c.follow_id.not_in(keeper_follows)).values(story_id=keeper_id))
    await conn.execute(stories.delete().where(stories.c.id == absorbed.id))
    await conn.execute(stories.update().where(
        stories.c.id == keeper_id, stories.c.first_seen_at > absorbed.first_seen_at
    ).values(first_seen_at=absorbed.first_seen_at))
    return absorbed.id


async def refresh_story(conn: AsyncConnection, story_id: int) -> None:
    """Counts, and the lead article: the earliest original report, whose title is the
    story's headline and whose link is the story's link."""
    counts = (await conn.execute(
        sa.select(sa.func.count(), sa.func.count(sa.distinct(articles.c.source)))
        .where(articles.c.story_id == story_id))).one()
    lead = (await conn.execute(
        sa.select(articles.c.id, articles.c.title).where(articles.c.story_id == story_id)
        .order_by(articles.c.duplicate_of.is_not(None), articles.c.published.is_(None),
                  articles.c.published, articles.c.id).limit(1))).first()
    values: dict[str, Any] = {"article_count": counts[0], "source_count": counts[1]}
    if lead is not None:
        values.update(lead_article_id=lead.id, headline=lead.title[:500])
    await conn.execute(stories.update().where(stories.c.id == story_id).values(**values))


async def mark_placed(conn: AsyncConnection, placed: Sequence[dict[str, Any]]) -> None:
    """Rows of {article_id, story_id, duplicate_of}: one statement for the whole batch. A
    wire copy has nothing new to read, so it needs no analysis."""
    if not placed:
        return
    await conn.execute(
        articles.update().where(articles.c.id == sa.bindparam("article_id")).values(
            story_id=sa.bindparam("story_id"), duplicate_of=sa.bindparam("duplicate_of"),
            assigned=True, analysed=sa.bindparam("analysed")),
        [{**row, "analysed": row["duplicate_of"] is not None} for row in placed])


async def unanalysed_articles(db: Database, limit: int) -> list[Article]:
    async with db.connect_readonly() as conn:
        rows = await conn.execute(sa.select(articles).where(
            articles.c.analysed.is_(False), articles.c.assigned.is_(True))
            .order_by(articles.c.id).limit(limit))
        return [_article(row) for row in rows]


async def file_analyses(conn: AsyncConnection,
                        read: Sequence[tuple[int, str | None, str]]) -> dict[int, int]:
    """Mark a batch of articles read, given (article id, brief, summary) each; returns the
    story each belongs to now (folds may have moved it since placement), by article. A
    story's summary grows to the longest of its articles' summaries if that is longer."""
    if not read:
        return {}
    await conn.execute(articles.update().where(articles.c.id == sa.bindparam("article_key"))
                       .values(brief=sa.bindparam("brief"), analysed=True),
                       [{"article_key": aid, "brief": brief} for aid, brief, _ in read])
    rows = await conn.execute(sa.select(articles.c.id, articles.c.story_id)
                              .where(articles.c.id.in_([aid for aid, _, _ in read])))
    story_of = {row.id: row.story_id for row in rows if row.story_id is not None}
    longest: dict[int, str] = {}
    for aid, _, summary in read:
        story_id, summary = story_of.get(aid), summary[:2000]
        if story_id is not None and len(summary) > len(longest.get(story_id, "")):
            longest[story_id] = summary
    for story_id, summary in longest.items():
        await conn.execute(stories.update().where(
            stories.c.id == story_id, sa.func.length(stories.c.summary) < len(summary))
            .values(summary=summary))
    return story_of


async def placement_behind(db: Database, limit: int) -> bool:
    """More than `limit` articles wait to be placed (counted no further than that)."""
    waiting = sa.select(articles.c.id).where(articles.c.assigned.is_(False)).limit(limit + 1)
    async with db.connect_readonly() as conn:
        count = (await conn.execute(sa.select(sa.func.count()).select_from(waiting.subquery()))
                 ).scalar_one()
    return int(count) > limit


@dataclass(frozen=True)
class StoryBacklog:
    unplaced: int
    unanalysed: int


async def story_backlog(db: Database) -> StoryBacklog:
    """Articles waiting for the story engine: not yet placed, placed but not yet read."""
    async with db.connect_readonly() as conn:
        unplaced = (await conn.execute(sa.select(sa.func.count()).select_from(articles)
                                       .where(articles.c.assigned.is_(False)))).scalar_one()
        unanalysed = (await conn.execute(sa.select(sa.func.count()).select_from(articles).where(
            articles.c.analysed.is_(False), articles.c.assigned.is_(True)))).scalar_one()
    return StoryBacklog(int(unplaced), int(unanalysed))


async def stories_reading(db: Database, story_ids: Sequence[int]) -> set[int]:
    """Those of the stories that still have an article waiting to be read."""
    if not story_ids:
        return set()
    async with db.connect_readonly() as conn:
        rows = await conn.execute(sa.select(articles.c.story_id).distinct().where(
            articles.c.story_id.in_(list(story_ids)), articles.c.analysed.is_(False)))
        return {int(row[0]) for row in rows}


async def add_findings(conn: AsyncConnection, quotes: Sequence[dict[str, Any]],
                       deadlines: Sequence[dict[str, Any]]) -> None:
    if quotes:
        await conn.execute(story_quotes.insert(), list(quotes))
    if deadlines:
        await conn.execute(story_deadlines.insert(), list(deadlines))


async def get_article(db: Database, article_id: int) -> Article | None:
    async with db.connect_readonly() as conn:
        row = (await conn.execute(sa.select(articles).where(articles.c.id == article_id))
               ).first()
    return None if row is None else _article(row)


async def active_story_states(db: Database, since: datetime) -> list[Story]:
    async with db.connect_readonly() as conn:
        rows = await conn.execute(sa.select(stories).where(
            stories.c.last_updated_at >= since, stories.c.state.is_not(None))
            .order_by(stories.c.id))
        return [_story(row) for row in rows]


async def get_story(db: Database, story_id: int) -> Story | None:
    async with db.connect_readonly() as conn:
        return await story_by_id(conn, story_id)


async def story_by_id(conn: AsyncConnection, story_id: int) -> Story | None:
    row = (await conn.execute(sa.select(stories).where(stories.c.id == story_id))).first()
    return None if row is None else _story(row)


async def story_articles(conn: AsyncConnection, story_id: int) -> list[Article]:
    rows = await conn.execute(sa.select(articles).where(articles.c.story_id == story_id)
                              .order_by(articles.c.published, articles.c.id))
    return [_article(row) for row in rows]


async def story_quotes_of(conn: AsyncConnection, story_id: int) -> list[StoredQuote]:
    rows = await conn.execute(sa.select(story_quotes).where(
        story_quotes.c.story_id == story_id).order_by(story_quotes.c.id))
    return [_quote(row) for row in rows]


async def story_deadlines_of(conn: AsyncConnection, story_id: int) -> list[StoredDeadline]:
    rows = await conn.execute(sa.select(story_deadlines).where(
        story_deadlines.c.story_id == story_id).order_by(story_deadlines.c.latest))
    return [StoredDeadline(**row._mapping) for row in rows]


async def recent_stories(db: Database, since: datetime, limit: int = 200) -> list[Story]:
    async with db.connect_readonly() as conn:
        rows = await conn.execute(sa.select(stories).where(stories.c.last_updated_at >= since)
                                  .order_by(stories.c.last_updated_at.desc()).limit(limit))
        return [_story(row) for row in rows]


async def recent_story_texts(db: Database, since: datetime, limit: int = 500,
                             titles_per_story: int = 30) -> list[tuple[Story, list[str]]]:
    """Recent stories, newest first, each with the text a topic is matched against
    (headline, summary, its articles' titles and leads): two queries in all, however
    many stories there are."""
    recent = await recent_stories(db, since, limit)
    if not recent:
        return []
    texts: dict[int, list[str]] = {s.id: [s.headline, s.summary] for s in recent}
    async with db.connect_readonly() as conn:
        rows = await conn.execute(
            sa.select(articles.c.story_id, articles.c.title,
                      sa.func.substr(articles.c.text, 1, 300))
            .where(articles.c.story_id.in_(list(texts))).order_by(articles.c.id))
        for story_id, title, lead in rows:
            if len(texts[story_id]) < titles_per_story + 2:
                texts[story_id].append(f"{title} {lead or ''}")
    return [(story, texts[story.id]) for story in recent]


async def stories_of_topic(db: Database, topic_key: str) -> list[Story]:
    async with db.connect_readonly() as conn:
        rows = await conn.execute(sa.select(stories).where(stories.c.topic_key == topic_key)
                                  .order_by(stories.c.first_seen_at))
        return [_story(row) for row in rows]


async def quotes_by_speaker(db: Database, speaker: str, since: datetime | None = None,
                            story_ids: Sequence[int] | None = None,
                            limit: int = 20) -> list[tuple[StoredQuote, Article]]:
    """Newest first; `speaker` matches any part of the folded speaker name."""
    query = (sa.select(story_quotes, articles)
             .join(articles, articles.c.id == story_quotes.c.article_id)
             .where(sa.func.lower(story_quotes.c.speaker).like(f"%{speaker.lower()}%")))
    if since is not None:
        query = query.where(story_quotes.c.published >= since)
    if story_ids is not None:
        query = query.where(story_quotes.c.story_id.in_(list(story_ids)))
    query = query.order_by(story_quotes.c.published.desc(), story_quotes.c.id.desc()).limit(limit)
    async with db.connect_readonly() as conn:
        rows = (await conn.execute(query)).all()
    return [(_quote(row), _article(row)) for row in rows]


def _quote(row: sa.Row[Any]) -> StoredQuote:
    values = row._mapping
    return StoredQuote(values[story_quotes.c.story_id], values[story_quotes.c.article_id],
                       values[story_quotes.c.text], values[story_quotes.c.speaker],
                       values[story_quotes.c.published])


async def first_article_urls(db: Database, story_ids: Sequence[int]) -> dict[int, str]:
    """Each story's first article link (in the order story_articles gives), one query."""
    if not story_ids:
        return {}
    async with db.connect_readonly() as conn:
        rows = await conn.execute(
            sa.select(articles.c.story_id, articles.c.url)
            .where(articles.c.story_id.in_(list(story_ids)))
            .order_by(articles.c.story_id, articles.c.published, articles.c.id))
        first: dict[int, str] = {}
        for story_id, url in rows:
            first.setdefault(story_id, url)
    return first


@dataclass(frozen=True)
class SourcedDeadline:
    """A deadline with the outlet and link of the article that reported it."""

    deadline: StoredDeadline
    source: str
    url: str


async def deadlines_with_sources(db: Database, after: datetime, story_ids: Sequence[int],
                                 limit: int) -> list[SourcedDeadline]:
    """The stories' deadlines ending after `after`, soonest first, each with its article's
    outlet and link: one query."""
    query = (sa.select(story_deadlines, articles.c.source, articles.c.url)
             .join(articles, articles.c.id == story_deadlines.c.article_id, isouter=True)
             .where(story_deadlines.c.latest >= after,
                    story_deadlines.c.story_id.in_(list(story_ids)))
             .order_by(story_deadlines.c.latest, story_deadlines.c.id).limit(limit))
    async with db.connect_readonly() as conn:
        rows = (await conn.execute(query)).all()
    return [SourcedDeadline(
        StoredDeadline(**{c.name: row._mapping[c] for c in story_deadlines.c}),
        row.source or "", row.url or "") for row in rows]
