"""Who "they" are when a sentence before opens with a group of people: "The three harbour
chiefs criticised …. They added …" is that group, and "The heads of the Green Party and
the Harbour Party, Ana Ruiz and Ivo Rask respectively, had called …. They also passed a
vote on Maria Lenz because, in their words: “…”" is the members it names, not the person
the sentence after is about."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.analysis.lexicon import PERSON_TITLES
from bot.analysis.speaker_names import strip_titles

if TYPE_CHECKING:
    from bot.analysis.entities import Mention
    from bot.analysis.sentences import Sentence

# Plural heads a group of named people goes by; "officials" and "analysts" are left to the
# unnamed-source readers, which know whose they are.
_HEADS = (
    "leaders|chairmen|chairwomen|chairs|heads|ministers|presidents|premiers|governors|"
    "senators|lawmakers|envoys|chiefs|founders|co-founders|candidates|MPs|MSPs|MEPs|peers"
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
_PERSON = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"  # "Cornyn", "Senator Ana Ruiz"
# "Prime Minister Tom Berger and President Ana Ruiz met …. They vowed": the pair.
# "The Varnan officials wrote", "the two lawmakers said": a definite plural of people.
DEFINITE_PLURAL = re.compile(
    r"the\s+(?:two\s+)?(?:[A-Z][\w.-]*\s+)?(?:officials|lawmakers|legislators|senators|"
    r"men|women|leaders|ministers|politicians)",
    re.IGNORECASE,
)
# "But", "Later", or an opening phrase ("As evidence of the wrongdoing,") before a pair.
_PAIR_OPENER = r"(?:(?:But|And|However|Meanwhile|Later|Earlier),?\s+|[A-Z][^,;:“”\"]{0,120},\s+)?"
_PAIR_OPENS = re.compile(
    _PAIR_OPENER
    + rf"(?P<first>{_PERSON})\s+and\s+"
    rf"(?P<second>{_PERSON})\s+(?:(?:have|had|also|jointly)\s+)?[a-z]+\b"
)
# "That is the provision which Ruiz and Rask have repeatedly cited": the pair as the subject
# of a relative clause goes on as "they" in the next sentence too.
_PAIR_IN_RELATIVE = re.compile(
    rf"\b(?:which|that|whom)\s+(?P<first>{_PERSON})\s+and\s+(?P<second>{_PERSON})\s+"
    r"(?:(?:have|had|also|jointly|repeatedly|long)\s+){0,2}[a-z]+ed\b"
)


def named_group(
    sentences: list[Sentence], here: int, mentions: Sequence[Mention] = ()
) -> str | None:
    """The group "they" stands for at sentence `here`: its members as the sentence that
    opens with it names them, two people the sentence opens with ("Tom Berger and Ana Ruiz
    met"), else the group as written; None when no such sentence is near."""
    back = 0
    index = here - 1
    while index >= 0 and back < _REACH:
        text = sentences[index].text
        if (pair := _pair_opening(text, mentions)) is not None:
            return pair
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


def _pair_opening(text: str, mentions: Sequence[Mention]) -> str | None:
    """'Tom Berger and Ana Ruiz met': both, untitled, when one is a person the story names
    and neither a body or place; two countries or bodies are left to the readers of bodies."""
    found = _PAIR_OPENS.match(text) or _PAIR_IN_RELATIVE.search(text)
    if found is None:
        return None
    people = [m.canonical for m in mentions if m.type == "person"]
    others = {m.canonical for m in mentions if m.type in ("org", "place")}
    pair = [_untitled(found.group(part)) for part in ("first", "second")]
    known = [any(name == p or name.endswith(f" {p}") for name in people) for p in pair]
    # "Pelosi and Hoyer rejected": one a person the story names, the other no body or place
    # (a name no list knows, "Minority Whip Steny Hoyer", is a person beside her)
    if not any(known) or any(p in others for p in pair):
        return None
    return f"{pair[0]} and {pair[1]}"


# "The Harbour Traders Association and the Varna Shipping League filed suit": two bodies
# opening a sentence as its subject.
_BODY = r"(?:[Tt]he\s+)?(?P<{}>[A-Z][\w.’'&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.’'&-]*){{0,5}})"
_BODY_PAIR = re.compile(_BODY.format("first") + r"\s+and\s+" + _BODY.format("second"))
_BODY_PAIR_OPENS = re.compile(
    _PAIR_OPENER
    + _BODY_PAIR.pattern
    + r"\s+(?:(?:have|had|also|jointly)\s+)?[a-z]+\b"
)
# "the industry groups argued", "the two unions said": a definite plural of bodies.
BODIES_PLURAL = re.compile(
    r"the\s+(?:two\s+)?(?:[a-z-]+\s+)?(?:groups|organi[sz]ations|associations|unions|"
    r"companies|firms|plaintiffs|petitioners|bodies|countries|nations|governments|sides)",
    re.IGNORECASE,
)


def body_pair(words: str, mentions: Sequence[Mention]) -> str | None:
    """'the Harbour Traders Association and the Varna Shipping League', 'Varna and Kasta':
    both, as "X and Y", when `words` are just the two and each is a body or a country the
    story names."""
    found = _BODY_PAIR.fullmatch(words.strip())
    return _both_bodies(found, mentions) if found else None


# "Saudi Arabia, Egypt, Jordan and Qatar": the bodies listed before a pair that ends a list.
_LISTED_BEFORE = re.compile(r"(?:(?:[Tt]he\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3},\s*)+$")
_LIST_REACH = 300
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to|near|into|across)\s+$", re.IGNORECASE)


def listed_bodies(pair: str, text: str, start: int, mentions: Sequence[Mention]) -> str:
    """'Saudi Arabia, Egypt, Jordan and Qatar said in a joint statement': the whole list
    when the pair written at `start` ends one of bodies or countries the story names, else
    the pair."""
    found = _LISTED_BEFORE.search(text, max(0, start - _LIST_REACH), start)
    if found is None or _PLACE_BEFORE.search(text, max(0, found.start() - 8), found.start()):
        return pair  # "After talks in Cairo, Jordan and Qatar said": a place, then the pair
    listed = [re.sub(r"^[Tt]he\s+", "", item.strip()) for item in found.group().split(",")]
    bodies = {m.canonical for m in mentions if m.type in ("org", "place")}
    named = [item for item in listed if item]
    return ", ".join([*named, pair]) if all(item in bodies for item in named) else pair


def opening_body_pair(
    sentences: list[Sentence], here: int, mentions: Sequence[Mention]
) -> str | None:
    """The two bodies one of the two sentences before `here` opens with as its subject."""
    for sentence in reversed(sentences[max(0, here - _REACH) : here]):
        found = _BODY_PAIR_OPENS.match(sentence.text)
        if found is not None and (pair := _both_bodies(found, mentions)) is not None:
            return pair
    return None


def _both_bodies(found: re.Match[str], mentions: Sequence[Mention]) -> str | None:
    bodies = {m.canonical for m in mentions if m.type in ("org", "place")}
    pair = [found.group("first"), found.group("second")]
    return f"{pair[0]} and {pair[1]}" if all(p in bodies for p in pair) else None


_JOINT = re.compile(r"\b(?:joint(?:ly)?|together)\b", re.IGNORECASE)


def joint_pair(text: str, first: Mention, second: Mention) -> str | None:
    """'Ana Ruiz and Ivo Rask said in a joint statement': both speak ("Ana Ruiz and Ivo
    Rask"), not the first one alone. The attribution's words around the pair must say so;
    the quote's own words never count."""
    if text[first.end : second.start] != " and ":
        return None
    before = re.split(r"[“”\"\n]", text[max(0, first.start - 60) : first.start])[-1]
    after = re.split(r"[“”\"\n]", text[second.end : second.end + 60])[0]
    if _JOINT.search(before) is None and _JOINT.search(after) is None:
        return None
    return f"{_untitled(first.canonical)} and {_untitled(second.canonical)}"


def _untitled(name: str) -> str:
    """'Foreign Ministers Ana Ruiz' → 'Ana Ruiz': a plural title of the pair comes off too."""
    words = [w[:-1] if w[:-1] in PERSON_TITLES else w for w in name.split()]
    return strip_titles(" ".join(words)) or name


def is_pair(speaker: str, mentions: list[Mention]) -> bool:
    """Whether the speaker is two people `joint_pair` joined, each a known person's name."""
    parts = speaker.split(" and ")
    people = [m.canonical for m in mentions if m.type == "person"]
    return len(parts) == 2 and all(
        any(name == part or name.endswith(f" {part}") for name in people) for part in parts
    )
