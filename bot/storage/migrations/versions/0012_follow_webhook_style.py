"""A follow can post its stories as the outlet, through the channel's webhook; a story
post whose webhook was deleted is posted anew, and the stale message it replaces is
remembered until it has been removed.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # "embed" (the bot posts) or "webhook" (the story's lead outlet posts, by webhook).
    # Plain ADD COLUMN: SQLite takes it without copying the table (and its indexes).
    op.add_column("follows", sa.Column("style", sa.String(8), nullable=False,
                                       server_default="embed"))
    op.add_column("story_posts", sa.Column("replaced_message_id", sa.BigInteger,
                                           nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): copying `follows` would lose its lower(topic) index.
    op.drop_column("story_posts", "replaced_message_id")
    op.drop_column("follows", "style")
