from datetime import timedelta

from bot.storage import guilds
from bot.storage.database import Database
from bot.storage.state import get_state, set_state
from tests.helpers import clock


async def test_migrations_are_idempotent(db: Database) -> None:
    assert await db.migrate() == []
    assert await db.current_revision() is not None


async def test_guild_settings_round_trip(db: Database) -> None:
    created = await guilds.ensure_guild(db, 42)
    assert created.timezone == "UTC"
    assert created.joined_at.tzinfo is not None
    await guilds.update_guild(db, 42, timezone="Europe/Kyiv", channel_id=7)
    stored = await guilds.get_guild(db, 42)
    assert stored is not None
    assert (stored.timezone, stored.channel_id) == ("Europe/Kyiv", 7)


async def test_settings_survive_a_new_engine(db: Database, database_url: str) -> None:
    await guilds.update_guild(db, 1, timezone="Asia/Tokyo")
    await db.close()
    reopened = Database.connect(database_url)
    try:
        stored = await guilds.get_guild(reopened, 1)
        assert stored is not None and stored.timezone == "Asia/Tokyo"
    finally:
        await reopened.close()


async def test_departed_guilds_are_purged_after_30_days_only(db: Database) -> None:
    await guilds.ensure_guild(db, 1)
    await guilds.ensure_guild(db, 2)
    now = clock.now()
    await guilds.mark_guild_left(db, 1, when=now - timedelta(days=31))
    await guilds.mark_guild_left(db, 2, when=now - timedelta(days=29))
    assert await guilds.purge_departed_guilds(db, now) == [1]
    assert await guilds.get_guild(db, 1) is None
    assert await guilds.get_guild(db, 2) is not None


async def test_rejoining_keeps_settings(db: Database) -> None:
    await guilds.update_guild(db, 3, timezone="Europe/Paris")
    await guilds.mark_guild_left(db, 3)
    rejoined = await guilds.ensure_guild(db, 3)
    assert rejoined.left_at is None and rejoined.timezone == "Europe/Paris"


async def test_state_upsert(db: Database) -> None:
    assert await get_state(db, "k") is None
    await set_state(db, "k", "v1")
    await set_state(db, "k", "v2")
    assert await get_state(db, "k") == "v2"
