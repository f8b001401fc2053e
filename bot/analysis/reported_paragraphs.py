"""A quote in the paragraph after one of reported speech: "The plan would cost more than
the board had said, he said." then a paragraph of quotation with no attribution of its own.
Wire copy runs a speaker's remarks on like this, paraphrase first and the quote after, and
a reader takes the quote for that speaker's: nobody else has been given the floor."""

from __future__ import annotations

import re

from bot.analysis.attribution_patterns import ADVERB, PLATFORMS, VERB, VERB_WORD
from bot.analysis.sentences import Sentence, paragraph_ending, paragraph_from, sentence_at

# "…, he said." / "…, Ana Ruiz said on Monday.": a sentence of reported speech closed by
# its attribution, with no quotation of its own but short phrases ("has not “moved an
# inch”"), and a stray closing mark the writer left before the attribution.
_CLOSING_ATTRIBUTION = re.compile(
    r"^(?:[^“”\"]|[“\"][^“”\"]{1,40}[”\"])*,[”\"]?\s+(?P<who>[Hh]e|[Ss]he|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+"
    rf"{ADVERB}(?:{VERB})(?:\s+[^,.“”\"]{{0,40}})?\.\s*$"
)


def closing_reporter(
    text: str, sentences: list[Sentence], quote_start: int
) -> tuple[str, int] | None:
    """(who, where): the attribution closing the paragraph just before the quote's, when
    the quote's paragraph names no speaker and no person before the quote (`who` as written,
    "he" or a name; `where` the start of that sentence, to resolve it from)."""
    here = sentence_at(sentences, quote_start)
    if here.paragraph == 0 or (
        here.index > 0 and sentences[here.index - 1].paragraph == here.paragraph
    ):
        return None  # "Analysts were unsure. “…”": a sentence of the paragraph comes first
    # The paragraphs around the quote, walked from it: a page of thousands of one-line
    # quotes must not read every sentence for each.
    earlier = paragraph_ending(sentences, here.index - 1, here.paragraph - 1)
    if not earlier:
        return None
    own = paragraph_from(sentences, here.index)
    opening = text[own[0].start : quote_start]
    # Verbs inside the quotation ("what has been agreed") attribute nothing.
    whole = re.sub(r"“[^“”]*”?|\"[^\"]*\"?", " ", " ".join(s.text for s in own))
    # "The laws would send a “…”": a lead-in of plain statement, no verb of speech anywhere.
    if VERB_WORD.search(whole) or re.search(
        r"[A-Z][a-z]+\s+[A-Z][a-z]+", opening[1:]
    ):
        return None
    closing = _CLOSING_ATTRIBUTION.match(earlier[-1].text)
    if closing is not None:
        return closing.group("who"), earlier[-1].start + closing.start("who")
    # "Kinshasa said the mediator's “…” was crucial.": a one-sentence paragraph opened by its
    # speaker and verb, the quote inside it only a phrase of the reported speech.
    opener = _OPENING_ATTRIBUTION.match(earlier[0].text)
    if len(earlier) == 1 and opener is not None:
        return opener.group("who"), earlier[0].start
    # "Ruiz, a former envoy, said that the talks had failed." / "Ruiz also took to X in
    # support of the mayor.": the paragraph of quotation after it is what they said or posted.
    last = earlier[-1]
    reported = _REPORTED_OPENING.match(last.text)
    if reported is not None and (reported.group("that") or not opening.strip(" “\"‘'")):
        # without "that", only a paragraph that opens with the quote carries it on
        who = "who" if reported.group("who") else "pronoun"
        return reported.group(who), last.start + reported.start(who)
    if (reported := _TOOK_TO.match(last.text)) is not None:
        return reported.group("who"), last.start + reported.start("who")
    return None


_WHO = r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
# The verbs a paragraph's opening sentence credits its speaker with (_OPENING_ATTRIBUTION;
# _REPORTED_OPENING adds "wrote").
_OPENING_VERBS = r"said|says|added|argued|insisted|stressed|warned"
# "The 39-year-old says …": an age stands for the person the passage is about.
_AGED = r"The\s+\d{1,3}-year-old"
# A sentence of reported speech opened by its speaker, an apposition allowed, no quote in it.
# "At the meeting, he said he was working on the assumption that …": a scene before it,
# a pronoun for the speaker, the reported clause opened by its own subject pronoun.
_REPORTED_OPENING = re.compile(
    rf"(?:[A-Z][^,“”\"]{{0,60}},\s+)?(?:{_WHO}|(?P<pronoun>[Hh]e|[Ss]he|{_AGED}))"
    rf"(?:,\s+[^,“”\"]{{1,160}},)?\s+{ADVERB}(?:{_OPENING_VERBS}|wrote)"
    r"\s+(?:(?P<that>that)\s+|(?=(?:he|she|it|they|we)\s|"
    # "says providing time off would help": a gerund opens the reported clause.
    r"(?!(?:during|following|regarding|including|concerning|according)\b)[a-z]{3,}ing\s))"
    r"[^“”\"]*$"
)
# "Norland diplomat Ana Ruiz also took to X": a post, its words in the paragraph after.
_TOOK_TO = re.compile(
    rf"(?:[^“”\"]*?\s)?{_WHO}\s+(?:also\s+|then\s+|later\s+)?took\s+to\s+{PLATFORMS}"
    r"[^“”\"]*$"
)


_OPENING_ATTRIBUTION = re.compile(
    r"(?P<who>[Hh]e|[Ss]he|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+"
    rf"{ADVERB}(?:{_OPENING_VERBS})\s+(?![a-z]+ly\b)"
    r"(?:that\s+)?[^“”\"]*[“\"][^“”\"]+[”\"][^“”\"]*$"
)


# "During the session, a representative from Peru said that her country …": an unnamed
# source opening the sentence of reported speech before a quote.
_UNNAMED_OPENER = re.compile(
    r"(?:[A-Z][^,“”\"]{0,60},\s+)?(?P<who>(?:[Aa]n?|[Oo]ne)\s[^,“”\"]{1,60}?)\s+"
    rf"{ADVERB}(?:{VERB})\s+(?:that|her|his|its|their)\b[^“”\"]*$"
)


def unnamed_opener(sentence: str) -> str | None:
    """The unnamed source, as written, opening a sentence of reported speech ("a delegate
    from Peru said that …"), if the whole sentence reports it; None otherwise."""
    match = _UNNAMED_OPENER.match(sentence)
    return match.group("who") if match is not None else None
