"""A title's rank: "the vice president" is not "President Ana Ruiz", nor "the president"
"Vice President Ivo Rask", nor "the home secretary" "Shadow Home Secretary Chris Pell"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.analysis.entities import Mention

LESSER_RANKS = frozenset("vice deputy assistant under former ex shadow".split())
# "the prime minister" is not "another government minister, Sam Gyimah": "prime" sets the
# office apart as a rank does, both ways ("PM" carries it too).
_RANKS = LESSER_RANKS | {"prime"}


def title_clause(text: str, mention: Mention) -> list[str]:
    """The words of the title clause right before a name: not a word of the sentence or
    the apposition before it."""
    return re.split(r"[.;:,“”\"(]\s", text[max(0, mention.start - 60) : mention.start])[-1].split()


def same_rank(head: list[str], text: str, mention: Mention) -> bool:
    """Whether a description's head words (lowercase) and the title given to `mention`
    carry the same lesser ranks: both or neither."""
    wanted = {_PM.get(w, w) for w in head} & _RANKS
    run = " ".join(title_clause(text, mention))
    given = {_PM.get(w, w) for w in _words(run)} & _RANKS
    if not wanted:
        return not given
    # "Ivo Rask, the former president,": the rank in the apposition after the name.
    after = re.split(r"[.;:“”\"(]", text[mention.end : mention.end + 60])[0]
    return wanted <= given | {_PM.get(w, w) for w in _words(after)}


_PM = {"pm": "prime", "premier": "prime"}


def _words(run: str) -> set[str]:
    return {w.lower().rstrip("-") for w in re.findall(r"[\w-]+", run)}
