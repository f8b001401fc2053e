"""Lengths that only start once something else happens, so no date can be set from now.

- "If the chamber votes to try her, she will be suspended for up to six months": the
  suspension starts with a vote not yet held;
- "a body which would seek a mandate to govern the city for five years": the term of a
  proposed body, starting whenever it is set up.
"""

from __future__ import annotations

import re

# An opening condition closed by a comma, the length in the main clause after it.
_OPENING_CONDITION = re.compile(r"^\W*(?:if|unless|once|should)\b[^,;]*,", re.IGNORECASE)
_PROPOSED = re.compile(r"\b(?:which|that|who)\s+would\b", re.IGNORECASE)


def length_after_a_condition(before: str, left: str, family: str) -> bool:
    """True for a "for six months" whose start waits on a condition or a proposal."""
    if family != "for_span":
        return False
    return _OPENING_CONDITION.search(before) is not None or _PROPOSED.search(left) is not None
