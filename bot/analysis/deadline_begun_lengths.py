"""A length begun before publication (deadlines round 13).

"the 30-day ceasefire that began on March 11", "a 90-day freeze announced on January 20":
the pause runs out a length after the day named, not a length after the copy. The end is a
time ahead while the pause runs (the window runs from publication to that end, like "the
truce, which began in March, will last 60 days"); an end already gone names nothing. A pause
the sentence says is over or changed ("…, was lifted in February", "was extended on
April 10") names nothing either. A start still
ahead ("a 90-day freeze starting on May 1") is left to the date itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from bot.analysis import timewords as tw
from bot.analysis.deadline_about import about_of
from bot.analysis.deadline_anchors import Deadline
from bot.analysis.sentences import Sentence
from bot.analysis.spans_started import start_named

# Things that run for a length once begun: a pause, a window, a ban.
_RUNS = (
    r"(?:ceasefire|cease-fire|truce|pause|freeze|moratorium|suspension|halt|standstill|"
    # not a bare "period": "in the 12-month period that began in April, exports rose"
    r"reprieve|(?:grace|notice|waiting|cooling-off|comment)\s+period|window|deadline|"
    r"ultimatum|ban|embargo|lockdown|curfew|"
    r"state\s+of\s+emergency|emergency|waiver|exemption|extension|respite|hiatus|"
    r"transition(?:\s+period)?|consultation|review|countdown|clock)"
)
_SET_GOING = (
    r"(?:began|begun|started|took\s+effect|came\s+into\s+(?:force|effect)|"
    r"went\s+into\s+effect|announced|agreed|declared|imposed|unveiled|brokered|signed|"
    r"ordered|opened|granted|issued|set|launched)"
)
_DAY_NAMED = (
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?{tw.MONTH}"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+{tw.YEAR})?"
    rf"|(?i:{tw.WEEKDAY_NAME})\b|(?i:last\s+(?:week|month))|(?i:last)\s+{tw.MONTH})"
)
BEGUN_LENGTH = re.compile(
    rf"\b(?P<span>(?P<n>\d{{1,3}}|{tw.NUM})[- ](?P<unit>hour|day|week|month|year)(?:-long)?\s+"
    rf"(?:[a-z]+\s+){{0,2}}?{_RUNS}s?)\b"
    # "on Russian energy", "between the two sides": what the pause covers
    r"(?:\s+(?:on|of|in|for|against|between|over)\s+[^,.;:()]{1,50}?)?"
    rf",?\s+(?:(?:that|which)\s+(?:was\s+|were\s+|had\s+|has\s+)?)?"
    # "brokered by Qatar on April 1": the broker between
    rf"(?P<start>{_SET_GOING}\s+(?:by\s+[^,.;:()]{{1,40}}?\s+)?(?:(?i:on|in)\s+)?(?:the\s+)?"
    rf"{_DAY_NAMED})",
    re.IGNORECASE,
)
# "paused the tariffs for 90 days on April 9", "On April 9 the tariffs were paused for 90 days"
_PAUSING = r"(?:paused|suspended|froze|frozen|halted|delayed|extended|postponed|imposed)"
_FOR_SPAN = (
    rf"(?P<span>for\s+(?:another\s+|a\s+further\s+)?(?P<n>\d{{1,3}}|{tw.NUM})\s+"
    r"(?P<unit>hour|day|week|month|year)s?)"
)
PAUSED_FOR = re.compile(
    rf"\b{_PAUSING}\s+(?:[\w’'-]+\s+){{0,4}}?{_FOR_SPAN}\s+"
    rf"(?P<start>(?i:on|in)\s+(?:the\s+)?{_DAY_NAMED})"
    rf"|^(?P<start2>(?i:on|in)\s+{_DAY_NAMED}),?\s+(?:[\w’'-]+\s+){{1,6}}?{_PAUSING}\s+"
    rf"(?:[\w’'-]+\s+){{0,4}}?{_FOR_SPAN.replace('?P<', '?P<x')}\b",
    re.IGNORECASE,
)
# "submitted a letter on Thursday, starting a 30-day clock": a length the act just told set
# going; the act's day is named in its sentence or in one of the two before it.
STARTING_A_LENGTH = re.compile(
    rf"\b(?:starting|triggering|launching|setting\s+off|kicking\s+off)\s+(?:a|the)\s+"
    rf"(?P<span>(?P<n>\d{{1,3}}|{tw.NUM})[- ](?P<unit>hour|day|week|month|year)\s+"
    r"(?:clock|countdown|(?:notice|review|consultation|grace)\s+period|window))\b",
    re.IGNORECASE,
)
_ACT_DAY = re.compile(rf"\b(?i:on)\s+(?P<day>{_DAY_NAMED})")
_ACT_PAST = re.compile(r"\b[a-z]+ed\b[^.;]*,\s*$")


def _act_day(sentences: Sequence[Sentence], position: int, before: str) -> str | None:
    """'on Thursday' in the act's clause, or in one of the two sentences before it."""
    if _ACT_PAST.search(before) is None:
        return None  # "is starting a 30-day clock": no act told
    for text in [before, *(s.text for s in reversed(sentences[max(0, position - 2) : position]))]:
        days = list(_ACT_DAY.finditer(text))
        if days:
            return f"began on {days[-1].group('day')}"
    return None


# The sentence says the pause is over or broken: no end ahead to wait for.
_OVER = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:lifted|ended|scrapped|"
    r"revoked|cancell?ed|called off|abandoned|broken|extended|prolonged|renewed)\b|"
    r"\b(?:collapsed|expired|ended|broke down|fell apart|lapsed|ran out)\b",
    re.IGNORECASE,
)


def _end(match: re.Match[str], published: datetime) -> datetime | None:
    """The last day of the length counted from its start, or None when it cannot be."""
    told = match.groupdict()
    told_start = re.sub(  # "brokered by Qatar on April 1": the broker out
        r"\bby\s+[^,.;:()]+?\s+(?=(?:on|in)\s)", "", told.get("start") or told.get("start2") or "",
        flags=re.I,
    )
    start_text = re.sub(
        rf"^(?:{_SET_GOING}|on|in)\s+(?:(?i:on|in)\s+)?", "began on ", told_start, flags=re.I
    )
    if (last := re.search(rf"\blast\s+(?P<month>{tw.MONTH})", start_text, re.I)) is not None:
        month = tw.month_number(last.group("month"))  # "imposed last June": the one gone
        year = published.year if month < published.month else published.year - 1
        start_text = f"began in {last.group('month')} {year}"
    start = start_named(start_text, published)
    if start is None or start > published:
        return None  # a start still ahead is the date's own deadline
    unit = tw.unit_name(told.get("unit") or told.get("xunit") or "day")
    amount = tw.count_of(told.get("n") or told.get("xn"), unit)
    return tw.day_end(tw.add_units(start, amount, unit))


def lengths_begun(
    sentences: Sequence[Sentence], found: list[Deadline], published: datetime
) -> list[Deadline]:
    """The deadlines found, with the end of each length begun before publication added."""
    added: list[Deadline] = []
    for position, sentence in enumerate(sentences):
        text = sentence.text
        for started in STARTING_A_LENGTH.finditer(text):
            told = _act_day(sentences, position, text[: started.start()])
            start = start_named(told, published) if told else None
            if start is None or start > published:
                continue
            unit = tw.unit_name(started.group("unit"))
            ends = tw.day_end(tw.add_units(start, tw.count_of(started.group("n"), unit), unit))
            if ends >= published and not any(
                d.sentence_index == sentence.index and d.phrase in started.group() for d in found
            ):
                added.append(Deadline(phrase=started.group("span"), about=about_of(text, started),
                                      earliest=published.replace(microsecond=0),
                                      latest=ends.replace(microsecond=0),
                                      sentence_index=sentence.index))
        for match in [*BEGUN_LENGTH.finditer(text), *PAUSED_FOR.finditer(text)]:
            end = _end(match, published)
            if end is None or end < published or _OVER.search(text[match.end() :]):
                continue
            group = "span" if match.group("span") else "xspan"
            # the length and its start ("for 90 days on April 9"), not the pausing verb
            phrase = text[match.start(group) : match.end()].strip()
            if group == "xspan":
                phrase = match.group("xspan")
            if any(
                d.sentence_index == sentence.index
                and (d.phrase in phrase or abs((d.latest - end).days) <= 1)
                for d in found
            ):
                continue  # the cascade read a part ("60 days") or the end ("will expire on
                # May 31") already
            added.append(
                Deadline(
                    phrase=phrase,
                    about=about_of(text, match),
                    earliest=published.replace(microsecond=0),
                    latest=end.replace(microsecond=0),
                    sentence_index=sentence.index,
                )
            )
    return sorted(found + added, key=lambda d: d.sentence_index)
