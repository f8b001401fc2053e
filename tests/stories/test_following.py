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

GUILD = 7


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
