"""The body "it", "the company" or "the statement" takes up in an attribution: the country
or body credited or opening the sentence before, else the organisation named last."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.analysis import description_referents, owned_bodies
from bot.analysis.lexicon import (
    CIVIC_BODY_WORDS,
    NEWS_BODY_WORDS,
    ORG_DESCRIPTORS,
    PUBLIC_BODIES,
    SOURCE_PAPERS,
)
from bot.analysis.org_short_forms import describes_another
from bot.analysis.sentences import sentence_at

if TYPE_CHECKING:
    from bot.analysis.entities import Mention
    from bot.analysis.quote_context import QuoteContext


# "The statement went on to cite “…”", "The draft, seen by Reuters, says the plan is “…”":
# a paper opening the sentence as its subject is what a later "it" takes up.
_PAPERS = r"(?:statement|letter|draft|communiqu[eé]|document|proposal)"
_PAPER_VERBS = r"(?:also\s+)?(?:says|said|states|stated|reads|read)\b"
_PAPER_OPENS = re.compile(
    rf"The\s+(?:[a-z]+\s+)?{_PAPERS}(?:\s+(?:also\s+)?went\s+on\b|,|\s+{_PAPER_VERBS})"
)
# "“…,” a statement by the government said." (or "said the statement from the body."): a
# paper credited with the quote closing it.
_PAPER_CLOSES = re.compile(
    rf"[,”\"]\s+(?:a|an|the)\s+(?:[a-z]+\s+)?{_PAPERS}\b[^.“”\"]{{0,60}}?\s+{_PAPER_VERBS}\.?$"
    rf"|[,”\"]\s+{_PAPER_VERBS}\s+(?:a|an|the)\s+(?:[a-z]+\s+)?{_PAPERS}\b[^.“”\"]{{0,80}}\.?$"
)

# "…, according to a United Nations report in July. “…,” it said": the body whose report
# the sentence before credited.
_REPORT_CREDITED = re.compile(
    r"\baccording\s+to\s+(?:a|an|the)\s+(?:new\s+|latest\s+|recent\s+)?"
    r"(?P<body>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})\s+"
    rf"{SOURCE_PAPERS}s?\b"
)


def _report_credited(before: str, mentions: list[Mention]) -> str | None:
    credited = _REPORT_CREDITED.search(before)
    if credited is None:
        return None
    body = credited.group("body")
    return next((m.canonical for m in mentions if m.type == "org" and m.surface == body), None)


def referent_of_it(context: QuoteContext, position: int) -> str | None:
    """'Israel did not appear, but … rejected them. It argued that “…”': the country or
    body opening the sentence before as its subject, else the organisation named last."""
    text, sentences, mentions = context.text, context.sentences, context.mentions
    here = sentence_at(sentences, position).index
    if here > 0:
        before = sentences[here - 1]
        # "The statement went on to cite “…”. “…,” it said": the statement, whose words the
        # quote in that sentence gave to its issuer (also "The draft … says “…”. It stresses",
        # "“…,” a statement by the board said. It added").
        paper = _PAPER_OPENS.match(before.text) or _PAPER_CLOSES.search(before.text)
        if paper and context.last_quote is not None and (
            before.start <= context.last_quote[1] < before.end
        ):
            return context.last_quote[0]
        # "A statement from the Harbour Board on Monday said …. “…,” it added": its issuer.
        if (issuer := _opening_paper_issuer(before.text)) is not None:
            return issuer
        if (reporter := _report_credited(before.text, mentions)) is not None:
            return reporter
        # "…, the ship's owner, Bluewave, said. “…,” it added": the body credited last.
        credited = owned_bodies.credited_body(text, before, mentions)
        if credited is not None and credited not in context.genders:
            return credited
        if (owned := owned_bodies.opening_body(before.text)) is not None:
            return owned  # "Peru's foreign ministry called …. It added": not "Peru"
        if (subject := owned_bodies.opening_subject(text, before, mentions)):
            return subject  # "Israel did not appear, but … rejected them."
        if (unknown := owned_bodies.opening_unknown_body(before, mentions)) is not None:
            return unknown  # "Harbour Forward, which represents the unions, said"
        if here > 1 and (
            credited := owned_bodies.credited_across(text, sentences[here - 2], before, mentions)
        ) and credited not in context.genders:
            return credited  # "…, the ministry said. Talks go on. It said"
    if (quoted := _body_quoted_just_before(context, position)) is not None:
        return quoted  # "“…,” said the statement from the AFC. Teams could play …. It added"
    recent = _recent_organisation(context, position)
    if recent is None and _CALLED_COMPANY.search(context.text, 0, position):
        return company_named_before(context, position)  # "It said" far after "the firm"
    return recent


def _body_quoted_just_before(context: QuoteContext, position: int) -> str | None:
    """The body whose quote ended at most two sentences before: its words go on."""
    if context.last_quote is None or context.last_quote[0] is None:
        return None
    speaker, end = context.last_quote
    here = sentence_at(context.sentences, position).index
    if here - sentence_at(context.sentences, end).index > 2:
        return None
    bodies = {m.canonical for m in context.mentions if m.type == "org"}
    # "the Veltland foreign ministry": a country and a kind may stand before the noun
    described = re.fullmatch(r"[Tt]he\s+(?:[\w’'-]+\s+){0,3}(?P<noun>[a-z]+)", speaker)
    # "“…,” the government said. … It said": a body the story describes, named no more
    body_noun = described is not None and (
        described.group("noun").capitalize() in CIVIC_BODY_WORDS
        or described.group("noun") in ORG_DESCRIPTORS
    )
    return speaker if speaker in bodies or body_noun else None


def referent_of_body(context: QuoteContext, description: str, position: int) -> str | None:
    """'the company said' takes up the body "it" would (a statement is no body), else
    the body the article is about ("Velora says it")."""
    if description.rstrip(" .").endswith(("paper", "daily")):
        return None  # a paper no name introduced may be a study: no body of the story's
    if description.rstrip(" .").endswith("statement"):
        named = _recent_organisation(context, position)
    else:
        named = referent_of_it(context, position)
    company = description.rstrip(" .").endswith(("company", "firm"))
    if named in PUBLIC_BODIES and company:
        named = None  # "the company said" after "EU sanctions": not the EU
    if company and named is not None and _reporting_outlet(context, named, position):
        # "…, Reuters reported. “…,” the company said": the company the report is about.
        return _recent_organisation(context, position, besides=named)
    return (
        named
        or description_referents.called_it(context.text, position, context.mentions)
        or (company_named_before(context, position) if company else None)
    )


# "the company" / "the firm" in the story's own words: "It" far on may be that company.
_CALLED_COMPANY = re.compile(r"\b[Tt]he (?:company|firm)\b")


def company_named_before(context: QuoteContext, position: int) -> str | None:
    """'the company said' far after the story named a company, with no other body named
    since (the few sentences `_recent_organisation` reads are long past): that company."""
    bodies = [
        m
        for m in context.outside
        if m.type == "org" and m.start < position and m.canonical not in PUBLIC_BODIES
        and not describes_another(context.text, m)
    ]
    if not bodies or CIVIC_BODY_WORDS.intersection(bodies[-1].canonical.split()):
        return None
    return bodies[-1].canonical


# "Harbour Bank cut its forecast, Reuters reported" / "told CNBC" / "according to Bloomberg":
# the outlet passes the news on and is not the company a later "the company said" means.
_REPORTS_AFTER = re.compile(r"\s+(?:first\s+)?(?:reported|reports|has\s+reported)\b")
_REPORTS_BEFORE = re.compile(r"\b(?:told|to|citing)\s+(?:the\s+)?$")  # "according to" too


def _reporting_outlet(context: QuoteContext, name: str, position: int) -> bool:
    """Whether `name` is a news outlet that the last mention before `position` shows
    reporting the story rather than acting in it."""
    if not NEWS_BODY_WORDS.intersection(name.split()):
        return False
    last = next(
        (m for m in reversed(context.mentions) if m.canonical == name and m.start < position),
        None,
    )
    if last is None:
        return False
    text = context.text
    return bool(
        _REPORTS_AFTER.match(text, last.end)
        or _REPORTS_BEFORE.search(text, max(0, last.start - 20), last.start)
    )


_WHICH_SAID = re.compile(
    r",\s+which\s+(?:[^,.;“”\"]{0,40}?\s)?(?:said|says|stated|found|reported|concluded|warned)\b"
)


def _recent_organisation(
    context: QuoteContext, position: int, besides: str | None = None
) -> str | None:
    """The organisation named last within three sentences before `position` (other than
    `besides`)."""
    here = sentence_at(context.sentences, position).index
    recent = [
        m
        for m in context.mentions
        if m.type == "org" and m.start < position and here - m.sentence <= 3
        and m.canonical != besides
        and not describes_another(context.text, m)  # "the U.N. watchdog"
    ]
    # "The Liberty Caucus — which, like the Senate, … — questioned it": the subject.
    # "cited Amnesty International, which in 2022 said …. It said": the body that spoke
    subjects = [m for m in recent if m.subject_like or _WHICH_SAID.match(context.text, m.end)]
    chosen = subjects or recent
    return chosen[-1].canonical if chosen else None


# "A joint statement from the Varnan prime minister's office and the Kasta intelligence
# agency on Wednesday night said …": a paper opening its sentence with whose it is.
_PAPER_FROM_OPENS = re.compile(
    r"(?:A|The)\s+(?:(?:joint|new|written|brief|short|separate)\s+)?"
    r"(?:statement|letter|communiqu[eé]|press\s+release)\s+(?:issued\s+|released\s+)?"
    r"(?:from|by)\s+(?P<who>[^,;:“”\"]+?)\s+"
    r"(?:(?:on|late|early|last|this|in|at|overnight)\b[^,;:“”\"]*?\s+)?"
    r"(?:said|says|read|reads|stated|states|added|noted)\b"
)
_TIME_TAIL = re.compile(
    r"\s+(?:on|late|early|last|this|in|at|overnight)\b.*$", re.IGNORECASE
)


def _opening_paper_issuer(sentence: str) -> str | None:
    """Whose paper opens the sentence ("A statement from the Harbour Board on Monday
    said"): the issuer as written, without "the" and the time it came out."""
    found = _PAPER_FROM_OPENS.match(sentence)
    return issuer_as_written(found.group("who")) if found is not None else None


def issuer_as_written(words: str) -> str | None:
    """'the Harbour Board and the Kasta agency on Monday night' → 'Harbour Board and Kasta
    agency': who issued a paper, without articles and the time it came out; None where no
    capitalised word names anyone."""
    who = _TIME_TAIL.sub("", words.strip())
    who = re.sub(r"^(?:the|a|an)\s+|(?<=\sand\s)the\s+", "", who)
    return who if re.search(r"\b[A-Z]", who) else None
