"""What a time phrase's own clause says for the tense-led steps: timetable, tense, a day gone."""

from __future__ import annotations

import re
from datetime import datetime

from bot.analysis import timewords as tw
from bot.analysis.deadline_other_times import CALENDAR_PRESENT
from bot.analysis.deadline_vantage import dates_a_remark
from bot.analysis.future_words import PLAIN_FUTURE
from bot.analysis.tense import PAST, asks_for_later, nearest_tense, sentence_tense

_AHEAD_OF = re.compile(r"\bahead of\b", re.IGNORECASE)

# A present that reads as a timetable: "the film opens this week", "holds its primary Tuesday",
# "which attends the summit on Friday", and with a plural subject "Democrats vote in Utah",
# "peers begin their debate on Thursday", "three states hold caucuses" ("Monday's vote" is a
# noun).
TIMETABLE = re.compile(
    r"\b(?:holds|votes|opens|begins|starts|meets|resumes|continues|goes|go(?:es)? on sale|"
    r"takes? effect|"
    r"returns|arrives|leaves|departs|sails|kicks off|ends|closes|hosts|travels|visits|faces|"
    # "she heads to Ohio next week", not "sent a memo to agency heads on Monday".
    r"heads(?=\s+(?:to|for|into|back|home|out|off|north|south|east|west|abroad|overseas)\b)|"
    r"plays|"
    r"airs|debuts|launches|expires|reopens|convenes|looms|looming|competes|attends|"
    r"(?-i:(?:who|he|she)\s+races)|(?:is|are)\s+coming(?=\s*(?:[,;.)]|$))|"  # "coming soon"
    # "Black Friday is approaching", not "approaching my list this year"
    r"approach(?:es|ing)(?=\s*(?:[,.;:)]|$|on\b|fast|quickly|rapidly|soon))|"
    r"(?:they|we|which|who|(?!(?:this|his|its|was|has|is|as|us)\b)[a-z]+s)\s+"
    r"(?:vote|begin|meet|resume|continue|"
    r"run\s+out|take\s+effect|reconvene)|runs\s+out|reconvenes|expire|lapses?|kicks?\s+in|"
    # "the sanctions on Orsova expire Friday", "voters go to the polls on Sunday"
    r"gets?\s+under\s+way|polls\s+(?:open|close)|go\s+to\s+the\s+polls|"
    # "the rules come into force on Friday", "the treaty enters into force in May"
    r"(?:comes?|coming|enters?|entering|go(?:es)?|going)\s+into\s+(?:force|effect)|"
    r"hold\s+(?:their\s+|its\s+)?(?:caucus(?:es)?|primar(?:y|ies)|contests?|elections?))\b",
    re.IGNORECASE,
)

# A time phrase that opens its sentence, at most after a preposition: the main clause that
# follows it gives its tense.
# A sentence may open on a conjunction and name a part of the day before the date: "But in
# the early hours of May 2, the army crossed" is as much an opening time as "On May 2, ...".
OPENING_PREPOSITION = re.compile(
    r"[\s“\"‘']*(?:(?:but|and|yet|then|also|separately|meanwhile)\s+)?"
    r"(?:(?:in|on|by|through|during|at|from|until|till|since)"
    r"\s+(?:the\s+(?:(?:early|small|late)\s+)?(?:hours|morning|night|evening|afternoon)\s+of\s+)?)?",
    re.IGNORECASE,
)
# "Talks due to continue on Thursday come after Ana Ruiz accused Moscow of … attacks on
# Tuesday": a day inside a clause of a past act belongs to that act.
_AFTER_A_PAST_ACT = re.compile(
    r"\b(?:after|since|when)\s+(?:[A-Z][\w’'.-]*\s+){1,4}[a-z]+ed\b"
)
WHILE_DOING = re.compile(r"\b(?:while|when|after|since)\s+[a-z]+ing\b[^,;]*$", re.IGNORECASE)


def looks_ahead_in_clause(left: str, right: str) -> bool:
    """A plain future or a timetable present: "will vote Tuesday", "voting opens Thursday"
    (but not "would", "was set to": futures seen from a past day)."""
    return bool(PLAIN_FUTURE.search(left + " " + right) or TIMETABLE.search(left + right))


def inside_quotation(before: str) -> bool:
    """An open quotation mark before the phrase: its words are the speaker's, said then."""
    return (
        before.count("“") > before.count("”")
        or before.count("''") % 2 == 1
        or before.replace("''", "").count('"') % 2 == 1
    )


def still_ahead_though_just_gone(text: str, match: re.Match[str], left: str, right: str) -> bool:
    """For a weekday whose name is also yesterday's: "will vote Tuesday", "voting opens on
    Thursday", "urged them to vote Tuesday" look ahead; "Ahead of Friday's meeting, they
    unveiled" and "said ahead of his event on Monday" are the day just gone, and so is
    "meet on Monday's crash": the preposition governs the day's event, not the day."""
    if match.group("prep") and re.match(r"[’']s\b", text[match.end() :]):
        return False
    if dates_a_remark(text, match, left):
        return False  # "her office on Monday vowing they will pay": the vow is Monday's
    if _EVENT_GONE_BEFORE.search(text, 0, match.start()):
        return False  # "will keep output up despite a drone attack on Saturday": that attack
    if (
        _AHEAD_OF.search(text, 0, match.start())
        and PAST.search(text)
        and not PLAIN_FUTURE.search(_AHEAD_OF.sub(" ", left + " " + right))
    ):
        return False
    after_a_past_act = list(_AFTER_A_PAST_ACT.finditer(left))
    if after_a_past_act:
        left = left[after_a_past_act[-1].start() :]  # the day is that act's, not the main verb's
    return looks_ahead_in_clause(left, right) or asks_for_later(left)


# The day of an event the clause looks back on: "despite a drone attack on Saturday".
_EVENT_GONE_BEFORE = re.compile(
    r"\b(?:despite|following|since|amid)\s+(?:a|an|the|last)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def names_a_day_just_gone(match: re.Match[str], resolved: tw.Range, published: datetime) -> bool:
    """A bare weekday ("Tuesday", "on Tuesday") that, read ahead, lands five or six days
    on: the same name one or two days before publication."""
    if (match.group("prep") or "on").lower() != "on":
        return False  # "by Tuesday", "next Tuesday" look ahead by their own word
    return (resolved[0].date() - published.date()).days >= 5


# A restriction imposed until a time still ahead: "was suspended until the end of the year".
_RESTRICTED = re.compile(
    r"\b(?:suspended|banned|barred|excluded|sidelined|jailed|remanded|closed|frozen|paused|"
    r"put\s+on\s+hold|halted|blocked)\b",
    re.IGNORECASE,
)
_UNTIL_AN_EVENT = re.compile(r"\b(?:until|till)\s+(?:a|an|the)\s+$", re.IGNORECASE)
# The subject of a present: "this weekend is a means to an end", said before the weekend.
_SUBJECT_OF_PRESENT = re.compile(r"\s+(?:is|are)\b(?!\s+[a-z]+ed\b)", re.IGNORECASE)
# "India, which attends the meeting of seven industrialised nations on Friday": the relative
# clause's own present is its verb; the participles after it are adjectives. "agreed to a
# ceasefire that begins on Friday": the same after "that", whatever the main verb's tense.
_RELATIVE_TIMETABLE = re.compile(
    r"\b(?:who|which|that)\s+(?:attends|hosts|visits|faces|plays|holds|opens|meets|begins|starts|"
    r"travels|heads|competes|races|ends|expires|lapses|takes\s+effect|resumes|reopens|"
    r"convenes)\b(?![^,;]*\b(?:was|were|had|did)\b)[^,;]*$",
    re.IGNORECASE,
)
# A post given, with what it is for: "was appointed to lead its board".
_APPOINTED_TO = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:appointed|named|elected|chosen|tapped|picked|"
    r"hired|nominated|selected)\s+to\s+[a-z]+\b[^,;]*$",
    re.IGNORECASE,
)
# "ahead of the Iowa caucuses on Monday": the phrase dates the event ahead.
_AHEAD_OF_THE_PHRASE = re.compile(r"\bahead\s+of\s+(?:[\w’'.-]+\s+){0,6}$", re.IGNORECASE)


def clause_tense(text: str, match: re.Match[str], left: str, right: str, ahead: bool) -> str | None:
    """The tense of the phrase's clause (`nearest_tense`), with readings of its own: a
    relative timetable present ("which attends the summit on Friday");
    "ahead of the meeting" speaks of the meeting, so the clause's own verb decides ("In
    London on Thursday ahead of the talks, she lashed out" is past); a restriction imposed
    until a time ahead runs to it; "this weekend is" said before the weekend looks ahead
    (`ahead`: the phrase's range starts after publication)."""
    phrase = match.group()
    if (re.match(r"(?:until|till)\b", phrase, re.I) or _UNTIL_AN_EVENT.search(left)) and (
        _RESTRICTED.search(left)
    ):
        return "weak"  # "was put on hold until a March 3 hearing"
    if ahead and re.match(r"this\s+(?:week|weekend)$", phrase, re.I) and (
        _SUBJECT_OF_PRESENT.match(right) and not left.strip()
    ):
        return "weak"
    if _RELATIVE_TIMETABLE.search(left) or CALENDAR_PRESENT.search(left):
        # "The 2019 accord expires in March 2024 and a source said …": the change's present
        # right before the time is its verb, whatever the rest of the sentence narrates.
        return "weak"
    if _APPOINTED_TO.search(left):
        return "past"  # "was appointed to lead its board this month": the post, not a plan
    tense = nearest_tense(left, right)
    before = text[: match.start()]
    if tense != "future" or not _AHEAD_OF.search(left + right) or _AHEAD_OF_THE_PHRASE.search(
        before
    ):
        return tense
    left, right = _AHEAD_OF.sub(" ", left), _AHEAD_OF.sub(" ", right)
    own = nearest_tense(left, right)
    if own is None:
        blanked = _AHEAD_OF.sub(lambda m: " " * len(m.group()), text)
        own = sentence_tense(blanked, match.start(), match.end())
    return "past" if own == "past" else tense
