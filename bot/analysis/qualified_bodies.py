"""The body a qualified description means: "the ethics board said" after "the Florida
Commission on Ethics" names no board, but the one body whose name carries what the
description says it deals with."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.analysis.capitalised_runs import NAME_RUN
from bot.analysis.lexicon import ORG_WORDS

if TYPE_CHECKING:
    from bot.analysis.entities import Mention

_QUALIFIED = re.compile(r"the\s+(?P<what>[a-z]{3,})\s+(?P<noun>[a-z]+)")
# "the Florida Commission on Ethics" is read as two names around its "on".
_SUBJECT_OF_BODY = re.compile(rf"[ \t\xa0]+(?:of|for|on)[ \t\xa0]+(?:the[ \t\xa0]+)?{NAME_RUN}")


def qualified_body(
    description: str, text: str, mentions: list[Mention], before: int
) -> str | None:
    """The one body named before `before` whose name carries the description's qualifier
    ("ethics") and a body's word, when the description's noun ("board") is a body's."""
    match = _QUALIFIED.fullmatch(description.strip(" .,"))
    if match is None or match.group("noun").capitalize() not in ORG_WORDS:
        return None
    what = match.group("what").capitalize()
    bodies = set()
    for mention in mentions:
        if mention.type != "org" or mention.start >= before:
            continue
        subject = _SUBJECT_OF_BODY.match(text, mention.end)
        name = mention.canonical + (subject.group() if subject else "")
        if what in name.split() and ORG_WORDS.intersection(name.split()):
            bodies.add(name)
    return bodies.pop() if len(bodies) == 1 else None
