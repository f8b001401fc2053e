"""A deadline the article gives again: one line, not two.

Copy comes back to what is due ("The vote is set for Tuesday. … Lawmakers will vote on
Tuesday") and a reader of the brief wants it once. A second mention is a repeat when it
resolves to the same dates and names the same thing; two things due on one day ("the strike
vote next week", "the video's release next week") stay two lines.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import timedelta

from bot.analysis.deadline_anchors import BY_THEN, Deadline
from bot.analysis.deadline_clause import OPENING_PREPOSITION
from bot.analysis.summary import content_terms

# The share of the shorter description's content words the other must carry: a clause
# around the thing is worded anew ("the primary is Tuesday" / "voters go to the polls in
# the primary on Tuesday") but keeps its words.
SAME_THING_OVERLAP = 0.5


# Time words say when, not what: "on May 3" as the description of a day in a list of days
# names nothing.
_TIME_TERMS = frozenset(
    {name.lower() for name in (*calendar.month_name, *calendar.day_name) if name}
    | {"day", "week", "month", "year", "today", "tomorrow", "tonight", "next", "last"}
)


def _thing_terms(description: str) -> set[str]:
    return {
        term
        for term in content_terms(description)
        if term not in _TIME_TERMS and not term.isdigit()
    }


def same_thing(first: str, second: str) -> bool:
    """Whether two descriptions of what is due name the same thing."""
    a, b = _thing_terms(first), _thing_terms(second)
    if not a or not b:
        return False  # "on May 3" as the description of a day in a list names nothing
    return len(a & b) / min(len(a), len(b)) >= SAME_THING_OVERLAP


# An event named again by its noun ("The prime minister will visit Kiev next Tuesday. During
# the trip on Tuesday he …"): the second description points back at the first with a
# definite noun and shares no other word. Each noun, with the words that tell of that
# event where it was first named.
_EVENT_FAMILIES = (
    (r"trips?|visits?|tours?|journeys?", r"visit|travel|trip|tour|fly|flies|journey"),
    (r"talks|meetings?|summits?|sessions?|negotiations",
     r"meet|talks|negotiat|summit|session|gather"),
    (r"votes?|ballots?", r"vote|voting|decide|ballot"),
    (r"hearings?|trials?", r"hearing|trial|court|appear"),
    (r"debates?", r"debate"),
    # "as we approach the deadline of Dec. 31" … "the transition period, which ends Dec. 31"
    (r"deadlines?", r"deadline|\bends\b|\bexpires\b|\bruns\s+out|\blapses\b"),
    (r"elections?|primary|primaries|referendums?|caucus(?:es)?",
     r"elect|primar|vote|voting|polls|referendum|caucus"),
)
_NAMED_AGAIN = [
    (
        re.compile(rf"(?:(?:during|at|after|before|on|for|in)\s+)?(?:the|that|this)\s+(?:{noun})\b",
                   re.IGNORECASE),
        re.compile(rf"\b(?:{first_told})", re.IGNORECASE),
    )
    for noun, first_told in _EVENT_FAMILIES
]


def names_the_event_again(first: str, second: str) -> bool:
    """Whether the second description opens on the event the first tells of ("During the
    trip" after "will visit Kiev")."""
    return any(
        again.match(second) is not None and told.search(first) is not None
        for again, told in _NAMED_AGAIN
    )


def tells_the_same_event(first: str, second: str) -> bool:
    """Whether both descriptions tell of one kind of event in their own words ("the vote
    … remains on a knife edge" and "Britons will vote on Thursday"; "will restart talks"
    and "will lead an opening session")."""
    return any(told.search(first) and told.search(second) for _, told in _NAMED_AGAIN)


# "by 2030" twice, "home by Christmas" in a report and again in the post it reports: the
# same time words for one goal, told twice with a word of it in common.
def _time_words(phrase: str) -> str:
    """'on June 5' and 'June 5' alike: the phrase without its opening preposition."""
    opening = OPENING_PREPOSITION.match(phrase)
    return phrase[opening.end() if opening else 0 :].lower()


def _same_words_again(kept: Deadline, deadline: Deadline) -> bool:
    return _time_words(kept.phrase) == _time_words(deadline.phrase) and bool(
        _thing_terms(kept.about) & _thing_terms(deadline.about)
    )


# The longest named period a day inside it may repeat: "this month" and "on December 28"
# for one vote.
_PERIOD_REACH = timedelta(days=31)


def _calendar_period(window: Deadline) -> bool:
    """A week or a month as the calendar counts it ("next week", "later this month", "in
    March"): more than a day, ending on a Sunday or on a month's last day. Spans counted
    from now ("over the next three weeks", "before Tuesday") end where they are counted to."""
    last = window.latest.date()
    month_end = calendar.monthrange(last.year, last.month)[1] == last.day
    return (
        timedelta(days=1) < window.latest - window.earliest <= _PERIOD_REACH
        and (month_end or last.weekday() == calendar.SUNDAY)
    )


# The longest stretch of days that still reads as one occasion inside a month or a week: a
# two- or three-day summit ("on 14 and 15 December") after "in December".
_OCCASION_DAYS = 3


def _days_in_period(days: Deadline, period: Deadline) -> bool:
    """Whether `days` is one occasion (a day, or a summit's two or three days) inside
    `period`, a calendar week or month."""
    return (
        (days.latest.date() - days.earliest.date()).days < _OCCASION_DAYS
        and _calendar_period(period)
        and period.earliest <= days.earliest
        and days.latest <= period.latest
        and (days.earliest, days.latest) != (period.earliest, period.latest)
    )


# "Teachers will vote next week. … The ballot opens on Monday": the day an event opens or
# closes is a part of the week it runs, not the event again.
_OPENS_OR_CLOSES = re.compile(r"\b(?:opens?|closes?|begins?|starts?|ends?)\b", re.IGNORECASE)


def _named_in_period(kept: list[Deadline], deadline: Deadline) -> bool:
    """Whether the deadline repeats one kept in other time words, a day inside its week or
    month, or the week or month around its day; the day is the line kept, the more exact.

    The same thing is told by shared words, or, where one kept line alone lies around or
    inside, by the event named again ("will meet in December" … "The summit on 14 and 15
    December")."""
    nested = [
        index
        for index, other in enumerate(kept)
        if _days_in_period(other, deadline) or _days_in_period(deadline, other)
    ]
    for index in nested:
        other = kept[index]
        if not (
            same_thing(other.about, deadline.about)
            or (
                len(nested) == 1
                and names_the_event_again(other.about, deadline.about)
                and not _OPENS_OR_CLOSES.search(deadline.about)
            )
        ):
            continue
        if _days_in_period(deadline, other):
            kept[index] = deadline  # "this month", then "will vote on December 28"
        return True  # or "on December 28", then "the vote this month"
    return False


def _told_twice_in_one_clause(kept: list[Deadline], deadline: Deadline) -> bool:
    """'is expected to be released within the next few days in the session this week': two
    time phrases of one sentence that come to the same days and describe the same thing are
    one time, whatever hour each window starts or ends at."""
    days = (deadline.earliest.date(), deadline.latest.date())
    return any(
        other.sentence_index == deadline.sentence_index
        and (other.earliest.date(), other.latest.date()) == days
        and same_thing(other.about, deadline.about)
        for other in kept
    )


def without_repeats(found: Sequence[Deadline]) -> list[Deadline]:
    """The deadlines in order, each later mention of one already listed left out."""
    kept: list[Deadline] = []
    for deadline in found:
        # "If no price is agreed by that time, the court will appoint a valuer": a time
        # pointing back is there for what follows from the deadline, not a repeat of it.
        if BY_THEN.fullmatch(deadline.phrase):
            kept.append(deadline)
            continue
        if _told_twice_in_one_clause(kept, deadline):
            continue
        same_dates = [
            k for k in kept if (k.earliest, k.latest) == (deadline.earliest, deadline.latest)
        ]
        if any(same_thing(k.about, deadline.about) for k in same_dates):
            continue
        # Only where one thing is due on those dates is it clear which event is named again.
        if len(same_dates) == 1 and (
            names_the_event_again(same_dates[0].about, deadline.about)
            or tells_the_same_event(same_dates[0].about, deadline.about)
            or _same_words_again(same_dates[0], deadline)
        ):
            continue
        if _named_in_period(kept, deadline) or _deadline_named_again(kept, deadline):
            continue
        kept.append(deadline)
    return kept


def _deadline_named_again(kept: Sequence[Deadline], deadline: Deadline) -> bool:
    """'should go home by Jan. 14 …. He gave no reason for the Jan. 14 deadline': the day a
    deadline already listed ends on, called the deadline."""
    return re.search(r"\bdeadline\b", deadline.about, re.I) is not None and any(
        k.latest.date() == deadline.latest.date() for k in kept
    )
