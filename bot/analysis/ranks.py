"""A title's rank: "the vice president" is not "President Ana Ruiz", nor "the president"
"Vice President Ivo Rask", nor "the home secretary" "Shadow Home Secretary Chris Pell"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.analysis.entities import Mention

LESSER_RANKS = frozenset("vice deputy assistant under former ex shadow".split())


def title_clause(text: str, mention: Mention) -> list[str]:
    """The words of the title clause right before a name: not a word of the sentence or
    the apposition before it."""
    return re.split(r"[.;:,“”\"(]\s", text[max(0, mention.start - 60) : mention.start])[-1].split()


def same_rank(head: list[str], text: str, mention: Mention) -> bool:
    """Whether a description's head words (lowercase) and the title given to `mention`
    carry the same lesser ranks: both or neither."""
    wanted = LESSER_RANKS & set(head)
    run = " ".join(title_clause(text, mention))
    given = {w.lower().rstrip("-") for w in re.findall(r"[\w-]+", run)} & LESSER_RANKS
    if not wanted:
        return not given
    # "Ivo Rask, the former president,": the rank in the apposition after the name.
    after = re.split(r"[.;:“”\"(]", text[mention.end : mention.end + 60])[0].lower()
    return wanted <= given | set(re.findall(r"\w+", after))
