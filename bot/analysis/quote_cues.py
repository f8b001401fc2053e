"""Weaker speaker cues, tried when no speech verb attributes a quote.

Real copy often introduces a quote without "said": a signature after it (“…” ― Jane
Doe), a name and any verb right after it (“…,” Trump barked), or a sentence whose subject
is the source (Obama released a statement calling the attack “…”). Each cue here names a
person only from what stands next to the quote; none guesses across sentences.
"""

from __future__ import annotations

import re

from bot.analysis import attribution_patterns as patterns
from bot.analysis.entities import Mention
from bot.analysis.first_names import FIRST_NAMES
from bot.analysis.lexicon import (
    DESCRIPTION_ROLES,
    EVERYDAY_ROLES,
    NAME_PARTICLES,
    NON_ENTITY_WORDS,
    SOURCE_NOUNS,
)
from bot.analysis.owned_bodies import opening_body
from bot.analysis.quote_spans import SPEECH_VERB_WORD
from bot.analysis.sentences import Sentence
from bot.analysis.speaker_names import SOMEONE, bare_person_name, fold_surname, strip_titles

# "— Ana de la Fuente": a name's lowercase particles, however many, stay in it.
_PARTICLES = "|".join(sorted(NAME_PARTICLES | {"of"}, key=lambda w: (-len(w), w)))
_NAME = rf"[A-Z][\w’'.\-]*(?:[ \t\xa0]+(?:[A-Z][\w’'.\-]*|{_PARTICLES}))*?"
# match(text, pos) anchors at pos, so these patterns carry no "^".
_SIGNATURE = re.compile(
    rf"[ \t\xa0]*(?:[―—–]|\n\s*-)[ \t\xa0]*(?P<name>{_NAME})(?=[ \t\xa0]*(?:[.,\n]|$))"
)
# Verbs that report how something was said, beyond the speech-verb list.
_ANY_PAST = r"(?:[a-z]{3,}ed|told|wrote|spoke|said|says|sang|began|went on|shot back)"
_NAME_THEN_VERB = re.compile(
    rf"[ \t\xa0]*,?[ \t\xa0]*(?P<name>{_NAME})(?:,[ \t\xa0]*\d{{1,3}},)?[ \t\xa0]+{_ANY_PAST}\b"
)
_NAME_THEN_APPOSITION = re.compile(
    rf"[ \t\xa0]*(?P<name>{_NAME}),[ \t\xa0]+[A-Za-z][^“”\"\n!?]{{2,200}}?\.(?=\s|$)"
)
# "…part.” Mr Berger spoke to reporters at the close of the summit.": after a quote that
# closed its sentence, a sentence that goes on past its verb tells of its subject, no credit.
_GOES_ON = re.compile(r"(?:[ \t\xa0]+[^\s.!?“”\"]+){7}")
# "…out.” Health Secretary Tom Hale says the strategy is “…”": the sentence after runs on
# into a quote of its own, which the name credits.
_OWN_QUOTE_NEXT = re.compile(r"[^.!?“”\"\n]{2,120}[“\"]")
_VERB_THEN_NAME = re.compile(rf"[ \t\xa0]*,?[ \t\xa0]*[a-z]{{3,}}ed[ \t\xa0]+(?P<name>{_NAME})\b")


def signed(text: str, quote_end: int, limit: int) -> str | None:
    """A quote signed with a dash after its closing mark (“…” ― Jane Doe), by a line
    below it that opens with a hyphen (- Jane Doe), or a pull quote whose own last line
    names its author (“…\nJane Doe, Harbour Institute.”)."""
    match = _SIGNATURE.match(text, quote_end + 1, limit)
    if match:
        return match.group("name").rstrip(".")
    inner = _INNER_SIGNATURE.match(text, quote_end, limit + 1)
    if inner is None or inner.group("name").split()[0] not in FIRST_NAMES:
        return None
    return inner.group("name")


# The last line of a pull quote, before its closing mark: "Jane Doe, Harbour Institute."
# or "Former mayor Jane Doe." — a short line that is only a signature.
_INNER_SIGNATURE = re.compile(
    r"\n[ \t\xa0/]*(?:[A-Z][\w-]*[ \t\xa0]+(?:[\w-]+[ \t\xa0]+){0,4}?)?"
    r"(?P<name>[A-Z][a-z’'\-]+(?:[ \t\xa0]+[A-Z][a-z’'\-]+){1,2})"
    r"(?:,[^\n“”\"]{2,80}?)?\.?[ \t\xa0]*[”\"]"
)


def named_after(
    text: str, quote_end: int, limit: int, mentions: list[Mention], lead: str = ""
) -> str | None:
    """“…,” Trump barked. / “…,” remembered Roy Verley: a known person right after. `lead`
    is what the quote's sentence says before it."""
    if text[quote_end - 1 : quote_end] == "." and patterns.reports_elsewhere(
        text[quote_end + 1 : limit].lstrip()
    ):
        return None  # "…land.” Mr Berg said he had called …": a new report, not its credit
    closed = text[quote_end - 1 : quote_end] == "."
    for pattern in (_NAME_THEN_VERB, _VERB_THEN_NAME):
        match = pattern.match(text, quote_end + 1, limit)
        # "…” When Voss visited his agent, …": a new sentence opening a clause, not "Voss
        # visited" crediting the quote.
        if match and match.group("name").split()[0] not in NON_ENTITY_WORDS and not (
            closed and (_GOES_ON.match(text, match.end(), limit)
                        or _OWN_QUOTE_NEXT.fullmatch(text, match.end(), limit + 1))
        ):
            person = _person_at(mentions, quote_end + 1 + _offset(match), match.end("name"))
            if person is not None:
                return person
    # "“…,” Ivo Rask, senior adviser for the agency. “…”": a comma inside the closing mark,
    # then a known person and their apposition, with the verb left out or far away.
    match = _NAME_THEN_APPOSITION.match(text, quote_end + 1, limit)
    # "Ruiz said his work has been “in contrast to the reckless chair,” Tom Varga, Republican
    # of Lentia.": one the sentence already had speak names whom the words are about.
    if match and text[quote_end - 1 : quote_end] == "," and not SPEECH_VERB_WORD.search(lead):
        return _person_at(mentions, quote_end + 1 + _offset(match), match.end("name"))
    return None


# "Calling it “…,” the Halden Union filed suit": a participle that names what it is called.
_CALLING_LEAD = re.compile(
    r"^\s*(?:Calling|Describing|Labell?ing|Dubbing|Branding|Terming|Denouncing)\b"
)
_THEN_PAST = re.compile(rf"[ \t\xa0]+(?:also[ \t\xa0]+)?{_ANY_PAST}\b")


def body_after_calling(
    text: str, quote_end: int, mentions: list[Mention], lead: str
) -> str | None:
    """'Calling it “an assault on our democracy,” the Democratic National Committee filed
    the suit': the body the opening participle belongs to, the subject right after."""
    if _CALLING_LEAD.match(lead) is None:
        return None
    after = quote_end + 1  # past the closing mark
    opening = re.match(r"[,\s]*(?:the[ \t\xa0]+)?", text[after : after + 12], re.I)
    start = after + (opening.end() if opening else 0)
    return next(
        (
            m.canonical
            for m in mentions
            if m.type == "org" and m.start == start and _THEN_PAST.match(text, m.end)
        ),
        None,
    )


# How far before a quote its lead-in is read. The longest sentence of ~40,000 in news text
# runs to ~1,200 characters, so this cuts nothing real; without it a run of thousands of
# quotation marks in one "sentence" re-read all the text before each mark (25 s for 20,000).
LEAD_REACH = 2000


def lead_begin(begin: int, quote_start: int) -> int:
    """Where the reading before a quote starts: `begin`, or the reach before the quote."""
    return max(begin, quote_start - LEAD_REACH)


# "Ferry operator Nils Dahl released …" (two words), "Former French defence minister Ivo
# Rask, chief of …, condemned": a short description opening the sentence before the name.
_OPENING_DESCRIPTION = re.compile(r"\s*[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){1,3}\s+")


_ROLES = DESCRIPTION_ROLES | EVERYDAY_ROLES


def _described_before(words: str) -> bool:
    return _OPENING_DESCRIPTION.fullmatch(words) is not None and words.split()[-1] in _ROLES


# "… and someone shouted “": the clause leading into the quote has a subject of its own.
_SOMEONE_SPEAKS = re.compile(rf"\b(?:{SOMEONE})\s+[a-z]+\s*[:,]?\s*[“\"]?$", re.IGNORECASE)


# A lead-in of a name and a comma only: no verb gives the words to anyone.
_NAME_AND_COMMA = re.compile(r"\s*(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*,\s*")


def sentence_subject(
    text: str, sentence: Sentence, quote_start: int, previous_end: int, mentions: list[Mention]
) -> str | None:
    """The person (else organisation) opening the clause that leads into the quote."""
    begin = lead_begin(max(sentence.start, previous_end), quote_start)
    if quote_start - 1 <= begin:
        return None  # the quote opens its sentence: nothing leads into it
    if _SOMEONE_SPEAKS.search(text, begin, quote_start):
        return None  # "Relatives sobbed and someone shouted “…”": no one the story names
    if _NAME_AND_COMMA.fullmatch(text, begin, quote_start - 1) and text[quote_start].islower():
        return None  # "Berg, “to the very end, was trying …”": the words go on of Berg
    leading = [
        m
        for m in mentions
        if begin <= m.start < quote_start - 1
        # a short description may precede the name
        and (
            m.subject_like
            or len(text[begin : m.start].split()) <= 2
            or _described_before(text[begin : m.start])
        )
        # "Dahl called Ruiz's plan “…”": a possessor is not the one speaking
        and not patterns.POSSESSOR.match(text, m.end)
        # "the Harbour Board leader had “…”": the body only says whose leader
        and not (m.type == "org" and patterns.ROLE_AFTER_BODY.match(text, m.end))
    ]
    leading = _own_clause(text, begin, quote_start, mentions) or leading
    # "When Ruiz asked about it, Lopez said the following.": the main clause's subject.
    subordinate = _SUBORDINATE_CLAUSE.match(text, begin, quote_start)
    main = [m for m in leading if subordinate is not None and m.start >= subordinate.end()]
    if subordinate is not None and subordinate.group("absolute") and not main:
        # "With the court sitting in Halden, the government feels": an absolute clause has
        # no part in the subject, and the subject is no one named
        return None
    if not main and (owned := opening_body(text[begin:quote_start])) is not None:
        return owned  # "Israel's foreign ministry accused Amnesty of recycling “…”"
    for kind in ("person", "org"):
        chosen = [m for m in main or leading if m.type == kind]
        # "McGinty campaign spokesman Sean Coit said": the subject, not the modifier.
        subjects = [m for m in chosen if m.subject_like]
        if chosen:
            return (subjects or chosen)[0].canonical
    # "Valdes praised the plan as “…”": a name no list knows, opening the clause with a verb.
    opener = _NAME_OPENS_CLAUSE.match(text, begin, quote_start)
    if opener and opener.group("name").split()[0] not in NON_ENTITY_WORDS:
        name = opener.group("name")
        if not any(m.surface == name and m.type in ("org", "place") for m in mentions):
            return name
    return None


# "With the court sitting in Halden, the government feels …": an absolute clause, too.
_SUBORDINATE_CLAUSE = re.compile(
    r"\s*(?:When|While|After|Before|Although|Though|Because|If|Once|"
    r"(?P<absolute>With\s+[^,“”\"]{1,80}?\b[a-z]+ing\b))\b[^,“”\"]{0,160},"
)


def _own_clause(text: str, begin: int, quote_start: int, mentions: list[Mention]) -> list[Mention]:
    """'Jindal signed an order, while Huckabee proposed we “…”': the person opening the
    quote's own clause, unless a speech verb before it makes the rest a report ("Ruiz says
    that …, but instead Rask is giving them “…”" is still Ruiz's)."""
    boundaries = list(_CLAUSE_BOUNDARY.finditer(text, begin, quote_start))
    if not boundaries or _REPORTS.search(text, begin, boundaries[-1].start()):
        return []
    after = boundaries[-1].end()
    return [
        m
        for m in mentions
        if after <= m.start < quote_start - 1
        and m.type == "person"
        and not patterns.POSSESSOR.match(text, m.end)
        and (m.subject_like or len(text[after : m.start].split()) <= 2)
    ]


_REPORTS = re.compile(rf"\b(?:{patterns.VERB})\b", re.IGNORECASE)
_CLAUSE_BOUNDARY = re.compile(r";\s*|,?\s+(?:while|whereas)\s+|,\s+(?:but|and)\s+")
_NAME_OPENS_CLAUSE = re.compile(
    rf"\s*(?P<name>[A-Z][\w’'\-]+(?:[ \t\xa0]+[A-Z][\w’'\-]+){{0,2}})[ \t\xa0]+(?:also[ \t\xa0]+)?"
    rf"{_ANY_PAST}\b"
)


def _offset(match: re.Match[str]) -> int:
    return match.start("name") - match.start()


def _person_at(mentions: list[Mention], start: int, end: int) -> str | None:
    for mention in mentions:
        if mention.type == "person" and start <= mention.start < end:
            return mention.canonical
    return None


_ARTICLES = frozenset({"the", "a", "an", "former", "top", "then", "current", "new", "us", "u.s."})
_SPEAKS_FOR = re.compile(
    r"^(?i:a|an|one)\s+(?:[\w-]+\s+)?(?P<role>spokes\w+|representative|official|lawyer|attorney|"
    r"aide|adviser|advisor|executive|source|statement|report|study|analysis|editorial)\s+"
    r"(?:for|of|at|from|with|by)\s+" + patterns.named_body("of|the|and"),
)


# "a State Department spokesman", "a No 10 spokesman": the organisation before the role.
_ORG_SPOKESPERSON = re.compile(
    r"^(?i:a|an|one)\s+(?P<org>[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|\d+))*)\s+"
    r"(?P<role>spokes\w+|representative|official|source|statement)$"
)


def spokesperson_for(description: str, organisations: list[Mention]) -> str | None:
    """'a spokesperson for the Foreign Office' and 'a Foreign Office spokeswoman' speak
    for the organisation."""
    match = _SPEAKS_FOR.match(description) or _ORG_SPOKESPERSON.match(description)
    if match is None:
        return None
    if match.re is _ORG_SPOKESPERSON and match.group("role") == "official":
        # "one EU official said": one of the body's many officials, not the body's voice.
        return description
    if match.re is _SPEAKS_FOR and match.group("role") in {"official", "source"}:
        # "one senior official from Eastern Europe": one of many there, not the place or body.
        return description.rstrip(" .,")
    # "In a statement to CNN, a White House spokesperson said": the body the description
    # names, not one the rest of the attribution does.
    named_here = [o for o in organisations if o.surface in description]
    if named_here:
        return named_here[0].canonical
    if match.re is _ORG_SPOKESPERSON or not organisations:
        return match.group("org")
    return organisations[0].canonical


# "…,” the agency cited a diplomat as saying: an unnamed one may be quoted too.
_UNNAMED_QUOTED = rf"{patterns.UNNAMED_COUNT}[ \t\xa0]+[^,“”\"\n.;]{{1,60}}?"
_RELAYED = re.compile(
    rf"[ \t\xa0]*,?[ \t\xa0]*(?:[^“”\"\n.;]|\.(?=\S)){{1,80}}?\b(?:quote[sd]?|cite[sd])"
    rf"[ \t\xa0]+(?P<name>{_NAME}|him|her|{_UNNAMED_QUOTED})"
    r"[ \t\xa0]+as[ \t\xa0]+(?:saying|telling)\b"
)


def relayed(text: str, quote_end: int, limit: int) -> tuple[str, int, int] | None:
    """“…,” the agency quoted Ruiz as saying: Ruiz speaks, the agency only relays it.
    (name, where it starts, where the attribution ends)."""
    match = _RELAYED.match(text, quote_end + 1, limit)
    return (match.group("name"), match.start("name"), match.end()) if match else None


# "…,” Reuters reported, citing a source close to the talks: the outlet reports the words,
# the one it cites said them. After "said" the cited must be a source, not "citing costs".
_CITING = re.compile(
    r"[ \t\xa0]*,?[ \t\xa0]*(?:[^“”\"\n.;,]|\.(?=\S)){1,60}?[ \t\xa0]+"
    r"(?:(?P<reported>reported|reports)|said|says|wrote|added)[ \t\xa0]*,?[ \t\xa0]+"
    r"(?:(?:also|again)[ \t\xa0]+)?citing[ \t\xa0]+(?P<cited>[^“”\"\n;]{1,120}?)"
    r"(?=[.;]?[ \t\xa0]*(?:$|\n|[“\"]))"
)
SOURCE_HEAD = re.compile(
    r"(?:a|an|one|two|three|several|unnamed|anonymous)\b[^,]{0,40}?\b(?:"
    + "|".join(sorted(f"{noun}s?" for noun in SOURCE_NOUNS))
    + r"|people)\b"
)


def cited(text: str, quote_end: int, limit: int) -> tuple[str, int, int] | None:
    """“…,” Reuters reported, citing a source: the one cited speaks, not the outlet.
    (the cited words, where they start, where the attribution ends)."""
    match = _CITING.match(text, quote_end + 1, limit)
    if match is None:
        return None
    # "reported, citing data from the ministry": the report's own words, no one cited.
    named = re.match(r"(?:the[ \t\xa0]+)?[A-Z]", match.group("cited")) is not None
    if not SOURCE_HEAD.match(match.group("cited")) and not (match.group("reported") and named):
        return None
    return match.group("cited"), match.start("cited"), match.end()


# "…”: Secretary of the Navy Ana Ruiz: “…”": a transcript's label is the title and name
# alone, closed by a colon, between one quote and the next.
_LABEL = re.compile(
    r"(?:^|[:.!?”\"—–][ \t\xa0]*)(?P<label>[A-Z][\w.’'-]*"
    r"(?:[ \t\xa0]+(?:[A-Z][\w.’'-]*|of|the|for|to|and)){0,14}):[ \t\xa0]*$"
)


def labelled(text: str, previous_end: int, quote_start: int, mentions: list[Mention]) -> str | None:
    """The person a label right before the opening mark names (None for a plain one), or
    the interviewee whose initials open the answer that quotes "I said, “…”"."""
    paragraph = text.rfind("\n", 0, quote_start) + 1
    begin = max(previous_end, paragraph)
    near = lead_begin(begin, quote_start)
    # Cut short, the reading starts mid-paragraph: no "^" there (the pattern's pos is none).
    # A label ends in a colon: without one the lead-in is not read at all.
    colon = text[max(begin, quote_start - 40) : quote_start - 1].rstrip(" \t\xa0").endswith(":")
    if near == begin:
        match = _LABEL.search(text[begin : quote_start - 1]) if colon else None
    else:
        match = _LABEL.search(text, near, quote_start - 1) if colon else None
        begin = near
    if match is None:
        return _answering(text, paragraph, begin, quote_start, mentions)
    # The name closes the label, after any title ("Director of Air Supply Ana Ruiz"),
    # which the entity finder may have swallowed into one long run.
    name = " ".join(match.group("label").split()[-2:])
    return fold_surname(strip_titles(name), mentions) if bare_person_name(name, mentions) else None


# "the paper" takes up "the newspaper Novaya Vest" or "the daily Novaya Vest" too.
_DESCRIPTOR_FORMS = {"paper": "(?:news)?paper|daily", "newspaper": "newspaper|daily"}


_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.[ \t\xa0]+")


def named_as(descriptor: str, text: str, before: int) -> str | None:
    """'the magazine' after 'US magazine Mobile PC' / 'the airline' after 'airline Skyjet':
    the name that last followed the descriptor word."""
    word = _DESCRIPTOR_FORMS.get(descriptor, re.escape(descriptor))
    name = r"([A-Z][\w&.’'-]*(?:[ \t\xa0]+[A-Z][\w&’'-]*){0,3})"
    # "one pro-Kremlin newspaper, Novaya Vest, has called": the name set off by commas.
    found = re.findall(
        rf"\b(?:{word})(?:[ \t\xa0]+{name}|,[ \t\xa0]+{name},)", text[:before]
    )
    # "from the department Saturday. John Chell, …": a name ends with its sentence
    found = [_SENTENCE_END.split(plain or apposed)[0] for plain, apposed in found]
    names = [name.rstrip(".") for name in found if name.split()[0] not in NON_ENTITY_WORDS]
    return names[-1] if names and descriptor != "statement" else None


# A Q&A answer opens with the speaker's initials: "AD I kept saying to them, “…”".
_INITIALS = re.compile(r"(?P<first>[A-Z])(?P<last>[A-Z])[ \t\xa0]+(?=[A-Z(])")
_FIRST_PERSON = re.compile(r"\bI\b[^.!?“”\"]{0,60}$")


def _answering(
    text: str, paragraph: int, begin: int, quote_start: int, mentions: list[Mention]
) -> str | None:
    """The person whose initials open the paragraph, when "I" leads into the quote."""
    initials = _INITIALS.match(text, paragraph)
    if initials is None or not _FIRST_PERSON.search(text[begin : quote_start - 1]):
        return None
    people = {
        m.canonical
        for m in mentions
        if m.type == "person"
        and len(m.canonical.split()) >= 2
        and m.canonical[0] == initials.group("first")
        and m.canonical.split()[-1][0] == initials.group("last")
    }
    return people.pop() if len(people) == 1 else None
