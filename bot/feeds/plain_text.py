"""Cheap text helpers used while parsing every item of every feed.

These run on each item of each poll, so they are regex based rather than building a
DOM; the careful HTML-to-Markdown conversion lives in :mod:`bot.render.markdown` and
only runs for items that are actually posted.
"""

from __future__ import annotations

import html
import re

# Only things that look like real tags are removed, so "x < y and z > w" survives.
_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<!--.*?-->", re.DOTALL)
_DROP_BLOCKS = re.compile(
    r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_BLOCK_BREAK = re.compile(r"<(?:br|/p|/div|/li|/h[1-6]|/tr|/blockquote)\b[^>]*>", re.IGNORECASE)
# Only ASCII whitespace: a no-break or em space from an entity is content.
_SPACES = re.compile(r"[ \t\r\f\v]+")
_ASCII_WHITESPACE = re.compile(r"[ \t\r\n\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")
_IMG_SRC = re.compile(
    r"<img\b[^>]*?\bsrc\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.IGNORECASE
)
_LOOKS_LIKE_MARKUP = re.compile(r"<[A-Za-z/!]|&[#A-Za-z]")


def collapse_whitespace(text: str) -> str:
    return _ASCII_WHITESPACE.sub(" ", text).strip(" ")


def strip_html(markup: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, spaces tidied.

    Paragraph-level breaks become single newlines so keyword filters and previews
    still see word boundaries between blocks.
    """
    if not markup:
        return ""
    if not _LOOKS_LIKE_MARKUP.search(markup):
        return _tidy(markup)
    text = _DROP_BLOCKS.sub(" ", markup)
    # In HTML a newline in the source is just a space; only block ends break lines.
    text = _ASCII_WHITESPACE.sub(" ", text)
    text = _BLOCK_BREAK.sub("\n", text)
    text = _TAG.sub("", text)
    return _tidy(html.unescape(text))


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def plain_title(value: str) -> str:
    """A one-line title: markup removed, whitespace collapsed."""
    return collapse_whitespace(strip_html(value)) if value else ""


def first_image_src(markup: str) -> str | None:
    if not markup or "<img" not in markup.lower():
        return None
    match = _IMG_SRC.search(markup)
    if not match:
        return None
    src = html.unescape(next(g for g in match.groups() if g is not None)).strip()
    return src or None


_C1_CONTROLS = re.compile("[\x80-\x9f]")
_EMAIL = r"[^\s@<>()]+@[^\s@<>()]+"
_EMAIL_THEN_NAME = re.compile(rf"^({_EMAIL})\s*\((.+)\)$")
_NAME_THEN_EMAIL = re.compile(rf"^(.+?)\s*[<(]\s*(?:mailto:)?{_EMAIL}\s*[>)]$")


def repair_text(text: str) -> str:
    """Undo the two common mis-encodings: UTF-8 read as Latin-1, and cp1252 read as Latin-1.

    Both leave C1 control characters (U+0080-U+009F), which no real text contains,
    so text without them is returned untouched at the cost of one regex scan.
    """
    if not _C1_CONTROLS.search(text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        pass
    try:
        return _C1_CONTROLS.sub(lambda m: m.group().encode("latin-1").decode("cp1252"), text)
    except UnicodeError:
        return text


def person_name(value: str) -> str | None:
    """A display name from RSS author forms: "mail (Name)", "Name <mail>", or plain."""
    value = collapse_whitespace(value)
    if match := _EMAIL_THEN_NAME.match(value):
        return match.group(2).strip() or match.group(1)
    if match := _NAME_THEN_EMAIL.match(value):
        return match.group(1).strip()
    return value or None


def text_to_html(text: str) -> str:
    """HTML showing ``text`` literally, line breaks included."""
    return html.escape(text, quote=False).replace("\n", "<br>\n")
