"""'before the election' when the article dates the election elsewhere ("the November 3
election"): a time up to the day before it; "the election – less than two months out" names
the election's own day; "after the election" runs from its day for a month, "shortly after
the election" for two weeks (round 13). Without a date in the article the noun alone
cannot be placed on a calendar and gives nothing, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.analysis import timewords as tw
from bot.analysis.deadline_about import about_of
from bot.analysis.deadline_anchors import Deadline
from bot.analysis.deadline_before_events import named_date, stem
from bot.analysis.deadline_pages import phrase_clause
from bot.analysis.event_nouns import VOTES
from bot.analysis.sentences import Sentence
from bot.analysis.tense import nearest_tense

_BEFORE_THE_EVENT = re.compile(
    rf"\b(?:before|ahead\s+of|prior\s+to)\s+the\s+(?P<noun>{VOTES})\b"
    r"(?!\s*(?:on|in|of)\b|[-’'])",  # "before the vote on the bill" is another vote
    re.IGNORECASE,
)

# "shortly after the election": soon after the day; a bare "after" is read as the month after.
_AFTER_THE_EVENT = re.compile(
    r"\b(?P<soon>(?:shortly|soon|right|immediately|just|days)\s+)?after\s+the\s+"
    rf"(?P<noun>{VOTES})\b(?!\s*(?:on|in|of)\b|[-’'])",
    re.IGNORECASE,
)
_SOON_AFTER = timedelta(days=14)
_AFTER = timedelta(days=31)

# "closer to the 2020 election – less than two months out": how far off the event is.
_EVENT_OUT = re.compile(
    rf"\bthe\s+(?:{tw.YEAR}\s+)?(?P<noun>{VOTES})\b[\s,–—-]{{1,4}}"
    rf"(?P<phrase>(?:less\s+than|under|just|only|about|barely)\s+{tw.NUM}\s+{tw.UNIT}\s+"
    r"(?:out|away))\b",
    re.IGNORECASE,
)


def _event_out(
    sentence: Sentence, sentences: Sequence[Sentence], published: datetime
) -> list[Deadline]:
    """'the election, less than two months out', with the election's date given elsewhere."""
    added: list[Deadline] = []
    for match in _EVENT_OUT.finditer(sentence.text):
        named = named_date(stem(match.group("noun")), sentences, published)
        if named is None or named[0] <= published:
            continue
        added.append(
            Deadline(
                phrase=match.group("phrase"),
                about=about_of(sentence.text, match, "phrase", match.end()),
                earliest=named[0].replace(microsecond=0),
                latest=named[1].replace(microsecond=0),
                sentence_index=sentence.index,
            )
        )
    return added


def before_named_events(
    sentences: Sequence[Sentence], found: Sequence[Deadline], published: datetime
) -> list[Deadline]:
    """The deadlines, with 'before the election' added where the article dates it."""
    added: list[Deadline] = []
    for sentence in sentences:
        added.extend(_event_out(sentence, sentences, published))
        for match in _BEFORE_THE_EVENT.finditer(sentence.text):
            if _read_already(sentence, match, found):
                continue
            # The verb before the phrase, across an aside ("should be held, frankly, before
            # the election"); "resigned before the election" is told, not ahead.
            _, right = phrase_clause(sentence.text, match.start(), match.end())
            if nearest_tense(sentence.text[: match.start()], right) == "past":
                continue
            named = named_date(stem(match.group("noun")), sentences, published)
            if named is None or named[0] <= published:
                continue
            added.append(
                Deadline(
                    phrase=match.group().strip(),
                    about=about_of(sentence.text, match, None, match.end()),
                    earliest=published.replace(microsecond=0),
                    latest=tw.day_end(named[0] - timedelta(days=1)).replace(microsecond=0),
                    sentence_index=sentence.index,
                )
            )
        added.extend(_after_the_event(sentence, sentences, [*found, *added], published))
    return sorted([*found, *added], key=lambda deadline: deadline.sentence_index)


def _read_already(sentence: Sentence, match: re.Match[str], found: Sequence[Deadline]) -> bool:
    """A time of the phrase read already ("November 3"), or the phrase inside a longer one
    read already ("less than 100 days before the election")."""
    return any(
        d.sentence_index == sentence.index
        and (d.phrase in match.group() or match.group().strip() in d.phrase)
        for d in found
    )


def _after_the_event(
    sentence: Sentence, sentences: Sequence[Sentence], found: Sequence[Deadline],
    published: datetime,
) -> list[Deadline]:
    """'(shortly) after the election' where the article dates the election: from its day."""
    added: list[Deadline] = []
    for match in _AFTER_THE_EVENT.finditer(sentence.text):
        if _read_already(sentence, match, found) or re.search(
            r"\buntil\s+$", sentence.text[: match.start()], re.I
        ):
            continue  # "waiting until after the election" bounds a wait, names no time
        _, right = phrase_clause(sentence.text, match.start(), match.end())
        if nearest_tense(sentence.text[: match.start()], right) == "past":
            continue  # "resigned shortly after the election" is told, not ahead
        named = named_date(stem(match.group("noun")), sentences, published)
        if named is None or named[0] <= published:
            continue
        length = _SOON_AFTER if match.group("soon") else _AFTER
        added.append(
            Deadline(
                phrase=match.group().strip(),
                about=about_of(sentence.text, match, None, match.end()),
                earliest=named[0].replace(microsecond=0),
                latest=tw.day_end(named[0] + length).replace(microsecond=0),
                sentence_index=sentence.index,
            )
        )
    return added
