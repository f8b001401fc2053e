"""Spans counted from another event or from now, and other shapes of diplomatic news
(issue 10): what a duration is counted from decides whether it is a time ahead."""

from __future__ import annotations

import calendar
import re
from datetime import datetime

from bot.analysis.deadline_families import DURATION_FAMILIES
from bot.analysis.deadline_pages import phrase_clause
from bot.analysis.future_words import EVERY, HABIT, STRONG_FUTURE
from bot.analysis.tense import nearest_tense
from bot.analysis.timewords import MONTH, WEEKDAYS, YEAR

_RELATIVE_TO_EVENT = re.compile(
    r"^\s*(?:of|after|since|from the|following|from when)\b", re.IGNORECASE
)
# "the coming days" are counted from now whatever follows: "would end in the coming days
# following the talks" (but "within 24 hours of taking office", "in the days following").
_FROM_NOW = re.compile(r"\bcoming\b", re.IGNORECASE)
# "the ultimatum he had issued Saturday for the port to reopen within 48 hours": a span set
# by an act before the one reported runs from that act, not from the day of the copy.
_ASKED_TO = re.compile(r"\bto\s+(?:either\s+)?[a-z]+\b", re.IGNORECASE)
_PLUPERFECT = re.compile(r"\bhad\s+(?!to\b)(?:been\s+)?[a-z]+(?:ed|en|wn|ut|et|ld|nt)\b", re.I)


def tied_to_another_event(text: str, match: re.Match[str], family: str) -> bool:
    """'within 24 hours of taking office': a span counted from another event."""
    if family not in DURATION_FAMILIES:
        return False
    if _set_by_an_earlier_act(text, match):
        return True
    tie = _RELATIVE_TO_EVENT.match(text[match.end() :])
    if tie is None:
        return False
    return tie.group().strip().lower() == "of" or _FROM_NOW.search(match.group()) is None


# "The ministry said Washington had accepted an invitation to return in two weeks": a
# pluperfect right under "said" is the reported act shifted back, as recent as the telling.
_REPORTED_ACT = re.compile(r"\b(?:said|says)\s+(?:that\s+)?[^;:.]*$", re.IGNORECASE)


def _set_by_an_earlier_act(text: str, match: re.Match[str]) -> bool:
    left, _ = phrase_clause(text, match.start(), match.end())
    acts = list(_PLUPERFECT.finditer(left))
    if not acts:
        return False
    act_start = match.start() - len(left) + acts[-1].start()
    if (
        _REPORTED_ACT.search(text[:act_start])
        and not _DATED_APART.search(left[acts[-1].end() :])
        and not _NAMED_TIME.search(left[acts[-1].end() :])
    ):
        return False  # but "said he had issued in May an order to leave within 48 hours"
    since = left[acts[-1].end() :]  # what the act asked for: "for the city to reopen ..."
    return _ASKED_TO.search(since) is not None and STRONG_FUTURE.search(since) is None


# "After a meeting in Busan in the fall, the leaders agreed ...": what came before a past act.
_OPENING_AFTER = re.compile(r"\s*(?:After|Following)\b[^,;:]*$")


def before_a_past_act(text: str, match: re.Match[str]) -> bool:
    """A time in an opening 'After ...' phrase whose main clause is past narration."""
    if _OPENING_AFTER.match(text[: match.start()]) is None:
        return False
    comma = text.find(",", match.end())
    return comma >= 0 and nearest_tense("", text[comma + 1 :]) == "past"


# "asked the mayor for a two-week extension", "seeks a 30-day reprieve": a new time asked for.
_ASKED_FOR = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|s(?:eeks?|eeking|ought)|wants?|wanted|"
    r"(?:call(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?)\s+for)\b"
    r"(?:\s+[\w’'.-]+){0,4}?\s+(?:for\s+)?$",
    re.IGNORECASE,
)


# A grant made just now runs from now; one dated to a month or year ("granted in May a
# 90-day reprieve") or long past ("had granted") ran from then.
_GRANTED = re.compile(
    r"\b(?:issued|granted|gave|given|approved|extended|offered)\b(?:\s+[\w’'.-]+){0,4}?\s+$", re.I
)
_DATED_APART = re.compile(
    rf"\b(?:had|last|ago|earlier|{YEAR})\b|\b{MONTH}(?!\w)"
)


# "its stated intention to buy $9bn of goods over five years": a noun of a plan governs the
# infinitive the span is spread over.
_INTENT_TO = re.compile(
    r"\b(?:intention|commitment|pledge|promise|plan|offer|proposal)s?\s+to\s+[a-z]+\b", re.I
)


# "the talks would take place over two days, Thursday and Friday": the days name when.
_NAMED_TIME = re.compile(
    rf"\b(?:{'|'.join(day.capitalize() for day in WEEKDAYS)}|{MONTH}|{YEAR})\b"
)


def _length_of_a_dated_event(text: str, match: re.Match[str]) -> bool:
    """'over two days' in a sentence that also names the day, month or year is how long the
    thing lasts, dated by the other time: not a span from now."""
    before, after = text[: match.start()], text[match.end() :]
    return bool(_NAMED_TIME.search(before) or _NAMED_TIME.search(after))


def extension_ahead(
    text: str, match: re.Match[str], clause: tuple[str, str], family: str, tense: str | None
) -> bool:
    """A span of extension is a time ahead when asked for, or in a future clause; a span a
    programme is spread over ('aid worth 90 billion over two years') needs a future word or
    a noun of a plan, and is no time of its own beside a named day ('the talks will take
    place over two days, Thursday and Friday')."""
    left, right = clause
    if family == "over_span" and (
        _length_of_a_dated_event(text, match) or _SUM_OVER.search(text, 0, match.start())
    ):
        return False  # "would be worth $47bn over 10 years": what a sum adds up to
    if family == "extension" and _AFTER_IT.search(left):
        return False  # "easing next month after a one-month extension": the one before it
    if family == "over_span":
        return tense in {"future", "weak"} and (
            STRONG_FUTURE.search(left + " " + right) is not None
            or (_INTENT_TO.search(left) is not None and nearest_tense("", right) != "past")
        )
    return (
        tense in {"future", "weak"}
        or _ASKED_FOR.search(left) is not None
        or (  # "issued a 30-day waiver on Thursday"
            _GRANTED.search(left) is not None and _DATED_APART.search(left + " " + right) is None
        )
    )


# A sum a plan is worth, costs or raises, counted over the years after it.
_SUM_OVER = re.compile(
    r"\b(?:worth|cost|costs|costing|save|saves|saving|raise|raises|raising|generate|"
    r"generates|bring\s+in|brings\s+in)\s+(?:about\s+|around\s+|some\s+|an\s+estimated\s+)?"
    r"[$£€]\s?\d[\d.,]*\s*(?:bn|m|tn|billion|million|trillion)?\s+$",
    re.IGNORECASE,
)

_AFTER_IT = re.compile(r"\b(?:after|following)\s+$", re.IGNORECASE)
# "to review rules after they are published", "after notice is served": a window counted
# from each event, not from now ("gave them 50 days to agree after the summit" names when
# it was given); "which expired in January": a window gone; "each member has a two-year
# window": a rule for every case.
_COUNTED_FROM_EVENT = re.compile(
    r"\b(?:after\s+(?:they|it|each|every|an?|the\s+(?:date|day))|once|upon\s+receipt|"
    r"from\s+the\s+(?:date|day)\s+of|"
    r"after\s+(?:[\w’'-]+\s+){1,3}(?:is|are|has\s+been|have\s+been)\s+[a-z]+(?:ed|en|wn)|"
    r"which\s+(?:has\s+|had\s+)?(?:expired|ended|lapsed|closed|ran\s+out))\b",
    re.IGNORECASE,
)
_ANY_CASE = re.compile(rf"\b(?:{EVERY}|any|{HABIT})\b", re.I)


# "In May he set a deadline of 50 days": a window set in a month gone ran from then.
_MONTH_NAMES = [name for name in calendar.month_name if name]
_IN_MONTH = re.compile(rf"\b(?i:in|since)\s+(?P<month>{'|'.join(_MONTH_NAMES)})\b(?!\s+\d)")
_SET_BEFORE = re.compile(r"\b(?:earlier\s+this|last)\s+(?:week|month|year)\b", re.I)


def _earlier_month(left: str, published: datetime) -> bool:
    months = [_MONTH_NAMES.index(m.group("month")) + 1 for m in _IN_MONTH.finditer(left)]
    return _SET_BEFORE.search(left) is not None or any(m < published.month for m in months)


# Where the sentence after a phrase ends: "Jr." and "R." are initials, not an end.
_SENTENCE_END = re.compile(r"(?<=[a-z0-9]{2}[.!?])\s+(?=[A-Z“\"])")


def window_from_then(left: str, after: str, published: datetime) -> bool:
    """'In 2019 the court gave the parties 90 days to respond': a window given in a past
    year ran from then; one opened by each event of a kind runs from that event."""
    # "agreed to a 10-month moratorium, but when Joseph R. Biden Jr. visited in March 2010":
    # a past year anywhere in the sentence tells the act as history (initials end no
    # sentence).
    sentence = left + " " + _SENTENCE_END.split(after, maxsplit=1)[0]
    past_year = any(
        int(year) < published.year for year in re.findall(rf"\b{YEAR}\b", sentence)
    )
    return past_year or _earlier_month(left, published) or _ANY_CASE.search(left) is not None or (
        _COUNTED_FROM_EVENT.search(after) is not None
    )
