"""Making feed text safe and short enough for Discord."""

from __future__ import annotations

import re

ELLIPSIS = "…"
ZERO_WIDTH_SPACE = "\u200b"
# Cutting further back than this to find a space would waste too much text.
_WORD_BOUNDARY_WINDOW = 0.25

# Half of a surrogate pair, which JSON can escape ("\ud800") but UTF-8 cannot encode:
# such a string cannot be stored, printed or sent.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_EVERYONE_HERE = re.compile(r"@(everyone|here)\b", re.IGNORECASE)
_USER_ROLE_MENTION = re.compile(r"<@([!&]?)(\d+)>")
# Brackets escaped with a backslash are already literal and are left alone.
_MASKED_LINK = re.compile(
    r"(?<!\\)\[([^\[\]\n]*)(?<!\\)\]"  # [label]
    r"\(\s*<?([^()\s<>]*)>?(?:\s+\"[^\"]*\")?\s*\)"  # (url "optional title")
)
_MARKDOWN_SPECIAL = re.compile(r"([\\*_~`|\[\]])")
_LINE_START_SPECIAL = re.compile(r"^(\s*)([>#-]|\d+\.)", re.MULTILINE)


def truncate(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, ending in "…"."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    if limit == 1:
        return ELLIPSIS
    cut = text[: limit - 1]
    if not text[limit - 1].isspace():  # the cut falls inside a word: back up to its start
        boundary = max(cut.rfind(" "), cut.rfind("\n"))
        if boundary >= int(len(cut) * (1 - _WORD_BOUNDARY_WINDOW)):
            cut = cut[:boundary]
    cut = cut.rstrip(" \n\t,;:-")
    if cut.count("**") % 2:  # don't leave bold running into the ellipsis
        cut = cut[: cut.rfind("**")].rstrip()
    return cut + ELLIPSIS


def neutralise_mentions(text: str) -> str:
    """Defuse everything in feed text that could ping or disguise a link.

    ``@everyone``/``@here`` and ``<@id>``/``<@!id>``/``<@&id>`` get a zero-width space
    so they show as text; masked links ``[text](url)`` become ``text (url)`` so the
    real target is visible. Channel mentions ``<#id>`` are harmless and kept.
    """
    if not text:
        return text
    text = _EVERYONE_HERE.sub(lambda m: f"@{ZERO_WIDTH_SPACE}{m.group(1)}", text)
    text = _USER_ROLE_MENTION.sub(lambda m: f"<@{ZERO_WIDTH_SPACE}{m.group(1)}{m.group(2)}>", text)
    for _ in range(10):  # nested brackets unwrap one level per pass
        unmasked = _MASKED_LINK.sub(_unmask, text)
        if unmasked == text:
            break
        text = unmasked
    return text


def _unmask(match: re.Match[str]) -> str:
    label, url = match.group(1).strip(), match.group(2).strip()
    if not url:
        return label
    return f"{label} ({url})" if label and label != url else url


def escape_markdown(text: str) -> str:
    """Plain text that Discord shows literally (no bold, links or quotes by accident)."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _LINE_START_SPECIAL.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker = match.group(1), match.group(2)
    if marker[0].isdigit():
        return f"{indent}{marker[:-1]}\\."
    return f"{indent}\\{marker}"


def safe_text(text: str) -> str:
    """Feed text to be placed in a markdown context: neutralised, then escaped."""
    return escape_markdown(neutralise_mentions(text))


def replace_lone_surrogates(text: str) -> str:
    """The text with each half surrogate pair replaced by U+FFFD, so it can be encoded."""
    return _LONE_SURROGATE.sub("\ufffd", text)
