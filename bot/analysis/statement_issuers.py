"""Who issued the statement a later "the statement said" speaks for.

"The Harbour Board issued a first statement saying …. The statement said: “…”" and "Lena
Holt in a statement on Monday opposed the arrest. … “…,” the statement said" credit the
words to whoever the story last said gave out a statement: the clause before "issued a
statement" or "in a statement", or the subject after an opening "In a statement, …".
`issuing_clause` finds that clause; the attribution reader reads it as any chunk.
"""

from __future__ import annotations

import re

from bot.analysis.lexicon import SPEECH_VERBS
from bot.analysis.sentences import Sentence

_STATEMENT = r"(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}statement\b"
# "the defense department issued an initial statement", "Holt released a statement".
_ISSUED = re.compile(
    r"(?P<who>[^,;:“”\"()]+?)\s+(?:(?:has|had|have)\s+)?(?:also\s+)?"
    r"(?:issued|released|put\s+out|published|posted|sent\s+out)\s+" + _STATEMENT
)
# "Holt in a statement on Monday opposed", "the board said in a statement".
_IN_BEFORE = re.compile(
    r"(?P<who>[^,;:“”\"()]+?),?\s+(?:(?:said|says|added|wrote|stated)\s+)?in\s+" + _STATEMENT
)
# "In a statement on Monday, the Harbour Party said".
# "In a statement released before Rask turned down the meeting, the assembly stressed".
_IN_OPENING = re.compile(
    r"In\s+" + _STATEMENT + r"[^,“”\"]{0,80},\s+(?P<who>[^,;:“”\"()]+?)\s+"
    rf"(?:{SPEECH_VERBS})\b"
)
_REACH = 12  # sentences back

# "a statement issued by the company", "a letter from the union": its issuer speaks.
ISSUED_BY = re.compile(
    r"(?:a|an|the)\s+(?:[a-z]+\s+)?(?:statement|letter|report|post|note)\s+"
    r"(?:(?:issued|released|published|posted|sent|put\s+out)\s+)?(?:by|from)\s+(?P<who>.+)",
    re.IGNORECASE,
)
# "the statement", "The new statement", "the joint letter": a paper standing for its issuer.
THE_PAPER = re.compile(
    r"the\s+(?:(?:new|initial|first|second|joint|latest|earlier|later|written|full|final|"
    r"revised|original|updated)\s+)?(?P<noun>statement|letter)",
    re.IGNORECASE,
)


def issuing_clause(
    text: str, sentences: list[Sentence], here: int, before: int
) -> tuple[str, int] | None:
    """The words naming the last issuer of a statement before `before`, and where they
    start; None when no sentence in reach tells of one."""
    for sentence in reversed(sentences[max(0, here - _REACH) : here + 1]):
        found = []
        for pattern in (_ISSUED, _IN_BEFORE, _IN_OPENING):
            for match in pattern.finditer(text, sentence.start, min(sentence.end, before)):
                found.append((match.start("who"), match.group("who")))
        if found:
            start, who = max(found)
            return who, start
    return None
