"""A speaker must be a whole name as the article writes it, and a name at all.

Attribution chunks are cut by commas, titles and capitalised runs, and a cut in the wrong
place leaves a fragment where a name should be: "Von" of a sentence-opening "Von der
Leyen", "Protect Journalists" of "the Committee to Protect Journalists", "Human Rights" of
"… Commissioner for Human Rights". Other cuts leave a word that names nobody: an opening
adverb ("Afterwards, the president said"), a demonym or adjective ("Ministerial", "Tamil"),
a document's part ("Article 5 of the treaty says"). `checked` grows a fragment back to the
whole run of its chunk, and turns a word that is no name into no speaker, so the reader
falls back on the next cue (or leaves the speaker unknown) rather than report a wrong
string.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Final

from bot.analysis.capitalised_runs import FIRST_PERSON
from bot.analysis.entities import Mention
from bot.analysis.lexicon import (
    DEMONYMS,
    NAME_PARTICLES,
    NON_ENTITY_WORDS,
    ONE_WORD_PARTIES,
    OPENING_PARTICIPLES,
    ORG_DESCRIPTOR_PATTERN,
    ORG_WORDS,
    PERSON_TITLES,
)

# Lowercase words inside one body's name ("Committee to Protect Journalists", "Council of
# Europe", "Commissioner for Human Rights", "Aid and Relief Centre").
_BODY_CONNECTORS: Final = frozenset({"of", "for", "to", "and", "on"})

# Words that open a sentence and never name anyone: "Afterwards, the president told…".
OPENING_ADVERBS: Final = frozenset(
    """Afterwards Afterward Subsequently Separately Elsewhere Previously Additionally
    Further Furthermore Nonetheless Nevertheless Meanwhile Later Earlier Then Now Still Yet
    Instead Initially Eventually Ultimately Overall Also Again Thereafter Hence Accordingly
    Consequently Regardless Otherwise Anyway Besides Lastly Next Today Yesterday Tomorrow
    Tonight Recently Lately Soon Once Here There""".split()
)
# Peoples and faiths used as adjectives ("Tamil leaders", "Kurdish officials"), beside
# lexicon.DEMONYMS ("Arab", "Western" and "Eastern" are there).
_PEOPLES: Final = frozenset(
    """Tamil Sinhalese Sinhala Kurdish Kurd Pashtun Baloch Uyghur Hindu Muslim Jewish
    Christian Catholic Protestant Arabic Shia Shiite Sunni Druze Alawite Yazidi Coptic
    Maori Aboriginal Indigenous Northern Southern""".split()
)
# Party words that also name one member: "the Utah Republican said".
_PARTY_MEMBERS: Final = frozenset({"Republican", "Democrat", "Conservative", "Liberal"})
# A document or its part quoted as if it spoke: "Article 5 of the treaty says".
_DOCUMENT_WORDS: Final = frozenset(
    """Article Articles Section Clause Paragraph Chapter Annex Statement Report Letter
    Document Resolution Decree Communique Communiqué""".split()
)
# Adjectives by their endings: "Ministerial", "Presidential", "Political", "Regional".
_ADJECTIVE = re.compile(r"[A-Z][a-z]{3,}(?:erial|ential|icial|incial|ical|ional|ative)")
# "-ly" adverbs, not surnames that end so ("Kelly", "Connolly", "Daly"): "Finally",
# "Separately", "Notably".
_ADVERB = re.compile(r"(?=[A-Z][a-z]{5,})[A-Z][a-z]*(?:ally|ully|[^l]ly)")

# Brackets end a run: "the Harbour Party (HP) Council" is two names and an acronym.
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
_PRONOUNS: Final = frozenset("he she it they we i you him her them us".split())
_TOKEN = re.compile(r"[A-Za-z][\w’'.&-]*|[()\[\]]")


def not_a_name(word: str) -> bool:
    """A single capitalised word that names no one (adverb, demonym, adjective, a part of a
    document)."""
    return (
        word in OPENING_ADVERBS
        or word in OPENING_PARTICIPLES
        or (word in DEMONYMS and word not in _PARTY_MEMBERS | ONE_WORD_PARTIES)
        or word in _PEOPLES
        or word in _DOCUMENT_WORDS
        or _ADJECTIVE.fullmatch(word) is not None
        or _ADVERB.fullmatch(word) is not None
    )


_OPENER = re.compile(r"\s*(?P<word>[A-Z][a-z]+),\s+")


# "At about 2 p.m., prosecutors say, …", "In a Friday filing, prosecutors said": a
# phrase of time or place opening the sentence, up to its comma, holds no subject; only
# before a subject of a few lowercase words, not before a clause of its own ("In New York,
# the chants were strong at the Inn, which Obama declared").
_OPENING_PHRASE = re.compile(
    r"\s*(?:In|On|At|During|Around|Shortly\s+(?:after|before)|Just\s+(?:after|before))\s"
    r"[^,“”\"]{1,50}?,\s+(?=[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}\s*(?:,|$))"
)


def opening_adverb(chunk: str) -> int:
    """Length of an opening adverb and its comma ("Afterwards, the president"), or of an
    opening phrase before a lowercase subject ("At about 2 p.m., prosecutors"), else 0."""
    if (phrase := _OPENING_PHRASE.match(chunk)) is not None:
        return phrase.end()
    found = _OPENER.match(chunk)
    if found is None:
        return 0
    word = found.group("word")
    adverb = word in OPENING_ADVERBS or _ADVERB.fullmatch(word) is not None
    return found.end() if adverb else 0


# "Leading Veridian daily Harbour Times", "State broadcaster RTV": capitalised words that
# describe a body, then what kind of body it is, then its name.
_DESCRIBED_BODY = re.compile(
    rf"\s*(?:[A-Z][\w-]*\s+){{1,3}}(?:{ORG_DESCRIPTOR_PATTERN})\s+(?=[A-Z])"
)


def described_body(chunk: str) -> int:
    """Length of the description before a body's name ("Leading Veridian daily "), else 0."""
    found = _DESCRIBED_BODY.match(chunk)
    return found.end() if found is not None else 0


def names_someone(speaker: str, mentions: Sequence[Mention] = ()) -> bool:
    """False for a bare pronoun ("They") or a single word that names no one; a name the
    story's `mentions` hold ("Everly") names someone, however it ends."""
    if speaker.lower() in _PRONOUNS:
        return False
    return " " in speaker or not not_a_name(speaker) or _named_like_an_adverb(speaker, mentions)


def _capitalised(token: str) -> bool:
    return token[:1].isupper() and token not in NON_ENTITY_WORDS and not not_a_name(token)


def _possessive(token: str) -> bool:
    return token.endswith(("’s", "'s", "’", "'"))


def whole_run(who: str, chunk: str, particles_only: bool) -> str | None:
    """The longer name `who` is cut from in `chunk` ("Von" → "Von der Leyen"), or None
    when `who` stands there whole (or is not there)."""
    tokens = [(m.group().rstrip(".,;:"), m.start()) for m in _TOKEN.finditer(chunk)]
    words = [t for t, _ in tokens]
    size = len(who.split())

    def next_to(i: int) -> bool:
        """Whether token i runs on into token i + 1: only a space between ("Pasadena, CNN",
        "Trump,” Hale" and "UN: PEACE" are two), or the full stop of initials ("U.S. Army")."""
        word, start = tokens[i]
        gap = chunk[start + len(word) : tokens[i + 1][1]]
        return not gap.strip() or (gap.strip() == "." and _INITIALS.fullmatch(word) is not None)

    runs: list[str] = []
    for at in range(len(words) - size + 1):
        if " ".join(words[at : at + size]) != who:
            continue
        first, last = at, at + size - 1
        # Leftwards: "Committee to" before "Protect Journalists", "van der" before "Berg".
        while first > 0 and next_to(first - 1):
            before = words[first - 1]
            if before.lower() in NAME_PARTICLES:  # "Von der Leyen" opening a sentence
                first -= 1
            elif not particles_only and before in _BODY_CONNECTORS and first > 1 and (
                _capitalised(words[first - 2]) and not _possessive(words[first - 2])
            ) and next_to(first - 2):
                first -= 2
            elif _capitalised(before) and not _possessive(before) and not particles_only:
                first -= 1
            else:
                break
        # Rightwards: "der Leyen" after "Von", "and Relief Centre" after "Aid".
        while last + 1 < len(words) and not _possessive(words[last]) and next_to(last):
            after = words[last + 1]
            joined = after.lower() in NAME_PARTICLES or (
                not particles_only and after in _BODY_CONNECTORS
            )
            if joined and last + 2 < len(words) and _capitalised(words[last + 2]) and (
                next_to(last + 1)
            ):
                last += 2
            elif _capitalised(after) and not particles_only:
                last += 1
            elif not particles_only and after in DEMONYMS and last + 2 < len(words) and (
                _capitalised(words[last + 2]) and next_to(last + 1)
            ):
                last += 2  # "League of United Latin American Citizens": inside the name
            else:
                break
        span = chunk[tokens[first][1] : tokens[last][1] + len(words[last])]
        if span == who:
            return None  # it stands whole somewhere in the chunk
        runs.append(span)
    return runs[-1] if runs else None


def _cut_from_body(who: str, run: str) -> bool:
    words, size = run.split(), len(who.split())
    starts = [i for i in range(len(words)) if words[i : i + size] == who.split()]
    if not starts:
        return False
    at = starts[-1]
    connector_before = at >= 2 and words[at - 1] in _BODY_CONNECTORS
    body_end = at + size < len(words) and (
        words[-1] in ORG_WORDS or words[at + size] in _BODY_CONNECTORS
    )
    return connector_before or body_end


def _body_like(run: str) -> bool:
    """'Committee to Protect Journalists', 'Commissioner for Human Rights': a body's or an
    office's name, which may hold lowercase connectors."""
    return any(word in ORG_WORDS or word in PERSON_TITLES for word in run.split())


def _named_like_an_adverb(word: str, mentions: Sequence[Mention]) -> bool:
    """'Everly told the judge' after "used Everly’s network": a name ending as an adverb
    does ("-ly"), which the story names as someone more than once."""
    return (
        _ADVERB.fullmatch(word) is not None
        and word not in OPENING_ADVERBS
        and sum(m.surface == word and m.type in ("person", "org") for m in mentions) >= 2
    )


def _owner(name: str, people: set[str]) -> str | None:
    """The one person named before whose whole name ends in `name`, in any case: "Von der
    Leyen" opening a sentence is the "Ursula von der Leyen" of the story."""
    owners = {p for p in people if f" {p.lower()}".endswith(f" {name.lower()}")}
    return owners.pop() if len(owners) == 1 else None


def checked(
    who: str,
    chunk: str,
    mentions: list[Mention],
    fold: Callable[[str], str],
    strip: Callable[[str], str],
) -> str | None:
    """`who` grown to its whole name in the chunk; None when it names no one. `fold`
    joins a name to the person known by it, `strip` takes the titles off a name."""
    if not who[:1].isupper():
        return who  # a description ("the minister") or a handle: not a name to check
    if any(FIRST_PERSON.fullmatch(word) for word in who.split()):
        return None  # "Sometimes I’ll … say, ‘…’": the quoted speaker's own "I"
    people = {m.canonical for m in mentions if m.type == "person"}
    # A person's name grows only by its particles ("Minister Ana Ruiz" keeps "Ana Ruiz"),
    # unless the run is plainly a body's: "the Commissioner for Human Rights" (a connector
    # just before), "the King Omar Aid and Relief Centre" (a body word closing it).
    full = whole_run(who, chunk, particles_only=False)
    # "Economics" of "Oxford Economics", taken for a person: one word inside a longer run
    # that is no title before a name.
    known = who in people and not (
        full is not None and (_cut_from_body(who, full) or (" " not in who and strip(full) != who))
    )
    run = whole_run(who, chunk, particles_only=True) if known else full
    words = who.split()
    if run is not None and " ".join(run.split()) != who:
        spaced = " ".join(run.split())
        extra = spaced.replace(who, " ").split()
        # "Lena Holt of Halden Bank", "Senator Ana Ruiz of Vermont": a whole name and the
        # body or the state it is with, not one name.
        placed = spaced.startswith(who + " ") and spaced.split()[len(words)] in _BODY_CONNECTORS
        # with a title before a known person's name: "Senator Ana Ruiz of Vermont"
        placed = placed or (who in people and strip(spaced).startswith(f"{who} of "))
        if any(word in _BODY_CONNECTORS for word in extra) and not placed:
            # "Secretary of State Rask": a title before a name, not a body cut at its end.
            if _cut_from_body(who, spaced) and _body_like(spaced):
                return spaced  # a body's whole name: no person's surname to fold it into
        elif not placed and all(
            word.lower() in NAME_PARTICLES or word[:1].isupper() for word in extra
        ):
            bare = strip(spaced)  # "Prime Minister Rask" is "Rask"
            owner = _owner(bare, people)
            if bare != who and (owner is not None or not bare[:1].islower()):
                # "Michery el Soheil": a particle alone does not start a name.
                grown = owner or fold(bare)
                # A known name holds the whole run ("Greta van der Berg").
                return grown if bare.lower() in grown.lower() else bare
    if known:
        return who
    if len(words) == 1 and not_a_name(words[0]) and not _named_like_an_adverb(who, mentions):
        return None
    if len(words) > 1 and (words[0] in OPENING_PARTICIPLES or words[0] in OPENING_ADVERBS):
        return None  # "Having Rask": an opening clause cut into the name
    if " " in who and who.split()[1].lower() in NAME_PARTICLES:
        return _owner(who, people) or who  # "Van der Berg" of "Maria van der Berg"
    return who


def quoted_namesakes(mentions: list[Mention], quoted: list[tuple[int, int]]) -> list[Mention]:
    """A bare surname outside quotes belongs to the namesake the story names outside them:
    after "MP Tomas Varga said" and his quote naming "former mayor Peter Varga", a later
    "Varga added" is Tomas, not the man he only spoke of."""

    def inside(mention: Mention) -> bool:
        return any(a <= mention.start < b for a, b in quoted)

    full = [m for m in mentions if m.type == "person" and " " in m.surface.strip()]
    outside_names = {m.canonical for m in full if not inside(m)}
    only_quoted = {m.canonical for m in full if inside(m)} - outside_names
    if not only_quoted:
        return mentions
    first_named: dict[str, int] = {}
    for named in full:
        first_named.setdefault(named.canonical, named.start)
    fixed = []
    for mention in mentions:
        if mention.canonical in only_quoted and not inside(mention) and " " not in (
            mention.surface.strip()
        ):
            last, first = mention.canonical.split()[-1], mention.canonical.split()[0]
            namesakes = {
                name for name in outside_names if name.split()[-1] == last
                # "Pete" and "Peter Santilli" are one man written two ways
                and not name.startswith(first) and not first.startswith(name.split()[0])
                and first_named[name] < first_named[mention.canonical]
            }
            if len(namesakes) == 1:
                mention = replace(mention, canonical=namesakes.pop())
        fixed.append(mention)
    return fixed


_WINDOW = 80  # characters either side of an occurrence, for the run it stands in


def as_written(speaker: str, text: str, strip: Callable[[str], str]) -> str:
    """A one-word speaker the article only ever writes inside one longer name ("Oxford"
    of "Oxford Economics" everywhere) is that name; otherwise as it is."""
    if " " in speaker or not speaker[:1].isupper():
        return speaker
    runs = set()
    for found in re.finditer(rf"(?<![\w’'-]){re.escape(speaker)}(?![\w’'-])", text):
        window = text[max(0, found.start() - _WINDOW) : found.end() + _WINDOW]
        start = found.start() - max(0, found.start() - _WINDOW)
        # Only the window's own sentence: a full stop or line break ends a run.
        left = max(window.rfind(". ", 0, start), window.rfind("\n", 0, start)) + 1
        ends = [e for e in (window.find(". ", start), window.find("\n", start)) if e >= 0]
        run = whole_run(speaker, window[left : min(ends, default=len(window))], False)
        if run is None:
            return speaker  # it stands alone somewhere
        runs.add(" ".join(run.split()))
    if len(runs) != 1:
        return speaker
    run = runs.pop()
    return run if strip(run) == run and names_someone(run) else speaker


def whole_body_name(speaker: str, mentions: list[Mention]) -> str:
    """'Commission' ("the Commission said") in a story that names the European Commission,
    and no other body of that kind, is the European Commission; otherwise as it is."""
    if " " in speaker or speaker not in ORG_WORDS:
        return speaker
    named = {
        m.canonical for m in mentions
        if m.type == "org" and m.canonical.endswith(f" {speaker}") and " and " not in m.canonical
    }
    return named.pop() if len(named) == 1 else speaker
