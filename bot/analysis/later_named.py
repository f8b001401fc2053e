"""A description in an attribution whose person the article names only afterwards:
“…,” the outgoing head of the press association said, and a paragraph on "Maria Lind,
the association's outgoing head," or "…, said Maria Lind, who heads the association". The
description holds a role and the body it is held in; the one person later given both is
the speaker. Two such people, or none, leave the description as it is.
"""

from __future__ import annotations

import re

from bot.analysis.entities import Mention
from bot.analysis.lexicon import DESCRIPTION_ROLES

_ROLES = DESCRIPTION_ROLES | {"head"}
# The verbs an apposition gives a role by: "who heads the association".
_ROLE_VERBS: dict[str, tuple[str, ...]] = {
    "head": ("heads", "headed", "leads", "led"),
    "leader": ("leads", "led", "heads", "headed"),
    "chief": ("heads", "headed", "leads", "led"),
    "chair": ("chairs", "chaired"),
    "chairman": ("chairs", "chaired"),
    "chairwoman": ("chairs", "chaired"),
    "director": ("directs", "directed", "runs", "ran", "heads", "headed"),
    "president": ("presides", "heads", "headed"),
}
# "the outgoing head of the press association", "the association's outgoing head", "the
# dockers' union leader": a role, and the body's noun after "of", before "'s" or before it.
_OF_BODY = re.compile(
    r"the\s+(?:[a-z-]+\s+){0,2}(?P<role>[a-z]+)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}"
    r"(?P<body>[a-z]+)"
)
_BODY_HOLDS = re.compile(
    r"the\s+(?:[\w-]+[’']?\s+){0,2}?(?P<body>[a-z]+)(?:[’']s)?\s+(?:[a-z-]+\s+)?(?P<role>[a-z]+)"
)
_REACH = 10  # sentences after the quote
_NOT_BETWEEN = "against|with|to|from|for|by|on|in|at|into|over|and|or|but|who|which"
_APPOSITION = re.compile(r"\s*,\s*(?P<words>[^,.;:“”\"]{3,100})")


def _role_and_body(description: str) -> tuple[str, str] | None:
    cleaned = description.strip(" .,").lower()
    for pattern in (_OF_BODY, _BODY_HOLDS):
        match = pattern.fullmatch(cleaned)
        if match is not None and match.group("role") in _ROLES:
            return match.group("role"), match.group("body")
    return None


def named_later(
    description: str,
    after: int,
    text: str,
    mentions: list[Mention],
    sentence_of: dict[int, int],
    here: int,
) -> str | None:
    """The one person named after `after`, within a few sentences, whose apposition (or
    title) gives them the description's role in its body, or the role alone when the
    description names no body ("a government spokesman")."""
    found = _role_and_body(description)
    if found is None:
        bare = _BARE_ROLE.fullmatch(description.strip(" .,").lower())
        if bare is None or bare.group("role") not in _ROLES:
            return None
        # "The spokesman, Tomas Wren, added", "Government spokesman Tomas Wren said"
        titled = re.compile(
            rf"(?:\bthe\s+|^|[.;:]\s+)(?:[a-z-]+\s+){{0,2}}{bare.group('role')},?\s+$",
            re.IGNORECASE,
        )
        return _the_one_named(after, text, mentions, sentence_of, here, titled)
    role, body = found
    role_words = "|".join((role, *_ROLE_VERBS.get(role, ())))
    # "who heads the association", "the association's outgoing head"; not "who led a march
    # against the union": no preposition but "of" between the role and its body.
    between = rf"(?:\s+(?!(?:{_NOT_BETWEEN})\b)[\w’'-]+){{0,3}}?\s+"
    holds = re.compile(
        rf"\b(?:{role_words})\b{between}{body}\w*|\b{body}\w*(?:[’']s?)?{between}(?:{role_words})\b"
    )
    # "Press association head Maria Lind", "The delegation's head, Tomas Berg," or "the
    # head of the delegation, Tomas Berg": the body and the role as a title.
    titled = re.compile(
        rf"\b{body}\w*[’']?s?\s+(?:[a-z-]+\s+)?{role},?\s+$"
        rf"|\b{role}\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}{body}\w*,?\s+$",
        re.IGNORECASE,
    )
    return _the_one_named(after, text, mentions, sentence_of, here, titled, holds)


# "a government spokesman said … The spokesman, Tomas Wren, added": a description of a
# role alone ("a senior official", "the spokeswoman").
_BARE_ROLE = re.compile(r"(?:an?|the|one)\s+(?:[a-z-]+\s+){0,2}(?P<role>[a-z]+)")


def _the_one_named(
    after: int,
    text: str,
    mentions: list[Mention],
    sentence_of: dict[int, int],
    here: int,
    titled: re.Pattern[str],
    holds: re.Pattern[str] | None = None,
) -> str | None:
    """The one person named after `after` within reach whose title before the name fits
    `titled`, or whose apposition fits `holds`; None for none or several."""
    people = {
        m.canonical
        for m in mentions
        if m.type == "person"
        and m.start > after
        and sentence_of.get(m.start, here) - here <= _REACH
        and (
            (
                holds is not None
                and (apposition := _APPOSITION.match(text, m.end)) is not None
                and holds.search(apposition.group("words").lower()) is not None
            )
            or titled.search(text, max(0, m.start - 60), m.start) is not None
        )
    }
    return people.pop() if len(people) == 1 else None
