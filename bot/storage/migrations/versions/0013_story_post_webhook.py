"""Who posted each story post: the webhook's id when it went out as the outlet, NULL when
the bot posted it (or it was posted before 0013), so that every edit takes the one path
that can make it.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, as 0012: SQLite takes it without copying the table.
    op.add_column("story_posts", sa.Column("webhook_id", sa.BigInteger, nullable=True))


def downgrade() -> None:
    op.drop_column("story_posts", "webhook_id")
