"""Whether a short mention and a full name are one person: "Mr. Brandt" is not "Lena
Brandt", "Talvik" is not "his father, Ahmed Talvik," when another Talvik is named, and
"Sir Malcolm" opens "Sir Malcolm Reid" while "Mr. Obama" opens no full name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.analysis import lexicon
from bot.analysis.person_cues import surname

if TYPE_CHECKING:
    from bot.analysis.entities import Mention


_HONORIFIC_BEFORE = re.compile(r"\b(?P<title>Mr|Mrs|Ms|Miss|Sir|Lady|Dame)\.?[ \t\xa0]+$")


def genders_clash(text: str, mention: Mention, other: Mention) -> bool:
    """'Mr. Brandt' and 'Lena Brandt': an honorific's gender tells them apart (a lone
    surname's own first-name reading says nothing: "Omar" may be Nadia Omar); a mention
    never folds into itself either."""
    if other is mention:
        return True
    honorific = _HONORIFIC_BEFORE.search(text, max(0, mention.start - 8), mention.start)
    if honorific is None or other.gender is None:
        return False
    male = honorific.group("title") in lexicon.HONORIFICS_MALE
    return (other.gender == "m") != male


# "His father, Ahmed Talvik,": a relative named once in passing beside the one the page
# is about.
_KIN_BEFORE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w’'-]*[’']s?)\s+(?:late\s+)?{lexicon.KIN_PATTERN}"
    # "Ruiz's husband, former President Ivo Ruiz,": the relative's title between.
    r"\s*,?\s*(?:(?:former|late)\s+)?(?:[A-Z][a-z]+\.?\s+){0,2}$"
)
# "Trump and first lady Melania Trump": a leader's spouse, named in passing; not the first
# lady the story opens on as its subject.
_SPOUSE_BEFORE = re.compile(r"\b(?:[Ff]irst|[Ss]econd)\s+(?:[Ll]ady|[Gg]entleman)\s*,?\s*$")


def another_person(text: str, mention: Mention, other: Mention, full_names: list[Mention]) -> bool:
    """Whether `other` (a full name) is someone else than `mention`: the genders clash, or
    a bare surname ("Talvik said") meets a relative named in passing ("his father, Ahmed
    Talvik,") while another full name with that surname is not one."""
    if genders_clash(text, mention, other):
        return True
    if len(mention.surface.split()) != 1 or not _is_kin(text, other):
        return False
    rivals = [
        f
        for f in full_names
        if f.surface != other.surface
        and surname(f.surface) == surname(other.surface)
        and not _is_kin(text, f)
    ]
    honorific = _HONORIFIC_BEFORE.search(text, max(0, mention.start - 8), mention.start)
    if honorific is not None and other.gender and all(f.gender != other.gender for f in rivals):
        return False  # "Mr Simons" after "her husband, Philip Simons": the title picks him
    return bool(rivals)


# "the older of two daughters to Lev Ruiz, an economist, and Ana Ruiz": parents named in
# passing in the same sentence.
_PARENTS_BEFORE = re.compile(
    r"\b(?:daughters?|sons?|child|children|born)\s+(?:of|to)\s+[^.;:“”\"]*$"
)


def _is_kin(text: str, mention: Mention) -> bool:
    begin = mention.start
    opens_the_story = mention.sentence == 0 and mention.subject_like
    spouse = _SPOUSE_BEFORE.search(text, max(0, begin - 40), begin) is not None
    return (
        _KIN_BEFORE.search(text, max(0, begin - 40), begin) is not None
        or (spouse and not opens_the_story)
        or _PARENTS_BEFORE.search(text, max(0, begin - 120), begin) is not None
    )


def first_name_of(text: str, mention: Mention, full_names: list[Mention]) -> set[str]:
    """The full names that a one-word mention opens ("Sir Malcolm" -> "Sir Malcolm Reid"),
    none after "Mr." or "Ms.", where the one word is a surname ("Mr. Obama")."""
    honorific = _HONORIFIC_BEFORE.search(text, max(0, mention.start - 8), mention.start)
    if honorific is not None and honorific.group("title") in {"Mr", "Mrs", "Ms", "Miss"}:
        return set()
    return {m.surface for m in full_names if m.surface.split()[0] == mention.surface}
