"""The bot process SIGKILLed 20 times while it delivers 50 posts to four text
channels and a forum, with Discord's nonce memory shorter than each downtime: every post
must appear exactly once, and no outbox row may be left unsent."""

from __future__ import annotations

import random

import pytest

from tests.faults.delivery_world import DeliveryWorld, unsent_rows
from tests.faults.kills import (
    KillLab,
    kill_at_a_random_moment,
    kill_right_after_a_post,
    wait_until_none_left,
)

POSTS = 50
KILLS = 20
DRAIN_TIMEOUT = 60.0
pytestmark = pytest.mark.timeout(240)


async def test_sigkill_during_delivery_loses_and_duplicates_nothing(kill_lab: KillLab) -> None:
    fake, db, child = kill_lab.fake, kill_lab.db, kill_lab.child
    world = DeliveryWorld.build(fake, POSTS)
    await world.enqueue_posts(db)
    rng = random.Random(11)
    for round_number in range(KILLS):
        if round_number % 2 == 0:
            await kill_right_after_a_post(child, fake)
        else:
            await kill_at_a_random_moment(child, fake, rng)
    sent_during_kills = sum(world.posted_titles().values())
    child.start()
    await wait_until_none_left(lambda: unsent_rows(db), DRAIN_TIMEOUT,
                               "the outbox did not drain")
    child.stop()
    lost, duplicated = world.lost_and_duplicated()
    print(f"\nkill test: posts={POSTS} kills={child.kills} "
          f"sent_during_kills={sent_during_kills} lost={lost} duplicated={duplicated}")
    assert child.kills >= KILLS, child.log_tail()
    assert 0 < sent_during_kills < POSTS, "the kills must fall during delivery"
    assert (lost, duplicated) == (0, 0), world.posted_titles()
    assert await unsent_rows(db) == 0
    assert fake.server_errors == []
