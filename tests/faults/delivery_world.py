"""A fake Discord server with text channels and a forum, an outbox full of posts for
them, and the questions a fault test asks afterwards: was each post made exactly once?"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bot.sandbox import FakeDiscord, FakeGuild
from bot.sandbox.models import FakeChannel
from bot.storage import outbox
from bot.storage.database import Database
from bot.storage.guilds import ensure_guild
from bot.storage.types import utcnow

TEXT_CHANNELS = ("wire-1", "wire-2", "wire-3", "wire-4")
FORUM = "desk"


@dataclass
class DeliveryWorld:
    fake: FakeDiscord
    guild: FakeGuild
    targets: list[FakeChannel]
    titles: list[str]

    @classmethod
    def build(cls, fake: FakeDiscord, posts: int) -> DeliveryWorld:
        guild = fake.add_guild("Fault Lab", channels=list(TEXT_CHANNELS))
        targets = [*(guild.channels[name] for name in TEXT_CHANNELS),
                   guild.add_channel(FORUM, kind="forum")]
        return cls(fake, guild, targets, [f"Post {n:03d}" for n in range(posts)])

    async def enqueue_posts(self, db: Database) -> None:
        """One post per title, round-robin over the channels, as feed routing would."""
        await ensure_guild(db, self.guild.id)
        now = utcnow()
        rows = [outbox.entry_row(
            guild_id=self.guild.id, channel_id=self.targets[n % len(self.targets)].id,
            payload={"embeds": [{"type": "rich", "title": title,
                                 "description": f"What happened in {title.lower()}.",
                                 "footer": {"text": "Fault Lab wire"}}],
                     "allowed_mentions": {"parse": []}},
            kind="item", now=now) for n, title in enumerate(self.titles)]
        async with db.begin() as conn:
            await outbox.enqueue_many(conn, rows)

    def posted_titles(self) -> Counter[str]:
        """How many times each title appears across the channels and the forum's posts."""
        seen: Counter[str] = Counter()
        for channel in self.targets:
            if channel.kind == "forum":
                threads = [t for t in self.guild.threads.values() if t.parent_id == channel.id]
                messages = [m for t in threads for m in self.fake.messages(t)[:1]]
            else:
                messages = self.fake.messages(channel)
            for message in messages:
                for embed in message.embeds:
                    seen[str(embed.get("title"))] += 1
        return seen

    def lost_and_duplicated(self) -> tuple[int, int]:
        counts = self.posted_titles()
        lost = sum(1 for title in self.titles if counts[title] == 0)
        duplicated = sum(counts[title] - 1 for title in self.titles if counts[title] > 1)
        return lost, duplicated


async def unsent_rows(db: Database) -> int:
    statuses = await outbox.count_by_status(db)
    return sum(count for status, count in statuses.items() if status != "sent")
