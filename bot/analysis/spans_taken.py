"""Lengths counted from now (issue 10, round 6): how long a process will take, and a
term or mandate extended for a further span.

"The review is expected to take weeks", "the handover will take about three months",
"could take years to rebuild": a length the modal puts ahead runs from the day of the copy,
as "within weeks" does. Only the time words are the phrase ("weeks", "about three
months"). Narration ("the trial took two weeks", "it used to take days"), a habit ("visas
can take weeks", "usually take months"), a negation ("won't take years") and a length of
time off ("take two weeks off") are no time ahead.

"Will stay in office for another six years", "extended the mandate for a further two
years": a further span granted or promised now runs from now (the whole "for ..." is the
phrase). One told of a day gone ("had ruled for another decade") is no time ahead.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.analysis.future_words import (
    CONTRACTED_WILL,
    EVERY,
    HABIT,
    MODAL_VERBS,
    PAST_AUXILIARIES,
    PLAIN_FUTURE,
)
from bot.analysis.spans_ahead import for_span_ahead, own_clause
from bot.analysis.tense import PAST, REPORTING_VERBS
from bot.analysis.timewords import (
    COUNT_TO,
    HEDGE,
    MONTH,
    NUM,
    UNIT,
    YEAR,
    Range,
    add_units,
    count_of,
    resolve_within,
    unit_name,
)

# "can take weeks" is mostly a capability or a habit ("applications can take weeks"), so
# "can" is not one of them; "used to take" narrates.
_MODAL = "|".join(word for word in MODAL_VERBS.split("|") if word != "can")
_ADVERB = (
    r"only|still|likely|probably|easily|just|also|even|well|surely|certainly|possibly|"
    r"almost\s+certainly"
)
# Hedges stay in the phrase, as "in about three months" does; "at least two years" gives
# no end and is left out.
_HEDGE = rf"{HEDGE}|up\s+to|as\s+(?:much|long|little)\s+as|another|a\s+further"
TAKES = re.compile(
    rf"(?i:(?:\b(?:{_MODAL})|{CONTRACTED_WILL}|(?<!\bused\s)\bto)\s+(?:(?:{_ADVERB})\s+)?take\s+"
    # "would take his country “weeks to months” to": whom it takes, the length quoted
    r"(?:(?:him|her|them|us|me|(?:his|her|its|their|the)\s+[a-z]+)\s+)?[“\"]?"
    # "between 12 and 18 months": "and" joins the counts only after "between"
    rf"(?P<span>(?:(?:{_HEDGE})\s+)?(?:(?P<between>between\s+)?(?P<n>{NUM})"
    rf"(?:(?:{COUNT_TO}|(?(between)\s+and\s+|(?!)))(?P<n2>{NUM}))?\s+)?"
    rf"(?:more\s+|further\s+|additional\s+)?(?P<unit>{UNIT})\b(?:\s+or\s+(?:so|(?P<n3>two|three))\b"
    # "10 years to 15 years": the unit said twice, the range still runs to the far end
    rf"|\s+(?:to|or)\s+(?P<n4>{NUM})\s+(?P=unit)\b"
    # "weeks or months", "days and weeks": the longer of two vague lengths
    rf"|\s+(?:or|and|to)\s+(?P<unit2>(?:hours|days|weeks|months|years|decades)\b))?)"
    # "take two weeks off", "take a month of leave", "take a year's break", "take weeks ago"
    rf"(?![-’']|\s+(?:off|out|of|leave|holidays?|vacation|breaks?|ago|longer|more)\b|\s+or\s+(?:more|longer)\b))"
)
# A bare singular unit ("take week") is no span; a bare plural is a vague one.
_PAST_CHAIN = re.compile(rf"\b(?:{PAST_AUXILIARIES})(?:n[’']t)?\b", re.I)
# "the drive would take six hours", "would take two days by sea": how long a way is, not
# when anything ends.
_TRAVEL = re.compile(
    r"\b(?:journey|trip|drive|flight|ride|walk|commute|voyage|crossing|route|trek)s?\b", re.I
)
_BY_WAY = re.compile(r"\s+(?:by|on)\s+(?:road|car|rail|train|air|sea|boat|ship|foot|bus)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|never)\b|n[’']t\b", re.I)
_HABIT = re.compile(rf"\b(?:{HABIT}|sometimes|tends?\s+to|{EVERY}|any)\b", re.I)


def resolve_takes(match: re.Match[str], ref: datetime) -> Range | None:
    """From now to the far end of the length ('a year or two' runs two years)."""
    unit = unit_name(match.group("unit2") or match.group("unit"))
    if match.group("unit2") and match.group("n") is None:
        return ref, add_units(ref, count_of(None, unit), unit), False
    if match.group("n") is None and not match.group("unit").lower().endswith("s"):
        return None
    far = match.group("n3") or match.group("n4") or match.group("n2") or match.group("n")
    return ref, add_units(ref, count_of(far, unit), unit), False


def takes_ahead(left: str, match: re.Match[str]) -> bool:
    """A length is ahead when the modal before 'take' is a future of the day of the copy,
    not of a day gone ('was expected to take weeks', 'had said it would take months') nor
    of a habit ('usually take weeks')."""
    verb = match.string[match.start() : match.start("span")]  # "would likely take"
    own = own_clause(left + verb)
    return (
        _PAST_CHAIN.search(_without_reported_past(own)) is None
        and _HABIT.search(own) is None
        and not _NEGATION.search(own)  # "is not expected to take weeks": shorter, not a time
        and not would_of_a_day_gone(own)
        and not _TRAVEL.search(own)
        and not _BY_WAY.match(match.string, match.end())
    )


_WOULD = re.compile(r"\bwould\b", re.I)


def _without_reported_past(own: str) -> str:
    """'said negotiators had reached a deal that would take weeks': the clause without the
    past told under the reporting verb, which is the report's tense shifted back; the 'would'
    after it is the speaker's future now."""
    reports = [w for w in PAST.finditer(own) if REPORTING_VERBS.fullmatch(w.group())]
    if not reports:
        return own
    would = _WOULD.search(own, reports[0].end())
    if would is None:
        return own
    return own[: reports[0].end()] + " " + own[would.start() :]


def would_of_a_day_gone(own: str) -> bool:
    """'he realized the race would grind on for three more months': a 'would' seen from a
    day narrated, not one reported now ('she said she would stay')."""
    would = _WOULD.search(own)
    if would is None or PLAIN_FUTURE.search(own):
        return False
    earlier = own[: would.start()]
    words = list(PAST.finditer(earlier))
    reported = next(
        (i for i, word in enumerate(words) if REPORTING_VERBS.fullmatch(word.group())), len(words)
    )
    # past words under the reporting verb are the report's own tense shifted back: "said
    # negotiators had reached a deal that would take weeks to write" is said now
    return any(REPORTING_VERBS.fullmatch(word.group()) is None for word in words[:reported])


# "for another six years", "for a further two years", "for two more years", "for another
# term", "for another five-year mandate". A term of office is taken as five years at most.
FOR_ANOTHER = re.compile(
    # "for another two to three weeks": the far count ends the span. "For at least another
    # ten days" is left out: a floor with no end (the own set judges it no deadline).
    rf"(?i:\bfor\s+(?:(?:another|a\s+further|an\s+(?:additional|extra))\s+"
    rf"(?:(?P<n>{NUM})(?:{COUNT_TO}(?P<far>{NUM}))?\s+)?"
    rf"|(?P<n2>{NUM})(?:{COUNT_TO}(?P<far2>{NUM}))?\s+more\s+)"
    rf"(?:(?:(?P<term_n>{NUM})[- ]years?[- ])?(?P<term>term|mandate)\b"
    rf"|(?P<unit>{UNIT})\b(?![- ](?:long|old|term|mandate)\b))"
    # a further span with a start or end of its own is dated by it
    rf"(?!\s+(?:ago|before|after|since|from|starting|beginning|until|till|through|in\s+a\s+row)\b))"
)
_TERM_YEARS = 5
_RHETORIC = timedelta(days=365 * 30)
# "paused the tariffs for another 30 days": a pause, too, is granted from now.
_GRANTED_MORE = re.compile(
    r"\b(?:(?:extend|renew|prolong|suspend|delay)(?:s|ed|ing)?|(?:paus|postpon)(?:e|es|ed|ing)|"
    r"defer(?:s|red|ring)?)\b",
    re.I,
)
# A grant dated to a month or year, or long past, ran from then.
_GRANTED_THEN = re.compile(
    rf"(?i:\b(?:had|ago|last|earlier|previously|{YEAR})\b)|\b{MONTH}(?!\w)"
)


def resolve_for_another(match: re.Match[str], ref: datetime) -> Range | None:
    if match.group("term"):
        years = count_of(match.group("term_n"), "year") if match.group("term_n") else _TERM_YEARS
        return ref, add_units(ref, years, "year"), False
    far = match.group("far") or match.group("far2")
    if far:
        unit = unit_name(match.group("unit"))
        return ref, add_units(ref, count_of(far, unit), unit), False
    earliest, end, rolled = resolve_within(match, ref)  # "another years" as vague as "years"
    if end - ref > _RHETORIC:
        return None  # "to stay in business for another 100 years": a hope, not a term
    return earliest, end, rolled


def further_span_ahead(left: str, right: str) -> bool:
    """'Parliament extended the mandate for a further two years', 'will stay in office for
    another six years': granted now, or promised as a span of its own."""
    granted = _extended_ahead(left, right)
    return for_span_ahead(left, right, further=True) if granted is None else granted


def _extended_ahead(left: str, right: str) -> bool | None:
    """'Parliament extended the mandate for a further two years': a further span granted
    in the act reported runs from now (True); one granted on a day gone ran from then
    (False); None when the clause grants nothing and the usual future test decides."""
    own = own_clause(left)
    if _GRANTED_MORE.search(own) is None:
        return False if would_of_a_day_gone(own) else None
    return _GRANTED_THEN.search(own + " " + right) is None


def length_ahead(family: str, left: str, right: str, match: re.Match[str]) -> bool:
    """Whether a length taken ('takes') or a further span ('for_another') is ahead."""
    return takes_ahead(left, match) if family == "takes" else further_span_ahead(left, right)
