"""Where the writer stands: phrases whose clause shows the time is already behind the
writer ("follows talks in Muscat this week", "holds the rotating presidency this month"), or
still ahead of them though the verb is past ("as the magazine went to press, she was due to
face her party on May 20th") or the day is only the possessor of an event ("her last
interview before Sunday's runoff", "before Friday's deadline"). Promises and remarks of a
time gone ("campaigned on", "once said") keep their times with them.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.analysis import timewords as tw
from bot.analysis.deadline_families import FAMILIES
from bot.analysis.event_nouns import HELD_EVENTS, POLLS, noun_next
from bot.analysis.future_words import (
    PAST_AUXILIARIES,
    PLAIN_FUTURE,
    PLAN_PARTICIPLES,
    POSSESSED_EVENT,
)

# "The summit follows talks in Muscat this week": the event this week came first ("will
# follow up on the talks this week", "will be followed by talks" look ahead).
_FOLLOWS_AN_EVENT = re.compile(
    r"(?<!will\s)(?<!to\s)(?<!would\s)(?<!could\s)(?<!should\s)(?<!might\s)(?<!may\s)"
    r"(?<!must\s)(?<!can\s)"  # a plain present or past, not "will follow"
    # "proposals following talks with the envoy in Damascus this week": the talks are held
    r"\b(?:follows?|followed(?!\s+by)|following|(?:comes|came)\s+(?:\w+\s+)?after|"
    r"on\s+the\s+heels\s+of)\s+(?!up\b|that\b)(?:[\w’'-]+\s+){1,10}$",
    re.IGNORECASE,
)
# "Malta, which holds the council's rotating presidency this month": an office held now,
# not a time set for anything.
_OFFICE_HELD = re.compile(
    r"\b(?:holds?|holding|chairs?|chairing|occupies)\s+(?:[\w’'-]+\s+){0,4}"
    r"(?:presidency|chairmanship|chair|helm)\s+$",
    re.IGNORECASE,
)


def points_back(family: str, match: re.Match[str], before: str) -> bool:
    """A bare 'this week' or 'this month' dating an event the news follows, or the term of an
    office held now."""
    if family != "later_this" or not match.group().lower().startswith("this"):
        return False
    follows = _FOLLOWS_AN_EVENT.search(before)
    # "met following the vote and it will meet again this week": a future of its own after
    # the event named, so the time is the new clause's
    if follows and not PLAIN_FUTURE.search(follows.group()):
        return True
    return bool(_OFFICE_HELD.search(before))


# The writer's own moment named in a past frame: what "was due to" happen then is still
# ahead of the reader's publication date. "as the magazine went to press" is also a frame
# with no clause of its own (`deadline_pages.phrase_clause`).
WENT_TO_PRESS = r"(?:[\w’'-]+\s+){1,3}went\s+to\s+press"
_PRESS_TIME = re.compile(
    rf"\b(?:(?:as|when)\s+{WENT_TO_PRESS}|"
    r"at\s+(?:the\s+)?time\s+of\s+(?:writing|publication|going\s+to\s+press)|"
    r"at\s+press\s+time|as\s+of\s+(?:this\s+)?writing)\b",
    re.IGNORECASE,
)
_AT_PRESS_TIME = r"(?!\s+of\s+(?:writing|publication|going\s+to\s+press))"  # for "at the time"
# A promise or remark of a time gone ("campaigned on", "had promised"): its times are then's.
PAST_PROMISE = re.compile(
    # "campaigned on", not "will campaign in September"
    r"\b(?:campaigned|during the campaign|campaign promises?|on the campaign trail|"
    r"had (?:promised|pledged|vowed)|"
    # "I pledged to create 700,000 jobs in seven years": a speaker's own promise recalled
    r"(?-i:\bI|\b[Ww]e)\s+(?:promised|pledged|vowed)|"
    # "once said he would like ... tomorrow" is a remark of long ago; "at the time of
    # writing" is the writer's now
    rf"originally|initially|at the time{_AT_PRESS_TIME}|back then|once said|years ago|"
    r"in his first term|"
    r"(?:plan|idea|goal|intention)\s+(?:was|had\s+been)\s+to|"  # "The plan was to file in May"
    # "a second missed paycheck" is an adjective, not a miss narrated
    r"in her first term|(?<!ll\shave\s)(?<!second\s)(?<!third\s)(?<!another\s)missed|"
    r"failed to|never|had (?:planned|hoped|expected|"
    r"intended|wanted|aimed|meant)|(?:was|were|had been) (?:told|promised|assured)(?!\s+to\b)|"
    # "who was meant to be inaugurated in August": a plan the story has since overtaken
    r"(?:was|were) (?:meant|supposed) to)\b",
    re.IGNORECASE,
)
# "Flake said McConnell had promised to bring a bill next month": a promise told in today's
# report, its "next month" still counted from now.
_REPORTED_PROMISE = re.compile(
    r"\b(?:said|says|told)\b(?:\s+[\w’'.-]+){1,6}?\s+had\s+(?:promised|pledged|vowed)\b"
)


def promised_then(family: str, left: str, right: str) -> bool:
    """A promise or remark of a time gone around the phrase, unless a report of today tells
    it with a next period counted from now."""
    if PAST_PROMISE.search(left) is None and PAST_PROMISE.search(right) is None:
        return False
    return not (family == "next_period" and _REPORTED_PROMISE.search(left))


_PLAN_THEN = re.compile(
    rf"\b(?:{PAST_AUXILIARIES})\s+(?:{PLAN_PARTICIPLES}|expected)\s+to\b", re.IGNORECASE
)
# "had adjourned voting until Thursday": put off to a time the phrase itself names.
_PUT_OFF_THEN = re.compile(
    r"\bhad\s+(?:been\s+)?(?:adjourned|postponed|suspended|put\s+off)\b", re.IGNORECASE
)


def ahead_at_press_time(
    text: str, match: re.Match[str], resolved: tw.Range, published: datetime
) -> bool:
    """'On May 20th, as the magazine went to press, she was due to face her party', 'At the
    time of publication the house had adjourned until Thursday': a plan of the writer's
    moment, for a time after publication."""
    return (
        resolved[1] > published
        and _PRESS_TIME.search(text) is not None
        and (
            _PLAN_THEN.search(text) is not None
            or (
                re.match(r"(?:until|till)\b", match.group(), re.IGNORECASE) is not None
                and _PUT_OFF_THEN.search(text, 0, match.start()) is not None
            )
        )
    )


# "her final interview before Sunday's runoff": the last of something before the day's
# event puts that event ahead of the act reported, however past its verb.
_LAST_OF = re.compile(r"\b(?:final|last)\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
_DEADLINE_OF_THE_DAY = re.compile(r"[’']s\s+(?:deadline|cut-?off)\b", re.IGNORECASE)
_DAYS_AHEAD_NOT_JUST_GONE = 4  # a day five or six days on is mostly the same name just gone


# The day's event as the subject of a future, reported or not: "Wednesday's talks would take
# place", "Friday's vote will be held" (not "would have gone"), for a day a few days on.
_SUBJECT_OF_REPORTED_FUTURE = re.compile(
    POSSESSED_EVENT
    + r"(?:(?:would|will)(?!\s+have\b)|(?:is|are|was|were)\s+(?:due|set|expected))\b"
)


def day_of_an_event_ahead(
    match: re.Match[str],
    before: str,
    tense: str | None,
    resolved: tw.Range,
    published: datetime,
) -> bool:
    """A weekday's event with 'before': 'to be considered before Friday's deadline' (not in
    a past clause), 'in her final interview before Sunday's runoff' (a day or two on)."""
    after = match.string[match.end() :]
    days_on = (resolved[1].date() - published.date()).days
    if _SUBJECT_OF_REPORTED_FUTURE.match(after) and 0 < days_on <= _DAYS_AHEAD_NOT_JUST_GONE:
        return True  # "said Wednesday's talks would take place in Lima", in Tuesday's copy
    if (match.group("prep") or "").lower() != "before":
        return False
    if _DEADLINE_OF_THE_DAY.match(after):
        return tense != "past"
    return _LAST_OF.search(before) is not None and 0 < days_on <= _DAYS_AHEAD_NOT_JUST_GONE


_NOT_BEFORE = re.compile(r"\bnot\s+$", re.IGNORECASE)
# "until 2029", "until at least 2029": the time named follows
_UNTIL = re.compile(r"(?:until|till)\s+(?:at\s+least\s+)?", re.IGNORECASE)
_AT_THE_EARLIEST = re.compile(r",?\s+at\s+the\s+(?:very\s+)?earliest\b", re.IGNORECASE)
_BEFORE = re.compile(r"before\s+", re.IGNORECASE)
_WAIT = re.compile(r"\bwait", re.IGNORECASE)
# "is not expected before", "are unlikely to resume before", "will not rule before": a
# negated clause, no comma between.
_NOT_EXPECTED_BEFORE = re.compile(
    r"(?:\b(?:not|unlikely|never|cannot)|n[’']t)\s+(?:[a-z]+\s+){0,3}$", re.IGNORECASE
)
# "cannot apply for the new grants until": "until" keeps a longer clause negated, but not
# one opened between ("did not say whether the talks would last until").
_NOT_BEFORE_UNTIL = re.compile(
    r"(?:\b(?:not|unlikely|never|cannot)|n[’']t)\s+"
    r"(?:(?!(?:whether|if|that|when|how|what|which|who|where|why)\s)[a-z]+\s+){0,9}$",
    re.IGNORECASE,
)


def not_until_range(
    text: str, match: re.Match[str], published: datetime
) -> tuple[int, tw.Range] | None:
    """'plans to scrap the exemption, but not until 2029': the act comes in the time named,
    not any time before it. The start of 'not' and the range of the time named, if so."""
    negation = _NOT_BEFORE.search(text, 0, match.start())
    lead = _UNTIL.match(match.group())
    begin = negation.start() if negation is not None else match.start()
    if lead is not None and (floor := _AT_THE_EARLIEST.match(text, match.end())) is not None:
        negation = floor  # "won't be put to bed until 2025 at the earliest": 2025 or later
    if lead is not None and negation is None:
        # "won't be settled until 2028": a verb negated just before makes the time a floor
        # ("aren't waiting until March to vote" votes now: no floor)
        negation = _NOT_BEFORE_UNTIL.search(text, 0, match.start())
        if negation is not None and _WAIT.search(negation.group()):
            negation = None
    if lead is None and (before := _BEFORE.match(match.group())) is not None:
        # "a decision is not expected before the autumn", "unlikely before June": the time
        # named or later, like "not until" (round 13)
        lead = before
        negation = negation or _NOT_EXPECTED_BEFORE.search(text, 0, match.start())
    if negation is None or lead is None:
        return None
    named = match.group()[lead.end() :]
    for candidate in (named, "in " + named):  # a bare year needs its preposition
        for family in FAMILIES:
            whole = family.pattern.fullmatch(candidate)
            resolved = family.resolve(whole, published) if whole else None
            if resolved is not None:
                return begin, resolved
    return None


def effective_from(
    match: re.Match[str], before: str, resolved: tw.Range, published: datetime
) -> bool:
    """A day a change takes effect from: 'effective Friday', 'effective this Friday', and a
    date not rolled to next year ('imposed a levy effective from April 9' reports a change
    still to come, whatever the tense of the imposing)."""
    effective = (match.groupdict().get("prep") or "").lower() == "effective" or re.search(
        r"\beffective\s+$", before, re.IGNORECASE
    )
    return bool(effective) and resolved[0] > published and not resolved[2]


# The day names when something was said, not when what was said will happen: "the office on
# Monday vowing ...", "in a statement from the ministry on Sunday".
_SPOKEN_THEN = re.compile(
    r"\s*,?\s*(?:vowing|saying|warning|pledging|promising|threatening|insisting|declaring|"
    r"announcing|urging|telling)\b",
    re.IGNORECASE,
)
_STATEMENT_BEFORE = re.compile(
    r"\b(?:statement|announcement|communiqu[eé]|briefing|press\s+conference|speech|remarks)"
    r"(?:\s+(?:from|by|of)\s+[^,;:.]{1,60}?)?\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def dates_a_remark(text: str, match: re.Match[str], left: str) -> bool:
    """A weekday just gone that dates a vow or a statement rather than what it promises."""
    if _SPOKEN_THEN.match(text, match.end()):
        return True
    return bool(_STATEMENT_BEFORE.search(text, 0, match.start())) and not PLAIN_FUTURE.search(left)


# "hours ahead of the original Thursday deadline", "the original deadline of March 3": a
# due time since put off, which the story names only to say it moved.
_ORIGINAL_BEFORE = re.compile(r"\boriginal\s+(?:[\w’'.-]+\s+){0,2}$", re.IGNORECASE)
_DEADLINE_AFTER = re.compile(r"\s*(?:deadline|due\s+date|target\s+date)\b", re.IGNORECASE)
_ORIGINAL_DEADLINE_OF = re.compile(
    r"\boriginal\s+(?:deadline|due\s+date|target\s+date)\s+(?:of|on|for)\s+$", re.IGNORECASE
)


def superseded(text: str, match: re.Match[str]) -> bool:
    """Whether the phrase dates a deadline the story calls the original one."""
    before, after = text[: match.start()], text[match.end() :]
    return bool(
        (_ORIGINAL_BEFORE.search(before) and _DEADLINE_AFTER.match(after))
        or _ORIGINAL_DEADLINE_OF.search(before)
    )


# "made the announcement ahead of the June 3 vote" in December copy: a vote or a gathering
# the story waits for, named by its date, is the nearer of the two it could be; the one
# gone would be told as months ago.
_AHEAD_OF_THE = re.compile(r"\b(?:ahead\s+of|before)\s+the\s+$", re.IGNORECASE)
_EVENT_NAMED = re.compile(noun_next(rf"{POLLS}|{HELD_EVENTS}"))
_HALF_A_YEAR = timedelta(days=183)


def nearer_event_ahead(before: str, after: str, resolved: tw.Range, published: datetime) -> bool:
    return (
        _AHEAD_OF_THE.search(before) is not None
        and _EVENT_NAMED.match(after) is not None
        and resolved[0] - published < _HALF_A_YEAR
    )
