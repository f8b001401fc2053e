"""When a feed's icon was last looked up with its site answering, so that a site without
an icon is not asked again by every /follow format.

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

from bot.storage.types import UTCDateTime

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, as 0012: SQLite takes it without copying the table.
    op.add_column("feeds", sa.Column("icon_checked_at", UTCDateTime, nullable=True))


def downgrade() -> None:
    op.drop_column("feeds", "icon_checked_at")
