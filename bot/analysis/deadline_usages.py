"""Uses of a time phrase that name no time ahead, found in a second audit on news pages of
public fixture collections (issue 10): a surname ("Abbi Easter"), a rate ("calories in a
day"), a season as a habit ("can vary near the poles during the winter"), a generic
"tomorrow's leaders", a "year-end" modifier, a page citation ("Page B1, Jan. 15"), the
day a norm is taken ("the April 1 average"), a day just gone read as next year's, "later
in the day" in a past narration, a date stamp glued to a headline, "this year" in a
present clause, and a bare "soon" with no future of its own.

`deadline_by_tense.ahead_by_tense` asks `no_time_ahead_in_use` once it knows the clause's tense.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.analysis import timewords as tw
from bot.analysis.deadline_clause import TIMETABLE
from bot.analysis.future_words import PLAIN_FUTURE, SCHEDULED, STRONG_FUTURE

# "in a day", "in one week": a rate or a length unless more is said ("in a day or two").
_ONE = re.compile(r"(?:a|an|one)$", re.IGNORECASE)
_OR_MORE = re.compile(r"\s+or\s+(?:two|so|less|more|two\s+\w+)\b", re.IGNORECASE)
# A season ahead needs a plan or a future; a modal ("can vary during the winter") or a
# present ("closes in the winter") tells what usually happens.
_SEASON_PLAN = re.compile(
    r"\b(?:would|could|might|should|must|(?-i:may)|if|unless|expected|expects?|scheduled|"
    r"slated|set\s+to|due|plans?|planned|planning|aims?|hopes?|hoping|likely|intends?|"
    r"promised|pledged|vowed|tr(?:y|ies|ying)\s+to|prepar(?:e|es|ing)\s+(?:to|for))\b",
    re.IGNORECASE,
)
_NO_TOMORROW = re.compile(r"\b(?:is|was|were|there[’']s)\s+no\s+$", re.IGNORECASE)
_GENERIC_AFTER_TOMORROW = re.compile(
    r"[’']s\s+(?:leaders|world|generations?|workforce|workers|children|kids|jobs|economy|"
    r"technolog(?:y|ies)|innovators|cities|city|problems|challenges|stars|consumers|customers|"
    r"engineers|scientists|classrooms?|schools?|news(?:papers?)?|headlines)\b",
    re.IGNORECASE,
)
# "by year-end", "at the year-end", but "a year-end bonus", "Your Year-End Checklist".
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:by|at|before|until|till|toward|towards|around|for|after|near|ahead\s+of|since)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "the April 1 average": a date naming the day a norm or baseline is measured on.
_REFERENCE_DAY_OF = re.compile(r"\s+(?:average|norm|median|baseline)s?\b", re.IGNORECASE)
_PAGE_CITATION = re.compile(r"\b(?:page|pages|p\.|pp\.|pg\.)\s*[A-Z]?\d+[A-Z]?,?\s*$", re.I)
_JUST_GONE_DATE = timedelta(days=14)
_LAST_MONTH = timedelta(days=31)
_COUNT_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|a dozen)\s+"
    r"(?:[a-z]+\s+)?[a-z]+s\s+$",
    re.IGNORECASE,
)
_WAS_TO = re.compile(r"\b(?:was|were)\s+to\s+be\b", re.IGNORECASE)
_NEXT_BEFORE = re.compile(r"\b(?:next|coming)\s+$", re.IGNORECASE)
# "…its recovery?Monday, 6 January 2020": a page's date stamp run into the headline.
_GLUED_STAMP = re.compile(rf"(?:^|[.?!”\"’])\s*{tw.WEEKDAY_NAME},?\s*$", re.IGNORECASE)


def no_time_ahead_in_use(
    text: str,
    match: re.Match[str],
    family: str,
    resolved: tw.Range,
    published: datetime,
    tense: str | None,
    clause: tuple[str, str],
) -> bool:
    """True when the phrase, read in its clause, is a rate, a habit, a modifier, a citation,
    a stamp, a day just gone or a narrated "later in the day"."""
    left, right = clause
    before, after = text[: match.start()], text[match.end() :]
    own = left + " " + right
    phrase = match.group().lower()
    if family == "in_duration":
        return _is_a_rate(match, before, after, own) or (
            _COUNT_BEFORE.search(before) is not None and STRONG_FUTURE.search(own) is None
        )  # "had been to seven weddings in two years": a tally over a span gone
    if family == "coming" and "following" in phrase and tense != "future":
        return STRONG_FUTURE.search(text) is None  # "ran the studio over the following decade"
    if family == "season":
        return _season_as_habit(match, text, before)
    if family == "tomorrow":
        return phrase == "tomorrow" and (
            _GENERIC_AFTER_TOMORROW.match(after) is not None
            or _NO_TOMORROW.search(before) is not None  # "like there's no tomorrow"
        )
    if family == "end_of_period":
        return (
            "-" in phrase
            and not match.group("prep2")
            and re.match(r"\s+[A-Za-z]", after) is not None
            and _TIME_PREPOSITION_BEFORE.search(before) is None
        )
    if family == "later_this" and phrase == "this year" and _WAS_TO.search(own):
        return PLAIN_FUTURE.search(own) is None  # "this year there were to be 7 billion"
    if family == "later_this":
        return (
            phrase == "later in the day"
            and tense == "past"
            and STRONG_FUTURE.search(own) is None
        )
    if family == "date":
        return _citation_stamp_or_just_gone(match, before, after, resolved, published, left)
    if family == "holiday":
        return not match.group("prep") and _given_name_before(before)
    return False


# Capitalised words that can stand before a holiday without making it a surname.
_HOLIDAY_QUALIFIERS = frozenset(
    "good orthodox western eastern catholic christian jewish holy merry happy next last this "
    "white black green before by until till at on since after over during around for".split()
)


def _given_name_before(before: str) -> bool:
    """'Abbi Easter', 'Jim Christmas': a capitalised word inside the sentence, not a
    qualifier of the holiday, makes the holiday a surname."""
    word = re.search(r"(?<=[a-z,;:]\s)([A-Z][a-z]+)\s+$", before)
    return word is not None and word.group(1).lower() not in _HOLIDAY_QUALIFIERS


# "said the levies would come in a month": a single arrival, reported, is no rate ("the
# rain would come in a day, she remembered" is a habit of the past).
_ARRIVAL_REPORTED = re.compile(
    r"\b(?:said|says|saying|noted|noting|warned|warning|told|added|announced|threatened|"
    r"insisted)\b.*\bwould\s+(?:only\s+|then\s+)?(?:come|arrive|start|begin|follow|take\s+effect|kick\s+in|"
    r"expire|end|resume|return)\s+$",
    re.IGNORECASE,
)


def _is_a_rate(match: re.Match[str], before: str, after: str, own: str) -> bool:
    """'how many calories to eat in a day', 'deals are made in a day'."""
    number = match.group("n")
    return (
        number is not None
        and _ARRIVAL_REPORTED.search(before) is None
        and _ONE.match(number.strip()) is not None
        and not match.group("unit").lower().endswith("s")
        and _OR_MORE.match(after) is None
        and PLAIN_FUTURE.search(own) is None
    )


def _season_as_habit(match: re.Match[str], sentence: str, before: str) -> bool:
    """'temperatures can vary near the poles during the winter': a season with no year and
    no 'this', 'next' or 'later', in a sentence with no future, plan or timetable verb."""
    prep = (match.group("prep") or "").lower()
    return (
        prep in {"in", "during", "over", "by", "through"}
        and not match.group("year")
        and re.search(r"\b(?:later|early|late|mid)\s+$", before, re.IGNORECASE) is None
        and PLAIN_FUTURE.search(sentence) is None
        and _SEASON_PLAN.search(sentence) is None
        and TIMETABLE.search(sentence) is None
    )


def _citation_stamp_or_just_gone(
    match: re.Match[str],
    before: str,
    after: str,
    resolved: tw.Range,
    published: datetime,
    left: str,
) -> bool:
    if _PAGE_CITATION.search(before):
        return True  # "(Page B1, Jan. 15)"
    if _REFERENCE_DAY_OF.match(after) and re.search(r"\bthe\s+$", before, re.IGNORECASE):
        return True  # "223% above the April 1 average": the day a yearly norm is taken
    if match.group("year") and not after.strip() and _GLUED_STAMP.search(before):
        return True
    # rolled from the last two weeks, or late in this year said in its first month
    gone_for = _JUST_GONE_DATE if resolved[2] else _LAST_MONTH
    return not match.group("year") and gone_a_year_back(before, left, resolved[0], published,
                                                        gone_for)


def gone_a_year_back(
    before: str, scope: str, start: datetime, published: datetime, window: timedelta
) -> bool:
    """The same day a year earlier fell within `window` before publication: the one just
    gone, read a year ahead, unless "next" or a plain future in `scope` puts it there."""
    a_year_before = start - timedelta(days=365)
    return (
        published - window <= a_year_before <= published
        and _NEXT_BEFORE.search(before) is None
        and PLAIN_FUTURE.search(scope) is None
    )


def soon_without_future(match: re.Match[str], family: str, left: str) -> bool:
    """A bare 'soon' needs a future before it in its own clause: 'will soon offer', 'hopes
    to identify him soon'; 'he soon disagreed' and 'Soon Google had ...' narrate."""
    if family != "near_future" or match.group().lower() != "soon":
        return False
    if re.search(
        r"\b(?:would|could|might)\s+[“\"]?$|(?:\b(?:not|never)|n[’']t)(?:\s+[\w’'-]+){0,2}\s*$",
        left,
        re.I,
    ):
        return True  # "as we would soon learn" narrates, "could soon reach" is a capability;
        # "won't come soon" is no time
    return STRONG_FUTURE.search(left) is None and _READY_TO.search(left) is None


# "apps for other phones are coming soon": a present progressive of arrival looks ahead
_READY_TO = re.compile(
    r"\b(?:certain|poised|about|ready|bound|sure)\s+to\b|\b(?:is|are)\s+coming\s+$", re.I
)


def this_year_in_present(match: re.Match[str], left: str, right: str) -> bool:
    """'a number of studies this year show the sheets melting': a clause of its own with a
    verb that is neither past nor future describes the year so far; a modal in another
    clause of the sentence does not make it one ahead."""
    return (
        match.group().lower() == "this year"
        and bool(left.strip())  # "This year more than ever, they're hopeful" opens a frame
        and len(right.split()) >= 2
        and STRONG_FUTURE.search(left + " " + right) is None
        and TIMETABLE.search(left + " " + right) is None
    )


_RUNS_TO = re.compile(r"(?:until|till|through)\b", re.IGNORECASE)


def runs_to_a_time_ahead(
    match: re.Match[str], before: str, family: str, resolved: tw.Range, published: datetime
) -> bool:
    """After a verb that calls something off, 'until tomorrow' or 'through 5 August' is the
    time it runs to, ahead even when the verb is past. A weekday is left out: 'postponed
    until Monday' in a Wednesday story is mostly the Monday gone."""
    return (
        family != "weekday"
        and resolved[1] > published
        and bool(_RUNS_TO.match(match.group()) or re.search(r"\b(?:until|till|through)\s+$",
                                                             before, re.IGNORECASE))
    )


# "were expected to be moved over the weekend", said on a Friday or in the weekend itself:
# the expectation still runs; told on a Monday it was last weekend's.
_EXPECTED_TO = re.compile(
    rf"\b(?:{SCHEDULED})\s+to\s+(?:be\s+)?[a-z]+\b[^,;]*$", re.I
)
_WEEKEND_UNDER_WAY = timedelta(days=2)


def weekend_ahead(tense: str | None, left: str, resolved: tw.Range, published: datetime) -> bool:
    """'over the weekend' is mostly past ('stolen over the weekend'): ahead with a plain future,
    or an expectation told while the weekend is still to come or under way."""
    return tense == "future" or (
        _EXPECTED_TO.search(left) is not None
        and resolved[0] - published <= _WEEKEND_UNDER_WAY
    )


# "The minister is travelling to Brussels this week", "Talks are continuing this weekend":
# a present progressive of a planned or running event puts it in the week still to come or
# under way. Only verbs of such events: "Prices are rising this week" reports a trend.
# The progressive of such an event, after its auxiliary ("are still meeting"); shared with
# Sunday's "this week" (deadline_week_ahead), told now or reported ("were facing").
EVENT_UNDER_WAY = (
    r"(?:(?:still|now|also|again)\s+)?"
    r"(?:travell?ing|flying|heading|coming|arriving|gathering|speaking|visiting|touring|"
    r"meeting|hosting|holding|attending|convening|chairing|facing|continuing|resuming|"
    r"negotiating|voting|debating|weighing|"
    r"considering|preparing|returning|launching|unveiling|releasing|publishing|presenting|"
    r"testifying|appearing|hearing|opening|closing|sending|signing|campaigning)\b"
)
UNDER_WAY = re.compile(rf"\b(?:is|are|am|[’']re|[’']s)\s+{EVENT_UNDER_WAY}", re.IGNORECASE)
_IF = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)
_THIS_WEEK = re.compile(r"this\s+(?:coming\s+)?(?:week|weekend)$", re.IGNORECASE)


def under_way_this_week(match: re.Match[str], left: str, right: str) -> bool:
    """'is travelling to Brussels this week': a present progressive with no other verb in
    the clause ('has met twice this week' has one) dates an event ahead or under way."""
    if not _THIS_WEEK.match(match.group()) or _IF.search(left):
        return False  # "unclear whether the minister is travelling this week": a supposition
    return UNDER_WAY.search(left) is not None or UNDER_WAY.search(right) is not None
