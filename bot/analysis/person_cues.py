"""What the words in and around a capitalised run say about a person's name: which of
them are titles, whether the run is a name at all, whether an unknown name is a person, and
which names only modify or possess and so are no clause's subject.

Real copy introduces many people whose first name no list knows ("Yukiya Amano",
"Dottie Deans"). The sentence gives them away: an age after the name ("Lena Varga, 58,"),
an age before it ("81-year-old Ivo Rask"), or an apposition headed by a person's role
("Ana Ruiz, the chairwoman of the party,", "Ivo Rask, director general of the agency,"),
or a party word used as a title ("House Republican Ivo Rask").
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.analysis import first_names, lexicon

if TYPE_CHECKING:
    from bot.analysis.entities import Mention

_ACRONYM = re.compile(r"[A-Z]{2,6}")
_AGE_AFTER = re.compile(r"\s*,\s*\d{1,3}\s*,")
# "81-year-old Ivo Rask", "House Republican Ivo Rask", "ranking Democrat Ivo Rask"
_BEFORE = re.compile(r"\b(?:\d{1,3}-year-old|Democrat|Republican)\s+$")
# ", the chairwoman of …" / ", a 38-year-old veteran staffer …" / ", director general of …"
# "The mayor of the city, " / "the company's founder, ": a role, then the name after a comma.
_ROLE_THEN_COMMA = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?P<role>[a-z][\w-]*)(?:\s+of\s+[^,;.“”\"]{1,40})?,\s*$"
)
_TITLE_OF_THEN_COMMA = re.compile(r"\b(?P<title>[A-Z][a-z]+)\s+of\s+[A-Z][^,;.“”\"]{1,40},\s*$")
_APPOSITION = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+)?(?P<head>[\w’' -]{1,60})")
# "Savita Kandpal of Matena village": a place named with its kind, where a person lives.
_HOME_KIND = re.compile(
    r"\s+(?:village|town|township|district|county|province|region|suburb|neighbou?rhood)\b"
)


def home_named_after(text: str, end: int) -> bool:
    """Whether the capitalised run ending at `end` is a place followed by its kind
    ("… of Matena village"), so the name before "of" is someone from there."""
    return _HOME_KIND.match(text, end) is not None


def role_before(text: str, start: int) -> bool:
    """'The mayor of the city, Tri Wulan,' / 'The head of the Harbour Network, Tri Wulan,':
    a person's role, with the body it serves, set before the name as its apposition."""
    role = _ROLE_THEN_COMMA.search(text, max(0, start - 80), start)
    return role is not None and role.group("role") in lexicon.APPOSITION_ROLES


def context_says_person(text: str, start: int, end: int) -> bool:
    """Whether the words right around text[start:end], a name of two or three words that
    no list types, mark it as a person."""
    if _AGE_AFTER.match(text, end) or _BEFORE.search(text, max(0, start - 16), start):
        return True
    if role_before(text, start):
        return True
    titled = _TITLE_OF_THEN_COMMA.search(text, max(0, start - 60), start)
    if titled is not None and titled.group("title") in lexicon.PERSON_TITLES:
        return True  # "Minister of Water Affairs, Tri Wulan, said"
    apposition = _APPOSITION.match(text, end)
    if apposition is None:
        return False
    words = apposition.group("head").split()
    # The role comes before any "of"/"for": "director general of the agency".
    for word in words[:6]:
        # "the co-chair of the group", "the co-founder": a role shared is a role
        lowered = word.lower().removeprefix("co-")
        if lowered in {"of", "for", "at", "with", "who", "and"}:
            break
        if lowered in lexicon.APPOSITION_ROLES:
            return True
    return False


# "Fiorina, the former chief executive of …," / "Rask, a lawyer who …": a role noun that
# ends its phrase, so "Afterwards, the president said" does not count.
_ROLE_APPOSITION = re.compile(
    r"\s*,\s*(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?(?P<role>[a-z][\w-]*)\s*(?:,|(?:who|of|for|at)\b)"
)


# "…, Sanders insisted that", "Austin confirmed": a name right before a verb of its own.
ACTS_NEXT = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?[a-z]{3,}ed\b")
SPEAKS_NEXT = re.compile(
    rf"\s+(?:also\s+|then\s+|later\s+)?(?:{lexicon.SPEECH_VERBS})\b", re.IGNORECASE
)


# "Sanders compared himself to …" / "Cruz openly admitted that his pick …": a verb, then
# the subject's own he/she pronoun in the same clause.
# "Sluisarenko thanked his staff"; not "Locals cheered the 29-year-old when he welcomed his
# win", where the pronoun belongs to a clause with a subject of its own.
_ACTS_WITH_OWN_PRONOUN = re.compile(
    r"\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b"
    r"(?:(?!\b(?:he|she|who|when|while|after|before|because|as|if)\b)[^.;:,“”\"]){0,40}?"
    r"\b(?:his|her|himself|herself)\b"
)


def surname_with_role(text: str, surface: str, end: int) -> bool:
    """Whether a one-word name no list knows is followed by a person's role, or acts with
    its own he/she pronoun."""
    if " " in surface or re.fullmatch(r"[A-Z][a-z]+(?:ly|wards)", surface):
        return False
    if _ACTS_WITH_OWN_PRONOUN.match(text, end) and surface not in lexicon.NON_ENTITY_WORDS:
        return True
    apposition = _ROLE_APPOSITION.match(text, end)
    return apposition is not None and apposition.group("role") in lexicon.APPOSITION_ROLES


def name_like(words: list[str]) -> bool:
    """'Paul Manafort', not a headline run ending in a surname ('Outreach Undone By Ruiz')."""
    return 2 <= len(words) <= 3 and not any(
        w in lexicon.NON_ENTITY_WORDS or w in lexicon.NAME_CONNECTORS for w in words
    )


def closing_person(tokens: list[tuple[str, int, int]]) -> int | None:
    """Where a known first name and a surname start at the end of a run with no title that
    would otherwise make one body or no name ("City Public Advocate Trish James", "House
    Intelligence Republican Mike Pompeo", "AFP Global News Director Phil Chetwynd", whose
    title words do not all peel off), else None."""
    if len(tokens) < 3 or tokens[-3][0] in lexicon.NAME_CONNECTORS | first_names.FIRST_NAMES:
        return None  # "Christine Todd Whitman" is one name
    if any(word.rstrip(".") in lexicon.PERSON_TITLES for word, _, _ in tokens) and (
        title_prefix_length(tokens) >= len(tokens) - 2
    ):
        return None  # "Foreign Minister Ana Ruiz": the title stays with the name
    first, last = tokens[-2][0], tokens[-1][0]
    if first == "Al" and _plain_name_word(tokens[-3][0]):
        return None  # "Abdullah Al Mansour": the Arabic article inside one name, not "Al Gore"
    if first in first_names.FIRST_NAMES and last[:1].isupper() and last not in lexicon.ORG_WORDS:
        return len(tokens) - 2
    # "Minister of Science and ICT Bae Kyung-hoon": a family name and a hyphenated given
    # name close the run after a portfolio's word, which no name word is.
    if (
        _GIVEN_NAME_LAST.fullmatch(last)
        and _plain_name_word(first)
        and not _plain_name_word(tokens[-3][0])
    ):
        return len(tokens) - 2
    return None


def _plain_name_word(word: str) -> bool:
    """A word that can only be part of a person's name: no title, body, place or people."""
    return not (
        word.isupper()
        or word.rstrip(".") in lexicon.PERSON_TITLES
        or word in lexicon.ORG_WORDS
        or word in lexicon.PLACES
        or word in lexicon.DEMONYMS
    )


def after_inner_title(tokens: list[tuple[str, int, int]], text: str) -> int | None:
    """'Coastal Fisheries Industries Minister Ana Ruiz': where the title ends a body's name
    and one to three name words follow it, with no body or place word among them."""
    titles = [i for i, (w, _, _) in enumerate(tokens) if w.rstrip(".") in lexicon.PERSON_TITLES]
    if not titles or not 0 < titles[-1] < len(tokens) - 1:
        return None
    after = tokens[titles[-1] + 1 :]
    # "COP30 President Ana Costa do Vale": a particle is no name word of its own to count.
    if sum(w not in lexicon.NAME_CONNECTORS for w, _, _ in after) > 3:
        return None
    if any(
        w in lexicon.ORG_WORDS or w in lexicon.PLACES or text[end : end + 1] in {"-", "’", "'"}
        for w, _, end in after  # "Chi-cheng" and "Ruiz's" are cut short as tokens
    ):
        return None
    return titles[-1]


def title_prefix_length(tokens: list[tuple[str, int, int]]) -> int:
    """How many leading tokens are nationality, place adjectives and title words.

    Filler words ("Foreign", "State") count only when a real title word is among them, so
    "Foreign Minister Sergei Lavrov" loses its title but "State Street" keeps its name.
    """
    peelable = 0
    has_title = False
    words = [word for word, _, _ in tokens]
    if words and words[-1].rstrip(".") in lexicon.PERSON_TITLES:
        return 0  # "PM Spokesperson": a label of title words names no one to peel them off
    # "New Jersey Gov. Chris Christie": a place of several words is peelable too.
    in_place = {
        i + k
        for i in range(len(words))
        for n in (2, 3)
        if " ".join(words[i : i + n]) in lexicon.PLACES
        for k in range(n)
    }
    for index, (word, _, _) in enumerate(tokens[:-1]):  # the last word is always the name's
        bare = word.rstrip(".")
        if has_title and index == len(tokens) - 2 and _initials(word):
            break  # "Vice President JD Vance": initials before the surname are his first name
        if bare in lexicon.PERSON_TITLES:
            has_title = True
        elif not (
            index in in_place
            or bare in lexicon.DEMONYMS
            or bare in lexicon.TITLE_FILLERS
            or word in lexicon.NAME_CONNECTORS
            or word in lexicon.PLACE_ALIASES
            or word in lexicon.PLACES
            # "NATO Secretary General Mark Rutte", "FBI Director Ana Ruiz", "Committee
            # Chairman Rep. Ivo Rask"
            or word in lexicon.KNOWN_ORGS
            or word in lexicon.ORG_WORDS
            or _ACRONYM.fullmatch(word)
        ):
            break
        peelable += 1
    if has_title:
        return _past_portfolio(words, peelable)
    # Without a title only nationality adjectives and places come off ("U.S. officials"),
    # and a chamber before a party ("House Republican Ivo Brandt").
    count = 0
    for index, (word, _, _) in enumerate(tokens[:-1]):
        following = tokens[index + 1][0]
        if (
            word.rstrip(".") in lexicon.DEMONYMS
            or word in lexicon.PLACE_ALIASES
            or word in lexicon.PLACES
            or (word in {"House", "Senate"} and following in {"Republican", "Democrat"})
        ):
            count += 1
        else:
            break
    return count


_INITIALS = re.compile(r"[A-Z]{2}|(?:[A-Z]\.){2,3}")


def _initials(word: str) -> bool:
    """'JD', 'K.T.': a first name in initials, not a body or a place ('UN', 'UK')."""
    return _INITIALS.fullmatch(word) is not None and not (
        word in lexicon.KNOWN_ORGS
        or word in lexicon.PLACES
        or word in lexicon.PLACE_ALIASES
        or word.rstrip(".") in lexicon.DEMONYMS
    )


def _past_portfolio(words: list[str], peelable: int) -> int:
    """'Minister of Natural Resources, Ana Ruiz', 'Commissioner for Health, Prof. Ana
    Ruiz': after 'Title of' or 'Title for' come the words of the portfolio, up to a first
    name; a short run with none is all portfolio, no person."""
    if not peelable or not {"of", "for"} & set(words[:peelable]):
        return peelable
    if words[peelable - 1] not in ("of", "for"):
        # "Minister for Foreign Affairs, Ana Ruiz": the portfolio's last word is none's name.
        rest = words[peelable:]
        if all(word in lexicon.TITLE_FILLERS for word in rest):
            return len(words)
        # "CEO of US Steel", "chairman of China Mobile": one word after the country the
        # portfolio names is the rest of a body's name, no person's.
        country = words[peelable - 1]
        if (
            len(rest) == 1
            and words[peelable - 2] in ("of", "for")
            and (country in lexicon.PLACES or country in lexicon.PLACE_ALIASES)
            and country not in lexicon.TITLE_FILLERS
            and not rest[0].isupper()
        ):
            return len(words)
        return peelable
    for index in range(peelable, len(words) - 1):
        if words[index] in first_names.FIRST_NAMES:
            return index
    return len(words) if len(words) - peelable <= 2 else peelable


# "Trump campaign spokesman Jason Miller told": lowercase words ending in a role between
# two names, no comma, make the first name a modifier of the second.
_POSSESSOR_AFTER = re.compile(r"[’']s?\s")
# "As for Rask, he …" / "As to Ruiz, she …": a topic the next clause's pronoun takes up.
_TOPIC_BEFORE = re.compile(r"\b(?:As|as)\s+(?:for|to)\s+$")
_PRONOUN_AFTER = re.compile(r",\s+(?:he|she)\b")
_MODIFIER_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?P<role>[a-z][\w-]*)\s+$")


def unmark_non_subjects(text: str, mentions: list[Mention]) -> None:
    """The name before a role and another name, or a possessor ("Ruiz's office said"), is
    no clause's subject; a topic a pronoun takes up ("As for Rask, he said") is one."""
    for mention in mentions:
        if _POSSESSOR_AFTER.match(text, mention.end) or _COMPARED_BEFORE.search(
            text, max(0, mention.start - 8), mention.start
        ):
            mention.subject_like = False  # "Like Rask, the mayor said": compared, not speaking
        elif _TOPIC_BEFORE.search(text, max(0, mention.start - 12), mention.start) and (
            _PRONOUN_AFTER.match(text, mention.end)
        ):
            mention.subject_like = True  # "As for Rask, he said": Rask is the he
    for first, second in pairwise(mentions):
        if first.sentence != second.sentence or second.type != "person":
            continue
        gap = _MODIFIER_GAP.fullmatch(text, first.end, second.start)
        if gap and gap.group("role") in lexicon.APPOSITION_ROLES:
            first.subject_like = False


_COMPARED_BEFORE = re.compile(r"\b(?:[Ll]ike|[Uu]nlike)\s+$")
# Page furniture in capitals before a name: "READ Rask's full remarks", "WATCH Ruiz speak".
_CAPITAL_LABELS = frozenset(
    "READ WATCH LISTEN SEE MORE RELATED PHOTOS PHOTO VIDEO CLICK UPDATE EXCLUSIVE".split()
)
# "Longtime Donald Voss adviser": a modifier's ending, no name's.
_MODIFIER_ENDING = re.compile(r"[A-Z][a-z]+(?:time|ly|ous|ive|ful|less)")


def words_before_name(words: list[str], at_sentence_start: bool) -> int:
    """How many leading words of a capitalised run are no part of the name after them: an
    opener ("As for"), a label in capitals ("READ Rask"), and at a sentence's start an
    inverted speech verb ("Replied Tomas, laughing:") or a modifier before a full name
    ("Longtime Donald Voss")."""
    count = 0  # "As for Trump": an opener, and a connector after it
    while count < len(words) and (
        words[count].rstrip(".") in lexicon.NON_ENTITY_WORDS
        or words[count] in lexicon.NAME_CONNECTORS
    ):
        count += 1
    return count + _label_or_modifier(words[count:], at_sentence_start)


# "He Lifeng, the vice premier, said": the Chinese surname He before a given name, which
# goes on as a name does (a comma, or a lowercase verb), not as a Title Case heading does.
_AFTER_GIVEN_NAME = re.compile(r"(?:,|\s+[a-z])")


def surname_he(tokens: list[tuple[str, int, int]], text: str, at_sentence_start: bool) -> bool:
    """Is a run 'He <Given>' a person's whole name rather than the pronoun and a word?
    Mid-sentence a capitalised "He" is no pronoun; at a sentence's start the given name must
    read as one (no "-s" or "-d" of a verb) and be followed as a name is."""
    if len(tokens) != 2 or tokens[0][0] != "He":
        return False
    given, _, end = tokens[1]
    if not re.fullmatch(r"[A-Z][a-z]{2,}(?:-[a-z]+)?", given) or given in lexicon.NON_ENTITY_WORDS:
        return False
    if not at_sentence_start:
        return True
    return not given.endswith(("s", "d")) and _AFTER_GIVEN_NAME.match(text, end) is not None


def _label_or_modifier(words: list[str], at_sentence_start: bool) -> int:
    if len(words) < 2 or not words[1][:1].isupper():
        return 0
    rest = " ".join(words[1:])
    known_place_or_body = (
        rest in lexicon.PLACES or rest in lexicon.PLACE_ALIASES or rest in lexicon.KNOWN_ORGS
    )
    gerund = words[0].endswith("ing") and words[0] not in first_names.FIRST_NAMES
    if at_sentence_start and gerund and known_place_or_body:
        return 1  # "Keeping Iran from …", "Withdrawing U.S. forces": a gerund, then a place
    if words[1].isupper():
        return 0
    if words[0] in _CAPITAL_LABELS or words[0] in lexicon.OPENING_PARTICIPLES:
        return 1  # "READ Rask", "Having Rask announce it": no part of the name
    if not at_sentence_start or words[0] in first_names.FIRST_NAMES:
        return 0
    # "Said" is also a first name ("Said Jalili").
    if words[0] != "Said" and re.fullmatch(lexicon.SPEECH_VERBS, words[0].lower()):
        return 1
    modifier = _MODIFIER_ENDING.fullmatch(words[0]) is not None
    return 1 if modifier and len(words) >= 3 and words[1] in first_names.FIRST_NAMES else 0


# "Clive Rask SC": a senior counsel's letters, like a generation's, follow the surname.
# "Jr." and "III" tell a father and a son apart; "SC", "QC" and "KC" are a barrister's rank.
GENERATIONAL_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
_SUFFIXES = GENERATIONAL_SUFFIXES | lexicon.POST_NOMINALS


def surname(name: str) -> str:
    """'James Roosevelt Jr.' -> 'Roosevelt': the last word before a generational suffix
    ("Jerry Jr." keeps its own); 'Victor So Wai-tak' -> 'So'."""
    words = name.split()
    while len(words) > 2 and words[-1] in _SUFFIXES:  # not "Jerry Jr."
        words.pop()
    if len(words) > 2 and _GIVEN_NAME_LAST.fullmatch(words[-1]):
        return words[-2]  # "Victor So Wai-tak" is Judge So: the family name stands before
    return words[-1]


# "Wai-tak", "Chi-fung": a Cantonese given name written last, after the family name.
_GIVEN_NAME_LAST = re.compile(r"[A-Z][a-z]+-[a-z]+")


def surnames_used_alone(text: str, mentions: list[Mention]) -> set[str]:
    """'Taira Sluisarenko ... Sluisarenko has been sleeping': an untyped two-word name whose
    last word later stands alone as a possessor or a verb's subject, with no article ("the
    Tower"), is a person introduced by full name, then by surname."""
    alone = {
        m.surface
        for m in mentions
        if m.type is None
        and _PLAIN_WORD.fullmatch(m.surface)
        and m.surface not in lexicon.NON_ENTITY_WORDS
        and m.surface not in lexicon.DEMONYMS  # "the Kentucky Republican said": a party
        and not _ARTICLE_BEFORE.search(text, max(0, m.start - 4), m.start)
        and _ACTS_OR_OWNS.match(text, m.end)
    }
    return {
        words[-1]
        for m in mentions
        if m.type is None
        and len(words := m.surface.split()) == 2
        # "Like Ruiz, …": a capitalised first word says nothing on its own
        and text[max(0, m.start - 3) : m.start].strip(" \n“\"‘'(")[-1:] not in {"", ".", "!", "?"}
        and all(_PLAIN_WORD.fullmatch(w) for w in words)  # not "NGO Welthungerhilfe"
        and name_like(words)
        and words[-1] in alone
        and not any(w in lexicon.ORG_WORDS or w in lexicon.PLACES for w in words)
    }


_PLAIN_WORD = re.compile(r"[A-Z][a-z]{3,}")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_ACTS_OR_OWNS = re.compile(r"[’']s\b|\s+(?:has|had|is|was|says|said|told|[a-z]{3,}ed)\b")


# "a medical source in Karusi", "a resident near Goma": a place an unnamed source is in.
_SOURCE_IN = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){1,8}(?:in|near)\s+$")


def where_a_source_is(text: str, start: int) -> bool:
    """Whether the name starting at `start` follows an unnamed source's "in" or "near"."""
    return _SOURCE_IN.search(text, max(0, start - 80), start) is not None


# "films such as Bridget Jones", "the novel Emma": a work's title, however named, is no one;
# "the videos show Scott" is a verb (no plural before a work's noun).
_WORK_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|hit)\s+(?:(?![a-z-]+s\s)[a-z-]+\s+)?(?:film|movie|novel|book|play|"
    r"song|album|series|show|musical|opera|documentary)|\b(?:films|movies|novels|books|plays|"
    r"songs|albums|shows|musicals|operas|documentaries)\s+(?:such\s+as|like|including))"
    r"\s+(?:(?:called|titled|entitled)\s+)?[“\"‘']?$"
)
# "the film Emma Stone made": the one who made it, after all.
_MAKER_AFTER = re.compile(r"\s+(?:made|makes|directed|directs|wrote|writes|produced|starred)\b")


def names_a_work(text: str, start: int, end: int) -> bool:
    """'Bridget Jones' of "films such as Bridget Jones": a work's title, not a person."""
    return (
        _WORK_BEFORE.search(text, max(0, start - 40), start) is not None
        and _MAKER_AFTER.match(text, end) is None
    )


# "Aregawi was building a business when war struck. He spent two years at the front.": a
# name opening a sentence that the next sentence takes up as "he" or "she".
_TAKEN_UP_AS_PERSON = re.compile(
    r"[ \t\xa0]+(?:was|is|had|has|[a-z]+ed)\b[^.!?“”\"\n]{0,200}[.!?]"
    r"[ \t\xa0]+(?:He|She)[ \t\xa0]+[a-z]"
)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][ \t\xa0]+|\n[ \t\xa0]*)$")


def taken_up_by_pronoun(text: str, start: int, end: int) -> bool:
    """Whether the name opens its sentence as the subject that the next sentence's "he" or
    "she" takes up."""
    return bool(
        _SENTENCE_OPENS.search(text, max(0, start - 3), start)
        and _TAKEN_UP_AS_PERSON.match(text, end)
    )


# "Natalia's face lights up as she recalls …", "Olena smiles. She …": a first name alone
# opening its sentence, which a pronoun of its gender takes up in that sentence or the next.
_OWNED_ROLE = re.compile(r"[’']s\s+(?:[a-z-]+\s+){0,2}?(?P<role>[a-z]+)\b")
_TWO_SENTENCES = re.compile(r"[^.!?\n]*[.!?]+(?:[ \t\xa0]+[^.!?\n]*[.!?]+)?")
_OWN_PRONOUN = {"m": re.compile(r"\b(?:[Hh]e|his|him)\b"), "f": re.compile(r"\b(?:[Ss]he|her)\b")}


def first_name_taken_up(text: str, surface: str, start: int, end: int) -> bool:
    """Whether a first name of one gender alone opens its sentence and a he or she of that
    gender takes it up in that sentence or the next."""
    male = surface in first_names.MALE_FIRST_NAMES
    female = surface in first_names.FEMALE_FIRST_NAMES
    if male == female or not _SENTENCE_OPENS.search(text, max(0, start - 3), start):
        return False
    owned = _OWNED_ROLE.match(text, end)
    if owned is not None and owned.group("role").lower() in lexicon.ROLE_NOUNS:
        return False  # "Victoria's premier said she": a place's office holder
    following = _TWO_SENTENCES.match(text, end)
    return following is not None and bool(
        _OWN_PRONOUN["m" if male else "f"].search(following.group())
    )

