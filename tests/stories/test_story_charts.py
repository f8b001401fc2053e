"""Coverage charts: /story, the Full coverage button and /timeline answer with a picture."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.render.charts import MAX_CHART_BYTES
from bot.sandbox import FakeMessage
from bot.sandbox.messages import Upload
from bot.storage.stories import Article, StoredDeadline, Story
from bot.stories.charts import deadline_marks
from bot.stories.coverage import StoryRows, story_view_of
from bot.stories.findings import merge_deadlines, with_sources
from tests.helpers import clock
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


def _article(article_id: int, source: str, published: datetime) -> Article:
    return Article(article_id, f"https://{source}.example/{article_id}", f"Report {article_id}",
                   "", source, published, published, "feed", 1, None, True, None, True)


def _deadline(deadline_id: int, article_id: int, phrase: str, about: str,
              due: datetime) -> StoredDeadline:
    return StoredDeadline(deadline_id, 1, article_id, phrase, about, due, due)


def test_chart_marks_the_deadline_lines_the_embed_shows() -> None:
    """Two outlets word one deadline differently ("next Tuesday" / "by 9 December"): the
    embed shows one line and the chart one mark, at the first report; one phrase naming two
    different things stays two lines and two marks."""
    start = clock.now().replace(microsecond=0)
    due = start + timedelta(days=5)
    articles = [_article(1, "courier", start + timedelta(hours=2)),
                _article(2, "gazette", start)]
    stored = [
        _deadline(1, 1, "next Tuesday", "the operator must restore its timetable", due),
        _deadline(2, 2, f"by {due.day} {due:%B}", "restore the winter timetable", due),
        _deadline(3, 1, "next week", "the union votes on the offer", due + timedelta(days=2)),
        _deadline(4, 2, "next week", "the board publishes its audit", due + timedelta(days=2)),
    ]
    story = Story(1, "s-1", "t-1", "Ferry timetable", "", start, start, 2, 2, None, 1)
    rows = StoryRows(story, articles, [], merge_deadlines(with_sources(stored, articles)))

    lines = story_view_of(rows).deadlines
    marks = deadline_marks(rows)
    assert len(lines) == len(marks) == 3
    # Lines come in date order, marks in order of first report: the timetable (the gazette's
    # report at `start`), the audit (the gazette), then the union vote (the courier, later).
    assert [m.phrase for m in marks] == [lines[0].phrase, "next week", "next week"]
    assert [m.reported_at for m in marks] == [start, start, start + timedelta(hours=2)]
    assert lines[0].phrase == "next Tuesday"
