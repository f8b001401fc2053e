"""Who issued the statement a later "the statement said" speaks for.

"The Harbour Board issued a first statement saying …. The statement said: “…”" and "Lena
Holt in a statement on Monday opposed the arrest. … “…,” the statement said" credit the
words to whoever the story last said gave out a statement: the clause before "issued a
statement" or "in a statement", or the subject after an opening "In a statement, …".
`issuing_clause` finds that clause; the attribution reader reads it as any chunk.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from bot.analysis.it_referents import referent_of_it
from bot.analysis.lexicon import SPEECH_VERBS
from bot.analysis.sentences import Sentence, sentence_at
from bot.analysis.speaker_names import fold_surname

if TYPE_CHECKING:
    from bot.analysis.quote_context import QuoteContext

# The papers a body or person issues whose words the story quotes as theirs: "the FCC
# statement read", "the conclusions said", "his letter said", "the press release said".
PAPERS = (
    r"statement|letter|communiqu[eé]|press\s+release|conclusions|petition|declaration|"
    r"read-?out|minutes"
)


def _issued_by(noun: str) -> str:
    """A paper of the noun's kind followed by whom it came from: "a statement issued by ",
    "the letter from ", "a readout from "."""
    return (
        rf"(?:(?:a|an|the)\s+|\b(?=[Mm]inutes\s))(?:[a-z-]+\s+)?(?:{noun})\s+"
        r"(?:(?:issued|released|published|posted|sent|put\s+out)\s+)?(?:by|from|(?<=minutes\s)of)\s+"
    )


@functools.cache
def _issuing(noun: str) -> tuple[re.Pattern[str], ...]:
    """The clauses that tell who gave out a paper of the noun's kind."""
    paper = rf"(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}(?:{noun})\b"
    return (
        # "the defense department issued an initial statement", "Holt released a statement",
        # "Ana Ruiz, a spokeswoman for the group, issued a statement": the appositive's own.
        re.compile(
            r"(?P<who>[^,;:“”\"()]+?),?\s+(?:(?:has|had|have)\s+)?(?:also\s+)?"
            r"(?:issued|released|put\s+out|published|posted|sent\s+out|adopted|"
            r"provided|gave|emailed|sent|filed|signed|submitted|lodged)\s+(?:\w+\s+){0,2}?"
            + paper
        ),
        # "Holt in a statement on Monday opposed", "the board said in a statement".
        re.compile(
            r"(?P<who>[^,;:“”\"()]+?),?\s+(?:(?:said|says|added|wrote|stated)\s+)?in\s+" + paper
        ),
        # "according to a readout from the White House", "a statement issued by the board".
        re.compile(
            r"\b" + _issued_by(noun)
            + r"(?P<who>[^,;:“”\"()]+?)(?=\s*[,.;]|\s+(?:on|that|said|says|after|before)\b|\s*$)",
            re.IGNORECASE,  # "Minutes from the MPC's meeting", opening the sentence
        ),
        # "In a statement on Monday, the Harbour Party said".
        # "In a statement released before Rask turned down the meeting, the assembly stressed".
        re.compile(
            # "…, Iran's envoy, Amir Iravani, said": the name set off beside the role, too
            r"In\s+" + paper + r"[^,“”\"]{0,80},\s+(?P<who>[^,;:“”\"()]+?"
            r"(?:,\s+[^,;:“”\"()]+,)?)\s+"
            rf"(?:{SPEECH_VERBS})\b"
        ),
    )


_REACH = 12  # sentences back

# "a statement issued by the company", "a letter from the union": its issuer speaks.
ISSUED_BY = re.compile(
    # "Correspondence from the palace says": a mass noun, with no article
    rf"(?:{_issued_by('statement|letter|report|post|note')}|correspondence\s+from\s+"
    # "Minutes from the MPC's June meeting said": the body that met
    r"|(?:the\s+)?minutes\s+(?:from|of)\s+)(?P<who>.+?)"
    r"(?:[’']s?\s+(?:[\w-]+\s+){0,3}?(?:meeting|session))?",
    re.IGNORECASE,
)
# "a statement posted on the Kremlin's website", "a document titled … on Halden Rail's
# website", "a notice on the Halden Rail website": the site's owner issued it.
_POSTED_ON = re.compile(
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|document|post|report|paper|notice|"
    r"message|release|letter|read-?out)\b[^,;]{0,80}?\s+on\s+"
    r"(?P<who>(?:the\s+)?[\w.&-]+(?:\s+[\w.&-]+){0,4}?)(?P<owns>[’']s|(?<=s)[’'])?\s+"
    r"(?:official\s+)?(?:website|web\s+site|site|web\s*page|page|blog|account|channel)",
    re.IGNORECASE,
)


def posted_on(chunk: str) -> re.Match[str] | None:
    """The site a paper went up on, when its owner is named: a possessive ("the Kremlin's
    website") or a name ("the Kremlin website"), not "the official website"."""
    found = _POSTED_ON.fullmatch(chunk)
    if found is None or found.group("owns") or found.group("who").split()[-1][:1].isupper():
        return found
    return None
# "the statement", "The new statement", "the joint letter": a paper standing for its issuer;
# "the FCC statement", "the Harbour Board's letter": one its owner's name gives; "his
# letter": one a pronoun's person wrote. "on Wednesday" after it says when, not whose.
THE_PAPER = re.compile(
    r"(?P<det>the|his|her|its|their)\s+(?:(?:new|initial|first|second|joint|latest|earlier|"
    r"later|written|full|final|revised|original|updated|e-?mailed|prepared)\s+)?"
    r"(?:(?-i:(?P<owner>[A-Z][\w&.-]*(?:\s+(?:of\s+)?[A-Z][\w&.-]*){0,3}))(?:[’']s)?\s+)?"
    rf"(?P<noun>{PAPERS})(?:\s+(?:on|this|last)\s+[\w-]+)?",
    re.IGNORECASE,
)

# "the special counsel’s filing", "the committee’s report", "Varga’s sentencing memo", "the
# states’ filing": a paper whose owner the possessive names, in words THE_PAPER leaves (a
# lowercase owner, no determiner, a filing or report); the owner is read as any chunk.
OWNED_PAPER = re.compile(
    r"(?P<owner>(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,3}?)(?:[’']s|(?<=s)[’'])\s+(?:[a-z-]+\s+)?"
    rf"(?:{PAPERS}|report|filing|memo|memorandum|indictment)"
    # "the states’ filing at the appeals court": where it was filed says nothing of whose.
    r"(?:\s+(?:at|to|in|with|before)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,3})?",
)


def issuing_clause(
    text: str, sentences: list[Sentence], here: int, before: int, noun: str = "statement",
    reach: int = _REACH,
) -> tuple[str, int] | None:
    """The words naming the last issuer of a paper of the noun's kind ("statement", "press
    release") before `before`, and where they start; None when no sentence in reach (that
    many sentences back from `here`) tells of one."""
    for sentence in reversed(sentences[max(0, here - reach) : here + 1]):
        found = []
        for pattern in _issuing(noun):
            for match in pattern.finditer(text, sentence.start, min(sentence.end, before)):
                found.append((match.start("who"), match.group("who")))
        if found:
            start, who = max(found)
            return who, start
    return None


# "Article 42 of the law states", "Section 3 of the Harbour Act says": the law speaks.
_ARTICLE_OF = re.compile(
    r"(?:Article|Section|Clause|Paragraph)\s+\d+[\w.()]*\s+of\s+(?P<law>the\s+(?:[\w-]+\s+){0,4}"
    r"(?:law|act|constitution|treaty|charter|convention|code|bill|agreement|amendment))",
    re.IGNORECASE,
)
# "the 14th Amendment reads", "the First Amendment states": the amendment by its name,
# not a person called "Amendment".
_AMENDMENT = re.compile(
    r"(?:the\s+)?(?P<law>(?:\d{1,2}(?:st|nd|rd|th)|(?:Twenty-)?(?:First|Second|Third|Fourth|"
    r"Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|"
    r"Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth))\s+Amendment)"
)
# "the national security law", "the new Harbour Act": a law as the story names it.
_LAW_NAMED = r"\bthe\s+(?:[\w-]+\s+){{1,4}}{noun}\b"


def article_of(chunk: str, text: str, before: int) -> str | None:
    """'Article 42 of the law states' credits the law, by the name the story last gave a
    law of that noun before `before` ("the national security law"), else as written."""
    if (amendment := _AMENDMENT.fullmatch(chunk.strip(" ,."))) is not None:
        return amendment.group("law")
    found = _ARTICLE_OF.fullmatch(chunk.strip(" ,."))
    if found is None:
        return None
    law = found.group("law")
    noun = law.split()[-1]
    if len(law.split()) > 2:
        return law  # "the Harbour Act": named already
    named = list(re.finditer(_LAW_NAMED.format(noun=re.escape(noun)), text[:before], re.I))
    return named[-1].group() if named else law


# "Varna's government welcomed the ruling. “…,” the statement read": the body whose stance
# the sentence before told issued the statement; a body that "ruled" or "fined" did not.
_DECLARING = re.compile(
    r"(?P<who>[^;:“”\"()]+?)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:"
    r"welcomed|condemned|denounced|rejected|praised|hailed|critici[sz]ed|deplored|applauded|"
    r"expressed|voiced|reaffirmed|reiterated|protested|objected|"
    rf"{SPEECH_VERBS})\b"
)


def declaring_subject(
    text: str, sentences: list[Sentence], here: int
) -> tuple[str, int] | None:
    """The subject of the sentence just before the quote's when it told a stance ("the
    ministry welcomed the decision"), and where it starts; None when that sentence quotes
    someone (the quote before speaks) or tells no stance at its start."""
    if here == 0:
        return None
    sentence = sentences[here - 1]
    words = text[sentence.start : sentence.end]
    if any(mark in words for mark in "“”\"") or "statement" in words:
        return None  # a quote's speaker or an issuer the issuing clauses read
    found = _DECLARING.match(text, sentence.start, sentence.end)
    return (found.group("who"), sentence.start) if found else None


_IN_A_STATEMENT = re.compile(r"\bin\s+(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+)?statement\b")
_OWNER_PRONOUN = {"his": "he", "her": "she", "their": "they"}


def statement_issuer(context: QuoteContext) -> str | None:
    """'“…,” a senior harbour official said in a statement. “…,” the statement went on':
    whoever the quote before was said by in that statement."""
    if context.last_quote is None:
        return None
    speaker, end = context.last_quote
    rest = context.text[end : sentence_at(context.sentences, end).end]
    return speaker if _IN_A_STATEMENT.search(rest) else None


def lead_subject(context: QuoteContext, quote_start: int) -> str | None:
    """'Venezuela “denounces …,” the statement said': the body alone before the quote, whose
    verb the quote goes on with, issued the paper."""
    sentence = sentence_at(context.sentences, quote_start)
    lead = re.sub(r"^(?:[Tt]he\s+)", "", context.text[sentence.start : quote_start].strip(" “\"‘'"))
    return next(
        (m.canonical for m in context.mentions
         if m.type in ("org", "place") and sentence.start <= m.start < quote_start
         and m.surface == lead),
        None,
    )


def paper_owner(context: QuoteContext, paper: re.Match[str], quote_start: int) -> str | None:
    """The owner a paper's own words give: "the FCC statement" the FCC (as the story
    writes it), "his letter" the man "he" means, "its communique" the body "it" is."""
    det, owner = paper.group("det").lower(), paper.group("owner")
    if owner is not None:
        return fold_surname(owner, context.mentions)
    if det == "its":
        return referent_of_it(context, quote_start)
    if det in _OWNER_PRONOUN:
        return context._resolve_pronoun(_OWNER_PRONOUN[det], quote_start)
    return None
