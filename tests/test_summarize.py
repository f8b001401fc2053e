"""/summarize end to end: the local news web serves pages, the fake Discord shows replies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.sandbox import FakeDiscord
from tests.helpers.harness import RunningBot, running_bot
from tests.helpers.newsweb import NewsWeb

PAGES = Path(__file__).parent / "fixtures" / "pages"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


async def summarize(bot: RunningBot, url: str, **options: object):
    interaction = await bot.fake.invoke("summarize", {"url": url, **options}, guild=bot.guild)
    first = await interaction.response()
    assert first["type"] == 5  # deferred at once: fetching takes a while
    return await interaction.final(timeout=15)


async def test_summary_embed_with_quotes_and_deadline(storyline: RunningBot,
                                                      news_web: NewsWeb) -> None:
    url = news_web.serve("/strike", page("harbour-strike.html"), content_type="text/html")
    answer = await summarize(storyline, url)
    assert answer.ephemeral
    embed = answer.embeds[0]
    assert embed["title"].startswith("Port workers set Friday deadline")
    assert embed["url"] == url
    assert "Coastline Courier" in embed["description"]
    assert "<t:1772443800:f>" in embed["description"]  # published 2026-03-02T09:30Z
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert "Maria Okafor" in fields["Quotes"] and "Brennan" in fields["Quotes"]
    assert "by Friday" in fields["Deadlines"]
    assert "Maria Okafor" in fields["People"]
    assert "Westhaven Dockers Union" in fields["Organisations"]
    assert len(json.dumps(embed)) < 6000


async def test_repeat_is_served_from_the_cache(storyline: RunningBot,
                                               news_web: NewsWeb) -> None:
    url = news_web.serve("/strike", page("harbour-strike.html"), content_type="text/html")
    first = await summarize(storyline, url)
    second = await summarize(storyline, url + "#comments")
    assert second.embeds[0]["title"] == first.embeds[0]["title"]
    assert news_web.hits["/strike"] == 1


async def test_public_answer_is_visible_in_the_channel(storyline: RunningBot,
                                                       news_web: NewsWeb) -> None:
    url = news_web.serve("/strike", page("harbour-strike.html"), content_type="text/html")
    answer = await summarize(storyline, url, public=True)
    assert not answer.ephemeral


@pytest.mark.parametrize(("body", "content_type", "expected"), [
    (b"%PDF-1.4 binary", "application/pdf", "not a web page"),
    (b"<html><body><p>Subscribe to read.</p></body></html>", "text/html", "article-like"),
])
async def test_unusable_pages_get_a_clear_private_error(
        storyline: RunningBot, news_web: NewsWeb, body: bytes, content_type: str,
        expected: str) -> None:
    url = news_web.serve("/thing", body, content_type=content_type)
    answer = await summarize(storyline, url, public=True)
    assert answer.ephemeral and expected in answer.content


async def test_blocked_large_and_slow_pages(storyline: RunningBot, news_web: NewsWeb,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = news_web.redirect("/meta", "http://169.254.169.254/latest/meta-data")
    assert "won't open that link" in (await summarize(storyline, blocked)).content
    huge = news_web.serve("/huge", b"<html>" + b"x" * (6 * 1024 * 1024), content_type="text/html")
    assert "larger than 5 MB" in (await summarize(storyline, huge)).content
    monkeypatch.setattr("bot.articles.service.PAGE_TIMEOUT", 0.3)
    slow = news_web.serve("/slow", page("harbour-strike.html"), content_type="text/html",
                          delay=1.0)
    assert "did not answer" in (await summarize(storyline, slow)).content


async def test_more_button_shows_every_quote_even_after_a_restart(
        fake_discord: FakeDiscord, sqlite_database_url: str, news_web: NewsWeb) -> None:
    url = news_web.serve("/vote", page("council-vote.html"), content_type="text/html")
    async with running_bot(fake_discord, sqlite_database_url) as first:
        answer = await summarize(first, url)
        quotes_field = next(f for f in answer.embeds[0]["fields"] if f["name"] == "Quotes")
        assert quotes_field["value"].count("—") == 3  # three shown at first
        more = next(b for b in answer.buttons() if b["label"] == "More")
    async with running_bot(fake_discord, sqlite_database_url) as second:
        shown = await (await second.fake.click(answer, more["custom_id"])).final()
        text = json.dumps(shown.embeds[0], ensure_ascii=False)
        for speaker in ("Lindqvist", "Petrakis", "Okonkwo", "Eriksen", "Moravec"):
            assert speaker in text
        assert shown.ephemeral
