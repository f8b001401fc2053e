"""Bodies a description names by what they are, not by a word of their name: "the church"
after "the Archdiocese of Lima", "the think tank" after "the Global Policy Institute", "the
researchers" after "researchers at the University of Tartu". Such a description is read as
that body only when the article named exactly one body of the kind before: with two
churches in the story, "the church" stays as it is rather than a guess.
"""

from __future__ import annotations

import calendar
import functools
import re
from typing import TYPE_CHECKING

from bot.analysis.capitalised_runs import NAME_RUN, NAME_TOKEN
from bot.analysis.lexicon import (
    NON_ENTITY_WORDS,
    ONE_WORD_PARTIES,
    ORG_DESCRIPTOR_PATTERN,
    ORG_DESCRIPTORS,
    ORG_WORDS,
)
from bot.analysis.quote_spans import find_quote_spans
from bot.analysis.timewords import WEEKDAY_NAME

if TYPE_CHECKING:
    from bot.analysis.entities import Mention

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
    "court": ("Court", "Tribunal"),
    # "the county said" after "Halden County responded": the county's government.
    "county": ("County",),
    # "the panel said" after "the Ninth Circuit Court of Appeals ruled": judges sitting
    # together, or a committee of a legislature ("the Senate panel").
    "panel": ("Court", "Tribunal", "Committee", "Panel"),
    # "the MPs said" after "the Transport Committee published its report": its members.
    "mps": ("Committee",),
    "msps": ("Committee",),
    "meps": ("Committee",),
    "peers": ("Committee",),
}

# A body's capitalised name is `NAME_RUN`: its words joined by a few lowercase ones.
_NOT_A_NAME = frozenset("The A An This That Its Their His Her".split())
# "Oslo-based", "UN-backed": a capitalised word made an adjective is no part of the name.
_ADJECTIVE = re.compile(r"[A-Z][\w’'.]*-[a-z][\w-]*")


@functools.cache
def _carrying(words: tuple[str, ...], last: bool = False) -> re.Pattern[str]:
    """A capitalised run with one of `words` in it, from its first capitalised word; with
    `last`, a run of two or more words that ends with it (or with it before "of …")."""
    alternatives = "|".join(words)
    joiners = "of|for|the" if last else "of|for|and|the"  # "X School and Y School": two
    before = "+" if last else "*"
    more_name = r"|[ \t\xa0]+[A-Z]" if last else ""  # "Halden City Hall" ends in "Hall"
    return re.compile(
        rf"(?<![\w’'])(?:{NAME_TOKEN}[ \t\xa0]+(?:(?:{joiners})[ \t\xa0]+)?){before}"
        rf"(?:{alternatives})\b(?:[ \t\xa0]+(?:of|for|in)[ \t\xa0]+(?:the[ \t\xa0]+)?{NAME_RUN})?"
        rf"(?![’']{more_name})"
    )


def _name(run: str) -> str:
    words = run.split()
    while words and (words[0] in _NOT_A_NAME or _ADJECTIVE.fullmatch(words[0])):
        words.pop(0)
    return " ".join(words).rstrip(".")


def _only_one(names: list[str]) -> str | None:
    """The one body among the names found, a shorter form inside a longer counting as the
    same ("Orthodox Church" in "Serbian Orthodox Church"); None for none or several."""
    distinct = {n for n in names if n}
    # "NATO" after "the North Atlantic Treaty Organization": one body, by its initials.
    distinct -= {n for n in distinct if any(n == initials(o) for o in distinct)}
    longest = {n for n in distinct if not any(n != o and n in o for o in distinct)}
    return longest.pop() if len(longest) == 1 else None


def initials(name: str) -> str:
    """'Central Election Commission' -> 'CEC': the capitals opening its words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def kind_body(noun: str, text: str, before: int) -> str | None:
    """'the church said' after 'the Archdiocese of Lima': the one body of the noun's kind
    named before `before`."""
    words = _KINDS.get(noun.lower())
    if words is None:
        return headed_body(noun, text, before)
    names = [_name(m.group()) for m in _carrying(words).finditer(text, 0, before)]
    # The kind's bare word ("Church" opening a sentence) is no name of a body; "NATO" is.
    return _only_one([n for n in names if n not in words or n.isupper()])


# Nouns a name ends with that are no body's kind: "the city" of "Halden City", "the state"
# of "Ohio State" (a university), "the house" of "Harbour House".
_NOT_A_KIND = frozenset("city state house street hall county district square".split())


def headed_body(noun: str, text: str, before: int) -> str | None:
    """'the tribunal said' after 'the Investigatory Powers Tribunal', 'the school said'
    after 'Kestrel Primary School': the one body named before `before` whose name ends with
    the noun, when the noun is no kind of its own."""
    # "the commissioner" is a person, whatever body's name ends so; "the network" is the
    # nearest organisation, the rule for the kinds any body may be.
    if (
        noun.capitalize() not in ORG_WORDS
        or noun.lower() in _NOT_A_KIND
        or noun.lower() in ORG_DESCRIPTORS
    ):
        return None
    # "Enter The Washington Post.": a capitalised "The" opens the name, whatever came before.
    runs = [
        m.group().rpartition("The ")[2]
        for m in _carrying((noun.capitalize(),), last=True).finditer(text, 0, before)
    ]
    return _only_one([n for n in map(_name, runs) if len(n.split()) > 1])


# "researchers at the University of Tartu", "a team of scientists from the Polar Institute":
# the body the group works at.
_GROUP_AT = re.compile(
    r"\b(?:researchers|scientists|academics|investigators|authors|team)[ \t\xa0]+"
    rf"(?:at|from|with|of)[ \t\xa0]+(?:the[ \t\xa0]+)?(?P<name>{NAME_RUN})"
)


# "University of Tartu researchers found": the body before the group's noun.
_BODY_GROUP = re.compile(
    rf"(?<![\w’'])(?P<name>{NAME_RUN})[ \t\xa0]+(?:researchers|scientists|academics)\b"
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
        rf"\b(?i:a|an|the|its|their)[ \t\xa0]+(?:[\w-]+[ \t\xa0]+){{0,2}}{noun},?[ \t\xa0]+"
        # "a report, published on Tuesday by": when it came out may stand before its author.
        r"(?:(?:published|released|issued|commissioned|written|compiled|produced|filed|"
        r"brought|sent)[ \t\xa0]+"
        r"(?:(?:on|this|last|in)[ \t\xa0]+[\w-]+[ \t\xa0]+)?)?(?:by|from)"
        # "by the aid group Harbour Aid": the body's kind before its name.
        r"[ \t\xa0]+(?:the[ \t\xa0]+)?"
        # "a letter from her attorney, Ana Ruiz,": whose the writer is, set off before the name.
        r"(?:(?:his|her|their|its)[ \t\xa0]+(?:[a-z-]+[ \t\xa0]+)?[a-z-]+,[ \t\xa0]+)?"
        rf"(?:(?:[a-z-]+[ \t\xa0]+)?{ORG_DESCRIPTOR_PATTERN}[ \t\xa0]+)?"
        rf"(?P<name>(?:\d+(?:st|nd|rd|th)[ \t\xa0]+)?{NAME_RUN})"  # "the 6th Circuit …"
    )
    # "A Harbour Aid Council report found": a body's name before the noun.
    named = re.compile(
        rf"\b(?i:a|an|the)[ \t\xa0]+(?:(?:new|latest|annual)[ \t\xa0]+)?(?P<name>{NAME_RUN})"
        rf"[ \t\xa0]+{noun}\b"
    )
    bodies = [n for n in _names(named, text, before) if set(n.split()) & ORG_WORDS]
    # "The Global Policy Institute's annual report, released on Tuesday,": its owner.
    owned = re.compile(
        rf"(?<![\w’'])(?P<name>{NAME_RUN})[’']s[ \t\xa0]+(?:[\w-]+[ \t\xa0]+){{0,2}}{noun}\b"
    )
    # "Friday’s opinion", "January’s report": when it came out, not whose it is.
    owners = [n for n in _names(owned, text, before) if n not in _TIME_NAMES]
    return _only_one(_names(by, text, before) + owners + bodies)


_TIME_NAMES = frozenset(
    name for name in (*calendar.day_name, *calendar.month_name, "Today", "Yesterday") if name
)


def document_author(
    noun: str, text: str, mentions: list[Mention], before: int, here: int
) -> str | None:
    """Who speaks when a document does ("the report said", "said the letter"): the one
    body credited with it, else the author the story named beside it; a court's paper
    ("the ruling said", "the opinion reads") the one court the story named."""
    if noun.lower() in _COURT_PAPERS:
        # "The ruling by the 6th Circuit Court of Appeals … said the opinion": one paper.
        return (
            report_by(_COURT_PAPER_NOUNS, text, before)
            # "“…,” wrote Judge Ivo Rask for the panel. … the opinion read": its writer
            or _only_one([
                m.canonical for m in mentions
                if m.type == "person" and m.start < before
                and _WROTE_BY.search(text, max(0, m.start - 60), m.start)
            ])
            or kind_body("court", text, before)
            or _only_one([  # "The World Trade Organization ruled against the tariffs"
                m.canonical for m in mentions
                if m.type in ("org", "person") and m.start < before and _RULED.match(text, m.end)
            ])
        )
    if noun.lower() in _LOOSE_PAPERS:
        # "the paper says" after "the board issued a warning in a 16-page document": either
        # word; but "the paper" is also a newspaper, so only one told of issuing one.
        # The nearest one told of wins: a story may name a government's own paper too.
        noun = _LOOSE_PAPER_NOUNS
        return _author_named(noun, text, mentions, before, here) or report_by(noun, text, before)
    if noun.lower() in _SUITS:
        # "New York City is suing …. These issues, the lawsuit states, …": the plaintiff.
        return _only_one(_names(_SUING, text, before) + _names(_SAID_IT_SUED, text, before)) or (
            report_by(_SUIT_NOUNS, text, before)
        )
    if noun.lower() in _STUDIES:
        # "The study by the Geneva Institute …. The research concludes: “…”": one study,
        # however the story goes on to call it.
        noun = _STUDY_NOUNS
    return report_by(noun, text, before) or _author_named(noun, text, mentions, before, here)


_SUITS = frozenset("lawsuit suit complaint".split())
_SUIT_NOUNS = r"(?:lawsuit|suit|complaint)"
# "New York City is suing", "the Harbour Board sued", "Ana Ruiz filed a lawsuit": who brings
# the suit, the subject of its verb.
_WEEKDAY = rf"(?i:{WEEKDAY_NAME})"
_SUING = re.compile(
    # "the family of a student killed in Paris sued": a place the clause names is no plaintiff
    r"(?<![\w’'])(?<!\bin )(?<!\bat )(?<!\bof )(?<!\bfrom )"
    rf"(?:the[ \t\xa0]+)?(?!{_WEEKDAY}\b)(?P<name>{NAME_RUN})[ \t\xa0]+"
    # "The Halden Party on Friday filed a lawsuit": when it sued is no part of who did
    rf"(?:(?:on[ \t\xa0]+)?{_WEEKDAY}[ \t\xa0]+)?"
    r"(?:(?:is|are|was|were|has\s+been)[ \t\xa0]+suing|sued|(?:has[ \t\xa0]+|have[ \t\xa0]+)?"
    rf"filed[ \t\xa0]+(?:a|an)[ \t\xa0]+(?:[\w-]+[ \t\xa0]+){{0,2}}{_SUIT_NOUNS})\b"
)
# "Google revealed it had filed a lawsuit": the one who tells of its own suit.
_SAID_IT_SUED = re.compile(
    rf"(?P<name>{NAME_RUN})[ \t\xa0]+(?:said|says|revealed|announced|confirmed)[ \t\xa0]+"
    rf"(?:that[ \t\xa0]+)?it[ \t\xa0]+(?:(?:has|had)[ \t\xa0]+)?(?:filed[ \t\xa0]+(?:a|an)"
    rf"[ \t\xa0]+(?:[\w-]+[ \t\xa0]+){{0,2}}{_SUIT_NOUNS}|sued)\b"
)
# "The World Trade Organization ruled against the tariffs": whose the ruling is.
_RULED = re.compile(r"[ \t\xa0]+(?:(?:has|had)[ \t\xa0]+)?ruled\b")
_WROTE_BY = re.compile(r"[,”\"][ \t\xa0]+wrote[ \t\xa0]+(?:[A-Z][\w.]*[ \t\xa0]+){0,3}$")
_LOOSE_PAPERS = frozenset(("paper", "document"))
_LOOSE_PAPER_NOUNS = r"(?:paper|document)"
_STUDIES = frozenset("report study survey research analysis".split())
_STUDY_NOUNS = r"(?:report|study|survey|research|analysis)"


# What a court issues: no person or other body named near it wrote it.
_COURT_PAPERS = frozenset("opinion ruling judgment judgement verdict".split())
_COURT_PAPER_NOUNS = "(?:" + "|".join(sorted(_COURT_PAPERS)) + ")"


# "The National Foundation in July sent a letter": when, between the body and its verb.
_BEFORE_ITS_VERB = (
    r"[ \t\xa0]+(?:(?:in|on|last|this|earlier)[ \t\xa0]+[A-Za-z]+[ \t\xa0]+)?(?:also[ \t\xa0]+)?"
)
# "The Embassy observed in its annual outlook": the body heads a past-tense verb.
_ISSUES = re.compile(_BEFORE_ITS_VERB + r"(?:[a-z]+ed|says|said|wrote|writes|sent)\b")
# "…, Amir Iravani, said": a name whose own verb follows, its apposition closed.
_SAID_AFTER = re.compile(r",?" + _BEFORE_ITS_VERB + r"(?:says|said|wrote|writes|stated)\b")
# With no paper named beside it, only a body that spoke or put one out.
_PUTS_OUT = re.compile(
    _BEFORE_ITS_VERB + r"(?:says|said|wrote|writes|sent|issued|released|published|found|"
    r"concluded|reported|warned|noted|stated|observed)\b"
)


def _author_named(
    noun: str, text: str, mentions: list[Mention], before: int, here: int
) -> str | None:
    """'the report says' after 'the Embassy said in a report' or 'the Fund observed in its
    outlook', 'the letter said' after 'In its new letter, the Harbour Board said': the body
    or person named last as the subject of a past verb, or the one nearest the words that
    set the document in its sentence ("in its letter"). Two joined by "and" ("Ana Ruiz
    and the Harbour Board traded letters") are no one author."""
    issued_in = re.compile(
        rf"\bin\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){{0,3}}{noun}", re.I
    )
    named = re.compile(rf"\b{noun}\b", re.I)
    # "advocated “for … IP protection”": a name inside the document's own words wrote nothing.
    quoted = _quoted_parts(text)
    authors = [
        m
        for m in mentions
        if m.type in ("org", "person") and m.start < before and here - m.sentence <= _AUTHOR_REACH
        and not any(a <= m.start < b for a, b in quoted)
    ]
    for mention in reversed(authors):
        start = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
        ends = [e for e in (text.find(". ", mention.end), text.find("\n", mention.end)) if e >= 0]
        end = min(ends, default=len(text))
        loose = noun == _LOOSE_PAPER_NOUNS  # any body "said" things; a paper is named so
        paper_named = named.search(text, start, end) is not None
        # a person who "said" anything is a source; one who wrote it is named so, the paper
        # after them ("Hale wrote in the report", not "The report …, which Hale accepts")
        if (mention.type == "person" and not named.search(text, mention.end, end)) or (
            loose and not paper_named
        ):
            continue
        # a body with no paper named beside it: one that spoke or put one out, not one that
        # did anything ("members of the Task Group carried weapons")
        issues = _ISSUES if paper_named else _PUTS_OUT
        if issues.match(text, mention.end):
            return None if _joined(mention, authors, text) else mention.canonical
        if (issued := issued_in.search(text, start, end)) is not None:
            # "In its new letter, the Harbour Board said the FTP is …": the name nearest.
            # Not "REC" of "Mike Igini, resident electoral commissioner (REC), in a report":
            # a gloss in brackets writes nothing.
            beside = [
                m for m in authors
                if m.sentence == mention.sentence
                and not (text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")")
            ] or [mention]
            # "In a letter distributed to the Council, Iran's envoy, Amir Iravani, said": the
            # one the verb goes with, not the Council it went to
            speaking = [m for m in beside if _SAID_AFTER.match(text, m.end)]
            if speaking:
                return speaking[-1].canonical
            return min(beside, key=lambda m: abs(m.start - issued.start())).canonical
    return None


_AUTHOR_REACH = 12  # sentences back for the author of a report or letter


@functools.lru_cache(maxsize=4)
def _quoted_parts(text: str) -> tuple[tuple[int, int], ...]:
    """The quotes' parts of the article, found once per article: a story may say "the
    report said" many times, and finding quotes reads the whole text."""
    return tuple(part for span in find_quote_spans(text) for part in span.parts)


_AND_BEFORE = re.compile(r"\s+and\s+(?:the\s+)?$")


def _joined(mention: Mention, others: list[Mention], text: str) -> bool:
    """Whether the mention is the second of two joined by "and" ("Ana Ruiz and the Harbour
    Board traded letters", "Ana Ruiz and Mark Hill signed"): two authors are no one."""
    joint = _AND_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    return joint is not None and any(m.end == joint.start() for m in others)


# "researchers at the University of Tartu and the Polar Institute": two bodies, not one.
_AND = re.compile(r"[ \t\xa0]+and[ \t\xa0]+(?:the[ \t\xa0]+)?")


def _names(pattern: re.Pattern[str], text: str, before: int) -> list[str]:
    return [
        _name(part)
        for match in pattern.finditer(text, 0, before)
        for part in _bodies_joined(match.group("name"))
    ]


def _bodies_joined(name: str) -> list[str]:
    """'the University of Tartu and the Polar Institute': two bodies, each named by its kind;
    "the Geneva Academy of Humanitarian Law and Human Rights" is one, its name going on."""
    parts = _AND.split(name)
    if len(parts) > 1 and not set(parts[-1].split()) & ORG_WORDS:
        return [name]
    return parts


# "a party spokesperson", "a spokesman for the party": someone speaking for a party.
_PARTY_SPOKESPERSON = re.compile(
    r"(?i:a|an|one)\s+(?:(?:party\s+spokes\w+)|(?:spokes\w+|representative)\s+"
    r"(?:for|of)\s+the\s+party)"
)
# "the Liberal Unity Party", "the Party of the North", "the Fidora party": a party's name,
# whether the mentions took it for a body or not. A parenthesised short form after the
# name ("the Social Unity Party (SUP)") is the same party.
_PARTY_NAMED = re.compile(
    rf"(?<![\w’'])(?P<name>(?:{NAME_TOKEN}[ \t\xa0]+(?:(?:of|for|and)[ \t\xa0]+)?)+Party"
    rf"|Party[ \t\xa0]+(?:of|for)[ \t\xa0]+(?:the[ \t\xa0]+)?{NAME_RUN})"
    rf"|(?<![\w’'])(?P<lower>{NAME_TOKEN}(?:[ \t\xa0]+{NAME_TOKEN}){{0,2}})[ \t\xa0]+party\b"
    # "Labour accused the Tories": a party's one-word name
    rf"|\b(?P<one>{'|'.join(sorted(ONE_WORD_PARTIES))})\b"
)
# "their Christmas party", "a New Year party": an occasion, no political party.
_OCCASION = frozenset("Christmas Easter Halloween New Year Birthday Tea".split())


def party_body(description: str, text: str, before: int) -> str | None:
    """'a party spokesperson' when the article named exactly one party before `before`:
    that party; with none or several the description stays as it is."""
    if _PARTY_SPOKESPERSON.fullmatch(description.strip(" ,.")) is None:
        return None
    names = []
    for match in _PARTY_NAMED.finditer(text, 0, before):
        words = (match.group("name") or match.group("lower") or match.group("one")).split()
        while words and words[0] in NON_ENTITY_WORDS:  # "On Monday Unity Party …"
            words.pop(0)
        name = _name(" ".join(words))
        if name and not set(name.split()) & _OCCASION and name != "Party":
            names.append(name)
    return _only_one(names)
