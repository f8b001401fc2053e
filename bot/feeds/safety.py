"""Defusing entity declarations before a document reaches feedparser.

feedparser hands documents to expat, which expands internal entities. Nested
declarations ("billion laughs") are eventually refused by expat's amplification
limit, but only after about a million character callbacks into feedparser's Python
code: seconds of CPU, holding the GIL, per poll of a hostile feed. feedparser strips
unsafe declarations itself only when each starts a line, so a one-line DOCTYPE
slips through. Here every declaration that is not a plain short value is removed;
references to it then stay literal text.
"""

from __future__ import annotations

import codecs
import re

_FIRST_ELEMENT = re.compile(r"<[A-Za-z_]")
_ENTITY_DECLARATION = re.compile(r"<!ENTITY(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
# What feedparser also keeps: a single character reference or short literal text.
_SAFE_DECLARATION = re.compile(r"<!ENTITY\s+[\w.-]+\s+(?:\"(?:&#\w+;|[^&%\"]{0,200})\")\s*>")
_ENCODING_DECLARATION = re.compile(r"(<\?xml[^>]*?encoding\s*=\s*)([\"'])[^\"']*\2")
_WIDE_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (b"<\x00\x00\x00", "utf-32-le"), (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00", "utf-16-le"), (b"\x00<", "utf-16-be"),
)


def defuse_entity_declarations(body: bytes) -> bytes:
    """``body`` without risky ``<!ENTITY`` declarations (usually returned unchanged)."""
    head = body[:65536]
    if b"<!ENTITY" not in head and b"E\x00N\x00T\x00I\x00T\x00Y" not in head \
            and b"\x00E\x00N\x00T\x00I\x00T\x00Y" not in head:
        return body
    wide = _wide_encoding(body)
    if wide is None:
        text = body.decode("latin-1")  # byte-transparent for ASCII-compatible encodings
        return _strip(text).encode("latin-1")
    # UTF-16/32: transcode to UTF-8 so the declaration can be edited as text.
    text = _strip(body.decode(wide, errors="replace").lstrip("\ufeff"))
    text = _ENCODING_DECLARATION.sub(r"\1\2utf-8\2", text, count=1)
    return text.encode("utf-8")


def _wide_encoding(body: bytes) -> str | None:
    for prefix, encoding in _WIDE_ENCODINGS:
        if body.startswith(prefix):
            return encoding
    return None


def _strip(text: str) -> str:
    root = _FIRST_ELEMENT.search(text)
    end = root.start() if root else len(text)
    prolog = _ENTITY_DECLARATION.sub(
        lambda match: match.group(0) if _SAFE_DECLARATION.fullmatch(match.group(0)) else "",
        text[:end],
    )
    return prolog + text[end:]
