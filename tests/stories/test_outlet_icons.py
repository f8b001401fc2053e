"""/follow format style:webhook looks up the outlets' icons without making the user wait
on slow sites, and does not ask a site without an icon again each time it is run."""

from __future__ import annotations

from bot.storage import feeds as feed_store
from tests.helpers.harness import RunningBot
from tests.helpers.icons import PNG, SLOW_PAGE_SECONDS
from tests.helpers.newsweb import NewsWeb
from tests.helpers.storybot import TOPIC, command, setup_following
from tests.helpers.storyfeeds import OutletFeeds
from tests.helpers.waiting import eventually


async def as_outlet(bot: RunningBot) -> str:
    return (await command(bot, "follow format", topic=TOPIC, style="webhook")).content


async def test_a_second_format_does_not_ask_sites_without_an_icon_again(
        bot: RunningBot, feeds: OutletFeeds, news_web: NewsWeb) -> None:
    await setup_following(bot, feeds)
    await as_outlet(bot)
    # Each outlet's site was asked for its favicon, and has none.
    assert news_web.hits["/favicon.ico"] == 3
    asked = (news_web.hits["/"], news_web.hits["/favicon.ico"])

    await as_outlet(bot)
    assert (news_web.hits["/"], news_web.hits["/favicon.ico"]) == asked


async def test_the_answer_does_not_wait_for_a_slow_site(
        bot: RunningBot, feeds: OutletFeeds, news_web: NewsWeb) -> None:
    news_web.serve("/", "<html></html>", content_type="text/html", delay=SLOW_PAGE_SECONDS)
    news_web.serve("/favicon.ico", PNG, content_type="image/png")
    await setup_following(bot, feeds)
    answer = await as_outlet(bot)
    assert "outlet leading each story" in answer
    assert news_web.hits["/"] == 0  # the slow home pages had not answered yet

    async def icon() -> str | None:
        async with bot.bot.db.connect_readonly() as conn:
            return await feed_store.outlet_icon(conn, "Courier")

    # The lookups went on after the answer, and their icons are kept for the posts.
    found = await eventually(icon, timeout=SLOW_PAGE_SECONDS + 10, what="Courier's icon")
    assert found == news_web.url("/favicon.ico")
