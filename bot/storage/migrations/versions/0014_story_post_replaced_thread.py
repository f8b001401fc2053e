"""The thread of a story post's replaced message (a forum post is one; elsewhere its
replies' thread), removed with it once the post is out anew, while later replies go to a
thread of the new message.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, as 0012: SQLite takes it without copying the table.
    op.add_column("story_posts",
                  sa.Column("replaced_thread_id", sa.BigInteger, nullable=True))


def downgrade() -> None:
    op.drop_column("story_posts", "replaced_thread_id")
