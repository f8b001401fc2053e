"""Phrases that read as a time ahead but name another time: a date of another year given
beside it, or a time in a speaker's own hypothetical.

Found on fresh news pages: a plaque's "August 15th to September 8th, 1963" (the year closes
the range), "the concluding session on Sunday, September 8th" (a weekday that is not the
weekday of this year's date), a columnist's "If one analyst catches him sneezing
tomorrow, I'd stay away", the days of every week ("to be open Monday to Friday") and a
pace ("three matches in eight days").
"""

from __future__ import annotations

import re

from bot.analysis import timewords as tw
from bot.analysis.calendar_words import SEASON_NAME
from bot.analysis.event_nouns import FIXED_GATHERINGS
from bot.analysis.lexicon import SOURCE_PAPERS
from bot.analysis.tense import nearest_tense, sentence_tense, tense_markers

# "August 15th to September 8th, 1963": the year after a range's end is its start's too.
_RANGE_END_YEAR = re.compile(
    rf"\s*(?:to|through|until|till|and|[-–])\s+(?:{tw.MONTH}\s+)?\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:\s+(?:of\s+)?{tw.MONTH})?\s*,?\s+(?P<year>1\d\d\d|20\d\d)\b"
)
# "on Sunday, September 8th": the weekday written before the date.
_WEEKDAY_BEFORE = re.compile(
    rf"\b(?P<weekday>{tw.WEEKDAY_NAME}),?\s+(?:the\s+)?"
    r"(?:(?:on|by|until|before)\s+)?$",
    re.IGNORECASE,
)
_CLOSES_A_RANGE = re.compile(r"(?:through|thru|to|until|till)\b", re.IGNORECASE)
# "If one analyst catches him sneezing tomorrow, I'd stay away": a condition whose main
# clause is the speaker's own would.
_IF_BEFORE = re.compile(r"\b(?:if|even if)\b[^.;:!?]*$", re.IGNORECASE)
_OWN_WOULD_AFTER = re.compile(
    r"^[^.;:!?]*?,\s*(?:then\s+)?(?:I|we|you)(?:[’']d|\s+would|\s+wouldn[’']t|\s+might|"
    r"\s+could)\b"
)


def names_another_time(
    text: str, match: re.Match[str], family: str, resolved: tw.Range
) -> bool:
    """A date whose year, written beside it, is not the one it resolved to, or a time inside
    a speaker's hypothetical condition."""
    before, after = text[: match.start()], text[match.end() :]
    if family == "date" and not match.group("year"):
        closing = _RANGE_END_YEAR.match(after)
        if closing is not None and int(closing.group("year")) != resolved[0].year:
            return True
        weekday = _WEEKDAY_BEFORE.search(before)
        # "from Wednesday through Jan. 13": the weekday opens a range the date closes
        if weekday is not None and not _CLOSES_A_RANGE.match(match.group()) and (
            tw.WEEKDAYS.index(weekday.group("weekday").lower()) != resolved[0].weekday()
        ):
            return True  # "Sunday, September 8th" in a year whose September 8 is a Friday
    return _IF_BEFORE.search(before) is not None and _OWN_WOULD_AFTER.match(after) is not None


# "rate hikes for the remainder of this year": what is left of a period lies ahead whatever
# the verb; so does a noun of expectation ("increases the chance of rate hikes this year",
# "dims hopes for a deal this month") unless a past of its own follows ("... faded").
_REST_OF = re.compile(r"\b(?:the\s+)?(?:rest|remainder|balance)\s+of\s+$", re.IGNORECASE)
# The nouns of how likely something is, shared by expectations, forecasts and the risks a
# span is reckoned over (`deadline_hedges`).
CHANCE_NOUNS = r"chances?|odds|likelihood|risks?"
_LIKELIHOOD = rf"{CHANCE_NOUNS}|forecasts?"
_EXPECTATION_OF = re.compile(
    rf"\b(?:{_LIKELIHOOD}|probability|prospects?|hopes?|expectations?|bets?|pricing)"
    r"\s+(?:of|for)\s+(?:[\w’'-]+\s+){1,4}$",
    re.IGNORECASE,
)


# "who turns 18 in three days", "the permit expires in two weeks": a present of a change
# set by the calendar puts the span ahead, and a date too ("The accord expires in March").
CALENDAR_PRESENT = re.compile(
    r"\b(?:turns\s+\d+|expires|lapses|reopens|retires|runs\s+out)\s+$", re.IGNORECASE
)
# "a risk of severe storms from Omaha to Dallas on Saturday": a forecast noun governs a
# weekday just ahead, however long the place between (but not across a quote's end, and not
# in "forecasts for growth after the deal was announced on Monday": a clause told in the past).
_FORECAST_OF = re.compile(
    rf"\b(?:{_LIKELIHOOD}|threats?|outlook)\s+(?:of|for)\s+[^,;.:“”\"]*$",
    re.IGNORECASE,
)

# "for a place in Sunday's final": a place in an event is competed for before it.
_PLACE_IN = re.compile(r"\b(?:a|their|his|her|its)\s+(?:place|spot|berth)\s+in\s+$", re.I)


# "bought crude for delivery in April": goods bought now for a delivery at a time named
# (one this year; a month rolled to next year needs a verb of its own).
_DELIVERY_FOR = re.compile(
    r"\bfor\s+(?:delivery|shipment|loading|arrival)\s+$", re.IGNORECASE
)


# "the harbour summit in November": a gathering dated by its month, ahead whatever the
# clause's verb ("the officials running the summit in November have said ...").
_GATHERING_IN = re.compile(
    rf"\bthe\s+(?:[\w.-]+\s+){{0,3}}(?:{FIXED_GATHERINGS})\s+$", re.I
)


# "Still a lot of time until Friday", "two days left before Sunday": the time left
# before a day names that day ahead (not "spent a lot of time until Friday").
_TIME_LEFT_UNTIL = re.compile(
    r"(?<!spent\s)(?<!spend\s)(?<!wasted\s)\b(?:(?:a\s+lot\s+of|plenty\s+of|little|enough|more|"
    r"less|some|no)\s+time|(?:days|hours|weeks)\s+(?:left|remaining|to\s+go))\s+$",
    re.IGNORECASE,
)


def ahead_by_its_noun(before: str, right: str, family: str, rolled: bool = False) -> bool:
    if family in {"date", "month"} and not rolled and _DELIVERY_FOR.search(before):
        return True
    if family == "month" and not rolled and _GATHERING_IN.search(before):
        return True
    if family == "to_go":  # the span left before an event names the event's time, whatever
        # the verb; but "they had only two weeks left to file" was told from a day gone
        return re.search(r"\b(?:had|was|were)\s+(?:only\s+|just\s+)?$", before, re.I) is None
    if family == "in_duration":
        return CALENDAR_PRESENT.search(before) is not None
    if family == "weekday" and _TIME_LEFT_UNTIL.search(before):
        return True  # "still a lot of time until Friday": the time left runs to the day
    if family == "weekday":
        told = {tense for _, tense in tense_markers(before, from_right=True)}
        if _PLACE_IN.search(before) and "past" not in told:
            return True  # "semi-finals kick off tomorrow for a place in Sunday's final"
        forecast = _FORECAST_OF.search(before[-160:])
        return (
            forecast is not None
            and all(tense != "past" for _, tense in tense_markers(forecast.group(), True))
            and nearest_tense("", right) != "past"
        )
    if family != "later_this":
        return False
    if _REST_OF.search(before):
        return True
    return _EXPECTATION_OF.search(before[-80:]) is not None and nearest_tense("", right) != "past"


# "reversing an October decline", "the soft August jobs report": a bare month before a noun
# of what was measured names the period measured, never a time something is due ("the
# October report will show ..." is released later, but not in October). Rises and cuts
# are left out: "a September rate rise" is mostly a step still to come.
_MEASURED_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:declines?|drops?|slumps?|dips?|contraction|jump|surge|"
    r"reading|figures|data|numbers|report|payrolls|print)\b"
)


def _noun_before(nouns: str) -> re.Pattern[str]:
    """One of these nouns, with its determiner and up to three words, right before a time."""
    return re.compile(
        rf"\b(?:the|an?|its|their|his|her|this|that)\s+(?:[\w.’'-]+\s+){{0,3}}?(?:{nouns})\s+$",
        re.IGNORECASE,
    )


# "the trade deal from July": a deal or report dated by the month it came from; not "tariffs
# from July" (a start) nor "from July to September" (a range). Not event_nouns: the talks and
# summits here are ones already held, named by what came out of them.
_RECORD_FROM = _noun_before(
    "deal|agreement|pact|accord|truce|report|data|figures|survey|statement|talks|summit"
)
# "according to a United Nations report in July": a source dated by when it came out.
_SOURCE_DATED = re.compile(
    r"\baccording\s+to\s+(?:the|an?|its|their)\s+(?:[\w.’'-]+\s+){0,3}?"
    rf"{SOURCE_PAPERS}s?\s+$",
    re.IGNORECASE,
)
# "her order from Friday", "the ruling from Monday": an act dated by the day it came.
_ACT_FROM = _noun_before(
    "order|ruling|decision|judgment|verdict|statement|remarks|comments|letter|speech|call|meeting"
)
_SEASON_FROM = re.compile(rf"from\s+the\s+(?:{SEASON_NAME})", re.I)
_EVENTS_FROM = re.compile(
    r"\b(?:events|incidents|protests|clashes|scenes|footage|images|videos|photos)\s+$", re.I
)
# "full food benefits for November", "the rent payments for December": the month a payment
# is for labels it; it tells no time the payment is due.
_PAID_FOR = re.compile(
    r"\b(?:benefits|payments?|allotments?|salar(?:y|ies)|wages|rent|pensions?|stipends?|"
    r"allowances?|allocations?|subsid(?:y|ies))\s+for\s+$",
    re.IGNORECASE,
)
_RANGE_GOES_ON = re.compile(r"\s*(?:to|until|till|through|onwards?|on|[-–])\b", re.IGNORECASE)


def month_of_a_record(before: str, after: str, phrase: str) -> bool:
    """A bare month naming what was measured in it or paid for it, or a deal or report
    'from' it."""
    if _SOURCE_DATED.search(before[-80:]) and re.fullmatch(rf"in\s+{tw.MONTH}", phrase, re.I):
        return True  # "according to a United Nations report in July": when it came out
    month = re.fullmatch(rf"(?P<lead>from\s+)?{tw.MONTH}", phrase, re.IGNORECASE)
    if month is None:
        # "events from the summer": what happened then, told of, not a time still ahead.
        return _SEASON_FROM.fullmatch(phrase) is not None and (
            _EVENTS_FROM.search(before[-40:]) is not None and not _RANGE_GOES_ON.match(after)
        )
    if month.group("lead"):
        return _RECORD_FROM.search(before[-80:]) is not None and not _RANGE_GOES_ON.match(after)
    return _MEASURED_AFTER.match(after) is not None or _PAID_FOR.search(before[-40:]) is not None


# "Despite a last-ditch scramble for votes this week, ...": a concession states what is
# already so; "despite talks due this week" still names a plan.
_DESPITE = re.compile(r"\b(?:despite|in spite of|notwithstanding)\b[^,;:]*$", re.IGNORECASE)


def conceded_now(before: str, family: str) -> bool:
    despite = _DESPITE.search(before)
    return (
        family == "later_this"
        and despite is not None
        and not tense_markers(despite.group(), from_right=True)
    )


# "But the next year at the Oslo summit, they failed to …": "the next year" counts from a
# year the story told of, not from today, when its sentence is told in the past; "over the
# next year" is a span from now.
_THE_NEXT = re.compile(r"(?<!over )(?<!within )(?<!in )(?<!for )(?<!during )\bthe\s+$", re.I)


def next_of_a_told_year(text: str, match: re.Match[str], family: str) -> bool:
    """Whether a "the next year" of a past narrative is meant (no time ahead)."""
    return (
        family == "next_period"
        and _THE_NEXT.search(text[: match.start()]) is not None
        and sentence_tense(text, match.start(), match.end()) == "past"
    )


def day_of_an_act(before: str, after: str, phrase: str) -> bool:
    """'could appeal her order from Friday': a weekday dating an order or a statement that
    came then, not a time still ahead ("from Friday to Sunday" is a range)."""
    return (
        re.match(r"from\s", phrase, re.IGNORECASE) is not None
        and _ACT_FROM.search(before[-60:]) is not None
        and not _RANGE_GOES_ON.match(after)
    )


# "Monday to Friday", "Monday through Saturday" with no "from", "on" or "next" before: the
# days of every week.
_WORKING_WEEK = re.compile(
    rf"(?<!\bfrom\s)(?<!\bon\s)(?<!\bnext\s)(?<!\bthis\s)(?<!\bby\s)\b{tw.WEEKDAY_NAME}s?\s+"
    rf"(?:to|through|thru|-|–)\s+{tw.WEEKDAY_NAME}s?\b(?!\s+(?:next|this)\s+week)",
    re.IGNORECASE,
)


def working_week(text: str, at: int) -> bool:
    """Whether the weekday at `at` bounds a range of every week's days ("Monday to Friday")."""
    return any(week.start() <= at < week.end() for week in _WORKING_WEEK.finditer(text))


# "can play three matches in eight days": so many events in a span is a pace.
_PACE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:matches|games|goals|"
    r"races|fights|bouts|rounds|tests|shows|concerts|stops|visits)\s+$",
    re.IGNORECASE,
)


def a_pace(before: str) -> bool:
    """Whether the words before a span count events run within it."""
    return _PACE.search(before) is not None
