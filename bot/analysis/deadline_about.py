"""What a deadline is about: the words of its clause nearest the time phrase (issue 10).

A long clause keeps the words closest to the phrase on both sides, so "rates would, by
August, return to where they stood before ..." keeps its subject; the other end of a date
range is no part of the subject; a plan participle set off by commas ("The visit,
scheduled for May 3, ...") is about the noun before it.
"""

from __future__ import annotations

import re

from bot.analysis.deadline_pages import SUBORDINATOR, phrase_clause
from bot.analysis.future_words import SCHEDULED
from bot.analysis.spans_ahead import IT_WAS_A
from bot.analysis.timewords import MONTH, WEEKDAY_NAME

ABOUT_WORDS = 20
# "March 31-April 2": the other end of a range of days.
_RANGE_END = re.compile(
    rf"^\s*(?:(?:[-–]\s*(?:{MONTH}\s+)?|(?:to|through|until)\s+{MONTH}\s+)\d{{1,2}}\b(?![.,]?\d|%)|"
    rf"(?i:(?:and|or|to|through)\s+{WEEKDAY_NAME}\b))"
)
_RANGE_START = re.compile(
    rf"(?:(?:{MONTH}\s+)?\d{{1,2}}\s*[-–]|(?i:(?:on\s+)?{WEEKDAY_NAME}\s+(?:and|or|to|through)))\s*$"
)
_PLAN_PARTICIPLE = re.compile(
    rf"\s*(?:{SCHEDULED}|pencilled|penciled)(?:\s+(?:for|on|in))?\s*",
    re.IGNORECASE,
)
_CLAUSE_BEFORE_MODAL = re.compile(
    r"([^,;:—–()]*\b(?:would|will|could|should|must|might|can|is|are|was|were)),\s*$"
)
_NOUN_BEFORE_COMMA = re.compile(r"(?:^|[,;:—–(]\s*)([^,;:—–()]+?),\s*$")


def without_range_ends(left: str, right: str) -> tuple[str, str]:
    """'scheduled for March 31-April 2': neither date is what the other one is about."""
    return _RANGE_START.sub("", left), _RANGE_END.sub("", right)


def subject_of_participle(before: str, left: str) -> str:
    """'The visit, scheduled for': the noun the participle describes, then the participle;
    `before` is the sentence up to the participle's clause."""
    if not _PLAN_PARTICIPLE.fullmatch(left):
        return left
    noun = _NOUN_BEFORE_COMMA.search(before)
    return f"{noun.group(1).strip()} {left.strip()}" if noun else left


# "..., for two weeks beginning in the coming days", "..., at a to-be-announced date later
# this year": a frame after a comma that only says when; the main clause says what.
_FRAME_ONLY = re.compile(
    r"\s*(?:(?:for\s+[\w\s-]{1,25}?\s+)?(?:beginning|starting)|(?:at|on)\s+an?\s+(?:[\w-]+\s+)?"
    r"(?:date|time)(?:\s+to\s+be\s+[a-z]+)?)\s*",
    re.IGNORECASE,
)


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:without|with|of|in|for|by|to|on|at|from|under|after|before|during)\s*$", re.I
)


# "suspending flights to Tel Aviv, Beirut and Oman until March 7": the last items of a
# list after a comma; the clause the list hangs on says what runs to the time.
_LIST_TAIL = re.compile(r"\s*(?:[\w.’'-]+\s+){0,3}(?:and|or)\s+(?:[\w.’'-]+\s+){0,2}[\w.’'-]+\s*")
_ITEM_BEFORE = re.compile(r"\b[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s*,\s*$")


def with_list_head(head: str, left: str) -> str:
    if not (_LIST_TAIL.fullmatch(left) and _ITEM_BEFORE.search(head)):
        return left
    return f"{re.split(r'[;:]', head)[-1]}{left}"


# "the Nato summit, which will be held on Tuesday": before the comma, only a noun phrase
# that opens with its article is sure to be the antecedent.
# "a fifth round of negotiations": with the "of" phrase that may close it.
_NOUN_PHRASE_END = re.compile(
    r"\b(?:the|an?|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+"
    r"(?:\s+of\s+(?:the\s+)?[\w’'-]+)?$",
    re.IGNORECASE,
)


def antecedent_of(head: str, own: str) -> list[str]:
    """The last words before a relative 'which': from its own clause, else the noun phrase
    closing the clause before the comma."""
    if own.strip():
        return re.split(r"[,;:]", own)[-1].split()[-3:]
    clause = re.split(r"[;:]", head.rstrip(" ,"))[-1]
    # "its full decision on whether the policy was legal, which is due": the decision
    clause = _WHETHER_TAIL.sub("", clause)
    noun = _NOUN_PHRASE_END.search(clause)
    return noun.group().split() if noun else []


_WHETHER_TAIL = re.compile(r"\s+(?:on|about|over|as\s+to)\s+(?:whether|if|how)\b.*$", re.I)


def interrupted_verb(before: str, left: str) -> str:
    """'rates would, by August, return ...': the clause the time interrupts, up to its modal."""
    if left.strip():
        return left
    chunk = _CLAUSE_BEFORE_MODAL.search(before)
    return chunk.group(1) if chunk else left


def nearest_words(left: str, right: str) -> list[str]:
    """At most ABOUT_WORDS words, the nearest of each side first, half or more from the left."""
    before, after = left.split(), right.split()
    if len(before) + len(after) <= ABOUT_WORDS:
        return before + after
    keep = min(len(before), max(ABOUT_WORDS - len(after), ABOUT_WORDS // 2))
    return before[len(before) - keep :] + after[: ABOUT_WORDS - keep]


_DANGLING_PREPOSITION = re.compile(
    # 'delay the visit by "a month or so"': the preposition with the quote opening the phrase
    r"\s*\b(?:from|by|in|on|until|till|before|for|at|to|as early as|no later than|starting|"
    r"(?:and\s+)?at\s+the\s+(?:very\s+)?latest,?|"  # "and at the latest by mid-January"
    r"(?:sometime\s+)?between\s+now\s+and)"
    r"(?:\s*[\"“‘])?$",
    re.IGNORECASE,
)
# "Bessent said that in the coming months, the office will ...": a reporting frame alone
# names nothing; the clause after the time does.
_FRAME_OF_REPORT = re.compile(
    r"\s*(?:[\w.’'-]+\s+){0,4}(?:said|says|told\s+\w+|announced|added|noted|wrote)"
    r"(?:\s+that)?\s*",
    re.IGNORECASE,
)
_LEADING_JUNK = re.compile(r"^(?:--\s+)?(?:and|but|or|so|as|then|which|that)\s+", re.IGNORECASE)


# "next week's election", "Saturday's match against Spain": the event the time is of.
_POSSESSED_EVENT = re.compile(
    r"[’']s\s+(?P<event>(?:[\w-]+\s+){0,3}?[a-z][\w-]*)"
    r"(?=\s*(?:[,.;:!?”\"]|$)|\s+(?:is|are|was|were|will|would|could|can|may|might|should|must|"
    r"has|have|had|says|said|and|in|on|at|for|to|that|which|who)\b)"
)


def about_of(
    text: str, match: re.Match[str], group: str | None = None, end: int | None = None
) -> str:
    """The words of the clause a time phrase sets the time of; with a phrase group
    ("delay the visit by a month"), the words around that group, the verb included; `end`
    where a phrase runs on past its match ("within a week of the ceasefire")."""
    if "countdown_to" in match.re.groupindex and match.group("countdown_to"):
        # "three weeks to go until Election Day": the event counted down to is what is due
        return " ".join(match.group("countdown_to").split()[:ABOUT_WORDS])
    if "year_event" in match.re.groupindex and match.group("year_event"):
        # "the 2027 Assembly election", "the consequential 2026 midterms"
        return f"{match.group()}{match.group('year_event')}"
    if group != "span":
        group = None  # a range's last year ("from 2009 to 2011") keeps its first out
    start, end = match.start(group or 0), end or match.end(group or 0)
    left, right = phrase_clause(text, start, end)
    before = text[:start]
    head = before[: len(before) - len(left)] if before.endswith(left) else ""
    left, right = without_range_ends(left, right)
    left = with_list_head(head, left)
    left = interrupted_verb(head, subject_of_participle(head, left))
    if _FRAME_ONLY.fullmatch(left) and head.strip():
        left = f"{re.split(r'[,;:]', head)[0]} {left}"  # the main clause says what starts
    subordinate = list(SUBORDINATOR.finditer(left))
    # "a fifth round of negotiations, which is expected soon": a short relative clause
    # alone says nothing without the noun phrase it hangs on, where one is sure.
    short_relative = (
        bool(subordinate)
        and subordinate[-1].group().lower() == "which"
        and not left[: subordinate[-1].start()].strip()
        and bool(antecedent_of(head, ""))
    )
    if subordinate and (len(left[subordinate[-1].end() :].split()) >= 3 or short_relative):
        cut = subordinate[-1]
        # "a minerals deal which I guess is going to be signed": a relative clause is about
        # the noun it hangs on
        antecedent = (
            antecedent_of(head, left[: cut.start()])
            if cut.group().lower() == "which"
            and not _PREPOSITION_BEFORE.search(left[: cut.start()])  # "without which"
            else []
        )
        left = " ".join([*antecedent, left[cut.end() :]])
    if frame := IT_WAS_A.search(left):
        # "said it was a “matter of days” before she steps down": the frame says nothing due
        left, before = "", before[: len(before) - len(left) + frame.start()]
    dangling = _DANGLING_PREPOSITION.search(left.rstrip())
    if dangling and dangling.group().endswith(("\"", "“", "‘")):
        right = re.sub(r"^\s*[\"”’]", "", right)  # the quote closing the phrase goes too
    left = left.rstrip()[: dangling.start()] if dangling else left.rstrip()
    if _FRAME_OF_REPORT.fullmatch(left) and not right.strip():
        left = ""
    if (possessed := _POSSESSED_EVENT.match(right)) is not None:
        return f"the {possessed.group('event')}"  # "in next week's election": the election
    right = re.sub(r"^[’']s\b", "", right)  # "Saturday's match" -> "match"
    right = re.sub(r"^\s*(?:to|and|through|until|[-–])\s*20\d\d\b", "", right)  # a range's end
    words = nearest_words(left, right)
    if len(words) < 3:
        # A phrase that opens its sentence ("By Friday, the union will ...") governs the rest.
        after = text[end:].strip(" ,")
        words = after.split()[:ABOUT_WORDS]
        if _FRAME_OF_REPORT.fullmatch(after.rstrip(" .!?\"”’")):
            words = []  # "will last for two weeks, the mediators said": the frame is no goal
        earlier = _DANGLING_PREPOSITION.sub("", before.rstrip()).strip(" ,").split()[-ABOUT_WORDS:]
        if len(words) < 3 and len(earlier) > len(words):
            words = earlier  # "... is slated to visit the port, later in the month."
    about = " ".join(words)
    about = re.sub(r"\s*[‘“\"]\s*[’”\"]", "", about)  # the marks around a quoted time phrase
    about = _LEADING_JUNK.sub("", about).strip(' ,.;:—–"“”')
    return about
