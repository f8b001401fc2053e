"""Times that date something already said or measured, not something due.

- "responded to criticism of his comments this week": the week of remarks already made;
- "the same standard should apply this year": this year set against an earlier one, a
  present claim with nothing falling due;
- "subsidies fell … to just $33 million in fiscal 2016": the year a past figure belongs to;
- "those hoping for a quick deal will have been disappointed this week": a future perfect
  that infers what people felt or saw in the present week, not a time ahead;
- "“We will vote on this tomorrow,” Ruiz said on Tuesday" in Thursday's copy: the day after
  a remark already two days old;
- "Layton said on that day he would consider it over the weekend": a weekend, tomorrow or
  span counted from a day told before, which the copy does not date.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.analysis.tense import tense_markers
from bot.analysis.timewords import WEEKDAY_NAME, WEEKDAYS

_SAID_NOUN = re.compile(
    r"\b(?:his|her|their|its|[A-Z][\w-]*['’]s?)\s+(?:own\s+)?"
    r"(?:comments?|remarks?|statements?|testimony|speech|interview|posts?|tweets?)\s+$"
)
_SAME_APPLIES = re.compile(
    r"\bthe\s+same\s+\w+(?:\s+\w+)?\s+(?:should|would|must|will|to)\s+(?:also\s+)?apply\s+$",
    re.IGNORECASE,
)
_FIGURE_MOVED = re.compile(
    r"\b(?:fell|rose|dropped|declined|grew|climbed|increased|decreased|jumped|slid|plunged|"
    r"soared|shrank|swelled)\b[^,;]*\bto\s+(?:just\s+|only\s+|about\s+|nearly\s+)?"
    r"[$€£]?\d[\d.,]*\s*(?:%|percent|per\s+cent|million|billion|trillion)?\s+$",
    re.IGNORECASE,
)

_INFERRED = (
    r"\bwill\s+have\s+(?:been\s+(?:disappointed|surprised|pleased|relieved|encouraged|"
    r"heartened|dismayed|frustrated|alarmed|delighted|shocked|worried|reassured|struck)|"
    r"noticed|seen|heard|read|watched|followed)\b"
)
_INFERRED_PERFECT = re.compile(rf"{_INFERRED}[^,;]*$", re.IGNORECASE)
# "Those hoping for a deal this week will have been disappointed": the verb after the time.
_INFERRED_AFTER = re.compile(rf"^[^,;]*?{_INFERRED}", re.IGNORECASE)
_THIS_PERIOD = {"this week", "this month", "this year", "today"}


def dates_something_said(before: str, left: str, phrase: str, right: str = "") -> bool:
    """True when the phrase dates remarks made, a comparison of years or a past figure."""
    said = _SAID_NOUN.search(left)
    if said is not None and phrase.lower() == "this week":
        # "responded to his comments this week" (but "will answer his remarks this week")
        kinds = {kind for _, kind in tense_markers(left[: said.start()], from_right=True)}
        return "past" in kinds and "future" not in kinds
    if phrase.lower() in _THIS_PERIOD and (
        _INFERRED_PERFECT.search(left) is not None or _INFERRED_AFTER.search(right) is not None
    ):
        return True  # "will have been disappointed this week"
    return (
        _SAME_APPLIES.search(before) is not None and phrase.lower() == "this year"
    ) or _FIGURE_MOVED.search(before) is not None


# The weekday a remark was made: "said on Tuesday", "told reporters Tuesday", "Speaking on
# Tuesday", "On Tuesday, Ruiz said"; not "said Tuesday's vote".
_REMARK_ON_DAY = re.compile(
    r"\b(?:said|says|told(?:\s+[\w.]+){0,3}?|wrote|announced|stated|added|tweeted|"
    r"speaking|saying|in\s+an?\s+(?:statement|speech|interview|briefing))\s+"
    rf"(?:late\s+|early\s+)?(?:on\s+)?(?P<day>{WEEKDAY_NAME})\b(?![’']s)"
    rf"|^\W*on\s+(?P<day2>{WEEKDAY_NAME}),\s+(?:[\w.’'-]+\s+){{1,4}}(?:said|told|wrote)\b",
    re.IGNORECASE,
)
_DAYS_ON = {"tomorrow": 1, "the day after tomorrow": 2}
# "Layton said on that day he would consider it over the weekend": a remark on a day told
# before, so its own relative times count from that day, not from the copy's.
_REMARK_ON_THAT_DAY = re.compile(
    r"\b(?:said|says|told|wrote|announced|added)\s+(?:on\s+)?that\s+(?:same\s+)?day\b"
    r"|^\W*(?:On\s+)?that\s+(?:same\s+)?day,\s",
    re.IGNORECASE,
)
_COUNTED_FROM_THE_REMARK = frozenset(
    {"weekend", "tomorrow", "next_period", "later_this", "coming", "within", "in_duration"}
)


def day_after_a_remark_gone(text: str, match: re.Match[str], published: datetime) -> bool:
    """'“We will vote on this tomorrow,” Ruiz said on Tuesday' in Thursday's copy: the
    speaker's tomorrow (or tonight) is counted from the remark, and it has gone."""
    remark = _REMARK_ON_DAY.search(text)
    if remark is None:
        return False
    weekday = WEEKDAYS.index((remark.group("day") or remark.group("day2")).lower())
    days_back = (published.weekday() - weekday) % 7
    word = re.sub(r"\s+", " ", match.group("word").lower())
    return days_back > _DAYS_ON.get(word, 0)


def relative_to_a_day_told_before(text: str, family: str) -> bool:
    """'Layton said on that day he would consider it over the weekend': counted from a day
    the copy does not date."""
    return family in _COUNTED_FROM_THE_REMARK and _REMARK_ON_THAT_DAY.search(text) is not None
