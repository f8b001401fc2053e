"""Sentence words that an attribution chunk carries along but that are no part of who
speaks: an opening time phrase before a pronoun ("The next week they posted: …"), the
verb phrase after a description ("A voice is then heard saying: …") and the reporter of
words someone else said ("Ruiz said Lopez told her: …")."""

from __future__ import annotations

import re

from bot.analysis import attribution_patterns as patterns
from bot.analysis import speaker_names as names

# "The next week they", "Later that day she": the pronoun by the verb is the subject, when
# only lowercase words of a phrase of time come before it ("Though he" opens a clause
# whose subject is found otherwise).
_PHRASE_THEN_PRONOUN = re.compile(
    r"(?i:the|that|this|a|later|earlier|next|last|soon)(?:\s+[a-z][\w-]*){0,5}"
    r"\s+(?P<pronoun>he|she|they)"
)
# "A voice is then heard": the description ends where its verb begins, and before the
# relative pronoun that opens the verb's clause ("the trader who is in her 30s").
_VERB_IN_DESCRIPTION = re.compile(
    r"\s+(?:(?:who|that|which)\s+)?"
    r"(?:is|are|was|were|has|have|had|can|could|will|would|may|might"
    # "The court's ruling included a footnote saying": a past verb and its object
    r"|(?-i:[a-z]+ed)\s+(?:a|an|the|its|their)\s)\b.*$",
    re.IGNORECASE,
)


def subject_pronoun(chunk: str) -> str | None:
    """The pronoun that closes a chunk of a time phrase and a pronoun, lowercased."""
    match = _PHRASE_THEN_PRONOUN.fullmatch(chunk.strip())
    return match.group("pronoun") if match else None


def description_head(description: str) -> str:
    """The description without the verb phrase the sentence goes on with."""
    return _VERB_IN_DESCRIPTION.sub("", description).rstrip(" .")


# "Ruiz said Lopez told her: “…”": the speech verb by the quote is the one quoted; Ruiz
# only reports it. Also a group: "Berg noted that defense lawyers said “…”".
# "Reuters said that councillor Ana Ruiz stated that the plan had “…”": the quote inside
# the second speaker's reported clause is theirs as well.
_REPORTED = re.compile(
    # ("said in her motion, ward councillor Ms Key stated that": where it was said, between)
    r"(?:\s+(?:in|on|at)\s+[^,“”\"]{1,40},)?"
    # ("St Michael's ward councillor Ms Key": her seat and role before her name)
    r"\s+(?:that\s+)?(?P<who>(?:(?:[A-Z][\w’'.-]*\s+){0,2}[a-z]+\s+(?:[a-z]+\s+)?(?=[A-Z]))?"
    r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*"
    r"|he|she|"
    r"(?:(?:the|his|her|their|its)\s+)?(?!(?:he|she|it|they|we|you)\s)(?:[a-z][\w’'-]*\s+)?"
    r"[a-z][\w’'-]*s(?<!\bwas)(?<!\bhas)(?<!\bis)(?<!\bthis))\s+"
    rf"{patterns.ADVERB}(?:then\s+)?{patterns.VERB}(?:\s+(?:her|him|them|me|us))?"
    r"(?:\s*[:,]?\s*|\s+that\s+[^“”\"]{0,120})"
)


# "The sources quoted Ruiz as saying: “…”": Ruiz speaks; the sources relay the words.
# "The agency quoted him as saying that back then, “…”": the one "him" stands for.
_QUOTED_AS = re.compile(
    r"\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|him|her)\s+as\s+"
    # "as telling Ana Ruiz, head of the regional government:": whom he told, however named
    r"(?:saying|telling\s+\w+(?:[^“”\":]{1,80}(?=:))?)(?:\s+that(?:\s+[^“”\",.]{1,40},)?)?"
    r"\s*[:,]?\s*"
)
# "One of the banners quoted the High Court, “…”": a name quoted straight before the words.
_QUOTED_NAME = re.compile(
    r"\s+(?:the\s+)?(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*[:,]\s*"
)
_OBJECT_TO_SUBJECT = {"him": "he", "her": "she"}
# "the report quotes Woronuk as having said he “…”": the one quoted speaks.
_QUOTES_AS_HAVING = re.compile(
    r".*\bquote[sd]?\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|him|her)\s+as\s+having\s*"
)


# "Last week, when Rask said …, Lentia urged “…”": the subject of the main clause after a
# time clause with a speech verb of its own speaks, not the one in the time clause.
_TIME_CLAUSE = re.compile(r"(?:[^,“”\"]{1,30},\s+)?(?:[Ww]hen|[Aa]fter|[Ww]hile|[Bb]efore|[Aa]s)\s")
_MAIN_CLAUSE = re.compile(
    rf"[^“”\"]*,\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'.-]*"
    # "When Biden said it would get mean, his grandchildren responded, “…”"
    rf"|(?:his|her|their)\s+(?:[a-z-]+\s+)?[a-z-]+)\s+{patterns.ADVERB}"
    rf"{patterns.VERB}\b[^,“”\"]{{0,40}}"
)


# "One question asks whether …, to which the agency responds that “…”": the one answering.
_TO_WHICH = re.compile(
    r".*,\s+(?:to|in)\s+which\s+(?P<who>(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?)\s+"
    rf"{patterns.ADVERB}{patterns.VERB}\s*(?:that\s*)?[:,]?\s*",
    re.DOTALL,
)


def reported_speaker(match: re.Match[str], begin: int) -> tuple[str, int]:
    """The attribution chunk and where it starts: the subject of a second speech verb
    right before the quote, if the words after the first one are such a clause."""
    tail = match.groupdict().get("tail")
    inner = _REPORTED.fullmatch(tail) if tail else None
    if tail and inner is None and _TIME_CLAUSE.match(match.group("who")):
        inner = _MAIN_CLAUSE.fullmatch(tail)
    if tail and match.string[: match.start("tail")].endswith("quoted"):
        inner = _QUOTED_AS.fullmatch(tail) or _QUOTED_NAME.fullmatch(tail)
    if tail and inner is None:
        inner = _TO_WHICH.fullmatch(tail)  # "asks whether …, to which the agency responds"
    if inner is None:
        inner = _QUOTES_AS_HAVING.fullmatch(match.group("who"))  # "quotes Ruiz as having said"
        if inner is not None:
            return _OBJECT_TO_SUBJECT.get(inner.group("who"), inner.group("who")), (
                begin + match.start("who") + inner.start("who")
            )
        return match.group("who"), begin + match.start("who")
    who = inner.group("who")
    return _OBJECT_TO_SUBJECT.get(who, who), begin + match.start("tail") + inner.start("who")


# "Ruiz is “absolutely” staying, the chair insisted, calling him the “…”": a word or two in
# quotation marks is no quote of its own and must not end the attribution before it. A
# capitalised one is a title ("the “Avatar” star") and stays as it is.
_SCARE_QUOTE = re.compile(
    r"[“\"](?P<words>[a-z][\w’'-]*(?:\s[\w’'-]+){0,2})[”\"]"
    # "a tech expert nicknamed “Spark”": a nickname is a word of the description too.
    r"|(?:(?<=\bnicknamed)|(?<=\bknown\sas))\s[“\"](?P<nickname>[A-Z][\w’'-]*(?:\s[\w’'-]+){0,2})[”\"]"
)


_DASHED_APPOSITION = re.compile(
    r"(?<=[a-z])\s[-–—]\s(?P<inner>(?:a|an|the)\s[^-–—,“”\"]{2,60}?)\s[-–—]\s(?=said|told|added)"
)


_LETTER = re.compile(r"[^\W\d_]")


def unmark_scare_quotes(before: str) -> str:
    """The text before a quote with the marks around short quoted words blanked."""
    if _LETTER.search(before) is None:
        return before  # marks and spaces only: no words to unmark
    unmarked = _SCARE_QUOTE.sub(
        lambda m: f" {m.group('words')} " if m.group("words") else f"  {m.group('nickname')} ",
        before,
    )
    # "Another adviser - a tech expert nicknamed Spark - said": dashes set off an apposition
    # as commas do (same length, so positions hold).
    return _DASHED_APPOSITION.sub(lambda m: f",  {m.group('inner')},  ", unmarked)


# "Ruiz is staying in the race, the party chair Jen Halloran insisted": after a clause, a
# description ending in a name that runs to the verb is its subject, no apposition.
_CLOSING_SUBJECT = re.compile(
    r"\s*the\s+(?:[\w’'-]+\s+){0,5}?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}\s*"
)


# ", two appointed by Ana Ruiz,", ", led by Ivo Rask,": an apposition that names who
# appointed or leads the subject, who is not the one speaking.
_AGENT_APPOSITION = re.compile(
    r",\s*(?:(?:one|two|three|four|five|both|all|most|several|many)\s+)?"
    r"(?:appointed|nominated|named|chosen|picked|led|chaired|headed|backed|founded)\s+by\b"
    r"[^,]*(?:,|$)"
)


# "the bench also comprising Justices Ana Ruiz and Ivo Lenz said in its order": the members
# a body's noun is told to have; the body speaks.
_MEMBERS_NAMED = re.compile(
    r"\b(?:bench|panel|committee|board|team|delegation|commission|jury)\s+"
    r"(?P<members>(?:also\s+)?(?:comprising|including|consisting\s+of|made\s+up\s+of)\s+"
    rf"[^,]+?)(?=\s+{patterns.ADVERB}{patterns.VERB}\b|,|$)"
)


def blank_agent_appositions(chunk: str) -> str:
    """The chunk without appositions naming who appointed or leads its subject, or the
    members its body has: cut where one closes the chunk, blanked at the same length
    elsewhere (positions in the chunk hold). The names inside are no part of who speaks."""
    found = list(_AGENT_APPOSITION.finditer(chunk))
    if found and not chunk[found[-1].end() :].strip():
        chunk = chunk[: found[-1].start()]
    return _AGENT_APPOSITION.sub(lambda m: " " * len(m.group()), _without_members(chunk))


def _without_members(chunk: str) -> str:
    found = list(_MEMBERS_NAMED.finditer(chunk))
    if found and not chunk[found[-1].end() :].strip():
        return chunk[: found[-1].start("members")].rstrip()  # the chunk ends with them
    return _MEMBERS_NAMED.sub(
        lambda m: m.group()[: m.start("members") - m.start()] + " " * len(m.group("members")),
        chunk,
    )


def without_appositives(chunk: str) -> str:
    """The chunk with its appositions and a body's members blanked, save a closing subject
    after a clause."""
    chunk = _without_members(chunk)
    head, comma, last = chunk.rpartition(",")
    if comma and _CLOSING_SUBJECT.fullmatch(last) and not names.PROPER_NAME.match(head.strip()):
        return names.APPOSITIVE.sub(" ", head) + comma + last
    return names.APPOSITIVE.sub(" ", chunk)
