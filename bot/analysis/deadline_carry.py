"""Times whose day was named a sentence or two earlier (issue 10, carried days).

"The council will vote on Thursday. The session opens at 3 pm, and the result is expected
that same evening.": "at 3 pm" and "that same evening" are Thursday's. A clock time, a part
of "that day", "the next day" or "hours later" takes its day from the nearest deadline
before it when that deadline is a single day still ahead, in the same paragraph, and no
other time is named in between. A sentence that names a time of its own, or narrates the
past ("The result came hours later"), carries nothing.

With no day named in the sentence or the two before it in its paragraph, a clock time of a
plan ("The two sides will face each other again at 6 p.m.") is the coming day's: within a
day of publication, since the clock's time zone is seldom told.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.analysis import timewords as tw
from bot.analysis.deadline_about import about_of
from bot.analysis.deadline_anchors import Deadline
from bot.analysis.deadline_pages import phrase_clause
from bot.analysis.future_words import EVERY, HABIT, PAST_AUXILIARIES, SCHEDULED
from bot.analysis.sentences import Sentence
from bot.analysis.tense import nearest_tense, sentence_tense

_PART = r"morning|afternoon|evening|night"
CARRIED = re.compile(
    rf"(?i:\b(?:(?P<prep>at|by|before|until|till|from|after)\s+(?:{tw.CLOCK})"
    # "later that day", "that same evening", "the same afternoon", "that night"
    rf"|(?:later\s+(?:that|in\s+the)|(?:that|the)\s+same|that)\s+(?P<part>day|{_PART})\b"
    rf"|the\s+(?:next|following)\s+(?P<next>day|{_PART})\b"
    # "the night before", "the morning after"; not "the day after the vote": another event's
    rf"|the\s+(?P<side_part>day|{_PART})\s+(?P<side>before|after)\b"
    r"(?!\s+(?:the|a|an|its|their|his|her|this|that|tomorrow|(?-i:[A-Z]\w*))\b)"
    # not "three days later than planned": a delay, not a time
    r"|(?P<days>a|one|two|three|\d)\s+days?\s+later\b(?!\s+than\b)"
    r"|(?P<hours>(?:(?:a\s+)?few\s+|several\s+|two\s+|three\s+)?hours)\s+later\b(?!\s+than\b)))"
)
# Parts of a day, as hours: morning 06:00-11:59, afternoon 12:00-17:59, evening 18:00-23:59.
_PART_HOURS = {"morning": (6, 12), "afternoon": (12, 18), "evening": (18, 24), "night": (18, 24),
               "day": (0, 24)}
# A sentence with a time of its own dates its events itself: "At 10 am this morning,
# ministers are meeting" after a deadline on Thursday is the day of the copy, not Thursday.
OWN_TIME = re.compile(
    rf"\b(?:{tw.WEEKDAY_NAME}|today|tonight|tomorrow|yesterday|overnight|(?:last|this|next)\s+"
    rf"(?:week|weekend|month|year|morning|afternoon|evening|night)|ago|{tw.YEAR})\b"
    rf"|(?-i:{tw.MONTH})",
    re.IGNORECASE,
)
# "The session usually opens at 9 am": a habit, not that day's timetable.
_HABIT = re.compile(rf"\b(?:{HABIT}|{EVERY}|daily)\b(?!\s+other\b)", re.I)  # not "each other"
# "up 2% from the day before", "busier than that morning": a comparison, not a time of its own
_COMPARED = re.compile(r"\b(?:from|than|since|over|with|versus|vs\.?)\s+$", re.IGNORECASE)
# "is due to vote at 3 p.m.": an infinitive of a timetable looks ahead as a future does.
_SCHEDULED = re.compile(rf"\b(?:{SCHEDULED})\b", re.IGNORECASE)
# "He was due to speak at 11 a.m.": a plan seen from the past.
_PAST_AUXILIARY = re.compile(rf"\b(?:{PAST_AUXILIARIES})\b", re.IGNORECASE)
# "at 9 p.m. E.T.", "at 18:00 GMT": the zone belongs to the phrase as written.
_ZONE = re.compile(r"\s+(?:[ECMP][SD]?T|E\.T\.|GMT|UTC|BST|CES?T|local\s+time)\b\.?")
_SENTENCES_BACK = 2
_LONGEST_SPAN_ANCHOR = timedelta(days=7)
_HOURS_LATER = timedelta(hours=12)
_A_DAY = timedelta(days=1)
_SECOND = timedelta(seconds=1)


def carried_times(
    sentences: Sequence[Sentence],
    position: int,
    found: Sequence[Deadline],
    published: datetime,
) -> list[Deadline]:
    """The times in `sentences[position]` whose day is the single day ahead of the deadline
    just before it."""
    sentence = sentences[position]
    text = sentence.text
    if (
        not found
        or found[-1].sentence_index >= sentence.index
        or CARRIED.search(text) is None
        or OWN_TIME.search(text)
        or _HABIT.search(text)
    ):
        return []
    anchor = found[-1]
    earlier = sentences[max(0, position - _SENTENCES_BACK) : position]
    between = [s for s in earlier if s.index >= anchor.sentence_index]
    if (
        sentence.index - anchor.sentence_index > _SENTENCES_BACK
        or anchor.latest - anchor.earliest > _LONGEST_SPAN_ANCHOR
        or anchor.latest <= published
        or any(s.paragraph < sentence.paragraph - 1 for s in between)
        or any(OWN_TIME.search(s.text) for s in between if s.index != anchor.sentence_index)
    ):
        return []
    one_day = anchor.earliest.date() == anchor.latest.date()
    own_paragraph = all(s.paragraph == sentence.paragraph for s in between)
    carried: list[Deadline] = []
    for match in CARRIED.finditer(text):
        if _COMPARED.search(text, 0, match.start()):
            continue
        opens = not text[: match.start()].strip()
        # "Early next week, … will hold a hearing. ¶ A day later, Ruiz will host …": a
        # sentence opened by days counted on goes on from the paragraph before, and from a
        # span of a few days as well as from one day.
        if not (one_day or match.group("days")) or not (own_paragraph or opens):
            continue
        left, right = phrase_clause(text, match.start(), match.end())
        tense = nearest_tense(left, right) or sentence_tense(text, match.start(), match.end())
        if tense == "past":
            continue  # "The result came hours later": narrated, not expected
        earliest, latest = carried_range(match, anchor)
        if not one_day:  # the same days on from the span's first day as from its last
            earliest = tw.day_start(anchor.earliest) + (earliest - tw.day_start(anchor.latest))
        if latest <= published:
            continue  # "the night before" a vote tomorrow is tonight at the latest, or gone
        carried.append(
            Deadline(
                phrase=match.group().strip(),
                about=about_of(text, match),
                earliest=max(earliest, published).replace(microsecond=0),
                latest=latest,
                sentence_index=sentence.index,
            )
        )
    return carried


def clock_times_today(
    sentences: Sequence[Sentence],
    position: int,
    found: Sequence[Deadline],
    published: datetime,
) -> list[Deadline]:
    """The clock times of plans in `sentences[position]` when no day is named around them:
    the coming day's."""
    sentence = sentences[position]
    text = sentence.text
    if CARRIED.search(text) is None or OWN_TIME.search(text) or _HABIT.search(text):
        return []
    earlier = [
        s for s in sentences[max(0, position - _SENTENCES_BACK) : position]
        if s.paragraph == sentence.paragraph
    ]
    nearby = {s.index for s in earlier} | {sentence.index}
    if any(OWN_TIME.search(s.text) for s in earlier) or any(
        d.sentence_index in nearby for d in found
    ):
        return []  # the day is told nearby: carried_times dates the clock by it, or none does
    today: list[Deadline] = []
    for match in CARRIED.finditer(text):
        if not match.group("prep") or _COMPARED.search(text, 0, match.start()):
            continue
        left, right = phrase_clause(text, match.start(), match.end())
        if _PAST_AUXILIARY.search(left):
            continue
        tense = nearest_tense(left, right)
        if tense != "future" and not (tense == "weak" and _SCHEDULED.search(left)):
            continue
        zone = _ZONE.match(text, match.end())
        end = zone.end() if zone else match.end()
        today.append(
            Deadline(
                phrase=text[match.start() : end].strip(),
                about=about_of(text, match, end=end),
                earliest=published.replace(microsecond=0),
                latest=(published + _A_DAY - _SECOND).replace(microsecond=0),
                sentence_index=sentence.index,
                start=match.start(),
            )
        )
    return today


def carried_range(match: re.Match[str], anchor: Deadline) -> tuple[datetime, datetime]:
    day = tw.day_start(anchor.latest)
    if match.group("hours"):
        return anchor.earliest, anchor.latest + _HOURS_LATER
    if match.group("days"):
        later = day + timedelta(days=int(tw.count_of(match.group("days"), "day")))
        return later, tw.day_end(later)
    if match.group("next"):
        first, last = _PART_HOURS[match.group("next").lower()]
        return _hours(day + timedelta(days=1), first, last)
    if match.group("side"):
        first, last = _PART_HOURS[match.group("side_part").lower()]
        shift = 1 if match.group("side").lower() == "after" else -1
        return _hours(day + timedelta(days=shift), first, last)
    if match.group("part"):
        first, last = _PART_HOURS[match.group("part").lower()]
        return _hours(day, first, last)
    at = day + _clock(match)
    prep = match.group("prep").lower()
    if prep in {"by", "before", "until", "till"}:
        return day, at
    if prep == "after":
        return at, tw.day_end(day)
    return at, at + timedelta(hours=1) - _SECOND


def _hours(day: datetime, first: int, last: int) -> tuple[datetime, datetime]:
    return day + timedelta(hours=first), day + timedelta(hours=last) - _SECOND


def _clock(match: re.Match[str]) -> timedelta:
    if match.group("noon"):
        return timedelta(hours=12)
    if match.group("hour24"):
        return timedelta(hours=int(match.group("hour24")), minutes=int(match.group("minute24")))
    hour = int(match.group("hour")) % 12 + (12 if match.group("half").lower() == "p" else 0)
    return timedelta(hours=hour, minutes=int(match.group("minute") or 0))
