"""A reporter's own interview: "Ruiz told me", "I asked Ruiz", then question and answer.

In such a piece a paragraph that is only a quote, right after the reporter's question
("Is that a fair price, I asked?"), is the interviewee's answer, even when the answer
names someone else ("It is not only the mayor, it is the council"). A quote paragraph with
no attribution at all in such a piece is the interviewee's too, when nothing else in
reach names a speaker.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.analysis import attribution_patterns as patterns
from bot.analysis.entities import Mention
from bot.analysis.sentences import Sentence, sentence_at

# "Ruiz told me", "Ruiz, speaking in her office, told me": the reporter is the listener.
_TOLD_ME = re.compile(r"(?:,[^,“”\"]{1,60},)?\s+(?:told|tells|assured|reminded)\s+(?:me|us)\b")
# "I asked Ruiz", "When I met Ruiz": the reporter meets or questions the interviewee.
_I_MET = re.compile(
    r"\bI\s+(?:asked|met|interviewed|spoke\s+(?:to|with)|sat\s+down\s+with|pressed)\s+$"
)
# The reporter's question: "…, I asked.", "I asked him whether …", "I suggested that …".
_REPORTER_ASKS = re.compile(r"\bI\s+(?:asked|put\s+it\s+to|suggested|pressed|wondered)\b")
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
# "Putin, Ruiz told me, has started it": a person's aside reporting the sentence.
_ASIDE_AFTER = re.compile(
    rf"\s+{patterns.ADVERB}{patterns.VERB}(?:\s+(?:me|us|reporters))?\s*,", re.IGNORECASE
)


def interviewee(text: str, mentions: list[Mention]) -> str | None:
    """The one person the reporter says they met, asked or were told by, else None."""
    counts: Counter[str] = Counter()
    for mention in mentions:
        if mention.type != "person":
            continue
        before = text[max(0, mention.start - 40) : mention.start]
        if _TOLD_ME.match(text, mention.end) or _I_MET.search(before):
            counts[mention.canonical] += 1
    return next(iter(counts)) if len(counts) == 1 else None


def opens_paragraph(text: str, sentences: list[Sentence], quote_start: int) -> bool:
    """Whether the quote opening at `quote_start` (after its mark) opens its paragraph."""
    here = sentence_at(sentences, quote_start)
    if here.index > 0 and sentences[here.index - 1].paragraph == here.paragraph:
        return False
    return not text[here.start : quote_start - 1].strip()


def asks(sentences: list[Sentence], paragraph: int) -> bool:
    """Whether a paragraph is the reporter's question: a question outside quotes, or the
    reporter saying they asked."""
    own = [s for s in sentences if s.paragraph == paragraph]
    if not own:
        return False
    for sentence in own:
        bare = _QUOTED.sub("", sentence.text).rstrip(" )")
        if bare.endswith("?") or _REPORTER_ASKS.search(bare):
            return True
    return False


def answered(
    text: str, sentences: list[Sentence], mentions: list[Mention], quote_start: int, bare: bool
) -> str | None:
    """The interviewee, for a quote paragraph with no attribution (`bare`) right after the
    reporter's question."""
    if not bare or not opens_paragraph(text, sentences, quote_start):
        return None
    here = sentence_at(sentences, quote_start)
    if here.paragraph == 0 or not asks(sentences, here.paragraph - 1):
        return None
    return interviewee(text, mentions)


def unattributed(
    text: str, sentences: list[Sentence], mentions: list[Mention], quote_start: int, bare: bool
) -> str | None:
    """The interviewee, for a quote paragraph with no attribution (`bare`) that nothing
    else in reach credits."""
    if not bare or not opens_paragraph(text, sentences, quote_start):
        return None
    return interviewee(text, mentions)


def aside_speaker(text: str, sentence: Sentence, mentions: list[Mention]) -> str | None:
    """'Putin, Ruiz told me, has already started it.': the person in the reporting aside."""
    for mention in mentions:
        if mention.type != "person" or not sentence.start < mention.start < sentence.end:
            continue
        if text[: mention.start].rstrip().endswith(",") and _ASIDE_AFTER.match(
            text, mention.end
        ):
            return mention.canonical
    return None
