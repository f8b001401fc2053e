"""Bodies a description names by what they are, not by a word of their name: "the church"
after "the Archdiocese of Lima", "the think tank" after "the Global Policy Institute", "the
researchers" after "researchers at the University of Tartu". Such a description is read as
that body only when the article named exactly one body of the kind before: with two
churches in the story, "the church" stays as it is rather than a guess.
"""

from __future__ import annotations

import re

from bot.analysis.lexicon import ORG_WORDS

# The words a name of each kind carries. The description's own noun is one of them where
# it names such bodies itself ("the church" and "the Serbian Orthodox Church").
_KINDS: dict[str, tuple[str, ...]] = {
    "church": ("Church", "Archdiocese", "Diocese", "Patriarchate", "Synod", "Episcopate"),
    "archdiocese": ("Archdiocese",),
    "diocese": ("Diocese",),
    # "the think tank": the noun `description_referents` takes from it is "tank".
    "tank": ("Institute", "Foundation", "Council", "Center", "Centre", "Forum"),
    # "the U.N. nuclear watchdog" is an agency: the one the story names decides.
    "watchdog": ("Watch", "Observatory", "Monitor", "Inspectorate", "Ombudsman", "Agency"),
    "bloc": ("Union", "EU", "ASEAN", "ECOWAS", "Mercosur", "BRICS"),
    "alliance": ("Alliance", "NATO"),
    "monitor": ("Observatory", "Monitor", "Watch"),
}

# No full stop inside: "Monday. EU" is two sentences, not one name.
_TOKEN = r"[A-Z][\w&’'-]*"
# A body's capitalised name, its words joined by a few lowercase ones ("Bank of the North").
_RUN = rf"{_TOKEN}(?:[ \t\xa0]+(?:(?:of|for|on|and|the)[ \t\xa0]+)*{_TOKEN})*"
_NOT_A_NAME = frozenset("The A An This That Its Their His Her".split())


def _carrying(words: tuple[str, ...]) -> re.Pattern[str]:
    """A capitalised run with one of `words` in it, from its first capitalised word."""
    alternatives = "|".join(words)
    return re.compile(
        rf"(?<![\w’'])(?:{_TOKEN}[ \t\xa0]+(?:(?:of|for|and|the)[ \t\xa0]+)?)*"
        rf"(?:{alternatives})\b(?:[ \t\xa0]+(?:of|for|in)[ \t\xa0]+(?:the[ \t\xa0]+)?{_RUN})?"
        rf"(?![’'])"
    )


def _name(run: str) -> str:
    words = run.split()
    while words and words[0] in _NOT_A_NAME:
        words.pop(0)
    return " ".join(words).rstrip(".")


def _only_one(names: list[str]) -> str | None:
    """The one body among the names found, a shorter form inside a longer counting as the
    same ("Orthodox Church" in "Serbian Orthodox Church"); None for none or several."""
    distinct = {n for n in names if n}
    # "NATO" after "the North Atlantic Treaty Organization": one body, by its initials.
    distinct -= {n for n in distinct if any(n == _initials(o) for o in distinct)}
    longest = {n for n in distinct if not any(n != o and n in o for o in distinct)}
    return longest.pop() if len(longest) == 1 else None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def kind_body(noun: str, text: str, before: int) -> str | None:
    """'the church said' after 'the Archdiocese of Lima': the one body of the noun's kind
    named before `before`."""
    words = _KINDS.get(noun.lower())
    if words is None:
        return None
    names = [_name(m.group()) for m in _carrying(words).finditer(text, 0, before)]
    # The kind's bare word ("Church" opening a sentence) is no name of a body; "NATO" is.
    return _only_one([n for n in names if n not in words or n.isupper()])


# "researchers at the University of Tartu", "a team of scientists from the Polar Institute":
# the body the group works at.
_GROUP_AT = re.compile(
    r"\b(?:researchers|scientists|academics|investigators|authors|team)[ \t\xa0]+"
    rf"(?:at|from|with|of)[ \t\xa0]+(?:the[ \t\xa0]+)?(?P<name>{_RUN})"
)


# "University of Tartu researchers found": the body before the group's noun.
_BODY_GROUP = re.compile(
    rf"(?<![\w’'])(?P<name>{_RUN})[ \t\xa0]+(?:researchers|scientists|academics)\b"
)


def group_body(text: str, before: int) -> str | None:
    """'the researchers wrote' after 'researchers at the University of Tartu found …' or
    'University of Tartu researchers found': the one body such a group was said to work at
    before `before` ("Estonian researchers" name none: the name must be a body's)."""
    named_before = [
        name
        for name in _names(_BODY_GROUP, text, before)
        if any(word in ORG_WORDS for word in name.split())
    ]
    return _only_one(_names(_GROUP_AT, text, before) + named_before)


def report_by(noun: str, text: str, before: int) -> str | None:
    """'the study said' after 'a study by the Baltic Security Forum' or 'the Forum's
    study': the one body the article credited with a report of that noun before `before`."""
    by = re.compile(
        rf"\b(?i:a|an|the|its|their)[ \t\xa0]+(?:[\w-]+[ \t\xa0]+){{0,2}}{noun}[ \t\xa0]+"
        r"(?:(?:published|released|issued|commissioned|written)[ \t\xa0]+)?(?:by|from)"
        rf"[ \t\xa0]+(?:the[ \t\xa0]+)?(?P<name>{_RUN})"
    )
    # "The Global Policy Institute's annual report, released on Tuesday,": its owner.
    owned = re.compile(
        rf"(?<![\w’'])(?P<name>{_RUN})[’']s[ \t\xa0]+(?:[\w-]+[ \t\xa0]+){{0,2}}{noun}\b"
    )
    return _only_one(_names(by, text, before) + _names(owned, text, before))


# "researchers at the University of Tartu and the Polar Institute": two bodies, not one.
_AND = re.compile(r"[ \t\xa0]+and[ \t\xa0]+(?:the[ \t\xa0]+)?")


def _names(pattern: re.Pattern[str], text: str, before: int) -> list[str]:
    return [
        _name(part)
        for match in pattern.finditer(text, 0, before)
        for part in _AND.split(match.group("name"))
    ]
