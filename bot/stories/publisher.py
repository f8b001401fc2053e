"""Publishes story posts: sends each once, then edits it as its story grows, paced like
every other post. Desired state lives in the database, so restarts resume cleanly."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.background import LoopWorker
from bot.delivery.pacing import Pacer
from bot.delivery.sender import backoff_for
from bot.delivery.transport import DeliveryError, Transport
from bot.storage import follows as store
from bot.storage.database import Database
from bot.storage.follows import StoryPost
from bot.storage.types import utcnow

log = logging.getLogger(__name__)

IDLE_WAIT_SECONDS = 30.0
THREAD_NAME = "Developments"


def reply_nonce(post: StoryPost) -> str:
    # Derived from the post, so a retried reply is recognised by Discord as the same one.
    return f"{post.nonce[:16]}r{post.version}"[:25]


class StoryPublisher(LoopWorker):
    def __init__(self, db: Database, transport: Transport, pacer: Pacer, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.transport = transport
        self.pacer = pacer
        self.clock = clock
        self._run_rounds("story publishing", self.publish_due, idle=IDLE_WAIT_SECONDS,
                         next_due=lambda: store.next_publish_time(self.db))

    async def publish_due(self) -> int:
        published = 0
        while posts := await store.posts_to_publish(self.db, self.clock()):
            done = 0
            for post in posts:
                done += await self.publish(post)
            published += done
            if done == 0:
                break
        return published

    async def publish(self, post: StoryPost) -> int:
        message = post.payload["message"]
        thread_id = post.thread_id
        try:
            await self.pacer.acquire(post.channel_id)
            if post.message_id is None:
                message_id = await self.transport.send(post.channel_id, message, post.nonce)
                await store.record_message(self.db, post, message_id)
            else:
                message_id = post.message_id
                await self.transport.edit(post.channel_id, message_id, message)
            reply = post.payload.get("reply")
            if reply:
                if thread_id is None:
                    await self.pacer.acquire(post.channel_id)
                    thread_id = await self.transport.create_thread(post.channel_id, message_id,
                                                                   THREAD_NAME)
                    await store.record_message(self.db, post, message_id, thread_id)
                await self.pacer.acquire(thread_id)
                await self.transport.send(thread_id, {"content": reply,
                                                      "allowed_mentions": {"parse": []}},
                                          reply_nonce(post))
        except DeliveryError as error:
            # Transient failures (rate limits, outages) are retried for as long as it takes.
            give_up = error.permanent or error.rejected
            delay = backoff_for(post.attempts + 1)
            if error.retry_after:
                delay = max(delay, timedelta(seconds=error.retry_after))
            log.warning("story post %s: %s%s", post.id, error, " (giving up)" if give_up else "")
            await store.mark_publish_failed(self.db, post, str(error), self.clock() + delay,
                                            give_up=give_up)
            return 0
        await store.mark_published(self.db, post, message_id=message_id, thread_id=thread_id)
        return 1
