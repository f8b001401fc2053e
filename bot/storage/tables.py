"""The schema as SQLAlchemy Core tables. Migrations create it; code queries through these."""

from __future__ import annotations

import sqlalchemy as sa

from bot.storage.types import AutoId, UTCDateTime

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

guild_settings = sa.Table(
    "guild_settings",
    metadata,
    sa.Column("guild_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("timezone", sa.String(64), nullable=False, server_default="UTC"),
    sa.Column("channel_id", sa.BigInteger, nullable=True),
    sa.Column("manager_role_id", sa.BigInteger, nullable=True),
    sa.Column("digest_time", sa.String(5), nullable=True),
    sa.Column("digest_channel_id", sa.BigInteger, nullable=True),
    sa.Column("joined_at", UTCDateTime, nullable=False),
    # Set when the bot leaves the server; the data is purged 30 days later.
    sa.Column("left_at", UTCDateTime, nullable=True),
)

# Small facts the bot keeps between runs (for example the hash of the synced command tree).
bot_state = sa.Table(
    "bot_state",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

# One row per distinct feed URL, however many servers follow it: it is fetched once.
feeds = sa.Table(
    "feeds",
    metadata,
    sa.Column("id", AutoId, primary_key=True, autoincrement=True),
    sa.Column("url", sa.Text, nullable=False, unique=True),
    sa.Column("title", sa.Text, nullable=False, server_default=""),
    sa.Column("format", sa.String(32), nullable=False, server_default=""),
    sa.Column("etag", sa.Text, nullable=True),
    sa.Column("last_modified", sa.Text, nullable=True),
    sa.Column("body_hash", sa.String(64), nullable=True),
    sa.Column("interval_seconds", sa.Integer, nullable=False),
    sa.Column("next_fetch_at", UTCDateTime, nullable=False),
    sa.Column("last_fetch_at", UTCDateTime, nullable=True),
    sa.Column("last_success_at", UTCDateTime, nullable=True),
    sa.Column("failure_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("failing_since", UTCDateTime, nullable=True),
    sa.Column("last_error", sa.Text, nullable=True),
    # ok | failing | disabled
    sa.Column("status", sa.String(16), nullable=False, server_default="ok"),
    sa.Column("created_at", UTCDateTime, nullable=False),
)

# A server's use of a feed: where it posts and how.
subscriptions = sa.Table(
    "feed_subscriptions",
    metadata,
    sa.Column("id", AutoId, primary_key=True, autoincrement=True),
    sa.Column("guild_id", sa.BigInteger,
              sa.ForeignKey("guild_settings.guild_id", ondelete="CASCADE"), nullable=False),
    sa.Column("feed_id", sa.BigInteger, sa.ForeignKey("feeds.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("channel_id", sa.BigInteger, nullable=False),
    sa.Column("paused", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("include_keywords", sa.Text, nullable=False, server_default=""),
    sa.Column("exclude_keywords", sa.Text, nullable=False, server_default=""),
    sa.Column("regex", sa.Text, nullable=True),
    sa.Column("template", sa.Text, nullable=True),
    sa.Column("style", sa.String(8), nullable=False, server_default="embed"),
    sa.Column("mention_role_id", sa.BigInteger, nullable=True),
    sa.Column("items_posted", sa.Integer, nullable=False, server_default="0"),
    # Set when Discord refuses the route (403/404); delivery to it stops until fixed.
    sa.Column("route_error", sa.Text, nullable=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("guild_id", "name", name="uq_feed_subscriptions_guild_name"),
)

# Items seen per feed; their ids persist so a restart never reposts.
feed_items = sa.Table(
    "feed_items",
    metadata,
    sa.Column("feed_id", sa.BigInteger, sa.ForeignKey("feeds.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("item_id", sa.String(200), primary_key=True),
    sa.Column("title", sa.Text, nullable=False, server_default=""),
    sa.Column("link", sa.Text, nullable=True),
    sa.Column("published", UTCDateTime, nullable=True),
    sa.Column("first_seen_at", UTCDateTime, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
)

# What happened to an item for one subscription: the answer to /feed why.
item_decisions = sa.Table(
    "item_decisions",
    metadata,
    sa.Column("subscription_id", sa.BigInteger,
              sa.ForeignKey("feed_subscriptions.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("item_id", sa.String(200), primary_key=True),
    # baseline | filtered | queued | capped | posted | failed
    sa.Column("decision", sa.String(16), nullable=False),
    sa.Column("detail", sa.Text, nullable=False, server_default=""),
    sa.Column("outbox_id", sa.BigInteger, nullable=True),
    sa.Column("decided_at", UTCDateTime, nullable=False),
)

# Every automatic post is recorded here before it is sent and marked sent after, so a
# crash at any point neither loses nor duplicates it.
outbox = sa.Table(
    "outbox",
    metadata,
    sa.Column("id", AutoId, primary_key=True, autoincrement=True),
    sa.Column("guild_id", sa.BigInteger,
              sa.ForeignKey("guild_settings.guild_id", ondelete="CASCADE"), nullable=False),
    sa.Column("channel_id", sa.BigInteger, nullable=False),
    sa.Column("subscription_id", sa.BigInteger,
              sa.ForeignKey("feed_subscriptions.id", ondelete="CASCADE"), nullable=True),
    sa.Column("item_id", sa.String(200), nullable=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("payload", sa.Text, nullable=False),
    sa.Column("nonce", sa.String(25), nullable=False, unique=True),
    # pending | sent | failed
    sa.Column("status", sa.String(8), nullable=False, server_default="pending"),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", UTCDateTime, nullable=False),
    sa.Column("message_id", sa.BigInteger, nullable=True),
    sa.Column("error", sa.Text, nullable=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("sent_at", UTCDateTime, nullable=True),
    sa.Index("ix_outbox_pending", "status", "next_attempt_at"),
)
