"""/follow add's rules in the domain: a cap per server that concurrent adds cannot
overrun, and a topic followed once whatever its letter case."""

from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa

from bot.storage import follows as follow_store
from bot.storage.database import Database
from bot.storage.tables import follows
from bot.stories.following import FollowRefused, FollowRequest, add_follow
from tests.helpers import clock
from tests.helpers.followed import followed_story

GUILD = 7
STALE = 1234567890123456789  # a Discord message id: past 32 bits
STALE_WEBHOOK = 987654321098765432


def request(topic: str) -> FollowRequest:
    return FollowRequest(GUILD, topic, channel_id=70)


async def test_concurrent_adds_stop_at_the_cap(db: Database) -> None:
    topics = [f"harbour strike day {n}" for n in range(6)]

    outcomes = await asyncio.gather(
        *(add_follow(db, request(t), max_follows=3, now=clock.now()) for t in topics),
        return_exceptions=True)

    refused = [o for o in outcomes if isinstance(o, FollowRefused)]
    assert len(refused) == 3 and "the most it may" in str(refused[0])
    assert len(await follow_store.guild_follows(db, GUILD)) == 3


async def test_a_topic_is_followed_once_whatever_its_case(db: Database) -> None:
    await add_follow(db, request("Harbour Strike"), max_follows=5, now=clock.now())

    with pytest.raises(FollowRefused, match="already follows"):
        await add_follow(db, request("  harbour STRIKE "), max_follows=5, now=clock.now())
    # A row that slipped past the check is refused by the database itself.
    with pytest.raises(sa.exc.IntegrityError):
        async with db.begin() as conn:
            await conn.execute(follows.insert().values(
                guild_id=GUILD, topic="HARBOUR strike", channel_id=70, created_at=clock.now()))


async def test_a_topic_needs_meaningful_words(db: Database) -> None:
    with pytest.raises(FollowRefused, match="meaningful words"):
        await add_follow(db, request("the of"), max_follows=5, now=clock.now())



async def test_a_follow_posts_as_the_outlet_once_set_and_a_post_can_start_over(
        db: Database) -> None:
    follow, story = await followed_story(db, guild_id=GUILD, channel_id=70,
                                         topic="harbour strike", headline="Talks fail")
    assert follow.style == "embed"
    await follow_store.update_follow(db, follow.id, style="webhook")
    stored = await follow_store.get_follow(db, follow.id)
    assert stored is not None and stored.style == "webhook"

    async with db.begin() as conn:
        await follow_store.create_post(conn, follow, story.id, {"message": {}}, {}, clock.now())
        post = await follow_store.post_for(conn, follow.id, story.id)
    assert post is not None
    await follow_store.record_message(db, post, STALE, webhook_id=STALE_WEBHOOK)
    await follow_store.mark_attempt(db, post)
    async with db.begin() as conn:
        sent = await follow_store.post_for(conn, follow.id, story.id)
    assert sent is not None and sent.attempts == 1 and sent.webhook_id == STALE_WEBHOOK

    # Its message can be edited by nobody: a new message, under a new nonce, whose poster
    # is not known yet; the attempts stay (this version's reply may have gone out).
    renewed = await follow_store.start_over(db, sent)

    assert renewed is not None and renewed.message_id is None and renewed.webhook_id is None
    assert renewed.attempts == 1
    assert renewed.nonce != sent.nonce and renewed.replaced_message_id == STALE
    await follow_store.mark_published(db, renewed, message_id=STALE + 1, thread_id=None)
    async with db.begin() as conn:
        published = await follow_store.post_for(conn, follow.id, story.id)
    assert published is not None and published.replaced_message_id is None
