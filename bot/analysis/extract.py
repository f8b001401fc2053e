"""Turn a fetched web page into the article's clean text and metadata.

trafilatura was chosen by measurement (docs/benchmarks.md, "Article briefs"): it has the best F1 of
the pure-Python extractors on the shared extraction benchmark and also reads the page
metadata we need. This module is a pure, synchronous function: callers on the event loop
run it in a thread.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from types import ModuleType
from typing import Literal

import lxml.html

NotArticleReason = Literal["empty", "too_short", "paywall", "script_only"]

# Below this many words the "article" is usually a teaser, a cookie wall or an index page;
# short wire flashes (about 40 words) still count.
MIN_ARTICLE_WORDS = 40
# Japanese and Chinese do not separate words with spaces; about two characters make a word.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# Pages that say "enable JavaScript" and carry little text are client-rendered shells.
_SCRIPT_SHELL_MARKERS = re.compile(
    r"enable javascript|javascript is (?:disabled|required)|requires javascript"
    r"|turn on javascript|please enable js",
    re.IGNORECASE,
)
_PAYWALL_MARKERS = re.compile(
    r"subscribe to (?:continue|read)|subscribers only|for subscribers"
    r"|already a subscriber|to continue reading|this article is for (?:paid )?subscribers"
    r"|create a free account to (?:continue|read)|sign in to (?:continue|read)",
    re.IGNORECASE,
)

_READABLE_REASONS: dict[NotArticleReason, str] = {
    "empty": "The page has no readable text.",
    "too_short": "The page is too short to be an article (fewer than {min} words of text).",
    "paywall": "The article is behind a paywall: only a teaser is readable without signing in.",
    "script_only": "The page builds its text with JavaScript, so there is no article text "
    "to read without a browser.",
}


class NotArticleError(ValueError):
    """The page was fetched fine but holds nothing we can treat as an article."""

    def __init__(self, reason: NotArticleReason) -> None:
        self.reason: NotArticleReason = reason
        super().__init__(_READABLE_REASONS[reason].format(min=MIN_ARTICLE_WORDS))


@dataclass(frozen=True, slots=True)
class ExtractedArticle:
    title: str | None
    site_name: str | None
    byline: str | None
    published: datetime | None  # aware, UTC
    language: str | None
    image: str | None
    text: str  # paragraphs separated by one blank line
    url: str | None = None

    @property
    def word_count(self) -> int:
        return word_count(self.text)


def word_count(text: str) -> int:
    return len(text.split()) + len(_CJK.findall(text)) // 2


def _trafilatura() -> ModuleType:
    """Imported on first use: it takes seconds to load and only /summarize needs it."""
    import trafilatura

    return trafilatura


def extract_text(html: str | bytes, url: str | None = None) -> str:
    """Only the main text (paragraphs separated by blank lines); empty when nothing found.

    The benchmark calls this; `extract_article` uses the same settings.
    """
    text = _trafilatura().extract(html, url=url, **_EXTRACTION_OPTIONS)
    return _paragraphs(text or "")


# Chosen on the extraction benchmark (bench/bench_extraction.py --compare): favouring
# precision drops navigation and teaser blocks at little recall cost (F1 0.964 against 0.953
# for the defaults); comments are never part of the article body; tables often are.
_EXTRACTION_OPTIONS: dict[str, object] = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": True,
}


def extract_article(html: str | bytes, url: str | None = None) -> ExtractedArticle:
    """Extract the article; raise NotArticleError (with a user-readable message) if none."""
    if isinstance(html, bytes):
        html = _decode(html)
    if not html.strip():
        raise NotArticleError("empty")
    document = _trafilatura().bare_extraction(
        html, url=url, with_metadata=True, **_EXTRACTION_OPTIONS
    )
    text = _paragraphs(document.text or "") if document is not None else ""
    if document is not None and document.title:
        text = _without_headline(text, document.title)
    tree = _parse(html)
    if word_count(text) < MIN_ARTICLE_WORDS:
        raise NotArticleError(_why_not_article(html, tree, text))
    if _looks_paywalled(tree, text):
        raise NotArticleError("paywall")
    return ExtractedArticle(
        title=_clean(document.title),
        site_name=_clean(document.sitename),
        byline=_clean(document.author),
        published=_published_time(tree) or _parse_time(document.date),
        language=_language(tree, document.language),
        image=_clean(document.image),
        text=text,
        url=url or _clean(document.url),
    )


def _without_headline(text: str, title: str) -> str:
    """Drop a first paragraph that only repeats the headline: the Brief shows it apart."""
    first, _, rest = text.partition("\n\n")
    if rest and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return rest
    return text


def _decode(raw: bytes) -> str:
    head = raw[:4096].decode("ascii", errors="ignore")
    match = re.search(r"""charset=["']?([\w-]+)""", head, re.IGNORECASE)
    for encoding in (match.group(1) if match else None, "utf-8", "cp1252"):
        if encoding is None:
            continue
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", errors="replace")


def _paragraphs(text: str) -> str:
    lines = (line.strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _parse(html: str) -> lxml.html.HtmlElement | None:
    try:
        # lxml refuses str input that declares an encoding; bytes avoid that.
        return lxml.html.fromstring(html.encode("utf-8"))
    except (lxml.etree.ParserError, ValueError):
        return None


def _why_not_article(html: str, tree: lxml.html.HtmlElement | None, text: str) -> NotArticleReason:
    if tree is None:
        return "empty"
    if _looks_paywalled(tree, text):
        return "paywall"
    scripts = tree.xpath("//script")
    script_chars = sum(len(s.text_content()) for s in scripts)
    visible = " ".join(tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))
    if _SCRIPT_SHELL_MARKERS.search(html) or (scripts and script_chars > 4 * len(visible)):
        return "script_only"
    if not text.strip() and not visible.strip():
        return "empty"
    return "too_short"


def _looks_paywalled(tree: lxml.html.HtmlElement | None, text: str) -> bool:
    if tree is None:
        return False
    for data in _json_ld(tree):
        if str(data.get("isAccessibleForFree", "true")).lower() == "false":
            # Publishers mark subscriber stories this way even when they serve them whole.
            return word_count(text) < 150
    short = word_count(text) < 150
    body_text = " ".join(tree.xpath("//body//text()[not(ancestor::script)]"))
    return short and bool(_PAYWALL_MARKERS.search(body_text))


def _json_ld(tree: lxml.html.HtmlElement) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for node in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(node.text_content())
        except (json.JSONDecodeError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    return found


_TIME_META = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@name="article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//meta[@name="pubdate"]/@content',
    '//meta[@name="date"]/@content',
    '//meta[@property="og:published_time"]/@content',
    "//time[@datetime][1]/@datetime",
)


def _published_time(tree: lxml.html.HtmlElement | None) -> datetime | None:
    """A full timestamp from the page's own metadata (trafilatura keeps only the date)."""
    if tree is None:
        return None
    for data in _json_ld(tree):
        value = data.get("datePublished")
        if isinstance(value, str) and (parsed := _parse_time(value)):
            return parsed
    for xpath in _TIME_META:
        for value in tree.xpath(xpath):
            if parsed := _parse_time(str(value)):
                return parsed
    return None


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    value = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        # A date or naive time without zone: read it as UTC rather than guess a zone.
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _language(tree: lxml.html.HtmlElement | None, detected: str | None) -> str | None:
    if detected:
        return detected
    if tree is not None:
        lang = tree.get("lang") or next(iter(tree.xpath("//html/@lang")), None)
        if lang:
            return str(lang).split("-")[0].lower()
    return None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None
