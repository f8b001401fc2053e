"""Whom a definite description in an attribution ("the foreign secretary", "the NATO
chief", "the top U.S. diplomat") refers back to: a person given that title or apposition
before, else the recent subject the role fits."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.analysis import ranks
from bot.analysis.entities import Mention
from bot.analysis.lexicon import (
    COUNTRY_WORDS,
    DEMONYMS,
    DESCRIPTION_ROLES,
    EPITHETS,
    EVERYDAY_ROLES,
    NATIONALITY_NOUNS,
    ORG_DESCRIPTORS,
    REGION_NAMES,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    TITLE_FILLERS,
)
from bot.analysis.sentences import Sentence, sentence_at
from bot.analysis.unnamed_sources import introduced_unnamed

if TYPE_CHECKING:
    from bot.analysis.quote_context import QuoteContext


# "the Irdai member said" after "Ivo Lenz, member of Irdai,": a member, like an everyday
# role, is only one the story titled so.
_TITLED_ONLY_ROLES = EVERYDAY_ROLES | {"member"}


def described_person(
    description: str,
    quote_start: int,
    text: str,
    mentions: list[Mention],
    sentence_of: dict[int, int],
    here: int,
    titled_only: bool = False,
) -> str | None:
    """The named person a definite description ("the foreign secretary") refers back to.

    First a person whose own title or apposition carries the description's role word;
    otherwise (unless `titled_only`) the most recent person named as a subject in reach.
    Only descriptions headed by a person role qualify; None when nothing fits: unknown
    rather than wrong.
    """
    # "the ex-minister" is a former minister: the role word is the same
    words = [re.sub(r"^ex-", "", w.strip(".,’'").lower()) for w in description.split()]
    while len(words) > 2 and words[-1].endswith("ly"):  # "the actress authoritatively"
        words.pop()
    if not words or words[0] != "the":
        return None
    head = words[: words.index("of")] if "of" in words else words  # "the secretary of state"
    # "the Spaniard", "the 24-year-old Briton": a person of a country, capitalised as written.
    nationals = [w for w in description.split()[1:] if w.strip(".,") in NATIONALITY_NOUNS]
    roles = [w for w in head if w in DESCRIPTION_ROLES or w.capitalize() in nationals]
    if head[-1] in _TITLED_ONLY_ROLES and head[-1] not in DESCRIPTION_ROLES:
        # "the commissioner said" after "Trade Commissioner Tom Wren": an everyday role
        # refers back only to one the story titled so; else it brings someone new.
        roles, titled_only = [head[-1]], True
    if not roles or head[-1] not in roles:
        return None  # "the clip", "the ad's narrator": not a person named earlier
    possessors = [w for w in description.split()[1:-1] if w.endswith(("'s", "’s"))]
    if any(not w[:1].isupper() for w in possessors):
        # "the prime minister's spokesman" works for someone: only one the story titled so;
        # "the EU’s chief negotiator" holds the body's office, as "the EU chief negotiator"
        titled_only = True
    # "Without naming Dahl, the ambassador said": in the quote's own sentence, the name
    # just before the description is no apposition to it (no comma closes one), since the
    # description is the speaker's own subject.
    own = f", {description.strip()}"
    mentions = [
        m
        for m in mentions
        if not (
            sentence_of.get(m.start) == here
            and text.startswith(own, m.end)
            and text[m.end + len(own) : m.end + len(own) + 1] != ","
        )
    ]
    people = [
        m
        for m in mentions
        if m.type == "person"
        and m.start < quote_start
        and here - sentence_of[m.start] <= 12
        and m.canonical not in DEMONYMS  # "the Republican" itself, taken for a name
    ]
    bodies = [  # "the NATO chief"; "the Spaniard" reads "Spanish" in a title
        NATIONALITY_NOUNS.get(w, re.sub(r"[’']s$", "", w))
        for w in description.split()[1:]
        if w[:1].isupper()
    ]
    readings = title_bodies(bodies)
    # A title given once, however far back, holds for the person's later mentions.
    earlier = [m for m in mentions if m.type == "person" and m.start < quote_start]
    by_role = {
        m.canonical
        for m in earlier
        if any(_titled_as(role, text, m) for role in roles) and ranks.same_rank(head, text, m)
    }
    by_body = {
        m.canonical
        for m in earlier
        if (any(titled_by(b, text, m) for b in readings) or _national_before(nationals, text, m))
        # "the Kremlin leader" is not "Kremlin spokesman Dmitry Peskov".
        and not (set(roles) <= _HEAD_ROLES and _SPEAKS_FOR_ANOTHER.search(
            text, max(0, m.start - 40), m.start))
    }
    # "the top U.S. diplomat" after "U.S. Secretary of State Rubio met Russian Foreign
    # Minister Lavrov": the role and the country together pick one of them.
    titled = (by_role & by_body) or by_role | by_body
    # "the top U.S. diplomat" is not "Russian Foreign Minister Sergei Lavrov", nor "the
    # California Republican" "Lars Berg, a New Mexico Republican".
    titled -= {
        m.canonical
        for m in earlier
        if all(titled_for_another_country(b, text, m) for b in readings)
        or _placed_otherwise(bodies, roles, text, m)
    }
    for mention in reversed(people):
        if mention.canonical in titled:
            return mention.canonical
    if len(titled) == 1:
        # "the Israeli ambassador" long after "Ambassador Lars Vik": the one holder of the
        # role stays the one it refers to, however many paragraphs of others came between.
        return titled.pop()
    # "the president" after "President Lena Markov met President Ivo Rask" and paragraphs
    # of others: one of the two holders, not the last person who spoke, but which is unclear.
    if titled_only or titled or introduced_unnamed(head[-1], text, quote_start, bodies):
        return None
    if "of" in words and any(w[:1].isupper() for w in description.split()[words.index("of"):]):
        return None  # "the governor of Pella province": its own place, not whoever spoke last
    # "Tory leader Michael Howard" is not who "the prime minister" refers back to.
    # "After meeting Ana Ruiz on Sunday, the chairman said": whom the describer's own
    # sentence names as an object is someone the described one dealt with, not them.
    recent = [
        m
        for m in people
        if here - sentence_of[m.start] <= 6
        and not _titled_otherwise(roles, text, m)
        # "the Briton" is no one titled "Spanish".
        and not (nationals and titled_for_another_country(bodies, text, m))
        and not _placed_otherwise(bodies, roles, text, m)
        and (m.subject_like or sentence_of[m.start] != here)
        and not _speaks_of(" ".join(head), text, m)
    ]
    # "under his successor, Ivo Rask, who is a reformist": a name in apposition to another
    # noun is what the clause is about, no subject of the story's own.
    subjects = [
        m for m in recent
        if m.subject_like and not _APPOSED.search(text, max(0, m.start - 40), m.start)
    ]
    chosen = subjects or recent
    if set(roles) <= _PARTY_ROLES and bodies:
        # "the South Dakota Republican" after "President Tom Kestrel met Senator Ruth
        # Grange": a state's party member sits in Congress or a statehouse.
        lawmakers = {
            m.canonical for m in earlier if any(_titled_as(r, text, m) for r in _LAWMAKERS)
        }
        chosen = [m for m in recent if m.canonical in lawmakers] or chosen
    return chosen[-1].canonical if chosen else None


_PARTY_ROLES = frozenset({"republican", "democrat"})
_LAWMAKERS = ("senator", "representative", "congressman", "congresswoman", "governor")


def _speaks_of(description: str, text: str, mention: Mention) -> bool:
    """'Tom Hale said the prime minister needed to act': whoever's own sentence goes on to
    name the description speaks of another, not as that one."""
    rest = _SENTENCE_END.split(text[mention.end : mention.end + 300])[0].lower()
    # Not "delivered her speech as the Democratic nominee": she is the one described there.
    return any(
        re.match(rf"{re.escape(description)}\b", rest[verb.end() :])
        for verb in _SAID_THAT.finditer(rest)
    )


_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"]?\s+(?=[A-Z“\"])")
_SAID_THAT = re.compile(rf"\b(?:{SPEECH_VERBS})\s+(?:that\s+)?", re.IGNORECASE)


# "The lawmaker, from Ivo Rask's party,": a description of one person, an apposition after.
_PERSON_DESCRIPTION = re.compile(r"(?P<who>The\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s")


def opening_description(
    opening: Sentence,
    at: int,
    here: int,
    text: str,
    mentions: list[Mention],
    sentence_of: dict[int, int],
) -> str | None:
    """Whom a sentence opening 'The lawmaker, from Ivo Rask's party,' describes: never one
    named inside that sentence's own apposition."""
    if (opener := _PERSON_DESCRIPTION.match(opening.text)) is None:
        return None
    others = [m for m in mentions if sentence_of.get(m.start) != opening.index]
    return described_person(opener.group("who"), at, text, others, sentence_of, here)


_APPOSED = re.compile(r"\s[a-z][\w’'-]*,[ \t\xa0]+$")
_GENERIC_ROLES = (
    frozenset("leader chief head official republican democrat diplomat".split())
    | EPITHETS
    | {noun.lower() for noun in NATIONALITY_NOUNS}
)
_WORDS_BEFORE = re.compile(r"(?:[\w’'-]+[ \t\xa0]+){1,3}$")


def _titled_otherwise(roles: list[str], text: str, mention: Mention) -> bool:
    """A role word other than the description's right before the name ("leader Howard").
    A generic description ("the Italian leader", "the Republican") fits any title."""
    if set(roles) <= _GENERIC_ROLES:
        return False
    run = _WORDS_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    words = {w.lower() for w in run.group().split()} if run else set()
    return bool(words & DESCRIPTION_ROLES - set(roles))


def body_head(
    description: str, quote_start: int, text: str, mentions: list[Mention],
    sentence_of: dict[int, int], here: int,
) -> str | None:
    """'the SNP chief' after 'nationalist leader Alex Salmond': the one person just named
    as a leader whose title names no other body; None when none or several were."""
    words = description.strip(" .,").split()
    if len(words) < 3 or words[0].lower() != "the" or words[-1].lower() not in _HEAD_ROLES:
        return None
    bodies = {w for w in words[1:-1] if w[:1].isupper()}
    heads = {
        m.canonical
        for m in mentions
        if m.type == "person"
        and m.start < quote_start
        and here - sentence_of[m.start] <= 3
        and _headed_without_body(bodies, text, m)
    }
    return heads.pop() if bodies and len(heads) == 1 else None


def _headed_without_body(bodies: set[str], text: str, mention: Mention) -> bool:
    """'Scottish nationalist leader Alex Salmond': a head's title right before the name,
    with no body's name in it other than the description's ("Labour leader" is not)."""
    run = _WORDS_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    words = run.group().split() if run is not None else []
    if not words or words[-1].lower() not in _HEAD_ROLES:
        return False
    return all(
        w in bodies or w in _COUNTRY_WORDS for w in words[:-1] if w[:1].isupper()
    )


def _national_before(nationals: list[str], text: str, mention: Mention) -> bool:
    """'Spanish tennis star Ana Ruiz' for "the Spaniard": the country's adjective a few
    words before the name, in the same sentence."""
    if not nationals:
        return False
    adjective = re.escape(NATIONALITY_NOUNS[nationals[0].strip(".,")])
    before = text[max(0, mention.start - 50) : mention.start]
    return re.search(rf"\b{adjective}(?:\s+[\w’'-]+){{0,3}}\s+$", before) is not None


# Where a government sits stands for its country in a description: "the Kremlin leader" is
# the one the story titles "Russian President", as "the Russian leader" is.
_SEATS_OF_GOVERNMENT = {
    "Kremlin": ("Russian", "Russia", "Russia's", "Russia’s"),
    "Elysee": ("French", "France", "France's", "France’s"),
    "Élysée": ("French", "France", "France's", "France’s"),
}


# A body's head, and the titles of those who speak or act for one.
_HEAD_ROLES = frozenset("leader chief head boss".split())
_SPEAKS_FOR_ANOTHER = re.compile(
    r"\b(?:spokes(?:man|woman|person)|press\s+secretary|aide|advis[eo]r|envoy|deputy|"
    r"ambassador)\s+$",
    re.IGNORECASE,
)


def title_bodies(bodies: list[str]) -> list[list[str]]:
    """The readings of a description's capitalised words in a title: as written, and for
    a seat of government ("Kremlin") each word its country's titles use."""
    if len(bodies) == 1 and bodies[0] in _SEATS_OF_GOVERNMENT:
        return [bodies] + [[word] for word in _SEATS_OF_GOVERNMENT[bodies[0]]]
    return [bodies]


# Nationalities and places in a title, not its filler words ("State") or parties.
_COUNTRY_WORDS = COUNTRY_WORDS - TITLE_FILLERS - frozenset(
    "Democrat Democratic Republican Conservative Liberal Labour Senior Top Then".split()
)
_TITLE_RUN = re.compile(r"(?:(?:[A-Z][\w.’'-]*|of|for)\s+){1,6}$")


def titled_for_another_country(bodies: list[str], text: str, mention: Mention) -> bool:
    """Whether a nationality or place in the person's title differs from the description's."""
    if not bodies:
        return False
    run = _TITLE_RUN.search(text, max(0, mention.start - 60), mention.start)
    if run is None:
        return False
    countries = {w for w in run.group().split() if w in _COUNTRY_WORDS}
    return bool(countries) and not countries & set(bodies)


_PLACED_ROLE = re.compile(
    r"\s*,\s*(?:the|a|an)\s+(?P<place>(?:[A-Z][\w.’'-]*\s+){1,3})(?P<role>[\w-]+)"
)


def _placed_otherwise(bodies: list[str], roles: list[str], text: str, mention: Mention) -> bool:
    """'Lars Berg, a New Mexico Republican' for "the California Republican": the same role,
    given with another place in the apposition after the name; 'Sen. Ana Ruiz (R-Ohio)'
    for "the Texas senator": a lawmaker's label names another state."""
    places = [word for word in bodies if word.lower() not in roles]
    if not places:
        return False
    if (label := _PARTY_LABEL.match(text, mention.end)) is not None:
        # "the U.S. senator", "the Democratic senator": no state to compare
        return " ".join(places) in REGION_NAMES and not _same_place(
            label.group("place"), " ".join(places))
    apposition = _PLACED_ROLE.match(text, mention.end)
    if apposition is None or apposition.group("role").lower() not in roles:
        return False
    return apposition.group("place").split() != places


# "(R-Ohio)", "(D-N.Y.)" after a lawmaker's name (commas already made brackets).
_PARTY_LABEL = re.compile(r"\s*\((?:R|D|I|DFL|GOP|Ind)-(?P<place>[A-Z][^()]{0,29})\)")


def _same_place(label: str, place: str) -> bool:
    """'Fla.' or 'N.Y.' for 'Florida' or 'New York': the label's letters, in order, from
    the place's first letter."""
    short, full = (re.sub(r"[^a-z]", "", w.lower()) for w in (label, place))
    if not short or not full or short[0] != full[0]:
        return False
    rest = iter(full)
    return all(letter in rest for letter in short)


def titled_by(bodies: list[str], text: str, mention: Mention) -> bool:
    """'NATO Secretary General Mark Rutte' for 'the NATO chief': the body heads his title."""
    if not bodies:
        return False
    before = text[max(0, mention.start - 60) : mention.start]
    return _title_headed_by(tuple(bodies)).search(before) is not None


# Lower-case words a title may hold ("French president Ana Ruiz", "his Spanish
# counterpart, Ana Ruiz"): roles and their modifiers, not any words before a name.
_LOWER_TITLE_WORDS = "|".join(
    sorted(DESCRIPTION_ROLES | {"counterpart", "foreign", "defence", "defense", "former"})
)


@lru_cache(maxsize=256)
def _title_headed_by(bodies: tuple[str, ...]) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(word) for word in bodies)
    return re.compile(
        rf"\b{body}(?:\s+(?:[A-Z][\w.-]*|of|for)){{0,5}}\s+$"
        rf"|\b{body}(?:\s+(?:{_LOWER_TITLE_WORDS})){{1,3}},?\s+$"
    )


_ABBREVIATIONS = {"governor": "gov", "senator": "sen", "representative": "rep", "general": "gen"}
# The titles of those who sit in a legislature.
_LEGISLATORS = (
    "senator", "representative", "congressman", "congresswoman", "mp", "assemblyman",
    "assemblywoman", "assemblymember",
)
# A country's "top diplomat" holds one of these titles.
TITLES_FOR = {
    "diplomat": ("secretary of state", "foreign minister", "foreign secretary"),
    "premier": ("prime minister",),  # "the premier added" after "Prime Minister Ana Ruiz"
    # "the lawyer said" after "Barrister Ivo Rask SC said …"
    "lawyer": ("barrister", "attorney", "counsel", "solicitor", "advocate"),
    # "the UN chief said" after "The UN secretary-general, António Guterres,"
    "chief": ("secretary-general", "secretary general", "director-general", "director general"),
    # "the lawmaker said" after "Senator Ana Ruiz" or "Rep. Tom Hale"
    "lawmaker": _LEGISLATORS,
    "legislator": _LEGISLATORS,
}


def _titled_as(role: str, text: str, mention: Mention) -> bool:
    """'Foreign Secretary Anna Talvik' or 'Talvik, the foreign secretary,' for 'secretary'."""
    before = text[max(0, mention.start - 40) : mention.start]
    after = text[mention.end : mention.end + 60].lower()
    title, apposition = _role_patterns(role)
    # "Secretary of State Marco Rubio met Volodymyr Zelenskiy": a title holds only for the
    # name it runs into, not for one after a verb.
    if any(
        TITLE_RUNS_ON.fullmatch(before, m.end()) and not _WORKS_FOR.match(before, m.end())
        for m in title.finditer(before.lower())
    ):
        return True
    if _AFTER_PARTICIPLE.search(before):
        return False  # "Addressing Ruiz, the premier thanked her": the premier is another
    return apposition.match(after) is not None


# "Tom Lau, the spokesman for President Ana Ruiz": the role is Lau's; Ruiz is whom he works
# for ("Minister for Trade Ana Ruiz" holds her own title).
_WORKS_FOR = re.compile(
    r"(?:(?<=spokesman)|(?<=spokeswoman)|(?<=spokesperson))\s+for\b", re.IGNORECASE
)
_AFTER_PARTICIPLE = re.compile(r"(?:^|[.!?]\s+|\n)[A-Z][a-z]{3,}ing\s+$")
# "Taoiseach (Irish PM) Leo Varadkar": a gloss in brackets runs on too.
TITLE_RUNS_ON = re.compile(
    r"(?:[\s.,-]+|\b(?:of|for|the|and|state|general|foreign|former)\b|[A-Z][\w’'.-]*"
    r"|\([^()\n]{1,30}\))*"
)


@lru_cache(maxsize=128)
def _role_patterns(role: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The role as a title before a name, and as an apposition after it (both lower case)."""
    titles = {role, *TITLES_FOR.get(role, ())}
    # "Sen." for "senator", whether the role is the title or one of the role's titles
    names = sorted(titles | {_ABBREVIATIONS[t] for t in titles if t in _ABBREVIATIONS})
    title = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    # "Tom Hale, 64, a longtime farmer": an age may come first.
    apposition = re.compile(
        r"\s*,\s*(?:\d{1,3}\s*,\s*)?(?:the|a|an)?\b[^,.;]*\b" + re.escape(role) + r"\b"
    )
    return title, apposition


# "“…,” said the Varnan man" right after resident Karim Tamir's quote: a plain man or
# woman, no role that could point further back, is the one just quoted.
_PLAIN_PERSON = re.compile(r"the\s+(?:[A-Za-z][\w-]*\s+){0,2}(?P<noun>man|woman)", re.I)


# "“…,” the Shropshire photographer added": one person of any calling (no plural), going on.
_ONE_OF_A_CALLING = re.compile(r"the\s+(?:[\w-]+\s+){0,2}(?P<noun>[a-z]*[a-rt-z])", re.I)
# Nouns of no calling: an unnamed source ("the person added") or a body ("the group").
_NO_CALLING = ORG_DESCRIPTORS | SOURCE_NOUNS


def just_quoted(
    description: str, context: QuoteContext, here: int, goes_on: bool = False
) -> str | None:
    """The named person quoted in the sentence just before, whom a plain "the man" or
    "the woman" of their gender describes, or any one person's calling that `goes_on`
    ("the photographer added"); None otherwise."""
    description = description.strip(" .,")
    match = _PLAIN_PERSON.fullmatch(description)
    if match is None:
        calling = _ONE_OF_A_CALLING.fullmatch(description) if goes_on else None
        last = context.last_quote
        if calling is None or last is None or calling.group("noun").lower() in _NO_CALLING:
            return None
        # the quote just before, however short, and its speaker a person the story names
        name, end = last
        before = sentence_at(context.sentences, end).index
        person = any(m.type == "person" and m.canonical == name for m in context.mentions)
        return name if person and here - before == 1 else None
    previous = context.previous
    if previous is None or here - previous.sentence != 1:
        return None
    name, gender = previous.name, "m" if match.group("noun").lower() == "man" else "f"
    person = any(m.type == "person" and m.canonical == name for m in context.mentions)
    return name if person and context.genders.get(name, gender) == gender else None


# "his lawyer says", "her attorney said": a client's counsel, whom the story may have named
# with a lawyer's title ("Barrister Ivo Rask") before; never the client. The words are the
# lawyer's titles the description reader already knows.
_COUNSEL = re.compile(
    rf"(?:his|her|their)\s+(?:[a-z]+\s+)?(?:lawyer|{'|'.join(TITLES_FOR['lawyer'])})",
    re.IGNORECASE,
)


def counsel_named(
    description: str,
    quote_start: int,
    text: str,
    mentions: list[Mention],
    sentence_of: dict[int, int],
    here: int,
) -> str | None:
    """'her lawyer says' after 'Barrister Ivo Rask said': the lawyer the story titled so."""
    if _COUNSEL.fullmatch(description.strip(" ,.")) is None:
        return None
    return described_person("the lawyer", quote_start, text, mentions, sentence_of, here, True)
