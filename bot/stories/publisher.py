"""Publishes story posts: sends each once, then edits it as its story grows, paced like
every other post. Desired state lives in the database, so restarts resume cleanly.

Exactly once across crashes, as for feed posts (bot/delivery/reconcile.py): a story post
and each thread reply carry the marker of their own nonce, and the post records an attempt
before either is sent. A post with attempts may have gone out before a crash (Discord
forgets a nonce within minutes; a forum post has none), so what it is about to send is
first looked for where it would be: the post in its channel (a forum's active posts),
a reply in the post's thread. Only that nonce's marker matches; not found means send.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from bot.background import LoopWorker
from bot.delivery import reconcile
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
        message = reconcile.stamp(post.payload["message"], post.nonce)
        thread_id = post.thread_id
        try:
            if post.message_id is None:
                message_id = await self._post(post, message)
            else:
                message_id = post.message_id
                await self.pacer.acquire(post.channel_id)
                await self.transport.edit(post.channel_id, message_id, message)
            reply = post.payload.get("reply")
            if reply:
                if thread_id is None:
                    # Idempotent: a thread an earlier attempt started is answered again.
                    await self.pacer.acquire(post.channel_id)
                    thread_id = await self.transport.create_thread(post.channel_id, message_id,
                                                                   THREAD_NAME)
                    await store.record_message(self.db, post, message_id, thread_id)
                await self._reply(post, thread_id, str(reply))
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

    async def _post(self, post: StoryPost, message: dict[str, Any]) -> int:
        """Send the story post, unless an earlier attempt put it in its channel; its id."""
        found = await self._look_for(post, post.channel_id, post.nonce)
        if found is not None:
            await store.record_message(self.db, post, found)
            # It may show an older version of the story: bring it up to date.
            await self.pacer.acquire(post.channel_id)
            await self.transport.edit(post.channel_id, found, message)
            return found
        await store.mark_attempt(self.db, post)
        await self.pacer.acquire(post.channel_id)
        message_id = await self.transport.send(post.channel_id, message, post.nonce)
        await store.record_message(self.db, post, message_id)
        return message_id

    async def _reply(self, post: StoryPost, thread_id: int, reply: str) -> None:
        """Send this version's reply in the post's thread, unless it is there already."""
        nonce = reply_nonce(post)
        if await self._look_for(post, thread_id, nonce) is not None:
            return
        await store.mark_attempt(self.db, post)
        await self.pacer.acquire(thread_id)
        payload = {"content": reply, "allowed_mentions": {"parse": []}}
        await self.transport.send(thread_id, reconcile.stamp(payload, nonce), nonce)

    async def _look_for(self, post: StoryPost, target_id: int, nonce: str) -> int | None:
        """The message with this nonce's marker in the target, if an earlier attempt of
        this post may have sent it; the read is paced by the transport."""
        if post.attempts == 0:
            return None  # no earlier attempt: nothing of this version went out yet
        found = await reconcile.look_for_post(self.transport, target_id, nonce,
                                              post.created_at)
        if found is not None:
            log.info("story post %s: %s is already in %s as %s; not sending it again",
                     post.id, nonce, target_id, found)
        return found
