"""Spans that measure what is held or has lasted, not a time ahead (issue 10, round 18).

"the demands for eight years of his financial records": the span sizes the records asked
for. "the theme I've been on for a couple of months": a perfect right before "for" tells
how long a state has lasted up to now, even when the clause around it looks ahead ("I'm
going to keep on the theme I've been on for ...").
"""

from __future__ import annotations

import re

# "for eight years of his records", "for two years of tax returns": a quantity of a thing.
_OF_A_THING = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:talks|negotiations)\b)[a-z]", re.IGNORECASE)
# "I've been on for", "had been stalled for": a perfect of a state governs the span.
# Only a state ("been on", "been stalled"): "has extended the curfew for 60 days" and "has
# been extended for 60 days" set a new span ahead.
_PERFECT_BEFORE = re.compile(
    r"(?:[’']ve|[’']d|\bhave|\bhas|\bhad)\s+been\s+(?!(?:extended|renewed|prolonged|postponed|"
    r"delayed|deferred|suspended|pushed|put|set|scheduled|given|granted|banned|barred|closed|"
    r"jailed|sentenced|appointed|elected|named|asked|told)\b)(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "have been asked to stay for two years", "has agreed to serve for …": a new time ahead.
_TO_DO = re.compile(r"\bto\s+[a-z]+\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def span_held_or_lasted(text: str, match: re.Match[str], family: str) -> bool:
    """A 'for N units' span that sizes a thing or a state lasted so far."""
    if family != "for_span" or not match.group().lower().startswith("for "):
        return False
    if _OF_A_THING.match(text, match.end()):
        return True
    before = text[: match.start()]
    return _PERFECT_BEFORE.search(before) is not None and _TO_DO.search(before) is None
