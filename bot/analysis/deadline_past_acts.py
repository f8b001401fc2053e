"""Dates of acts already done that resolve to a time ahead, a rate read as a span, and a
speaker's "tonight" quoted after the night.

Found on fresh news pages: "is accused of stabbing four students on November 13" in April
copy (the crime is last year's, not a November still to come), "Asked to comment on the
findings in December, the army said ..." in March copy (the participle takes its main
clause's past), "Executives are already in five days a week" (a rate, not "in five days"),
and a candidate's "it's clear to me tonight ..." quoted the morning after, in the second
sentence of the quotation.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.analysis import timewords as tw
from bot.analysis.deadline_clause import inside_quotation
from bot.analysis.event_nouns import DEEDS
from bot.analysis.future_words import STRONG_FUTURE
from bot.analysis.tense import tense_markers

# "in five days a week", "in two shifts per day": how often, not when.
_RATE = re.compile(r"\s+(?:a|per|each|every)\s+(?:day|week|month|year|fortnight)\b", re.I)

# An accusation, a charge or a verdict concerns an act already done: "accused of stabbing
# ... on November 13" is last November's, whatever the month's distance.
_CHARGED_WITH_ACT = re.compile(
    r"\b(?:accused|charged|convicted|suspected|indicted|acquitted|arrested|sentenced|"
    r"jailed|guilty)\s+(?:of|with|for)\s+(?:\w+ly\s+)?\w+ing\b",
    re.IGNORECASE,
)
# A sentence that opens on a past participle ("Asked to comment on ..., the army said")
# takes the tense of its main clause after the comma.
_OPENING_PARTICIPLE = re.compile(r"^\s*(?:When\s+)?[A-Z][a-z]+ed\b[^,;:]*$")
# Months ahead are a past month said with a past act only when they are far enough ahead
# that the same month just gone is the nearer reading.
_FAR_AHEAD = timedelta(days=60)
_CALENDAR = frozenset({"date", "month"})


_DAY = tw.WEEKDAY_NAME
# "book on a Tuesday, Wednesday or Sunday": the article of the list's first day makes every
# day in it any such day.
_ANY_DAY_LISTED = re.compile(
    rf"\b(?:a|any|every|each)\s+{_DAY}(?:\s*,\s*{_DAY})*\s*(?:,|or|and)\s*$", re.IGNORECASE
)
# "the hope that they might win in 2024 has been extinguished": a hope, plan or chance the
# sentence ends says nothing of a time ahead.
_HOPED = re.compile(r"\b(?:hopes?|chances?|prospects?|dreams?|plans?)\s+(?:that|of|for)\b", re.I)
_ENDED = re.compile(
    r"^[^.;:!?]*?\b(?:(?:has|have|had|was|were)\s+(?:been\s+)?(?:extinguished|dashed|crushed|"
    r"ended|shattered|abandoned|scrapped|shelved|killed)|faded|vanished|evaporated|collapsed)\b",
    re.IGNORECASE,
)


# "the planned attack", "another attack": a deed still to come, whose date is ahead.
_NOT_A_DEED_AHEAD = (
    r"(?<!planned\s)(?<!threatened\s)(?<!feared\s)(?<!expected\s)(?<!possible\s)"
    r"(?<!next\s)(?<!new\s)(?<!fresh\s)(?<!another\s)(?<!further\s)"
)
# "those responsible for May 3": the date names a deed done already (the deed named after
# the date is `deadline_context.names_no_time_ahead`'s).
_RESPONSIBLE_FOR = re.compile(r"\bresponsible\s+for\s+$", re.IGNORECASE)
# "a prize for the attack on the city on October 7": the date of a deed told by its noun,
# the target named between ("the planned attack on May 1" is still to come).
_DEED_BEFORE = re.compile(
    _NOT_A_DEED_AHEAD +
    rf"\b{DEEDS}(?:\s+(?:on|in|of|against|at)\s+(?:the\s+)?\w[\w’'.-]*"
    r"(?:\s+\w[\w’'.-]*){0,2})?\s+$",
    re.IGNORECASE,
)


def reads_as_no_time(text: str, match: re.Match[str], family: str) -> bool:
    """A rate ("in five days a week"), any day of a kind, a deed already done ("responsible
    for May 3"), or the time of a hope now gone."""
    before, after = text[: match.start()], text[match.end() :]
    if bracketed_date_gone(text, match, family):
        return True
    if family == "date" and (
        _RESPONSIBLE_FOR.search(before)
        or (
            _DEED_BEFORE.search(before)
            and re.match(r"(?:on\s+)?[A-Z0-9]", match.group())
            and not STRONG_FUTURE.search(before)  # "will launch the invasion on May 1"
        )
    ):
        return True
    if family == "in_duration" and _RATE.match(after):
        return True
    if family == "weekday" and _ANY_DAY_LISTED.search(before):
        return True
    if _DROPPED_PLAN.search(before) or _REFUSED_BID.search(before):
        return True  # "to drop plans for a bond issue in June", "denied his bid to delay …"
    return _HOPED.search(before) is not None and _ENDED.match(after) is not None


# A plan given up: its time is nobody's deadline.
_DROPPED_PLAN = re.compile(
    r"\b(?:drop(?:ped|s)?|scrap(?:ped|s)?|abandon(?:ed|s)?|shelve[ds]?|ditch(?:ed|es)?|"
    r"cancell?(?:ed|s)?|withdr[ae]w|withdrawn)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:[a-z]+\s+)?plans?\s+(?:to|for)\b[^.;:!?]*$",
    re.IGNORECASE,
)

# "denied his bid to delay the trial by two months": a plan refused sets no time either.
_REFUSED_BID = re.compile(
    r"\b(?:denied|rejected|refused|dismissed|turned\s+down|threw\s+out)\s+[^.;:!?,]{0,60}?"
    r"\b(?:bid|request|motion|application|attempt|plea)s?\s+to\b[^.;:!?,]*$",
    re.IGNORECASE,
)


# "by skipping the scheduled review in April": a time let pass, this year's month gone.
_SKIPPED = re.compile(
    r"\b(?:by|after|from|for|of|over|despite)\s+(?:for[e]?going|skipping|scrapping|cancell?ing|postponing|delaying|shelving|"
    r"abandoning|missing)\b[^,;:]*$",
    re.IGNORECASE,
)
_WILL = re.compile(r"\b(?:will|would|shall|going\s+to)\b|['’]ll\b", re.IGNORECASE)
_WEEKEND_DEED = re.compile(rf"(?<=weekend)[’']s\s+{DEEDS}\b", re.IGNORECASE)
# The victim or place between a deed and its month: names and a few words of rank, never
# a verb ("the trial over the killing of Ada Varga opens in July" is still to come).
_VICTIM_WORD = (
    r"(?:(?-i:[A-Z][\w’'.-]*)|the|a|an|his|her|their|its|of|in|at|and|former|late|top|"
    r"senior|leader|chief|commander|president|minister|general|city|town|port|village|capital)"
)
# A deed's noun with its victim or place, then the month: the month of this year gone
# dates the deed (not "the planned attack on the port in July").
_DEED_OF_SOMEONE = re.compile(
    _NOT_A_DEED_AHEAD +
    rf"\b(?:{DEEDS}|assassinations?|murders?|death|kidnapping|abduction)"
    rf"(?:\s+(?:on|in|of|against|at)(?:\s+{_VICTIM_WORD}){{1,6}}?)?\s+$",
    re.IGNORECASE,
)


def dated_act_gone(
    text: str, match: re.Match[str], family: str, resolved: tw.Range, published: datetime
) -> bool:
    """A month or date well ahead that dates an act charged or narrated in the past, or a
    deed of a weekend just gone."""
    early_in_week = published.weekday() < 3  # Monday to Wednesday
    if family == "later_this" and early_in_week and _WEEKEND_DEED.match(text, match.end()):
        return True  # "this weekend's attack" said on a Wednesday: the weekend just gone
    if family not in _CALENDAR or resolved[0] - published < _FAR_AHEAD:
        return False
    before, after = text[: match.start()], text[match.end() :]
    own = re.split(r"[,;:]", before)[-1]  # "would be an option, although the killing ..."
    if resolved[2] and _DEED_OF_SOMEONE.search(own) and not STRONG_FUTURE.search(own):
        return True  # "the killing of the former leader in Tarsk in July" in November copy
    if resolved[2] and _SKIPPED.search(before) and not _WILL.search(before + " " + after):
        return True  # "made worse by skipping the scheduled price review in April" in July
    charged = _CHARGED_WITH_ACT.search(before)
    if charged is not None and not STRONG_FUTURE.search(before[charged.end() :] + after):
        return True
    if _OPENING_PARTICIPLE.match(before) is None:
        return False
    main = after.split(",", 1)
    if len(main) < 2:
        return False
    own = re.split(r"[:;“\"]", main[1], maxsplit=1)[0]  # not the words it reports
    tenses = [tense for _, tense in tense_markers(own, from_right=False)]
    return bool(tenses) and tenses[0] == "past" and "future" not in tenses


def quoted_then(text: str, match: re.Match[str]) -> bool:
    """Inside a quotation, also one opened in an earlier sentence: the sentence closes a
    quotation mark it never opened, after the phrase."""
    before, after = text[: match.start()], text[match.end() :]
    if inside_quotation(before):
        return True
    return "“" not in before and after.count("”") > after.count("“")


# "After the tenth package of sanctions (June 23), we stopped …": a bare date set in
# brackets after a noun dates that noun; its clause's verbs say whether it is gone.
_BRACKETED = re.compile(r"\(\s*$")
_CLAUSE_END = re.compile(r"[;:“”\"]|,\s+(?:he|she|they|it|the\s+\w+)\s+(?:said|says|told)\b")


def bracketed_date_gone(text: str, match: re.Match[str], family: str) -> bool:
    """A date in brackets in a clause told in the past, with no future verb: the date of an
    act done ('After the new tariffs (April 12), we halted all orders'), not one ahead."""
    if family != "date" or not _BRACKETED.search(text, 0, match.start()):
        return False
    if not re.match(r"\s*\)", text[match.end() :]) or not re.match(r"[A-Z0-9]", match.group()):
        return False  # only a bare date: "(by June 23)" is a deadline of its own
    before = re.split(r"[;:“\"]", text[: match.start()].rstrip()[:-1])[-1]
    after = _CLAUSE_END.split(text[match.end() :].lstrip()[1:], maxsplit=1)[0]
    tenses = {tense for _, tense in tense_markers(before + " " + after, from_right=False,
                                                  skip_reporting=True)}
    return "past" in tenses and not tenses & {"future", "weak"}


# "Boeing will present its offer August 27" in copy of August 30: written before the day
# and printed after it. A date this close behind publication is that day gone, not next
# year's: the event has happened (or not) by the time the reader sees it.
_JUST_BEHIND = timedelta(days=14)


def date_just_behind(family: str, resolved: tw.Range, published: datetime, after: str) -> bool:
    """A day-month date rolled a year forward whose own day is only days before publication
    ('by August 27' too); 'on August 27 next year' says which year."""
    if family != "date" or not resolved[2] or re.match(r",?\s+next\s+year\b", after, re.I):
        return False
    end = resolved[1]
    told = tw.in_year(end, end.year - 1)
    return timedelta(0) < published - told <= _JUST_BEHIND


_VERB_AFTER_REACH = 200


def told_by_the_verb_after(right: str) -> bool:
    """'Talks set for Monday ended without a deal': the time sits in the subject of a past
    verb that follows it at once, so the event it dates is over."""
    # only a verb at once after the phrase counts, so only the words just after it are read:
    # reading the whole clause after every weekday made a long run of them quadratic
    markers = tense_markers(right[:_VERB_AFTER_REACH], from_right=False)
    if not markers:
        return False
    distance, tense = min(markers)
    return distance <= 1 and tense == "past"


# "Violence is growing after the fall of the regime in December", said in March: a month
# dating the event after which things stand now is the one gone; not "will meet after the
# vote in December", nor "after Lenz steps down in December" (no noun phrase).
_AFTER_AN_EVENT = re.compile(
    r"\b(?:after|following|since)\s+(?:the|a|an|his|her|its|their|(?:the\s+)?[A-Za-z][\w.-]*[’']s)\s+"
    r"(?:[a-z-]+\s+){0,2}[a-z-]+(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,3})?\s*$"
)


def dates_an_event_behind(before: str, tense: str | None, start: datetime, now: datetime) -> bool:
    """Whether a month more than half a year ahead (so last gone less than half a year ago)
    dates the event a present or past clause comes after."""
    return (
        tense != "future"
        and start - now > timedelta(days=183)
        and _AFTER_AN_EVENT.search(before) is not None
    )
