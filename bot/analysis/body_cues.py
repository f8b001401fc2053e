"""Words around an unknown name that make it a body's: "the committee on EU Integration",
"Voltagrid, the state power grid operator,"."""

from __future__ import annotations

import re

from bot.analysis.lexicon import ORG_DESCRIPTORS

# "the parliamentary committee on EU Integration, told": a body's lowercase head before the
# subject it deals with names no one, whatever verb follows.
BODY_ON_BEFORE = re.compile(
    r"\b(?:sub)?(?:committee|commission|council|ministry|department|agency|bureau|caucus)"
    r"\s+(?:on|for|of)\s+(?:the\s+)?$"
)
# "Voltagrid, the state power grid operator, said": an apposition headed by a body's noun.
_ORG_APPOSITION = re.compile(
    r"\s*,\s*(?:the|a|an)\s+(?:(?!(?:of|for|at|in|with|and)\b)[\w’'-]+\s+){0,4}"
    r"(?P<noun>[a-z-]+)\s*,"
)
# "a property developer" or "a film producer" is as often a person.
_BODY_NOUNS = ORG_DESCRIPTORS - {"developer", "producer", "maker", "miner", "publisher", "business"}


def apposed_body(text: str, end: int) -> bool:
    """Whether the name ending at `end` is set off by an apposition a body's noun heads."""
    match = _ORG_APPOSITION.match(text, end)
    return match is not None and match.group("noun") in _BODY_NOUNS
