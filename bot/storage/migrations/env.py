"""Alembic environment: always handed a live connection by bot.storage.database.migrate()."""

from __future__ import annotations

from alembic import context

from bot.storage.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `storyline migrate` (bot.storage.database)")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
