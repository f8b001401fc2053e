"""Per-server settings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from bot.storage.types import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "guild_settings",
        sa.Column("guild_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("timezone", sa.String(64), nullable=False, server_default="UTC"),
        sa.Column("channel_id", sa.BigInteger, nullable=True),
        sa.Column("manager_role_id", sa.BigInteger, nullable=True),
        sa.Column("digest_time", sa.String(5), nullable=True),
        sa.Column("digest_channel_id", sa.BigInteger, nullable=True),
        sa.Column("joined_at", UTCDateTime, nullable=False),
        sa.Column("left_at", UTCDateTime, nullable=True),
    )
    op.create_table(
        "bot_state",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("bot_state")
    op.drop_table("guild_settings")
