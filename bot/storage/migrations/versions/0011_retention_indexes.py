"""Indexes the retention purge needs to find old rows without scanning whole tables, and
to delete articles and stories without scanning the rows that point at them.

Revision ID: 0011
Revises: 0010
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_feed_items_first_seen_at", "feed_items", ["first_seen_at"])
    op.create_index("ix_item_decisions_decided_at", "item_decisions", ["decided_at"])
    op.create_index("ix_outbox_done", "outbox", ["status", "created_at"])
    op.create_index("ix_articles_first_seen_at", "articles", ["first_seen_at"])
    op.create_index("ix_brief_cache_created_at", "brief_cache", ["created_at"])
    op.create_index("ix_story_quotes_article_id", "story_quotes", ["article_id"])
    op.create_index("ix_story_deadlines_article_id", "story_deadlines", ["article_id"])
    op.create_index("ix_story_posts_story_id", "story_posts", ["story_id"])


def downgrade() -> None:
    op.drop_index("ix_story_posts_story_id", table_name="story_posts")
    op.drop_index("ix_story_deadlines_article_id", table_name="story_deadlines")
    op.drop_index("ix_story_quotes_article_id", table_name="story_quotes")
    op.drop_index("ix_brief_cache_created_at", table_name="brief_cache")
    op.drop_index("ix_articles_first_seen_at", table_name="articles")
    op.drop_index("ix_outbox_done", table_name="outbox")
    op.drop_index("ix_item_decisions_decided_at", table_name="item_decisions")
    op.drop_index("ix_feed_items_first_seen_at", table_name="feed_items")
