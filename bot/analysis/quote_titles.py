"""Quoted names that are not speech: titles of works, slogans and phrases talked about.

Reviews and features put the names of songs, films, books, shows, exhibitions and
campaigns between quotation marks ("the band closed with “Long Road Home”", "the slogan
“Rain, we’re on it.”"). A reader of the quotes list takes them for things people said.
`names_a_work` tells such a quoted span from speech by what stands around it:

- a noun of a work just before it ("the song", "her memoir", "the tagline?"), or a
  naming word before a span in Title Case ("a story called “…”", "played “…”");
- a campaign-like noun just after it ("the “Buy local” campaign");
- a span that opens its sentence and is talked about (“Shop local” sounds easy);
- a span in Title Case that no speech verb introduces, at the head of its sentence
  with no attribution after it, or mid-sentence in a list of such spans.

A quote with its attribution (“We Love You,” she said), one introduced by a speech verb,
and the Title Case of headlines stay speech. PolNeAR marks titles given with "titled" or
"entitled" and lone titles mid-sentence as quotes, so these rules leave them be.
"""

from __future__ import annotations

import re

from bot.analysis.lexicon import SPEECH_VERBS

# Words before a quoted span that make it the name of a work whatever its case.
_WORK_NOUNS = frozenset(
    """song songs ballad anthem album albums ep film films movie movies documentary
    docuseries sitcom miniseries episode podcast book books novel novels memoir memoirs
    biography poem poems essay ebook e-book newsletter musical opera painting sculpture
    installation exhibition slogan slogans tagline taglines catchphrase hashtag mantra
    motto theme dubbed nicknamed sayings""".split()
)
# Words that name a work only before a span in Title Case ("polls show “…”" is not one;
# "what he called “a betrayal”" is his words).
_TITLE_NOUNS = frozenset(
    """single singles hit hits track tracks tune tunes record show shows series season
    play plays game games video videos trailer franchise tour collection column chapter
    headline sign signs banner banners placard placards campaign called named
    performed perform performing played playing sang singing including like intro cover
    version rendition""".split()
)
# Nouns after a quoted span that make it a name: the “Buy local” campaign.
_NAMED_AFTER = frozenset(
    """campaign slogan tagline ad ads advert song album film movie tour series hashtag
    movement initiative programme program festival exhibition motto""".split()
)
# "the “…” campaign manager said": a role after the noun makes the span speech again.
_ROLES = frozenset(
    """manager managers spokesman spokeswoman spokesperson chief director official
    officials head leader chair chairman chairwoman aide adviser advisor organiser
    organizer coordinator staff team worker workers volunteer volunteers""".split()
)
# Lower-case words a title keeps lower-case (English and the Romance languages).
_SMALL_WORDS = frozenset(
    """a an the and or but nor of in on at to for with by from as into over under up off
    out via per vs than is are be was after before about against between through without
    within among around across behind beyond near since until upon onto toward towards de
    del della dello di da la le les des du et y e el von van der den""".split()
)
_SPEECH = re.compile(rf"(?:{SPEECH_VERBS}|tell|shout|shouting|chant|chanting|sing|singing)$")
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
_TRAILING_SPEECH = re.compile(
    rf"^[\s,;:—–-]*(?:[\w’'.-]+\s+){{0,6}}?(?:{SPEECH_VERBS})\b", re.IGNORECASE
)
_TALKED_ABOUT = re.compile(
    r"\s+(?:sounds|sounded|means|meant|stands for|refers to|is rolling out|has become)\b"
)
_LISTED_BEFORE = re.compile(r"[”\"][,\s]*(?:and|or)?\s*$")
_LISTED_AFTER = re.compile(r"[,\s]*(?:and|or)?\s*[“\"]")
_REPORTED = frozenset({"that", "tweeting", "writing", "reading"})
_SENTENCE_END = re.compile(r"[.!?\n]")
# "The Donald. Big Daddy.": a stop inside, after a word that is not an abbreviation.
_INNER_STOP = re.compile(r"(?P<word>\b[\w’']+)?[.!?]\s+(?=[A-Z])")
_ABBREVIATIONS = frozenset("Mr Mrs Ms Dr St Jr Sr Gen Gov Sen Rep Lt Col Capt No Vol".split())
_LINE_BREAK_OR_STOP = re.compile(r"[.!\n](?=[^.!\n]*$)")
MAX_TITLE_WORDS = 15
MAX_SLOGAN_WORDS = 10


def names_a_work(text: str, parts: list[tuple[int, int]]) -> bool:
    """Is a quote of one part, text[start:end] with its marks just outside, a name rather
    than speech? A quote broken by its attribution (“We,” she said, “won.”) is speech."""
    if len(parts) != 1:
        return False
    start, end = parts[0]
    quoted = text[start:end]
    words = _WORD.findall(quoted)
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    before = _words_before(text, start - 1)
    title_case = _title_case(quoted, words)
    after = text[end + 1 : end + 120]
    if _named_by_word_before(before, quoted, words, title_case) or _named_after(quoted, after):
        return True
    short = len(words) <= MAX_SLOGAN_WORDS and not quoted.endswith(",")
    if not before and short and _TALKED_ABOUT.match(after):  # “Shop local” sounds easy
        return True
    return title_case and _bare_title(text, start, before, after)


def _bare_title(text: str, start: int, before: list[str], after: str) -> bool:
    """A span in Title Case that no speech verb introduces: “The Long Road” opens today."""
    if any(_SPEECH.match(word) for word in before):
        return False  # "Ruiz told the crowd “We Love You”": introduced as speech
    rest = _WORD.findall(_SENTENCE_END.split(after, maxsplit=1)[0])
    if (before or rest) and not any(_lower_case(word) for word in before + rest):
        return False  # a headline ("Issa: Clinton’s ‘Honesty Is In Question’") says nothing
    if not before:  # “The Long Road,” she said: a title at the head of the sentence is
        # speech only with its attribution, or after a quote of the paragraph before it.
        paragraph = text[text.rfind("\n", 0, start - 1) + 1 : start - 1]
        return _TRAILING_SPEECH.match(after) is None and not re.search("[”\"]", paragraph)
    # Mid-sentence, a title among others: including “Long Road,” “Home” and “Rain Again”.
    listed = _LISTED_BEFORE.search(text[max(0, start - 12) : start - 1])
    return bool(listed or _LISTED_AFTER.match(after))


def _named_by_word_before(before: list[str], quoted: str, words: list[str], title: bool) -> bool:
    """The song “Long Road Home”; the slogan “Rain, we’re on it.”; a story called “…”."""
    if quoted[:1].islower():
        return False  # "The campaign “has always been about families,” she said": speech
    for word in reversed(before[-4:]):
        lowered = word.lower()
        if _SPEECH.match(word) or lowered in _REPORTED:
            return False  # "planning a book, tweeting that “…”"
        if lowered in _WORK_NOUNS and (title or len(words) <= MAX_SLOGAN_WORDS):
            return True
        if lowered in _TITLE_NOUNS and title:
            return True
    return False


def _words_before(text: str, mark: int) -> list[str]:
    """The words of the sentence before the opening mark at `mark`; across a question or
    colon that leads into it ("The tagline? “…”")."""
    window = text[max(0, mark - 100) : mark].rstrip(" \t\xa0").rstrip("(—–-").rstrip(" \t\xa0")
    if window.rstrip().endswith(("?", ":")):
        window = window.rstrip()[:-1]
    elif window.endswith("\n"):
        return []  # the span opens its paragraph
    cut = _LINE_BREAK_OR_STOP.search(window)
    if cut is not None:
        window = window[cut.end() :]
    return _WORD.findall(window)


def _title_case(quoted: str, words: list[str]) -> bool:
    """“The Long Road Home”: every word but the small ones capitalised, not all capitals,
    and one sentence ("The Donald. Big Daddy." is speech)."""
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    for stop in _INNER_STOP.finditer(quoted):
        if stop.group("word") not in _ABBREVIATIONS and len(stop.group("word") or "") != 1:
            return False
    capitalised = 0
    for word in words:
        if word[:1].isupper():
            capitalised += 1
        elif word.lower() not in _SMALL_WORDS:
            return False
    return capitalised >= 2 and any(w[:1].isupper() and not w.isupper() for w in words)


def _lower_case(word: str) -> bool:
    return word[:1].islower() and word.lower() not in _SMALL_WORDS


def _named_after(quoted: str, after: str) -> bool:
    """The “Buy local” campaign: a name-like noun right after the closing mark."""
    if quoted.rstrip().endswith(",") or not after.startswith(" "):
        return False
    following = _WORD.findall(after[:60])[:4]
    for index, word in enumerate(following[:2]):
        if not word.islower():
            return False
        if word in _NAMED_AFTER:
            rest = following[index + 1 : index + 2]
            return not (rest and rest[0].lower() in _ROLES) and not _TRAILING_SPEECH.match(
                after[: after.find(word) + len(word) + 40]
            )
    return False
