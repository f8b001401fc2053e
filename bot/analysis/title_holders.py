"""Who a job title in an attribution names: the one person the article gives that title.

A live blog writes "The U.S. secretary of state says …" and names "U.S. Secretary of State
Marco Rubio" paragraphs later; a wire story writes "the Foreign Minister said" beside one
"Foreign Minister Ana Ruiz". The reader takes the title's holder, when only one person in
the article holds the whole title (the country's, not another's; not a vice or former one).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.analysis import described_people, ranks
from bot.analysis.lexicon import COUNTRY_WORDS, DEMONYMS, DESCRIPTION_ROLES, TITLE_FILLERS
from bot.analysis.unnamed_sources import introduced_unnamed

if TYPE_CHECKING:
    from bot.analysis.entities import Mention


# Words that date or rank a title without being part of it: "the new prime minister" is
# the one titled "Prime Minister".
_TITLE_QUALIFIERS = frozenset("new top current outgoing incoming then".split())
# A judge's title is a role only in a title ("the chief justice"); alone, "Justice" is as
# often a word of a body's name ("Social Justice Alliance").
_BENCH_ROLES = frozenset({"justice"})


def title_holder(description: str, text: str, mentions: list[Mention], before: int) -> str | None:
    """The one person the article titles with the description's whole role ("secretary of
    state", "foreign minister"), before or after the quote; None when no one or several
    are, or when the passage introduced an unnamed holder ("a former adviser")."""
    words = description.strip(" .,").split()
    if len(words) < 2 or words[0].lower() != "the":
        return None
    # "the Secretary of State" capitalises its title, not only its country; in "the State
    # Department spokesperson" the capitals are the body's.
    capital_title = words[-1][:1].isupper()
    if capital_title:
        bodies = [w for w in words[1:] if w[:1].isupper() and not _title_word(w)]
        role = [w.lower() for w in words[1:] if w not in bodies]
    else:  # "the Ministry of Foreign Affairs spokesperson": the role follows the body
        last = max(i for i, w in enumerate(words) if i == 0 or w[:1].isupper())
        bodies = [w for w in words[1 : last + 1] if w[:1].isupper()]
        role = [w.lower() for w in words[last + 1 :]]
    while role and role[0] in _TITLE_QUALIFIERS:
        role.pop(0)
    head = role[: role.index("of")] if "of" in role else role  # "secretary of state"
    if not head or head[-1] not in DESCRIPTION_ROLES | _BENCH_ROLES:
        return None
    if introduced_unnamed(head[-1], text, before):
        return None
    # "the top U.S. diplomat" holds one of the titles a country's top diplomat holds; with
    # no country ("America’s" is cut off before this) the title would fit any country's.
    own = (" ".join(role),)
    titles = described_people.TITLES_FOR.get(" ".join(role), own) if bodies else own
    phrase = "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in titles)
    # "the president" is not "Vice President Ana Ruiz", nor "the foreign minister" a former
    # one, unless the description says so.
    lesser = [w for w in sorted(ranks.LESSER_RANKS) if w not in role]
    phrase = "".join(rf"(?<!{w}\s)(?<!{w}-)" for w in lesser) + f"(?:{phrase})"
    holders = [
        m
        for m in mentions
        if m.type == "person"
        and _holds(phrase, text, m)
        and not described_people.titled_for_another_country(bodies, text, m)
    ]
    # "the Fed chair": one chair titled by the Fed, beside a committee's chair.
    by_body = {m.canonical for m in holders if described_people.titled_by(bodies, text, m)}
    # "the Ministry of Foreign Affairs spokesperson" and "Foreign Ministry spokesperson
    # Lise Berg": the same body's words in another order.
    by_body = by_body or {m.canonical for m in holders if _shares_body(bodies, text, m)}
    named = by_body if len(by_body) == 1 else {m.canonical for m in holders}
    return named.pop() if len(named) == 1 else None


# Titles a story shortens to their initials once it has named the holder in full: "the
# CJI" after "Chief Justice Arun Varma".
_TITLE_INITIALS = {
    "CJI": "chief justice",
    "CM": "chief minister",
    "PM": "prime minister",
    "EAM": "external affairs minister",
}
# "the Lankan PM": the country the title is held for may stand before the initials.
_INITIALS = re.compile(
    r"(?:[Tt]he\s+)?(?P<country>(?:[A-Z][a-z]+\s+){0,2})(?P<initials>[A-Z]{2,4})"
)


def initials_holder(chunk: str, text: str, mentions: list[Mention], before: int) -> str | None:
    """'the CJI said', 'the PM told reporters': the one holder of the title the initials
    stand for; None for other capitals or where no one or several hold it."""
    match = _INITIALS.fullmatch(chunk.strip(" ."))
    if match is None:
        return None
    country, title = match.group("country"), _TITLE_INITIALS.get(match.group("initials"))
    if title is None or (country and country.split()[-1] not in COUNTRY_WORDS):  # "Sri Lankan"
        return None
    return title_holder(f"the {country}{title}", text, mentions, before)


# "Ana Ruiz, the country’s foreign minister": a comma, then only the title's own words (no
# "who said", no "according to the second official").
_APPOSITION = (
    r"\s*,\s*(?:(?!(?:who|which|that|whom|whose|said|says|told|according|to|and|with)\b)"
    r"[\w’'.-]+\s+){0,4}?"
)


def _shares_body(bodies: list[str], text: str, mention: Mention) -> bool:
    """Whether the title before the name holds two of the body's words, or its one word."""
    words = set(bodies) - {"of", "the", "Affairs"}
    return len(words & set(ranks.title_clause(text, mention))) >= min(2, len(words)) > 0


def _title_word(word: str) -> bool:
    return word in TITLE_FILLERS or word.lower() in DESCRIPTION_ROLES


def capitalised_title(
    description: str, text: str, mentions: list[Mention], before: int
) -> str | None:
    """'the Foreign Minister said': a title written with capitals, with no name in it (only
    a country beside it), is its one holder in the article, not a name of its own."""
    words = description.strip(" .,").split()
    if len(words) < 2 or words[0].lower() != "the":
        return None
    capitalised = [w for w in words[1:] if w[:1].isupper()]
    bodies = {w for m in mentions if m.type == "org" for w in m.surface.split()}
    # "the State Department spokesperson": a body named in the article, then its role.
    # A country and a lowercase role ("the Texas senator") are left to the titles named
    # before, which know "Sen." for "senator".
    titled = any(_title_word(w) and w not in {"of", "the"} for w in capitalised) or (
        words[-1] in DESCRIPTION_ROLES and any(w in bodies - DEMONYMS for w in capitalised)
    )
    if not titled or not all(
        _title_word(w) or w in COUNTRY_WORDS or w in bodies
        for w in capitalised
    ):
        return None
    return title_holder(description, text, mentions, before)


def _holds(phrase: str, text: str, mention: Mention) -> bool:
    """'U.S. Secretary of State Ana Ruiz' or 'Ana Ruiz, the foreign minister,': the
    title runs into the name, or stands in its apposition."""
    before = text[max(0, mention.start - 60) : mention.start]
    for match in re.finditer(rf"\b(?:{phrase})\b", before.lower()):
        if described_people.TITLE_RUNS_ON.fullmatch(before, match.end()):
            return True
    after = text[mention.end : mention.end + 60].lower()
    return re.match(rf"{_APPOSITION}(?:{phrase})\b", after) is not None
