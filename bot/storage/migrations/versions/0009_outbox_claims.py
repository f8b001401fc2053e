"""Outbox claims: which sender holds a pending post, until when, and how often it was
claimed, so a post whose sender died is claimed again by another.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

from bot.storage.types import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(64), nullable=True))
        batch.add_column(sa.Column("claimed_until", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("claims", sa.Integer, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("claims")
        batch.drop_column("claimed_until")
        batch.drop_column("claimed_by")
