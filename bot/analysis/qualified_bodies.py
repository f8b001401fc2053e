"""The body a qualified description means: "the ethics board said" after "the Florida
Commission on Ethics" names no board, but the one body whose name carries what the
description says it deals with ("the Asian football governing body": the Asian Football
Confederation)."""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

from bot.analysis.capitalised_runs import NAME_RUN
from bot.analysis.lexicon import ORG_WORDS

if TYPE_CHECKING:
    from bot.analysis.entities import Mention

_QUALIFIED = re.compile(r"[Tt]he\s+(?P<what>(?:[A-Za-z-]{3,}\s+){1,3})(?P<noun>[a-z]+)")
# Nouns of a body besides the words a body's name may carry ("board", "commission").
_BODY_NOUNS = frozenset({"body", "organisation", "organization", "regulator", "watchdog"})
# Words that describe any body's standing, not what it deals with.
_STANDING = frozenset(
    "governing national international regional local state federal top main new".split()
)
# "the Commission on Ethics", not "the Commission on Monday": what a body is "on" is no date.
ON_A_SUBJECT = (
    r"on(?![ \t\xa0]+(?:"
    + "|".join([*calendar.day_name, *calendar.month_name[1:], *calendar.month_abbr[1:]])
    + r")\b)"
)
# "the Florida Commission on Ethics" is read as two names around its "on".
_SUBJECT_OF_BODY = re.compile(
    rf"[ \t\xa0]+(?:of|for|{ON_A_SUBJECT})[ \t\xa0]+(?:the[ \t\xa0]+)?{NAME_RUN}"
)


def qualified_body(
    description: str, text: str, mentions: list[Mention], before: int
) -> str | None:
    """The one body named before `before` whose name carries the description's qualifiers
    ("ethics") and more, when the description's noun ("board") is a body's."""
    match = _QUALIFIED.fullmatch(description.strip(" .,"))
    if match is None:
        return None
    noun = match.group("noun")
    if noun.capitalize() not in ORG_WORDS and noun not in _BODY_NOUNS:
        return None
    # "the Asian football governing body" after "the Asian Football Confederation"
    qualifiers = [w for w in match.group("what").split() if w.lower() not in _STANDING]
    if [w.lower() for w in qualifiers] in _MEMBERS_BODY:
        return _members_body(mentions, before)
    what = {w[:1].upper() + w[1:] for w in qualifiers}
    if not what:
        return None
    bodies = set()
    for mention in mentions:
        if mention.type != "org" or mention.start >= before:
            continue
        subject = _SUBJECT_OF_BODY.match(text, mention.end)
        written = mention.surface + (subject.group() if subject else "")
        if what <= set(written.split()) and len(written.split()) > len(what):
            # "Asian Football Confederation (AFC)" goes by its short form
            bodies.add(written if mention.canonical == mention.surface else mention.canonical)
    return bodies.pop() if len(bodies) == 1 else None


# "the industry body", "the trade group": a body its members form, whatever it deals with.
_MEMBERS_BODY = [["industry"], ["trade"], ["lobby"], ["umbrella"], ["business"]]
_MEMBERS_NAME_WORDS = frozenset(
    "Association Federation Confederation Council Chamber Alliance Coalition Union Institute"
    " Society Forum Consortium Guild Lobby".split()
)


def _members_body(mentions: list[Mention], before: int) -> str | None:
    """'… according to the Veltland Meat Processors Association. The industry body said':
    the association named last, at most two sentences before the rest of the story goes on."""
    earlier = [m for m in mentions if m.start < before]
    if not earlier:
        return None
    last_sentence = earlier[-1].sentence
    for mention in reversed(earlier):
        if mention.sentence < last_sentence - 2:
            return None
        # "the Canadian Chamber of Commerce": the body's word may stand before its "of"
        if mention.type == "org" and _MEMBERS_NAME_WORDS.intersection(mention.canonical.split()):
            return mention.canonical
    return None
