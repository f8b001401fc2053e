"""Invalid bytes in a feed cost only themselves, not the whole document's text.

A UTF-8 feed with one broken sequence is not well formed, and the lenient parser then
decodes the whole document as cp1252 ("café" becomes "cafÃ©"). Decoding with the
declared charset and replacing only the invalid bytes (with U+FFFD) keeps every valid
character intact; the repaired document is handed on as UTF-8. A document whose
non-ASCII bytes are mostly invalid UTF-8 is not repaired: it is really in a legacy
charset (mislabelled cp1252, say), which the lenient parser detects.
"""

from __future__ import annotations

import codecs
import re

_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_ENCODING_DECLARATION = re.compile(r"(<\?xml[^>]*?encoding\s*=\s*)([\"'])[^\"']*\2")
_WIDE_PREFIXES = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE,
                  codecs.BOM_UTF16_BE, b"<\x00", b"\x00<")


def declared_charset(body: bytes, http_charset: str | None) -> str:
    """What the document says it is: HTTP first (RFC 3023), then the XML declaration."""
    if http_charset:
        return http_charset
    found = _XML_ENCODING.match(body[:512].removeprefix(codecs.BOM_UTF8))
    return found.group(1).decode("ascii") if found else "utf-8"


def replace_invalid_bytes(body: bytes, http_charset: str | None) -> bytes | None:
    """The document re-encoded as UTF-8 with only its invalid bytes replaced, or None
    when it decodes cleanly (or is UTF-16/32, or names a charset Python lacks)."""
    if body.startswith(_WIDE_PREFIXES):
        return None
    charset = declared_charset(body, http_charset)
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return None
    if codec != "utf-8":
        return None
    try:
        body.decode(codec)
    except UnicodeDecodeError:
        pass
    else:
        return None
    text = body.decode(codec, errors="replace").removeprefix("\ufeff")
    replaced = text.count("\ufffd")
    valid = sum(1 for char in text if char > "\x7f") - replaced
    if valid < replaced:
        return None  # mostly invalid: a legacy charset under a UTF-8 label
    text = _ENCODING_DECLARATION.sub(r"\1\2utf-8\2", text, count=1)
    return text.encode("utf-8")


# "&#xD800;" names half a surrogate pair: no XML character, and feedparser raises on it
# while encoding the text, which would lose every item of the feed.
_CHARACTER_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def replace_surrogate_references(body: bytes) -> bytes:
    """The body with every character reference to a surrogate turned into U+FFFD's."""
    def replaced(reference: re.Match[bytes]) -> bytes:
        hexadecimal, decimal = reference.groups()
        code = int(hexadecimal, 16) if hexadecimal else int(decimal)
        return b"&#xFFFD;" if 0xD800 <= code <= 0xDFFF else reference.group()

    return _CHARACTER_REFERENCE.sub(replaced, body) if b"&#" in body else body
