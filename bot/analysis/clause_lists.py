"""Commas that part no clauses: a list's items ("with the mayor, the deputy mayor, and EU
leaders on Wednesday") and an addition set off by commas ("between leaders, as well as Ruiz
and Lenz, this Wednesday"). A time phrase after either belongs to the clause before them.

`left_breaks` are the clause breaks before the phrase, as `deadline_pages.phrase_clause`
finds them; `start` is where the phrase starts.
"""

from __future__ import annotations

import re

# A list's item is a short noun phrase: a determiner's ("the deputy mayor") or a name's
# ("EU leaders").
_NOUN_PHRASE = (
    r"(?:(?:the|a|an|his|her|their|its)\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,2}"
    r"|[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,3})"
)
_LIST_TAIL = re.compile(rf"\s*(?:and|or)\s+{_NOUN_PHRASE}\s*")
_LIST_ITEM = re.compile(rf"\s*{_NOUN_PHRASE}\s*")


def list_clause(text: str, left_breaks: list[re.Match[str]], start: int) -> str | None:
    """The clause a list's last item ends, from before its first item, when the phrase
    follows that item."""
    if not _LIST_TAIL.fullmatch(text, left_breaks[-1].end() if left_breaks else 0, start):
        return None
    first = len(left_breaks) - 1
    while first >= 1 and left_breaks[first].group() == "," and _LIST_ITEM.fullmatch(
        text, left_breaks[first - 1].end(), left_breaks[first].start()
    ):
        first -= 1
    if first == len(left_breaks) - 1:
        return None
    return text[left_breaks[first - 1].end() if first >= 1 else 0 : start]


# "has secured a sit down between leaders, as well as Ruiz and Lenz, this Wednesday": an
# addition set off by commas, after which the phrase goes on with the clause before it.
_ADDITION = re.compile(r"\s*(?:as well as|along with|together with|including)\s[^;:]{1,80}")


def clause_before_addition(
    text: str, left_breaks: list[re.Match[str]], start: int
) -> str | None:
    """The clause before an addition the phrase follows."""
    if len(left_breaks) < 2 or text[left_breaks[-1].end() : start].strip():
        return None
    if {b.group() for b in left_breaks[-2:]} != {","} or not _ADDITION.fullmatch(
        text, left_breaks[-2].end(), left_breaks[-1].start()
    ):
        return None
    earlier = left_breaks[-3].end() if len(left_breaks) > 2 else 0
    return text[earlier : left_breaks[-2].start()] + " "
