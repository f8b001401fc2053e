"""The sex a person's name or title tells: an honorific ("Mrs", "Sir"), a kunya ("Um
Mahmoud", the mother of Mahmoud; "Abu Bakr"), else a given name of one sex only."""

from __future__ import annotations

from typing import Literal

from bot.analysis import first_names, lexicon

Gender = Literal["m", "f"]

# A kunya, "mother of" or "father of" a child named after it, tells the sex whatever the
# child's name does.
KUNYA: dict[str, Gender] = {"Um": "f", "Umm": "f", "Oum": "f", "Abu": "m", "Abou": "m"}


def name_gender(title_words: list[str], name: str) -> Gender | None:
    titles = {word.rstrip(".") for word in title_words}
    if titles & lexicon.HONORIFICS_FEMALE:
        return "f"
    if titles & lexicon.HONORIFICS_MALE:
        return "m"
    words = name.split()
    if words and words[0] in KUNYA:
        return KUNYA[words[0]]  # "Um Mahmoud al-Aloul": the mother of Mahmoud
    # "Marine John Tiegen": a second first name of the other sex leaves the sex untold.
    given = words[:2] if len(words) > 2 else words[:1]
    # "Marie-Agnes Strack-Zimmermann", "Jean-Pierre Raffarin": the first part tells the sex.
    given = [word.split("-")[0] for word in given]
    female = any(word in first_names.FEMALE_FIRST_NAMES for word in given)
    male = any(word in first_names.MALE_FIRST_NAMES for word in given)
    if female != male:
        return "f" if female else "m"
    return None
