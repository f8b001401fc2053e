"""Article extraction from saved pages written for these tests (tests/fixtures/articles)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.analysis import NotArticleError, analyse, extract_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_article_text_and_metadata() -> None:
    article = extract_article(page("harbour-bridge.html"), url="https://courier.example/bridge")
    assert article.title == "Harbour bridge to close for six weeks of repairs"
    assert article.site_name == "The Lakeside Courier"
    assert article.byline == "Priya Nandakumar"
    assert article.published == datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
    assert article.language == "en"
    assert article.image == "https://courier.example/images/bridge.jpg"
    assert article.text.startswith("The Harbour Bridge in Lakeside will close")
    assert "\n\n" in article.text  # paragraphs kept apart
    # Navigation, related links and the footer are not article text.
    for boilerplate in ("Most read", "All rights reserved", "Privacy", "rowing club"):
        assert boilerplate not in article.text


def test_extracted_article_feeds_the_brief() -> None:
    article = extract_article(page("harbour-bridge.html"))
    brief = analyse(article.text, article.published, title=article.title)
    speakers = {q.speaker for q in brief.quotes}
    assert speakers == {"Tomas Eriksen", "Hannah Okafor"}
    assert {d.phrase for d in brief.deadlines} == {"next Monday", "by Easter", "by mid-April"}


def test_str_input_works_like_bytes() -> None:
    html = page("harbour-bridge.html").decode("utf-8")
    assert extract_article(html).text == extract_article(page("harbour-bridge.html")).text


@pytest.mark.parametrize(
    ("name", "reason", "words"),
    [
        ("paywalled-teaser.html", "paywall", "paywall"),
        ("script-shell.html", "script_only", "JavaScript"),
        ("short-notice.html", "too_short", "too short"),
    ],
)
def test_pages_without_an_article_say_why(name: str, reason: str, words: str) -> None:
    with pytest.raises(NotArticleError) as caught:
        extract_article(page(name))
    assert caught.value.reason == reason
    assert words in str(caught.value)


def test_empty_document() -> None:
    with pytest.raises(NotArticleError) as caught:
        extract_article(b"   ")
    assert caught.value.reason == "empty"
