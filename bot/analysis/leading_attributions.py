"""The attribution before a quote, read past an opening prepositional phrase.

"Inside Lenz's web of power, revealed in new emails In 2023, Ruiz told the Journal, “…”":
the subject-and-verb pattern takes the shortest subject before a speech verb, and a phrase
that a preposition opens is none; the attribution is read again after its participle.
"""

from __future__ import annotations

import re

from bot.analysis import attribution_patterns as patterns

# "Inside Lenz's web of power, revealed in new emails In 2023, Ruiz told …": a phrase that a
# preposition opens, up to its comma, is no subject; its participle is no attribution's verb.
_PREPOSITIONAL_PHRASE = re.compile(
    r"\s*(?:In|Inside|On|At|After|Before|During|With|Without|Despite|Under|Against|Amid|"
    r"Among|Across|Behind|Beyond|From|Within)\s[^,;“”\"]*,\s*"
)


def leading_match(pattern: re.Pattern[str], before: str) -> re.Match[str] | None:
    """The pattern's attribution before a quote, read past an opening prepositional phrase
    the subject-and-verb pattern took for its subject."""
    if pattern is patterns.ACCORDING:
        return pattern.search(before)
    match = pattern.match(before)
    while (
        match is not None
        and pattern is patterns.LEADING_WHO_VERB
        and _PREPOSITIONAL_PHRASE.fullmatch(match.group("who"))
    ):
        match = pattern.match(before, match.start("tail"))
    return match
