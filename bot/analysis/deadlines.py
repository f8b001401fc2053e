"""Deadlines and expected times: forward-looking time phrases resolved to date ranges.

Each phrase family has a pattern and a resolver that turns it into an [earliest, latest]
range against the publication time. The surrounding clause decides whether it looks
forward: past narration ("revealed on Friday", "collapsed in February") and promises tied
to another event ("within 24 hours of taking office") are not deadlines.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from bot.analysis import deadline_hedges as hedges
from bot.analysis import timewords as tw
from bot.analysis.deadline_about import about_of
from bot.analysis.deadline_adjacent import joined_adjacent
from bot.analysis.deadline_anchors import Deadline as Deadline  # what callers import
from bot.analysis.deadline_anchors import (
    back_references,
    repeats_a_deadline,
    span_after_an_event,
)
from bot.analysis.deadline_before_events import before_dated_events
from bot.analysis.deadline_before_named_events import before_named_events
from bot.analysis.deadline_begun_lengths import lengths_begun
from bot.analysis.deadline_by_tense import (
    CALLED_OFF,
    DEADLINE_PREPOSITION,
    ahead_by_tense,
)
from bot.analysis.deadline_called_sittings import called_for_a_day
from bot.analysis.deadline_carry import carried_times, clock_times_today
from bot.analysis.deadline_context import (
    is_dateline,
    names_no_time_ahead,
    reads_as_gone,
    without_filed_dateline,
)
from bot.analysis.deadline_days_before import days_before_events
from bot.analysis.deadline_either_days import either_day, second_limit
from bot.analysis.deadline_event_months import timed_against_an_event
from bot.analysis.deadline_families import (
    CALENDAR_FAMILIES,
    FAMILIES,
    Family,
)
from bot.analysis.deadline_following import TIME_GONE, counted_from_earlier_times
from bot.analysis.deadline_guards import SET_FOR, names_no_deadline
from bot.analysis.deadline_held_spans import month_held, span_held_or_lasted
from bot.analysis.deadline_misreads import misread
from bot.analysis.deadline_modifiers import (
    DELAYING,
    at_the_latest,
    names_no_deadline_by_role,
    runs_from_now,
    runs_up_to,
)
from bot.analysis.deadline_occasions import (
    dates_an_occasion,
    names_a_deadline,
    weekend_under_way,
)
from bot.analysis.deadline_opening_times import (
    nth_act_of_this_period,
    opening_time_of_a_past_act,
)
from bot.analysis.deadline_other_times import ahead_by_its_noun, next_of_a_told_year
from bot.analysis.deadline_pages import (
    later_year_reported,
    names_no_time_ahead_on_pages,
    phrase_clause,
    promise_in_a_past_year,
)
from bot.analysis.deadline_past_acts import (
    told_by_the_verb_after,
)
from bot.analysis.deadline_past_warnings import ran_out_before
from bot.analysis.deadline_ranges import joined_stays
from bot.analysis.deadline_remark_days import counted_from_remarks
from bot.analysis.deadline_repeats import without_repeats
from bot.analysis.deadline_set_ahead import set_ahead
from bot.analysis.deadline_spans import (
    before_a_past_act,
    tied_to_another_event,
    window_from_then,
)
from bot.analysis.deadline_usages import (
    runs_to_a_time_ahead,
)
from bot.analysis.deadline_vantage import (
    ahead_at_press_time,
    effective_from,
    not_until_range,
    points_back,
    promised_then,
    superseded,
)
from bot.analysis.deadline_week_ahead import sunday_week_ahead
from bot.analysis.deadline_year_tails import year_of_the_paragraph, year_told_after
from bot.analysis.fiscal_years import federal_fiscal_years, financial_year_ends
from bot.analysis.future_words import (
    CONTRACTED_NEGATION,
    NEGATED_MODAL,
    SCHEDULED,
    SUBJECT_OF_FUTURE,
)
from bot.analysis.month_surnames import month_surnames
from bot.analysis.sentences import Sentence
from bot.analysis.spans_ahead import (
    after_a_superlative,
    coming_span_ahead,
)
from bot.analysis.spans_started import from_its_start

_NEW_TIME_PREPOSITION = re.compile(r"(?:until|till|through|to|by|for|before|no later than)\b", re.I)
_CONDITION = re.compile(r"\b(?:if|unless|whether|until)\b", re.IGNORECASE)
_REPLACED = re.compile(r"\b(?:instead of|rather than|not)\s+$", re.IGNORECASE)


# Reading a time's tense rescans its sentence, so a "sentence" of a thousand dates (a feed's
# run-on list, or hostile text) would cost minutes; no real sentence tells this many times.
MAX_TIMES_PER_SENTENCE = 40


# Times are resolved by calendar arithmetic that runs years ahead of and behind publication;
# a page that claims to be from year 1 or 9999 (hostile or broken metadata) would take it off
# the calendar, and no story dated that far out has a deadline worth telling.
_DATABLE_YEARS = range(1000, 9000)


def find_deadlines(sentences: list[Sentence], published: datetime) -> list[Deadline]:
    found: list[Deadline] = []
    if published.year not in _DATABLE_YEARS:
        return found
    # "(In October, the agency revoked …)": an aside in brackets reads as its own sentence.
    sentences = [
        replace(s, text=" " + s.text[1:]) if s.text.startswith("(") else s for s in sentences
    ]
    if sentences:  # "Mumbai, Oct 19 (PTI) RBL Bank expects …": the day the copy was filed
        sentences[0] = replace(sentences[0], text=without_filed_dateline(sentences[0].text))
    surnames = month_surnames(sentences)  # "Theresa May" makes a later bare "May" her
    for position, sentence in enumerate(sentences):
        if is_dateline(sentence.text) or _timeline_year_gone(sentence.text, published):
            continue
        taken: list[tuple[int, int]] = []
        # Families share triggers (the month names serve three): each is searched once.
        triggered: dict[re.Pattern[str], bool] = {}
        resolved_here = 0
        for family in FAMILIES:
            if resolved_here >= MAX_TIMES_PER_SENTENCE:
                break
            trigger = family.trigger
            if trigger is not None:
                if trigger not in triggered:
                    triggered[trigger] = trigger.search(sentence.text) is not None
                if not triggered[trigger]:
                    continue
            for match in family.pattern.finditer(sentence.text):
                begin, finish = match.span(family.phrase_group or 0)
                if any(begin < end and start < finish for start, end in taken):
                    continue
                resolved = family.resolve(match, published)
                if resolved is None:
                    continue
                resolved_here += 1
                if resolved_here > MAX_TIMES_PER_SENTENCE:
                    break
                resolved, finish = year_told_after(  # "through June 30 of '17"
                    family.name, sentence.text, finish, resolved, published
                )
                resolved = year_of_the_paragraph(  # "For 2026, … The final is July 19"
                    match, family.name, sentences, position, resolved, published
                )
                taken.append((begin, finish))  # a past phrase must not be re-read as smaller
                if misread(sentence.text, match, family.name, surnames):
                    continue  # "Mrs May said", "three to 10 years in jail"
                later = not_until_range(sentence.text, match, published)  # "but not until 2029"
                if not _looks_forward(
                    sentence.text, match, family, resolved, published, later
                ) and not second_limit(sentence.text, match, found, sentence.index):
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
                    start=begin,
                )
                if not repeats_a_deadline(sentence.text, begin, deadline, found):
                    found.append(deadline)
        found.extend(back_references(sentence, found, published))
        found.extend(carried_times(sentences, position, found, published))
        found.extend(clock_times_today(sentences, position, found, published))
    found = counted_from_remarks(sentences, found, published)  # "said on Monday … tomorrow"
    found = joined_adjacent(sentences, found)  # "in March next year": one time
    found = either_day(sentences, found)  # "on Friday or Saturday" runs over both
    found = joined_stays(sentences, found)  # "on 31 March through 2 April": one stay
    found = counted_from_earlier_times(sentences, found, published)  # "the following Tuesday"
    found = before_dated_events(sentences, found, published)  # an event dated later, too
    found = before_named_events(sentences, found, published)  # "before the election"
    found = lengths_begun(sentences, found, published)  # "the 30-day truce that began …"
    found = days_before_events(sentences, found, published)  # "on Wednesday, two days before"
    whole = " ".join(s.text for s in sentences)
    found = federal_fiscal_years(found, whole, published)
    found = financial_year_ends(found, whole, published)  # "within this financial year"
    return without_repeats(found)  # "on Tuesday" again for the same vote


# "the embargo set to expire next month": a timetable of its own, right before the time,
# whatever the clause around it narrates ("was set to" is a plan seen from the past).
_OWN_TIMETABLE = re.compile(
    rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:{SCHEDULED})\s+to\s+[a-z]+\s+$"
)


# "1952: Born 7 October in Leningrad": a timeline's entry for a year gone.
_TIMELINE_YEAR = re.compile(r"\s*(?P<year>(?:1[89]|20)\d\d)s?\s*:\s")
# A time counted back from the story's own past: "the previous October", "the prior week".
# "announced in a debate the previous October"; "Back in December, Putin said …".
_THE_ONE_BEFORE = re.compile(
    r"\bthe\s+(?:previous|preceding|prior)\s+$|(?:^|[,;:—]\s*)[Bb]ack\s+(?:in\s+)?$",
    re.IGNORECASE,
)
# "claimed last Saturday that he would be arrested the following Tuesday": counted on from
# a time already gone.
_FOLLOWING_A_TIME_GONE = re.compile(rf"{TIME_GONE}.*\bthe\s+following\s+$", re.IGNORECASE)


def _looks_forward(
    text: str,
    match: re.Match[str],
    family: Family,
    resolved: tw.Range,
    published: datetime,
    time_not_until: tuple[int, tw.Range] | None,
) -> bool:
    if family.name == "year_event":
        return True  # "picked its candidate for the 2027 election": a later year's vote, ahead
    if next_of_a_told_year(text, match, family.name):
        return False  # "But the next year at the summit, they failed to …"
    if ran_out_before(text, match, family.name, resolved, published):
        return False  # "In March he warned that a deal would come within days"
    if tied_to_another_event(text, match, family.name) or before_a_past_act(text, match):
        return False  # "within 24 hours of taking office": tied to another event
    before = text[: match.start()]
    if _THE_ONE_BEFORE.search(before) or _FOLLOWING_A_TIME_GONE.search(before):
        return False  # "announced in a debate the previous October"
    if names_no_time_ahead(text, match, family.name) or names_no_time_ahead_on_pages(
        text, match, family.name, resolved, published
    ):
        return False
    if (
        family.name in {"in_duration", "in_units", "for_span"}
        or (family.name == "over_span" and re.search(r"\bin\s+$", before))
    ) and after_a_superlative(before):
        return False  # "the first time in two years", "... in over 15 years" looks back
    if nth_act_of_this_period(text, match, family.name):
        return False  # "the second congressman to be indicted this month"
    if opening_time_of_a_past_act(text, match):
        return False  # "In December, Mr. Verlo promised to withdraw …" told in October
    if span_held_or_lasted(text, match, family.name) or (
        resolved[0] <= published and month_held(before)  # "for the month of May" in May
    ):
        return False  # "for eight years of his records", "the theme I've been on for months"
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
    if superseded(text, match):
        return False  # "hours ahead of the original Thursday deadline": since put off
    new_time = _NEW_TIME_PREPOSITION.match(match.group()) or re.search(
        r"\b(?:until|till|to|for|by|before)\s+$", text[: match.start()], re.I
    )
    if set_ahead(text, match, family.name, resolved, published, (left, right)):
        return True  # "adjourned the case to October 28", "a bounce-back later in the year"
    if CALLED_OFF.search(left) and not new_time:
        return False  # "postponed its vote on Monday"; but "postponed until Monday" looks ahead
    if (CALLED_OFF.search(left) or DELAYING.search(left)) and runs_to_a_time_ahead(
        match, before, family.name, resolved, published
    ):
        # "has been called off until tomorrow", "cancelled flights through 5 May", "backs
        # delaying the rule until May 1"
        return True
    if ahead_at_press_time(text, match, resolved, published):
        return True  # "as the magazine went to press, she was due to face her party"
    if promised_then(family.name, left, right) and not _OWN_TIMETABLE.search(left):
        return False  # but "failed to extend the embargo set to expire next month" is ahead
    not_until = DEADLINE_PREPOSITION.match(match.group()) and re.match(
        r"(?:until|till|before)", match.group(), re.I
    )
    if (
        family.name not in CALENDAR_FAMILIES
        and (
            NEGATED_MODAL.search(left)
            or (family.name == "in_duration" and CONTRACTED_NEGATION.search(left))
        )
        and not _CONDITION.search(left)
        and not not_until  # "will not be allowed back until Thursday" is a date to wait for
        # "will not attend the talks scheduled for Monday": the sitting's time holds
        and not SET_FOR.search(before[-80:])
    ):
        return False  # "not something that will be resolved in 12 hours", "could not be
        # reached Saturday"; but "will not win in November" still names the month of the vote
    if resolved[1] < published or reads_as_gone(text, match, family.name, left, right):
        return False
    if (
        family.name == "delayed_by"
        or runs_up_to(match, before)  # "the event runs through Sunday"
        or at_the_latest(match, text, left)  # "and at the latest by mid-January"
        or ahead_by_its_noun(before, right, family.name, bool(resolved[2]))
        or names_a_deadline(family.name, right, resolved[2])
        or (family.name == "date" and effective_from(match, before, resolved, published))
        or sunday_week_ahead(left, match.group(), published)  # "were facing … this week"
        or called_for_a_day(family.name, left, match.group())  # "has called a meeting on Tuesday"
        or timed_against_an_event(family.name, before)  # "before her term ends in January"
    ):
        return True  # "was pushed back several years": the delay itself sets the new time
    if family.name == "weekday" and (
        (match.group("prep") or "").lower() in {"next", "this coming"}
        or effective_from(match, before, resolved, published)
        or SUBJECT_OF_FUTURE.match(text, match.end())  # "said Tuesday will be a hard day"
    ):
        return True  # "have sold him on voting in the primary next Tuesday"
    around = (before, left, right)
    return ahead_by_tense(text, match, family, resolved, published, around, possessive)


def _timeline_year_gone(text: str, published: datetime) -> bool:
    """Whether the sentence is a timeline's entry ("1990s: After serving as …") for a year
    before the story's: every date in it is that year's, gone."""
    entry = _TIMELINE_YEAR.match(text)
    return entry is not None and int(entry.group("year")) < published.year
