"""Nouns of events held at a set time, shared by the deadline rules (round 9 review).

A time on one of these nouns dates when the event is held ("the summit in November", "their
September meeting", "the vote in two weeks"), not what a month covers or when a record came
out. The lists differ only where the use differs:

- FIXED_GATHERINGS are fixed on a calendar long before they are held, so a month on them is
  ahead whatever the clause's verb (`deadline_other_times._GATHERING_IN`). A meeting, a
  hearing or talks "in November" are told after as often as before, so they stay out there.
- SITTINGS are held at a time set ahead; with FIXED_GATHERINGS they name an event held in a
  month after "their" (`deadline_context._COVERED_AFTER`) or a span from now
  (`deadline_guards._EVENT_BEFORE`, which adds things set for a time that are not held:
  a deadline, a visit, a ceasefire, a launch).
- `deadline_other_times._RECORD_FROM` is another use: a deal or report dated by the month
  it came from ("the trade deal from July"); its "talks" and "summit" are ones already held.
- VOTES are the polls an article dates elsewhere ("the November 3 election") and a time is
  told against ("before the vote", "the election, two months out":
  `deadline_before_named_events`).
"""

from __future__ import annotations

FIXED_GATHERINGS = r"summit|conference|congress|election|primary|caucus(?:es)?|referendum"
SITTINGS = r"meeting|session|vote|hearing|trial|debate|talks"
HELD_EVENTS = rf"{FIXED_GATHERINGS}|{SITTINGS}"
VOTES = r"election|referendum|vote|ballot"
# The polls beside VOTES ("the 2028 midterms"), and every poll a date or a count of weeks
# can come before ("three weeks before the primary").
OTHER_POLLS = r"polls?|primar(?:y|ies)|caucus(?:es)?|run-?offs?|midterms"
POLLS = rf"{VOTES}|{OTHER_POLLS}"


def noun_next(nouns: str) -> str:
    """One of `nouns` right after a phrase, perhaps behind one word of its own ("the June
    local elections", "the June 3 vote")."""
    return rf"\s+(?:[a-z-]+\s+)?(?:{nouns})s?\b"

# Deeds of violence, told after they are done: a date on one ("the Sept. 11 attacks", "the
# attack on the port on October 7") is when it happened, not a time ahead.
DEEDS = (
    r"(?:terror(?:ist)?\s+)?(?:attacks?|assaults?|massacres?|atrocit(?:y|ies)|bombings?|"
    r"invasion|incursion|rampage|shootings?|riots?|killings?|uprising|coup)"
)
