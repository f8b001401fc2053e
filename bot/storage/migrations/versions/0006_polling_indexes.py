"""Indexes the poller's queries need at thousands of feeds.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_feeds_next_fetch_at", "feeds", ["next_fetch_at"])
    op.create_index("ix_feed_subscriptions_feed_id", "feed_subscriptions", ["feed_id"])


def downgrade() -> None:
    op.drop_index("ix_feed_subscriptions_feed_id", table_name="feed_subscriptions")
    op.drop_index("ix_feeds_next_fetch_at", table_name="feeds")
