"""Bodies named with their owner ("Peru's foreign ministry", "the Chilean embassy in
Lima", "Southern Command - or Socom -"): the owner is part of the speaker's name, since an
article quoting two countries' ministries needs it to tell them apart, and a sentence such
a body opens is the one a later "It added" picks up."""

from __future__ import annotations

import re

from bot.analysis.attribution_patterns import ADVERB, POSSESSOR, VERB, VERB_WORD
from bot.analysis.entities import Mention
from bot.analysis.first_names import FIRST_NAMES
from bot.analysis.lexicon import COUNTRY_NAMES, DEMONYMS, NON_ENTITY_WORDS, PLACE_ALIASES
from bot.analysis.sentences import Sentence

# "the Israeli military", "the US government", "the Israel military": a country's own
# body, its owner named as an adjective, a short form or the country itself.
_COUNTRY_ADJECTIVES = DEMONYMS | COUNTRY_NAMES | frozenset(PLACE_ALIASES)
# The head nouns of a state's or a country's own bodies.
_BODY_HEAD = (
    r"(?:ministry|government|military|army|navy|air\s+force|armed\s+forces|embassy|"
    # "Ruiz's office said": a leader's office speaks as a body, not as the leader.
    r"consulate|mission|cabinet|presidency|(?:foreign\s+)?office|coast\s+guard|parliament|campaign|"
    r"defen[cs]e\s+department|state\s+department|interior\s+department)"
)
# Up to two modifiers before the head ("foreign", "defence", "Foreign Affairs").
_MODIFIED_HEAD = rf"(?i:(?:(?!and\b|or\b)[a-z-]+\s+){{0,2}}?{_BODY_HEAD})"
_OWNER = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
_OWNED = re.compile(rf"(?:[Tt]he\s+)?(?P<body>{_OWNER}[’']s\s+{_MODIFIED_HEAD})")
_DEMONYM_BODY = re.compile(
    rf"(?:[Tt]he\s+)?(?P<body>(?P<demonym>[A-Z][a-z]+|[A-Z]\.?[A-Z]\.?)\s+{_MODIFIED_HEAD}"
    rf"(?:\s+in\s+{_OWNER})?)"
)
# "US Southern Command - or Southcom - described": the name before its short form.
_SHORT_FORM_AFTER = re.compile(
    rf"(?P<body>{_OWNER}(?:\s+[A-Z][\w-]*){{0,3}})\s+[-–—(]\s*or\s+[A-Z][\w-]+\s*[-–—)]"
)
# What may open a sentence before its subject: "In a separate post," "On Friday,".
_INTRO = r"(?:(?:[A-Z][a-z]*\s+)?[^,.;:“”\"]{0,50},\s+)?"
# The subject is followed by its verb: "also said", "called the move", "has described".
_THEN_VERB = rf"\s+{ADVERB}(?:{VERB}|[a-z]{{3,}}ed|urged|wrote)\b"


def owned_body(phrase: str) -> str | None:
    """The body a whole attribution phrase names with its owner, as written without
    "the" ("Peru's foreign ministry", "Chilean embassy in Lima"), else None."""
    phrase = phrase.strip(" ,.")
    if (owned := _OWNED.fullmatch(phrase)) is not None:
        return owned.group("body")
    if (
        demonymic := _DEMONYM_BODY.fullmatch(phrase)
    ) is not None and demonymic.group("demonym") in _COUNTRY_ADJECTIVES:
        return demonymic.group("body")
    if (led := _LEADERS_BODY.fullmatch(re.sub(r"^[Tt]he\s+", "", phrase))) is not None:
        return led.group()  # "the Ruiz campaign said": the campaign, not Ruiz
    return None


# "the ministry", "the foreign ministry": a state body's kind alone.
_BARE_BODY = re.compile(rf"the\s+(?P<head>{_MODIFIED_HEAD})", re.IGNORECASE)
_NAMED_BODY_REACH = 3000  # characters back: a body the story named a few paragraphs before


def owned_before(phrase: str, text: str, before: int) -> str | None:
    """"Turkey's foreign ministry" for a later "the ministry" (or "the Israeli military"
    for "the military"): the nearest body before `before` named with its country and
    ending in the same kind, as the story wrote it."""
    bare = _BARE_BODY.fullmatch(phrase.strip(" ,."))
    if bare is None:
        return None
    head = " ".join(bare.group("head").lower().split())
    window = text[max(0, before - _NAMED_BODY_REACH) : before]
    # (spoke, where, body): "The Russian Prosecutor General’s Office said … that Amnesty’s
    # London office has acted …. The office also emphasised": the body that spoke goes on.
    found: list[tuple[bool, int, str]] = []
    for pattern in (_OWNED, _DEMONYM_BODY):
        for match in pattern.finditer(window):
            body = owned_body(match.group("body"))
            if body is not None and " ".join(body.lower().split()).endswith(head):
                found.append((_SPEAKS.match(window, match.end()) is not None, match.start(), body))
    # "The country's Ministry of Defense said …. “…,” the ministry said": a later body of
    # that kind named by what it does is the one meant.
    for match in _BODY_OF.finditer(window):
        if " ".join(match.group("body").lower().split()).startswith(head):
            spoke = _SPEAKS.match(window, match.end()) is not None
            found.append((spoke, match.start(), match.group("body")))
    return max(found)[2] if found else None


# "… Office said", "a … ministry source said": the body speaks, itself or by its people.
_SPEAKS = re.compile(
    rf"\s+(?:(?:source|spokesman|spokeswoman|spokesperson|official)s?\s+)?{ADVERB}{VERB}\b"
)


# "Ministry of Defense", "Army of the Republic": a body's kind, then "of" and what it is.
_BODY_OF = re.compile(
    rf"(?P<body>(?=[A-Z])(?i:{_BODY_HEAD})\s+of\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})"
)


# "the Trump administration", "the Ruiz campaign": a government or a campaign by its
# leader's name; "This administration" or "The campaign" names none.
_LEADERS_BODY = re.compile(
    r"\b(?P<name>(?!(?:This|The|That|An?|Every|Her|His|Their|Its)\b)[A-Z][a-z]+)\s+"
    r"(?P<kind>administration|campaign)\b"
)


def named_leaders_body(phrase: str, text: str, before: int) -> str | None:
    """'the Berger administration' for a later "the administration" (and "the campaign"
    after "the Ruiz campaign"): the last one of that kind the story named before `before`."""
    words = " ".join(phrase.strip(" ,.").lower().split())
    bare = re.fullmatch(r"the\s+(administration|campaign)", words)
    if bare is None:
        return None
    named = [m for m in _LEADERS_BODY.finditer(text, 0, before) if m.group("kind") == bare.group(1)]
    return named[-1].group() if named else None


# "the country's defence ministry": a body of the country the story has just named.
_COUNTRYS_BODY = re.compile(rf"(?:[Tt]he\s+)?country(?P<mark>[’']s)\s+(?P<head>{_MODIFIED_HEAD})")
_COUNTRY_REACH = 2  # sentences back to the country the phrase takes up


def country_body(phrase: str, mentions: list[Mention], sentence: int, before: int) -> str | None:
    """"Norway's defence ministry" for "the country's defence ministry" when Norway, alone
    among countries, was the subject of a sentence up to two before (`sentence` is the
    quote's); with two such countries the phrase is left as it is."""
    match = _COUNTRYS_BODY.fullmatch(phrase.strip(" ,."))
    bare = _BARE_BODY.fullmatch(phrase.strip(" ,."))
    if match is None and bare is None:
        return None
    # "Kasta also condemned the visit: “…,” the foreign ministry said": only the quote's
    # own sentence tells whose a bare ministry, government or army is.
    reach = _COUNTRY_REACH if match is not None else 0
    countries = [
        m
        for m in mentions
        if m.type == "place"
        and m.canonical in COUNTRY_NAMES
        and m.subject_like
        and m.start < before
        and 0 <= sentence - m.sentence <= reach
    ]
    if len({m.canonical for m in countries}) != 1:
        return None
    # As the story writes it: "the U.S.'s", not "the United States's".
    if match is None:
        return f"{countries[-1].surface}’s {bare.group('head')}" if bare else None
    return f"{countries[-1].surface}{match.group('mark')} {match.group('head')}"


def opening_body(sentence: str) -> str | None:
    """The owned body, or a body given with its short form, that opens a sentence as the
    subject of its verb ("Peru's foreign ministry called the move …")."""
    for pattern in (_OWNED, _DEMONYM_BODY, _SHORT_FORM_AFTER):
        for intro in ("", _INTRO):
            match = re.match(intro + pattern.pattern + _THEN_VERB, sentence)
            if match is None:
                continue
            if pattern is _SHORT_FORM_AFTER:
                return match.group("body")
            return owned_body(match.group("body"))
    return None


# "…, the vessel's owner, Bluewave, said." / "…, Bluewave said.": the credited one by the
# verb that ends the sentence.
_CLOSING_CREDIT = re.compile(
    rf",\s+(?:the\s+[^,“”\"]{{1,40}},\s+)?(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}),?"
    rf"\s+(?:{VERB})(?:\s+[^,.“”\"]{{0,40}})?[.!]?\s*$"
)

_CLOSING_OWNED = re.compile(
    rf",\s+(?:the\s+)?(?P<body>[^,“”\"]{{3,60}}?)\s+(?:{VERB})(?:\s+[^,.“”\"]{{0,40}})?[.!]?\s*$"
)


def opening_subject(text: str, sentence: Sentence, mentions: list[Mention]) -> str | None:
    """The country or body whose name opens the sentence as its subject, not as a
    possessor ("Israel did not appear", not "Israel's envoy")."""
    opening = [m for m in mentions if m.sentence == sentence.index and m.type]
    if (
        opening
        and opening[0].type in ("org", "place")
        and opening[0].subject_like
        and not text[sentence.start : opening[0].start].strip(" “\"‘'(")
        and not POSSESSOR.match(text, opening[0].end)
    ):
        return opening[0].canonical
    return None


# "Harbour Forward, which is representing the unions, said in a statement": a name no list
# knows opening the sentence as the subject of a speech verb ("which" marks no person).
# "Fox hit back in a personal attack. It said": one word too, where it answers back.
_ANSWERS_BACK = r"(?:hit|fired|struck)\s+back\b"
# "Fifpro released a statement on Monday. “…,” it said": one word too, issuing a paper.
_ISSUES_PAPER = (
    r"(?:issued|released|put\s+out)\s+(?:a|an|its)\s+(?:[a-z-]+\s+)?"
    r"(?:statement|response|press\s+release)\b"
)
_UNKNOWN_BODY_OPENS = re.compile(
    r"[“\"‘']?(?P<name>[A-Z][\w&’'.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&’'.-]*){1,4}"
    rf"|[A-Z][\w&’'.-]*(?=\s+(?:{_ANSWERS_BACK}|{_ISSUES_PAPER})))"
    rf"(?:,\s+which\b[^,;“”\"]{{1,120}},)?\s+(?:also\s+)?"
    rf"(?:{VERB}\b|{_ANSWERS_BACK}|{_ISSUES_PAPER})"
)


def opening_unknown_body(sentence: Sentence, mentions: list[Mention]) -> str | None:
    """The name of two to five capitalised words, no person's or place's the story knows,
    that opens the sentence as the subject of a speech verb: a body, for "it said" after
    (which no person is)."""
    found = _UNKNOWN_BODY_OPENS.match(sentence.text)
    if found is None:
        return None
    name = found.group("name")
    words = name.split()
    # A person's name the story gives a title or a gender; a bare guess of "person" is not.
    known = {
        m.canonical
        for m in mentions
        if m.type == "place" or (m.type == "person" and (m.titled or m.gender))
    }
    if (
        words[0] in NON_ENTITY_WORDS
        or words[0] in FIRST_NAMES
        or any(name == k or k.endswith(f" {words[-1]}") for k in known)
    ):
        return None
    return name


# "He met the envoy": someone the sentence takes up by a pronoun.
_SOMEONE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir)\b")
# VERB_WORD's words, lowercase only as before: a capitalised "Asked about it, …" between
# leaves the credit standing (VERB_WORD itself ignores case).
_SPEECH = re.compile(VERB_WORD.pattern)


def credited_across(
    text: str, sentence: Sentence, between: Sentence, mentions: list[Mention]
) -> str | None:
    """'…, the foreign ministry said in a statement. Talks go on in Oslo. It said': the body
    credited at the end of `sentence` when the sentence between names no body or person,
    takes up no one by a pronoun and quotes no one."""
    if (
        any(m.sentence == between.index and m.type in ("org", "person") for m in mentions)
        or _SOMEONE.search(between.text)
        or _SPEECH.search(between.text)
    ):
        return None
    return credited_body(text, sentence, mentions)


def credited_body(text: str, sentence: Sentence, mentions: list[Mention]) -> str | None:
    """The name credited at the end of a sentence of reported speech, unless it is a
    person's full name: "it" is never theirs."""
    # "…, the Israeli military said.": a country's own body, which no capitalised name holds.
    owned = _CLOSING_OWNED.search(sentence.text)
    if owned is not None:
        if (body := owned_body(owned.group("body"))) is not None:
            return body
        # "…, the foreign ministry said in a statement.": the country's ministry named
        # before, else the ministry as the credit gives it.
        if _BARE_BODY.fullmatch(bare := f"the {owned.group('body')}") is not None:
            return owned_before(bare, text, sentence.start) or bare
    match = _CLOSING_CREDIT.search(sentence.text)
    if match is None:
        return None
    at = sentence.start + match.start("who")
    named = next((m for m in mentions if m.start == at), None)
    if named is None or (named.type == "person" and " " in named.canonical):
        return None
    return named.canonical
