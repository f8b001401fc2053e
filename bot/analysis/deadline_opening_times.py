"""Times that date a past act by the shape of the sentence (issue 10, round 18).

A time in an opening phrase whose main clause narrates the past:
"In December, Mr. Verlo promised to withdraw the troops." told in October, "In a December
court filing, prosecutors described ...", "During his hearing this week to become attorney
general, Dorn was asked ...": the opening phrase dates the act of the main clause, and
that act is past, so the time is gone whatever the act promised. "In December, the troops
will leave" keeps its month.
"""

from __future__ import annotations

import re

from bot.analysis.future_words import PLAN_PARTICIPLES, STRONG_FUTURE
from bot.analysis.spans_ahead import SUPERLATIVES
from bot.analysis.tense import REPORTING_VERBS

# The sentence opens with the phrase the time sits in: no verb of its own before the comma.
_OPENING = re.compile(r"\s*(?:In|During|At|On)\b[^,;:“”\"]*$")
_PHRASE_END = re.compile(r"[^,;:“”\"]*,")
# "Mr. Verlo promised to withdraw ...", "prosecutors working for Mr. Lind described ...": a
# subject of a few words, then a verb in the past.
_SUBJECT_THEN_PAST = re.compile(
    r"\s*(?:[\w.’'-]+\s+){1,6}?([a-z]+ed|said|told|made|gave|took|sent|held|began|wrote|"
    r"spoke|sought|won|lost|met|left|came|went|was|were|had)\b"
)
_SUBORDINATE = re.compile(r"\s*(?:as|when|while|if|after|before|since|because|once)\b", re.I)
_QUOTED_NEXT = re.compile(r"\s*[,“\"]")
# "... will leave", "is expected to", "have vowed to block": the main clause looks ahead.
_AHEAD = re.compile(r"\b(?:will|would|is|are|shall|has|have|expects?|plans?)\b", re.IGNORECASE)


def opening_time_of_a_past_act(text: str, match: re.Match[str]) -> bool:
    """A time in the sentence's opening phrase, its main clause past narration."""
    if _OPENING.match(text[: match.end()]) is None:  # "In December" opens with its own "In"
        return False
    phrase = _PHRASE_END.match(text, match.end())
    if phrase is None:
        return False
    clause = re.split(r"[;:]", text[phrase.end() :], maxsplit=1)[0]
    # the first verb decides: "where 475 pledged delegates will be at stake" further on, or
    # "promised to withdraw" (a promise made then), do not
    if _SUBORDINATE.match(clause):
        return False  # "On November 24th, as the Gazette went to press, he was due to …"
    first = _SUBJECT_THEN_PAST.match(clause)
    return (
        first is not None
        and _AHEAD.search(clause[: first.end()]) is None
        # "In a few more years, she said, “You won't …”": the time is in the words quoted
        and not (
            REPORTING_VERBS.fullmatch(first.group(1)) and _QUOTED_NEXT.match(clause, first.end())
        )
        and not re.match(rf"\s+(?:{PLAN_PARTICIPLES})\b", clause[first.end() :])  # "was due to"
    )


# "becomes the second congressman to be indicted this month", "is the first senator to be
# charged this year": a count of acts in the current period counts acts done; "will be the
# first to be sworn in this month" looks ahead.
_NTH_TO_BE_DONE = re.compile(
    r"\b(?:is|becomes|became|was)\s+(?:the|a)\s+(?:first|second|third|fourth|fifth|\w+th|"
    r"latest|only|last)\s+(?:[\w’'-]+\s+){0,3}?to\s+(?:be|have\s+been)\s+[a-z]+(?:ed|en|wn)"
    r"(?:\s+[a-z]+)?\s+$",
    re.IGNORECASE,
)


# "The largest asteroid to zoom past Earth this year will do so on March 21", "the
# deadliest storm to hit the coast this year": the period bounds the comparison, whatever
# the clause's tense; the event has its own time, if any.
_BEST_OF_THE_PERIOD = re.compile(
    rf"\b(?:the|its|their)\s+(?:{SUPERLATIVES}|most\s+[a-z]+)\s+"
    r"(?:[\w’'-]+\s+){0,3}?to\s+(?!date\b)[a-z]+(?:\s+[\w’'-]+){0,4}\s+$",
    re.IGNORECASE,
)


def nth_act_of_this_period(text: str, match: re.Match[str], family: str) -> bool:
    """'the second congressman to be indicted this month', 'the largest asteroid to pass
    Earth this year': acts counted or compared in the period, not one ahead."""
    before = text[: match.start()]
    return family == "later_this" and (
        _NTH_TO_BE_DONE.search(before) is not None
        # not "will be the largest rally to take place this month", still to come
        or (_BEST_OF_THE_PERIOD.search(before) is not None and not STRONG_FUTURE.search(before))
    )
