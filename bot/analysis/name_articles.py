"""The Arabic article inside a name: "Ahmed al-Sharaa" keeps it lowercase, and his surname
opening a sentence capitalises it ("Al-Sharaa had blamed …") without naming anyone else."""

from __future__ import annotations

import re

_CAPITALISED_ARTICLE = re.compile(r"(?:Al|El|Ad|As|An|Ar|At|Az|Ash)-(?=[A-Z])")


def article_lowered(word: str) -> str:
    """The surname with its Arabic article as written inside a full name ("al-Sharaa")."""
    return word[0].lower() + word[1:] if _CAPITALISED_ARTICLE.match(word) else word


def opens_with_article(word: str) -> bool:
    """'al-Sharaa': a name word whose Arabic article keeps it lowercase."""
    capitalised = word[:1].upper() + word[1:]
    return word[:1].islower() and _CAPITALISED_ARTICLE.match(capitalised) is not None
