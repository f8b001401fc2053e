"""Where direct quotations are: spans between quotation marks, paragraph by paragraph.

Double marks (straight or curly, mixed as copy mixes them) and British single marks
(curly, or straight in copy without double marks) open a quote; single marks inside a
double-quoted passage are a quote within the quote and stay part of it. A paragraph that
ends inside a quote and a next paragraph that opens with a mark are one quote (news
convention for quotes running over paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.analysis.capitalised_runs import nickname_spans
from bot.analysis.lexicon import SPEECH_VERBS
from bot.analysis.sentences import Sentence, sentence_at, split_paragraphs

_OPENERS = {"“": "”", '"': '"', "«": "»", "„": "“"}


# "“… if they continued with the “religious” programme …,” the university stated": a word
# or two quoted inside a quote with the same marks, the outer quote closing later.
_NESTED_WORDS = re.compile(r"(?<=\s)“(?P<inner>[^“”\n]{1,40}”)(?=[^“”\n]*”)")


@dataclass(slots=True)
class Span:
    start: int  # offsets of the quoted text, marks excluded
    end: int
    parts: list[tuple[int, int]]


# "“RUIZ: We will win.”": a transcript names each speaker in capitals.
TRANSCRIPT_LABEL = re.compile(r"(?P<who>[A-Z][A-Z’'.\-]+(?: [A-Z][A-Z’'.\-]+)?):\s")


def find_quote_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    open_span: Span | None = None
    # Straight ' is mostly an apostrophe; it marks quotes only in copy that quotes with
    # single marks throughout (British style typed without curly marks).
    straight = not any(mark in text for mark in ('“', '”', '"', "''"))
    carried: str | None = None  # the closing mark of a quote left open at a paragraph end
    for offset, paragraph in split_paragraphs(text):
        closing: str | None = None
        part_start: int | None = None
        if open_span is not None and carried in {"”", '"'} and _closed_later(paragraph):
            closing, part_start = carried, offset
        skip_to = 0
        for index, char in enumerate(paragraph):
            position = offset + index
            if index < skip_to:
                continue
            if part_start is not None and closing == "”" and (
                nested := _NESTED_WORDS.match(paragraph, index)
            ):
                skip_to = nested.end("inner")
                continue
            if part_start is None and (
                (
                    char in _OPENERS
                    and not _inch_mark(paragraph, index)
                    and not _typed_apostrophe(paragraph, index)
                )
                or (char == "‘" and _opens_single(paragraph, index))
                or (straight and char == "'" and _opens_straight(paragraph, index))
            ):
                closing, part_start = _OPENERS.get(char, "’" if char == "‘" else "'"), position + 1
                # The last paragraph's quote really ended, or a transcript's next speaker.
                if open_span is not None and (
                    index > 0 or TRANSCRIPT_LABEL.match(paragraph, index + 1)
                ):
                    spans.append(open_span)
                    open_span = None
            elif part_start is not None and (
                _closes(paragraph, index, closing) or _reopens(paragraph, index, closing)
            ):
                if open_span is not None:
                    open_span.parts.append((part_start, position))
                    open_span.end = position
                    spans.append(open_span)
                    open_span = None
                else:
                    spans.append(Span(part_start, position, [(part_start, position)]))
                # '…destroy it. "But any…': a mark opening a sentence starts the next quote.
                reopened = _reopens(paragraph, index, closing)
                closing, part_start = (closing, position + 1) if reopened else (None, None)
        carried = closing
        if part_start is not None:
            # No closing mark: by news convention the quote continues if the next paragraph
            # opens with a quotation mark (or, where a line break split a post, closes it).
            end = offset + len(paragraph)
            if open_span is None:
                open_span = Span(part_start, end, [(part_start, end)])
            else:
                open_span.parts.append((part_start, end))
                open_span.end = end
        elif open_span is not None:
            spans.append(open_span)
            open_span = None
    if open_span is not None:
        spans.append(open_span)
    # A single mark that never closes is an apostrophe ("Siti ‘Aisyah", "isn ‘t"); 'Marcia
    # "Cia" Price' holds a nickname, no quote.
    nicknames = {span for span, _ in nickname_spans(text)}
    return [
        s for s in spans
        if (text[s.start - 1] not in "‘'" or _closed_single(text, s.end))
        and (s.start - 1, s.end + 1) not in nicknames
    ]


# "Sunak said there is “nothing conservative’’ about it": some copy keys a closing or
# opening double mark as two curly single ones. Each pair becomes one double mark and a
# space, so offsets hold. (Wire copy's ``…'' stays unquoted: the shared PolNeAR set counts
# no quote there, and its scorer is the bar.)
_DOUBLED_SINGLE = re.compile(r"‘‘|’’")


def doubled_single_marks(text: str) -> str:
    """Text with ‘‘ and ’’ written as the double marks they stand for."""
    if "‘‘" not in text and "’’" not in text:
        return text
    return _DOUBLED_SINGLE.sub(lambda pair: " “" if pair.group() == "‘‘" else "” ", text)


def _closes(paragraph: str, index: int, closing: str | None) -> bool:
    """Does the mark at `index` close the open quote?

    Copy often mixes marks ("…,” Graham said; “…" she said; “…,“ said Noble), so a double
    quote closes with any double closing mark, or with “ right after the quote's final
    punctuation.
    """
    char = paragraph[index]
    if closing in {"’", "'"}:
        return char == closing and _closes_single(paragraph, index)
    if closing in {"”", '"'}:
        if _typed_apostrophe(paragraph, index):
            return False
        return char in {"”", '"'} or (char == "“" and paragraph[index - 1 : index] in set(",.?!"))
    return char == closing


def _reopens(paragraph: str, index: int, closing: str | None) -> bool:
    """A straight double mark shaped as an opener (after ". ", before a capital) inside an
    open quote: the copy forgot to close the quote before it."""
    return (
        closing == '"'
        and paragraph[index] == '"'
        and paragraph[index - 2 : index] in {". ", "? ", "! "}
        and paragraph[index + 1 : index + 2].isupper()
    )


def _closed_later(paragraph: str) -> bool:
    """'Was supposed to leave in May but he just quit," Ruiz tweeted.': a paragraph whose
    first double mark closes (after the words, with an odd count of straight marks) and is
    followed by the attribution ends the quote the paragraph before left open; a line break
    split the post. A pull quote's signature line ('Ana Ruiz, Halden Party."') ends at the
    mark: the quote above it stands alone."""
    first = next((i for i, char in enumerate(paragraph) if char in "“”\""), None)
    if first is None or first == 0 or paragraph[first] == "“" or not paragraph[first + 1 :].strip():
        return False
    return paragraph[first] == "”" or (
        paragraph.count('"') % 2 == 1
        and paragraph[first - 1] in ",.?!"
        and paragraph[first + 1 : first + 2] == " "
    )


def _closed_single(text: str, end: int) -> bool:
    return text[end : end + 1] in ("’", "'")


def _inch_mark(paragraph: str, index: int) -> bool:
    """A 34" screen: a straight double mark right after a digit measures, it opens nothing."""
    return paragraph[index] == '"' and paragraph[index - 1 : index].isdigit()


def _typed_apostrophe(paragraph: str, index: int) -> bool:
    """'Chile"s copper': wire copy keyed a straight double mark for the apostrophe of a
    possessive or contraction; a letter sits before it and a lone s or t ends the word."""
    return (
        paragraph[index] == '"'
        and paragraph[index - 1 : index].isalpha()
        and paragraph[index + 1 : index + 2] in {"s", "t"}
        and paragraph[index + 2 : index + 3] in {"", " ", ",", ".", ";", ":"}
    )


def _opens_single(paragraph: str, index: int) -> bool:
    """‘ opens a quote (British and headline style) at the start of a word; not "Trump ‘s
    picks", a possessive keyed with the wrong mark after a stray space."""
    if re.match(r"s\b", paragraph[index + 1 : index + 3]):
        return False
    return index == 0 or paragraph[index - 1] in " \t\xa0(—–-:"


def _opens_straight(paragraph: str, index: int) -> bool:
    """'We will,' he said: ' before a word's first letter ('90s and 'n' stay apostrophes)."""
    after = paragraph[index + 1 : index + 3]
    return _opens_single(paragraph, index) and after[:1].isalpha() and after != "n'"


def _closes_single(paragraph: str, index: int) -> bool:
    """’ closes it unless it is an apostrophe inside a word (won’t, Rubio’s)."""
    return index + 1 >= len(paragraph) or not paragraph[index + 1].isalpha()


def join_parts(text: str, parts: list[tuple[int, int]]) -> str:
    pieces = [" ".join(text[start:end].split()) for start, end in parts]
    joined = pieces[0]
    for piece in pieces[1:]:
        if joined.endswith(",") and piece[:1].isupper():
            joined = joined[:-1] + "."
        joined = f"{joined} {piece}"
    return joined.rstrip(",").strip()


def paragraph_of(text: str, position: int) -> int:
    return text.count("\n", 0, position)


def paragraph_end(text: str, position: int) -> int:
    """The end of the paragraph holding `position`."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def rest_of_paragraph(text: str, position: int) -> str:
    return text[position + 1 : paragraph_end(text, position)]


def rest_before_next_quote(
    text: str, sentences: list[Sentence], position: int, next_quote: int | None
) -> str:
    """The rest of the paragraph after a quote, or nothing where the next sentence holds
    the next quote: "“….” Ariful Islam said, “…”" introduces that one, not the quote
    before, which has no words of its own after it."""
    rest = rest_of_paragraph(text, position)
    if next_quote is None:
        return rest
    cut = sentence_at(sentences, next_quote).start - (position + 1)
    return "" if cut > 0 and not rest[:cut].strip() else rest


SPEECH_VERB_WORD = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)


# "offers “…”, and a template for a wider “…”, analysts said": a second object.
_SECOND_OBJECT = re.compile(
    r",?\s+and\s+(?:a|an|the)\s+[^.!?;:,“”\"]{1,50}"
    # "“…” to defending the city and to “…”, he said": one preposition's two objects
    r"|\s+(?P<preposition>to|for|of|on|in)\s+[^.!?;:,“”\"]{1,50}\s+and\s+(?P=preposition)\s+"
)


def runs_on(gap: str) -> bool:
    """'“…” inside the country “…”, says Ruiz': nothing, a second object of the same verb,
    or a few words of the same sentence with no verb of their own to credit anyone, between
    two quotes."""
    if _SECOND_OBJECT.fullmatch(gap) and SPEECH_VERB_WORD.search(gap) is None:
        return True
    return not gap.strip() or (
        len(gap.split()) <= 6
        and not re.search(r"[.!?;:,“”\"]|\b(?:and|but|or|as|while|then)\b", gap)
        and SPEECH_VERB_WORD.search(gap) is None
    )
