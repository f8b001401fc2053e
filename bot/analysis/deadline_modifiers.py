"""A time's role in its sentence: no deadline in a hypothetical ("If he were to say
tomorrow ..."), on the day of a calling-off, for the current year of a state already
reached, for a day range begun before publication ("attacks over 8 and 9 July") or for an
event known by its month ("like the June war"); a span ahead for a present of duration
("runs through Sunday"), a term's end ("until the end of his term in January") and
"between now and June"; and the verb a verbless list step borrows. An opening "ahead of
<date> <event>," before a past act only dates that act."""

from __future__ import annotations

import re
from datetime import datetime

from bot.analysis import timewords as tw
from bot.analysis.future_words import PAST_AUXILIARIES, STRONG_FUTURE
from bot.analysis.tense import nearest_tense, tense_markers

_HYPOTHETICAL = re.compile(
    r"\bif\b[^,;]*\bwere\s+to\b|^\s*(?-i:Were)\s+[\w ]{1,40}?\s+to\b", re.I
)
_ALREADY = re.compile(r"\balready\b", re.I)
_RUNS_TO = re.compile(r"(?:through|until|till)\b", re.I)
_WILL = re.compile(r"\b(?:will|going to)\b|[’']ll\b", re.I)
_RANGE_BEGUN = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*$", re.I)


def hypothetical(left: str) -> bool:
    """'If the president were to come out tomorrow and say ...': nothing is due."""
    return _HYPOTHETICAL.search(left) is not None


# "Despite the country banning phones in December, many still ...": a concession states a
# fact, so its month is one gone by (unless the fact is a plan: "despite plans to ...").
_CONCESSION = re.compile(r"\s*(?:despite|in\s+spite\s+of|notwithstanding)\b", re.IGNORECASE)


def conceded_fact(family: str, left: str) -> bool:
    return (
        family in {"month", "date", "weekday"}
        and _CONCESSION.match(left) is not None
        and STRONG_FUTURE.search(left) is None
    )


def year_so_far(phrase: str, left: str, right: str) -> bool:
    """'is already shaping up to be the key message this year', 'payments this year are
    already set to exceed': the current year as a state reached, not a time still due."""
    clause = left + " " + right
    return (
        phrase.lower().endswith("this year")
        and _ALREADY.search(clause) is not None
        and _WILL.search(clause) is None
    )


def range_begun(before: str, family: str, resolved: tw.Range, published: datetime) -> bool:
    """'attacks over 8 and 9 July' in copy of 9 July: a span begun before publication
    that ends on its day is news of now."""
    return (
        family == "date"
        and resolved[1] <= tw.day_end(published)
        and _RANGE_BEGUN.search(before) is not None
    )


def names_no_deadline_by_role(
    text: str,
    match: re.Match[str],
    family: str,
    resolved: tw.Range,
    published: datetime,
    clause: tuple[str, str],
) -> bool:
    left, right = clause
    return (
        hypothetical(left)
        or conceded_fact(family, left)
        or day_of_calling_off(family, left, right)
        or month_of_a_known_event(text, match, family)
        or frames_a_past_act(text, match, family)
        or year_so_far(match.group(), left, right)
        or range_begun(text[: match.start()], family, resolved, published)
    )


# "appoint a replacement until the end of his current term in January": a month rolled to
# next year that closes the span a present power or plan runs for.
_UNTIL_THE_END_OF = re.compile(
    r"\b(?:until|till|through)\s+the\s+(?:end|expiry|close)\s+of\s+(?:the|his|her|their|its)\s+"
    r"(?:current\s+|present\s+|\w+-year\s+)?(?:term|mandate|tenure|contract|lease|presidency)\s+$",
    re.IGNORECASE,
)


def ends_a_span_ahead(before: str, tense: str | None, match: re.Match[str]) -> bool:
    """A rolled month that closes a term still running, or money or a measure kept going."""
    if tense != "past" and _UNTIL_THE_END_OF.search(before[-80:]) is not None:
        return True
    return funded_through(before, match.group(), tense)


# "agrees to fund the government through January 30", "a stopgap to extend spending levels
# through Jan. 30": money or a measure kept going up to a month rolled to next year, unless
# a past act of the clause did it ("the bill that funded it through January").
_FUNDED_THROUGH = re.compile(
    r"\b(?:fund|funds|funding|finance|finances|financing|extend|extends|extending)\b"
    r"(?:\s+[\w’'.-]+){0,5}?\s+$",
    re.IGNORECASE,
)


def funded_through(before: str, phrase: str, tense: str | None) -> bool:
    own = re.split(r"[;:]", before)[-1][-120:]
    if not _RUNS_TO.match(phrase):
        return False
    if tense == "past" or _FUNDED_THROUGH.search(own) is None:
        return False
    return "past" not in {reading for _, reading in tense_markers(own, True, skip_reporting=True)}


_FROM_NOW = re.compile(r"\bbetween\s+now\s+and\s+(?:the\s+end\s+of\s+)?$", re.I)


def runs_from_now(before: str) -> bool:
    """'sometime between now and June' runs from publication to the end of June, and so
    does 'until the end of his term in January'."""
    return _FROM_NOW.search(before) is not None or _UNTIL_THE_END_OF.search(before) is not None


# Verbs that call off or put back what was due (also deadlines' own list).
CALLED_OFF_VERBS = r"postponed|delayed|put off|called off|cancell?ed|scrapped|adjourned"
# Verbs that put back what was due, in the words of a sitting moved ("has been postponed to
# Friday") and of an extension made ("was put off in October").
DELAY_VERBS = r"postponed|delayed|put\s+off|pushed\s+back"
# A time moved either way: "moved to Friday", "brought forward", "from Tuesday to Thursday".
MOVED_VERBS = rf"{DELAY_VERBS}|moved|put\s+back|brought\s+forward|deferred|rescheduled|shifted"
# "support for delaying the requirement until Jan. 1": a delay still asked for, whose time
# runs ahead whatever the clause's own verb.
DELAYING = re.compile(
    r"\b(?:postponing|delaying|putting\s+off|pushing\s+back|deferring)\b[^,;]*$", re.IGNORECASE
)
# "On Monday, the parliament postponed a vote ...", "The board on Friday delayed its
# decision": the day of the calling-off, whatever the relative clause after it says; but
# "postponed until Monday" and "delayed to next week" set a new time.
_CALLED_OFF_AFTER = re.compile(
    r"\s*(?:(?:the|a|an|its|their)\s+)?(?:[\w.’'-]+\s+){0,4}?"
    rf"(?:{CALLED_OFF_VERBS})\b"
    r"(?!\s+(?:for\b|(?:[\w-]+\s+){0,4}?(?:until|till|to|by)\b))",
    re.IGNORECASE,
)


def day_of_calling_off(family: str, left: str, right: str) -> bool:
    """A weekday or date whose clause's verb, right after it, calls something off."""
    return (
        family in {"weekday", "date"}
        and len(left.split()) <= 4
        and _CALLED_OFF_AFTER.match(right) is not None
    )


# "would play out much like the June war", "worse than the March attack": an event the
# reader knows already, named by its month.
_KNOWN_EVENT_BEFORE = re.compile(r"\b(?:like|unlike|than|since)\s+the\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b")


def month_of_a_known_event(text: str, match: re.Match[str], family: str) -> bool:
    return (
        family in {"month", "date"}
        and _KNOWN_EVENT_BEFORE.search(text, 0, match.start()) is not None
        and _NOUN_AFTER.match(text, match.end()) is not None
    )


# "The event runs through Sunday": a present of duration up to a time still ahead.
_RUNS_UP_TO = re.compile(
    r"\b(?:runs|run|lasts|last|continues|continue|remains?\s+open|stays?\s+open|is\s+open|"
    r"are\s+open)\s+$",
    re.IGNORECASE,
)


def runs_up_to(match: re.Match[str], before: str) -> bool:
    return _RUNS_TO.match(match.group()) is not None and (
        _RUNS_UP_TO.search(before) is not None
    )


# "at the latest by mid-January", "by June at the latest": a limit set, whatever verb reports it.
_AT_THE_LATEST_BEFORE = re.compile(r"\bat\s+the\s+(?:very\s+)?latest,?\s+$", re.IGNORECASE)
_AT_THE_LATEST_AFTER = re.compile(r",?\s+at\s+the\s+(?:very\s+)?latest\b", re.IGNORECASE)


_PAST_AUXILIARY = re.compile(rf"\b(?:{PAST_AUXILIARIES})\b", re.IGNORECASE)


def at_the_latest(match: re.Match[str], text: str, left: str) -> bool:
    """Whether the time is given as a limit "at the latest", before it or after it, in a
    clause not told in the past ("were due by mid-November at the latest")."""
    return _PAST_AUXILIARY.search(left) is None and (
        _AT_THE_LATEST_BEFORE.search(text, 0, match.start()) is not None
        or _AT_THE_LATEST_AFTER.match(text, match.end()) is not None
    )


# "will be moved to Qom on Tuesday, then a shrine in Iraq on Wednesday": a verbless step
# of a list takes the verb of the clause it continues.
_NEXT_STEP = re.compile(r"\s*(?:and\s+)?(?:then|after\s+that|followed\s+by)\b", re.IGNORECASE)


# "is scheduled to meet several politicians, including those from the north, on Saturday":
# the day closes the clause an inserted list interrupts.
_LIST_ASIDE = re.compile(
    r",\s*(?:including|such\s+as|among\s+them|notably)\b[^,;:]*,\s*$", re.IGNORECASE
)


def clause_continued(before: str, left: str) -> str:
    """The clause a verbless list step continues, or the one an inserted list interrupts
    ('' when `left` is neither)."""
    aside = _LIST_ASIDE.search(before) if not left.strip() else None
    if aside is not None:
        return re.split(r"[;:]", before[: aside.start()])[-1]
    if not _NEXT_STEP.match(left) or not before.endswith(left):
        return ""
    return re.split(r"[;:]", before[: len(before) - len(left)])[-1]


# "Ahead of Tuesday's negotiations, the minister met the envoy on Monday": an opening frame
# that names the event only to date a past act; the act, not the event, is the news.
_OPENING_FRAME = re.compile(
    r"^\s*(?:ahead of|before|in the run-up to|in anticipation of)\s+(?:the\s+)?$", re.IGNORECASE
)


def frames_a_past_act(text: str, match: re.Match[str], family: str) -> bool:
    if family not in {"weekday", "date", "month"}:
        return False
    if not _OPENING_FRAME.match(text[: match.start()]):
        return False
    after = text[match.end() :]
    if not re.match(r"[’']s\s+[a-z]|\s+[a-z]", after):
        return False  # the day must modify an event noun: "Tuesday's talks", "the May 1 vote"
    main = after.split(",", 1)[1] if "," in after else ""
    return nearest_tense("", main) == "past" and STRONG_FUTURE.search(main) is None
