"""Real-world breakage: every case gives a usable feed or a status, never an exception."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.feeds.parse import parse_feed


def rss(items: str, *, declaration: str = '<?xml version="1.0" encoding="utf-8"?>') -> str:
    return (f'{declaration}\n<rss version="2.0"><channel><title>Night Desk</title>'
            f"<link>https://night.example/</link><description>d</description>{items}"
            "</channel></rss>")


def test_unescaped_ampersands() -> None:
    body = rss("<item><title>Fish & Chips & Peas</title>"
               "<link>https://night.example/a?x=1&y=2</link></item>").encode()
    parsed = parse_feed(body)
    assert parsed.ok and parsed.bozo
    assert parsed.items[0].title == "Fish & Chips & Peas"
    assert parsed.items[0].link == "https://night.example/a?x=1&y=2"


def test_html_entities_undefined_in_xml() -> None:
    body = rss("<item><title>Wait&hellip; it&rsquo;s &eacute;t&eacute;&nbsp;now</title>"
               "<description>caf&eacute; &copy; 2026</description></item>").encode()
    parsed = parse_feed(body)
    assert parsed.ok
    assert parsed.items[0].title == "Wait… it’s été\u00a0now"
    assert parsed.items[0].summary_text == "café © 2026"


def test_declared_utf8_but_latin1_bytes() -> None:
    body = rss("<item><title>Café Zürich</title></item>").encode("latin-1")
    parsed = parse_feed(body)
    assert parsed.ok
    assert parsed.items[0].title == "Café Zürich"


def test_http_charset_overrides_wrong_declaration() -> None:
    text = rss("<item><title>Gdańsk łódź</title></item>",
               declaration='<?xml version="1.0" encoding="iso-8859-1"?>')
    parsed = parse_feed(text.encode("utf-8"), content_type="application/xml; charset=utf-8")
    assert parsed.items[0].title == "Gdańsk łódź"


def test_missing_declaration_in_windows_1252() -> None:
    body = ('<rss version="2.0"><channel><title>Quotes</title><item>'
            "<title>\u201cSmart\u201d quotes \u2013 dash</title></item></channel></rss>")
    parsed = parse_feed(body.encode("cp1252"))
    assert parsed.ok
    assert parsed.items[0].title == "\u201cSmart\u201d quotes \u2013 dash"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-32"])
def test_byte_order_marks(encoding: str) -> None:
    declaration = f'<?xml version="1.0" encoding="{encoding.removesuffix("-sig")}"?>'
    text = rss("<item><title>Ωmega straße</title></item>", declaration=declaration)
    if encoding == "utf-16-le":
        body = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        body = text.encode(encoding)
    parsed = parse_feed(body)
    assert parsed.ok, parsed.error
    assert parsed.title == "Night Desk"
    assert parsed.items[0].title == "Ωmega straße"


def test_truncated_download_keeps_complete_items() -> None:
    full = rss("".join(
        f"<item><title>Story {n}</title><link>https://night.example/{n}</link>"
        f"<description>{'words ' * 40}</description></item>"
        for n in range(5)
    )).encode()
    cut = full[: full.index(b"<title>Story 4")]
    parsed = parse_feed(cut)
    assert parsed.ok and parsed.bozo
    assert [item.title for item in parsed.items][:4] == [f"Story {n}" for n in range(4)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Mon, 02 Nov 2026 14:00:00 GMT", datetime(2026, 11, 2, 14, tzinfo=UTC)),
        ("Mon, 2 Nov 2026 09:00:00 EST", datetime(2026, 11, 2, 14, tzinfo=UTC)),
        ("2026-11-02T16:00:00+02:00", datetime(2026, 11, 2, 14, tzinfo=UTC)),
        ("2026-11-02 14:00:00", datetime(2026, 11, 2, 14, tzinfo=UTC)),
        ("20261102T140000Z", datetime(2026, 11, 2, 14, tzinfo=UTC)),
        ("Monday, November 2, 2026", None),
        ("yesterday-ish", None),
        ("Sat, 31 Dec 99999 25:61:00 GMT", None),
    ],
)
def test_odd_dates_are_parsed_or_dropped(raw: str, expected: datetime | None) -> None:
    parsed = parse_feed(rss(f"<item><title>t</title><pubDate>{raw}</pubDate></item>").encode())
    assert parsed.ok
    assert parsed.items[0].published == expected


@pytest.mark.parametrize(
    ("body", "content_type", "error_part"),
    [
        (b"", None, "empty"),
        (b"   \n\t ", "application/rss+xml", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(200), "image/png", "not a feed"),
        (b"<!doctype html><html><head><title>Home</title></head></html>", "text/html", "HTML"),
        (b"<?xml version='1.0'?><catalog><book/></catalog>", "application/xml", "not a feed"),
        (b"just some words", "text/plain", "not a feed"),
    ],
)
def test_unusable_documents_become_a_status(
    body: bytes, content_type: str | None, error_part: str
) -> None:
    parsed = parse_feed(body, content_type=content_type)
    assert not parsed.ok
    assert error_part in (parsed.error or "")
    assert parsed.items == []


def test_body_that_names_a_local_file_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text(rss("<item><title>private</title></item>"))
    parsed = parse_feed(str(secret).encode())
    assert not parsed.ok
    assert parsed.items == []


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    body = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret}">]>'
            '<rss version="2.0"><channel><title>x &leak;</title><item><title>&leak;</title>'
            "</item></channel></rss>").encode()
    parsed = parse_feed(body)
    assert "TOP-SECRET" not in parsed.title
    assert all("TOP-SECRET" not in item.title for item in parsed.items)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_entity_expansion_bomb_is_refused_quickly(encoding: str) -> None:
    # Each level repeats the previous one ten times: 10^9 characters if expanded.
    levels = ['<!ENTITY l0 "boom">'] + [
        f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10)
    ]
    body = (f'<?xml version="1.0" encoding="{encoding}"?><!DOCTYPE rss [{"".join(levels)}]>'
            '<rss version="2.0"><channel><title>&l9;</title><item><title>Still here</title>'
            "</item></channel></rss>").encode(encoding)
    started = time.perf_counter()
    parsed = parse_feed(body)
    # Expat alone would refuse only after ~10^6 callbacks into Python: seconds of CPU.
    assert time.perf_counter() - started < 1.0
    assert "boom" not in parsed.title
    assert [item.title for item in parsed.items] == ["Still here"]


def test_relative_links_resolve_on_the_lenient_path_too() -> None:
    body = rss("<item><title>Bread & Butter</title><link>/food/bread</link>"
               "<description>&lt;img src='pics/loaf.jpg'&gt; Fresh</description></item>").encode()
    parsed = parse_feed(body, url="https://night.example/feeds/main.xml")
    assert parsed.bozo  # the bare "&" sent it to the lenient parser
    item = parsed.items[0]
    assert item.link == "https://night.example/food/bread"
    assert item.image_url == "https://night.example/food/pics/loaf.jpg"


def test_absurdly_deep_nesting_is_refused_quickly() -> None:
    depth = 50_000
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>deep</title><item>'
            + b"<x>" * depth + b"</x>" * depth + b"</item></channel></rss>")
    started = time.perf_counter()
    parsed = parse_feed(body)
    assert time.perf_counter() - started < 1.0
    assert not parsed.ok and "nested" in (parsed.error or "")


def test_huge_broken_document_is_refused_quickly() -> None:
    body = rss("<item><title>a & b</title></item>" + "<x/>" * 150_000).encode()
    started = time.perf_counter()
    parsed = parse_feed(body)
    assert time.perf_counter() - started < 1.0
    assert not parsed.ok and "too many elements" in (parsed.error or "")
