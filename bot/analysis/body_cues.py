"""Words around an unknown name that make it a body's: "the committee on EU Integration",
"Voltagrid, the state power grid operator,"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.analysis.lexicon import CIVIC_BODY_WORDS, ORG_DESCRIPTOR_PATTERN, ORG_DESCRIPTORS

if TYPE_CHECKING:
    from bot.analysis.entities import Mention

# "the parliamentary committee on EU Integration, told": a body's lowercase head before the
# subject it deals with names no one, whatever verb follows.
BODY_ON_BEFORE = re.compile(
    r"\b(?:sub)?(?:committee|commission|council|ministry|department|agency|bureau|caucus)"
    r"\s+(?:on|for|of)\s+(?:the\s+)?$"
)
# "analysts at Harbour Sachs cut their forecast": those who work at a place name a body.
STAFF_AT_BEFORE = re.compile(
    r"\b(?:analysts?|economists?|strategists?|employees|workers|staff|researchers|executives"
    r"|engineers|traders|scientists)\s+at\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Voltagrid, the state power grid operator, said": an apposition headed by a body's noun.
# "Knight Frank India, a real estate consultancy firm said": an indefinite one may lose its
# closing comma ("Prices rose, the ministry said" is the ministry speaking, no apposition).
_SAID = r"(?:said|says|added|told)"
_ORG_APPOSITION = re.compile(
    r"\s*,\s*(?:the|a|an)\s+(?:(?!(?:of|for|at|in|with|and)\b)[\w’'-]+\s+){0,4}"
    # "Veltrax, the facilities company which runs the centres, said": or a clause on it.
    rf"(?P<noun>(?!{_SAID}\b)[a-z-]+)(?:\s*,|\s+(?:which|that)\s"
    # "Kestrel, the AI startup co-founded by former Varna staff, …"
    r"|\s+(?:co-)?(?:founded|owned|backed|run|led|created|funded|controlled|operated)\s+by\s)"
    rf"|\s*,\s*(?:a|an)\s+(?:(?!(?:of|for|at|in|with|and|{_SAID})\b)[\w’'-]+\s+){{1,4}}"
    rf"(?P<bare_noun>[a-z-]+)\s+{_SAID}\b"
)
# "a property developer" or "a film producer" is as often a person.
_BODY_NOUNS = ORG_DESCRIPTORS - {"developer", "producer", "maker", "miner", "publisher", "business"}


def apposed_body(text: str, end: int) -> bool:
    """Whether the name ending at `end` is set off by an apposition a body's noun heads."""
    match = _ORG_APPOSITION.match(text, end)
    return match is not None and (match.group("noun") or match.group("bare_noun")) in _BODY_NOUNS


# "the charity Save the Children": after a body's noun, a name may hold a lowercase "the".
_DESCRIBED_BEFORE = re.compile(rf"\b{ORG_DESCRIPTOR_PATTERN},?\s+$", re.IGNORECASE)


# "the Assembly of the Velmora Republic", "the Department of the Interior": a civic body of
# a place or another body, one name (lexicon.CIVIC_BODY_WORDS, and "Legislature", which is
# no body word before a name). A firm's "Halden Holdings of the Kasta Group" may be two.
_KIND_HEADS = CIVIC_BODY_WORDS | {"Legislature"}
# "the Institute for the Study of Harbours", "the Center for the Arts": a body named for its
# purpose; "Institute" or "Study of Harbours" alone is a clipped name. Not every body word:
# "thanked the Dorn Police for the Kasta rescue" thanks two, so only the heads of names
# that state a purpose.
_PURPOSE_HEADS = frozenset(
    "Institute Institution Center Centre Foundation Society Association Council Commission "
    "Committee Agency Office Fund Alliance Coalition Campaign League Movement Network".split()
)


def joined_across_the(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with "Save" and "Children" made one "Save the Children" where a body's
    noun introduces the run ("the charity Save the Children"): each half alone is a
    clipped name, and "Children" taken for a person speaks for no one."""
    joined: list[Mention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.sentence == mention.sentence
            and (
                (
                    text[last.end : mention.start] == " the "
                    and _DESCRIBED_BEFORE.search(text, max(0, last.start - 30), last.start)
                )
                # "the Legislative Assembly of the Varna Islands": one body, not two names.
                or (
                    text[last.end : mention.start] == " of the "
                    and last.type == "org"
                    and mention.type in (None, "org", "place")
                    and last.surface.split()[-1] in _KIND_HEADS
                )
                or (
                    text[last.end : mention.start] == " for the "
                    and last.type in (None, "org")
                    and mention.type in (None, "org", "place")
                    and last.surface.split()[-1] in _PURPOSE_HEADS
                )
            )
        ):
            purpose = text[last.end : mention.start] == " for the "
            last.surface = text[last.start : mention.end]
            last.canonical = last.surface
            last.end = mention.end
            if purpose:
                last.type = "org"  # "Institute for the Study of …": a body, whatever its halves
            continue
        joined.append(mention)
    return joined
