"""Coverage charts: /story, the Full coverage button and /timeline answer with a picture."""

from __future__ import annotations

import pytest

from bot.render.charts import MAX_CHART_BYTES
from bot.sandbox import FakeMessage
from bot.sandbox.messages import Upload
from tests.helpers.harness import RunningBot
from tests.helpers.storybot import TOPIC, command, setup_following, sources_in, text_of
from tests.helpers.storyfeeds import STRIKE_BEGINS, TALKS_COLLAPSE, OutletFeeds

pytestmark = pytest.mark.timeout(180)


def chart_of(message: FakeMessage, filename: str) -> Upload:
    """The embed shows the uploaded picture, which is a phone-readable, small PNG."""
    assert [a.filename for a in message.attachments] == [filename]
    assert message.embeds[0]["image"]["url"] == f"attachment://{filename}"
    upload = message.attachments[0]
    size = upload.image_size
    assert size is not None, "not a PNG"
    assert size[0] >= 800 and size[1] >= 400
    assert len(upload.data) <= MAX_CHART_BYTES
    return upload


async def test_story_chart_grows_with_its_outlets(bot: RunningBot, feeds: OutletFeeds) -> None:
    await command(bot, "settings timezone", zone="Europe/Kyiv")
    await setup_following(bot, feeds)
    feeds.publish("courier", TALKS_COLLAPSE["courier"])
    post = await bot.fake.wait_for_message(
        lambda m: "**1 source**" in text_of(m) and "Following:" in text_of(m), timeout=30)
    story_id = post.buttons()[0]["custom_id"].rsplit(":", 1)[1]

    before = chart_of(await command(bot, "story", story=story_id), "coverage.png")
    feeds.publish("gazette", TALKS_COLLAPSE["gazette"])
    await bot.fake.wait_for_message(sources_in(2), timeout=30)
    after = chart_of(await command(bot, "story", story=story_id), "coverage.png")
    assert after.data != before.data

    clicked = await bot.fake.click(post, f"story:coverage:{story_id}")
    shown = await clicked.final(timeout=20)
    assert shown.ephemeral
    assert chart_of(shown, "coverage.png").data == after.data

    feeds.publish("courier", STRIKE_BEGINS)
    await bot.fake.wait_for_message(
        lambda m: "strike begins" in str(m.embeds) and "Following:" in str(m.embeds), timeout=30)
    timeline = await command(bot, "timeline", topic=TOPIC)
    chart_of(timeline, "timeline.png")
    assert "strike begins" in timeline.embeds[0]["description"]
