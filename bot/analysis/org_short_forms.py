"""A company's name without its legal suffix (or the kind of firm it is: "Micron
Technology") is that company, and so is a name whose suffix a bracketed branch parts from
it.

Wire copy names a company once in full ("Halden Acquisition Co", "Veltra Inc") and then
without the suffix ("Halden Acquisition said", "Veltra refused"), or by the first part of a
hyphenated name ("Hewlett" of "Hewlett-Packard Co."). The short form is no person, though
"said" follows it, and a first word that is also a title ("General", "Major") belongs to the
name, not to a general.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.analysis.entities import Mention

_LEGAL_SUFFIXES = frozenset("Co Co. Inc Inc. Corp Corp. Ltd Ltd. LLC PLC Plc".split())
# "Micron Technology", then "Micron said": a one-word name before the kind of firm it is.
_FIRM_KINDS = frozenset(
    """Technology Technologies Holdings Group Industries Systems Motor Motors Pharmaceuticals
    Airlines Airways Corporation Company Communications Entertainment""".split()
)
# "Harrow Lyle (Asia) Ltd": a bracketed branch splits the run before the legal suffix.
_SUFFIX_AFTER = re.compile(
    r"[ \t\xa0]*\([^()\n]{1,30}\)[ \t\xa0]*(?:"
    + "|".join(sorted({suffix.rstrip(".") for suffix in _LEGAL_SUFFIXES}))
    + r")\b"
)
_WORD_BEFORE = re.compile(r"([A-Z][\w&-]*)[ \t\xa0]+$")


def fold(text: str, mentions: list[Mention]) -> None:
    """Retype each short form of a company named in full with its suffix as that company."""
    full: dict[str, str] = {}
    for mention in mentions:
        words = mention.surface.split()
        if mention.type == "org" and len(words) >= 2 and words[-1] in _LEGAL_SUFFIXES:
            full.setdefault(" ".join(words[:-1]), mention.canonical)
            if "-" in words[0]:  # "Hewlett" of "Hewlett-Packard Co."
                full.setdefault(words[0].split("-")[0], mention.canonical)
        if mention.type == "org" and len(words) == 2 and words[1] in _FIRM_KINDS:
            full.setdefault(words[0], mention.canonical)
    # "Gautam Adani" after "Adani Group": the surname stays the person's.
    for mention in mentions:
        if mention.type == "person" and " " in mention.surface:
            full.pop(mention.surface.split()[-1], None)
    for mention in mentions:
        if mention.type != "org" and _SUFFIX_AFTER.match(text, mention.end):
            mention.type, mention.canonical, mention.gender = "org", mention.surface, None
    if not full:
        return
    for mention in mentions:
        if mention.type == "org":
            continue
        short = mention.surface
        if mention.titled:
            before = _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            if before is not None and f"{before.group(1)} {short}" in full:
                # The title word opens the company's name: the mention starts there.
                short = f"{before.group(1)} {short}"
                mention.start, mention.surface, mention.titled = before.start(1), short, False
        if short in full:
            mention.type = "org"
            mention.canonical = full[short]
            mention.gender = None


# "the U.N. nuclear watchdog", "the EU's trade agency": a body's name that only says whose
# the described body is; the body itself was named before.
_DESCRIBES_ANOTHER = re.compile(
    r"(?:[’']s)?\s+(?:[a-z-]+\s+){0,2}(?:watchdog|agency|regulator|monitor|body|mission)\b"
)


def describes_another(text: str, mention: Mention) -> bool:
    """Whether an organisation's name only modifies a description of another body."""
    before = text[max(0, mention.start - 4) : mention.start].lower()
    return before.endswith("the ") and _DESCRIBES_ANOTHER.match(text, mention.end) is not None
