"""Times a clause sets ahead without a plain future, found in pool 11 (issue 10): a case
adjourned or a suspect remanded to a day ("adjourned the case to October 28", "remanded until
March 3", "the hearing was adjourned until Friday"), the written date of a vote a condition
waits for ("if elected president on Nov. 8"), however past the verb of the sentence, and
"later in the year" in a clause that does not narrate ("assumes a bounce-back later in the
year"), a day an absolute clause sees coming ("With the bill returning to the Commons on
Tuesday", pool 40), a term extended to a written date ("extending the mandate until June 17,
2027", pool 50).

`deadlines._looks_forward` asks `set_ahead` before it reads the tense.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.analysis import timewords as tw
from bot.analysis.tense import PAST

# "adjourned the subversion case to October 28", "was remanded in custody until March 3",
# "has adjourned the case until Monday": the court's next sitting is the day named, however
# past the adjournment. The one reader of an adjournment (deadline_called_sittings reads
# sittings called or moved, and leaves "adjourned" here).
_ADJOURNED = re.compile(
    # the present perfect cannot take a day gone, so its day is ahead however far
    r"(?P<perfect>\b(?:has|have|[’']s|[’']ve)\s+(?:(?:just|now|also|since)\s+)?(?:been\s+)?)?"
    # "had adjourned voting until Thursday" is seen from a day already past
    r"(?<!\bhad\s)(?<!\bhad\sbeen\s)\b(?:adjourned|remanded|adjourning|remanding)\b"
    r"(?:\s+[\w’'-]+){0,5}?\s+$",
    re.IGNORECASE,
)
_TOLD_AS_GONE = re.compile(r",?\s+(?:last|this\s+past)\s+(?:year|month|week)\b", re.I)
_TO_BEFORE = re.compile(r"\b(?:until|till|to)\s+$", re.IGNORECASE)
# A weekday is the coming one for up to four days: "adjourned until Monday" in a Friday story
# is next Monday, in a Wednesday one mostly the Monday gone.
_WEEKDAY_AHEAD = timedelta(days=4)


def _adjourned_to(before: str, phrase: str, family: str, resolved: tw.Range,
                  published: datetime) -> bool:
    if family not in {"date", "weekday", "month"} or resolved[1] <= published or resolved[2]:
        return False  # a date rolled to next year is mostly the one just gone
    to_before = _TO_BEFORE.search(before)
    if re.match(r"(?:until|till)\s+", phrase, re.IGNORECASE):
        head = before
    elif to_before:
        head = before[: to_before.start()]
    else:
        return False
    adjourned = _ADJOURNED.search(re.split(r"[,;:]", head)[-1] + " ")
    if adjourned is None:
        return False
    return (
        family != "weekday"
        or adjourned.group("perfect") is not None
        or resolved[1].date() - published.date() <= _WEEKDAY_AHEAD
    )


# "adopted a resolution extending the mandate of the mission until June 17, 2027": a term
# kept going to a written date of a later day, however past the act that extended it.
_EXTENDED = re.compile(
    r"\b(?:extend|extends|extended|extending|renew|renews|renewed|renewing|prolong|prolongs|"
    r"prolonged|prolonging)\b(?:\s+[\w’'()-]+){0,12}?\s+$",
    re.IGNORECASE,
)
_RUNS_UNTIL = re.compile(r"(?:until|till|through)\s", re.IGNORECASE)


def _extended_to(before: str, phrase: str, family: str, resolved: tw.Range,
                 published: datetime) -> bool:
    if family != "date" or resolved[1] <= published or not re.search(r"\d{4}", phrase):
        return False
    return _RUNS_UNTIL.match(phrase) is not None and (
        _EXTENDED.search(re.split(r"[;:]", before)[-1]) is not None
    )


# "he vowed to stop it if elected president on Nov. 8": the vote a condition waits for is on
# that day, whatever the verb around it ("toured the mills before the vote on May 2" and
# "the vote on Nov 3 was a defeat" narrate, and stay out).
_VOTE_BEFORE = re.compile(
    r"\b(?:if|when|once|unless)\s+(?:re-?)?elected(?:\s+[\w-]+){0,2}\s+$", re.IGNORECASE
)


def _day_of_a_vote(before: str, phrase: str, family: str, resolved: tw.Range,
                   published: datetime) -> bool:
    """Only a written date: a weekday or a bare month after a past verb is mostly gone."""
    if family != "date" or resolved[1] <= published or resolved[2]:
        return False
    return (
        re.match(r"on\s+", phrase, re.IGNORECASE) is not None
        and _VOTE_BEFORE.search(before) is not None
    )


def _later_in_a_present(match: re.Match[str], family: str, left: str, right: str) -> bool:
    """'a bounce-back later in the year': after now unless the clause narrates ('sales
    slumped later in the year', 'Later in the year, he moved')."""
    if family != "part_of_period" or (match.groupdict().get("part") or "").lower() != "later":
        return False
    return PAST.search(left) is None and (bool(left.strip()) or PAST.search(right) is None)


# "With the withdrawal bill returning to the Commons on Tuesday, …": the absolute clause
# tells what is coming ("With the bill having passed on Tuesday" tells what is done).
_WITH_COMING = re.compile(
    r"^\s*[Ww]ith\s+(?:[\w’'.-]+\s+){1,6}?"
    r"(?!having\b|during\b|morning\b|evening\b|meeting\b|hearing\b|ruling\b|funding\b)"
    r"[a-z]{3,}ing\b(?:\s+[\w’'.-]+){0,4}\s+$"
)


def _with_coming(before: str, family: str, resolved: tw.Range, published: datetime) -> bool:
    return (
        family in {"weekday", "date"}
        and resolved[0] > published
        and _WITH_COMING.match(re.split(r"[.;:!?]\s|,\s", before)[-1]) is not None
    )


def set_ahead(
    text: str,
    match: re.Match[str],
    family: str,
    resolved: tw.Range,
    published: datetime,
    clause: tuple[str, str],
) -> bool:
    """A time a clause sets ahead without a plain future: the day a case was adjourned or a
    suspect remanded to, the written date of a vote, "later in the year" in a present."""
    if _later_in_a_present(match, family, *clause):
        return True
    before = text[: match.start()]
    if _TOLD_AS_GONE.match(text, match.end()):
        return False  # "adjourned to October 28 last year"
    return (
        _adjourned_to(before, match.group(), family, resolved, published)
        or _extended_to(before, match.group(), family, resolved, published)
        or _day_of_a_vote(before, match.group(), family, resolved, published)
        or _with_coming(before, family, resolved, published)
    )
