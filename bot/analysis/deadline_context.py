"""Time words that are no time ahead, whatever the verb: names, idioms, datelines, and
phrases that look back ("so far this year", "after selling ... at the end of the year").

These came from auditing the deadlines found in real political news (issue 10).
"""

from __future__ import annotations

import re

from bot.analysis import timewords as tw
from bot.analysis.calendar_words import SEASON_NAME
from bot.analysis.deadline_clause import OPENING_PREPOSITION, looks_ahead_in_clause
from bot.analysis.deadline_families import DURATION_FAMILIES
from bot.analysis.event_nouns import DEEDS, HELD_EVENTS
from bot.analysis.future_words import (
    HABIT,
    LATER_FUTURE,
    PLAIN_FUTURE,
    STRONG_FUTURE,
    SUBJECT_OF_FUTURE,
)
from bot.analysis.tense import REPORTING_VERBS, tense_markers

_LOOKING_BACK = re.compile(r"\b(?:so far|thus far|to date|up to now)\s+$", re.IGNORECASE)
# "after selling its shares at the end of the year": a finished step, unless a future verb
# governs it ("will decide after hearing evidence on Monday").
_AFTER_DOING = re.compile(r"\b(?:after|since)\s+[a-z]+ing\b", re.IGNORECASE)
# A weekday inside a name: "Super Tuesday", "Black Friday", "Good Friday".
_NAMED_WEEKDAY = re.compile(
    r"\b(?:Super|Black|Good|Cyber|Bloody|Ash|Holy|Maundy|Giving|Easter|Palm|Shrove|Fat)\s+$"
)
# A date that names a past event, a deed done already: "the Sept. 11 attacks", "the
# militia's May 3 assault", "those responsible for May 3 [attacks]", "families of Sept. 11
# victims" (the deed known by whom it struck or who did it).
_NAMED_EVENT_AFTER = re.compile(
    rf"\s*\[?\s*(?:{DEEDS}|victims|survivors|hijackers|attackers|bombers)\b", re.IGNORECASE
)
# A rule for a day, not a day: "the first Monday in September".
_ORDINAL = r"\b(?:first|second|third|fourth|last|final)\s+"
_ORDINAL_WEEKDAY = re.compile(_ORDINAL + r"$", re.IGNORECASE)
_ORDINAL_WEEKDAY_OF = re.compile(
    _ORDINAL + tw.WEEKDAY_NAME + r"\s+$", re.I
)
# "her New Year speech", "their Christmas party": the holiday names an occasion.
_POSSESSIVE = re.compile(r"\b(?:her|his|their|its|our|my|your)\s+$", re.IGNORECASE)
# A noun after "their February": what the month covers, unless it is a meeting held in it
# ("will cut rates at their September meeting").
_COVERED_AFTER = re.compile(rf"\s+(?!(?:{HELD_EVENTS})s?\b)[a-z]")
# "in early June of that year", "in the fall of 1960": another year's time.
_ANOTHER_YEAR = re.compile(
    r"\s*,?\s*of\s+(?:that|the\s+same|the\s+previous|the\s+following)\s+year\b"
    r"|\s*,?\s*(?:of\s+)?1\d\d\d\b",
    re.IGNORECASE,
)
_IDIOM = re.compile(r"(?i:at\s+the\s+end\s+of\s+the\s+day)")
_DATELINE_WORDS = re.compile(
    rf"{tw.MONTH}|(?i:{tw.WEEKDAY_NAME}|of|the)|[\W\d_]"
)
_OPENING = "“\"‘'(—– \n"
# "as it gets closer to November in election years", "usually holds it in May": a time that
# recurs, not one ahead. Not future_words.HABIT: this rules a named date out from the whole
# left clause, so only words that cannot qualify a single plan are here ("has always said
# she will go in May", "every vote will be counted by May 1" still name a May ahead).
_HABITUAL = re.compile(
    r"\b(?:tends? to|usually|typically|traditionally|normally|customarily|historically|"
    rf"every (?:year|month|week|{SEASON_NAME})|each (?:year|month|week)|"
    r"annually)\b",
    re.IGNORECASE,
)
_HABITUAL_AFTER = re.compile(
    r"\s+(?:(?:in|during)\s+(?:\w+\s+)?(?:election|presidential|midterm)\s+years|"
    r"(?:every|each)\s+(?:year|month|week))\b",
    re.IGNORECASE,
)
# A span that a habit takes: only words of a habit, since "generally expected to vote
# within days" is still one plan ahead unless nothing looks ahead ("will").
_SPAN_FAMILIES = DURATION_FAMILIES | {"for_span"}
_HABIT_OF_SPANS = re.compile(rf"\b(?:tends? to|{HABIT}|routinely|customarily)\b", re.I)
# "have been meeting", "has been talking": a present perfect of doing, already under way.
_UNDER_WAY = re.compile(r"\b(?:has|have|’ve|'ve)\s+been\s+[a-z]+ing\b", re.IGNORECASE)
_HABITUAL_FAMILIES = frozenset({"date", "weekday", "month", "month_alternative", "season",
                                "holiday", "weekend"})
# "After losing the vote this week, the party is ...": the time of a finished step that
# opens the sentence.
_OPENING_AFTER = re.compile(r"\s*[“\"]?(?:After|Since)\s+[a-z]+ing\b")
# "Trump's announcement Friday": an owner's event named by its day.
_OWNED_NOUN = re.compile(r"[’']s\s+[a-z]+\s+$")
# "In the coming months, he vowed to ban ...": an opening time of a narrated promise.
_OPENING_VOW = re.compile(
    r"\s*,\s*(?:[\w’'.-]+\s+){1,3}?(?:vowed|swore|resolved|threatened|sought)\s+to\b",
    re.IGNORECASE,
)
_REPORTED_LONG_AGO = re.compile(
    rf"^\W*(?:(?:[\w-]+\s+){{0,2}}?(?:days|weeks|months|years)\s+ago|last\s+(?:month|year))\b.*"
    rf"\b(?:{REPORTING_VERBS.pattern}|stated)\b",
    re.IGNORECASE,
)
_WIRE_DATELINE = re.compile(r"\s*\((?:UPI|AP|AFP|Reuters|CNN|Xinhua)\)")
_CHANGE_WORDS = (
    r"up|down|jump|jumps|rise|rises|rose|increase|increased|gain|gained|drop|dropped|"
    r"fall|fell|decline|declined"
)
_CHANGE_BEFORE = re.compile(
    rf"\b(?:{_CHANGE_WORDS}|points?|percent)\b[^,;]{{0,30}}$", re.IGNORECASE
)
_RANGE_ON = re.compile(r"\s*(?:,\s*)?(?:to|through|until|till|and|-|–)\b", re.IGNORECASE)
# A capitalised word right before a bare month that could not open a time phrase: "Jill
# June", "Brian May" are people in a list of names.
_NAME_BEFORE_MONTH = re.compile(r"(?<![\w.])[A-Z][a-z]+\s$")
_NOT_A_FIRST_NAME = re.compile(
    rf"(?i:in|on|by|of|and|or|but|from|since|until|till|through|before|after|during|"
    rf"early|late|mid|next|last|this|that|each|every|around|between|starting|"
    rf"sometime|effective|come|beginning|ending|for|to|as|with|about|than|the|a|"
    rf"{tw.WEEKDAY_NAME})"
    rf"|{tw.MONTH}"
)
# "during summer", "in summer and fall": a bare season is the usual time of a habit.
_BARE_SEASON_PAIR = re.compile(rf"\s+(?:and|or)\s+(?:{SEASON_NAME})\b", re.I)
# "Merger today, Chapter 11 tomorrow": a slogan's contrast, not a day.
_TODAY_CONTRAST = re.compile(
    r"\b(?:today|now)\s*[,;]\s*((?:[^\s,;.]+\s+){0,4})$", re.IGNORECASE
)  # also "segregation now, segregation tomorrow, segregation forever"
# "the three months to December", "the year ending March": an accounting period.
_PERIOD_TO = re.compile(
    r"\b(?:months?|weeks?|year|quarter|half|period)\s+(?:to|ending|ended)\s+$", re.IGNORECASE
)
_HOLIDAY_GOODS = re.compile(
    r"\s+(?:trees?|cards?|lights|decorations|gifts?|presents|shopping|carols?|songs?|"
    r"sweaters?|markets?|movies?|music|cheer|spirit)\b",
    re.IGNORECASE,
)


def is_dateline(text: str) -> bool:
    """'Saturday, March 19, 2016.' on a line of its own: when the copy was dated."""
    return not _DATELINE_WORDS.sub("", text).strip()


# "Mumbai, Oct 19 (PTI) RBL Bank expects …", "WASHINGTON, March 3 (Reuters) -": where and
# when the copy was filed, opening the story.
_FILED = re.compile(
    rf"\s*[A-Z][\w.'’ -]{{1,30}},\s*(?:{tw.MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{tw.MONTH})"
    r"(?:,?\s*\d{4})?\s*(?:\([^)\n]{1,30}\)|--|—|–|-)"
)


# "A few months later in October": a story's next step, told from its own past.
_STEP_LATER = re.compile(r"\b(?:days|weeks|months|years)\s+later\s+(?:in\s+|on\s+)?$", re.I)


def without_filed_dateline(text: str) -> str:
    """The sentence with an opening dateline blanked (offsets kept): its day is the copy's."""
    filed = _FILED.match(text)
    return text if filed is None else " " * filed.end() + text[filed.end() :]


def names_no_time_ahead(text: str, match: re.Match[str], family: str) -> bool:
    before, after = text[: match.start()], text[match.end() :]
    phrase = match.group()
    if _LOOKING_BACK.search(before):
        return True  # "is down 15 percent so far this year"
    if _STEP_LATER.search(f"{before}{phrase.split()[0]} "):
        # "A few months later in October, the CFO said": a story's next step, whether the
        # phrase is "later in October" or "in October"
        return True
    left = re.split(r"[,;:—–]", before)[-1]
    if family not in {"date", "weekday"} and _AFTER_DOING.search(left) and not (
        STRONG_FUTURE.search(left)
    ):
        return True  # but "after winning Ohio on March 15" names the day of the win
    opening_after = _OPENING_AFTER.match(before)
    if (
        family not in {"date", "weekday"}
        and opening_after
        and re.match(r"\s*,", after)
        and not tense_markers(before[opening_after.end() :], from_right=True)
    ):
        return True  # but "After winning Iowa, she heads to Ohio next week" looks ahead
    if family in _HABITUAL_FAMILIES and (_HABITUAL.search(left) or _HABITUAL_AFTER.match(after)):
        return True
    if family in _SPAN_FAMILIES and _HABIT_OF_SPANS.search(left) and not LATER_FUTURE.search(left):
        return True  # "Patients generally return home within a day or two": any patient's
    if family == "later_this" and _UNDER_WAY.search(left) and not STRONG_FUTURE.search(left):
        return True  # "UCU have been meeting with UUK this week": talks under way, not due
    if re.search(r"=\s*[\"']$|\(@\w+\)\s*$", before):
        return True  # markup: tweet-date="March 4, 2016", a tweet signed "(@handle) March 4"
    if family in _HABITUAL_FAMILIES and re.search(r"\b(?:every|each)\s+$", before, re.I):
        return True  # "Every December, the magazine names ..."
    if (
        family in {"month", "weekday"}
        and phrase[:1].isupper()  # the bare name, not "that by early September"
        and re.search(r"\bthat\s+$", before, re.I)
        and not SUBJECT_OF_FUTURE.match(after)  # "said that Tuesday “will be a hard day”"
        and not re.match(r"\s+(?:is|remains)\s+the\b", after)  # "that Tuesday is the deadline"
    ):
        return True  # "in that October speech": one already named
    if family == "tomorrow" and re.search(r"\bof\s+$", before, re.I):
        return True  # "the candidates of tomorrow": the future in general
    if family == "in_duration" and re.match(r"\s+(?:when|where|in which)\b", after, re.I):
        return True  # "In a year when voters are angry": a kind of year, not a wait
    if family == "next_period" and re.search(r"(?:^|[,;]\s*|\band\s+)the\s+$", before, re.I):
        return True  # "The next month, he sued": the month after a narrated one
    if family == "end_of_period" and _IDIOM.fullmatch(phrase):
        return True  # "at the end of the day" means "all things considered"
    if _ANOTHER_YEAR.match(after):
        return True
    if family == "weekday" and (_NAMED_WEEKDAY.search(before) or (  # not "last until Friday"
            _ORDINAL_WEEKDAY.search(before) and not match.group("prep"))):
        return True
    if family == "month" and (
        _ORDINAL_WEEKDAY_OF.search(before)
        or _ORDINAL_WEEKDAY_OF.search(re.sub(r"\b(?:in|of)\s+$", "", before))
    ):
        return True
    if family == "holiday" and (
        _POSSESSIVE.search(before)
        or re.match(r"\s+(?!(?:Day|Eve|Sunday|Monday)\b)[A-Z]", after)
        or _HOLIDAY_GOODS.match(after)
    ):
        return True  # "her New Year speech", "Easter Seals", "Christmas trees from Oregon"
    if family == "month" and _POSSESSIVE.search(before) and _COVERED_AFTER.match(after):
        return True  # "must file their February reports": the month the report covers
    if family == "date" and _NAMED_EVENT_AFTER.match(after):
        return True
    if family in {"month", "date"} and _PERIOD_TO.search(before):
        return True  # "profits for the three months to December": a period reported
    if family == "month" and re.search(r"\bit(?:\s+(?:is|was)|[’']s)\s+$", before, re.I):
        return True  # "While it is April before an election": the month it is now
    if family == "month" and re.match(r"\s+(?:issue|edition)\b", after, re.IGNORECASE):
        return True  # "In the April issue of the magazine"
    if family == "date" and _WIRE_DATELINE.match(after):
        return True  # "NEW YORK, Dec. 22 (UPI) -": the day of the report
    if family == "month" and _from_a_baseline(match, after):
        return True  # "a 12-point jump from November", "to 25 kg, from 20 kg in October"
    if family == "month" and _names_a_person(before, match):
        return True
    if family == "season" and _habitual_season(match, after) and not PLAIN_FUTURE.search(before):
        return True
    contrast = _TODAY_CONTRAST.search(before) if family == "tomorrow" else None
    if (
        contrast
        and not tense_markers(contrast.group(1), from_right=True)
        and not PLAIN_FUTURE.search(re.split(r"[,;.]", after)[0])
    ):
        return True
    # "The Tonight Show": a capital mid-sentence, not after a quotation mark, is a title.
    return (
        family == "tomorrow"
        and match.group("word")[:1].isupper()
        and bool(before.strip())
        and before.rstrip(" ")[-1:] not in _OPENING
        and not re.search(r"[.!?]\s*$", before)
    )


# "to 25 kg, from 20 kg in October", "falling to 44 percent, from 54 percent in July": the
# month of the figure a change is measured from.
_FROM_A_FIGURE = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?[$£€]?\d[\d.,]*\s*"
    r"(?:%|[a-z]+(?:\s+[a-z]+)?)?\s+$",
    re.IGNORECASE,
)
_CHANGED_TO = re.compile(
    rf"\bto\s+(?:about\s+|around\s+)?[$£€]?\d|\b(?:{_CHANGE_WORDS}|rising|falling)\b",
    re.IGNORECASE,
)


def _from_a_baseline(match: re.Match[str], after: str) -> bool:
    """'up 12 points from November', 'rose to 25 kg, from 20 kg in October': a month to
    compare with, after a change; not a range ('from November to January'), a start ('the
    fares apply from January') or a future ('expected to run from November', 'will rise
    from $20 in October', which may be when it rises)."""
    before = match.string[: match.start()]
    if STRONG_FUTURE.search(before):
        return False
    prep = (match.group("prep") or "").lower()
    if prep == "from":
        return not _RANGE_ON.match(after) and _CHANGE_BEFORE.search(before) is not None
    figure = _FROM_A_FIGURE.search(before) if prep == "in" else None
    return figure is not None and _CHANGED_TO.search(before, 0, figure.start()) is not None


def _names_a_person(before: str, match: re.Match[str]) -> bool:
    """'Jill June, Lori Jungling': a month with no preposition after a first name."""
    if match.group("prep") or match.group("year"):
        return False
    name = _NAME_BEFORE_MONTH.search(before)
    return name is not None and not _NOT_A_FIRST_NAME.fullmatch(name.group().strip())


def _habitual_season(match: re.Match[str], after: str) -> bool:
    """'shifts can run long during summer and fall': no article, no year, so any year's
    (but "the ferry will run in summer and autumn" is this year's)."""
    if match.group("year") or re.search(r"\bthe\s", match.group(), re.IGNORECASE):
        return False
    prep = match.group("prep").lower()
    return prep == "during" or (prep in {"in", "over"} and bool(_BARE_SEASON_PAIR.match(after)))


def names_an_event_held(text: str, match: re.Match[str], left: str, right: str) -> bool:
    """A weekday that names an event, mostly one just held, unless a plain future puts it
    ahead: 'At a Thursday rally, she promised ...', 'Trump's announcement Friday that he
    would ...'."""
    if match.group("prep"):
        return False
    before, after = text[: match.start()], text[match.end() :]
    if re.search(r"\b(?:a|an)\s+$", before, re.IGNORECASE) and re.match(
        # "a Tuesday deadline", "a Friday midnight deadline" is one still to meet
        r"\s+(?!(?:(?:noon|midnight|night|evening|morning)\s+)?deadline)[a-z]", after
    ):
        return PLAIN_FUTURE.search(text) is None
    return bool(_OWNED_NOUN.search(before)) and not looks_ahead_in_clause(left, right)


def reads_as_gone(text: str, match: re.Match[str], family: str, left: str, right: str) -> bool:
    """Whatever the nearest verb: 'a report from over the weekend', 'investing for the long
    term' (a manner, unless a plain future sets it ahead)."""
    before = text[: match.start()]
    if family == "weekend" and re.search(r"\bfrom\s+$", before, re.IGNORECASE):
        return True
    if family == "far_future" and match.group().lower().startswith("for"):
        return not looks_ahead_in_clause(left, right)
    if family == "weekday" and names_an_event_held(text, match, left, right):
        return True
    if family in DURATION_FAMILIES | {"tomorrow", "away"} and _REPORTED_LONG_AGO.match(before):
        return True  # "Weeks ago, he stated that she would speak 'in a few weeks'": then's
    opening_vow = (
        OPENING_PREPOSITION.fullmatch(before) is not None
        and _OPENING_VOW.match(text, match.end()) is not None
    )
    return opening_vow and not LATER_FUTURE.search(text, match.end())
