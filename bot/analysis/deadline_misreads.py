"""Time words that read as no time ahead once their neighbours are seen, found in pool 11
(issue 10): a month that is a person's name ("Mrs May said"), a prison term ("three to 10
years in jail"), a deadline a past act already missed ("did not comply ... by the deadline on
Tuesday"), the month of a past extension ("its mandate was extended in October") and a
narrated "Later in the year, he moved".

`deadlines.find_deadlines` asks `misread` of every phrase a family resolves, with the
article's `month_surnames.month_surnames` read once.
"""

from __future__ import annotations

import re

from bot.analysis.deadline_modifiers import DELAY_VERBS
from bot.analysis.future_words import MODAL_VERBS, STRONG_FUTURE
from bot.analysis.month_surnames import person_before
from bot.analysis.tense import PAST

# "May said", "May told MPs", "May's government": a month neither speaks nor governs.
_ACTS_AS_A_PERSON = re.compile(
    r"\s+(?:said|says|told|tells|added|insisted|argued|warned|wrote|replied|urged|"
    r"admitted|conceded|denied)\b|"
    r"[’']s\s+(?:government|cabinet|administration|party|ministers?|spokes(?:man|woman|person)|"
    r"office|aides?|allies|team|deal|plan|premiership|successor|predecessor|husband|wife|"
    r"rights?|powers?|authority|decision|speech|letter)\b"
)


def _month_is_a_person(text: str, match: re.Match[str], family: str,
                       surnames: frozenset[str]) -> bool:
    """A bare month with no preposition, day or year that names a person: the article's
    surname ("whether May can use ..."), or one with a given name or title before it or
    acting after it ("May said", "May's government"). "in May", "by May", "May 5" stay."""
    if family != "month" or match.group("prep") or match.group("year"):
        return False
    word = match.group("month")
    if not word[:1].isupper() or "." in word:
        return False
    return (
        word in surnames
        or person_before(text[: match.start()])
        or _ACTS_AS_A_PERSON.match(text, match.end()) is not None
    )


_LENGTH_FAMILIES = frozenset({"in_duration", "within", "for_span", "over_span", "in_units"})
# "will result in three to 10 years in jail", "faces five years behind bars": a term served.
_IN_PRISON_AFTER = re.compile(
    r"\s+(?:in\s+(?:jail|prison|custody|detention|a\s+(?:\w+\s+)?(?:jail|prison))|"
    r"behind\s+bars|of\s+(?:imprisonment|jail|prison)|(?:jail|prison)\s+(?:term|sentence))\b",
    re.IGNORECASE,
)
# "will be jailed for five years", "sentenced to ten years": the length of a sentence.
_SENTENCED_BEFORE = re.compile(
    r"\b(?:sentenced|jailed|imprisoned|locked\s+up|put\s+behind\s+bars)\s+"
    r"(?:(?:to|for)\s+(?:up\s+to\s+|at\s+least\s+|between\s+)?)?$",
    re.IGNORECASE,
)


def _a_prison_term(before: str, after: str, family: str) -> bool:
    return family in _LENGTH_FAMILIES and (
        _IN_PRISON_AFTER.match(after) is not None or _SENTENCED_BEFORE.search(before) is not None
    )


# "did not comply with orders to hand over the files by the deadline on Tuesday": the time
# a past act failed to meet has passed.
_FAILED_BEFORE = re.compile(
    r"\b(?:did\s+not|didn[’']t|failed\s+to|(?:was|were)\s+unable\s+to)\s+"
    # "did not expect the deal to close before June" looks ahead: a verb of thought or
    # speech says nothing of a deadline missed
    r"(?!(?:expect|anticipate|think|believe|know|say|see|foresee|predict|rule|want|plan|"
    r"intend|specify|indicate|explain|disclose|announce|confirm|deny|comment|elaborate)\b)"
    r"[a-z]+\b"
    r"(?P<rest>[^;:,]*)$",
    re.IGNORECASE,
)
_BY_A_DEADLINE = re.compile(
    r"\b(?:by|before)\s+(?:(?:the|a|its|their)\s+(?:\w+\s+)?(?:deadline|cut-?off)\s+"
    r"(?:on\s+|of\s+)?)?$",
    re.IGNORECASE,
)


_MODAL = re.compile(rf"\b(?:{MODAL_VERBS}|going\s+to)\b|[’']ll\b", re.IGNORECASE)


# "said if Dorn did not let aid in by 13 November, it would face ...": a condition warned of.
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|whether|when)\s+(?:[\w’'-]+\s+){0,4}$", re.I)


def _deadline_missed(before: str, phrase: str, after: str) -> bool:
    failed = _FAILED_BEFORE.search(before)
    if failed is None or _MODAL.search(failed.group("rest")):
        return False  # "did not comply, so must now hand them over by Tuesday"
    if _CONDITION_BEFORE.search(before, 0, failed.start()) or _MODAL.search(after):
        return False
    return (
        _BY_A_DEADLINE.search(before) is not None
        or re.match(r"(?:by|before)\b", phrase, re.IGNORECASE) is not None
    )


# "its mandate was extended indefinitely in October": the month the extension was made.
_PAST_EXTENSION_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?"
    rf"(?:extended|renewed|prolonged|{DELAY_VERBS})\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def _later_narrated(before: str, after: str, family: str, phrase: str) -> bool:
    """'Later in the year, he moved to Paris': a sentence opened by "later in the ..." that
    goes on in the past narrates ("Later in the week, talks are expected to resume" stays)."""
    return (
        family == "part_of_period"
        and phrase.lower().startswith("later")
        and not before.strip(" “\"")
        and PAST.search(after) is not None
        and STRONG_FUTURE.search(after) is None
    )


def misread(text: str, match: re.Match[str], family: str, surnames: frozenset[str]) -> bool:
    """True when the phrase, read with its neighbours, is no time ahead: a person named like
    a month, a prison term, a deadline a past act missed, or the month of a past extension."""
    before, after = text[: match.start()], text[match.end() :]
    if _month_is_a_person(text, match, family, surnames) or _later_narrated(
        before, after, family, match.group()
    ):
        return True
    if _a_prison_term(before, after, family):
        return True
    if family in {"weekday", "date", "month"} and _deadline_missed(before, match.group(), after):
        return True
    return (
        family == "month"
        and (match.group("prep") or "").lower() == "in"
        and _PAST_EXTENSION_BEFORE.search(before) is not None
    )
