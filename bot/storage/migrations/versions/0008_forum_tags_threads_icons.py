"""Per-feed forum tag rules and thread-per-item mode; the outlet's icon for webhook posts.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        # The feed's image or its site's favicon, found once when webhook posts are chosen.
        batch.add_column(sa.Column("icon_url", sa.Text, nullable=True))
    with op.batch_alter_table("feed_subscriptions") as batch:
        # JSON list of {"tag_id", "tag", "keywords"}: a forum tag applied by keyword.
        batch.add_column(sa.Column("tag_rules", sa.Text, nullable=False, server_default="[]"))
        # "" (items are plain messages) or "new" (each item gets its own thread).
        batch.add_column(sa.Column("thread_mode", sa.String(8), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("feed_subscriptions") as batch:
        batch.drop_column("thread_mode")
        batch.drop_column("tag_rules")
    with op.batch_alter_table("feeds") as batch:
        batch.drop_column("icon_url")
