"""Article analysis as its own stage, and a story's lead article.

Articles placed before this revision were analysed at placement, so they count as analysed.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch_op:
        batch_op.add_column(sa.Column("analysed", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.execute(sa.text("UPDATE articles SET analysed = assigned"))
    op.create_index("ix_articles_analysed_assigned", "articles", ["analysed", "assigned"])
    with op.batch_alter_table("stories") as batch_op:
        batch_op.add_column(sa.Column("lead_article_id", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("stories") as batch_op:
        batch_op.drop_column("lead_article_id")
    op.drop_index("ix_articles_analysed_assigned", table_name="articles")
    with op.batch_alter_table("articles") as batch_op:
        batch_op.drop_column("analysed")
