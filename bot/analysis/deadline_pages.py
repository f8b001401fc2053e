"""Guards and frames found in an audit on news pages of two public fixture collections
(issue 10): holiday greetings and holidays just gone, quoted labels, the current year
without a verb, a later year reported in the past ("signalled increases in 2017"), a bare
month as a modifier in a past clause, and "this year" in a present clause.

Also the clause, promise and modal readings `deadlines` calls (moved here to keep it small).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.analysis import timewords as tw
from bot.analysis.clause_lists import clause_before_addition, list_clause
from bot.analysis.deadline_guards import PAST_PARTICIPLE_BEFORE
from bot.analysis.deadline_other_times import names_another_time
from bot.analysis.deadline_past_acts import dated_act_gone, reads_as_no_time
from bot.analysis.deadline_usages import gone_a_year_back
from bot.analysis.deadline_vantage import WENT_TO_PRESS
from bot.analysis.event_nouns import HELD_EVENTS
from bot.analysis.future_words import LATER_FUTURE, MODAL_BEFORE, SCHEDULED, STRONG_FUTURE
from bot.analysis.sentences import blank_asides_on_names
from bot.analysis.tense import CAUSATIVE_BEFORE, INFINITIVE, PAST

_PROMISE_VERB = re.compile(r"\b(?:promised|pledged|vowed|said|announced|claimed|predicted|"
                           r"forecast|insisted)\b", re.I)
_OLD_YEAR = re.compile(rf"\b{tw.YEAR}\b")
# "as a means of", "as part of": "as" before a determiner is a preposition, not a clause
SUBORDINATOR = re.compile(
    r"\b(?:that|which|whether|so that|as(?!\s+(?:an?|the|part|well|much|many|long|such)\b))\b",
    re.IGNORECASE,
)


def modal_governs(left: str, tense: str | None) -> bool:
    """'plants should be closed by 2012', but not 'it should be noted that two were hired in
    August': a past verb in a clause of its own after the modal narrates."""
    modals = list(MODAL_BEFORE.finditer(left))
    if not modals:
        return False
    return tense != "past" or not SUBORDINATOR.search(left, modals[-1].end())


def promise_in_a_past_year(before: str, published: datetime) -> bool:
    """'When it was approved in 2017, ministers promised ... within five years': then's.
    A year in an aside on the speaker ('Adde, who took office in 2024, said') dates the
    speaker, not the saying."""
    before = blank_asides_on_names(before)
    for year in _OLD_YEAR.finditer(before):
        if int(year.group()) < published.year and _PROMISE_VERB.search(before, year.end()):
            return True
    return False


# "Merry Christmas", "Happy Thanksgiving": a greeting, not a day to meet.
_GREETING = re.compile(r"\b(?:merry|happy|joyous|blessed)\s+$", re.IGNORECASE)
# "a Halloween thing", "an Easter egg hunt": the holiday is a modifier of a noun.
_ARTICLE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_LOWER_NOUN = re.compile(r"\s+[a-z]")
# A holiday that fell this many days before publication is the one just gone, unless a
# plain future or "next" puts it a year ahead ("a Facebook post from Thanksgiving").
_JUST_GONE = timedelta(days=60)
# “This Week”, “Today”: a time phrase that is a whole quotation in title case is a label.
_OPEN_QUOTE = re.compile(r"[“\"‘']\s*$")
_CLOSE_QUOTE = re.compile(r"\s*[”\"’']")
_LABEL_FAMILIES = frozenset({"later_this", "tomorrow", "next_period"})


# A date as the value of a statistic, and a date compared across years, name no time ahead.
_STATISTIC_OF = re.compile(r"\b(?:average|mean|median|norm)\s+(?:date\s+)?of\s+$", re.I)
_YEARS_COMPARED = re.compile(
    r"\bthis\s+year\s+than\s+(?:last|(?:a|the)\s+year\s+(?:ago|before|earlier))\b", re.I
)


_LIST_LINK = r"(?:\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+)"
_MONTH_LIST = re.compile(rf"(?:{tw.MONTH}{_LIST_LINK})*$")
_MONTH_LIST_AFTER = re.compile(rf"(?:{_LIST_LINK}{tw.MONTH})*(?:\s+[a-z-]+s\b)?")
_MONTH_CYCLE = re.compile(
    rf"{tw.MONTH}(?:{_LIST_LINK}{tw.MONTH}){{2,}}\s+[a-z-]+s", re.I
)


_HABIT_AT = re.compile(
    rf"\b(?:is|are)\s+(?!(?:{SCHEDULED})\b)[a-z]+(?:ed|en)\s+at\s*$",
    re.I,
)
_BREAK_FOR = re.compile(r"\b(?:break|breaks|recess|recesses|adjourn|adjourns)\s+$", re.I)


def _in_a_cycle(before: str, phrase: str, after: str) -> bool:
    start = _MONTH_LIST.search(before)
    end = _MONTH_LIST_AFTER.match(after)
    listed = before[start.start() if start else len(before) :] + phrase
    return _MONTH_CYCLE.fullmatch(listed + after[: end.end() if end else 0]) is not None


# A bare month naming a contract, not a time: "futures with April delivery".
_CONTRACT_MONTH = re.compile(
    r"\s+(?:delivery|deliveries|contracts?|futures|options|expiry|loadings?|settlement)\b", re.I
)
# A bare month before a commodity names its futures contract: "September Brent crude lost
# 52 cents", "August heating oil fell"; "in August gas prices rise" keeps its preposition.
_COMMODITY_MONTH = re.compile(
    r"\s+(?:Brent|WTI|(?:crude|heating)\s+oil|crude|gasoline|natural\s+gas|gold|silver|copper|"
    r"platinum|palladium|wheat|corn|soybeans?|cotton|cocoa|coffee|sugar|cattle|hogs)\b"
)
# A full date closing its sentence after a place's name, with no preposition: a caption's
# date ("..., Maryland, U.S., April 10, 2026."), not "on Friday, April 10, 2026".
_CAPTION_DATE = re.compile(r"\b[A-Z][\w.]*(?<![dD]ay),\s*$")
_CAPTION_END = re.compile(r"\s*[.)]?\s*")


_ON_A_WEEKDAY = re.compile(rf"\bon\s+{tw.WEEKDAY_NAME},?\s+$", re.IGNORECASE)


def names_no_time_ahead_on_pages(
    text: str, match: re.Match[str], family: str, resolved: tw.Range, published: datetime
) -> bool:
    """A holiday greeting or modifier, a holiday just gone, or a quoted title-case label."""
    before, after = text[: match.start()], text[match.end() :]
    if names_another_time(text, match, family, resolved) or reads_as_no_time(text, match, family):
        return True
    if dated_act_gone(text, match, family, resolved, published):
        return True
    if family == "date" and _CAPTION_DATE.search(before) and _CAPTION_END.fullmatch(after) and (
        resolved[1] <= tw.day_end(published) and match.group("year")
    ):
        return True  # a photo caption's "..., Maryland, U.S., April 10, 2026."
    participle = PAST_PARTICIPLE_BEFORE.search(before)
    if (
        family in {"month", "date"}
        and re.match(r"(?:in|on|during)\b", match.group(), re.I)
        and participle is not None
        # not "will have 10 million doses distributed in November": a thing had done ahead
        and not CAUSATIVE_BEFORE.search(before, 0, participle.start())
    ):
        return True  # "the record seen in December": the month of a past act
    weekday = _ON_A_WEEKDAY.search(before) if family == "date" else None
    if weekday is not None and PAST_PARTICIPLE_BEFORE.search(before, 0, weekday.start()):
        return True  # "announced on Wednesday, October 25, that …": its day, told twice
    compared = _YEARS_COMPARED.search(text, match.start(), match.end() + 60)
    if _STATISTIC_OF.search(before) or compared:
        return True  # "a 10-year average of April 14"; "Easter falls later this year than last"
    if family == "end_of_period" and _HABIT_AT.search(before):
        return True  # "in which all bonds are issued at month-end": a habit
    if family == "holiday" and _BREAK_FOR.search(before) and match.group()[:3].lower() == "for":
        return True  # "Congress is due to break for Easter": the holiday names the recess
    if family in {"month", "month_alternative"} and (
        _in_a_cycle(before, match.group(), after)
        or _CONTRACT_MONTH.match(after)
        or (match.group()[:1].isupper() and _COMMODITY_MONTH.match(after))
    ):
        return True  # "the January, April, July or October contracts", "with April delivery"
    if family == "holiday":
        if _GREETING.search(before):
            return True
        if _ARTICLE.search(before) and _LOWER_NOUN.match(after):
            return True
        if gone_a_year_back(before, text, resolved[0], published, _JUST_GONE):
            return True
    return (
        family in _LABEL_FAMILIES
        and _OPEN_QUOTE.search(before) is not None
        and _CLOSE_QUOTE.match(after) is not None
        and all(word[:1].isupper() for word in match.group().split())
    )


def later_year_reported(match: re.Match[str], family: str, published: datetime) -> bool:
    """A year after the publication year is ahead whatever the verb reporting it:
    'signalled a faster pace of increases in 2017', 'expects continued rate hikes in 2023',
    'anticipates viewers to have grown to 300 million in 2019' (said in the year before)."""
    if family != "year" or not match.group("prep"):
        return False
    return int(match.group("year")) > published.year


def current_year_without_verb(family: str, resolved: tw.Range, published: datetime) -> bool:
    """'the blog shows no posts in 2015', said in 2015: the year in progress, counted so far."""
    return family == "year" and resolved[0] <= published


# "In the October discussion, ...", "At the March meeting, ...": an occasion opening the
# sentence ("the threat of a June referendum" can still be one ahead).
_OPENING_THE = re.compile(r"[\s“\"‘']*(?:in|at|during|after|before)\s+the\s+", re.IGNORECASE)
# "presented plans at a meeting in October": the sitting the act was at (not "for a meeting")
_AT_A_SITTING = re.compile(
    rf"\b(?:at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{HELD_EVENTS}|briefing|forum|rally|event)\s+$",
    re.IGNORECASE,
)


_NEXT_SITTING = re.compile(r"\b(?:next|upcoming|coming|forthcoming)\b", re.IGNORECASE)


def month_modifier_in_past(
    family: str, before: str, after: str, match: re.Match[str], tense: str | None
) -> bool:
    """'In the October discussion, he said ...': a bare month naming a past occasion; 'Hale
    presented plans at a meeting in October': the month of the sitting a past act was at."""
    if family != "month":
        return False
    if (match.group("prep") or "").lower() == "in" and (
        sitting := _AT_A_SITTING.search(before)
    ) is not None:
        # the act's own verb, past (a plan noun, "presented plans", is no future of it);
        # "said it might cut rates at its next meeting in December": a sitting ahead
        act = re.split(r"[,;:]", before[: sitting.start()])[-1]
        return PAST.search(act) is not None and LATER_FUTURE.search(act) is None and not (
            _NEXT_SITTING.search(sitting.group()))
    return (
        tense not in {"future", "weak"}  # None: a closing "the chair warned of cuts"
        and not match.group("prep")
        and _OPENING_THE.fullmatch(before) is not None
        and _LOWER_NOUN.match(after) is not None
    )


def this_year_described(bare_this: bool, match: re.Match[str], left: str, right: str) -> bool:
    """'they have been able to raise prices this year', 'This year, the catch is capped at
    ...': a present or perfect clause describes the year in progress; a plan word ('is
    expected to grow this year', an infinitive 'to re-elect him this year') still looks
    ahead."""
    return (
        bare_this
        and match.group().lower().endswith("year")
        and STRONG_FUTURE.search(left + " " + right) is None
        and INFINITIVE.search(left) is None
    )


# ("$100,000": a comma between digits groups thousands, "2:15 p.m." a colon a clock's
# minutes; neither ends a clause)
# A comma of thousands, a clock's colon, and an en dash joining two names ("a Korea–China
# business forum") break no clause.
_CLAUSE_BREAK = re.compile(
    r"(?!(?<=\d),\d{3}(?!\d)|(?<=\d):\d\d(?!\d)|(?<=[A-Za-z])–(?=[A-Z]))[,;:—–()]|\s--?\s|"
    r"\b(?:but|while|whereas|although|though)\b"
    # "that its acts not go unanswered and that the US will act in the coming days": a
    # second reported clause with a future of its own
    r"|\band\s+that\b(?=[^,;.]*\b(?:will|would|shall)\b)"
)
# An aside's own frame ("- and I'm talking about a matter of days -") says nothing of what
# is due: the clause the aside interrupts does.
_BARE_SIDE = re.compile(
    r"\s*(?:(?:and|but|or|so|yet|then)\s*)?(?:(?:I'm|I am|we're|we are|I|we)\s+(?:are\s+)?"
    r"(?:talking|speaking)(?:\s+about)?\s*|I\s+mean\s*|(?:say|maybe|perhaps|possibly)\s*)?",
    re.IGNORECASE,
)
# "In a few more years, he said, “You won't ...”": a reporting frame between an opening
# time and its clause.
_FRAME = re.compile(
    r"\s*(?:[A-Z][\w’'.-]*|he|she|they|we|I)(?:\s+[A-Z][\w’'.-]*)?\s+(?:said|says|added|adds)\s*|"
    rf"\s*as\s+{WENT_TO_PRESS}\s*"  # the writer's moment, no clause
)


# "... went in search of stories and from October onward they will be released": a time
# after "and" with a subject of its own after it opens a new clause, whose verb is its tense.
_AND_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)
_OWN_SUBJECT_AFTER = re.compile(
    r"\s*(?:onwards?\s+|on\s+)?,?\s*(?:they|we|he|she|it|I|you)\s+[a-z’']+", re.IGNORECASE
)


# "offered no concessions on Friday and now face … debate later this week": a second verb
# joined by "and now" turns to the present; the clause of a time after it starts there.
_AND_NOW = re.compile(r".*\band\s+now\s+", re.IGNORECASE | re.DOTALL)


def clause_after_and(left: str, right: str) -> str:
    """The phrase's left side, emptied when the phrase opens a clause joined by 'and', and
    cut after 'and now' when its verb is a second one of the sentence."""
    if _AND_BEFORE.search(left) and _OWN_SUBJECT_AFTER.match(right):
        return ""
    if (and_now := _AND_NOW.match(left)) is not None:
        return left[and_now.end() :]
    return left


# "5 billion euros ($5.8bn) on arms", "Acme (ACM.N)": a short aside in brackets is no
# clause break, and its words are no verbs of the clause; nor is a page's link note left in
# the text ("Acme (ACM.N), opens new tab lost 10% in January" has no timetable "opens").
# A bracket, a link label, or a place's region between commas before a time ("departs
# from Plymouth, England, on Friday"): the clause runs through it.
_SHORT_ASIDE = re.compile(
    r"\([^()]{1,40}\)|,\s*opens new tab\b|"
    r"(?<=[a-z]),\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,"
    r"(?=\s+(?:on|by|this|next|until)\s)"
)


_INFINITIVE = re.compile(r"\s*to\s+[a-z]+\b")
_APPOSITION = re.compile(r"\s*(?:the|a|an)\s+[^,;:]{1,80}")


def phrase_clause(text: str, start: int, end: int) -> tuple[str, str]:
    """Words of the phrase's own clause before and after it.

    A phrase that opens its sentence ("Within days, the protest had spread") governs the
    clause after the comma, so an empty side borrows the neighbouring clause (past a
    reporting frame such as ", he said,").
    """
    text = _SHORT_ASIDE.sub(
        lambda aside: aside.group() if aside.start() < end and start < aside.end()
        else " " * len(aside.group()),
        text,
    )
    left_breaks = list(_CLAUSE_BREAK.finditer(text, 0, start))
    left_start = left_breaks[-1].end() if left_breaks else 0
    right_break = _CLAUSE_BREAK.search(text, end)
    right_end = right_break.start() if right_break else len(text)
    left, right = text[left_start:start], text[end:right_end]
    if _INFINITIVE.match(left) and len(left_breaks) >= 2 and _APPOSITION.fullmatch(
        text, left_breaks[-2].end(), left_breaks[-1].start()
    ) and {b.group().strip() for b in left_breaks[-2:]} == {","}:
        # "expects the infusion, the largest in the sector, to close by June": the
        # infinitive after an apposition is the verb's before it.
        earlier = left_breaks[-3].end() if len(left_breaks) > 2 else 0
        left = text[earlier : left_breaks[-2].start()] + " " + left
    left = (
        list_clause(text, left_breaks, start)
        or clause_before_addition(text, left_breaks, start)
        or left
    )
    if _BARE_SIDE.fullmatch(left) and not right.strip():  # "And in January, one of them will"
        left = ""
        if left_breaks and left_breaks[-1].group().strip() in {"—", "–", "(", "-"}:
            # A parenthetical ("determine very quickly—within days—whether ...") belongs
            # to the clause it interrupts.
            earlier = left_breaks[-2].end() if len(left_breaks) > 1 else 0
            left = text[earlier : left_breaks[-1].start()]
            if right_break and right_break.group().strip() in {"—", "–", ")", "-"}:
                following = _CLAUSE_BREAK.search(text, right_break.end())
                right = text[right_break.end() : following.start() if following else len(text)]
        elif right_break:
            right = _clause_after(text, right_break)
            if left_breaks and _QUOTE_CLOSED_BY_FRAME.fullmatch(right):
                # "…, I guarantee you, before the Easter recess,” Hale said."
                left, right = _clause_before_aside(text, left_breaks), ""
    elif (
        not left_breaks
        and _FRONTED_FRAME.fullmatch(left)
        and not right.strip()
        and right_break
        and right_break.group() == ","
    ):
        right = _clause_after(text, right_break)  # "At its session on March 3, the council will"
    return clause_after_and(left, right), right


# ",” Sen. Tom Hale said.": the quote ends with the phrase, and only a named speaker's frame
# follows (not `_FRAME`, whose "she said" quotes already read as round 12 tests).
_QUOTE_CLOSED_BY_FRAME = re.compile(
    r"\s*[”\"’']\s*(?:[A-Z][\w’'.-]*\.?\s+){0,4}(?:said|says)\.?\s*"
)
# "I guarantee you", "he said": a short aside between commas has no verb of the clause.
_SHORT_ASIDE_WORDS = 4


def _clause_before_aside(text: str, breaks: list[re.Match[str]]) -> str:
    """The clause before the comma that ends a short aside ('we'll have a bill, I guarantee
    you, before Easter'), or before the last comma."""
    index = len(breaks) - 1
    while index >= 0:
        start = breaks[index - 1].end() if index else 0
        clause = text[start : breaks[index].start()]
        if len(clause.split()) > _SHORT_ASIDE_WORDS or not index:
            return clause
        index -= 1
    return ""


# "At its next session on March 3, the council will …", "During the visit next week, she
# will …": a place or an occasion before the time, with no verb of its own, opening the
# sentence; the main clause after the comma says what happens then.
_FRONTED_FRAME = re.compile(
    r"[\s“\"‘']*(?:(?:and|but)\s+)?(?:at|during|after|before|following|ahead\s+of)\s+"
    r"(?:(?:the|an?|its|their|his|her|this|that)\s+)?(?:[\w’'-]+\s+){1,4}",
    re.IGNORECASE,
)


def _clause_after(text: str, comma: re.Match[str]) -> str:
    """The clause after `comma`, past a reporting frame ("..., he said, ...")."""
    following = _CLAUSE_BREAK.search(text, comma.end())
    clause = text[comma.end() : following.start() if following else len(text)]
    if following and following.group() == "," and _FRAME.fullmatch(clause):
        after = _CLAUSE_BREAK.search(text, following.end())
        clause = text[following.end() : after.start() if after else len(text)]
    return clause
