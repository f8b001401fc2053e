"""How long a process will take, counted from now (issue 10, round 6).

"The review is expected to take weeks", "the handover will take about three months",
"could take years to rebuild": a length the modal puts ahead runs from the day of the copy,
as "within weeks" does. Only the time words are the phrase ("weeks", "about three
months"). Narration ("the trial took two weeks", "it used to take days"), a habit ("visas
can take weeks", "usually take months"), a negation ("won't take years") and a length of
time off ("take two weeks off") are no time ahead.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.analysis.future_words import PAST_AUXILIARIES
from bot.analysis.timewords import NUM, UNIT, Range, add_units, count_of, unit_name

# "can take weeks" is mostly a capability or a habit ("applications can take weeks"), so
# "can" is not one of them; "used to take" narrates.
_MODAL = r"will|would|could|may|might|must|should|shall"
_ADVERB = (
    r"only|still|likely|probably|easily|just|also|even|well|surely|certainly|possibly|"
    r"almost\s+certainly"
)
# Hedges stay in the phrase, as "in about three months" does; "at least two years" gives
# no end and is left out.
_HEDGE = (
    r"about|around|roughly|some|approximately|up\s+to|as\s+(?:much|long|little)\s+as|"
    r"just|only|another|a\s+further"
)
TAKES = re.compile(
    rf"(?i:(?:\b(?:{_MODAL})|[’']ll|(?<!\bused\s)\bto)\s+(?:(?:{_ADVERB})\s+)?take\s+"
    rf"(?P<span>(?:(?:{_HEDGE})\s+)?(?:(?P<n>{NUM})\s+(?:(?:to|or)\s+(?P<n2>{NUM})\s+)?)?"
    rf"(?:more\s+|further\s+|additional\s+)?(?P<unit>{UNIT})\b(?:\s+or\s+(?:so|(?P<n3>two|three))\b"
    # "weeks or months", "days and weeks": the longer of two vague lengths
    rf"|\s+(?:or|and|to)\s+(?P<unit2>(?:hours|days|weeks|months|years|decades)\b))?)"
    # "take two weeks off", "take a month of leave", "take a year's break", "take weeks ago"
    rf"(?![-’']|\s+(?:off|out|of|leave|holidays?|vacation|breaks?|ago|longer|more)\b|\s+or\s+(?:more|longer)\b))"
)
# A bare singular unit ("take week") is no span; a bare plural is a vague one.
_PAST_CHAIN = re.compile(rf"\b(?:{PAST_AUXILIARIES}|didn[’']t|wasn[’']t|weren[’']t)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|never)\b|n[’']t\b", re.I)
_HABIT = re.compile(
    r"\b(?:usually|typically|normally|generally|often|sometimes|always|tends?\s+to|"
    r"each|every|any)\b",
    re.I,
)


def resolve_takes(match: re.Match[str], ref: datetime) -> Range | None:
    """From now to the far end of the length ('a year or two' runs two years)."""
    unit = unit_name(match.group("unit2") or match.group("unit"))
    if match.group("unit2") and match.group("n") is None:
        return ref, add_units(ref, count_of(None, unit), unit), False
    if match.group("n") is None and not match.group("unit").lower().endswith("s"):
        return None
    far = match.group("n3") or match.group("n2") or match.group("n")
    return ref, add_units(ref, count_of(far, unit), unit), False


def takes_ahead(left: str) -> bool:
    """A length is ahead when the modal before 'take' is a future of the day of the copy,
    not of a day gone ('was expected to take weeks', 'had said it would take months') nor
    of a habit ('usually take weeks')."""
    own = re.split(r"[;:]|\b(?:but|while|after|before|when|because)\b", left)[-1]
    return _PAST_CHAIN.search(own) is None and _HABIT.search(own) is None and not (
        _NEGATION.search(own)  # "is not expected to take weeks": shorter, not a time
    )
