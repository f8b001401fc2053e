"""A sitting called or moved to a day: 'has called a meeting on Tuesday' (round 16).

An adjournment ("has adjourned the case until Monday") is read by deadline_set_ahead.

The present perfect cannot take a day gone ("has called on Tuesday" is not English), so a
day or date after a gathering someone has called, convened or scheduled is the gathering's
own day, ahead of the copy. The simple past ("called a meeting on Tuesday") stays with the
tense rules: it may be the day of the calling.
"""

from __future__ import annotations

import re

from bot.analysis.deadline_modifiers import MOVED_VERBS
from bot.analysis.event_nouns import HELD_EVENTS

# What is called for a day besides the sittings and gatherings held at a set time.
_CALLED_EVENTS = (
    rf"{HELD_EVENTS}|rally|rallies|strikes?|walkouts?|protests?|demonstrations?|marches|march|"
    r"gathering|assembly|briefing|ceremony|poll|ballot|consultations?|summit|sit[- ]downs?"
)
_CALLING = (
    r"called|convened|convoked|summoned|scheduled|rescheduled|set|fixed|arranged|"
    r"organi[sz]ed|announced|planned|slated|secured"
)
_CALLED_FOR_A_DAY = re.compile(
    rf"\b(?:has|have|[’']s|[’']ve)\s+(?:(?:just|already|now|also|since)\s+)?(?:{_CALLING})\b"
    r"(?!\s+off\b)(?:\s+for)?(?:\s+[\w’'-]+){0,6}?\s+"
    rf"(?:{_CALLED_EVENTS})\b(?:\s+[\w’'-]+){{0,5}}?\s*(?:on|for)?\s*$",
    re.IGNORECASE,
)
# "have been moved to Friday", "has postponed the vote until Monday": a sitting moved, in the
# present perfect, to a day that is then ahead ("has adjourned the case until Monday" is read
# with every other adjournment, by deadline_set_ahead).
_MOVED_TO = re.compile(
    r"\b(?:has|have|[’']s|[’']ve)\s+(?:(?:just|now|also|since)\s+)?(?:been\s+)?"
    rf"(?:{MOVED_VERBS})\b"
    r"(?:\s+[\w’'-]+){0,6}?(?:\s+(?:until|till|to))?\s*$",
    re.IGNORECASE,
)
_NEW_DAY = re.compile(r"(?:until|till|to)\b", re.IGNORECASE)
# A day or a date, the families a called sitting is held on.
_DAY_FAMILIES = frozenset({"weekday", "date"})


def called_for_a_day(family: str, left: str, phrase: str) -> bool:
    """'The speaker has called a meeting on Tuesday', 'the court has set a hearing for
    March 13', 'have been moved to Friday': the day is the sitting's, ahead of the copy."""
    if family not in _DAY_FAMILIES:
        return False
    if _CALLED_FOR_A_DAY.search(left):
        return True
    moved = _MOVED_TO.search(left)
    # the new day follows "to" or "until", in the phrase or just before it
    return moved is not None and (
        _NEW_DAY.search(moved.group()[-8:]) is not None or _NEW_DAY.match(phrase) is not None
    )
