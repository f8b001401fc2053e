"""The bot process SIGKILLed while it publishes story posts and their thread replies to
four text channels and a forum: right after Discord stored a story post, right after it
stored a reply (in a new thread, then in the thread that already holds one), and at random
moments, each restart coming after Discord's nonce memory expired; some replies also time
out before Discord stores them. Every post and every reply must appear exactly once, the
replies in their post's thread, and every post must show its story's last version."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from bot.sandbox import FakeDiscord
from bot.storage.database import Database
from tests.faults.botprocess import BotProcess
from tests.faults.kills import (
    KillLab,
    kill_at_a_random_moment,
    kill_right_after_a_post,
    wait_until_none_left,
)
from tests.faults.story_world import StoryWorld, unpublished

STORIES = 15
# Each round: kills right after a new message (a story post, then replies), then random.
KILLS_RIGHT_AFTER = 5
KILLS_AT_RANDOM = 2
PUBLISH_TIMEOUT = 60.0
# Replies that time out before Discord stores them: each is retried after a look-up in a
# thread that holds the post's earlier messages, which must not pass for it.
REPLIES_TIMED_OUT = 5
pytestmark = pytest.mark.timeout(300)


async def publish_everything(child: BotProcess, db: Database) -> None:
    child.start()
    await wait_until_none_left(lambda: unpublished(db), PUBLISH_TIMEOUT,
                               f"story posts left unpublished\n{child.log_tail()}")
    child.stop()


async def kill_while_publishing(child: BotProcess, fake: FakeDiscord, db: Database,
                                rng: random.Random) -> int:
    """The kills of one round; returns how many fell right after a new message."""
    right_after = 0
    for _ in range(KILLS_RIGHT_AFTER):
        if await unpublished(db) == 0:
            break
        right_after += await kill_right_after_a_post(child, fake)
    for _ in range(KILLS_AT_RANDOM):
        await kill_at_a_random_moment(child, fake, rng)
    return right_after


async def test_sigkill_while_publishing_stories_loses_and_duplicates_nothing(
        kill_lab: KillLab) -> None:
    fake, db, child = kill_lab.fake, kill_lab.db, kill_lab.child
    world = StoryWorld.build(fake, STORIES)
    rng = random.Random(5)
    right_after: list[int] = []
    # Round 1 posts the stories; rounds 2 and 3 grow each post and reply in its thread:
    # first in a thread the round starts, then in that thread again.
    for update in (None, "first update", "second update"):
        if update is None:
            await world.follow_stories(db)
        else:
            await world.grow(db, update)
            fake.fail_next("POST", r"^/channels/\d+/messages$", 408, count=REPLIES_TIMED_OUT)
        right_after.append(await kill_while_publishing(child, fake, db, rng))
        await publish_everything(child, db)
    posts_lost, posts_duplicated = world.world.lost_and_duplicated()
    replies_lost, replies_duplicated = world.replies_lost_and_duplicated()
    print(f"\nstory kill test: posts={STORIES} replies={2 * STORIES} kills={child.kills} "
          f"right_after={right_after} posts_lost={posts_lost} "
          f"posts_duplicated={posts_duplicated} replies_lost={replies_lost} "
          f"replies_duplicated={replies_duplicated}")
    assert right_after == [KILLS_RIGHT_AFTER] * 3, child.log_tail()
    assert (posts_lost, posts_duplicated) == (0, 0), world.world.posted_titles()
    assert (replies_lost, replies_duplicated) == (0, 0)
    assert world.sources_shown() == Counter({"3 sources": STORIES})
    assert await unpublished(db) == 0
    assert fake.server_errors == []
