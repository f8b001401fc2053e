"""Deadlines and expected times: forward-looking time phrases resolved to date ranges.

Each phrase family has a pattern and a resolver that turns it into an [earliest, latest]
range against the publication time. The surrounding clause decides whether it looks
forward: past narration ("revealed on Friday", "collapsed in February") and promises tied
to another event ("within 24 hours of taking office") are not deadlines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from bot.analysis import timewords as tw
from bot.analysis.deadline_families import (
    CALENDAR_FAMILIES,
    DURATION_FAMILIES,
    FAMILIES,
    Family,
)
from bot.analysis.sentences import Sentence


@dataclass(frozen=True, slots=True)
class Deadline:
    phrase: str
    about: str
    earliest: datetime
    latest: datetime
    sentence_index: int


# "for the coming weeks" lasts a while, unless something is planned for then.
_PLANNED_FOR = re.compile(r"\b(?:planned|scheduled|slated|expected|set|due)\s+for\s+$", re.I)
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:first|last|only|highest|lowest|biggest|largest|smallest|worst|best|most|least|"
    r"fastest|slowest|strongest|weakest|[a-z]+est)\b[^,;]*$",
    re.IGNORECASE,
)
_PROMISE_VERB = re.compile(r"\b(?:promised|pledged|vowed|said|announced|claimed|predicted|"
                           r"forecast|insisted)\b", re.I)
_OLD_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_REPORTING_VERBS = re.compile(
    r"(?:said|told|announced|confirmed|suggested|stated|added|warned|promised|pledged|"
    r"decided|agreed|set|scheduled|proposed|indicated|signalled|signaled|predicted|"
    r"estimated|forecast|hinted|insisted|argued|explained|wrote|revealed|reported)",
    re.IGNORECASE,
)

_STRONG_FUTURE = re.compile(
    r"\b(?:will|won[’']t|shall|would|wouldn[’']t|going to|expects?|expected|expecting|plans?|"
    r"planned|planning|intends?|intended|aims?|aimed|aiming|hopes?|hoped|hoping|due|"
    r"scheduled|schedule|slated|set to|deadline|ultimatum|must|needs? to|has to|have to|"
    r"should|could|may|might|can|if|unless|upcoming|ahead of|pledged? to|promised? to|"
    r"vowed? to|wants? to|seeks? to|seeking to|asked to|"
    r"told to|is to|are to|was to|were to|likely|possible|possibly|"
    r"predicts?|forecasts?|projected|estimates?|target|targets|targeting|timeline|window)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|ago|earlier|previous|previously|former|already|"
    r"last(?=\s+(?:week|month|year|night|time|season|spring|summer|autumn|fall|winter|"
    r"weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
    r"march|april|may|june|july|august|september|october|november|december))|"
    r"[a-z]{3,}ed|said|told|met|took|began|came|went|made|saw|left|held|won|lost|fell|rose|"
    r"spoke|wrote|sent|brought|struck|broke|ran|paid|sold|bought|built|led|knew|"
    r"thought|found|became|fought|chose|drew|flew|grew|kept|sat|stood|spent|fled|"
    r"caught|taught|sought|threw|wore|tore|swore|stole|shook|sank|sang|rang|rode|froze|"
    r"forgot|hung|lay|meant|slept|withdrew|overtook|undertook|arose|awoke|bore|beat|bent|"
    r"bled|blew|bred|burnt|clung|crept|dealt|dug|dreamt|drank|drove|ate|fed|felt|got|gave|"
    r"ground|heard|knelt|laid|leapt|lent|since|ended|passed|expired|shut|hit|stolen|taken|"
    r"given|broken|written|spoken|chosen|driven|hidden|beaten|fallen|forgotten|shown|"
    r"thrown|torn|worn|gone|done|seen|known|grown|flown|drawn|withdrawn|overtaken)\b",
    re.IGNORECASE,
)
# Past-tense words that still point forward ("expected next week", "scheduled for May").
_FORWARD_PARTICIPLES = re.compile(
    r"\b(?:expected|scheduled|planned|slated|intended|aimed|hoped|projected|predicted|"
    r"forecasted|delayed|postponed|pushed|moved|rescheduled|extended|pencilled|penciled|"
    r"earmarked|timetabled)\b",
    re.IGNORECASE,
)
_PAST_PROMISE = re.compile(
    r"\b(?:campaign(?:ed)?|on the campaign trail|had (?:promised|pledged|vowed|said)|"
    r"originally|initially|at the time|back then|years ago|in his first term|"
    r"in her first term|missed|failed to|never|had (?:planned|hoped|expected|"
    r"intended|wanted|aimed|meant)|(?:was|were|had been) (?:told|promised|assured)(?!\s+to\b))\b",
    re.IGNORECASE,
)
_RELATIVE_TO_EVENT = re.compile(
    r"^\s*(?:of|after|since|from the|following|from when)\b", re.IGNORECASE
)
_MODAL_BEFORE = re.compile(r"\b(?:will|shall|should|must|would|is to|are to|is due|are due|"
                           r"is expected|are expected)\b", re.IGNORECASE)
_CALLED_OFF = re.compile(
    r"\b(?:postponed|delayed|pushed back|put off|called off|cancell?ed|canceled|suspended|"
    r"scrapped|adjourned)\b(?!.*\b(?:will|would|until|till)\b)[^,;]*$",
    re.IGNORECASE,
)
_NEW_TIME_PREPOSITION = re.compile(r"(?:until|till|to|by|for|before|no later than)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|n[’']t|never|no)\b", re.IGNORECASE)
_DEADLINE_PREPOSITION = re.compile(r"(?:by|before|until|till|no later than)\b", re.I)
_CONDITION = re.compile(r"\b(?:if|unless|whether|until)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\s-\s|\b(?:but|while|whereas|although|though)\b")
_SUBORDINATOR = re.compile(r"\b(?:that|which|whether|so that|as)\b", re.IGNORECASE)
_DANGLING_PREPOSITION = re.compile(
    r"\s*\b(?:from|by|in|on|until|till|before|for|at|to|as early as|no later than|starting)$",
    re.IGNORECASE,
)
_LEADING_JUNK = re.compile(r"^(?:and|but|or|so|as|then|which|that)\s+", re.IGNORECASE)


def find_deadlines(sentences: list[Sentence], published: datetime) -> list[Deadline]:
    found: list[Deadline] = []
    for sentence in sentences:
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
                if not _looks_forward(sentence.text, match, family, resolved, published):
                    taken.append((begin, finish))  # a past phrase must not be re-read as smaller
                    continue
                taken.append((begin, finish))
                earliest, latest, _ = resolved
                found.append(
                    Deadline(
                        phrase=sentence.text[begin:finish].strip(),
                        about=_about(sentence.text, match),
                        earliest=max(earliest, published).replace(microsecond=0),
                        latest=latest.replace(microsecond=0),
                        sentence_index=sentence.index,
                    )
                )
        found.extend(_back_references(sentence, found, published))
    return found


_BY_THEN = re.compile(r"\bby\s+(?:that\s+(?:time|date|point)|then)\b", re.I)


def _back_references(
    sentence: Sentence, found: list[Deadline], published: datetime
) -> list[Deadline]:
    """'… finalised by June 10. If no price is agreed by that time, …': the same date."""
    match = _BY_THEN.search(sentence.text)
    if match is None or not found or sentence.index - found[-1].sentence_index > 1:
        return []
    if found[-1].sentence_index == sentence.index:
        return []
    return [
        Deadline(
            phrase=match.group(),
            about=_about(sentence.text, match),
            earliest=published.replace(microsecond=0),
            latest=found[-1].latest,
            sentence_index=sentence.index,
        )
    ]


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """Words of the phrase's own clause before and after it.

    A phrase that opens its sentence ("Within days, the protest had spread") governs the
    clause after the comma, so an empty side borrows the neighbouring clause.
    """
    left_breaks = list(_CLAUSE_BREAK.finditer(text, 0, start))
    left_start = left_breaks[-1].end() if left_breaks else 0
    right_break = _CLAUSE_BREAK.search(text, end)
    right_end = right_break.start() if right_break else len(text)
    left, right = text[left_start:start], text[end:right_end]
    if not left.strip() and not right.strip():
        if left_breaks and left_breaks[-1].group() in {"—", "–", "("}:
            # A parenthetical ("determine very quickly—within days—whether ...") belongs
            # to the clause it interrupts.
            earlier = left_breaks[-2].end() if len(left_breaks) > 1 else 0
            left = text[earlier : left_breaks[-1].start()]
        elif right_break:
            following = _CLAUSE_BREAK.search(text, right_break.end())
            right = text[right_break.end() : following.start() if following else len(text)]
    return left, right


def _is_passive_or_perfect(text: str, position: int) -> bool:
    """'be signed', 'been delayed': a participle that is not past narration."""
    return (
        re.search(
            r"\b(?:be|been|being|is|are|am|will have|would have|has|have|stay|stays|remain|remains|"
            r"the|a|an|its|their|his|her|this|that)\s+$",
            text[:position],
            re.IGNORECASE,
        )
        is not None
    )


def _tense_markers(text: str, from_right: bool) -> list[tuple[int, str]]:
    """(distance from the phrase, 'future' | 'weak' | 'past') for each tense marker."""
    markers: list[tuple[int, str]] = []

    def distance(match: re.Match[str]) -> int:
        return len(text) - match.end() if from_right else match.start()

    for match in _STRONG_FUTURE.finditer(text):
        markers.append((distance(match), "future"))
    for match in re.finditer(r"\bto\s+[a-z]+", text):
        markers.append((distance(match), "weak"))
    for match in _PAST.finditer(text):
        if _FORWARD_PARTICIPLES.fullmatch(match.group()) or _is_passive_or_perfect(
            text, match.start()
        ):
            markers.append((distance(match), "weak"))
        else:
            markers.append((distance(match), "past"))
    return markers


def _nearest_tense(left: str, right: str) -> str | None:
    """'future', 'weak' (infinitive or participle) or 'past' from the nearest verb, left first."""
    markers = _tense_markers(left, from_right=True)
    if not markers:
        markers = _tense_markers(right, from_right=False)
    return min(markers)[1] if markers else None


def _looks_forward(
    text: str,
    match: re.Match[str],
    family: Family,
    resolved: tw.Range,
    published: datetime,
) -> bool:
    if family.name in DURATION_FAMILIES and _RELATIVE_TO_EVENT.match(text[match.end() :]):
        return False  # "within 24 hours of taking office": tied to another event
    before = text[: match.start()]
    if family.name == "coming" and re.search(r"\bfor\s+$", before) and not (
        _PLANNED_FOR.search(before)
    ):
        return False  # "for the next four years" is a duration, not a deadline
    if family.name == "in_duration" and _SUPERLATIVE_BEFORE.search(before):
        return False  # "the first time in two years" looks back
    if _promise_in_a_past_year(before, published):
        return False  # "When it was approved in 2017, ministers promised ... within five years"
    if match.group()[:1].isupper() and re.search(
        r"\b(?:last|this past|past)\s+$", before, re.I
    ):
        return False  # "by last August" (but "to last until the weekend" is a verb)
    if re.search(r"\b(?:instead of|rather than|not)\s+$", before, re.I):
        return False  # "on March 27 instead of March 20", "not next week, not ever"
    possessive = re.match(r"[’']s\b", text[match.end() :]) is not None
    if possessive and family.name == "later_this":
        return False  # "this year's prize" names the edition, not a time ahead
    possessive_weekday = family.name == "weekday" and possessive
    left, right = _clause(text, match.start(), match.end())
    new_time = _NEW_TIME_PREPOSITION.match(match.group()) or re.search(
        r"\b(?:until|till|to|for|by|before)\s+$", text[: match.start()], re.I
    )
    if _CALLED_OFF.search(left) and not new_time:
        return False  # "postponed its vote on Monday"; but "postponed until Monday" looks ahead
    if _PAST_PROMISE.search(left) or _PAST_PROMISE.search(right):
        return False
    not_until = _DEADLINE_PREPOSITION.match(match.group()) and re.match(
        r"(?:until|till|before)", match.group(), re.I
    )
    if (
        _NEGATED.search(left)
        and not _CONDITION.search(left)
        and not not_until  # "will not be allowed back until Thursday" is a date to wait for
        and re.search(r"\b(?:will|would|can|could)\b", left)
    ):
        return False  # "not something that will be resolved in 12 hours"
    if resolved[1] < published:
        return False
    if family.name == "delayed_by":
        return True  # "was pushed back several years": the delay itself sets the new time
    tense = _nearest_tense(left, right)
    if family.name in {"date", "weekday"} and resolved[1] <= tw.day_end(published):
        # The publication day itself (a dateline, "on Monday" in a Monday report) is
        # news of today; only a future verb makes it a time still ahead.
        return tense == "future"
    if family.name == "weekend" and match.group("prep").lower() in {"over", "during"}:
        return tense == "future"  # "stolen over the weekend" is the usual, past, use
    if possessive_weekday:
        return tense == "future"  # "Tuesday's session" is usually past; "will ... Saturday's match"
    if resolved[2]:
        # "in February" said in April: only a clear future verb makes it next February.
        right_tense = _nearest_tense("", right)
        modal = re.search(r"\b(?:will|would|shall|going to|due|scheduled|expected)\b", left, re.I)
        return (tense == "future" or (tense == "weak" and modal is not None)) and (
            right_tense != "past"
        )
    wholly_ahead = resolved[1] > published and (
        resolved[0] > published or _DEADLINE_PREPOSITION.match(match.group()) is not None
    )
    if (
        (family.name in CALENDAR_FAMILIES and resolved[0] > published)
        or _DEADLINE_PREPOSITION.match(match.group())
    ) and _MODAL_BEFORE.search(left):
        return True  # "plants should be closed by 2012": a modal sets the time ahead
    if family.name in CALENDAR_FAMILIES and wholly_ahead:
        # A named date still ahead is past narration only with a non-reporting past verb
        # ("the last strike, in November, shut down ..."); "announced the vote for May 1"
        # and "suggested April or May" report a plan.
        return tense != "past" or _nearest_past_is_reporting(left, right)
    bare_this = family.name == "later_this" and match.group("unit3") is not None
    if family.intrinsically_future and not bare_this:
        # "promised a decision by year-end" reports a plan; "had spread within days" does not.
        return (
            tense != "past"
            or bool(_STRONG_FUTURE.search(left + " " + right))
            or _nearest_past_is_reporting(left, right)
        )
    if tense in {"future", "weak"}:
        return True
    if tense == "past":
        return False
    # No verb in reach: a dated phrase reads as scheduled ("takes effect on July 1",
    # "tickets go on sale on Saturday"); a bare duration ("in two years") needs a verb.
    return family.name in CALENDAR_FAMILIES | {
        "weekday",
        "end_of_period",
        "tomorrow",
        "later_this",
        "weekend",
    }


def _promise_in_a_past_year(before: str, published: datetime) -> bool:
    for year in _OLD_YEAR.finditer(before):
        if int(year.group()) < published.year and _PROMISE_VERB.search(before, year.end()):
            return True
    return False


def _nearest_past_is_reporting(left: str, right: str) -> bool:
    pasts = [m for m in _PAST.finditer(left) if not _FORWARD_PARTICIPLES.fullmatch(m.group())]
    if pasts:
        word = pasts[-1]
        before = left[: word.start()]
    else:
        later = [m for m in _PAST.finditer(right)]
        if not later:
            return True
        word, before = later[0], right[: later[0].start()]
    passive = re.search(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", before, re.I)
    return _REPORTING_VERBS.fullmatch(word.group()) is not None and passive is None


def _about(text: str, match: re.Match[str]) -> str:
    left, right = _clause(text, match.start(), match.end())
    subordinate = list(_SUBORDINATOR.finditer(left))
    if subordinate and len(left[subordinate[-1].end() :].split()) >= 3:
        left = left[subordinate[-1].end() :]
    left = _DANGLING_PREPOSITION.sub("", left.rstrip())
    right = re.sub(r"^[’']s\b", "", right)  # "Saturday's match" -> "match"
    right = re.sub(r"^\s*(?:to|and|through|until|[-–])\s*20\d\d\b", "", right)  # a range's end
    about = f"{left.strip()} {right.strip()}".strip()
    words = about.split()
    if len(words) < 3:
        # A phrase that opens its sentence ("By Friday, the union will ...") governs the rest.
        rest = text[match.end() :]
        words = rest.strip(" ,").split()
    about = " ".join(words[-20:]) if len(words) > 20 else " ".join(words)
    about = re.sub(r"\s*[‘“\"]\s*[’”\"]", "", about)  # the marks around a quoted time phrase
    about = _LEADING_JUNK.sub("", about).strip(' ,.;:—–"“”')
    return about
