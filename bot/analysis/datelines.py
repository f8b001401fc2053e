"""Wire-copy datelines: "LONDON --", "KYIV, Ukraine —", "DUBAI (Reuters) -".

A dateline opening a paragraph names where the story was filed, not anyone who speaks,
though its capitals look like an acronym and it stands first in its sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.analysis.entities import Mention

_DATELINE = re.compile(
    r"(?:^|\n)\s*(?P<place>[A-Z][A-Z.'’ -]{1,30}?)"
    r"(?:\s*,\s*[A-Z][\w.]*(?:\s+[\w.]+){0,2})?"  # ", Ukraine" / ", Feb 5"
    r"(?:\s*\([^)\n]{1,30}\))?"  # "(Reuters)"
    r"\s*(?:--|—|–|-)\s"
)


# "By Laura Kuenssberg, BBC political editor" on a line of its own: the writer, no subject.
_BYLINE = re.compile(
    r"(?:^|\n)[ \t]*By[ \t]+(?P<name>[A-Z][^,\n]{1,40})(?:,[^\n.]{0,60})?[ \t]*(?=\n|$)"
)


def mark(text: str, mentions: list[Mention]) -> None:
    """Type a paragraph's dateline as the place it is; nothing in a dateline or a byline is a
    subject."""
    found = [(m.start("place"), m.end("place"), m.end()) for m in _DATELINE.finditer(text)]
    bylines = [match.span("name") for match in _BYLINE.finditer(text)]
    for mention in mentions:
        if any(start <= mention.start < end for start, end in bylines):
            mention.subject_like = False
        for start, place_end, end in found:
            if start <= mention.start and mention.end <= end:
                # "(Reuters)" in a dateline is the wire, not the subject of the lead.
                mention.subject_like = False
                if mention.end <= place_end:
                    mention.type = "place"
                    mention.canonical = mention.canonical or mention.surface


def after_dateline(text: str, begin: int) -> int:
    """Where a sentence starting at `begin` goes on past its paragraph's dateline."""
    match = _DATELINE.match(text, max(0, begin - 1)) if begin else _DATELINE.match(text)
    return match.end() if match is not None and match.end() > begin else begin
