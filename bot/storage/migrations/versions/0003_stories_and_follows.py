"""Stories, articles, follows, story posts, reminders, digest date

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from bot.storage.types import AutoId, UTCDateTime

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stories',
    sa.Column('id', AutoId, autoincrement=True, nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('topic_key', sa.String(length=64), nullable=False),
    sa.Column('headline', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), server_default='', nullable=False),
    sa.Column('first_seen_at', UTCDateTime(), nullable=False),
    sa.Column('last_updated_at', UTCDateTime(), nullable=False),
    sa.Column('article_count', sa.Integer(), server_default='0', nullable=False),
    sa.Column('source_count', sa.Integer(), server_default='0', nullable=False),
    sa.Column('state', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stories')),
    sa.UniqueConstraint('key', name=op.f('uq_stories_key'))
    )
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stories_last_updated_at'), ['last_updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_stories_topic_key'), ['topic_key'], unique=False)

    op.create_table('articles',
    sa.Column('id', AutoId, autoincrement=True, nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), server_default='', nullable=False),
    sa.Column('source', sa.String(length=200), server_default='', nullable=False),
    sa.Column('published', UTCDateTime(), nullable=True),
    sa.Column('first_seen_at', UTCDateTime(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('story_id', sa.BigInteger(), nullable=True),
    sa.Column('duplicate_of', sa.BigInteger(), nullable=True),
    sa.Column('assigned', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('brief', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_articles_story_id_stories'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('url', name=op.f('uq_articles_url'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index('ix_articles_assigned_published', ['assigned', 'published'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_story_id'), ['story_id'], unique=False)

    op.create_table('follows',
    sa.Column('id', AutoId, autoincrement=True, nullable=False),
    sa.Column('guild_id', sa.BigInteger(), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('keywords', sa.Text(), server_default='', nullable=False),
    sa.Column('exclude', sa.Text(), server_default='', nullable=False),
    sa.Column('channel_id', sa.BigInteger(), nullable=False),
    sa.Column('role_id', sa.BigInteger(), nullable=True),
    sa.Column('min_sources', sa.Integer(), server_default='1', nullable=False),
    sa.Column('paused', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('last_search_at', UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['guild_id'], ['guild_settings.guild_id'], name=op.f('fk_follows_guild_id_guild_settings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follows')),
    sa.UniqueConstraint('guild_id', 'topic', name='uq_follows_guild_topic')
    )
    op.create_table('story_deadlines',
    sa.Column('id', AutoId, autoincrement=True, nullable=False),
    sa.Column('story_id', sa.BigInteger(), nullable=False),
    sa.Column('article_id', sa.BigInteger(), nullable=False),
    sa.Column('phrase', sa.Text(), nullable=False),
    sa.Column('about', sa.Text(), server_default='', nullable=False),
    sa.Column('earliest', UTCDateTime(), nullable=False),
    sa.Column('latest', UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_story_deadlines_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_story_deadlines_story_id_stories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_story_deadlines'))
    )
    with op.batch_alter_table('story_deadlines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_story_deadlines_latest'), ['latest'], unique=False)
        batch_op.create_index(batch_op.f('ix_story_deadlines_story_id'), ['story_id'], unique=False)

    op.create_table('story_posts',
    sa.Column('id', AutoId, autoincrement=True, nullable=False),
    sa.Column('follow_id', sa.BigInteger(), nullable=False),
    sa.Column('story_id', sa.BigInteger(), nullable=False),
    sa.Column('guild_id', sa.BigInteger(), nullable=False),
    sa.Column('channel_id', sa.BigInteger(), nullable=False),
    sa.Column('message_id', sa.BigInteger(), nullable=True),
    sa.Column('thread_id', sa.BigInteger(), nullable=True),
    sa.Column('nonce', sa.String(length=25), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('published_version', sa.Integer(), server_default='0', nullable=False),
    sa.Column('attempts', sa.Integer(), server_default='0', nullable=False),
    sa.Column('next_attempt_at', UTCDateTime(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('shown', sa.Text(), server_default='{}', nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['follow_id'], ['follows.id'], name=op.f('fk_story_posts_follow_id_follows'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_story_posts_story_id_stories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_story_posts')),
    sa.UniqueConstraint('follow_id', 'story_id', name='uq_story_posts_follow_story')
    )
    with op.batch_alter_table('story_posts', schema=None) as batch_op:
        batch_op.create_index('ix_story_posts_pending', ['published_version', 'version'], unique=False)

    op.create_table('story_quotes',
    sa.Column('id', AutoId, autoincrement=True, nullable=False),
    sa.Column('story_id', sa.BigInteger(), nullable=False),
    sa.Column('article_id', sa.BigInteger(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('speaker', sa.String(length=200), nullable=True),
    sa.Column('published', UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_story_quotes_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_story_quotes_story_id_stories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_story_quotes'))
    )
    with op.batch_alter_table('story_quotes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_story_quotes_speaker'), ['speaker'], unique=False)
        batch_op.create_index(batch_op.f('ix_story_quotes_story_id'), ['story_id'], unique=False)

    op.create_table('reminders_sent',
    sa.Column('follow_id', sa.BigInteger(), nullable=False),
    sa.Column('deadline_id', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('queued_at', UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['deadline_id'], ['story_deadlines.id'], name=op.f('fk_reminders_sent_deadline_id_story_deadlines'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['follow_id'], ['follows.id'], name=op.f('fk_reminders_sent_follow_id_follows'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('follow_id', 'deadline_id', 'kind', name=op.f('pk_reminders_sent'))
    )
    with op.batch_alter_table('guild_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('digest_last_date', sa.String(length=10), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('guild_settings', schema=None) as batch_op:
        batch_op.drop_column('digest_last_date')

    op.drop_table('reminders_sent')
    with op.batch_alter_table('story_quotes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_story_quotes_story_id'))
        batch_op.drop_index(batch_op.f('ix_story_quotes_speaker'))

    op.drop_table('story_quotes')
    with op.batch_alter_table('story_posts', schema=None) as batch_op:
        batch_op.drop_index('ix_story_posts_pending')

    op.drop_table('story_posts')
    with op.batch_alter_table('story_deadlines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_story_deadlines_story_id'))
        batch_op.drop_index(batch_op.f('ix_story_deadlines_latest'))

    op.drop_table('story_deadlines')
    op.drop_table('follows')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_story_id'))
        batch_op.drop_index('ix_articles_assigned_published')

    op.drop_table('articles')
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stories_topic_key'))
        batch_op.drop_index(batch_op.f('ix_stories_last_updated_at'))

    op.drop_table('stories')
