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


# "has provided care to children for over 100 years", "have lived there for decades": the
# perfect of an activity that goes on tells how long it has lasted. Acts that set a span
# ("has extended the curfew for 60 days", "has called a truce for three days") stay out.
_PERFECT_OF_LASTING = re.compile(
    r"(?:[’']ve|[’']d|\bhave|\bhas|\bhad)\s+(?:(?:long|also|now|already)\s+)?"
    r"(?:provided|served|lived|worked|operated|existed|remained|stayed|waited|struggled|"
    r"fought|campaigned|taught|ruled|governed|led|run|dominated|supported|helped|cared|"
    r"relied|depended|suffered|battled|lobbied|owned|studied|practi[cs]ed|represented|"
    r"covered|hosted|managed|chaired|headed|overseen|languished|lingered|persisted|"
    r"continued|lasted|endured)\b[^,;:“”\"]{0,80}$",
    re.IGNORECASE,
)


def span_held_or_lasted(text: str, match: re.Match[str], family: str) -> bool:
    """A 'for N units' span that sizes a thing or a state lasted so far."""
    before = text[: match.start()]
    if family == "over_span" and re.search(r"\bfor\s+$", before, re.IGNORECASE):
        # "for over 100 years", "for more than a decade"
        return _PERFECT_OF_LASTING.search(before) is not None
    if family != "for_span" or not match.group().lower().startswith("for "):
        return False
    if _OF_A_THING.match(text, match.end()) or _PERFECT_OF_LASTING.search(before):
        return True
    return _PERFECT_BEFORE.search(before) is not None and _TO_DO.search(before) is None


_FOR_THE_MONTH = re.compile(r"\bfor\s+the\s+(?:whole\s+|entire\s+)?month\s+of\s+$", re.I)


def month_held(before: str) -> bool:
    """'presided over by Greece for the month of May': the month a post is held for; in
    May's own copy (the caller checks) it is under way, not a time ahead."""
    return _FOR_THE_MONTH.search(before) is not None
