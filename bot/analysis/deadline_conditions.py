"""Lengths that only start once something else happens, so no date can be set from now.

- "If the chamber votes to try her, she will be suspended for up to six months": the
  suspension starts with a vote not yet held;
- "a body which would seek a mandate to govern the city for five years": the term of a
  proposed body, starting whenever it is set up;
- "If the court confirms the dismissal, an election will be held within 60 days": the days
  run from the court's ruling, not from now ("If all goes to plan, it opens within two
  years" and "Unless Congress acts, the fund runs dry within 60 days" still run from now).
"""

from __future__ import annotations

import re

# An opening condition closed by a comma, the length in the main clause after it.
_OPENING_CONDITION = re.compile(r"^\W*(?:if|unless|once|should)\b[^,;]*,", re.IGNORECASE)
# An opening "if" or "once" with a subject and verb of its own, an event still to happen:
# not "if needed", "if approved", "if all goes well", "if things go to plan".
_OPENING_EVENT = re.compile(
    r"^\W*(?:if|once)\s+(?!(?:all|everything|things|it|that|this|so|not|need|needed|"
    r"necessary|possible|approved|elected|successful|required|asked)\b)"
    r"(?![^,;]*\b(?:goes|go|went)\s+(?:well|to\s+plan|smoothly|according)\b)"
    r"[^,;]*\b[a-z]+s\b[^,;]*,",
    re.IGNORECASE,
)
_PROPOSED = re.compile(r"\b(?:which|that|who)\s+would\b", re.IGNORECASE)


def length_after_a_condition(before: str, left: str, family: str) -> bool:
    """True for a "for six months" whose start waits on a condition or a proposal, and a
    "within 60 days" whose start waits on an event named in an opening condition."""
    if family == "within":
        return _OPENING_EVENT.search(before) is not None
    if family != "for_span":
        return False
    return _OPENING_CONDITION.search(before) is not None or _PROPOSED.search(left) is not None
