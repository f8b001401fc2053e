"""Attributions where the quote is a named owner's words rather than the subject's, found in
pool 40 (issue 10): a claim by its owner ("rejected President Rask's assertion that “…”"), an
owner's paper read out ("His statement ends: “…”"), and the one urging in the clause the quote
closes ("after Ivo Rask MP urged her to help “…”"). `quotes` tries them among its leading
patterns."""

from __future__ import annotations

import re

from bot.analysis.lexicon import POST_NOMINAL_PATTERN

# "Ruiz promised action after Ivo Rask MP urged her to help “…”": the one urging, in the
# clause the quote closes, asks in those words, not the main clause's subject.
LEADING_SUBORDINATE_URGED = re.compile(
    r"[^!?“”\"]{0,240}?\b(?:after|when|as|until|because)\s+"
    rf"(?P<who>(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'.-]*)(?:\s+{POST_NOMINAL_PATTERN})?\s+"
    r"(?:urged|asked|pressed|begged|implored|called\s+on|challenged)\s+"
    r"(?:him|her|them|the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})"
    r"\s+to\s+(?:[a-z]+\s+){0,3}$"
)

# "His statement ends: “…”": the owner's paper, read out, is the owner's words.
LEADING_OWN_PAPER_READS = re.compile(
    r"(?P<who>[Hh]is|[Hh]er)\s+(?:[a-z]+\s+)?(?:statement|letter|post|message|tweet|speech|"
    r"note|column|email|op-ed)\s+(?:ends|ended|reads|read|concludes|concluded|continues|"
    r"continued|begins|began|opens|opened)(?:\s+with)?\s*[:,]?\s*$"
)

# "Carney rejected President Hale's assertion that “…”": the words are the named owner's
# claim, whoever answers it in the sentence.
LEADING_OWNERS_CLAIM = re.compile(
    r"(?:[^“”\"]*?\s)?(?P<who>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)(?<!day)[’']s?\s+"
    r"(?:(?:repeated|latest|earlier|oft-repeated|former)\s+)?"
    r"(?:assertion|claim|remark|comment|suggestion|insistence|contention|boast|accusation)"
    r"\s+that\s*$"
)

# "Frydenberg noted the OECD survey found a “…”": the words are the named body's paper's,
# whoever cites it.
LEADING_PAPER_FOUND = re.compile(
    r"(?:[^“”\"]*?\s)?(?:the|a|an|its|their)\s+(?P<who>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)\s+"
    r"(?:[a-z]+\s+)?(?:survey|report|study|review|audit|analysis|assessment)\s+(?:also\s+)?"
    r"(?:found|finds|concluded|concludes|showed|shows|noted|notes|warned|warns)"
    r"(?:\s+that)?\s+[^“”\"]{0,60}$"
)
