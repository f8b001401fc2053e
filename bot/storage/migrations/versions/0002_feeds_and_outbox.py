"""Feeds, subscriptions, seen items, decisions and the delivery outbox

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from bot.storage.types import AutoId, UTCDateTime

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('feeds',
    sa.Column('id', AutoId, autoincrement=True, nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), server_default='', nullable=False),
    sa.Column('format', sa.String(length=32), server_default='', nullable=False),
    sa.Column('etag', sa.Text(), nullable=True),
    sa.Column('last_modified', sa.Text(), nullable=True),
    sa.Column('body_hash', sa.String(length=64), nullable=True),
    sa.Column('interval_seconds', sa.Integer(), nullable=False),
    sa.Column('next_fetch_at', UTCDateTime(), nullable=False),
    sa.Column('last_fetch_at', UTCDateTime(), nullable=True),
    sa.Column('last_success_at', UTCDateTime(), nullable=True),
    sa.Column('failure_count', sa.Integer(), server_default='0', nullable=False),
    sa.Column('failing_since', UTCDateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), server_default='ok', nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feeds')),
    sa.UniqueConstraint('url', name=op.f('uq_feeds_url'))
    )
    op.create_table('feed_items',
    sa.Column('feed_id', sa.BigInteger(), nullable=False),
    sa.Column('item_id', sa.String(length=200), nullable=False),
    sa.Column('title', sa.Text(), server_default='', nullable=False),
    sa.Column('link', sa.Text(), nullable=True),
    sa.Column('published', UTCDateTime(), nullable=True),
    sa.Column('first_seen_at', UTCDateTime(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['feed_id'], ['feeds.id'], name=op.f('fk_feed_items_feed_id_feeds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('feed_id', 'item_id', name=op.f('pk_feed_items'))
    )
    op.create_table('feed_subscriptions',
    sa.Column('id', AutoId, autoincrement=True, nullable=False),
    sa.Column('guild_id', sa.BigInteger(), nullable=False),
    sa.Column('feed_id', sa.BigInteger(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('channel_id', sa.BigInteger(), nullable=False),
    sa.Column('paused', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('include_keywords', sa.Text(), server_default='', nullable=False),
    sa.Column('exclude_keywords', sa.Text(), server_default='', nullable=False),
    sa.Column('regex', sa.Text(), nullable=True),
    sa.Column('template', sa.Text(), nullable=True),
    sa.Column('style', sa.String(length=8), server_default='embed', nullable=False),
    sa.Column('mention_role_id', sa.BigInteger(), nullable=True),
    sa.Column('items_posted', sa.Integer(), server_default='0', nullable=False),
    sa.Column('route_error', sa.Text(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['feed_id'], ['feeds.id'], name=op.f('fk_feed_subscriptions_feed_id_feeds'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['guild_id'], ['guild_settings.guild_id'], name=op.f('fk_feed_subscriptions_guild_id_guild_settings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feed_subscriptions')),
    sa.UniqueConstraint('guild_id', 'name', name='uq_feed_subscriptions_guild_name')
    )
    op.create_table('item_decisions',
    sa.Column('subscription_id', sa.BigInteger(), nullable=False),
    sa.Column('item_id', sa.String(length=200), nullable=False),
    sa.Column('decision', sa.String(length=16), nullable=False),
    sa.Column('detail', sa.Text(), server_default='', nullable=False),
    sa.Column('outbox_id', sa.BigInteger(), nullable=True),
    sa.Column('decided_at', UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['subscription_id'], ['feed_subscriptions.id'], name=op.f('fk_item_decisions_subscription_id_feed_subscriptions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('subscription_id', 'item_id', name=op.f('pk_item_decisions'))
    )
    op.create_table('outbox',
    sa.Column('id', AutoId, autoincrement=True, nullable=False),
    sa.Column('guild_id', sa.BigInteger(), nullable=False),
    sa.Column('channel_id', sa.BigInteger(), nullable=False),
    sa.Column('subscription_id', sa.BigInteger(), nullable=True),
    sa.Column('item_id', sa.String(length=200), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('nonce', sa.String(length=25), nullable=False),
    sa.Column('status', sa.String(length=8), server_default='pending', nullable=False),
    sa.Column('attempts', sa.Integer(), server_default='0', nullable=False),
    sa.Column('next_attempt_at', UTCDateTime(), nullable=False),
    sa.Column('message_id', sa.BigInteger(), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('sent_at', UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['guild_id'], ['guild_settings.guild_id'], name=op.f('fk_outbox_guild_id_guild_settings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subscription_id'], ['feed_subscriptions.id'], name=op.f('fk_outbox_subscription_id_feed_subscriptions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    sa.UniqueConstraint('nonce', name=op.f('uq_outbox_nonce'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_pending', ['status', 'next_attempt_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_pending')

    op.drop_table('outbox')
    op.drop_table('item_decisions')
    op.drop_table('feed_subscriptions')
    op.drop_table('feed_items')
    op.drop_table('feeds')
