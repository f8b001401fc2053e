"""Direct quotations and who said them.

Quote spans come from double quotation marks (straight or curly); single marks inside are
quotes within quotes and stay part of the text. A quote interrupted by its attribution
(“We will,” she said, “win.”) or running over paragraphs (no closing mark, next paragraph
opens again) is one quote. The speaker comes from the attribution next to the quote; a
pronoun is resolved to the person it most plausibly refers to; with no attribution the
speaker stays unknown rather than guessed.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Final, Literal

from bot.analysis.entities import SPEECH_VERBS, Mention
from bot.analysis.lexicon import (
    DEMONYMS,
    NON_ENTITY_WORDS,
    ORG_DESCRIPTORS,
    PERSON_TITLES,
    ROLE_NOUNS,
)
from bot.analysis.sentences import Sentence, split_paragraphs

MIN_QUOTE_WORDS = 6
_OPENERS = {"“": "”", '"': '"', "«": "»", "„": "“"}
_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
_GROUP_PRONOUNS = {"it", "they"}

_VERB = rf"(?:{SPEECH_VERBS})"
_ADVERB = (
    r"(?:(?:also|later|then|again|previously|simply|flatly|firmly|recently|once|had|has|have|"
    r"would)\s+)?"
)
_TRAILING_WHO_VERB = re.compile(
    rf"^\s*[,—–-]?\s*(?P<who>[^!?“”\"]{{1,120}}?)\s+{_ADVERB}{_VERB}\b", re.IGNORECASE
)
_TRAILING_VERB_WHO = re.compile(
    rf"^\s*[,—–-]?\s*{_VERB}\s+(?P<who>[^!?;“”\"]{{1,120}})", re.IGNORECASE
)
_ACCORDING = re.compile(r"\baccording to\s+(?P<who>[^!?;“”\"]{1,100})", re.IGNORECASE)
_LEADING_WHO_VERB = re.compile(
    rf"(?P<who>[^!?“”\"]{{1,160}}?)\s+{_ADVERB}{_VERB}\b(?P<tail>[^!?“”\"]{{0,80}})$",
    re.IGNORECASE,
)
# Partial quotes that characterise rather than report: "X called it “…”".
_LEADING_CHARACTERISED = re.compile(
    r"(?P<who>[^!?“”\"]{1,120}?)\s+(?:called|described|dubbed|branded|termed|labelled|labeled)"
    r"\b[^!?“”\"]{0,40}$",
    re.IGNORECASE,
)
_LEADING_COLON = re.compile(r"(?P<who>[^!?“”\"]{1,120}):\s*$")
_PROPER_NAME = re.compile(
    r"^(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?)?\s*[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}$"
)
_APPOSITIVE = re.compile(
    r",\s*(?:who|which|whose|a|an|the|one|its|his|her|their|[a-z]+ing)\b[^,]*(?:,|$)"
)
_LEADING_CONNECTIVE = re.compile(
    r"^(?:but|and|yet|so|however|still|then|instead|later|earlier|now)\b[,\s]*", re.IGNORECASE
)
_BACK_REFERENCE = re.compile(
    r"^the (?:statement|" + "|".join(sorted(ORG_DESCRIPTORS)) + r")$", re.IGNORECASE
)
_DESCRIPTION = re.compile(
    r"^(?:a|an|the|one|two|three|several|some|another)\s+[\w’'\- ]{2,60}$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: str | None
    sentence_index: int


@dataclass(slots=True)
class _Span:
    start: int  # offsets of the quoted text, marks excluded
    end: int
    parts: list[tuple[int, int]]


def find_quote_spans(text: str) -> list[_Span]:
    spans: list[_Span] = []
    open_span: _Span | None = None
    for offset, paragraph in split_paragraphs(text):
        closing: str | None = None
        part_start: int | None = None
        for index, char in enumerate(paragraph):
            position = offset + index
            if part_start is None and char in _OPENERS:
                closing, part_start = _OPENERS[char], position + 1
                if open_span is not None and index > 0:
                    spans.append(open_span)  # the last paragraph's quote really ended
                    open_span = None
            elif part_start is not None and char == closing:
                if open_span is not None:
                    open_span.parts.append((part_start, position))
                    open_span.end = position
                    spans.append(open_span)
                    open_span = None
                else:
                    spans.append(_Span(part_start, position, [(part_start, position)]))
                closing, part_start = None, None
        if part_start is not None:
            # No closing mark: by news convention the quote continues if the next paragraph
            # opens with a quotation mark.
            end = offset + len(paragraph)
            if open_span is None:
                open_span = _Span(part_start, end, [(part_start, end)])
            else:
                open_span.parts.append((part_start, end))
                open_span.end = end
        elif open_span is not None:
            spans.append(open_span)
            open_span = None
    if open_span is not None:
        spans.append(open_span)
    return spans


def _sentence_at(sentences: list[Sentence], position: int) -> Sentence:
    """The sentence holding `position`, or else the last one starting before it."""
    candidate = sentences[0]
    for sentence in sentences:
        if sentence.start <= position < sentence.end:
            return sentence
        if sentence.start <= position:
            candidate = sentence
    return candidate


class _SpeakerFinder:
    def __init__(self, text: str, sentences: list[Sentence], mentions: list[Mention]) -> None:
        self.text = text
        self.sentences = sentences
        self.mentions = mentions
        self.last_speaker: str | None = None

    def trailing(self, span: _Span, next_start: int) -> tuple[str | None, int] | None:
        """Attribution after the closing mark: (speaker, where the attribution ends)."""
        after_start = span.end + 1
        sentence = _sentence_at(self.sentences, span.end)
        limit = min(sentence.end, next_start)
        if limit <= after_start:
            return None  # the quote closes its sentence: nothing after it attributes it
        after = self.text[after_start:limit]
        if not after.strip() or (
            after.lstrip()[:1] not in {",", "", "—", "–", "-"}
            and not (after.lstrip()[:1].isalpha() and after[:1] in " \n")
        ):
            return None
        for pattern, prefer in (
            (_TRAILING_VERB_WHO, "first"),
            (_TRAILING_WHO_VERB, "first"),
        ):
            match = pattern.match(after)
            if match:
                who_start = after_start + match.start("who")
                who = self._who(match.group("who"), who_start, span.start, prefer)
                if who is not _NOT_A_SPEAKER:
                    return who, after_start + match.end()
        match = _ACCORDING.match(after.lstrip(" ,"))
        if match:
            shift = after_start + len(after) - len(after.lstrip(" ,"))
            who = self._who(match.group("who"), shift + match.start("who"), span.start, "first")
            if who is not _NOT_A_SPEAKER:
                return who, shift + match.end()
        return None

    def leading(self, span: _Span, previous_end: int) -> Speaker:
        sentence = _sentence_at(self.sentences, span.start - 1)
        begin = max(sentence.start, previous_end)
        before = self.text[begin : span.start - 1]
        if not before.strip():
            # A quote opening its sentence may be introduced by "X said:" just before.
            previous = [s for s in self.sentences if s.end <= span.start - 1]
            if previous and previous[-1].text.endswith(":"):
                begin, before = previous[-1].start, previous[-1].text
            else:
                return _NOT_A_SPEAKER
        for pattern in (_ACCORDING, _LEADING_WHO_VERB, _LEADING_CHARACTERISED, _LEADING_COLON):
            match = pattern.search(before) if pattern is _ACCORDING else pattern.match(before)
            if pattern is _ACCORDING and match and before[match.end() :].strip(" ,:") != "":
                continue
            if match:
                prefer = "first" if pattern is _ACCORDING else "last"
                strict = pattern is _LEADING_COLON
                who = self._who(
                    match.group("who"), begin + match.start("who"), span.start, prefer, strict
                )
                if who is not _NOT_A_SPEAKER:
                    return who
        return _NOT_A_SPEAKER

    def _who(
        self, chunk: str, chunk_start: int, quote_start: int, prefer: str, strict: bool = False
    ) -> Speaker:
        """The speaker named in an attribution chunk; strict accepts only named people."""
        stripped = _LEADING_CONNECTIVE.sub("", chunk.strip(" ,"))
        lowered = stripped.lower()
        if lowered in _PRONOUNS or lowered in _GROUP_PRONOUNS:
            return self._resolve_pronoun(lowered, quote_start)
        if _BACK_REFERENCE.match(lowered):
            # "the company said": the organisation named just before, if there is one.
            return self._recent_organisation(quote_start) or stripped
        # Appositives ("Rubio, who met Lavrov on Friday,") must not supply the speaker.
        core = _APPOSITIVE.sub(" ", chunk)
        kept = _kept_ranges(chunk, core, chunk_start)
        inside = [
            m
            for m in self.mentions
            if chunk_start <= m.start and m.end <= chunk_start + len(chunk) and _in(kept, m.start)
        ]
        people = [m for m in inside if m.type == "person"]
        if people:
            chosen = people[0] if prefer == "first" else people[-1]
            return chosen.canonical
        words = stripped.split()
        if strict or len(words) > 12 or not words:
            return _NOT_A_SPEAKER
        nearest = [p.strip() for p in stripped.split(",") if p.strip()]
        nearest_part = nearest[0] if prefer == "first" else nearest[-1]
        if nearest_part.lower() in _PRONOUNS:
            # "Asked whether a deal was possible, he said:"
            return self._resolve_pronoun(nearest_part.lower(), quote_start)
        # A capitalised name in speaker position ("Organiser Jess Moreno", "the Qatari
        # mediator, Khalid Al-Mansouri") is a person even when no list knows the name.
        parts = [p.strip(" .;:") for p in core.split(",") + chunk.split(",")]
        for part in parts:
            name = _strip_titles(part)
            if name and _PROPER_NAME.match(name) and name.split()[0] not in NON_ENTITY_WORDS:
                if not any(m.type in ("org", "place") and m.surface == name for m in inside):
                    return self._fold(name)
        parts = [p.strip() for p in stripped.split(",") if p.strip()]
        # The part next to the verb names the speaker: "In a statement, the group said".
        description = parts[0] if prefer == "first" else parts[-1]
        indefinite = re.match(r"(?:a|an|one|two|three|several|some)\b", description, re.I)
        organisations = [m for m in inside if m.type == "org"]
        if organisations and len(words) <= 6 and not indefinite:
            return organisations[0].canonical
        if _DESCRIPTION.match(description) and len(description.split()) <= 8:
            return description
        return _NOT_A_SPEAKER

    def _fold(self, name: str) -> str:
        """A bare surname in speaker position joins the person already known by it."""
        last = name.split()[-1]
        for mention in self.mentions:
            if mention.type == "person" and mention.canonical.split()[-1] == last:
                return mention.canonical
        if len(name.split()) == 1:
            # "Sir Malcolm", or a first name used on second reference, if only one fits.
            firsts = {
                m.canonical
                for m in self.mentions
                if m.type == "person"
                and len(m.canonical.split()) > 1
                and m.canonical.split()[0] == name
            }
            if len(firsts) == 1:
                return firsts.pop()
        return name

    def _recent_organisation(self, position: int) -> str | None:
        here = _sentence_at(self.sentences, position).index
        recent = [
            m
            for m in self.mentions
            if m.type == "org" and m.start < position and here - m.sentence <= 3
        ]
        return recent[-1].canonical if recent else None

    def _resolve_pronoun(self, pronoun: str, quote_start: int) -> str | None:
        """The person a pronoun refers to, or None if no one plausible is in reach."""
        if pronoun in _GROUP_PRONOUNS:
            return None
        gender = _PRONOUNS[pronoun]
        here = _sentence_at(self.sentences, quote_start).index
        window = [
            m
            for m in self.mentions
            if m.type == "person"
            and m.start < quote_start
            and here - m.sentence <= 3
            and (m.gender is None or m.gender == gender)
        ]
        if not window:
            return None
        if self.last_speaker and any(m.canonical == self.last_speaker for m in window):
            recent_subjects = [m for m in window if m.subject_like]
            if not recent_subjects or recent_subjects[-1].canonical == self.last_speaker:
                return self.last_speaker
        subjects = [m for m in window if m.subject_like]
        return (subjects or window)[-1].canonical


class _NotASpeaker(enum.Enum):
    """What an attribution chunk that names nobody gives (unlike None: unknown speaker)."""

    TOKEN = enum.auto()


_NOT_A_SPEAKER: Final = _NotASpeaker.TOKEN
# A name, None for an unnamed speaker, or no speaker at all.
Speaker = str | None | Literal[_NotASpeaker.TOKEN]


def _strip_titles(part: str) -> str:
    """'Organiser Jess Moreno' -> 'Jess Moreno'; 'Mr. Rubio' -> 'Rubio'."""
    words = part.split()
    # "the poet Niamh Gallagher": a lowercase description before a name, but not
    # "a spokeswoman for Islink Ferries", where the name is whom she speaks for.
    described = re.match(r"^(?:the|a|an)\s+((?:[a-z][\w-]*\s+){1,3})(?=[A-Z])", part)
    if described and not re.search(r"\b(?:for|of|at|from|with|to)\b", described.group(1)):
        words = part[described.end() :].split()
    while len(words) > 1 and (
        words[0].rstrip(".") in PERSON_TITLES
        or words[0].rstrip(".") in DEMONYMS
        or words[0].lower() in ROLE_NOUNS
        or words[0].lower() in {"the", "of", "state"}
    ):
        words.pop(0)
    return " ".join(words)


def _kept_ranges(chunk: str, core: str, chunk_start: int) -> list[tuple[int, int]]:
    """Offsets of the chunk that survive appositive removal."""
    if core == chunk:
        return [(chunk_start, chunk_start + len(chunk))]
    ranges, cursor = [], 0
    for match in _APPOSITIVE.finditer(chunk):
        ranges.append((chunk_start + cursor, chunk_start + match.start()))
        cursor = match.end()
    ranges.append((chunk_start + cursor, chunk_start + len(chunk)))
    return ranges


def _in(ranges: list[tuple[int, int]], position: int) -> bool:
    return any(start <= position < end for start, end in ranges)


def _join_parts(text: str, parts: list[tuple[int, int]]) -> str:
    pieces = [" ".join(text[start:end].split()) for start, end in parts]
    joined = pieces[0]
    for piece in pieces[1:]:
        if joined.endswith(",") and piece[:1].isupper():
            joined = joined[:-1] + "."
        joined = f"{joined} {piece}"
    return joined.rstrip(",").strip()


def find_quotes(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Quote]:
    if not sentences:
        return []
    finder = _SpeakerFinder(text, sentences, mentions)
    spans = find_quote_spans(text)
    quotes: list[Quote] = []
    index = 0
    previous_end = 0
    while index < len(spans):
        span = spans[index]
        following = spans[index + 1].start - 1 if index + 1 < len(spans) else len(text)
        speaker = finder.leading(span, previous_end)
        trailing = finder.trailing(span, following)
        parts = list(span.parts)
        last_end = span.end
        if trailing is not None:
            if speaker is _NOT_A_SPEAKER or speaker is None:
                speaker = trailing[0]
            # "…,” she said. “…” — the next span continues this quote when nothing but the
            # attribution stands between them and it has no attribution of its own.
            while index + 1 < len(spans):
                nxt = spans[index + 1]
                gap = text[trailing[1] : nxt.start - 1]
                if gap.strip(" .,;:\n") or _paragraph_of(text, nxt.start) != _paragraph_of(
                    text, span.start
                ):
                    break
                after_next = spans[index + 2].start - 1 if index + 2 < len(spans) else len(text)
                own = finder.trailing(nxt, after_next)
                if own is not None and own[0] != speaker:
                    break
                parts.extend(nxt.parts)
                last_end = nxt.end
                index += 1
                if own is not None:
                    break
        resolved = None if speaker is _NOT_A_SPEAKER else speaker
        quote_text = _join_parts(text, parts)
        word_count = len(re.findall(r"\w+(?:[’']\w+)?", quote_text))
        if word_count >= MIN_QUOTE_WORDS:
            sentence = _sentence_at(sentences, span.start)
            quotes.append(Quote(quote_text, resolved, sentence.index))
            if resolved:
                finder.last_speaker = resolved
        previous_end = last_end + 1
        index += 1
    return quotes


def _paragraph_of(text: str, position: int) -> int:
    return text.count("\n", 0, position)
