"""Publishes story posts: sends each once, then edits it as its story grows, paced like
every other post. Desired state lives in the database, so restarts resume cleanly.

Exactly once across crashes, as for feed posts (bot/delivery/reconcile.py): a story post
and each thread reply carry the marker of their own nonce, and the post records an attempt
before either is sent. A post with attempts may have gone out before a crash (Discord
forgets a nonce within minutes; a forum post has none), so what it is about to send is
first looked for where it would be: the post in its channel (a forum's active posts),
a reply in the post's thread. Only that nonce's marker matches; not found means send.

A follow may post as the outlet, through the channel's webhook: who posted each message
(that webhook, or the bot when the channel has none) is recorded with it, and every edit
goes straight through that one. When the webhook was deleted by hand, nobody can edit the
post any more: it is sent anew (a new nonce, recorded before the send, so that again goes
out once) through a new webhook, replies go to a thread of the new message (a forum's new
post), and the stale message and its thread are removed once the new one is out
(bot/stories/replaced.py). A reply's nonce comes from the post's row and version, not
from the message's nonce, so a reply sent before a crash is still found when it is
looked for again.
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
from bot.delivery.webhooks import BOT_LANE, lane_for
from bot.storage import follows as store
from bot.storage.database import Database
from bot.storage.follows import StoryPost
from bot.storage.types import utcnow
from bot.stories.replaced import remove_replaced

log = logging.getLogger(__name__)

IDLE_WAIT_SECONDS = 30.0
THREAD_NAME = "Developments"


def reply_nonce(post: StoryPost) -> str:
    # Derived from the post's row and version (not its message's nonce, which a post sent
    # anew changes), so a retried reply is recognised as the same one.
    return f"sp{post.id}r{post.version}"


def edit_lane(webhook_id: int | None) -> str | None:
    """The budget an edit spends before it is made: the bot's for a bot message; a
    webhook's edit spends its own in the transport."""
    return BOT_LANE if webhook_id is None else None


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

    async def publish(self, post: StoryPost, *, anew: bool = False) -> int:
        message = reconcile.stamp(post.payload["message"], post.nonce)
        thread_id = post.thread_id
        try:
            if post.message_id is None:
                message_id = await self._post(post, message)
            else:
                message_id = post.message_id
                await self.pacer.acquire(post.channel_id, edit_lane(post.webhook_id))
                await self.transport.edit(post.channel_id, message_id, message,
                                          webhook_id=post.webhook_id)
            reply = post.payload.get("reply")
            if reply:
                if thread_id is None:
                    # Idempotent: a thread an earlier attempt started is answered again.
                    await self.pacer.acquire(post.channel_id)
                    thread_id = await self.transport.create_thread(post.channel_id, message_id,
                                                                   THREAD_NAME)
                    await store.record_thread(self.db, post, thread_id)
                await self._reply(post, thread_id, str(reply))
            await remove_replaced(self.transport, post)
        except DeliveryError as error:
            if error.gone and not anew:
                return await self._post_anew(post)
            return await self._failed(post, error)
        await store.mark_published(self.db, post, message_id=message_id, thread_id=thread_id)
        return 1

    async def _failed(self, post: StoryPost, error: DeliveryError) -> int:
        # Transient failures (rate limits, outages) are retried for as long as it takes.
        give_up = error.permanent or error.rejected or error.gone
        delay = backoff_for(post.attempts + 1)
        if error.retry_after:
            delay = max(delay, timedelta(seconds=error.retry_after))
        log.warning("story post %s: %s%s", post.id, error, " (giving up)" if give_up else "")
        await store.mark_publish_failed(self.db, post, str(error), self.clock() + delay,
                                        give_up=give_up)
        return 0

    async def _post_anew(self, post: StoryPost) -> int:
        """Its message can be edited by nobody (its webhook was deleted): a new one."""
        log.info("story post %s: message %s can no longer be edited; posting it anew",
                 post.id, post.message_id)
        # The row keeps one replaced message. If this post was itself sent anew and its
        # webhook went before it was marked published, the message it replaced is still
        # there: it goes now, before the newer stale one takes its place (read as stored:
        # a retry may have found and recorded the message since the caller's copy).
        stored = await store.get_post(self.db, post.id)
        if stored is None:
            return 0
        try:
            await remove_replaced(self.transport, stored)
        except DeliveryError as error:
            return await self._failed(post, error)
        renewed = await store.start_over(self.db, post)
        return 0 if renewed is None else await self.publish(renewed, anew=True)

    async def _post(self, post: StoryPost, message: dict[str, Any]) -> int:
        """Send the story post, unless an earlier attempt put it in its channel; its id."""
        found = await self._look_for(post, post.channel_id, post.nonce)
        if found is not None:
            found_id, webhook_id = int(found["id"]), reconcile.webhook_of(found)
            await store.record_message(self.db, post, found_id, webhook_id=webhook_id)
            # It may show an older version of the story: bring it up to date.
            await self.pacer.acquire(post.channel_id, edit_lane(webhook_id))
            await self.transport.edit(post.channel_id, found_id, message, webhook_id=webhook_id)
            return found_id
        await store.mark_attempt(self.db, post)
        await self.pacer.acquire(post.channel_id, lane_for(message))
        sent = await self.transport.post(post.channel_id, message, post.nonce)
        await store.record_message(self.db, post, sent.message_id, webhook_id=sent.webhook_id)
        return sent.message_id

    async def _reply(self, post: StoryPost, thread_id: int, reply: str) -> None:
        """Send this version's reply in the post's thread, unless it is there already."""
        nonce = reply_nonce(post)
        if await self._look_for(post, thread_id, nonce) is not None:
            return
        await store.mark_attempt(self.db, post)
        await self.pacer.acquire(thread_id)
        payload = {"content": reply, "allowed_mentions": {"parse": []}}
        await self.transport.send(thread_id, reconcile.stamp(payload, nonce), nonce)

    async def _look_for(self, post: StoryPost, target_id: int,
                        nonce: str) -> dict[str, Any] | None:
        """The message with this nonce's marker in the target (as Discord shows it), if an
        earlier attempt of this post may have sent it; the read is paced by the transport."""
        if post.attempts == 0:
            return None  # no earlier attempt: nothing of this version went out yet
        found = await reconcile.look_for_message(self.transport, target_id, nonce,
                                                 post.created_at)
        if found is not None:
            log.info("story post %s: %s is already in %s as %s; not sending it again",
                     post.id, nonce, target_id, found["id"])
        return found
