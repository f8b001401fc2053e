"""Spans counted back from an event the article dates (deadlines round 9).

"The board will name a successor a week before he steps down" says nothing on its own; with
"he will step down on March 31" elsewhere in the article it names March 24. "less than two
weeks before election day" with "the November 3 election" runs from October 20 up to the day
before the vote. An event the article does not date gives nothing, as before: the span
alone cannot be placed on a calendar.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import lru_cache

from bot.analysis import calendar_words as cw
from bot.analysis import timewords as tw
from bot.analysis.deadline_about import about_of
from bot.analysis.deadline_anchors import STEM, Deadline
from bot.analysis.deadline_families import FAMILIES
from bot.analysis.deadline_pages import phrase_clause
from bot.analysis.sentences import Sentence
from bot.analysis.tense import nearest_tense

# "less than two weeks before": inside the span; "at least a week before", "no later than
# ten days before": by the time the span starts; a bare or hedged span names its one time.
_INSIDE = r"less\s+than|no\s+more\s+than|under|within"
_BY = r"at\s+least|no\s+later\s+than|no\s+less\s+than|more\s+than"
BEFORE_EVENT = re.compile(
    rf"\b(?:(?P<inside>{_INSIDE})\s+|(?P<by>{_BY})\s+|(?:{tw.HEDGE})\s+)?"
    rf"(?P<n>{tw.NUM})\s+(?P<unit>{tw.UNIT})\s+before\s+"
    # The event ends before a second verb, clause or time joined on.
    r"(?P<event>(?:(?!\s(?:and|or|but|by|when|while|until|if)\s)[^,;:.()\"“”])+)",
    re.IGNORECASE,
)
_SPAN_FROM_NOW = re.compile(r"\b(?:next|coming|following|past|last|first)\s+$", re.I)
# Words that say who or which, not what happens: the event is found by the rest.
_NOT_THE_EVENT = frozenset(
    "the a an his her its their our my your he she it they we i this that next coming "
    "upcoming scheduled planned is are will be being day date of".split()
)
_INFLECTION = re.compile(r"(?:ing|ed|es|s)$")


def _keys(event: str) -> list[str]:
    """The stems of the event's own words: 'he steps down' -> step, down; 'Election Day'
    -> elect."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", event) if w.lower() not in _NOT_THE_EVENT]
    if len(words) > 1 and words[0][0].isupper() and not words[1][0].isupper():
        words = words[1:]  # a subject's name ("before Oduya steps down") may be written otherwise
    return [stem(word) for word in words]


def stem(word: str) -> str:
    """'steps' and 'step', 'retires' and 'retirement' alike; not 'voters' and 'vote'."""
    lowered = word.lower()
    if len(lowered) > 4:
        lowered = _INFLECTION.sub("", lowered)
    return lowered[:STEM]


def _event_date(keys: list[str], phrase: str, found: Sequence[Deadline]) -> Deadline | None:
    """The first deadline whose clause names the same event, not this span's own clause."""
    if not keys:
        return None
    for deadline in found:
        if phrase.lower() in deadline.about.lower():
            continue
        stems = {stem(word) for word in re.findall(r"[A-Za-z][\w’'-]*", deadline.about)}
        if all(key in stems for key in keys):
            return deadline
    return None


def named_date(
    key: str, sentences: Sequence[Sentence], published: datetime
) -> tw.Range | None:
    """'the November 3 election', 'the election on 12 May': a date written on the event's
    own noun, whatever the tense of its sentence ("Campaigning for the election on 12 May
    began")."""
    on_the_noun = re.compile(rf"\s+(?:[a-z]+\s+)?{re.escape(key)}", re.IGNORECASE)
    noun_on = re.compile(
        rf"\b{re.escape(key)}\w*\s+(?:(?:set|scheduled|due)\s+)?(?:(?:on|for)\s+)?$", re.I
    )
    for match in _dates(tuple(sentence.text for sentence in sentences)):
        text = match.string
        if on_the_noun.match(text, match.end()) or noun_on.search(text[: match.start()]):
            return cw.resolve_date(match, published)
    return None


@lru_cache(maxsize=4)
def _dates(texts: tuple[str, ...]) -> tuple[re.Match[str], ...]:
    """Every date written in the article's sentences, in order: found once per article, not
    once per event noun looked up in it."""
    return tuple(match for text in texts for match in cw.DATE.finditer(text))


def _event_itself(event: str, published: datetime) -> tw.Range | None:
    """'five days before Election Day', 'two days before March 31': the event is a time."""
    for family in FAMILIES:
        match = family.pattern.match(event)
        if match is not None and match.end() == len(event):
            return family.resolve(match, published)
    return None


def before_dated_events(
    sentences: Sequence[Sentence], found: Sequence[Deadline], published: datetime
) -> list[Deadline]:
    """The deadlines with spans before an event whose date the article gives: a time read
    inside such a span ("before Election Day" in "five days before Election Day") gives
    way to it."""
    added: list[Deadline] = []
    inside: list[Deadline] = []
    for sentence in sentences:
        for match in BEFORE_EVENT.finditer(sentence.text):
            if _SPAN_FROM_NOW.search(sentence.text, 0, match.start()):
                continue  # "over the next couple of weeks before the talks": a span from now
            left, right = phrase_clause(sentence.text, match.start(), match.end())
            if nearest_tense(left, right) == "past":
                continue  # "named him a week before he stepped down": told, not ahead
            event = match.group("event").strip()
            keys = _keys(event)
            dated = _event_date(keys, match.group(), found)
            named = _event_itself(event, published) or (
                named_date(keys[0], sentences, published) if len(keys) == 1 else None
            )
            if dated is not None and named is None:
                named = (dated.earliest, dated.latest, False)
            if named is None:
                continue
            unit = tw.unit_name(match.group("unit"))
            amount = tw.count_of(match.group("n"), unit)
            start = tw.add_units(named[0], -amount, unit)
            end = tw.add_units(named[1], -amount, unit)
            if match.group("inside"):
                end = named[0] - timedelta(days=1)  # up to the day before the event
            elif match.group("by"):
                start = published
            earliest, latest = tw.day_start(start), tw.day_end(end)
            if latest < published:
                continue
            inside.extend(
                d for d in found if d.sentence_index == sentence.index and d.phrase in match.group()
            )
            added.append(
                Deadline(
                    phrase=match.group().strip(),
                    about=about_of(sentence.text, match, None, match.end()),
                    earliest=max(earliest, published).replace(microsecond=0),
                    latest=latest.replace(microsecond=0),
                    sentence_index=sentence.index,
                )
            )
    return sorted(
        [d for d in found if d not in inside] + added, key=lambda deadline: deadline.sentence_index
    )
