"""A story is told by its articles, not by the feeds' teasers: two outlets added with
backfill report one event; the story appears without waiting for a later poll, its headline
and link are one article's, and its quotes and deadlines are those of the article pages,
so /quotes, /deadlines and /summarize agree."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Any

import pytest

from bot.sandbox import FakeDiscord, FakeMessage
from tests.helpers import clock, feedgen
from tests.helpers.harness import RunningBot, running_bot
from tests.helpers.newsweb import NewsWeb
from tests.helpers.storybot import command, text_of
from tests.helpers.waiting import eventually

NOW = clock.now().replace(microsecond=0)
DUE = NOW + timedelta(days=10)
DUE_WORDS = f"{DUE.day} {DUE:%B}"  # "14 December": the date the pages name

# Two outlets' pages about one event. Only the pages carry the minister's quote and the
# deadline; the feeds carry a one-line teaser.
PAGES = {
    "courier": (
        "Lowmoor ferry operator told to restore winter timetable",
        f"<p>The regional transport board told the Lowmoor ferry operator on Tuesday to "
        f"restore its winter timetable by {DUE_WORDS}, after weeks of cancelled crossings "
        f"left island residents stranded.</p>"
        f"<p>\"Islanders have waited long enough for a service they can rely on,\" transport "
        f"minister Ingrid Vasquez said after the board met in Harwick.</p>"
        f"<p>The operator, Lowmoor Sea Links, blamed a shortage of engineers and said two "
        f"vessels were still in dry dock for repairs.</p>"),
    "gazette": (
        "Transport board orders Lowmoor ferries back on winter schedule",
        f"<p>Lowmoor Sea Links must restore its winter timetable by {DUE_WORDS}, the regional "
        f"transport board ruled, after repeated cancellations on the island route.</p>"
        f"<p>Board members heard that more than forty crossings had been cancelled since "
        f"October, many at a few hours' notice.</p>"
        f"<p>The company said it was recruiting engineers and expected both vessels to "
        f"return to service before the holidays.</p>"),
}
TEASER = "The ferry operator was told to improve its service."


def article_page(outlet: str, title: str, paragraphs: str, published: datetime) -> str:
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{title} | {outlet.title()}</title>"
            f"<meta property=\"og:site_name\" content=\"{outlet.title()}\">"
            f"<meta property=\"og:title\" content=\"{title}\">"
            f"<meta property=\"article:published_time\" content=\"{published.isoformat()}\">"
            f"</head><body><nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>"
            f"{paragraphs}</article><footer>Copyright {outlet.title()}</footer></body></html>")


@pytest.fixture
async def bot(fake_discord: FakeDiscord, sqlite_database_url: str) -> AsyncIterator[RunningBot]:
    # The default poll interval (10 minutes): nothing but the backfill can bring the story.
    async with running_bot(fake_discord, sqlite_database_url) as running:
        yield running


@pytest.fixture
def outlets(news_web: NewsWeb) -> dict[str, str]:
    """Feed URL per outlet; each feed's one item links to its article page."""
    feeds = {}
    for minutes, (outlet, (title, paragraphs)) in enumerate(PAGES.items()):
        published = NOW - timedelta(minutes=40 - 10 * minutes)
        link = news_web.serve(f"/{outlet}/ferry", article_page(outlet, title, paragraphs,
                                                                published),
                              content_type="text/html")
        feeds[outlet] = news_web.serve(f"/{outlet}.xml", feedgen.rss(outlet.title(), [
            feedgen.Entry(title, link, summary=TEASER, published=published)]))
    return feeds


async def story_choice(bot: RunningBot) -> dict[str, Any] | None:
    choices = await bot.fake.autocomplete("story", "story", "lowmoor", guild=bot.guild)
    return choices[0] if choices else None


async def test_backfilled_reports_make_one_coherent_story(bot: RunningBot, news_web: NewsWeb,
                                                          outlets: dict[str, str]) -> None:
    for url in outlets.values():
        added = await command(bot, "feed add", url=url, backfill=5)
        assert "Added" in added.content, added.content

    # No later poll comes: the backfilled items alone make the story.
    choice = await eventually(lambda: story_choice(bot), timeout=30, what="a /story choice")

    async def read_story() -> FakeMessage | None:
        shown = await command(bot, "story", story=choice["value"])
        fields = {f["name"]: f["value"] for f in shown.embeds[0]["fields"]}
        return shown if {"Courier", "Gazette"} <= set(fields) and "Quotes" in fields else None

    async def deadline_lines() -> list[str] | None:
        answer = await command(bot, "deadlines", topic="Lowmoor ferry")
        lines = [line for line in answer.embeds[0]["description"].split("\n") if "⏰" in line]
        return lines if "[Gazette]" in answer.embeds[0]["description"] else None

    # The two outlets name the same date for the same thing: one line, both sources.
    lines = await eventually(deadline_lines, timeout=30, what="the Gazette's deadline")
    assert len(lines) == 1, lines
    assert "[Courier]" in lines[0] and "[Gazette]" in lines[0]
    assert DUE_WORDS in lines[0]

    shown = await eventually(read_story, timeout=30, what="both outlets and the page's quote")
    embed = shown.embeds[0]
    # Headline and link name the same article.
    linked_page = news_web.pages[embed["url"].split(str(news_web.port), 1)[1]].body.decode()
    assert f"<h1>{embed['title']}</h1>" in linked_page
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert "Ingrid Vasquez" in fields["Quotes"]  # only the page says who said it
    assert fields["Deadlines"].count("⏰") == 1, fields["Deadlines"]
    assert DUE_WORDS in fields["Deadlines"]

    quotes = await command(bot, "quotes", person="Vasquez")
    assert "Islanders have waited long enough" in text_of(quotes)

    # /summarize of either page reads the same deadline and the same speaker.
    summary = await command(bot, "summarize", url=news_web.url("/courier/ferry"))
    summary_fields = {f["name"]: f["value"] for f in summary.embeds[0]["fields"]}
    assert DUE_WORDS in summary_fields["Deadlines"]
    assert "Ingrid Vasquez" in summary_fields["Quotes"]
