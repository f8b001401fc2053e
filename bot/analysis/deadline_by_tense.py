"""The tense-led steps of the deadline cascade: once the clause has passed the early
rejections in deadlines._looks_forward (tied events, past narration, called-off plans, …),
its tense and the kind of phrase decide whether the time still lies ahead.

Split from deadlines.py to keep it under the module-size guide; the order of the steps is
the cascade's order and matters (each step returns on the first clear answer).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.analysis import deadline_hedges as hedges
from bot.analysis import timewords as tw
from bot.analysis.deadline_clause import (
    OPENING_PREPOSITION,
    TIMETABLE,
    WHILE_DOING,
    clause_tense,
    looks_ahead_in_clause,
    names_a_day_just_gone,
    still_ahead_though_just_gone,
)
from bot.analysis.deadline_families import (
    CALENDAR_FAMILIES,
    Family,
)
from bot.analysis.deadline_guards import (
    TIMETABLE_PRESENT,
    is_the_day_it_was_said,
    month_a_year_round,
    names_a_month_gone,
    rolled_by_timetable,
    set_ahead_by_frame,
    without_adjectives,
)
from bot.analysis.deadline_modifiers import (
    CALLED_OFF_VERBS,
    clause_continued,
    ends_a_span_ahead,
)
from bot.analysis.deadline_pages import (
    current_year_without_verb,
    later_year_reported,
    modal_governs,
    month_modifier_in_past,
    this_year_described,
)
from bot.analysis.deadline_past_acts import (
    date_just_behind,
    dates_an_event_behind,
    quoted_then,
)
from bot.analysis.deadline_spans import (
    extension_ahead,
)
from bot.analysis.deadline_usages import (
    no_time_ahead_in_use,
    soon_without_future,
    this_year_in_present,
    under_way_this_week,
    weekend_ahead,
)
from bot.analysis.deadline_vantage import (
    day_of_an_event_ahead,
    nearer_event_ahead,
)
from bot.analysis.future_words import (
    DEMAND_NOW,
    PLAN_PARTICIPLES,
    ROLLED_FUTURE,
    SCHEDULED,
    STRONG_FUTURE,
)
from bot.analysis.loose_periods import COMES_BEFORE
from bot.analysis.spans_ahead import (
    ENDS_WITH_FOR,
    REPORTED_MATTER_OF,
    bare_span_ahead,
    for_span_ahead,
)
from bot.analysis.spans_taken import length_ahead
from bot.analysis.tense import (
    asks_for_later,
    nearest_past_is_reporting,
    nearest_tense,
    sentence_tense,
)

CALLED_OFF = re.compile(
    # not "The duties will be suspended on 1 January": a suspension still to come
    rf"(?<!\bbe\s)\b(?:{CALLED_OFF_VERBS}|pushed back|suspended)\b"
    r"(?!.*\b(?:will|would|until|till)\b)[^,;]*$",
    re.IGNORECASE,
)
_HOLDS_A_SPAN = re.compile(r"(?:has|have|gives?|grants?)\s", re.IGNORECASE)
DEADLINE_PREPOSITION = re.compile(r"(?:by|before|until|till|through|no later than)\b", re.I)
# "Jan. 1" in December copy is the coming one: only a month rolled further ahead is more
# often last year's, said again.
_NEAR_ROLL = timedelta(days=45)
# "gave the parties until Friday to ...": the giving is told, the time given is ahead.
_GIVEN_UNTIL = re.compile(
    r"\b(?:gave|given|giving|granted|allowed|handed)\s+(?:[\w’'-]+\s+){0,5}$", re.I
)
# "arranged for May 11 and June 1": the second date is set by the same "for".
_FOR_A_FIRST_DATE = re.compile(
    rf"\bfor\s+(?:{tw.MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{tw.MONTH})"
    r",?\s+(?:and|or)\s+(?:on\s+)?$"
)
_PAST_PLAN = re.compile(rf"\b(?:was|were|had been)\s+(?:\w+\s+)?(?:expected|{PLAN_PARTICIPLES})\b",
                        re.I)


# A state the past act leaves running up to a day: "…, leaving it funded until December 7".
_LEFT_UNTIL = re.compile(r"\s*(?:leaving|keeping|giving|allowing)\b", re.IGNORECASE)


def _left_until(left: str, phrase: str) -> bool:
    return _LEFT_UNTIL.match(left) is not None and re.match(r"until|till", phrase, re.I) is not None


# "On Friday, May is cutting short her holiday to meet Macron": the present progressive of
# an arrangement; news never narrates a day gone in it.
_ARRANGED = re.compile(
    r"\b(?:is|are)\s+(?!(?:being|expecting|reporting|saying|telling|claiming|noting)\b)"
    r"[a-z]{3,}ing\b"
)
# "is due to be sworn in on Monday": a timetable in the present, for the day of the copy.
_FROM_A_DAY = re.compile(rf"\bfrom\s+{tw.WEEKDAY_NAME}\s+$", re.IGNORECASE)
_DUE_NOW = re.compile(
    # "is due to be sworn in", "is prepared to deliver", "will be held": still to come today
    rf"\b(?:(?:is|are)\s+(?:{SCHEDULED}|prepared)\s+to|will\s+be)\b", re.IGNORECASE
)
# "the strike on September 2 would appear to break the law": a hedge on a judgement now,
# not a future that rolls the month to next year.
_HEDGED_WOULD = re.compile(r"\bwould\s+(?:appear|seem)\b", re.IGNORECASE)
# "The public can comment until early January", "has until January 9 to respond": a time
# left open now runs to the month ahead ("had been open until January" is told).
_OPEN_NOW = re.compile(
    r"\b(?:can|has|have|remains?|stays?)\b(?!\s+(?:been|had|not|never)\b)", re.IGNORECASE
)


def open_until(phrase: str, left: str, tense: str | None) -> bool:
    """A rolled month after "until" in a clause that leaves something open now."""
    return (
        re.match(r"(?:until|till|through)\b", phrase, re.IGNORECASE) is not None
        and tense != "past"
        and _OPEN_NOW.search(left) is not None
    )


def ahead_by_tense(
    text: str,
    match: re.Match[str],
    family: Family,
    resolved: tw.Range,
    published: datetime,
    around: tuple[str, str, str],
    possessive: bool,
) -> bool:
    """Whether the phrase looks ahead, judged by its clause's tense (before, left, right
    are the text before the phrase and its clause's two sides)."""
    before, left, right = around
    if resolved[0] <= published and re.search(r"\bas\s+of\s+$", before, re.I):
        return False  # "As of this week", "as of early Friday": the time of writing
    if match.re is COMES_BEFORE:
        return True  # "His remarks come days before Hale flies": the present says so
    possessive_weekday = family.name == "weekday" and possessive
    tense = clause_tense(text, match, left, right, resolved[0] > published)
    if family.name == "ultimatum" and _HOLDS_A_SPAN.match(match.group()):
        # "Leaders have two weeks to find common ground": the clause's verb is the present
        # in the phrase; the task's words after it ("ground") tell no tense
        tense = nearest_tense(left, "")
    if tense is None and family.name == "later_this" and under_way_this_week(match, left, right):
        tense = "weak"  # "is travelling to Brussels this week"
    if family.name in {"extension", "over_span"}:
        return extension_ahead(text, match, (left, right), family.name, tense)
    if family.name == "for_span":
        return for_span_ahead(left, right)
    if family.name == "in_units":
        return bare_span_ahead(left, before)
    if family.name in {"takes", "for_another"}:  # "will take weeks", "for another term"
        return length_ahead(family.name, left, right, match)
    if _GIVEN_UNTIL.search(left) and re.match(r"(?:until|till|by)\b", match.group(), re.I) and (
        re.match(r"\s+to\s+[a-z]", text[match.end() :]) and resolved[1] > published
        and not resolved[2]  # "In February the court gave them until March 1": gone
    ):
        return True  # "has given Dorn until May 1 to respond": a time set, whatever the tense
    if no_time_ahead_in_use(
        text, match, family.name, resolved, published, tense, (left, right)
    ) or soon_without_future(match, family.name, left):
        return False
    if tense is None and TIMETABLE.search(left + right):
        tense = "weak"  # "the film opens in the city this week": a timetable present
    if (
        tense is None
        and family.name in {"weekday", "date"}
        and _ARRANGED.search(left)
        and not (family.name == "weekday" and names_a_day_just_gone(match, resolved, published))
    ):
        tense = "weak"  # "is organizing a rally in Magdeburg on Monday": an arrangement
    if family.name in {"midnight", "part_of_today"}:  # only with a verb looking ahead now
        return tense in {"future", "weak"} and not re.search(r"\b(?:was|were|had)\b", left, re.I)
    bare_this = family.name == "later_this" and match.group("unit3") is not None
    opens_sentence = OPENING_PREPOSITION.fullmatch(before) is not None
    named_time = family.name in CALENDAR_FAMILIES | {"weekday", "part_of_period", "weekend"}
    if tense is None and bare_this and this_year_in_present(match, left, right):
        return False  # "a number of studies this year show ...": the year so far
    if tense is None and (named_time or bare_this or opens_sentence):
        # A day named in a clause without a verb ("As of Wednesday, the tally had ...")
        # takes the sentence's tense; a bare weekday in news is mostly a day just gone.
        tense = sentence_tense(text, match.start(), match.end())
        if tense == "past" and (opens_sentence or WHILE_DOING.search(before)):
            return False  # "In early October, an aide reached out", "while testifying in May"
    if tense is None and family.name == "within" and (
        sentence_tense(text, match.start(), match.end()) == "past"
    ):
        return False  # "under pressure amid the loss of two ministers - X and Y - within a week"
    if family.name in {"date", "weekday"} and resolved[1] <= tw.day_end(published):
        # The publication day itself (a dateline, "on Monday" in a Monday report) is
        # news of today; only a future verb makes it a time still ahead ("Monday's vote
        # could not be recounted" is last Monday's).
        if re.search(r"\blater\s+(?:on\s+)?$", before, re.I) and tense != "past" and not (
            re.search(r"\b(?:was|were)\s+(?:due|expected|set|scheduled)\b", left, re.I)
        ):
            return True  # "is due to vote later on Wednesday" in Wednesday's copy
        if (tense != "past" and re.match(r"(?i)(?:by|until|till|through)\s+late\b", match.group())
                and not re.search(r"\b(?:was|were|had)\b", left, re.I)):
            return True  # "would stay shut until late Monday" in Monday's copy
        if tense == "weak" and not possessive and _DUE_NOW.search(left):
            return True  # "is due to be sworn in on Monday" in Monday's copy
        return tense == "future" and (not possessive or looks_ahead_in_clause(left, right))
    if family.name == "weekday" and names_a_day_just_gone(match, resolved, published):
        # "Tuesday" in Wednesday's or Thursday's copy is mostly the day before: "wouldn't
        # say Tuesday", "was set to headline Tuesday", "Ahead of Friday's meeting, they
        # unveiled". Only a plain future or a timetable present ("will vote Tuesday",
        # "voting opens on Thursday") pushes it to next week.
        # An opening day governs its whole clause, lists of names included.
        own = text[match.end() :].split(";")[0] if not left.strip() else right
        if not still_ahead_though_just_gone(text, match, left, own):
            return False
    if (
        family.name == "tomorrow"
        and match.group("word").lower() == "tonight"
        and quoted_then(text, match)
        and not DEADLINE_PREPOSITION.match(match.group())
        and not looks_ahead_in_clause(left, right)
    ):
        return False  # "Tonight, I ask you ...", quoted the morning after the speech
    if family.name == "weekend_event":  # "the weekend talks", "for a weekend visit"
        return hedges.weekend_event_ahead(before, right, tense)
    if family.name == "weekend" and match.group("prep").lower() in {"over", "during"}:
        return weekend_ahead(tense, left, resolved, published)  # not "stolen over the weekend"
    if set_ahead_by_frame(before, family.name, possessive, tense):
        return True
    if possessive_weekday:  # "Tuesday's session" is past, "before Friday's deadline" is not
        return tense == "future" or day_of_an_event_ahead(match, before, tense, resolved, published)
    rolled = resolved[2] or month_a_year_round(text, match, family.name, resolved[0], published)
    if rolled and resolved[1] - published > _NEAR_ROLL:
        # "in February" said in April: only a clear future verb makes it next February
        # ("ahead of the March 1 contests, he assumed ..." is not one).
        # not "... and suggested", nor the future of a clause it introduces ("for indicating
        # in late June that the age should be raised")
        own_right = re.split(r"\b(?:and|that)\b", right, maxsplit=1)[0]
        own_left = left if left.strip() else before  # "held in Porto, Portugal, May 13"
        after = text[match.end() :]
        if (
            CALLED_OFF.search(left)
            or names_a_month_gone(before, after, match.group())
            or is_the_day_it_was_said(before, after)
            or date_just_behind(family.name, resolved, published, after)  # written days before
            or WHILE_DOING.search(before)  # "sworn in on Monday after winning the vote in March"
        ):
            return False  # "canceled an increase planned for Oct. 15"
        # "Democrats want passage before March": a demand in the present, before the time
        # in its own clause, looks ahead
        demanded = tense != "past" and DEMAND_NOW.search(own_left) is not None
        return (
            (tense in {"future", "weak"} or demanded)
            and not _PAST_PLAN.search(left)  # "were due to file by March 15"
            and (demanded or ROLLED_FUTURE.search(
                _HEDGED_WOULD.sub(" ", without_adjectives(own_left + " " + own_right))
            ) is not None)
            and nearest_tense("", own_right) != "past"
        ) or (
            rolled_by_timetable(left, tense, before)
            or nearer_event_ahead(before, after, resolved, published)
            or ends_a_span_ahead(before, tense, match)
            or open_until(match.group(), own_left, tense)  # "can comment until January"
        )
    wholly_ahead = resolved[1] > published and (
        resolved[0] > published or DEADLINE_PREPOSITION.match(match.group()) is not None
    )
    if (
        (family.name in CALENDAR_FAMILIES and resolved[0] > published)
        or DEADLINE_PREPOSITION.match(match.group())
    ) and modal_governs(left, tense):
        return True  # "plants should be closed by 2012": a modal sets the time ahead
    if (
        family.name in CALENDAR_FAMILIES | {"weekday"}
        and resolved[0] > published
        and (ENDS_WITH_FOR.search(before) or _FOR_A_FIRST_DATE.search(before))
    ):
        return True  # "has called an election for May 17": an event set for the day
    if family.name in CALENDAR_FAMILIES and wholly_ahead:
        # A named date still ahead is past narration only with a non-reporting past verb
        # ("the last strike, in November, shut down ..."); "announced the vote for May 1"
        # and "suggested April or May" report a plan.
        if month_modifier_in_past(family.name, before, text[match.end() :], match, tense):
            return False  # "In the October discussion, Rob said ..."
        if dates_an_event_behind(before, tense, resolved[0], published):
            return False  # "is growing after the fall of the regime in December" in March
        return (
            tense != "past"
            or nearest_past_is_reporting(left, right, match.group())
            or _left_until(left, match.group())  # "…, leaving it funded until December 7"
            or later_year_reported(match, family.name, published)
            or hedges.set_by_a_threat(left, match.group())  # "threatened ... if no deal by May"
        )
    if family.name == "next_period" and not re.search(r"\bthe\s+$", before, re.I):
        return True  # "ending next month": only "the next month" narrates a past sequence
    if family.intrinsically_future and not bare_this:
        # "promised a decision by year-end" reports a plan; "had spread within days" does not.
        return (
            tense != "past"
            or bool(STRONG_FUTURE.search(left + " " + right))
            or nearest_past_is_reporting(left, right, match.group())
            or asks_for_later(left)  # "released on the condition that each post bond within a week"
            or REPORTED_MATTER_OF.search(left) is not None
        )
    if (
        family.name == "weekday"
        and tense == "weak"
        # "to stay closed until Friday"; but "from Tuesday through Saturday" is days, as one is
        and (not DEADLINE_PREPOSITION.match(match.group()) or _FROM_A_DAY.search(before))
        and not (STRONG_FUTURE.search(left + " " + right) or TIMETABLE.search(left + right))
        and not asks_for_later(left)
        and not STRONG_FUTURE.search(clause_continued(before, left))
        and not _ARRANGED.search(re.split(r"\bthat\b", left)[-1] + " " + right)
    ):
        return False  # "was planning to hold a dinner on Thursday": an infinitive is not enough
    if tense == "weak" and this_year_described(bare_this, match, left, right) and not (
        TIMETABLE.search(left + right)
    ):
        return False
    if tense in {"future", "weak"}:
        return True
    if tense == "past":
        return False
    # No verb in reach: a dated phrase reads as scheduled ("takes effect on July 1",
    # "tickets go on sale on Saturday"); a bare duration ("in two years") needs a verb, and
    # so does a bare "this year" ("This year is different" describes the present). A bare
    # weekday in news is mostly a day just gone ("the massacre Tuesday in ..."): without a
    # verb it needs a timetable verb ("holds its primary Tuesday").
    if family.name == "weekday" and not (TIMETABLE.search(text) or TIMETABLE_PRESENT.search(text)):
        return False
    if bare_this:
        return TIMETABLE.search(text) is not None  # "the film opens in the city this week"
    if current_year_without_verb(family.name, resolved, published):
        return False
    return family.name in CALENDAR_FAMILIES | {
        "weekday",
        "end_of_period",
        "tomorrow",
        "later_this",
        "weekend",
    }

