"""Whom a quote's own words speak of: no one opens their words on themselves as a subject,
calls themselves by their whole name, or gives themselves a title ("Prime Minister Veld")."""

from __future__ import annotations

import re

from bot.analysis.lexicon import PERSON_TITLES


def spoken_of(name: str, text: str, quote_start: int) -> bool:
    """Whether the quote opens on the person as its subject ("Lowe was a brilliant fellow")
    or by their whole name ("Andy Burnham a week ago wasn't intending …"): no one opens
    their own words so."""
    surname = re.escape(name.split()[-1])
    whole = re.escape(name) if " " in name else "(?!)"
    if re.match(
        rf"\W*(?:{whole}\b|(?:Mr\.?\s+|Ms\.?\s+)?{surname}\s+(?:was|is|has|had|will|would)\b)",
        text[quote_start : quote_start + 60],
    ):
        return True
    # "“We were delighted to welcome Prime Minister Veld …”": the words give them a title
    words = text[quote_start : quote_start + 400]
    words = words[: next((at for at, mark in enumerate(words) if at and mark in "”\""), None)]
    return any(
        before.rstrip(".") in PERSON_TITLES
        for before in re.findall(rf"(\S+)\s+{surname}\b", words)
    )
