"""Who "they" are when a sentence before opens with a group of people: "The three harbour
chiefs criticised …. They added …" is that group, and "The heads of the Green Party and
the Harbour Party, Ana Ruiz and Ivo Rask respectively, had called …. They also passed a
vote on Maria Lenz because, in their words: “…”" is the members it names, not the person
the sentence after is about."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.analysis.sentences import Sentence

# Plural heads a group of named people goes by; "officials" and "analysts" are left to the
# unnamed-source readers, which know whose they are.
_HEADS = (
    "leaders|chairmen|chairwomen|chairs|heads|ministers|presidents|premiers|governors|"
    "senators|lawmakers|envoys|chiefs|founders|co-founders|candidates"
)
# "The three Western leaders criticised", "But the national chairmen of …, A, B and C,
# had called": a definite plural group as the sentence's subject.
_GROUP_OPENS = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Later|Earlier),?\s+)?"
    rf"(?P<who>[Tt]he\s+(?:[\w-]+\s+){{0,3}}?(?:{_HEADS}))\b"
)
_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}"
# ", Ana Ruiz, Ivo Rask and Maria Lenz respectively,": the members, named in apposition.
_MEMBERS = re.compile(
    rf",\s+(?P<members>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})(?:\s+respectively)?\s*,"
)
# "They added", "But they also condemned": the group goes on as the subject.
_THEY_OPENS = re.compile(r"(?:(?:But|And|However),?\s+)?[Tt]hey\b")
_REACH = 2  # sentences back to the group, past any that go on with "they"


def named_group(sentences: list[Sentence], here: int) -> str | None:
    """The group "they" stands for at sentence `here`: its members as the sentence that
    opens with it names them, else the group as written; None when no such sentence is near."""
    back = 0
    index = here - 1
    while index >= 0 and back < _REACH:
        text = sentences[index].text
        if (group := _GROUP_OPENS.match(text)) is not None:
            members = _MEMBERS.search(text, group.end())
            if members is not None:
                return members.group("members")
            who = group.group("who")
            return "the" + who[3:]
        if _THEY_OPENS.match(text) is None:
            back += 1  # a sentence that carries the group on does not count against reach
        index -= 1
    return None
