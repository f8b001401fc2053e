"""Sentence words that an attribution chunk carries along but that are no part of who
speaks: an opening time phrase before a pronoun ("The next week they posted: …"), the
verb phrase after a description ("A voice is then heard saying: …") and the reporter of
words someone else said ("Ruiz said Lopez told her: …")."""

from __future__ import annotations

import re

from bot.analysis import attribution_patterns as patterns

# "The next week they", "Later that day she": the pronoun by the verb is the subject, when
# only lowercase words of a phrase of time come before it ("Though he" opens a clause
# whose subject is found otherwise).
_PHRASE_THEN_PRONOUN = re.compile(
    r"(?i:the|that|this|a|later|earlier|next|last|soon)(?:\s+[a-z][\w-]*){0,5}"
    r"\s+(?P<pronoun>he|she|they)"
)
# "A voice is then heard": the description ends where its verb begins.
_VERB_IN_DESCRIPTION = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|can|could|will|would|may|might)\b.*$", re.IGNORECASE
)


def subject_pronoun(chunk: str) -> str | None:
    """The pronoun that closes a chunk of a time phrase and a pronoun, lowercased."""
    match = _PHRASE_THEN_PRONOUN.fullmatch(chunk.strip())
    return match.group("pronoun") if match else None


def description_head(description: str) -> str:
    """The description without the verb phrase the sentence goes on with."""
    return _VERB_IN_DESCRIPTION.sub("", description).rstrip(" .")


# "Ruiz said Lopez told her: “…”": the speech verb by the quote is the one quoted; Ruiz
# only reports it.
_REPORTED = re.compile(
    r"\s+(?:that\s+)?(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|he|she)\s+"
    rf"{patterns.ADVERB}(?:then\s+)?{patterns.VERB}(?:\s+(?:her|him|them|me|us))?\s*[:,]?\s*"
)


def reported_speaker(match: re.Match[str], begin: int) -> tuple[str, int]:
    """The attribution chunk and where it starts: the subject of a second speech verb
    right before the quote, if the words after the first one are such a clause."""
    tail = match.groupdict().get("tail")
    inner = _REPORTED.fullmatch(tail) if tail else None
    if inner is None:
        return match.group("who"), begin + match.start("who")
    return inner.group("who"), begin + match.start("tail") + inner.start("who")
