"""Story posts for the kill tests: one follow per channel of a DeliveryWorld (four text
channels and a forum), a story post per title, grown version by version with a reply in
the post's thread; and the questions asked afterwards: was each post and each reply made
exactly once, where it belongs?"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from bot.sandbox import FakeDiscord
from bot.sandbox.messages import FakeMessage
from bot.storage import follows as follow_store
from bot.storage.database import Database
from bot.storage.guilds import ensure_guild
from bot.storage.stories import save_story
from bot.storage.tables import story_posts
from bot.storage.types import utcnow
from tests.faults.delivery_world import DeliveryWorld


def story_message(title: str, sources: int) -> dict[str, Any]:
    return {"embeds": [{"type": "rich", "title": title,
                        "description": f"{sources} outlets report {title.lower()}.",
                        "footer": {"text": f"{sources} sources"}}],
            "allowed_mentions": {"parse": []}}


@dataclass
class StoryWorld:
    world: DeliveryWorld
    # (follow id, story id) of each title's post.
    posts: dict[str, tuple[int, int]] = field(default_factory=dict)
    replies: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, fake: FakeDiscord, stories: int) -> StoryWorld:
        return cls(DeliveryWorld.build(fake, stories))

    @property
    def fake(self) -> FakeDiscord:
        return self.world.fake

    async def follow_stories(self, db: Database) -> None:
        """A follow per channel; a post (1 source) per story, round-robin over them."""
        guild, now = self.world.guild, utcnow()
        await ensure_guild(db, guild.id)
        follows = [await follow_store.add_follow(
            db, guild_id=guild.id, topic=f"desk {n}", channel_id=target.id, created_at=now)
            for n, target in enumerate(self.world.targets)]
        async with db.begin() as conn:
            for n, title in enumerate(self.world.titles):
                follow = follows[n % len(follows)]
                story = await save_story(conn, key=f"story-{n}", topic_key=follow.topic,
                                         headline=title, now=now, state=None)
                await follow_store.create_post(conn, follow, story.id, {
                    "message": story_message(title, 1), "reply": None}, {}, now)
                self.posts[title] = (follow.id, story.id)

    async def grow(self, db: Database, update: str) -> None:
        """Every post's story gains a source, a major development: a reply names it."""
        self.replies.append(update)
        async with db.begin() as conn:
            for title, (follow_id, story_id) in self.posts.items():
                post = await follow_store.post_for(conn, follow_id, story_id)
                assert post is not None
                await follow_store.revise_post(conn, post, {
                    "message": story_message(title, post.version + 1),
                    "reply": f"{title}: {update}."}, {}, utcnow())

    def post_of(self, title: str) -> tuple[FakeMessage, int | None]:
        """The title's story post (the first found) and its thread's id."""
        for channel in self.world.targets:
            if channel.kind == "forum":
                for thread in self.world.guild.threads.values():
                    starter = self.fake.messages(thread)[:1]
                    if thread.parent_id == channel.id and starter and _titled(starter[0], title):
                        return starter[0], thread.id
            for message in self.fake.messages(channel):
                if _titled(message, title):
                    return message, message.thread_id
        raise AssertionError(f"{title} was never posted")

    def replies_lost_and_duplicated(self) -> tuple[int, int]:
        """Each update's reply per post: lost when not in the post's thread, duplicated
        for every extra copy anywhere in the server."""
        places = [*self.world.targets, *self.world.guild.threads.values()]
        seen: Counter[tuple[int, str]] = Counter(
            (message.channel_id, message.content.split("\u2063")[0])
            for place in places for message in self.fake.messages(place)
            if message.content)
        lost = duplicated = 0
        for title in self.world.titles:
            _, thread_id = self.post_of(title)
            for update in self.replies:
                reply = f"{title}: {update}."
                copies = sum(count for (_, text), count in seen.items() if text == reply)
                lost += thread_id is None or seen[(thread_id, reply)] == 0
                duplicated += max(0, copies - 1)
        return lost, duplicated

    def sources_shown(self) -> Counter[str]:
        """What the posts' footers show now (their last edit), post by post."""
        return Counter(str(self.post_of(title)[0].embeds[0]["footer"]["text"])
                       .split("\u2063")[0] for title in self.world.titles)


def _titled(message: FakeMessage, title: str) -> bool:
    return any(embed.get("title") == title for embed in message.embeds)


async def unpublished(db: Database) -> int:
    """Story posts whose newest version Discord does not show yet."""
    query = sa.select(sa.func.count()).select_from(story_posts).where(
        story_posts.c.published_version < story_posts.c.version)
    async with db.connect_readonly() as conn:
        return int((await conn.execute(query)).scalar_one())
