"""People, organisations and places: rule-based recognition with name folding.

Capitalised word runs are candidates. Title words ("Secretary of State", "Mr.") and
nationality adjectives in front are peeled off; what remains is classified with the
lexicon (places, organisation words), titles, first names and speech verbs. A person's
later mentions ("Rubio", "Mr. Rubio") fold into the fullest name seen ("Marco Rubio").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice
from typing import Literal

from bot.analysis import (
    bare_titles,
    body_cues,
    datelines,
    facility_names,
    first_names,
    glued_names,
    lexicon,
    month_surnames,
    name_articles,
    org_short_forms,
    person_cues,
    person_short_forms,
)
from bot.analysis.capitalised_runs import capitalised_runs, without_home_place
from bot.analysis.name_genders import KUNYA, Gender, name_gender
from bot.analysis.sentences import Sentence

EntityType = Literal["person", "org", "place"]

SPEECH_VERBS = lexicon.SPEECH_VERBS
_SPEECH_AFTER = re.compile(rf"^\s*,?\s*(?:{SPEECH_VERBS})\b")
# "Pavel Orlov later told", "Ana Ruiz has since said": a full name whose speech verb follows
# the words that may stand between a speaker and the verb.
_FULL_NAME_SPEAKS = re.compile(
    # "Lale Varga, of Justice for Ostland, told the BBC": the body she is with, between.
    r"^\s*(?:,\s*(?:of|from)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|and))*,)?"
    rf"\s*(?:,\s*however,\s*)?{lexicon.ADVERB}(?:(?:since|[a-z]{{3,}}ly)\s+)?{lexicon.ADVERB}"
    rf"(?:{SPEECH_VERBS})\b"
)
# "said Ana Ruiz", and "noted NBC's Ana Ruiz": a speech verb right before a name.
_SPEECH_BEFORE = re.compile(
    rf"\b(?:{SPEECH_VERBS})\s+(?:(?:the\s+)?(?:[A-Z][\w.&-]*\s+)?[A-Z][\w.&-]*[’']s\s+)?$"
)

# Lowercase: "at the Financial Services Authority, Dian Rae," ends a body's name before a
# person's.
_ORG_DESCRIBED = re.compile(rf"\b{lexicon.ORG_DESCRIPTOR_PATTERN}[’']?s?\s*,?\s*$")
# "Leading Tamil daily Virakesari": the words before a body's kind describe the body.
_DESCRIBES_BODY = re.compile(rf"\s+{lexicon.ORG_DESCRIPTOR_PATTERN}\s+[A-Z]")
# "Article 4", "Section 12", "Phase 2": a word numbered so names a part or a stage.
_NUMBERED = re.compile(r"\s+\d+(?![\d.,:–-])")
_ORG_HEAD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:on|for|of)\s+(?:the\s+)?$")
_SPEAKS_FOR = re.compile(r"\b(?:for|of|at|from|with)\s+(?:the\s+)?$")
_INDEFINITE_APPOSITION = re.compile(r"\s*,\s*(?:a|an)\s")
# Lowercase role nouns right before a name ("union leader Marek Kowalczyk", "his wife, Jane").
_ROLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(lexicon.NAME_ROLES)) + r")\s*,?\s*$")
# "the EU's chief Brexit negotiator": a name between two role nouns says whose or what
# role it is, and names no one.
_ROLE_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(lexicon.NAME_ROLES)) + r")\b")
# "Kiran Osei met Tom Berger": verbs of a person's own doings; a body "meets" as a board.
_MEETS_AFTER = re.compile(
    r"\s+(?:also\s+|then\s+|later\s+)?(?:met|meets|shook|smiled|flew|travell?ed|visited|"
    r"thanked|hugged|resigned|married|died)\b"
)
_THE_BEFORE_RUN = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w.-]*\s+){0,3}$")
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,6}$")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s$")  # "MPs", "TDs", "MEPs": a group of people


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    type: EntityType
    count: int


@dataclass(slots=True)
class Mention:
    surface: str
    type: EntityType | None  # None while unresolved
    start: int
    end: int
    sentence: int
    titled: bool = False
    gender: Gender | None = None
    canonical: str = ""
    subject_like: bool = False


def _classify(name: str) -> EntityType | None:
    if name in lexicon.PLACE_ALIASES or name in lexicon.PLACES:
        return "place"
    if name in lexicon.KNOWN_ORGS or _ACRONYM.match(name):
        return "org"
    words = name.split()
    if any(word.rstrip(".") in lexicon.ORG_WORDS for word in words[1:]) or (
        len(words) > 1 and words[0] in lexicon.ORG_WORDS
    ):
        return "org"
    # "Bill S8700A", "Will 2.0": a code after a given name makes a bill or a product.
    if 2 <= len(words) <= 4 and words[0] in first_names.FIRST_NAMES and not any(
        character.isdigit() for character in name
    ):
        return "person"
    return None


def _looks_like_person(name: str) -> bool:
    words = name.split()
    return (
        1 <= len(words) <= 3
        # "Ahmed al-Sharaa of …": an Arabic article stays lowercase inside a name
        and all(w[:1].isupper() or name_articles.opens_with_article(w) for w in words)
        and not any(w in lexicon.ORG_WORDS for w in words)
    )


def _person_of_body(name: str) -> bool:
    """'Kiran Osei of Lisbon Economics': a two- or three-word name before "of" and a body's
    name after it are a person and the body they speak for ("Bank of England" is one)."""
    head, of, tail = name.partition(" of ")
    if not of:
        return False
    kind = _classify(head)
    return kind == "person" or (
        kind is None
        and 2 <= len(head.split()) <= 3
        and _looks_like_person(head)
        and not (_BODY_HEADS | lexicon.DEMONYMS).intersection(head.split())
        and _classify(tail) == "org"
    )


# Words that open a body's name before "of" ("National Museum of …", "Royal Society of …")
# beside lexicon.ORG_WORDS, which `_looks_like_person` already turns away: adjectives of
# rank and reach, houses of collections, and the groups a name of members opens with.
_BODY_HEADS = frozenset(
    """National Royal Central Federal General International Imperial Grand Supreme High
    Museum Gallery Library Academy Chamber Order Knights Friends Sisters Brothers Daughters
    Sons Port Harbour Members Leaders Officials Residents Voters""".split()
)


_TITLE_JOINERS = frozenset("For Of On And To".split())
_OWNS_BODY = re.compile(r"[’']s\s+[A-Z]")
# A member for a seat: "MP for", "MSP for", "Member of Parliament for".
_SEAT_BEFORE = re.compile(r"\b(?:MPs?|MEPs?|MSPs?|MLAs?|TDs?|Member\s+of\s+Parliament)\s+for\s+$")


def _mentions_in_run(
    run: list[tuple[str, int, int]], sentence: Sentence, full_text: str
) -> list[Mention]:
    mentions: list[Mention] = []
    tokens = list(run)
    at_sentence_start = (
        tokens[0][1] == sentence.start
        or full_text[sentence.start : tokens[0][1]].strip(" “\"‘'(") == ""
    )
    whole = " ".join(t for t, _, _ in tokens)
    if whole in lexicon.PLACES or whole in lexicon.KNOWN_ORGS or whole in lexicon.PLACE_ALIASES:
        return [Mention(whole, _classify(whole), tokens[0][1], tokens[-1][2], sentence.index)]
    # "As for Trump", "READ Ruiz's remarks": openers are no part of the name.
    if not person_cues.surname_he(tokens, full_text, at_sentence_start):
        del tokens[: person_cues.words_before_name([t for t, _, _ in tokens], at_sentence_start)]
    if len(tokens) > 1:
        joined = " ".join(t for t, _, _ in tokens)
        has_inner_title = any(t.rstrip(".") in lexicon.PERSON_TITLES for t, _, _ in tokens[1:])
        kind = _classify(joined)
        if (kind == "org" or (
            kind is None and not person_cues.title_prefix_length(tokens)
            and tokens[0][0] not in KUNYA  # "Um Karim Saleh" is one name
            # "Knight Frank India, a real estate consultancy firm": a body's whole name
            and not body_cues.apposed_body(full_text, tokens[-1][2])
        )) and (
            cut := person_cues.closing_person(without_home := without_home_place(tokens))
            or person_cues.after_inner_title(without_home, full_text)
        ) is not None:
            tokens = tokens[cut:]  # "House Intelligence Republican Mike Pompeo"
        elif kind == "org" and not has_inner_title and not _person_of_body(joined):
            return [Mention(joined, "org", tokens[0][1], tokens[-1][2], sentence.index)]
    prefix = person_cues.title_prefix_length(tokens)
    if (prefix and prefix < len(tokens) and tokens[prefix][0] in _TITLE_JOINERS) or (
        prefix == len(tokens) > 2 and "for" in {t for t, _, _ in tokens}
    ):
        # "the UN High Commissioner For Refugees": a title going on with "For" is an
        # office's whole name, no "For Refugees" holding it; so is "Commissioner for Health"
        # where the portfolio ends the run.
        office = " ".join(t for t, _, _ in tokens)
        return [Mention(office, "org", tokens[0][1], tokens[-1][2], sentence.index)]
    title_words = [t for t, _, _ in tokens[:prefix] if t.rstrip(".") in lexicon.PERSON_TITLES]
    for word, start, end in tokens[:prefix]:
        if word in lexicon.PLACE_ALIASES or word in lexicon.PLACES:
            mentions.append(Mention(word, "place", start, end, sentence.index))
    tokens = tokens[prefix:]
    # "Vice Unification Minister Kim Nam-jung": "Vice" came off but a body's word stopped
    # the peel, so the name still starts after the inner title.
    if prefix and (inner := person_cues.after_inner_title(tokens, full_text)) is not None:
        title_words += [t for t, _, _ in tokens[: inner + 1] if t in lexicon.PERSON_TITLES]
        tokens = tokens[inner + 1 :]
    elif prefix and (cut := person_cues.closing_person(tokens)) is not None:
        tokens = tokens[cut:]  # "Director of National Intelligence Dan Coats": not "Intelligence"
    while tokens and tokens[-1][0] in lexicon.NAME_CONNECTORS:
        tokens.pop()
    if len(tokens) > 2 and tokens[-1][0] in lexicon.POST_NOMINALS:
        tokens.pop()
    elif (
        len(tokens) == 2
        and tokens[-1][0] in lexicon.POST_NOMINALS
        and _THE_BEFORE_RUN.search(full_text, max(0, tokens[0][1] - 40), tokens[0][1])
    ):
        return mentions  # "The Thiruvananthapuram MP said": a seat's member, no name
    if not tokens:
        return mentions
    name = " ".join(t for t, _, _ in tokens)
    if bare_titles.title_alone(name.split(), full_text, run[0][1]):
        return mentions  # "the US President said": a title alone names nobody
    start, end = tokens[0][1], tokens[-1][2]
    kind = _classify(name)
    head, of, tail = name.partition(" of ")
    # The whole run may be too long to pass as a name ("Hannah Frost of Green Skies"), so
    # the head is classified on its own.
    # "Taro Kimura of Norway’s Harbour Hospital": the place owns the body after the run.
    placed = (
        " " in head and " " not in tail and _OWNS_BODY.match(full_text, end) is not None
    )
    # "30-year-old Rina Kapoor of Matena village": an age, or a home place, marks the person.
    home = of and person_cues.home_named_after(full_text, end)
    marked = len(head.split()) > 1 and (
        home or person_cues.context_says_person(full_text, start, start + len(head))
    )
    if of and (kind == "person" or title_words or _person_of_body(name) or placed or marked) \
            and _looks_like_person(head):
        # "Hannah Frost of Green Skies": a person and the body they speak for.
        tail_start = end - len(tail)
        person = Mention(
            head,
            "person",
            start,
            start + len(head),
            sentence.index,
            titled=bool(title_words),
            gender=name_gender(title_words, head),
        )
        return [
            *mentions,
            person,
            Mention(tail, _classify(tail) or ("place" if home else "org"), tail_start, end,
                    sentence.index),
        ]
    if kind is None and " of " in name:
        # "Bank of England" is an organisation, but "President of Ukraine" is not one name.
        head, _, tail = name.partition(" of ")
        if _classify(tail) == "place" and head in lexicon.PERSON_TITLES:
            tail_start = end - len(tail)
            return [*mentions, Mention(tail, "place", tail_start, end, sentence.index)]
    if _SEAT_BEFORE.search(full_text, max(0, start - 30), start):
        kind = "place"  # "Henry Smith, Tory MP for Crawley,": a constituency, no one titled
    elif title_words and kind in (None, "person") and not _ACRONYM.match(name):
        kind = "person"
    if kind is None and at_sentence_start and not title_words and len(tokens) == 1:
        kind = None  # a capitalised first word says nothing on its own
    mention = Mention(name, kind, start, end, sentence.index, titled=bool(title_words))
    if kind == "person" or kind is None:
        mention.gender = name_gender(title_words, name)
    mentions.append(mention)
    return mentions


# "Republican presidential nominee Donald Trump has blasted": words of a title before a
# name leave it the subject.
_DESCRIBING_WORDS = (
    lexicon.APPOSITION_ROLES
    | lexicon.DESCRIPTION_ROLES
    | {"the", "of", "presidential", "senior", "top", "state", "campaign"}
    # "…, said first-term Rep. Ro Khanna": the speaker's standing, no verb of another.
    | {"freshman", "first-term", "second-term", "two-term", "three-term"}
)


# "Critics of " right before a name: the name is the object of "of", not the subject.
_OF_BEFORE = re.compile(r"(?:^|\s)(?P<head>[A-Za-z]+)\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")
# A clause opened by a preposition that only takes a noun phrase: its name is no subject.
_PREPOSITION_OPENS = re.compile(r"\s*(?:With|Without|Despite|Under|Against|Besides)\s")


def _is_subject_like(mention: Mention, sentence: Sentence, full_text: str) -> bool:
    before = full_text[sentence.start : mention.start]
    clause = re.split(r"[,;:—]", before)[-1]
    if _PREPOSITION_OPENS.match(clause):
        return False  # "With Mr Ruiz back in office, Mr Lenz seems bolder": Lenz acts
    if (owner := _OF_BEFORE.search(clause)) and (
        owner.group("head").capitalize() not in lexicon.PERSON_TITLES
    ):
        return False  # "Critics of Tom Berger disagree": the critics act ("Mayor of" is a title)
    # Only the first few such words count: a run-on sentence must not be read in full for
    # each name in it.
    words = list(islice(
        (
            w
            for w in clause.split()
            if w[:1].islower()
            and w not in _DESCRIBING_WORDS
            # "Even vice-president JD Vance, …, has criticised": each part of a joined title
            # ("ex-UK Foreign Office head Lord McDonald": "ex" and a country too)
            and not all(
                part.capitalize() in lexicon.PERSON_TITLES
                or part == "ex"
                or part in lexicon.COUNTRY_WORDS
                for part in w.split("-")
            )
        ),
        3,
    ))
    if words[:1] in (["and"], ["but"]) and clause.split()[:1] == words[:1]:
        words = words[1:]  # "…, and Tom Hale, the minister, said": a new clause's subject
    # "On Tuesday, campaign chairman Ana Ruiz told reporters": the one who speaks; and
    # "…, said Ana Ruiz": the subject of an inverted speech verb.
    return (
        not words
        # "The results, according to Ana Ruiz, were mixed": the source speaks.
        or clause.rstrip().lower().endswith("according to")
        or person_cues.SPEAKS_NEXT.match(full_text, mention.end) is not None
        # "…, Sanders insisted that": a name right before its verb opens the clause.
        or (len(words) <= 1 and person_cues.ACTS_NEXT.match(full_text, mention.end) is not None)
        or (
            len(words) == 1
            and re.fullmatch(SPEECH_VERBS, words[0]) is not None
            and full_text[mention.end : mention.end + 1] in {".", ","}
        )
    )


def find_mentions(text: str, sentences: list[Sentence]) -> list[Mention]:
    mentions: list[Mention] = []
    for sentence in sentences:
        for run in capitalised_runs(sentence):
            for mention in _mentions_in_run(run, sentence, text):
                mention.subject_like = _is_subject_like(mention, sentence, text)
                mentions.append(mention)
    mentions = body_cues.joined_across_the(text, mentions)
    mentions = glued_names.repaired(text, sentences, mentions)
    mentions = person_short_forms.surname_of_body(mentions)  # "said Sun of Stimson"
    mentions = _with_month_surnames(text, sentences, mentions)  # "May said" after "Theresa May"
    facility_names.mark_facilities(text, mentions)  # "near the Paso del Norte bridge"
    _resolve_people(text, mentions)
    datelines.mark(text, mentions)
    org_short_forms.fold(text, mentions)
    # "Invoking Article 4 of the pact, Brandt said": a one-word name numbered is a part.
    kept = [
        m for m in mentions
        if m.type is not None
        and not (m.type == "person" and " " not in m.surface and _NUMBERED.match(text, m.end))
        and not (m.type == "person" and person_cues.names_a_work(text, m.start, m.end))
    ]
    person_cues.unmark_non_subjects(text, kept)
    return kept


def _with_month_surnames(
    text: str, sentences: list[Sentence], mentions: list[Mention]
) -> list[Mention]:
    """The bare months the article's surname stands for, as unresolved names of its own."""
    spans = month_surnames.bare_surname_spans(sentences, [(m.start, m.end) for m in mentions])
    if not spans:
        return mentions
    added = [Mention(word, None, start, end, index) for word, start, end, index in spans]
    for mention in added:
        mention.subject_like = _is_subject_like(mention, sentences[mention.sentence], text)
    return sorted([*mentions, *added], key=lambda m: m.start)


def _resolve_people(text: str, mentions: list[Mention]) -> None:
    """Type unknown names from context, then fold short forms into full names."""
    described_orgs = {
        m.surface
        for m in mentions
        if m.type is None
        and (
            _ORG_DESCRIBED.search(text[max(0, m.start - 30) : m.start])
            or body_cues.apposed_body(text, m.end)
        )
        # "The head of the Harbour Network, Tri Wulan,": the body's head, no body.
        and not person_cues.role_before(text, m.start)
    } - {m.surface.split()[-1] for m in mentions if m.type == "person"}  # "Paul Manafort"
    for mention in mentions:
        if (
            mention.type is not None
            or lexicon.DEMONYMS & {mention.surface, mention.surface[:-1]}
            or mention.surface in lexicon.NATIONALITY_NOUNS
        ):
            # "many Ukrainians said": a people, no person; nor "Iranian" of "warned Iranian
            # parliamentary speaker Ana Ruiz", nor "the 23-year-old Briton"
            continue
        last = mention.surface.split()[-1]
        national = last in lexicon.DEMONYMS or last in lexicon.NATIONALITY_NOUNS
        if national and _THE_BEFORE_RUN.search(
            text, max(0, mention.start - 40), mention.start
        ):
            continue  # "The South Carolina Republican warned", "the Spaniard": no name
        after = text[mention.end : mention.end + 30]
        if _DESCRIBES_BODY.match(after):
            continue  # "Veridian" of "Leading Veridian daily Harbour Times": no one
        before = text[max(0, mention.start - 30) : mention.start]
        if " " not in mention.surface and person_cues.where_a_source_is(text, mention.start):
            mention.type = "place"  # "a medical source in Karusi said": no one named
            continue
        head = _ORG_HEAD_BEFORE.search(before)
        if (
            mention.surface in described_orgs
            or (head and head.group(1) in lexicon.ORG_WORDS)
            or body_cues.BODY_ON_BEFORE.search(before)
            or body_cues.STAFF_AT_BEFORE.search(before)
        ):
            # "the carmaker Veltra ... Veltra said"; "the Commission on Presidential
            # Debates announced": the tail of an organisation's name.
            mention.type = "org"
            continue
        # "X said", "said X", "union leader X", and "X, who ..." (who is used of people).
        if (
            _SPEECH_AFTER.match(after)
            or _SPEECH_BEFORE.search(before)
            or (_ROLE_BEFORE.search(before) and not _ROLE_AFTER.match(after))
            or re.match(r"\s*,\s*whom?\b", after)
            or (
                2 <= len(mention.surface.split()) <= 3
                and (_MEETS_AFTER.match(after) or _FULL_NAME_SPEAKS.match(after))
            )
            or (
                2 <= len(mention.surface.split()) <= 3
                and person_cues.context_says_person(text, mention.start, mention.end)
            )
            or person_cues.surname_with_role(text, mention.surface, mention.end)
            or person_cues.taken_up_by_pronoun(text, mention.start, mention.end)
            or person_cues.first_name_taken_up(text, mention.surface, mention.start, mention.end)
        ):
            # "a spokeswoman for Islink Ferries said"; but "this came from Mara Quell, a voter"
            if _SPEAKS_FOR.search(before) and not (
                _INDEFINITE_APPOSITION.match(after)
                and person_cues.context_says_person(text, mention.start, mention.end)
            ):
                mention.type = "org"
            elif (
                mention.surface.split()[0] not in lexicon.NON_ENTITY_WORDS
                or mention.surface.startswith("He ")  # kept whole only as "He Lifeng"
            ) and not re.search(
                r"[A-Za-z]\d", mention.surface
            ):  # "COP30 said", "G20 leaders": a digit names an event or a body, no person
                mention.type = "person"
    surnames = {person_cues.surname(m.surface) for m in mentions if m.type == "person"}
    surnames |= person_cues.surnames_used_alone(text, mentions)
    for mention in mentions:
        # "Marek Kowalczyk met ..." is a person once "Kowalczyk said" shows he is one.
        words = mention.surface.split()
        # "Obama also addressed …" once "Obama said" shows he is a person.
        last = name_articles.article_lowered(words[-1])  # "Al-Sharaa" of "Ahmed al-Sharaa"
        known = person_cues.name_like(words) or (len(words) == 1 and last in surnames)
        if mention.type is None and known and last in surnames:
            mention.type = "person"
        if mention.type == "person" and _PLURAL_ACRONYM.match(mention.surface):
            mention.type = None  # "Conservative MPs complained", "urged MPs to": many people
    person_short_forms.fold_short_forms(text, mentions)


def rank_entities(mentions: list[Mention], title_mentions: set[str] | None = None) -> list[Entity]:
    """Most central first: mention count, a bonus for the headline, then first appearance."""
    counts: Counter[tuple[str, EntityType]] = Counter()
    first_seen: dict[tuple[str, EntityType], int] = {}
    for mention in mentions:
        if mention.type is None:
            continue
        key = (mention.canonical, mention.type)
        counts[key] += 1
        first_seen.setdefault(key, mention.start)
    headline = title_mentions or set()

    def centrality(key: tuple[str, EntityType]) -> tuple[float, int]:
        return (-(counts[key] + (1.5 if key[0] in headline else 0.0)), first_seen[key])

    return [
        Entity(name, kind, counts[(name, kind)]) for name, kind in sorted(counts, key=centrality)
    ]
