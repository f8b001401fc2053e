"""Sentence splitting tuned for news copy.

News text is full of periods that do not end sentences ("U.S.", "Mr.", "John F. Kennedy",
"5 p.m.") and of sentences that end inside quotation marks. A period ends a sentence only
when what follows looks like the start of a new one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Titles and honorifics are always followed by a name, never by a new sentence.
_NEVER_FINAL = frozenset(
    """mr mrs ms messrs dr prof sen sens rep reps del gov gen brig lt col capt sgt cpl adm cmdr maj
    st mt ft rev hon pres supt det insp atty ave blvd no nos vol pp fig approx vs cf
    jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e""".split()
)
# These can end a sentence ("... in the U.S. The company ...") or sit inside one
# ("U.S. officials"); we break only before a word that typically starts sentences.
_MAYBE_FINAL = frozenset(
    """inc corp co ltd llc plc jr sr bros etc a.m p.m u.s u.k u.n e.u d.c u.s.a""".split()
)
_SENTENCE_STARTERS = frozenset(
    """a an the he she it they we i you his her its their our my this that these those
    there here but and so yet or however meanwhile still then now in on at for after
    before when while if as since although though despite during by with without
    officials police authorities some many most several one two three""".split()
)

_CANDIDATE_END = re.compile(
    r"""(?P<mark>[.!?]+|…)(?P<close>["”’')\]]*)(?P<space>\s+)(?=(?P<next>["“‘'(\[]*\S))"""
)
_WORD_BEFORE = re.compile(r"(?:^|[\s(\"“‘'])([\w.’'-]+)$")
_OPENING = re.compile(r"""^["“‘'(\[]*""")
# A word that cannot end a sentence: an ellipsis after it marks a pause, not an end.
_DANGLING = re.compile(
    r"(?:^|\s)(?:about|around|of|the|a|an|to|and|or|in|for|with|by|at|from|some|roughly)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int  # character offsets into the analysed text
    end: int
    index: int
    paragraph: int


def split_paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, paragraph) pairs. A line break ends a paragraph unless the line was
    clearly hard-wrapped mid-sentence (no final punctuation, next line lowercase)."""
    paragraphs: list[tuple[int, str]] = []
    current_start: int | None = None
    current_end = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        line_start = offset + (len(line) - len(line.lstrip()))
        offset += len(line)
        if not stripped:
            if current_start is not None:
                paragraphs.append((current_start, text[current_start:current_end]))
                current_start = None
            continue
        continues = (
            current_start is not None
            and not re.search(r"""[.!?:"”’)\]]$""", text[current_start:current_end])
            and stripped[0].islower()
        )
        if current_start is not None and not continues:
            paragraphs.append((current_start, text[current_start:current_end]))
            current_start = None
        if current_start is None:
            current_start = line_start
        current_end = line_start + len(stripped)
    if current_start is not None:
        paragraphs.append((current_start, text[current_start:current_end]))
    return paragraphs


# How far around a candidate end its words are read: a word runs to a few dozen characters,
# and reading the whole paragraph around each of thousands of candidate ends (a page of
# '"ab." "ab." …') was quadratic. Searched with pos, "^" matches only at the true start.
_WORD_REACH = 400


# "Ruiz wrote on X. Kasta also …": the platform X ends a sentence, no initial does.
_ON_X = re.compile(r"\b(?:on|to|via)\s+X$")


def _is_boundary(paragraph: str, match: re.Match[str]) -> bool:
    mark = match.group("mark")
    next_chunk = paragraph[match.end() : match.end() + _WORD_REACH]
    # A chunk of only opening marks ('"(') has no next word: not a boundary.
    next_words = _OPENING.sub("", next_chunk).split(maxsplit=1)
    next_word = next_words[0] if next_words else ""
    if not next_word:
        return False
    first = next_word[0]
    if not (first.isupper() or first.isdigit() or match.group("next")[0] in "\"“‘'(["):
        return False
    at = match.start("mark")
    if mark in {"...", "…"} and _DANGLING.search(paragraph, max(0, at - _WORD_REACH), at):
        return False  # "a deadline of about ... 10 days": a pause, the clause still open
    if mark != ".":
        return True
    before = _WORD_BEFORE.search(paragraph, max(0, at - _WORD_REACH), at)
    word = before.group(1).lower().rstrip(".") if before else ""
    if not word:
        return True
    # "(DFL-St. Paul)": the abbreviation after a hyphen is as much one
    if _NEVER_FINAL.intersection((word, word.rpartition("-")[2])) and not match.group("close"):
        return False
    if len(word) == 1 and word.isalpha() and before and before.group(1).isupper():
        # an initial, as in "John F. Kennedy"; but "wrote on X. Ukraine …" names the platform
        return _ON_X.search(paragraph, max(0, at - _WORD_REACH), at) is not None
    is_dotted = re.fullmatch(r"(?:[a-z]\.)+[a-z]", word) is not None
    if (word in _MAYBE_FINAL or is_dotted) and not match.group("close"):
        bare = re.sub(r"[^\w’']", "", next_word).lower()
        return bare in _SENTENCE_STARTERS
    return True


# "allocation."The demerger", "by November.Last week": scraped copy that lost the space
# between two sentences. A mark between a lowercase word and a capitalised one ends one
# ("U.S.The" and "Mr.Ruiz" have no two lowercase letters before it).
_GLUED_END = re.compile(r"(?<=[a-z]{2})[.!?](?P<close>”?)(?=[\"“]?[A-Z][a-z])")


def _glued_ends(paragraph: str) -> list[tuple[int, int]]:
    """(end, next start) of each sentence that runs into the next with no space; a straight
    mark after the stop closes the sentence's quote when one is open."""
    ends = []
    for match in _GLUED_END.finditer(paragraph):
        end = match.end()
        if paragraph[end : end + 1] == '"' and paragraph.count('"', 0, end) % 2:
            end += 1
        ends.append((end, end))
    return ends


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for paragraph_index, (offset, paragraph) in enumerate(split_paragraphs(text)):
        ends = [
            (match.start("space"), match.end())
            for match in _CANDIDATE_END.finditer(paragraph)
            if _is_boundary(paragraph, match)
        ]
        start = 0
        for end, next_start in sorted(ends + _glued_ends(paragraph)):
            _append(sentences, paragraph, offset, start, end, paragraph_index)
            start = next_start
        _append(sentences, paragraph, offset, start, len(paragraph), paragraph_index)
    return sentences


def _append(
    sentences: list[Sentence], paragraph: str, offset: int, start: int, end: int, para: int
) -> None:
    chunk = paragraph[start:end]
    if not chunk.strip():
        return
    lead = len(chunk) - len(chunk.lstrip())
    chunk = chunk.strip()
    sentences.append(
        Sentence(
            chunk, offset + start + lead, offset + start + lead + len(chunk), len(sentences), para
        )
    )


def sentence_at(sentences: list[Sentence], position: int) -> Sentence:
    """The sentence holding `position`, or else the last one starting before it."""
    # Sentences come in order and do not overlap, so the one holding the position is the
    # last to start at or before it: a bisection, not a scan of all of them for each quote
    # (a page of thousands of one-line quotes read each sentence thousands of times).
    at = bisect_right(sentences, position, key=lambda sentence: sentence.start) - 1
    return sentences[max(at, 0)]


# The helpers below walk from a sentence by its index, for the same reason: a reading that
# filters all sentences for each quote is quadratic on a page of thousands.


def sentence_ending_by(sentences: list[Sentence], position: int) -> Sentence | None:
    """The last sentence that ends at or before `position`."""
    at = sentence_at(sentences, position).index if sentences else -1
    while at >= 0 and sentences[at].end > position:
        at -= 1
    return sentences[at] if at >= 0 else None


def paragraph_ending(sentences: list[Sentence], last: int, paragraph: int) -> list[Sentence]:
    """The sentences of `paragraph` up to the one at index `last`."""
    first = last
    while first >= 0 and sentences[first].paragraph == paragraph:
        first -= 1
    return sentences[first + 1 : last + 1]


def paragraph_from(sentences: list[Sentence], first: int) -> list[Sentence]:
    """The sentences of the paragraph from the one at index `first` to its end."""
    paragraph, last = sentences[first].paragraph, first
    while last + 1 < len(sentences) and sentences[last + 1].paragraph == paragraph:
        last += 1
    return sentences[first : last + 1]


# ", who took office in 2024,", ", which was founded in 2010,": an aside on a name. Before
# "had said" it stays: a saying put further back may be the aside's time ("X, who joined in
# 2024, had said ...").
_ASIDE_ON_A_NAME = re.compile(r",\s+(?:who|which|whose)\b[^,]*,(?!\s*had\b)")


def blank_asides_on_names(text: str) -> str:
    """The text with each relative aside on a name blanked to spaces (offsets kept): a year
    in 'Adde, who took office in 2024, said' dates the speaker, not the saying."""
    return _ASIDE_ON_A_NAME.sub(lambda aside: " " * len(aside.group()), text)
