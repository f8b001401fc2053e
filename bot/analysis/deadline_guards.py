"""Guards found in an audit on pages of many news and blog sites (issue 10).

The earlier audits read US campaign coverage; pages of tech, business, sports and music
sites brought kinds of their own: a weekday written beside its date ("Friday, Dec. 6"),
counterfactual perfects ("would have been closer"), weekdays naming a weekly service
("end Saturday publication"), and timetable presents ("reports earnings Wednesday",
"the tour kicks off June 9"). A recall round then added frames that set a time ahead
without a plain future ("expected to win Saturday's primary", "The runoff is in two weeks").
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.analysis.deadline_other_times import (
    a_pace,
    conceded_now,
    day_of_an_act,
    month_of_a_record,
    working_week,
)
from bot.analysis.event_nouns import FIXED_GATHERINGS, HELD_EVENTS, POLLS, noun_next
from bot.analysis.future_words import (
    EVERY,
    HABIT,
    PAST_AUXILIARIES,
    PLAIN_FUTURE,
    PLAN_PARTICIPLES,
    POSSESSED_EVENT,
    ROLLED_FUTURE,
    STRONG_FUTURE,
    SUBJECT_OF_FUTURE,
)
from bot.analysis.tense import PAST, REPORTING_VERBS, tense_markers
from bot.analysis.timewords import MONTH, SET_FOR_WORDS

# "Friday, Dec. 6" or "Friday, 6 December": the date beside it is the time to report, and
# the weekday read on its own would land on the coming Friday, not the one of the date.
# "Friday, May 3" or "Friday 3 May", not "On Friday, May is cutting short her holiday".
_DATE_BESIDE = re.compile(
    rf",?\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}|"
    rf"{MONTH}\.?\s+\d{{1,2}}(?!\d))",
    re.IGNORECASE,
)
# A weekday before a noun of a weekly service names the service, not a day ahead.
_WEEKLY_SERVICE = re.compile(
    r"\s+(?:publications?|editions?|(?:news)?papers?|deliver(?:y|ies)|mail|services?|"
    r"classes|school|shifts?|markets?|prayers?|mass|trading|opening hours|hours|"
    r"programming|broadcasts?|columns?|specials?)\b",
)
# "would have been closer to 5%", "the better strategy would have been to ... run in
# 2020": a counterfactual perfect narrates what did not happen; "would have to" is a need.
_COUNTERFACTUAL = re.compile(
    r"\b(?:would|could|should|might)(?:n[’']t|\s+not)?\s+have\s+(?!to\b)"
    r"(?:been|had|made|done|won|lost|got|gotten|seen|taken|given|put|run|kept|held|told|hit|cut|"
    r"[a-z]+ed|[a-z]+en)\b",
    re.IGNORECASE,
)
# "as recently as May of this year": the month is the time, and it has gone.
_MONTH_OF = re.compile(rf"\b{MONTH}\s+of\s+$", re.IGNORECASE)
# A present that sets a time by timetable, past a rolled month or a weekday ahead:
# "the trek, which kicks off June 9", "the session that starts in early January", a listing
# ("is being shown on BBC Four on Saturday 12 February"),
# "Lowe's reports earnings Wednesday", "The Gophers play Saturday", a team's next-game note
# ("Hawks: Host the Bulls on Saturday").
TIMETABLE_PRESENT = re.compile(
    r"\b(?:kicks off|starts|begins|opens|concludes|resumes|picks up|launches|debuts|"
    r"premieres|reports (?:earnings|results)|go(?:es)? on sale|goes live|takes effect|convenes|"
    r"go(?:es)? to the polls|"
    # "when the Wisconsin Republican departs in January": a term's end on the calendar
    r"departs|leaves office|steps down|retires|takes office|(?:is|are) sworn in|"
    r"(?:comes?|coming|enters?) into (?:force|effect)|taking effect|expires|"
    r"(?:is|are) being (?:shown|broadcast|screened|aired|staged)|"
    r"hits (?:select |more )?(?:shelves|stores|theaters|theatres)|"
    r"stops (?:at|in)|(?:^|:\s)(?:Host|Visit|Face|Play)\s|"
    r"(?:they|we|[A-Z][a-z]+s)\s+(?:\([^)]*\)\s+)?play|"
    r"(?:launch|release|opening|premiere) (?:day|date) is)\b",
)

# "the trek, which kicked off ..." narrates; "the school year usually starts in September" is
# a habit, not a date ahead.
_PAST_OR_HABIT = re.compile(
    rf"\b(?:{PAST_AUXILIARIES}|{HABIT}|{EVERY})\b",
    re.IGNORECASE,
)


# "Friday's deadline passed without a deal": the word "deadline" reads ahead, its verb not.
_DEADLINE_GONE = re.compile(
    r"(?:[’']s)?\s+(?:[a-z]+\s+)?deadline\s+(?:has\s+|had\s+)?(?:passed|expired|lapsed|"
    r"came and went|was missed|was extended)\b",
    re.IGNORECASE,
)


# "with private consumption up just 0.2% in the third quarter": a verbless figure reports
# the period it was measured in ("expected to be up 2% in the third quarter" looks ahead).
_FIGURE_BEFORE = re.compile(
    r"\b(?:up|down|higher|lower)\s+(?:by\s+)?(?:just\s+|only\s+|about\s+|around\s+|"
    r"nearly\s+|almost\s+|some\s+)?[\d.,]+\s*(?:%|per\s?cent|percent|"
    r"(?:percentage\s+)?points?)\s+$"
    # "bringing employment close to flat for 2026": a level so far, not a time ahead
    r"|\b(?:flat|unchanged|little\s+changed|steady)\s+$",
    re.IGNORECASE,
)


# "orders would be subject to an appeal within 14 days": the term of a standing rule.
_STANDING_TERM = re.compile(r"\bsubject\s+to\s+(?:an?|any)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "It was hoped she would return this summer, but ...": a hope or plan that has lapsed.
_LAPSED_PLAN = re.compile(
    rf"\b(?:was|were|had\s+been)\s+(?:hoped|{PLAN_PARTICIPLES})\b", re.I
)
# "were set to appear Monday but pulled out", "... until the show was cancelled"
_LAPSED_AFTER = re.compile(
    r"\bbut\b|\b(?:cancell?ed|called off|scrapped|pulled out|postponed|withdrew)\b", re.I
)
# "Saturday Night Live", "Monday Night Football": a show, not a day
_SHOW_NAME = re.compile(r"(?:\s+Night)?\s+(?:Live|Football|Baseball|Raw|Lights)\b")
# "these Halloween monsters": a holiday as a modifier after a demonstrative plural names a
# kind, not a time ("a November matchup" is mostly the coming vote, so months stay)
_KIND_BEFORE = re.compile(r"\b(?:these|those|such)\s+$", re.IGNORECASE)
# "data are current through Nov. 3": a data note, not a time ahead
_DATA_NOTE = re.compile(
    r"\b(?:current|accurate|valid|correct|complete|up to date)\s+(?:as\s+of|through|thru)\s+"
    r"(?:[A-Z][a-z]+day,?\s+)?$",
    re.IGNORECASE,
)
# "this year's prize" names the edition, "this week's convention" mostly one under way;
# "this weekend's final" is an event still ahead.
_EDITION = re.compile(r"this\s+(?:year|month|week)$", re.IGNORECASE)
# "this year's election", "this year's summit": held on a calendar, later in the year.
_YEAR_GATHERING = re.compile(rf"[’']s\s+(?:{FIXED_GATHERINGS})\b", re.IGNORECASE)
# "This week's talks will be another try": the week's event, subject of a future, is ahead.
_WEEK_EVENT_AHEAD = re.compile(POSSESSED_EVENT + SUBJECT_OF_FUTURE.pattern, re.IGNORECASE)
# "pending the outcome of this week's talks": what is awaited is still to come.
_AWAITED = re.compile(r"\b(?:pending|awaiting|await)\b", re.IGNORECASE)
# "its third profit warning in nine months": an ordinal counts back over the span.
_ORDINAL_BEFORE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"(?:\s+[\w-]+){0,3}\s+$",
    re.IGNORECASE,
)


def _standing_or_counted_back(before: str, after: str, family: str, clause: str) -> bool:
    counted = _ORDINAL_BEFORE.search(before) if family == "in_duration" else None
    if counted and counted.group().split()[-1].lower() in {"time", "occasion"}:
        return True  # "it will be the second time in two days": occasions, whatever the tense
    if family == "in_duration" and a_pace(before):
        return True  # "can play three matches in eight days": a pace, whatever the tense
    if PLAIN_FUTURE.search(clause):
        return False  # "will hold the second round in two weeks"
    if counted:
        return True
    if family == "within" and _STANDING_TERM.search(before):
        return True
    lapsed = _LAPSED_PLAN.search(re.split(r"[;:]", before)[-1])
    if lapsed is not None and lapsed.group().lower().startswith("had"):
        return True  # "had been scheduled to speak on Monday, followed by ... on Tuesday"
    return lapsed is not None and _LAPSED_AFTER.search(after) is not None


# A rolled future, or "can": the modal of a month that is still to come.
_MODAL_OR_PLAN = re.compile(rf"{ROLLED_FUTURE.pattern}|\bcan\b", re.IGNORECASE)
# "what happens if they call on me this week?", "Suppose the vote were held in May?": a
# hypothetical asked about, not a time set.
_HYPOTHETICAL = re.compile(
    r"\b(?:what\s+(?:if|happens\s+if|would\s+happen\s+if)|imagine\s+if|suppose|supposing)\b"
    r"[^.?!]*$",
    re.IGNORECASE,
)


def month_a_year_round(text: str, match: re.Match[str], family: str, start: datetime,
                       now: datetime) -> bool:
    """'won three games to go top in November', said in January: a bare month ten months
    ahead after a past verb, with no modal or plan in the sentence, is mostly the last one
    ("voters go to the polls in November", "can be overturned if ... in November" keep it)."""
    prep = (match.group("prep") or "").lower() if family == "month" else ""
    past = PAST.search(text[: match.start()]) is not None and _MODAL_OR_PLAN.search(text) is None
    return (
        family == "month"
        # "the results of the December Claims Committee meeting", read in January: a month
        # naming its meeting is the one just held, whatever the verb
        and (past or _modifies_a_noun(text[: match.start()], text[match.end() :], match.group()))
        and match.group("year") is None
        and prep not in {"next", "this coming"}
        and start - now > timedelta(days=270)
    )


def names_no_deadline(text: str, match: re.Match[str], family: str, clause: str) -> bool:
    """True when the phrase cannot be a time ahead whatever the verb: a weekday beside its
    date, a weekly service, "May of this year", a deadline gone ("Friday's deadline passed"),
    an edition ("this year's prize"), a span counted back or a standing term, a lapsed hope,
    or a counterfactual perfect in its clause."""
    before, after = text[: match.start()], text[match.end() :]
    if month_of_a_record(before, after, match.group()) or conceded_now(before, family):
        return True  # "an October decline", "the trade deal from July", "despite ... this week"
    if family == "later_this" and re.match(r"[’']s\b", after) and _EDITION.search(match.group()):
        # "will meet on the sidelines of this week's summit": an act still to come at it (but
        # not "came to protest this week's convention, say they'll ...")
        own = re.split(r"[,;:—–]", before)[-1]
        week = match.group().lower().endswith("week")
        if _YEAR_GATHERING.match(after) and match.group().lower().endswith("year"):
            # "will stay on the ballot in this year's election": the vote is still to come
            return not (PLAIN_FUTURE.search(own) or _AWAITED.search(own))
        return not (week and (
            PLAIN_FUTURE.search(own) or _AWAITED.search(own) or _WEEK_EVENT_AHEAD.match(after)
        ))
    if _standing_or_counted_back(before, after, family, clause):
        return True
    if family == "year" and match.group().lower().startswith("into") and not (
        STRONG_FUTURE.search(clause)
    ):
        return True  # "states in the column heading into 2016"; "will continue into 2016"
    bare_weekday = family == "weekday" and not before.rstrip().lower().endswith(
        ("next", "this", "coming", "on", "by", "until", "before")
    )
    if family == "weekday" and (_DATE_BESIDE.match(after) or day_of_an_act(
        before, after, match.group()
    )):
        return True
    if family in {"weekday", "tomorrow"} and _SHOW_NAME.match(after):
        return True  # "Saturday Night Live", "Monday Night Football"
    if family == "holiday" and _KIND_BEFORE.search(before) and _NOUN_AFTER.match(after):
        return True  # "these Halloween monsters"
    if _DATA_NOTE.search(before) or _DATA_NOTE.search(before + match.group().split()[0] + " "):
        return True  # "current through Nov. 3"
    if bare_weekday and _WEEKLY_SERVICE.match(after):
        return True
    if family == "weekday" and working_week(text, match.start()):
        return True  # "to be open Monday to Friday": every week's working days
    if family == "later_this" and _MONTH_OF.search(before):
        return True
    if _DEADLINE_GONE.match(after):
        return True
    if _HYPOTHETICAL.search(before) and re.match(r"[^.!]*\?", after):
        return True
    if _FIGURE_BEFORE.search(before) and not STRONG_FUTURE.search(clause):
        return True  # "with consumption up just 0.2% in the third quarter": a figure reported
    # "said the forces would have deployed in full by Saturday": a future perfect reported
    return _COUNTERFACTUAL.search(clause) is not None and not (
        re.match(r"(?i:by)\b", match.group())
        and _REPORTED.search(clause)
        and not _CONDITION_GONE.search(before)
    )


_REPORTED = re.compile(rf"\b(?:{REPORTING_VERBS.pattern}|says|tells|expects?|expected)\b", re.I)
_CONDITION_GONE = re.compile(r"\b(?:[Ii]f|[Hh]ad)\b")


# "is asking bloggers to dedicate their sites on 22 February": a present request for a
# later act ("urged them to vote in February" reports one made then).
_ASKS_NOW = re.compile(
    r"\b(?:(?:is|are)\s+(?:asking|urging|calling on|inviting|encouraging)|asks|urges|"
    r"calls on|invites|encourages)\b(?:\s+[\w’'-]+){0,5}?\s+to\s+[a-z]+",
    re.IGNORECASE,
)


# "Judge Ames set the trial for Feb. 25": a day something is set for lies ahead.
SET_FOR = re.compile(
    rf"\b(?:{'|'.join(SET_FOR_WORDS)})\b(?:\s+[\w’'.-]+){{0,4}}?\s+for\s+$", re.I
)

# "after the final report is delivered on Feb. 1", "once the deal is signed in March": a
# present after a time word speaks of what is still to come.
_DONE_AFTER = re.compile(
    r"\b(?:after|once|when|until|before)\s+(?:[\w’'-]+\s+){1,6}?(?:is|are)\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\s+$",
    re.IGNORECASE,
)


def rolled_by_timetable(left: str, tense: str | None, before: str) -> bool:
    """A rolled month set by a timetable present ("which kicks off June 9th", "laws coming
    into force on 1 January"), asked for now ("is asking them to ... on 22 February"), or
    the day something is set for ("set the trial for Feb. 25"), or the day a step after a
    time word is done ("within 30 days after the final report is delivered on Feb. 1")."""
    if _DONE_AFTER.search(before[-120:]):
        return True
    own = re.split(r"[,;]", left)[-1]
    if SET_FOR.search(before[-80:]) and not _LAPSED_PLAN.search(own):
        return True
    parts = re.split(r"[,;]", before)
    if len(parts) > 1 and re.match(r"\s*followed by\b", parts[-1]):
        own = parts[-2]  # "hits theaters on Dec. 31, followed by a wider release in January"
    if tense == "past" or _PAST_OR_HABIT.search(own):
        return False
    return TIMETABLE_PRESENT.search(own) is not None or _ASKS_NOW.search(own) is not None


# "planned outages", "a planned all-hands": an adjective, not a plan for the time named.
_PLANNED_ADJECTIVE = re.compile(r"\bplanned\s+(?!to\b|for\b|on\b|in\b|by\b|at\b)(?=[a-z])")
# "within weeks of an October news conference": a month eleven months ahead, as a
# modifier after an article, names the last one.
# "the U.S. February trade data": a name may stand between the article and the month.
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+(?-i:[A-Z][\w.]*\s+)?$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?:[a-z]|[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?[a-z])")
# "the record seen in December", "a peak reached in March": a participle standing for a
# relative clause of the past ("that was seen"); not "will be held in", "due in".
PAST_PARTICIPLE_BEFORE = re.compile(
    r"(?<!\b(?:be|is|to)\s)(?<!\b(?:are|was|has)\s)(?<!\b(?:been|were|have)\s)(?<!\bbeing\s)"
    rf"\b(?:seen|hit|made|won|(?!(?:{PLAN_PARTICIPLES}|expected|planned|need|speed|indeed|"
    r"proceed|exceed|succeed|feed|shed)\b)[a-z]+ed)\s+$"
)


def without_adjectives(text: str) -> str:
    return _PLANNED_ADJECTIVE.sub("", text)


# A vote named by its month is held at a set time, as often the coming one as the last:
# the clause's tense decides, as for any month rolled ahead.
_VOTE_AFTER = re.compile(noun_next(POLLS))


def names_a_month_gone(before: str, after: str, phrase: str) -> bool:
    """A bare rolled month as a modifier ("an October news conference") or a possessive
    after any but a deadline's preposition ("from January's record", not "wait until
    February's primaries") is last month's."""
    if re.match(r"(?:by|before|until|till)\b", phrase, re.I):
        return False
    if re.match(r"[’']s\b", after):
        return True
    return _modifies_a_noun(before, after, phrase)


def _modifies_a_noun(before: str, after: str, phrase: str) -> bool:
    """'an October news conference': a bare month between an article and its noun."""
    return (
        _ARTICLE_BEFORE.search(before) is not None
        and _NOUN_AFTER.match(after) is not None
        and _VOTE_AFTER.match(after) is None  # "will run in the June local elections"
        and re.match(MONTH, phrase) is not None
    )


# "told investors on Oct. 31 that the merger would ...": the day a thing was said, even
# with a future in what was said ("announced on Wednesday, October 25, that": its date).
SAID_ON_A_DAY = (
    r"told|said|says|announced|wrote|warned|informed|reported|stated|testified|added|posted|"
    r"tweeted|confirmed"
)
_REPORTED_ON = re.compile(rf"\b(?:{SAID_ON_A_DAY})\b", re.I)


def is_the_day_it_was_said(before: str, after: str) -> bool:
    return re.match(r",?\s+that\b", after) is not None and _REPORTED_ON.search(before) is not None


# "The runoff is in two weeks": a copula before a span from now dates the subject.
_COPULA_BEFORE = re.compile(r"\b(?:is|are)\s+(?:now\s+|only\s+|just\s+)?$", re.IGNORECASE)
# "the summit in two weeks", "the primary in Ohio in three weeks": an event set a span from
# now; "the second meeting in two weeks" counts back.
_EVENT_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:(?!(?:first|second|third|another|latest|last|"
    rf"only)\b)[A-Za-z-]+\s+){{0,2}}(?:{HELD_EVENTS}|deadline|visit|ceasefire|launch)\s+"
    r"(?:in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+)?$"
)
# "expected to win Saturday's primary", "to keep him from winning Saturday's primary": a
# verb of its own still to happen.
_INFINITIVE_BEFORE = re.compile(r"\b(?:to\s+[a-z]+|(?:from|of)\s+[a-z]+ing)\s+$", re.I)
_AT_EVENT = re.compile(r"\b(?:at|in|for)\s+$", re.IGNORECASE)
# "was expected to win Saturday's primary": the expectation, and mostly the day, have gone.
_PAST_AUXILIARY = re.compile(rf"\b(?:{PAST_AUXILIARIES})\b", re.IGNORECASE)
# "campaigning before the runoff on Saturday": an event the clause is still heading for.
_BEFORE_EVENT = re.compile(
    r"\b(?:before|ahead of)\s+(?:the|its|his|her|their)\s+(?:[a-z]+\s+){1,3}(?:on\s+)?$",
    re.IGNORECASE,
)


# "the club's next preseason game is on Sunday": the next event of a series is still ahead
_NEXT_EVENT_IS = re.compile(r"\b(?:next|upcoming)\s+(?:[\w-]+\s+){0,2}(?:is|are)\s+$", re.I)


def set_ahead_by_frame(before: str, family: str, possessive: bool, tense: str | None) -> bool:
    """Frames that put a phrase ahead without a plain future (called once a day just gone
    and the publication day have been ruled out)."""
    if family == "weekday" and _NEXT_EVENT_IS.search(before):
        return True
    if tense == "past" or _PAST_AUXILIARY.search(before):
        return False
    if family == "in_duration":
        return bool(_COPULA_BEFORE.search(before) or _EVENT_BEFORE.search(before[-80:]))
    if family != "weekday":
        return False
    if possessive:
        # "is set to go head-to-head with him at Friday's grand prix": a plain future in
        # the clause, with the event after a preposition.
        own = re.split(r"[,;:]", before)[-1]
        at_event = _AT_EVENT.search(own) is not None and PLAIN_FUTURE.search(own) is not None
        return tense == "weak" and (
            _INFINITIVE_BEFORE.search(before) is not None or at_event
        ) and not infinitive_of_a_past(own)
    return _BEFORE_EVENT.search(before) is not None


# Verbs of saying report the plan rather than date it ("said they hope to win ...").
_SAYING = re.compile(r"(?:said|told|wrote|added|stated|reported|noted|announced)", re.I)


def infinitive_of_a_past(own: str) -> bool:
    """"decided against a court challenge to stop Saturday's rally": the infinitive hangs,
    through a noun, on a past act of its own clause, so the day is the one just gone; not
    "decided to stop Saturday's rally" (a plan) nor "said they hope to win Saturday's vote"."""
    markers = sorted(tense_markers(own, from_right=True))
    if len(markers) < 2 or markers[0][1] != "weak" or markers[1][1] != "past":
        return False
    end = len(own) - markers[1][0]
    verb = re.search(r"[\w’']+$", own[:end])
    return (
        verb is not None
        and not _SAYING.fullmatch(verb.group())
        and not re.match(r"\s+to\b", own[end:])
    )
