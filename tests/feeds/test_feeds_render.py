"""What ends up in the Discord message: limits, markdown, and no stray pings."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from bot.feeds.item_payload import render_feed_item, render_more_line
from bot.feeds.models import FeedItem
from bot.render import limits
from bot.render.embeds import embed_length
from bot.render.markdown import html_to_markdown
from bot.render.text import ZERO_WIDTH_SPACE, neutralise_mentions, truncate

LOREM = "Harbour cranes idle while the strike continues into its third week. "


def story(**overrides: object) -> FeedItem:
    fields: dict[str, object] = {
        "title": "Cranes idle as strike continues",
        "link": "https://port.example/strike",
        "summary_html": "<p>Day <b>three</b> of the strike.</p>",
        "author": "Port Desk",
        "published": datetime(2026, 11, 3, 9, 0, tzinfo=UTC),
        "categories": ["Labour", "Port"],
        "image_url": "https://port.example/cranes.jpg",
    }
    fields.update(overrides)
    return FeedItem(**fields)  # type: ignore[arg-type]


def test_truncate_cuts_at_a_word_and_marks_it() -> None:
    text = "The quick brown fox jumps over the lazy dog"
    cut = truncate(text, 20)
    assert len(cut) <= 20 and cut.endswith("…")
    assert cut == "The quick brown fox…"
    assert truncate("short", 20) == "short"
    assert truncate("x" * 50, 10) == "x" * 9 + "…"  # no space to cut at


def test_long_summary_stays_within_embed_limits() -> None:
    item = story(title="T" * 400, summary_html="<p>" + LOREM * 150 + "</p>",
                 author="A" * 3000)
    payload = render_feed_item(item, feed_title="F" * 300, style="embed", template=None,
                               tz="UTC", mention_role_id=None)
    embed = payload["embeds"][0]
    assert len(embed["title"]) <= limits.EMBED_TITLE
    assert len(embed["description"]) <= limits.EMBED_DESCRIPTION
    assert embed["description"].endswith("…")
    assert len(embed["author"]["name"]) <= limits.EMBED_AUTHOR_NAME
    assert len(embed["footer"]["text"]) <= limits.EMBED_FOOTER_TEXT
    assert embed_length(embed) <= limits.EMBED_TOTAL
    json.dumps(payload)  # plain data, ready for the REST API


def test_embed_carries_link_source_image_and_time() -> None:
    payload = render_feed_item(story(), feed_title="Port Gazette", style="embed",
                               template=None, tz="UTC", mention_role_id=None)
    embed = payload["embeds"][0]
    assert embed["url"] == "https://port.example/strike"
    assert embed["author"]["name"] == "Port Gazette"
    assert embed["image"]["url"] == "https://port.example/cranes.jpg"
    assert embed["timestamp"] == "2026-11-03T09:00:00+00:00"
    assert embed["description"] == "Day **three** of the strike."
    assert payload["allowed_mentions"] == {"parse": []}
    assert "content" not in payload


def test_role_mention_is_the_only_allowed_ping() -> None:
    item = story(title="@everyone look", summary_html="<p>hey <@&999> and @here</p>")
    payload = render_feed_item(item, feed_title="Gazette", style="embed", template=None,
                               tz="UTC", mention_role_id=1234)
    assert payload["allowed_mentions"] == {"parse": [], "roles": [1234]}
    assert payload["content"] == "<@&1234>"
    embed = payload["embeds"][0]
    assert "@everyone" not in embed["title"]
    assert "<@&999>" not in embed["description"] and "@here" not in embed["description"]


def test_text_style_with_template_fits_in_content() -> None:
    item = story(summary_html=LOREM * 100)
    payload = render_feed_item(
        item, feed_title="Gazette", style="text",
        template="**{title}** ({source}, {published})\n{summary}\n{link}",
        tz="Europe/Oslo", mention_role_id=77,
    )
    content = payload["content"]
    assert len(content) <= limits.MESSAGE_CONTENT
    assert content.startswith(
        "<@&77>\n**Cranes idle as strike continues** (Gazette, 2026-11-03 10:00 CET)\n")
    assert content.endswith("\nhttps://port.example/strike")  # the link survives the cut
    assert "…" in content
    assert "embeds" not in payload


def test_discord_timestamps_in_templates() -> None:
    payload = render_feed_item(story(), feed_title="G", style="text", template="{published}",
                               tz="UTC", mention_role_id=None, discord_timestamps=True)
    assert payload["content"] == f"<t:{int(datetime(2026, 11, 3, 9, tzinfo=UTC).timestamp())}:f>"


def test_untrusted_link_and_image_are_dropped() -> None:
    payload = render_feed_item(
        story(link="javascript:alert(1)", image_url="file:///etc/passwd"),
        feed_title="G", style="embed", template=None, tz="UTC", mention_role_id=None)
    embed = payload["embeds"][0]
    assert "url" not in embed and "image" not in embed


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("@everyone now", f"@{ZERO_WIDTH_SPACE}everyone now"),
        ("ping @here", f"ping @{ZERO_WIDTH_SPACE}here"),
        ("<@123456>", f"<@{ZERO_WIDTH_SPACE}123456>"),
        ("<@!123456>", f"<@{ZERO_WIDTH_SPACE}!123456>"),
        ("<@&42>", f"<@{ZERO_WIDTH_SPACE}&42>"),
        ("see <#987>", "see <#987>"),
        ("[official site](https://phish.example/login)",
         "official site (https://phish.example/login)"),
        ("[https://bank.example](https://phish.example)",
         "https://bank.example (https://phish.example)"),
        ("email me@example.com", "email me@example.com"),
    ],
)
def test_neutralise_mentions(text: str, safe: str) -> None:
    assert neutralise_mentions(text) == safe


@pytest.mark.parametrize(
    ("html", "markdown"),
    [
        ('<p>Read <a href="https://a.example/x">the report</a>.</p>',
         "Read the report (https://a.example/x)."),
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("<strong>bold</strong> <em>it</em> <del>gone</del>", "**bold** *it* ~~gone~~"),
        ("<ul><li>apples</li><li>pears</li></ul>", "- apples\n- pears"),
        ("<ol><li>first</li><li>second</li></ol>", "1. first\n2. second"),
        ("<p>x</p><script>steal()</script><style>p{}</style>", "x"),
        ("Fish &amp; chips &hellip; &#8220;ok&#8221;", "Fish & chips … “ok”"),
        ("2 * 3 = 6 and snake_case", "2 \\* 3 = 6 and snake\\_case"),
        ("<p>[fake](https://evil.example)</p>", "fake (https://evil.example)"),
        ('<a href="javascript:void(0)">click</a>', "click"),
        ("line<br>break", "line\nbreak"),
        ("<blockquote>quoted</blockquote>", "> quoted"),
    ],
)
def test_html_to_markdown(html: str, markdown: str) -> None:
    assert html_to_markdown(html) == markdown


def test_mention_split_by_tags_is_still_defused() -> None:
    assert "@everyone" not in html_to_markdown("@every<b></b>one")


def test_more_line() -> None:
    payload = render_more_line(7, "Port @everyone Gazette")
    assert payload["content"] == f"… and 7 more from Port @{ZERO_WIDTH_SPACE}everyone Gazette"
    assert payload["allowed_mentions"] == {"parse": []}


def test_forum_thread_name_fits() -> None:
    from bot.feeds.item_payload import render_thread_name

    name = render_thread_name(story(title="@everyone " + "word " * 60))
    assert len(name) <= limits.FORUM_THREAD_NAME and name.endswith("…")
    assert "@everyone" not in name
