"""Choosing one representative image for an item."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urljoin

from bot.feeds.models import Enclosure
from bot.feeds.plain_text import first_image_src

_IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")


def _looks_like_image(url: str, mime: str | None, medium: str | None) -> bool:
    if medium:
        return medium.lower() == "image"
    if mime:
        return mime.lower().startswith("image/")
    return url.lower().split("?", 1)[0].endswith(_IMAGE_SUFFIXES)


def _is_web_url(url: str | None) -> bool:
    return url is not None and url.lower().startswith(("http://", "https://"))


def pick_image(
    media: list[tuple[str, dict[str, str]]],
    enclosures: Iterable[Enclosure],
    markup_candidates: Iterable[str],
    base: str | None = None,
) -> str | None:
    """media:content image, else media:thumbnail, else an image enclosure, else first <img>.

    ``media`` holds (kind, attributes) pairs where kind is "content" or "thumbnail".
    A relative ``<img src>`` is resolved against ``base`` (the item's link). Only
    http(s) URLs qualify: Discord cannot show anything else.
    """
    for kind, attributes in media:
        url = attributes.get("url", "")
        if kind == "content" and _is_web_url(url) and _looks_like_image(
            url, attributes.get("type"), attributes.get("medium")
        ):
            return url
    for kind, attributes in media:
        if kind == "thumbnail" and _is_web_url(attributes.get("url")):
            return attributes["url"]
    for enclosure in enclosures:
        if _is_web_url(enclosure.url) and _looks_like_image(enclosure.url, enclosure.type, None):
            return enclosure.url
    for markup in markup_candidates:
        src = first_image_src(markup)
        if src and base and not _is_web_url(src):
            src = urljoin(base, src)
        if _is_web_url(src):
            return src
    return None
