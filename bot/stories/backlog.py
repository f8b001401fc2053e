"""How far behind the story engine is, for /about and the benchmarks."""

from __future__ import annotations

from bot.storage.database import Database
from bot.storage.stories import story_backlog


async def backlog_text(db: Database) -> str:
    """One line: articles not yet placed in a story, and placed ones not yet read."""
    backlog = await story_backlog(db)
    return f"{backlog.unplaced:,} to place · {backlog.unanalysed:,} to read"
