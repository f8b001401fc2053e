"""Deadlines and expected times: forward-looking time phrases resolved to date ranges.

Each phrase family has a pattern and a resolver that turns it into an [earliest, latest]
range against the publication time. The surrounding clause decides whether it looks
forward: past narration ("revealed on Friday", "collapsed in February") and promises tied
to another event ("within 24 hours of taking office") are not deadlines.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.analysis import deadline_hedges as hedges
from bot.analysis import timewords as tw
from bot.analysis.deadline_about import about_of
from bot.analysis.deadline_anchors import Deadline as Deadline  # what callers import
from bot.analysis.deadline_anchors import (
    back_references,
    repeats_a_deadline,
    span_after_an_event,
)
from bot.analysis.deadline_before_events import before_dated_events
from bot.analysis.deadline_carry import carried_times
from bot.analysis.deadline_context import (
    OPENING_PREPOSITION,
    TIMETABLE,
    WHILE_DOING,
    clause_tense,
    is_dateline,
    looks_ahead_in_clause,
    names_a_day_just_gone,
    names_no_time_ahead,
    reads_as_gone,
    still_ahead_though_just_gone,
)
from bot.analysis.deadline_families import (
    CALENDAR_FAMILIES,
    FAMILIES,
    Family,
)
from bot.analysis.deadline_guards import (
    TIMETABLE_PRESENT,
    is_the_day_it_was_said,
    month_a_year_round,
    names_a_month_gone,
    names_no_deadline,
    rolled_by_timetable,
    set_ahead_by_frame,
    without_adjectives,
)
from bot.analysis.deadline_modifiers import (
    CALLED_OFF_VERBS,
    clause_continued,
    ends_a_span_ahead,
    names_no_deadline_by_role,
    runs_from_now,
    runs_up_to,
)
from bot.analysis.deadline_occasions import (
    dates_an_occasion,
    names_a_deadline,
    weekend_under_way,
)
from bot.analysis.deadline_other_times import ahead_by_its_noun, next_of_a_told_year
from bot.analysis.deadline_pages import (
    current_year_without_verb,
    later_year_reported,
    modal_governs,
    month_modifier_in_past,
    names_no_time_ahead_on_pages,
    phrase_clause,
    promise_in_a_past_year,
    this_year_described,
)
from bot.analysis.deadline_past_acts import (
    date_just_behind,
    quoted_then,
    told_by_the_verb_after,
)
from bot.analysis.deadline_spans import (
    before_a_past_act,
    extension_ahead,
    tied_to_another_event,
    window_from_then,
)
from bot.analysis.deadline_usages import (
    no_time_ahead_in_use,
    runs_to_a_time_ahead,
    soon_without_future,
    this_year_in_present,
    under_way_this_week,
    weekend_ahead,
)
from bot.analysis.deadline_vantage import (
    PAST_PROMISE,
    ahead_at_press_time,
    day_of_an_event_ahead,
    effective_from,
    not_until_range,
    points_back,
)
from bot.analysis.fiscal_years import federal_fiscal_years
from bot.analysis.future_words import (
    NEGATED_MODAL,
    PLAN_PARTICIPLES,
    ROLLED_FUTURE,
    STRONG_FUTURE,
    SUBJECT_OF_FUTURE,
)
from bot.analysis.sentences import Sentence
from bot.analysis.spans_ahead import (
    after_a_superlative,
    bare_span_ahead,
    coming_span_ahead,
    for_span_ahead,
)
from bot.analysis.spans_started import from_its_start
from bot.analysis.spans_taken import length_ahead
from bot.analysis.tense import (
    asks_for_later,
    nearest_past_is_reporting,
    nearest_tense,
    sentence_tense,
)

_CALLED_OFF = re.compile(
    rf"\b(?:{CALLED_OFF_VERBS}|pushed back|suspended)\b(?!.*\b(?:will|would|until|till)\b)[^,;]*$",
    re.IGNORECASE,
)
# "Jan. 1" in December copy is the coming one: only a month rolled further ahead is more
# often last year's, said again.
_NEAR_ROLL = timedelta(days=45)
_PAST_PLAN = re.compile(rf"\b(?:was|were|had been)\s+(?:\w+\s+)?(?:expected|{PLAN_PARTICIPLES})\b",
                        re.I)
_NEW_TIME_PREPOSITION = re.compile(r"(?:until|till|through|to|by|for|before|no later than)\b", re.I)
_DEADLINE_PREPOSITION = re.compile(r"(?:by|before|until|till|through|no later than)\b", re.I)
_CONDITION = re.compile(r"\b(?:if|unless|whether|until)\b", re.IGNORECASE)
_REPLACED = re.compile(r"\b(?:instead of|rather than|not)\s+$", re.IGNORECASE)


def find_deadlines(sentences: list[Sentence], published: datetime) -> list[Deadline]:
    found: list[Deadline] = []
    for position, sentence in enumerate(sentences):
        if is_dateline(sentence.text):
            continue
        taken: list[tuple[int, int]] = []
        for family in FAMILIES:
            if family.trigger is not None and not family.trigger.search(sentence.text):
                continue
            for match in family.pattern.finditer(sentence.text):
                begin, finish = match.span(family.phrase_group or 0)
                if any(begin < end and start < finish for start, end in taken):
                    continue
                resolved = family.resolve(match, published)
                if resolved is None:
                    continue
                taken.append((begin, finish))  # a past phrase must not be re-read as smaller
                later = not_until_range(sentence.text, match, published)  # "but not until 2029"
                if not _looks_forward(sentence.text, match, family, resolved, published, later):
                    anchored = span_after_an_event(  # "within a week of the ceasefire"
                        sentence.text, match, family.name, resolved, found
                    )
                    if anchored is None:
                        continue
                    resolved, finish = anchored
                counted = from_its_start(family.name, sentence.text[:begin], resolved, published)
                if counted is None:
                    continue  # "the truce, which began in August, can last 150 days": gone
                earliest, latest, _ = counted
                if runs_from_now(sentence.text[:begin]):
                    earliest = published
                if later is not None:
                    begin, (earliest, latest, _) = later
                deadline = Deadline(
                    phrase=sentence.text[begin:finish].strip(),
                    about=about_of(sentence.text, match, family.phrase_group, finish),
                    earliest=max(earliest, published).replace(microsecond=0),
                    latest=latest.replace(microsecond=0),
                    sentence_index=sentence.index,
                )
                if not repeats_a_deadline(sentence.text, begin, deadline, found):
                    found.append(deadline)
        found.extend(back_references(sentence, found, published))
        found.extend(carried_times(sentences, position, found, published))
    found = before_dated_events(sentences, found, published)  # an event dated later, too
    return federal_fiscal_years(found, " ".join(s.text for s in sentences), published)


def _looks_forward(
    text: str,
    match: re.Match[str],
    family: Family,
    resolved: tw.Range,
    published: datetime,
    time_not_until: tuple[int, tw.Range] | None,
) -> bool:
    if next_of_a_told_year(text, match, family.name):
        return False  # "But the next year at the summit, they failed to …"
    if tied_to_another_event(text, match, family.name) or before_a_past_act(text, match):
        return False  # "within 24 hours of taking office": tied to another event
    before = text[: match.start()]
    if names_no_time_ahead(text, match, family.name) or names_no_time_ahead_on_pages(
        text, match, family.name, resolved, published
    ):
        return False
    if family.name in {"in_duration", "in_units", "for_span"} and after_a_superlative(before):
        return False  # "the first time in two years" looks back
    if promise_in_a_past_year(before, published) and not later_year_reported(
        match, family.name, published
    ):
        return False  # "When it was approved in 2017, ministers promised ... within five years"
    if match.group()[:1].isupper() and re.search(
        r"\b(?:last|this past|past)\s+$", before, re.I
    ):
        return False  # "by last August" (but "to last until the weekend" is a verb)
    if _REPLACED.search(before) and time_not_until is None:
        return False  # "on March 27 instead of March 20", "not next week"; not "not until May"
    possessive = re.match(r"[’']s\b", text[match.end() :]) is not None
    possessive_weekday = family.name == "weekday" and possessive
    left, right = phrase_clause(text, match.start(), match.end())
    if family.name == "coming" and not coming_span_ahead(match, before, left, right):
        return False  # "will stay closed for the coming weeks" is a duration, not a deadline
    if (
        names_no_deadline(text, match, family.name, left + " " + right)
        or dates_an_occasion(text, match, family.name, left, right)
        or points_back(family.name, match, before)  # "follows talks in Muscat this week"
        or hedges.reads_as_no_due_time(text, match, family.name, resolved, published, (left, right))
    ):
        return False
    if family.name == "weekday" and told_by_the_verb_after(right):
        return False  # "Talks set for Monday ended without a deal": the day is gone
    if family.name == "ultimatum" and window_from_then(left, text[match.end() :], published):
        return False  # "In 2019 the court gave the parties 90 days to respond"
    if weekend_under_way(match, family.name, resolved, published, left, right) or (
        names_no_deadline_by_role(text, match, family.name, resolved, published, (left, right))
    ):
        return False
    new_time = _NEW_TIME_PREPOSITION.match(match.group()) or re.search(
        r"\b(?:until|till|to|for|by|before)\s+$", text[: match.start()], re.I
    )
    if _CALLED_OFF.search(left) and not new_time:
        return False  # "postponed its vote on Monday"; but "postponed until Monday" looks ahead
    if _CALLED_OFF.search(left) and runs_to_a_time_ahead(match, before, family.name, resolved,
                                                          published):
        return True  # "has been called off until tomorrow", "cancelled flights through 5 May"
    if ahead_at_press_time(text, match, resolved, published):
        return True  # "as the magazine went to press, she was due to face her party"
    if PAST_PROMISE.search(left) or PAST_PROMISE.search(right):
        return False
    not_until = _DEADLINE_PREPOSITION.match(match.group()) and re.match(
        r"(?:until|till|before)", match.group(), re.I
    )
    if (
        family.name not in CALENDAR_FAMILIES
        and NEGATED_MODAL.search(left)
        and not _CONDITION.search(left)
        and not not_until  # "will not be allowed back until Thursday" is a date to wait for
    ):
        return False  # "not something that will be resolved in 12 hours", "could not be
        # reached Saturday"; but "will not win in November" still names the month of the vote
    if resolved[1] < published or reads_as_gone(text, match, family.name, left, right):
        return False
    if (
        family.name == "delayed_by"
        or runs_up_to(match, before)  # "the event runs through Sunday"
        or ahead_by_its_noun(before, right, family.name, bool(resolved[2]))
        or names_a_deadline(family.name, right, resolved[2])
    ):
        return True  # "was pushed back several years": the delay itself sets the new time
    if family.name == "weekday" and (
        (match.group("prep") or "").lower() in {"next", "this coming"}
        or effective_from(match, before, resolved, published)
        or SUBJECT_OF_FUTURE.match(text, match.end())  # "said Tuesday will be a hard day"
    ):
        return True  # "have sold him on voting in the primary next Tuesday"
    tense = clause_tense(text, match, left, right, resolved[0] > published)
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
    if no_time_ahead_in_use(
        text, match, family.name, resolved, published, tense, (left, right)
    ) or soon_without_future(match, family.name, left):
        return False
    if tense is None and TIMETABLE.search(left + right):
        tense = "weak"  # "the film opens in the city this week": a timetable present
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
    if family.name in {"date", "weekday"} and resolved[1] <= tw.day_end(published):
        # The publication day itself (a dateline, "on Monday" in a Monday report) is
        # news of today; only a future verb makes it a time still ahead ("Monday's vote
        # could not be recounted" is last Monday's).
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
        and not _DEADLINE_PREPOSITION.match(match.group())
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
            _CALLED_OFF.search(left)
            or names_a_month_gone(before, after, match.group())
            or is_the_day_it_was_said(before, after)
            or date_just_behind(family.name, resolved, published, after)  # written days before
        ):
            return False  # "canceled an increase planned for Oct. 15"
        return (
            tense in {"future", "weak"}
            and not _PAST_PLAN.search(left)  # "were due to file by March 15"
            and ROLLED_FUTURE.search(without_adjectives(own_left + " " + own_right)) is not None
            and nearest_tense("", own_right) != "past"
        ) or rolled_by_timetable(left, tense, before) or ends_a_span_ahead(before, tense, match)
    wholly_ahead = resolved[1] > published and (
        resolved[0] > published or _DEADLINE_PREPOSITION.match(match.group()) is not None
    )
    if (
        (family.name in CALENDAR_FAMILIES and resolved[0] > published)
        or _DEADLINE_PREPOSITION.match(match.group())
    ) and modal_governs(left, tense):
        return True  # "plants should be closed by 2012": a modal sets the time ahead
    if (
        family.name in CALENDAR_FAMILIES | {"weekday"}
        and resolved[0] > published
        and re.search(r"\bfor\s+$", before, re.I)
    ):
        return True  # "has called an election for May 17": an event set for the day
    if family.name in CALENDAR_FAMILIES and wholly_ahead:
        # A named date still ahead is past narration only with a non-reporting past verb
        # ("the last strike, in November, shut down ..."); "announced the vote for May 1"
        # and "suggested April or May" report a plan.
        if month_modifier_in_past(family.name, before, text[match.end() :], match, tense):
            return False  # "In the October discussion, Rob said ..."
        return (
            tense != "past"
            or nearest_past_is_reporting(left, right, match.group())
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
        )
    if (
        family.name == "weekday"
        and tense == "weak"
        and not _DEADLINE_PREPOSITION.match(match.group())  # "to stay closed until Friday"
        and not (STRONG_FUTURE.search(left + " " + right) or TIMETABLE.search(left + right))
        and not asks_for_later(left)
        and not STRONG_FUTURE.search(clause_continued(before, left))
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
