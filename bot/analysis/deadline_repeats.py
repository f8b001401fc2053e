"""A deadline the article gives again: one line, not two.

Copy comes back to what is due ("The vote is set for Tuesday. … Lawmakers will vote on
Tuesday") and a reader of the brief wants it once. A second mention is a repeat when it
resolves to the same dates and names the same thing; two things due on one day ("the strike
vote next week", "the video's release next week") stay two lines.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence

from bot.analysis.deadline_anchors import BY_THEN, Deadline
from bot.analysis.summary import content_terms

# The share of the shorter description's content words the other must carry: a clause
# around the thing is worded anew ("the primary is Tuesday" / "voters go to the polls in
# the primary on Tuesday") but keeps its words.
SAME_THING_OVERLAP = 0.5


# Time words say when, not what: "on May 3" as the description of a day in a list of days
# names nothing.
_TIME_TERMS = frozenset(
    {name.lower() for name in (*calendar.month_name, *calendar.day_name) if name}
    | {"day", "week", "month", "year", "today", "tomorrow", "tonight", "next", "last"}
)


def _thing_terms(description: str) -> set[str]:
    return {
        term
        for term in content_terms(description)
        if term not in _TIME_TERMS and not term.isdigit()
    }


def same_thing(first: str, second: str) -> bool:
    """Whether two descriptions of what is due name the same thing."""
    a, b = _thing_terms(first), _thing_terms(second)
    if not a or not b:
        return False  # "on May 3" as the description of a day in a list names nothing
    return len(a & b) / min(len(a), len(b)) >= SAME_THING_OVERLAP


def without_repeats(found: Sequence[Deadline]) -> list[Deadline]:
    """The deadlines in order, each later mention of one already listed left out."""
    kept: list[Deadline] = []
    for deadline in found:
        # "If no price is agreed by that time, the court will appoint a valuer": a time
        # pointing back is there for what follows from the deadline, not a repeat of it.
        if BY_THEN.fullmatch(deadline.phrase) or not any(
            (k.earliest, k.latest) == (deadline.earliest, deadline.latest)
            and same_thing(k.about, deadline.about)
            for k in kept
        ):
            kept.append(deadline)
    return kept
