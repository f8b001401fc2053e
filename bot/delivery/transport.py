"""What the sender needs from Discord, without importing discord here."""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple, Protocol

from bot.net.failure import RemoteFailure


class DeliveryError(RemoteFailure):
    """Sending failed. `permanent`: the channel refuses the bot (missing access, deleted),
    so its route stops; `rejected`: Discord refused this one message (a content error),
    so it is given up; `gone`: an edit's message can be edited by nobody any more (the
    webhook that posted it was deleted), so it must be posted anew; otherwise (rate limits,
    server errors, timeouts, lost connections) the sender retries with backoff for as long
    as it takes."""

    def __init__(self, message: str, *, status: int | None = None, permanent: bool = False,
                 rejected: bool = False, gone: bool = False,
                 retry_after: float | None = None) -> None:
        super().__init__(message, status=status, retry_after=retry_after)
        self.permanent = permanent
        self.rejected = rejected
        self.gone = gone


class Sent(NamedTuple):
    """A message Discord stored, and who posted it: a webhook (as the outlet) or the bot."""

    message_id: int
    webhook_id: int | None


class Transport(Protocol):
    async def send(self, channel_id: int, payload: dict[str, Any], nonce: str) -> int:
        """Post the message (a thread for forum channels); return its message id."""
        ...

    async def post(self, channel_id: int, payload: dict[str, Any], nonce: str) -> Sent:
        """As send, and say who posted it (an outlet post may fall back to the bot)."""
        ...

    async def edit(self, channel_id: int, message_id: int, payload: dict[str, Any], *,
                   webhook_id: int | None) -> None:
        """Edit a post as whoever posted it: through that webhook, or (None) as the bot;
        DeliveryError with `gone` when nobody can edit it any more."""
        ...

    async def delete(self, channel_id: int, message_id: int) -> None:
        """Remove a post of the bot's (or of its webhooks) from its channel."""
        ...

    async def delete_thread(self, thread_id: int) -> None:
        """Delete a thread (a forum post whole: its first message goes with it)."""
        ...

    async def close_thread(self, thread_id: int) -> None:
        """Archive and lock a thread, so that it leaves the active list and takes no
        replies: what a thread's owner may do where the bot may not delete it."""
        ...

    async def own_thread(self, channel_id: int, message_id: int) -> int | None:
        """The thread a post is itself: a forum post's (its message's id); None for a
        message in a channel, whose replies need a thread started from it."""
        ...

    async def create_thread(self, channel_id: int, message_id: int, name: str) -> int:
        """Start a thread on a message; return the thread's channel id."""
        ...

    async def recent_posts(self, channel_id: int, since: datetime) -> list[dict[str, Any]]:
        """The bot's own posts in the channel (a forum: its active posts) since `since`,
        as Discord shows them back; used to find a post that went out before a crash."""
        ...
