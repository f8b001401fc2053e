"""Whom a he, she or they speaker stands for, resolved from what the article named before."""

from __future__ import annotations

import re

from bot.analysis import attribution_patterns as patterns
from bot.analysis import described_people, glued_names, pronouns, title_holders
from bot.analysis.description_referents import definite_body
from bot.analysis.entities import Mention
from bot.analysis.lexicon import SPEECH_VERBS
from bot.analysis.named_groups import named_group
from bot.analysis.sentences import Sentence, sentence_at
from bot.analysis.spokesperson_chain import spokesperson_subject, unnamed_subject
from bot.analysis.unnamed_sources import group_subject, introduced_subject

PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
GROUP_PRONOUNS = {"it", "they"}
# "The top U.S. diplomat, …" / "The secretary struck …": a description as the subject.
# "In a furious response, the governor said …": an opening phrase may come first.
_OPENING_DESCRIPTION = (
    r"(?:[A-Z][^,“”\"]{0,60},\s*)?(?P<who>[Tt]he\s+(?:[\w.’'-]+\s+){0,4}?[a-z][\w-]*)"
)
_DESCRIPTION_OPENER = re.compile(rf"{_OPENING_DESCRIPTION}(?=,|\s+[a-z])")
# "The finance minister said last week that …": the whole description before its verb.
_DESCRIPTION_SPEAKING = re.compile(
    rf"{_OPENING_DESCRIPTION}(?=\s+(?:also\s+|then\s+|later\s+)?(?:{SPEECH_VERBS})\b)"
)
# "And he made a point of saying", "At the time, she released a statement saying":
# he/she as the subject, after a connective or an opening clause.
PRONOUN_OPENER = re.compile(
    # a longer opening clause only before "shortly before he …"
    r"(?:[^,“”\"]{1,80},\s*|[^,“”\"]{81,140},\s*(?=(?:shortly\s+)?(?:before|after)\s)"
    # "Speaking to the Guardian after meeting Tom Hale he said": no comma closes the clause
    rf"|[A-Z][a-z]{{2,}}ing\s[^,“”\"]{{1,160}}?\s(?=(?:he|she)\s+(?:{SPEECH_VERBS})\b))?"
    r"(?:(?:But|And|Then|Later|Still|Instead|So|Yet|Now|Also|"
    r"Meanwhile|However|Earlier|(?:shortly\s+)?(?:before|after))\b[\s,]*)?(?P<pronoun>[Hh]e|[Ss]he)\b"
)

_SPOKESPERSON_FOR = re.compile(patterns.A_SPOKESPERSON + patterns.FOR_BODY)

# "A source close to the inquiry has told Reuters", "A spokesperson for the union said".
_UNNAMED_OPENER = re.compile(
    r"(?:^(?:(?:But|And|However|Meanwhile|Still),?\s+)?|,\s+)"
    r"(?P<who>(?i:a|an|one)\s+(?:[\w’'-]+\s+){0,3}?(?:source|official|aide|adviser|lawyer|"
    r"spokes(?P<role>man|woman|person))(?:\s+(?:for|of|at|with|close\s+to)\s+[^,“”\"]{1,80}?)?)"
    rf"\s+(?:has\s+|had\s+)?(?:(?:previously|already|also|earlier)\s+)?{patterns.VERB}\b"
)

# "But one elderly white woman was excused after she said: “…”": the pronoun's own
# sentence opens on someone no name is given for, and the pronoun is theirs.
_UNNAMED_SUBJECT_HERE = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Still|Then),?\s+)?(?i:a|an|one|another)\s+"
    r"(?:[a-z’'-]+\s+){0,3}?(?P<noun>(?:wo)?man|girl|boy|mother|father)\s+[^A-Z“”\"]*$"
)
_NOUN_GENDER = {"woman": "f", "girl": "f", "mother": "f", "man": "m", "boy": "m", "father": "m"}


class PronounContext:
    """The article state the speaker finder keeps, and whom a pronoun in it stands for."""

    def __init__(self, text: str, sentences: list[Sentence], mentions: list[Mention]) -> None:
        self.text = text
        self.sentences = sentences
        self.mentions = mentions
        self.previous: pronouns.PreviousSpeaker | None = None  # the last named speaker
        self.last_quote: tuple[str, int] | None = None  # (speaker, end) of the previous quote
        self.sentence_of = {m.start: m.sentence for m in mentions}
        # A person's gender from any mention ("Ms. Lopez" once makes "Lopez" female).
        self.genders = pronouns.known_genders(text, mentions)
        self.outside = mentions  # the mentions outside quotes
        self.quoted: list[tuple[int, int]] = []  # the quotes' parts, set by find_quotes
        self._chain: list[Mention] | None = None  # the people he/she subjects stand for
        # Each paragraph's first sentence, looked up once per pronoun and quote.
        self.openers: dict[int, Sentence] = {}
        for sentence in sentences:
            self.openers.setdefault(sentence.paragraph, sentence)

    def _resolve_pronoun(
        self, pronoun: str, quote_start: int, others: frozenset[str] = frozenset()
    ) -> str | None:
        """The person a pronoun refers to, or None if no one plausible is in reach; never
        one of `others` (named in the pronoun's own clause: "he told Rask")."""
        here = sentence_at(self.sentences, quote_start).index
        if pronoun in GROUP_PRONOUNS:
            # A poster known only by a handle is "they"; a group is no one person.
            poster = glued_names.handle_before(self.mentions, quote_start, here)
            if pronoun != "they":
                return None
            group = poster or group_subject(self.sentences, here) or named_group(
                self.sentences, here, self.mentions
            )
            # "The MPs said …. “…,” they added": the committee named before, as "the MPs".
            return group and (definite_body(group, self.text, quote_start) or group)
        opening = self.text[self.sentences[here].start : quote_start]
        if self._unnamed_person(opening, pronoun) or (
            here and self._unnamed_person(self.sentences[here - 1].text, pronoun, spoke=True)
        ):
            return None
        described = self._described_opener(here, quote_start)
        if described is not None:
            return described
        if (unnamed := self._unnamed_opener(here, PRONOUNS[pronoun])) is not None:
            return unnamed
        previous = self.sentences[here - 1].text if here else ""
        if spoke := spokesperson_subject(previous, self.text, quote_start, PRONOUNS[pronoun]):
            return spoke
        if (source := unnamed_subject(self.text, self.mentions, quote_start)) is not None:
            return source
        chain = [m for m in self._pronoun_subjects() if m.sentence < here]
        known = [m for m in self.outside + chain if m.canonical not in others]
        previous_speaker = None if self.previous and self.previous.name in others else self.previous
        return pronouns.resolve(
            PRONOUNS[pronoun], here, quote_start, known, self.genders, previous_speaker, self.text
        ) or self._spokesperson_before(PRONOUNS[pronoun], here, quote_start)

    @staticmethod
    def _unnamed_person(opening: str, pronoun: str, spoke: bool = False) -> bool:
        """'But one elderly white woman … she said', or the sentence before, 'A man who lives
        nearby said he was inside. “…,” he said': someone unnamed, of the pronoun's gender,
        opens it (and, before, speaks in it)."""
        unnamed = _UNNAMED_SUBJECT_HERE.match(opening)
        return (
            unnamed is not None
            and _NOUN_GENDER[unnamed.group("noun").lower()] == PRONOUNS[pronoun]
            and (not spoke or patterns.VERB_WORD.search(opening, unnamed.end("noun")) is not None)
        )

    def _pronoun_subjects(self) -> list[Mention]:
        """'Influenced by figures like Garvey, he studied law.': a he/she opening a sentence
        outside quotes stands for whom it resolves to, as that sentence's subject."""
        if self._chain is not None:
            return self._chain
        self._chain = []
        quoted = self.quoted
        for sentence in self.sentences:
            opener = PRONOUN_OPENER.match(sentence.text)
            if opener is None:
                if (described := self._described_subject(sentence)) is not None:
                    self._chain.append(described)
                continue
            at = sentence.start + opener.start("pronoun")
            if any(a <= at < b for a, b in quoted):
                continue
            gender = PRONOUNS[opener.group("pronoun").lower()]
            known = self.outside + self._chain
            # "The lawmaker, from Rask's party, …. At the same time, he said": the lawmaker.
            first = self.openers[sentence.paragraph]
            who = (
                self._described_by(first, at, sentence.index) if first is not sentence else None
            ) or pronouns.resolve(gender, sentence.index, at, known, self.genders, None, self.text)
            if who is not None:
                stands_for = Mention(opener.group("pronoun"), "person", at, at + 2, sentence.index)
                stands_for.canonical, stands_for.subject_like = who, True
                self._chain.append(stands_for)
        return self._chain

    def _described_subject(self, sentence: Sentence) -> Mention | None:
        """'The general did have one reason to be cheerful.': a description opening a
        sentence outside quotes stands, as a he/she does, for the titled person it names."""
        opener = _DESCRIPTION_OPENER.match(sentence.text)
        if opener is None or opener.start("who") > 0:
            return None  # "Critics of Tom Berger, the mayor, disagree": the critics do
        at = sentence.start + opener.start("who")
        if any(a <= at < b for a, b in self.quoted):
            return None
        description = opener.group("who")
        who = described_people.described_person(
            description, at, self.text, self.mentions, self.sentence_of, sentence.index, True
        )
        if who is None:
            return None
        stands_for = Mention(description, "person", at, at + len(description), sentence.index)
        stands_for.canonical, stands_for.subject_like = who, True
        return stands_for

    def _spokesperson_before(self, gender: str, here: int, quote_start: int) -> str | None:
        """'A spokeswoman for Acme said …. “…,” she said.': with no person in reach, the
        body the spokesperson of this or the sentence before speaks for."""
        begin = self.sentences[max(0, here - 1)].start
        for match in reversed(list(_SPOKESPERSON_FOR.finditer(self.text, begin, quote_start))):
            if match.group("role") in {"person", {"m": "man", "f": "woman"}[gender]}:
                return match.group("org")
        return None

    def _unnamed_opener(self, here: int, gender: str) -> str | None:
        """'A source close to the inquiry told Reuters …. “…,” he said.': the unnamed source
        that is the subject of the sentence before speaks on (for its body, if one's)."""
        if here == 0:
            return None
        if (named := introduced_subject(self.sentences[here - 1].text, gender)) is not None:
            return named  # "an armed man who gave his name only as Abu Karim said"
        opener = _UNNAMED_OPENER.search(self.sentences[here - 1].text)
        if opener is None or {"man": "f", "woman": "m"}.get(opener.group("role")) == gender:
            return None
        body = _SPOKESPERSON_FOR.match(opener.group("who"))
        return body.group("org") if body else opener.group("who")

    def _described_opener(self, here: int, quote_start: int) -> str | None:
        """'The top diplomat, speaking in Brussels, struck a hopeful tone. “…,” he said.':
        the titled person a description opening this or the previous sentence names."""
        paragraph = self.sentences[here].paragraph
        # "The finance minister said last week that …" closing the paragraph before a
        # quote that opens its own: "“…,” she added."
        opens_paragraph = self.openers[paragraph].index == here
        for index in (here, here - 1):
            across = index >= 0 and self.sentences[index].paragraph != paragraph
            if index < 0 or (across and not opens_paragraph):
                continue
            opening = self.sentences[index].text
            opener = _DESCRIPTION_SPEAKING.match(opening)
            if across and (opener is None or opener.start("who") > 0):
                continue  # across paragraphs only a description opening a report
            opener = opener or _DESCRIPTION_OPENER.match(opening)
            if opener is None:
                continue
            who = opener.group("who")
            return described_people.described_person(
                who, quote_start, self.text, self.mentions, self.sentence_of, here, True
            ) or self._holder_named_before(who, quote_start, here)
        return self._described_paragraph_before(here, quote_start)

    def _holder_named_before(self, who: str, quote_start: int, here: int) -> str | None:
        """The one holder of the description's title; if the story names them only after
        the quote ("The next day, the president, Ivo Rask, fled"), the one the description
        refers back to ("Varenko told local media. The president said …")."""
        holder = title_holders.title_holder(who, self.text, self.mentions, quote_start)
        if holder is None or any(
            m.canonical == holder and m.start < quote_start for m in self.mentions
        ):
            return holder
        return described_people.described_person(
            who, quote_start, self.text, self.mentions, self.sentence_of, here
        ) or holder

    def _described_paragraph_before(self, here: int, quote_start: int) -> str | None:
        """'The lawmaker, from Ivo Rask's party, dismissed the claims. …' then a paragraph
        '“…,” he said.': the person the description opening the paragraph before refers
        back to, never one named inside that sentence's own apposition."""
        sentence = self.sentences[here]
        if sentence.index == 0 or self.text[sentence.start : quote_start - 1].strip(" “\"‘'"):
            return None  # the quote must open its paragraph's sentence
        before = self.openers.get(sentence.paragraph - 1)
        if here != self.openers[sentence.paragraph].index:
            return None
        return self._described_by(before, quote_start, here) if before is not None else None

    def _described_by(self, opening: Sentence, at: int, here: int) -> str | None:
        return described_people.opening_description(
            opening, at, here, self.text, self.mentions, self.sentence_of
        )
