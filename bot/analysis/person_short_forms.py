"""Short forms folded into the full names they stand for: "Clinton" after "Bill Clinton",
"Von der Leyen" after "Ursula von der Leyen", "Sir Malcolm" after "Sir Malcolm Reid"; each
person then has one gender across their mentions."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.analysis import lexicon, same_person
from bot.analysis.body_kinds import initials
from bot.analysis.name_articles import article_lowered
from bot.analysis.person_cues import ACTS_NEXT, GENERATIONAL_SUFFIXES, SPEAKS_NEXT, surname

if TYPE_CHECKING:
    from bot.analysis.entities import Mention
    from bot.analysis.name_genders import Gender


def _surname_acting(mention: Mention, full_names: list[Mention], text: str) -> bool:
    """A one-word place that is the surname of a person named in full before it, as the
    subject of a verb of its own."""
    return (
        " " not in mention.surface
        # "Austin confirmed", "Jordan said": a verb of its own after the one word
        and (ACTS_NEXT.match(text, mention.end) or SPEAKS_NEXT.match(text, mention.end))
        is not None
        and any(
            m.start < mention.start and m.surface.split()[-1] == mention.surface
            for m in full_names
        )
    )


_GIVEN_NAME_LAST = re.compile(r"\s[A-Z][a-z]+\s[A-Z][a-z]+-[a-z]+$")


def fold_short_forms(text: str, mentions: list[Mention]) -> None:
    """Set each person's canonical name to the full name it shortens, and its gender; a
    place's or body's canonical name is its alias's ("U.S." is "United States")."""
    full_names: list[Mention] = [
        m for m in mentions if m.type == "person" and len(m.surface.split()) >= 2
    ]
    # "De Blasio" after "Bill de Blasio" is his surname, no full name of its own.
    full_names = [m for m in full_names if not _particle_surname(m.surface, full_names)]
    # The full names by surname, in article order: each mention reads only its own, not
    # every full name of the story.
    by_surname: dict[str, list[Mention]] = {}
    for full in full_names:
        by_surname.setdefault(surname(full.surface), []).append(full)
        # "Ban Ki-moon …. Ban's statement": an East Asian name gives the family name first.
        if _GIVEN_NAME_LAST.search(full.surface):
            by_surname.setdefault(full.surface.split()[-2], []).append(full)
    relatives = _relatives_first_names(text)
    # Whom each surname alone has stood for so far, and how many times in a row.
    bare_owners: dict[str, tuple[Mention, int]] = {}
    for mention in mentions:
        if mention.type == "place" and _surname_acting(mention, full_names, text):
            mention.type = "person"  # "Austin confirmed" after "Lloyd Austin": not the city
        if mention.type in ("place", "org"):
            mention.canonical = lexicon.PLACE_ALIASES.get(mention.surface, mention.surface)
            continue
        words = mention.surface.split()
        last = words[-1] if words[-1] in by_surname else article_lowered(words[-1])
        # Prefer the nearest earlier full name with this surname, else any later one. A
        # full name folds only into its own first name: "Bill Clinton" is not "Hillary
        # Clinton", though a bare "Clinton" may be either.
        matches = [
            m
            for m in by_surname.get(last, [])
            if not same_person.another_person(text, mention, m, full_names)  # not Ivanka Trump
            and (
                len(words) == 1
                or m.surface.split()[0] == words[0]
                # "Von der Leyen said" after "Ursula von der Leyen": her surname, capitalised
                or _particle_surname(mention.surface, [m])
            )
        ]
        # "Donald Trump" beside "Donald Trump Jr.": news style keeps a son's suffix, so a
        # full name without one is the father, whoever was named last.
        if len(words) > 1 and not _suffixed(mention.surface):
            matches = [m for m in matches if not _suffixed(m.surface)]
        if len(words) == 1 and (principal := _not_relatives(mention, matches, relatives)):
            matches = principal  # "Biden said" after "his son Hunter … Hunter Biden"
        earlier = [m for m in matches if m.start <= mention.start]
        chosen = earlier[-1] if earlier else (matches[0] if matches else None)
        owner, times = bare_owners.get(last, (None, 0))
        if len(words) == 1 and chosen is not None and not chosen.subject_like and (
            owner is not None and owner in earlier and owner.subject_like and times > 1
        ):
            # "Khan warned" after "… facilitated by Abdul Qadeer Khan": a namesake named in
            # passing does not take over the surname that has stood for the one introduced
            # acting.
            chosen = owner
        if (
            len(words) == 1 and chosen is not None and owner is not None
            and _suffixed(chosen.surface) and not _suffixed(owner.surface)
        ):
            chosen = owner  # "Trump said" has stood for the father: the son keeps "Jr."
        if len(words) == 1 and chosen is not None:
            bare_owners[last] = (chosen, times + 1 if chosen is owner else 1)
        if chosen is not None and (mention.type in (None, "person")):
            mention.type = "person"
            first = chosen.surface.split()[0]
            # "Donald Trump" is not "Donald Trump Jr", his son: a generational suffix makes
            # the longer name another person's.
            suffixed = _suffixed(chosen.surface)
            mention.canonical = max(
                (
                    m.surface
                    for m in matches
                    if m.surface.split()[0] == first and _suffixed(m.surface) == suffixed
                ),
                key=len,
            )
            if len(mention.surface.split()) > len(mention.canonical.split()):
                mention.canonical = mention.surface
            if len(words) == 1 and not mention.titled:
                # "Omar" after "Ilhan Omar" is a surname: the first-name list says nothing.
                mention.gender = chosen.gender
            else:
                mention.gender = mention.gender or chosen.gender
        elif mention.type == "person":
            # "Sir Malcolm" after "Sir Malcolm Reid": a first name, if only one person fits.
            by_first = same_person.first_name_of(text, mention, full_names)  # not "Mr. Obama"
            single = len(mention.surface.split()) == 1 and len(by_first) == 1
            mention.canonical = by_first.pop() if single else mention.surface
    _fold_title_initials(text, mentions)
    genders: dict[str, Gender] = {}
    for mention in mentions:
        if mention.type == "person" and mention.gender:
            genders.setdefault(mention.canonical, mention.gender)
    for mention in mentions:
        if mention.type == "person" and mention.gender is None:
            mention.gender = genders.get(mention.canonical)


# "his son Hunter", "Biden's oldest son, Beau Biden,": a relative of someone in the story.
_RELATIVE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]+[’']s)\s+(?:[a-z]+\s+){{0,2}}?"
    rf"{lexicon.KIN_PATTERN}s?,?\s+(?P<first>[A-Z][a-z]+)\b"
)


# "the son of the late chief minister, Sheila Dikshit": a relative who has died says nothing
# now ("the wife of Alan Grayson" may name the story's own man).
_RELATIVE_OF = re.compile(
    rf"\b{lexicon.KIN_PATTERN}\s+of\s+(?:the\s+)?late\s+(?:[\w-]+,?\s+){{0,4}}?"
    r"(?P<first>[A-Z][a-z]+)\s+[A-Z]"
)


def _relatives_first_names(text: str) -> set[str]:
    return {
        match.group("first")
        for pattern in (_RELATIVE, _RELATIVE_OF)
        for match in pattern.finditer(text)
    }


def _not_relatives(
    mention: Mention, matches: list[Mention], relatives: set[str]
) -> list[Mention]:
    """The full names a bare surname may stand for once the story's relatives are set
    aside: news style calls a relative who shares the surname by a first or full name. None
    when everyone is a relative, or no one is, or a relative is the subject of this sentence
    or the one before ("Bill Clinton spoke with voters …. Clinton said")."""
    principal = [m for m in matches if m.surface.split()[0] not in relatives]
    topical = any(
        m.subject_like and m.start < mention.start and mention.sentence - m.sentence <= 1
        for m in matches
        if m not in principal
    )
    return principal if len(principal) < len(matches) and not topical else []


def _particle_surname(name: str, full_names: list[Mention]) -> bool:
    """'Van Dyke' beside 'Jason Van Dyke', 'De Blasio' beside 'Bill de Blasio', 'Costa do
    Vale' beside 'Ana Costa do Vale' (a particle inside marks a surname of several words)."""
    tail = " " + name.lower()
    words = name.split()
    return (
        words[0].lower() in lexicon.NAME_PARTICLES
        or any(w in lexicon.NAME_PARTICLES for w in words[1:-1])
    ) and any(m.surface.lower().endswith(tail) for m in full_names)


def _suffixed(name: str) -> bool:
    """Whether a full name ends in a generational suffix ("Jr.", "III")."""
    return name.split()[-1] in GENERATIONAL_SUFFIXES


def surname_of_body(mentions: list[Mention]) -> list[Mention]:
    """'…, said Sun of Stimson' after 'Yun Sun, a China expert at the Stimson Center': one
    word that closes a longer name elsewhere, then "of" and a body, is that person's short
    form and the body they speak for, not one name."""
    from bot.analysis.entities import Mention  # entities imports this module

    closing = {
        m.surface.split()[-1]
        for m in mentions
        if m.type in (None, "person") and 2 <= len(m.surface.split()) <= 3
    } - lexicon.ORG_WORDS - lexicon.PLACES - lexicon.PERSON_TITLES - lexicon.DEMONYMS
    split: list[Mention] = []
    for mention in mentions:
        head, of, tail = mention.surface.partition(" of ")
        if not of or " " in head or head not in closing or not tail[:1].isupper():
            split.append(mention)
            continue
        tail_start = mention.end - len(tail)
        split.append(Mention(head, None, mention.start, mention.start + len(head),
                             mention.sentence, subject_like=mention.subject_like))
        split.append(Mention(tail, "org", tail_start, mention.end, mention.sentence))
    return split


_ACRONYM = re.compile(r"[A-Z]{2,4}")


def _fold_title_initials(text: str, mentions: list[Mention]) -> None:
    """'the CEC said' after "Chief Election Commissioner Kazi Awal": initials that spell the
    title written out before one person's name stand for that person, unless they spell a
    body the article names ("Election Commission" for "EC") or one it defines in brackets."""
    bodies = {initials(m.surface) for m in mentions if m.type == "org" and " " in m.surface}
    people = [m for m in mentions if m.type == "person" and " " in m.canonical]
    for mention in mentions:
        letters = mention.surface
        if mention.type == "person" or not _ACRONYM.fullmatch(letters) or letters in bodies:
            continue
        if re.search(rf"\(\s*{letters}\s*\)", text):
            continue  # "the Central Election Commission (CEC)"
        spelled = re.compile(
            r"\b" + r"\s+".join(rf"{letter}[a-z]+" for letter in letters) + r"\s+$"
        )
        holders = {
            m.canonical
            for m in people
            if (found := spelled.search(text, max(0, m.start - 80), m.start)) is not None
            and any(word in lexicon.PERSON_TITLES for word in found.group().split())
        }
        if len(holders) == 1:
            mention.type, mention.canonical = "person", holders.pop()
