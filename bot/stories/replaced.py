"""Removing what a story post sent anew replaced, once the new one is out, so the story
shows once and its thread takes no more replies.

A forum post is a thread of its own (its first message shares its id): it is deleted
whole. Elsewhere the stale message is deleted, and so is the thread of replies started
from it, since later replies go to a thread of the new message. Deleting a thread needs
Manage Threads; without it, what the bot may still do is done: the stale message is
deleted and the thread archived and locked (which its owner may do), and the rest is
logged: the new post is out all the same.

Every step may be repeated after a crash (the post keeps what it replaced until it is
marked published): something already gone counts as removed. A post sent anew whose
new webhook is deleted too before that goes out anew again: what it replaced first is
removed then, before the newer stale message takes its place in the row.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable

from bot.delivery.transport import DeliveryError, Transport
from bot.storage.follows import StoryPost

log = logging.getLogger(__name__)

NOT_FOUND = 404


async def remove_replaced(transport: Transport, post: StoryPost) -> None:
    message_id = post.replaced_message_id
    if message_id is None:
        return
    forum_post = await transport.own_thread(post.channel_id, message_id)
    thread_id = forum_post if forum_post is not None else post.replaced_thread_id
    # A forum post's message goes with its thread: deleted first, it is gone in one.
    if forum_post is not None and await _done(post, f"forum post {forum_post}",
                                              transport.delete_thread(forum_post)):
        return
    await _done(post, f"message {message_id}", transport.delete(post.channel_id, message_id))
    if thread_id is None:
        return
    if forum_post is None and await _done(post, f"thread {thread_id}",
                                          transport.delete_thread(thread_id)):
        return
    await _done(post, f"thread {thread_id} (archiving)", transport.close_thread(thread_id))


async def _done(post: StoryPost, what: str, step: Awaitable[None]) -> bool:
    """Whether the step removed it (or it was gone already); a refusal (no permission) is
    logged and passed over, while a transient failure fails the attempt, retried later."""
    try:
        await step
    except DeliveryError as error:
        if error.status == NOT_FOUND:
            return True
        if not (error.permanent or error.rejected):
            raise
        log.info("story post %s: the replaced %s stays: %s", post.id, what, error)
        return False
    return True
