"""Feed delivery when things go wrong: refused channels, restarts, and /feed why."""

from __future__ import annotations

import json

import aiohttp

from bot.sandbox import FakeDiscord
from bot.storage import guilds, outbox
from tests.helpers import clock, feedgen
from tests.helpers.feedbot import add_feed, titled
from tests.helpers.harness import RunningBot, running_bot
from tests.helpers.newsweb import NewsWeb
from tests.helpers.waiting import eventually


async def invoke(bot: RunningBot, command: str, **options: object) -> str:
    interaction = await bot.fake.invoke(command, options, guild=bot.guild, channel="news")
    message = await interaction.final()
    return message.content + "".join(json.dumps(e) for e in message.embeds)


async def test_gone_feed_is_disabled_and_admins_told(fast_bot: RunningBot,
                                                     news_web: NewsWeb) -> None:
    await invoke(fast_bot, "settings channel", channel=fast_bot.guild.channels["general"])
    await add_feed(fast_bot, news_web.serve("/feed", feedgen.rss("Desk", feedgen.entries(1))))
    news_web.serve("/feed", "gone", status=404)
    notice = await fast_bot.fake.wait_for_message(lambda m: "is gone" in m.content, timeout=10)
    assert notice.channel_id == fast_bot.guild.channels["general"].id
    listing = await invoke(fast_bot, "feed list")
    assert "disabled" in listing and "404" in listing


async def test_refused_channel_stops_route_and_tells_admins(fast_bot: RunningBot,
                                                            news_web: NewsWeb) -> None:
    await invoke(fast_bot, "settings channel", channel=fast_bot.guild.channels["general"])
    await add_feed(fast_bot, news_web.serve("/feed", feedgen.rss("Desk", feedgen.entries(1))))
    fast_bot.fake.fail_next("POST", r"/channels/\d+/messages$", 403, count=1)
    news_web.serve("/feed", feedgen.rss("Desk", feedgen.entries(2)))
    notice = await fast_bot.fake.wait_for_message(lambda m: "no longer post" in m.content,
                                                  timeout=10)
    assert notice.channel_id == fast_bot.guild.channels["general"].id
    listing = await invoke(fast_bot, "feed list")
    assert "stopped" in listing
    why = await invoke(fast_bot, "feed why", feed="Desk", item="Story 1")
    assert "could not be delivered" in why


async def test_feed_why_explains_posted_filtered_and_baseline(fast_bot: RunningBot,
                                                              news_web: NewsWeb) -> None:
    items = feedgen.entries(1)
    await add_feed(fast_bot, news_web.serve("/feed", feedgen.rss("Desk", items)))
    assert "exclude `sport`" in await invoke(fast_bot, "feed filter", feed="Desk",
                                             exclude="sport")
    sport = feedgen.Entry("Cup final tonight", "https://news.example.org/cup",
                          summary="A sport story", published=feedgen.BASE_TIME)
    news_web.serve("/feed", feedgen.rss("Desk", [*items, sport, *feedgen.entries(1, start=1)]))
    posted = await fast_bot.fake.wait_for_message(titled("Story 1"), timeout=10)

    async def explained_as_posted() -> str | None:
        # The message is visible a moment before the outbox marks it sent.
        text = await invoke(fast_bot, "feed why", feed="Desk", item="Story 1")
        return text if "was posted" in text else None

    await eventually(explained_as_posted, what="/feed why to report the post")
    assert str(posted.id) in await invoke(fast_bot, "feed why", feed="Desk", item="story-1")
    assert "filtered" in await invoke(fast_bot, "feed why", feed="Desk", item="Cup final")
    assert "baseline" in await invoke(fast_bot, "feed why", feed="Desk", item="Story 0")
    assert "not in the feed" in await invoke(fast_bot, "feed why", feed="Desk", item="Nope")


async def test_restart_between_recorded_and_sent_posts_exactly_once(
        fake_discord: FakeDiscord, sqlite_database_url: str) -> None:
    """A post recorded in the outbox, sent, but not marked sent before a crash: the retry
    after restart carries the same nonce, so Discord keeps one message."""
    async with running_bot(fake_discord, sqlite_database_url) as first:
        guild = first.guild
        channel = guild.channels["news"]
        await guilds.ensure_guild(first.bot.db, guild.id)
        async with first.bot.db.begin() as conn:
            entry_id = await outbox.enqueue(
                conn, guild_id=guild.id, channel_id=channel.id, kind="feed_item",
                payload={"content": "Recorded before the crash"}, now=clock.now())
        # Keep the sender from draining it: this bot "crashes" now.
        first.bot.sender.wake = lambda: None  # type: ignore[method-assign]
    entry = await _entry(sqlite_database_url, entry_id)
    # The crashed process had already sent it once, with the entry's nonce.
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{fake_discord.api_base}/channels/{channel.id}/messages",
                                json={"content": "Recorded before the crash",
                                      "nonce": entry.nonce, "enforce_nonce": True},
                                headers={"Authorization": f"Bot {fake_discord.token}"}) as r:
            assert r.status == 200
    async with running_bot(fake_discord, sqlite_database_url) as second:
        await second.fake.wait_for_message(
            lambda m: m.content == "Recorded before the crash", timeout=10)
        done = await _wait_sent(second, entry_id)
        assert done.status == "sent"
        copies = [m for m in fake_discord.messages(channel, guild)
                  if m.content == "Recorded before the crash"]
        assert len(copies) == 1 and copies[0].id == done.message_id


async def _entry(database_url: str, entry_id: int) -> outbox.OutboxEntry:
    from bot.storage.database import Database

    db = Database.connect(database_url)
    try:
        entry = await outbox.get_entry(db, entry_id)
        assert entry is not None and entry.status == "pending"
        return entry
    finally:
        await db.close()


async def _wait_sent(bot: RunningBot, entry_id: int) -> outbox.OutboxEntry:
    from tests.helpers.waiting import eventually

    async def sent() -> outbox.OutboxEntry | None:
        entry = await outbox.get_entry(bot.bot.db, entry_id)
        return entry if entry is not None and entry.status == "sent" else None

    return await eventually(sent, what="the outbox entry marked sent")


async def test_add_refuses_private_redirect_and_oversized(
        fake_discord: FakeDiscord, sqlite_database_url: str, news_web: NewsWeb) -> None:
    async with running_bot(fake_discord, sqlite_database_url) as bot:
        sneaky = news_web.redirect("/sneaky", "http://169.254.169.254/latest/")
        assert "private or local" in (await add_feed(bot, sneaky)).content
        huge = news_web.serve("/huge", b"<rss>" + b" " * (6 * 1024 * 1024) + b"</rss>")
        assert "larger than 5 MB" in (await add_feed(bot, huge)).content
        assert "http" in (await add_feed(bot, "ftp://example.org/feed")).content


async def test_mention_pings_only_the_configured_role(fast_bot: RunningBot,
                                                      news_web: NewsWeb) -> None:
    role = fast_bot.guild.add_role("news-pings")
    evil = feedgen.Entry("@everyone look <@&123> and <@456>", "https://news.example.org/e",
                         summary="[click](https://evil.example) @here", published=feedgen.BASE_TIME)
    await add_feed(fast_bot, news_web.serve("/feed", feedgen.rss("Desk", feedgen.entries(1))))
    await invoke(fast_bot, "feed mention", feed="Desk", role=role)
    news_web.serve("/feed", feedgen.rss("Desk", [*feedgen.entries(1), evil]))
    post = await fast_bot.fake.wait_for_message(lambda m: "look" in json.dumps(m.embeds),
                                                timeout=10)
    assert post.allowed_mentions == {"parse": [], "roles": [str(role.id)]} or \
        post.allowed_mentions == {"parse": [], "roles": [role.id]}
    assert post.content == f"<@&{role.id}>"
    text = json.dumps(post.embeds)
    assert "@everyone" not in text and "<@&123>" not in text and "<@456>" not in text
