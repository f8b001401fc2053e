"""How a speaker's name sits in an attribution: titles and roles before it, appositives
after it ("Council President Ana Ruiz", "Ruiz, who chairs the board,")."""

from __future__ import annotations

import re

from bot.analysis.attribution_patterns import UNNAMED_COUNT
from bot.analysis.bare_titles import only_titles
from bot.analysis.entities import Mention
from bot.analysis.lexicon import (
    APPOSITION_ROLES,
    DEMONYMS,
    DESCRIPTION_ROLES,
    NON_ENTITY_WORDS,
    OFFICE_ROLES,
    OPENING_PARTICIPLES,
    ORG_DESCRIPTORS,
    ORG_WORDS,
    PERSON_TITLES,
    ROLE_NOUNS,
)
from bot.analysis.person_cues import surname

PROPER_NAME = re.compile(
    # "H A Vellner", "H. A. Vellner": initials, dotted or not, before a surname.
    r"^(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?)?\s*(?:[A-Z]\.?\s+){0,2}[A-Z][\w’'\-]+"
    r"(?:\s+(?:[A-Z][\w’'\-]+|[A-Z]\.)){0,4}"
    r"(?:,?\s+(?:Jr\.?|Sr\.?|II|III|IV))?$"
)
APPOSITIVE = re.compile(
    r",\s*(?:who|which|whose|a|an|the|one|its|his|her|their|[a-z]+ing)\b[^,]*(?:,|$)"
    # "Ostrov -- who has dealt with them through Berglund -- told": an aside in dashes.
    # Not "A former candidate -- John McCain, who … -- said", whose aside is the name.
    r"|\s(?:--|—|–)\s(?=[a-z]).*?\s(?:--|—|–)(?=\s|$)"
)
# A name, then a comma and a description or relative clause: "Ana Ruiz, who …," / ", a …,"
# / ", pastor of …".
SUBJECT_BEFORE_APPOSITIVE = re.compile(
    r"(?P<name>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,5}),\s+"
    r"(?:(?:who|whose|a|an|the|then|[a-z]+ing|[a-z]+ed)\b[^,]*,"
    # "H A Vellner, a senior fellow at the Harbour Institute" (its comma stripped) told
    r"|(?:a|an)\s[^,]*$"
    # "Ana Ruiz, pastor of the Hill Street church and a Lopez supporter, said"
    r"|[a-z][\w’'-]*\s+of\b[^,]*(?:,|$)"
    # "Senator Ana Ruiz, Democrat of Ohio, said": US papers' party and state, no article.
    r"|(?:Democrat|Republican|Independent)\s+(?:of|from)\s[^,]*(?:,|$)"
    # "Ms. Kovac, seated next to Mr. Brandt, told": the participle's clause runs to the verb.
    r"|[a-z]+ed\b[^,]*$)"
)
ROLE_WORDS = APPOSITION_ROLES | DESCRIPTION_ROLES
# "During his speech he" / "In its report on the work the committee" / "Regarding the
# process he" / "Of the plan, she": the subject closes the chunk after an opening phrase
# (a preposition or a participle, which is never the speaker's name).
SUBJECT_AFTER_LEAD = re.compile(
    r"\s*(?:In|During|At|On|After|Before|Later|Earlier|From|Under|Through|Of|About|"
    r"Regarding|Concerning|Following|Asked|[A-Z][a-z]+ing(?=[ \t\xa0]+[a-z])|"
    # "Addressing MPs, the health secretary said": a name may follow these
    rf"(?:{'|'.join(sorted(OPENING_PARTICIPLES))})|"
    # "A few years later he argued"
    r"(?:A|Some|Two|Three|Several|Many)(?:[ \t\xa0]+few)?[ \t\xa0]+(?:days|weeks|months|years|"
    r"decades|hours)[ \t\xa0]+(?:later|earlier|after))\b"
    # "Asked why the council spent more, a bit higher than gas, the economist replies"
    r"(?:(?<=Asked)(?:[^,]*,){0,2})?"
    r"[^,]*(?:,[ \t\xa0]*|[ \t\xa0])"
    r"(?P<subject>he|she|it|they|we|the[ \t\xa0]+(?:[a-z][\w’'-]*[ \t\xa0]+){0,2}[a-z][\w-]*"
    # "In an email, Bragg's office said": a named owner's body
    r"|[A-Z][\w.-]*[’']s[ \t\xa0]+(?:[a-z][\w-]*[ \t\xa0]+)?[a-z][\w-]*)\s*$"
)
CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w’'.\-]*\s+)*[A-Z][\w’'\-]*")
# "Environmental group Save Our Dunes", "Labour leader Ivo Rask": a capitalised modifier,
# a lowercase head noun, then the name the description leads up to.
_MODIFIER_THEN_NAME = re.compile(r"[A-Z][\w’'\-]*\s+(?P<head>[a-z][\w-]*)\s+(?P<name>[A-Z].*)$")
# "The Institute for the Study of Harbours": "Institute" alone is a clipped body name.
_FOR_THE = re.compile(r"\s+for\s+the\s+[A-Z]")
_HEAD_NOUNS = ORG_DESCRIPTORS | ROLE_NOUNS | APPOSITION_ROLES | DESCRIPTION_ROLES


def leading_runs(parts: list[str]) -> list[str]:
    """The capitalised run opening each part ("Senator Joan Pell in an interview"), or for
    a modifier before a noun and a name, that name."""
    runs = []
    for part in parts:
        modified = _MODIFIER_THEN_NAME.match(part)
        if modified is not None and modified.group("head") in _HEAD_NOUNS:
            runs.append(modified.group("name"))
        elif (run := CAPITALISED_RUN.match(part)) is not None and not (
            _MODIFIER.match(part) or _OPENING_GERUND.match(part) or _FOR_THE.match(part, run.end())
        ):
            runs.append(run.group())
    return runs


# "Being allowed into the talks was a revelation, says …": a gerund opening the sentence
# is its subject clause, no name.
_OPENING_GERUND = re.compile(r"[A-Z][a-z]+ing\s+[a-z]")
# "Trilateral talks between …": one capitalised word before a lowercase noun modifies it
# (unlike "Rubio in an interview" or "Rubio also").
_MODIFIER = re.compile(
    r"[A-Z][a-z]+\s+(?!(?:in|on|at|during|to|for|with|from|via|through|also|then|later|"
    r"who|which|whose|and|or|has|had|have|was|is|will|would|could|can|may|might)\b)"
    r"[a-z]+(?<!ly)(?<!ed)\b"
)


def is_title_gap(between: str) -> bool:
    """' pollster ', ' 2nd Lt. ': what joins the runs of one title chain (no comma)."""
    words = between.split()
    return (
        between[:1].isspace()
        and between[-1:].isspace()
        and len(words) <= 3
        # "said Oversight ranking Democrat Ana Ruiz": a party word may sit in the title too.
        and all(
            w[:1].islower() or w[:1].isdigit() or w.rstrip(".") in PERSON_TITLES | DEMONYMS
            for w in words
        )
        and not _NOT_IN_TITLES & set(words)
        # "Ruiz brushed Vale off, saying": a verb between two names, not a title
        and not any(len(w) > 4 and w.endswith("ed") for w in words)
    )


# "said Cruz constituent Dan Golvach when asked about Lindsey Graham": words that end a
# title chain.
_NOT_IN_TITLES = frozenset(
    """and or with to for when while about after before as at by in on from during than
    asked told said says who that which""".split()
)


def after_last_title(name: str) -> str:
    """'Council President Donald Tusk' -> 'Donald Tusk': a name follows its last title word."""
    words = name.split()
    for index in range(len(words) - 2, -1, -1):
        if (words[index][:1].islower() and words[index] not in {"of", "the"}) or (
            words[-1] in ORG_WORDS
        ):
            break  # "Ana Ruiz from the Vaal Justice Alliance": a body's name, not a title
        if words[index].rstrip(".") in PERSON_TITLES:
            return " ".join(words[index + 1 :])
    return name


_FUNCTION_WORDS = r"\b(?:for|of|at|from|with|to|about|after|before|like|than|into|over|under)\b"


def strip_titles(part: str) -> str:
    """'Organiser Jess Moreno' -> 'Jess Moreno'; 'Mr. Rubio' -> 'Rubio'."""
    words = part.split()
    # "the poet Niamh Gallagher": a lowercase description before a name, but not
    # "a spokeswoman for Islink Ferries", where the name is whom she speaks for.
    described = re.match(r"^(?:the|a|an)\s+((?:[a-z][\w-]*\s+){1,3})(?=[A-Z])", part)
    # "therapist Ana Ruiz": a role no list knows, with no article (not "by the United").
    described = described or re.match(r"^((?:[a-z][a-z-]{3,}\s+))(?=[A-Z][a-z])", part)
    if described and not re.search(_FUNCTION_WORDS, described.group(1)):
        words = part[described.end() :].split()
    # "Marquette pollster Charles Franklin": an organisation and a role word before a name.
    role_at = [i for i, w in enumerate(words[:-1]) if w.lower() in ROLE_WORDS]
    if role_at and all(w[:1].isupper() for w in words[role_at[-1] + 1 :]):
        words = words[role_at[-1] + 1 :]
    # "the American Bar Association", "the Korean Central News Agency": the demonym opens a
    # body's name of two words or more; before a person ("Russian President Ivo Rask") it
    # is a title, and a one-word kind ("the Bosnian Authority") is read as before.
    named = words[1:] if words and words[0].lower() == "the" else words
    body = len(named) > 2 and named[-1].strip(",.;:") in ORG_WORDS
    while len(words) > 1 and (
        words[0].rstrip(".") in PERSON_TITLES
        or (words[0].rstrip(".") in DEMONYMS and not body)
        or words[0].lower() in ROLE_NOUNS
        or words[0].lower() in {"the", "of", "state"}
    ):
        words.pop(0)
    if part.lower().startswith("the ") and only_titles(words):
        return ""  # "the US President": a title alone names nobody
    return after_last_title(" ".join(words))


def kept_ranges(chunk: str, core: str, chunk_start: int) -> list[tuple[int, int]]:
    """Offsets of the chunk that survive appositive removal."""
    if core == chunk:
        return [(chunk_start, chunk_start + len(chunk))]
    ranges, cursor = [], 0
    for match in APPOSITIVE.finditer(chunk):
        ranges.append((chunk_start + cursor, chunk_start + match.start()))
        cursor = match.end()
    ranges.append((chunk_start + cursor, chunk_start + len(chunk)))
    return ranges


def in_ranges(ranges: list[tuple[int, int]], position: int) -> bool:
    return any(start <= position < end for start, end in ranges)


def fold_surname(name: str, mentions: list[Mention]) -> str:
    """A bare surname in speaker position joins the person already known by it."""
    if not name.strip():
        return name  # a title alone ("The Prime Minister") left no name to fold
    last = surname(name) if len(name.split()) == 1 else name.split()[-1]
    for mention in mentions:
        if mention.type == "person" and surname(mention.canonical) == last:
            return mention.canonical
    if len(name.split()) == 1:
        # "Sir Malcolm", or a first name used on second reference, if only one fits.
        firsts = {
            m.canonical
            for m in mentions
            if m.type == "person"
            and len(m.canonical.split()) > 1
            and m.canonical.split()[0] == name
        }
        if len(firsts) == 1:
            return firsts.pop()
    return name


# "Qadri's Chinese counterpart Li Wen": a nationality may stand among the role words.
_ROLE_WORD = r"(?:[a-z][\w-]*|" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + ")"
_PERSON_AFTER_POSSESSIVE = re.compile(
    r"[’']s?\s+(?:" + _ROLE_WORD + r"\s+){0,3}(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})"
    r"(?:\s+(?:had|has|have|would|then|also|later))*\s*\.?\s*$"
)


# "Ruiz’s special envoy for trade, Ivo Rask, in an X post": the role's holder named after it.
_NAMED_AFTER_ROLE = re.compile(
    r"\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’']s?\s+(?:[a-z][\w-]*\s+){0,8}[a-z][\w-]*,\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),"
)


def named_after_role(chunk: str) -> str | None:
    """The name set off after "<person>’s <role>," opening a chunk: the role's holder, who
    speaks, rather than the one whose role it is."""
    match = _NAMED_AFTER_ROLE.match(chunk)
    return match.group("name") if match is not None else None


def person_after_possessive(chunk: str, chunk_start: int, people: list[Mention]) -> str | None:
    """'Ernst and Young's Sanjay Mehta': the name after a firm's possessive, when no known
    person stands there (a firm named after people is not the speaker)."""
    match = _PERSON_AFTER_POSSESSIVE.search(chunk)
    # "Ana Ruiz, a lawyer at the Brennan Center's Democracy Program": an apposition's
    # possessive names a body, and the speaker stands before the comma.
    if match is None or "," in chunk.strip(" ,"):
        return None
    after = [m for m in people if m.end > chunk_start + match.start()]
    if [m.start for m in after] == [chunk_start + match.start("name")]:
        return after[0].canonical  # the name after the possessive is a person the lists know
    if after:
        return None
    return match.group("name")


# "The actor, whose films include A, B and C, said": the relative clause runs to the verb.
_SUBJECT_BEFORE_RELATIVE = re.compile(r"\s*(?P<subject>[^,]+),\s*(?:who|whose|which)\b.*,\s*$")


# "He joined because he trusted Berg's team, he said:": the reported clause comes first;
# the he/she by the verb speaks, not a name inside that clause.
_CLOSING_PRONOUN = re.compile(r"[^“”\"]*\s[^“”\",]*,\s+(?P<subject>he|she)\s*$", re.DOTALL)
# "…” requiring DNA testing, the ministry said": a clause of the quote's sentence, then the
# description that speaks.
_CLOSING_DESCRIPTION = re.compile(
    r"(?=[a-z])[^“”\",]*,\s+(?P<subject>the\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z]+)\s*$"
)


# "Rask met the relatives of the crew, where the families said": the subject of the
# clause of place next to the verb, not the main clause's.
_WHERE_SUBJECT = re.compile(
    r".*,\s+(?:where|whereupon)\s+"
    r"(?P<subject>the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s|he|she)\s*$",
    re.DOTALL,
)

# "A furore erupted in 2006 when the Harbour Times reported", "Locals cheered the
# 29-year-old when he described": the subject of the clause of time next to the verb, not
# the main clause's.
_WHEN_SUBJECT = re.compile(
    r".*\s(?:when|after|before|once)\s+(?P<subject>he|she|(?:the\s+)?[A-Z][\w.’'&-]*"
    r"(?:\s+[A-Z][\w.’'&-]*){0,3})\s*$",
    re.DOTALL,
)


# "Ivo Rask backed Ana Ruiz last year, but now said" / "Years ago, he backed Ruiz and said":
# the verb after the conjunction shares the first clause's subject, the capitalised run or
# he/she that opens the chunk after any opening phrase.
# "AI expert Nate Jones": any office's role word ("expert", "analyst") does.
_ROLE_AFTER_BODY = (
    r"(?:spokes(?:man|woman|person)|chair(?:man|woman)?|head|"
    + "|".join(sorted(OFFICE_ROLES, key=len, reverse=True))
    + ")"
)
_SHARED_SUBJECT = re.compile(
    r"\s*(?:[^,“”\"]{1,60},\s*)?(?P<subject>[Hh]e|[Ss]he|(?:[A-Z][\w’'.\-]*\s+)*"
    # "Varna Foreign Ministry spokesman Ivo Rask pointed to … and": the person, not the body.
    rf"(?:{_ROLE_AFTER_BODY}\s+(?:[A-Z][\w’'.\-]*\s+)*)?[A-Z][\w’'\-]*)"
    r"\s+[a-z][^“”\"]*?,?\s+"
    r"(?:but|and|yet)(?:\s+(?:now|also|later|then|still|again))?\s*$"
)


# "Addressing the hall on Friday, he rejected the plan and told …" / "Addressing Ruiz,
# the premier thanked her, noting": the subject after an opening participle clause, the
# one whose verb the quote's attribution shares.
# "the finance minister", "the ex-minister": a definite description of up to three words
_DEFINITE = r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
_PARTICIPLE_LEAD = re.compile(
    r"\s*[A-Z][a-z]{3,}ing\b[^,“”\"]{1,120},\s+(?P<subject>[Hh]e|[Ss]he|[Tt]hey|"
    rf"{_DEFINITE}|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})"
    r"\s+(?:[a-z]+ly\s+)?[a-z]+ed\b[^“”\"]*$"
)
_AND_AT_END = re.compile(r"\s(?:and|but)\s*$")
# "The ex-minister also criticised the presence in Varna, saying": a description acting,
# not the place its object names.
_DESCRIPTION_ACTS = re.compile(
    rf"\s*(?P<subject>{_DEFINITE})"
    r"\s+(?:(?:also|later|then|again|further|[a-z]+ly)\s+)?[a-z]+ed\b"
    # one clause: not "…, where Reid told reporters that"
    r"(?:(?!\s(?:who|which|where|that|when|and|but)\b)[^“”\",;:])*$"
)
# "The publicly traded company": an adverb before a participle, no subject and its verb
# (but "the family", "the ally" are nouns).
_NOUNS_IN_LY = frozenset("family ally assembly rally supply monopoly".split())


def _ends_in_adverb(words: str) -> bool:
    last = words.split()[-1].lower()
    return last.endswith("ly") and last not in _NOUNS_IN_LY


# "A voice is then heard saying:" / "Ruiz can be heard telling": who is heard speaks.
_HEARD = re.compile(
    r"\s*(?P<subject>[^,“”\"]+?)\s+(?:is|was|can\s+be|could\s+be)\s+"
    r"(?:(?:then|later|also|clearly|[a-z]+ly)\s+)?heard\s*$"
)


def clause_subject(chunk: str, prefer: str) -> tuple[int, str] | None:
    """(offset, text) of the subject inside a chunk that wraps it in a leading phrase or a
    relative clause, that a second verb shares, or that is heard speaking; None when the
    chunk is plain."""
    if (absolute := _WITH_SUBJECT.match(chunk)) is not None:
        return absolute.start("subject"), absolute.group("subject")
    if (heard := _HEARD.match(chunk)) is not None:
        return heard.start("subject"), heard.group("subject")
    if (lead := SUBJECT_AFTER_LEAD.match(chunk) or _AFTER_ACCORDING.match(chunk)) is not None:
        return lead.start("subject"), lead.group("subject")
    if prefer == "last" and (contrast := _WHILE_SUBJECT.match(chunk)) is not None:
        group = "subject" if contrast.group("subject") else "someone"
        return contrast.start(group), contrast.group(group)
    if prefer == "last" and (
        closing := _CLOSING_PRONOUN.match(chunk) or _CLOSING_DESCRIPTION.match(chunk)
    ) is not None:
        return closing.start("subject"), closing.group("subject")
    if prefer == "last" and (
        where := _WHERE_SUBJECT.match(chunk) or _WHEN_SUBJECT.match(chunk)
    ) is not None:
        return where.start("subject"), where.group("subject")
    if prefer == "last" and (relative := _SUBJECT_BEFORE_RELATIVE.match(chunk)) is not None:
        return relative.start("subject"), relative.group("subject")
    if (lead := _PARTICIPLE_LEAD.match(chunk)) is not None and (
        prefer == "first" or _AND_AT_END.search(chunk)
    ):
        return lead.start("subject"), lead.group("subject")
    if (acts := _DESCRIPTION_ACTS.match(chunk)) is not None and not _ends_in_adverb(
        acts.group("subject")
    ):
        return acts.start("subject"), acts.group("subject")
    shared = _SHARED_SUBJECT.match(chunk) if prefer == "last" else None
    subject = shared.group("subject") if shared is not None else ""
    if shared is not None and (
        subject.lower() in {"he", "she"} or subject.split()[0] not in NON_ENTITY_WORDS
    ):
        return shared.start("subject"), subject
    return None


# "…met Rutte earlier, with spokeswoman Ana Ruiz saying that": the subject of the
# absolute clause after the comma speaks, not the people named in the main clause.
# Only a name, after at most a few title words: not "with one of her ads asking".
_WITH_SUBJECT = re.compile(
    r".*,\s+with\s+(?P<subject>(?:(?!(?:of|from|for|at|in|one)\b)[a-z][\w-]*\s+){0,3}"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s*$",
    re.DOTALL,
)
# "Residents stocked up, while the city council urged": the contrasting clause's subject.
# One the story gives no name, speaking ("… and someone shouted").
SOMEONE = r"someone|somebody"
_WHILE_SUBJECT = re.compile(
    r".*,\s+(?:while|whereas)\s+(?P<subject>[^,]{2,80})$"
    # "Relatives sobbed while others gasped and someone shouted": the last clause's own
    rf"|.*\s(?:and|while|as|but)\s+(?P<someone>{SOMEONE})\s*$",
    re.DOTALL,
)
# "According to Ruiz, Judge Ana Lopez once cautioned:": the one who speaks next to the quote.
# "According to Wirepress, a European diplomat said:": an unnamed one speaks there too.
_AFTER_ACCORDING = re.compile(
    r"\s*According\s+to\s+[^,]{1,60},\s+"
    rf"(?P<subject>(?:[A-Z]|{UNNAMED_COUNT}\s)[^,]*)$"
)
_NAME_WORD = r"[A-Z](?:[a-z]*[’']?[A-Z])?[a-z’'\-]+"  # "Ruiz", "O’Donnell", "McCormick"
_BARE_NAME = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}")


def bare_person_name(text: str, mentions: list[Mention]) -> bool:
    """'Ana Ruiz' alone: two or three capitalised words that no list knows as a body or
    a place and that do not open with a function word ("Last Friday")."""
    return (
        _BARE_NAME.fullmatch(text) is not None
        and text.split()[0] not in NON_ENTITY_WORDS
        and text not in {m.surface for m in mentions if m.type in ("org", "place")}
    )


def place_subject(name: str, nearest: str, inside: list[Mention]) -> bool:
    """'…,” Israel said': a country alone next to the speech verb speaks for itself."""
    return name == nearest and any(m.type == "place" and m.surface == name for m in inside)
