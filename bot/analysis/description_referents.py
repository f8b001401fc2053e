"""Whom a description in an attribution refers back to, when the article has named them.

Reporters name a body or person once and then describe it: "the bank said" after "analysts
at the investment bank Harrow Lyle", "wrote the center" after "the Coastal Forecast Center",
"said the 41-year-old" after a match report on one player, "a ministry spokeswoman said"
beside a quote that opens with the ministry's name. The reader resolves these from the name
that fits the description's noun; an indefinite source that names no body ("a senior
official") is not one of these and stays as it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.analysis import (
    body_kinds,
    described_people,
    epithets,
    later_named,
    qualified_bodies,
)
from bot.analysis.bare_titles import title_alone
from bot.analysis.capitalised_runs import NAME_RUN, NAME_TOKEN
from bot.analysis.lexicon import (
    DEMONYMS,
    NON_ENTITY_WORDS,
    ORG_DESCRIPTORS,
    PLACES,
    SPEECH_VERBS,
)
from bot.analysis.qualified_bodies import ON_A_SUBJECT
from bot.analysis.quote_cues import named_as, spokesperson_for
from bot.analysis.quote_spans import paragraph_end
from bot.analysis.sentences import sentence_at
from bot.analysis.spokesperson_chain import introduced_body, whole_body
from bot.analysis.title_holders import capitalised_title, title_holder

if TYPE_CHECKING:
    from bot.analysis.entities import Mention
    from bot.analysis.quote_context import QuoteContext

# The words a body's own name carries for a description's noun. "The agency" is as often an
# "Administration", a "Service" or a "Center" as an "Agency".
_NAME_WORDS: dict[str, tuple[str, ...]] = {
    "bank": ("Bank", "Banking"),
    "lender": ("Bank",),
    "center": ("Center", "Centre"),
    "centre": ("Centre", "Center"),
    "agency": ("Agency", "Administration", "Service", "Center", "Centre", "Bureau", "Authority"),
    "bureau": ("Bureau",),
    "ministry": ("Ministry",),
    "department": ("Department",),
    "commission": ("Commission",),
    "committee": ("Committee",),
    "council": ("Council",),
    "regulator": ("Authority", "Commission", "Regulator"),
    "institute": ("Institute",),
    "authority": ("Authority",),
    "service": ("Service",),
    "office": ("Office",),
    "union": ("Union",),
    "foundation": ("Foundation",),
    "university": ("University",),
    # "The hospital said" after "St. Mary’s Medical Center"
    "hospital": ("Hospital", "Medical Center", "Medical Centre", "Infirmary"),
    "court": ("Court",),
    "bench": ("Court",),  # "the bench said in its order": the court's judges sitting
    "embassy": ("Embassy",),
    "force": ("Police", "Force", "Constabulary"),  # "the force" after "the Capitol Police"
    "palace": ("Palace",),  # "the palace" after "Buckingham Palace officials"
    "consulate": ("Consulate",),
    # "the assembly said" after "the Legislative Assembly of the Varna Islands".
    "assembly": ("Assembly",),
    "parliament": ("Parliament",),
    "legislature": ("Legislature", "Assembly", "Parliament"),
    # "the group wrote" after "the trade group for the Varna Shield plans", not "Halden Group"
    "group": ("Group",),
}
# Nouns that fit any body: "a company spokesperson" beside the company's own statement.
_ANY_BODY = frozenset("company firm group organisation organization".split())

_NAME = rf"{NAME_TOKEN}(?:[ \t\xa0]+{NAME_TOKEN}){{0,3}}"


def _named_with(words: tuple[str, ...]) -> re.Pattern[str]:
    """A capitalised run that holds one of `words`: "Coastal Forecast Center", "Bank of X",
    "Commission on Ethics"."""
    alternatives = "|".join(words)
    return re.compile(
        rf"(?<![\w’'])(?:{NAME_RUN}[ \t\xa0]+)?(?:{alternatives})\b"
        rf"(?:[ \t\xa0]+(?:of|for|{ON_A_SUBJECT})[ \t\xa0]+(?:the[ \t\xa0]+)?{NAME_RUN})?"
        r"(?![’'])"
    )


def _introduced_as(noun: str, verbs_between: bool = False) -> re.Pattern[str]:
    """'investment banking giant Harrow Lyle': the noun, a word or two, then the name."""
    # (not "chief of department and Philip Rivera": a conjunction starts another noun; nor,
    # in a sentence before, "the commission said that MAGA Inc never alleged": a verb starts
    # the clause's rest)
    between = _CONJUNCTION if verbs_between else _NOT_IN_A_NOUN
    return re.compile(
        rf"\b{noun}\w*[ \t\xa0]+(?:(?!{between}\b)[a-z][\w-]*[ \t\xa0]+){{0,2}}"
        rf"(?P<name>{_NAME})"
    )


_CONJUNCTION = r"(?:and|or|but|nor)"
_NOT_IN_A_NOUN = (
    r"(?:and|or|but|nor|that|which|who|said|says|found|finds|has|had|have|is|was|were|will"
    r"|would|[a-z]+ed)"
)


def _possessed(noun: str) -> re.Pattern[str]:
    """'India’s embassy in Lisbon': a body named by whose it is and where it sits."""
    return re.compile(
        rf"(?<![\w’'])(?:{_NAME})[’']s[ \t\xa0]+{noun}\b"
        rf"(?:[ \t\xa0]+(?:in|to)[ \t\xa0]+{_NAME})?"
    )


def _clean(name: str) -> str | None:
    words = name.split()
    while words and (words[0] in NON_ENTITY_WORDS or words[0] in {"The", "the"}):
        words.pop(0)
    cleaned = " ".join(words).rstrip(".")
    if not cleaned or cleaned in PLACES or cleaned.lower() in _NAME_WORDS:
        return None
    return cleaned


def described_body(noun: str, text: str, before: int) -> str | None:
    """The body last named before `before` that a definite "the <noun>" fits: its name
    carries the noun's word, or the noun introduced it. None for a noun that fits any body
    ("the company"): the nearest organisation decides those."""
    words = _NAME_WORDS.get(noun.lower())
    if words is None:
        return body_kinds.kind_body(noun, text, before)  # "the church": one of its kind
    found: list[tuple[bool, int, str]] = []
    # "The council said that Ivo Rask and Tove Brandal wrote: “…”": in the quote's own
    # sentence, the name the body's words go on to.
    sentence_start = max(text.rfind(". ", 0, before), text.rfind("\n", 0, before)) + 1
    patterns = (
        (_named_with(words), 0, 0),
        (_introduced_as(noun.lower()), "name", 0),
        (_introduced_as(noun.lower(), verbs_between=True), "name", sentence_start),
        (_possessed(noun.lower()), 0, 0),
    )
    for pattern, group, start in patterns:
        for match in pattern.finditer(text, start, before):
            if (name := _clean(match.group(group))) is not None:
                # "sentenced by Tanjung District Court": an agent named in passing, after
                # any body the story names as acting on its own.
                agent = _BY_BEFORE.search(text, max(0, match.start() - 10), match.start())
                found.append((agent is None, match.start(), name))
    return max(found)[2] if found else None


_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")


def definite_body(description: str, text: str, before: int) -> str | None:
    """'The Embassy says' after 'India’s embassy in Lisbon says': a body's kind alone,
    capitalised or not, is the body of that kind named before; None when none was. The
    kinds any organisation may be ("the ministry") fall back on the nearest one instead."""
    match = re.fullmatch(r"the\s+(?P<noun>[a-z]+)", description.strip(" .,"), re.IGNORECASE)
    if match is None or match.group("noun").lower() in ORG_DESCRIPTORS:
        return None
    return described_body(match.group("noun"), text, before)


def definite(description: str, text: str, mentions: list[Mention], before: int) -> str | None:
    """A body's kind or a capitalised title, each standing for the one it names."""
    return (
        definite_body(description, text, before)
        or capitalised_title(description, text, mentions, before)
        or introduced_body(description, text, before, mentions)  # "the spokesperson added"
        or qualified_bodies.qualified_body(description, text, mentions, before)
    )


_DEFINITE_BODY = re.compile(r"the\s+(?:[a-z-]+\s+){0,2}(?P<noun>[a-z]+)", re.IGNORECASE)
def resolve(
    description: str,
    text: str,
    mentions: list[Mention],
    quote_start: int,
    here: int,
) -> str | None:
    """The named referent of a definite description no person role heads: an age ("the
    36-year-old") or a body's kind ("the center", "the agency")."""
    cleaned = description.strip(" .,")
    if epithets.is_epithet(cleaned):  # "the 36-year-old", "the three-time champion"
        return epithets.person_described(cleaned, text, mentions, quote_start, here)
    if (members := _MEMBERS.fullmatch(cleaned)) is not None:
        noun = members.group("body") or _BODY_OF[members.group("plural").lower()]
        return described_body(noun, text, quote_start)
    if _GROUP.fullmatch(cleaned) is not None:
        return (
            group_leader(text, mentions, quote_start, here)
            or body_kinds.group_body(text, quote_start)
            or _authors_body(cleaned, text, mentions, quote_start, here)
        )
    if re.fullmatch(r"the\s+sources", cleaned, re.IGNORECASE):
        return named_sources(text, quote_start)
    if (report := _REPORT.fullmatch(cleaned)) is not None:
        noun = report.group("noun")
        return body_kinds.document_author(noun, text, mentions, quote_start, here)
    if (qualified := qualified_bodies.qualified_body(cleaned, text, mentions, quote_start)):
        return qualified
    if (body := _DEFINITE_BODY.fullmatch(cleaned)) is not None:
        return described_body(body.group("noun"), text, quote_start)
    return None


_GROUP_REACH = 12

# "the lawmakers", "the researchers": the group a named person and colleagues make up.
_GROUP = re.compile(
    r"the\s+(?:[a-z-]+\s+)?(?:lawmakers|legislators|senators|members|researchers|scientists|"
    r"authors|investigators)",
    re.IGNORECASE,
)
# "the commissioners" after "the Halden Commission", "the committee members": the body they
# sit on, not a group a named person leads.
_MEMBERS = re.compile(
    r"the\s+(?:(?P<body>commission|committee|panel|board|council)(?:[’']s)?\s+members"
    r"|(?P<plural>commissioners|panell?ists))",
    re.IGNORECASE,
)
_BODY_OF = {"commissioners": "commission", "panelists": "panel", "panellists": "panel"}
_AND_COLLEAGUES = re.compile(
    r"\s+and\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:colleagues|co-authors|team|fellow\s+[a-z]+)\b"
)


def group_leader(text: str, mentions: list[Mention], quote_start: int, here: int) -> str | None:
    """'Ana Ruiz and her colleagues asked …. “…,” the lawmakers wrote': the named person
    who leads the group, the last one named so within reach."""
    leaders = [
        m
        for m in mentions
        if m.type == "person"
        and m.start < quote_start
        and here - m.sentence <= _GROUP_REACH
        and _AND_COLLEAGUES.match(text, m.end)
    ]
    return leaders[-1].canonical if leaders else None


def _authors_body(
    group: str, text: str, mentions: list[Mention], quote_start: int, here: int
) -> str | None:
    """'the authors wrote' after 'The Halden Commission published its final report': the
    ones who put out the report named before."""
    if not group.lower().endswith("authors"):
        return None
    return body_kinds.document_author("report", text, mentions, quote_start, here)


def named_body(noun: str, text: str, before: int) -> str | None:
    """'the airline' after 'airline Skyjet', or 'the center' after 'the Coastal Forecast
    Center': the name the descriptor introduced, else one that carries its word."""
    return named_as(noun, text, before) or described_body(noun, text, before)


# "Velora says it will …": a name that "it" takes up is a body's, whatever its type.
_SAYS_IT = re.compile(
    rf"(?<![\w’'])(?P<name>{NAME_TOKEN}(?:[ \t\xa0]+{NAME_TOKEN}){{0,2}})[ \t\xa0]+"
    r"(?:says|said|announced|confirmed|wrote|added)[ \t\xa0]+(?:that[ \t\xa0]+)?it\b"
)


def called_it(text: str, before: int, mentions: list[Mention]) -> str | None:
    """'the company' when no organisation was found: the body the article is about, the
    name most often said to speak of itself as "it" before the quote, else the
    organisation whose words open the wire story ("Halden Co said sales rose …")."""
    names = [
        m.group("name")
        for m in _SAYS_IT.finditer(text, 0, before)
        if m.group("name").split()[0] not in NON_ENTITY_WORDS
    ]
    bodies = [m.canonical for m in mentions if m.type == "org" and m.start < before]
    if not names:
        names = [
            m.canonical
            for m in mentions
            if m.type == "org" and m.sentence == 0 and _SPEAKS.match(text, m.end)
        ]
        if not names:
            return None
    name = max(reversed(names), key=names.count)
    # "Halden Acquisition said it" short for the "Halden Acquisition Co" named once.
    return next((body for body in bodies if body.startswith(f"{name} ")), name)


_SPEAKS = re.compile(rf"[ \t\xa0]+(?:also[ \t\xa0]+)?(?:{SPEECH_VERBS})\b")
# "the congressional report" names its author by the adjective: only plain reports here.
_NAMED_SOURCES = re.compile(rf"(?<![\w’'])(?P<name>{_NAME})[ \t\xa0]+sources\b")


def named_sources(text: str, before: int) -> str | None:
    """'the sources said' after 'Halden Bank sources said': those sources, named by their
    body in the paragraph or the one before; a nationality names no one."""
    paragraph = text.rfind("\n", 0, before) + 1  # 0 in the first paragraph
    previous_end = len(text[:paragraph].rstrip("\n"))
    start = text.rfind("\n", 0, previous_end) + 1
    found = list(_NAMED_SOURCES.finditer(text, start, before))
    if not found:
        return None
    name = found[-1].group("name")
    if (cleaned := _clean(name)) is None or name.split()[-1] in DEMONYMS:
        return None
    return f"{cleaned} sources"


_REPORT = re.compile(
    r"the\s+(?:(?:annual|new|latest|open|executive|white)\s+)?(?:draft\s+)?(?P<noun>report|study|"
    r"survey|research|analysis|communique|letter|opinion|ruling|judge?ment|verdict|document|"
    r"paper|draft|lawsuit|suit|complaint|guidance|guidelines|memo|memorandum|filing|order)",
    re.IGNORECASE,
)


def spokesperson(
    description: str, organisations: list[Mention], context: QuoteContext, quote_start: int
) -> str | None:
    """The body an indefinite spokesperson speaks for: one named in the attribution, else
    one of the kind the description gives, named in its paragraph."""
    if (named := spokesperson_for(description, organisations)) is not None:
        return whole_body(named, context.mentions, quote_start)  # "a Commission spokesman"
    return body_spokesperson(
        description, context.text, context.mentions, quote_start
    ) or _reporting_body_before(description, context, quote_start)


_BARE_SPOKESPERSON = re.compile(r"(?:a|an|one)\s+spokes(?:man|woman|person)", re.IGNORECASE)
_REPORTS = re.compile(rf"\b(?:{SPEECH_VERBS})\b")


def _reporting_body_before(
    description: str, context: QuoteContext, quote_start: int
) -> str | None:
    """'The Unification Ministry confirmed to NBC News that …. “…,” a spokesperson said.':
    a spokesperson of no named body speaks for the body whose report the sentence before
    opens with."""
    if _BARE_SPOKESPERSON.fullmatch(description.strip(" .,")) is None:
        return None
    here = sentence_at(context.sentences, quote_start).index
    if here == 0:
        return None
    before = context.sentences[here - 1]
    opening = [m for m in context.outside if before.start <= m.start < before.end]
    opening = [m for m in opening if m.type in ("org", "person")][:1]
    if not opening or opening[0].type != "org" or not opening[0].subject_like:
        return None
    return opening[0].canonical if _REPORTS.search(before.text) else None


_BODY_SPOKESPERSON = re.compile(
    r"(?:a|an|one)\s+(?:(?P<noun>[a-z]+)\s+(?:spokes\w+|representative)"
    # "a spokesperson for the ministry": the same body, named after the role
    r"|(?:spokes\w+|representative)\s+(?:for|of|at|from)\s+the\s+(?P<after>[a-z]+))",
    re.IGNORECASE,
)


def _spokesperson_noun(description: str) -> str | None:
    match = _BODY_SPOKESPERSON.fullmatch(description.strip(" .,"))
    if match is None:
        return None
    return (match.group("noun") or match.group("after")).lower()


# The statement of a body's spokesperson often opens with the body's name as its subject.
_OPENING_SUBJECT = re.compile(rf"[“\"‘']?\s*(?P<name>{_NAME})\s+[a-z]")


def body_spokesperson(
    description: str,
    text: str,
    mentions: list[Mention],
    quote_start: int,
) -> str | None:
    """'a company spokesperson' / 'a bureau spokesperson': the body of that kind the
    paragraph names (its quote included), else one whose statement opens with a name the
    article gave before."""
    noun = _spokesperson_noun(description)
    if noun is None:
        return None
    words = _NAME_WORDS.get(noun, ())
    if not words and noun not in _ANY_BODY:
        return None
    start = text.rfind("\n", 0, quote_start) + 1
    end = paragraph_end(text, quote_start)
    bodies = [m for m in mentions if m.type == "org" and start <= m.start < end]
    fitting = [m for m in bodies if noun in _ANY_BODY or _fits(m.canonical, noun, words)]
    if fitting:
        return fitting[0].canonical
    opening = _OPENING_SUBJECT.match(text, quote_start)
    name = _clean(opening.group("name")) if opening else None
    if name and name not in {m.canonical for m in mentions if m.type == "person"}:
        named_before = re.search(rf"\b{re.escape(name)}\b", text[:start]) is not None
        if named_before and (noun in _ANY_BODY or _fits(name, noun, words)):
            return name
    # "a ministry spokesperson" paragraphs after "the Ministry of Defence": the one
    # ministry the story named; with two, which one speaks is not ours to guess.
    earlier = {
        m.canonical
        for m in mentions
        if m.type == "org" and m.start < start and words and _fits(m.canonical, noun, words)
    }
    return earlier.pop() if len(earlier) == 1 else None


def any_body_noun(description: str) -> str | None:
    """'a company spokesperson', 'a group spokesman': the noun, when it fits any body."""
    noun = _spokesperson_noun(description)
    return noun if noun in _ANY_BODY else None


def _fits(name: str, noun: str, words: tuple[str, ...]) -> bool:
    """Whether a body's name fits the noun: it carries one of the noun's words, or is an
    acronym with the noun's initial after its first letter ("the bureau" and the FBI)."""
    if any(w in name.split() for w in words):
        return True
    return name.isupper() and 2 <= len(name) <= 5 and noun[0].upper() in name[1:]


def bare_title(text: str, mention: Mention) -> bool:
    """'The King added': a title alone after "the" describes the one who holds it, named
    before ("King Edmund"); it is no surname of its own."""
    return title_alone(mention.surface.split(), text, mention.start)


def described(
    description: str,
    begin: int,
    text: str,
    mentions: list[Mention],
    sentence_of: dict[int, int],
    here: int,
) -> str | None:
    """The named referent of a definite description in an attribution: a person given
    that title before; else the one person the article gives that full title anywhere
    (a live blog's "the U.S. secretary of state says" names him paragraphs later); else
    the recent subject a role fits, or a body, an age or a group the description fits."""
    args = (description, begin, text, mentions, sentence_of, here)
    return (
        described_people.described_person(*args, titled_only=True)
        or title_holder(description, text, mentions, begin)
        # "the outgoing head of the press association", named paragraphs later.
        or later_named.named_later(description, begin, text, mentions, sentence_of, here)
        or described_people.described_person(*args)
        or resolve(description, text, mentions, begin, here)
    )
