"""'before the election' when the article dates the election elsewhere ("the November 3
election"): a time up to the day before it; "the election – less than two months out" names
the election's own day. Without a date in the article the noun alone
cannot be placed on a calendar and gives nothing, as before; "after the election" has no
end and gives nothing either.
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
            if any(
                d.sentence_index == sentence.index and d.phrase in match.group() for d in found
            ):
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
    return sorted([*found, *added], key=lambda deadline: deadline.sentence_index)
