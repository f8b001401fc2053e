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
    # Local date (YYYY-MM-DD) of the last daily digest, so a restart never sends two.
    sa.Column("digest_last_date", sa.String(10), nullable=True),
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
    # A shipped world-news feed, polled for the story clusterer while any topic is followed,
    # whether or not a server added it.
    sa.Column("system", sa.Boolean, nullable=False, server_default=sa.false()),
    # The outlet's icon for webhook posts: the feed's image or the site's favicon (0008).
    sa.Column("icon_url", sa.Text, nullable=True),
    # When the icon was last looked up with the site answering (0015): one found without
    # an icon is not asked again for a while.
    sa.Column("icon_checked_at", UTCDateTime, nullable=True),
    sa.Index("ix_feeds_next_fetch_at", "next_fetch_at"),
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
    # Forum tags applied by keyword (JSON list) and "new" for a thread per item (0008).
    sa.Column("tag_rules", sa.Text, nullable=False, server_default="[]"),
    sa.Column("thread_mode", sa.String(8), nullable=False, server_default=""),
    sa.UniqueConstraint("guild_id", "name", name="uq_feed_subscriptions_guild_name"),
    sa.Index("ix_feed_subscriptions_feed_id", "feed_id"),
    # A feed posts into a channel once.
    sa.Index("uq_feed_subscriptions_feed_channel", "feed_id", "channel_id", unique=True),
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
    sa.Index("ix_feed_items_first_seen_at", "first_seen_at"),
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
    sa.Index("ix_item_decisions_decided_at", "decided_at"),
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
    # Which sender holds the post until when (PostgreSQL, several processes), and how
    # often it was claimed (more than once: a sender died or stopped holding it).
    sa.Column("claimed_by", sa.String(64), nullable=True),
    sa.Column("claimed_until", UTCDateTime, nullable=True),
    sa.Column("claims", sa.Integer, nullable=False, server_default="0"),
    sa.Index("ix_outbox_pending", "status", "next_attempt_at"),
    sa.Index("ix_outbox_done", "status", "created_at"),
)

# Every article the bot ingests (from any feed of any server, or a news search), once.
articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", AutoId, primary_key=True, autoincrement=True),
    sa.Column("url", sa.Text, nullable=False, unique=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False, server_default=""),
    sa.Column("source", sa.String(200), nullable=False, server_default=""),
    sa.Column("published", UTCDateTime, nullable=True),
    sa.Column("first_seen_at", UTCDateTime, nullable=False),
    # feed | search
    sa.Column("origin", sa.String(16), nullable=False),
    sa.Column("story_id", sa.BigInteger, sa.ForeignKey("stories.id", ondelete="SET NULL"),
              nullable=True, index=True),
    sa.Column("duplicate_of", sa.BigInteger, nullable=True),
    # pending until the story assigner has placed it
    sa.Column("assigned", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("brief", sa.Text, nullable=True),
    # pending until the analysis stage has read it (its page where it could be fetched)
    sa.Column("analysed", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Index("ix_articles_assigned_published", "assigned", "published"),
    sa.Index("ix_articles_analysed_assigned", "analysed", "assigned"),
    sa.Index("ix_articles_first_seen_at", "first_seen_at"),
)

stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", AutoId, primary_key=True, autoincrement=True),
    sa.Column("key", sa.String(64), nullable=False, unique=True),
    sa.Column("topic_key", sa.String(64), nullable=False, index=True),
    sa.Column("headline", sa.Text, nullable=False),
    sa.Column("summary", sa.Text, nullable=False, server_default=""),
    sa.Column("first_seen_at", UTCDateTime, nullable=False),
    sa.Column("last_updated_at", UTCDateTime, nullable=False, index=True),
    sa.Column("article_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("source_count", sa.Integer, nullable=False, server_default="0"),
    # The clusterer's snapshot, so the active index is rebuilt after a restart.
    sa.Column("state", sa.Text, nullable=True),
    # The article the headline (and the story's link) come from.
    sa.Column("lead_article_id", sa.BigInteger, nullable=True),
)

story_quotes = sa.Table(
    "story_quotes",
    metadata,
    sa.Column("id", AutoId, primary_key=True, autoincrement=True),
    sa.Column("story_id", sa.BigInteger, sa.ForeignKey("stories.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("article_id", sa.BigInteger, sa.ForeignKey("articles.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("speaker", sa.String(200), nullable=True, index=True),
    sa.Column("published", UTCDateTime, nullable=True),
)

story_deadlines = sa.Table(
    "story_deadlines",
    metadata,
    sa.Column("id", AutoId, primary_key=True, autoincrement=True),
    sa.Column("story_id", sa.BigInteger, sa.ForeignKey("stories.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("article_id", sa.BigInteger, sa.ForeignKey("articles.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("phrase", sa.Text, nullable=False),
    sa.Column("about", sa.Text, nullable=False, server_default=""),
    sa.Column("earliest", UTCDateTime, nullable=False),
    sa.Column("latest", UTCDateTime, nullable=False, index=True),
)

follows = sa.Table(
    "follows",
    metadata,
    sa.Column("id", AutoId, primary_key=True, autoincrement=True),
    sa.Column("guild_id", sa.BigInteger,
              sa.ForeignKey("guild_settings.guild_id", ondelete="CASCADE"), nullable=False),
    sa.Column("topic", sa.String(200), nullable=False),
    sa.Column("keywords", sa.Text, nullable=False, server_default=""),
    sa.Column("exclude", sa.Text, nullable=False, server_default=""),
    sa.Column("channel_id", sa.BigInteger, nullable=False),
    sa.Column("role_id", sa.BigInteger, nullable=True),
    sa.Column("min_sources", sa.Integer, nullable=False, server_default="1"),
    sa.Column("paused", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("last_search_at", UTCDateTime, nullable=True),
    # "embed" (posts come from the bot) or "webhook" (from the story's outlet) (0012).
    sa.Column("style", sa.String(8), nullable=False, server_default="embed"),
    sa.UniqueConstraint("guild_id", "topic", name="uq_follows_guild_topic"),
)
# A server follows a topic once, whatever its letter case (/follow add looks it up so).
sa.Index("uq_follows_guild_topic_nocase", follows.c.guild_id, sa.func.lower(follows.c.topic),
         unique=True)

# One post per (follow, story): the desired content and what was last published, so a
# publisher can send it once and then edit it, across restarts.
story_posts = sa.Table(
    "story_posts",
    metadata,
    sa.Column("id", AutoId, primary_key=True, autoincrement=True),
    sa.Column("follow_id", sa.BigInteger, sa.ForeignKey("follows.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("story_id", sa.BigInteger, sa.ForeignKey("stories.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("guild_id", sa.BigInteger, nullable=False),
    sa.Column("channel_id", sa.BigInteger, nullable=False),
    sa.Column("message_id", sa.BigInteger, nullable=True),
    sa.Column("thread_id", sa.BigInteger, nullable=True),
    sa.Column("nonce", sa.String(25), nullable=False),
    sa.Column("payload", sa.Text, nullable=False),
    sa.Column("version", sa.Integer, nullable=False, server_default="1"),
    sa.Column("published_version", sa.Integer, nullable=False, server_default="0"),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", UTCDateTime, nullable=False),
    sa.Column("error", sa.Text, nullable=True),
    # What the post showed last, to tell a major development from a small update.
    sa.Column("shown", sa.Text, nullable=False, server_default="{}"),
    sa.Column("created_at", UTCDateTime, nullable=False),
    # A message of this post that could no longer be edited (its webhook was deleted),
    # replaced by a new one and removed once that is out (0012).
    sa.Column("replaced_message_id", sa.BigInteger, nullable=True),
    # The webhook that posted the message (as the outlet); NULL: the bot did (0013).
    sa.Column("webhook_id", sa.BigInteger, nullable=True),
    # The replaced message's thread (a forum post's own, or its replies'), removed with
    # it: later replies go to a thread of the new message (0014).
    sa.Column("replaced_thread_id", sa.BigInteger, nullable=True),
    sa.UniqueConstraint("follow_id", "story_id", name="uq_story_posts_follow_story"),
    sa.Index("ix_story_posts_pending", "published_version", "version"),
    sa.Index("ix_story_posts_story_id", "story_id"),
)

# Reminders already queued, so a restart never sends one twice.
reminders_sent = sa.Table(
    "reminders_sent",
    metadata,
    sa.Column("follow_id", sa.BigInteger, sa.ForeignKey("follows.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("deadline_id", sa.BigInteger,
              sa.ForeignKey("story_deadlines.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("kind", sa.String(8), primary_key=True),
    sa.Column("queued_at", UTCDateTime, nullable=False),
)

# /summarize results per normalised URL and summary length, so a repeat is instant.
brief_cache = sa.Table(
    "brief_cache",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Index("ix_brief_cache_created_at", "created_at"),
)
