"""The whole name behind a speaker read from an attribution chunk: "Unit" is "the Harbour
Police Spokesperson's Unit", "Peru's Minister" is the minister the chunk goes on to name,
and "Foreign Minister" with no name stays "Peru's Foreign Minister"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.analysis.lexicon import COUNTRY_WORDS, ORG_WORDS, PERSON_TITLES, TITLE_FILLERS
from bot.analysis.speaker_fragments import not_a_name

if TYPE_CHECKING:
    from bot.analysis.entities import Mention


# "the Harbour Police Spokesperson's Unit", "the PM's Office": a body's whole name ends in
# its kind word, which alone ("Unit", "Office") names nothing; "the Palestinian Authority
# foreign ministry": a body's own ministry; "the Harbour Teachers’ Union": a plural's
# apostrophe is inside the name.
_WHOLE_BODY = (
    r"(?!(?:The|A|An)\s)(?:[A-Z][\w-]*(?:[’']s|(?<=s)[’'])?\s+(?:(?:of|for|and)\s+)?)+{kind}"
    r"(?:\s+(?:[a-z]+\s+)?(?:ministry|office|department|spokesperson))?\b"
)
# A police "Unit" or press "Desk" ends a body's name as the lexicon's organisation words do.
_KIND_WORDS = ORG_WORDS | {"Unit", "Desk", "Cell", "Team"}


def whole_name(who: str, chunk: str, chunk_start: int, mentions: list[Mention]) -> str:
    """The speaker `who` read from the chunk, made whole from the chunk around it."""
    who = (
        _whole_body(chunk, who)
        or _numbered(chunk, who)
        or _title_holder_in(who, chunk, chunk_start, mentions)
        or who
    )
    return _country_title(chunk, who) or who


def _title_holder_in(
    who: str, chunk: str, chunk_start: int, mentions: list[Mention]
) -> str | None:
    """"Peru's Minister" read from "Peru's Minister of Justice Ana Ruiz said": a title
    is no speaker when the chunk names its holder."""
    if who.split()[-1].rstrip(".") not in PERSON_TITLES:
        return None
    end = chunk_start + len(chunk)
    holders = [m for m in mentions if m.type == "person" and chunk_start <= m.start
               and m.end <= end]
    if not holders:
        return None
    # "Minister of Homeland Security Ana Ruiz": the portfolio may cling to the name.
    words = holders[0].canonical.split()
    while len(words) > 2 and words[0] in TITLE_FILLERS:
        words.pop(0)
    return " ".join(words)


def _country_title(chunk: str, title: str) -> str | None:
    """'Peru's Foreign Minister' read as 'Foreign Minister' alone: a title with no name is
    the country's office holder, so the country stays with it."""
    words = title.split()
    if not all(w.rstrip(".") in PERSON_TITLES or w in TITLE_FILLERS for w in words):
        return None
    found = re.search(rf"\b(?P<owner>[A-Z][\w.-]*)[’']s\s+{re.escape(title)}\b", chunk)
    if found is None or found.group("owner") not in COUNTRY_WORDS:
        return None
    return found.group()


def _whole_body(part: str, name: str) -> str | None:
    """'Unit' read from "the Harbour Police Spokesperson's Unit": the body's whole name."""
    if " " in name or name not in _KIND_WORDS:
        return None
    found = re.search(_WHOLE_BODY.format(kind=re.escape(name)), part)
    return found.group() if found is not None and found.group() != name else None


# "The Number 10 press office tweeted", "Channel 4 News said": a name numbered goes on past
# its number, to the office or desk that speaks.
_NUMBERED = r"\s+\d+\b(?:\s+[A-Z][\w-]*)*(?:\s+(?:press\s+)?(?:office|team|desk|spokes\w+))?"


def _numbered(chunk: str, who: str) -> str | None:
    """'Number' read from "The Number 10 press office": the numbered name whole."""
    if " " in who or not_a_name(who):
        return None  # "Article 5 of the pact says": a document's part stays no speaker
    found = re.search(r"(?<![\w’'])" + re.escape(who) + _NUMBERED, chunk)
    return found.group() if found is not None else None
