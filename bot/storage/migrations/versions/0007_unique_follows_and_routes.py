"""A topic is followed once per server whatever its case; a feed posts into a channel once.

/follow add and /feed add checked these before inserting; the indexes make the database
refuse a second row that a race let through. Rows that broke the rule before are
removed first, keeping the oldest.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM follows WHERE id NOT IN "
               "(SELECT MIN(id) FROM follows GROUP BY guild_id, lower(topic))")
    op.execute("DELETE FROM feed_subscriptions WHERE id NOT IN "
               "(SELECT MIN(id) FROM feed_subscriptions GROUP BY feed_id, channel_id)")
    op.create_index("uq_follows_guild_topic_nocase", "follows",
                    ["guild_id", sa.text("lower(topic)")], unique=True)
    op.create_index("uq_feed_subscriptions_feed_channel", "feed_subscriptions",
                    ["feed_id", "channel_id"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_feed_subscriptions_feed_channel", table_name="feed_subscriptions")
    op.drop_index("uq_follows_guild_topic_nocase", table_name="follows")
