"""The candidate names of a sentence: runs of capitalised tokens, cleaned of possessive
endings and adjective suffixes ("Kyiv-based"), joined by the lowercase words a name may
hold ("Bank of England", "Ursula von der Leyen")."""

from __future__ import annotations

import re

from bot.analysis import first_names, lexicon
from bot.analysis.sentences import Sentence

_TOKEN = re.compile(r"[\w’'.\-&]+")
# Marks right after a name that end its run; after a space, a quotation mark may open one.
_ENDS_RUN_AFTER_SPACE = ",;:!?)"
_ENDS_RUN = _ENDS_RUN_AFTER_SPACE + '"”'

# The same runs as regex text, for the patterns that look for a body's name in the article
# ("the Bank of the North", "the U.S. Embassy"): a full stop stays inside initials only
# ("Monday. EU" is two sentences), an apostrophe inside a word only ("O’Neill", not the
# possessive of "Lyle’s").
NAME_TOKEN = r"[A-Z](?:[\w&-]|[’'](?!s\b)(?=\w)|\.(?=[A-Za-z]))*(?:(?<=\b[A-Z])\.)?"
# A weekday ends a name: "the Court of Appeals on Friday" is the court, then the day.
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
# "St. Mary’s Medical Center": a saint's possessive is one word of a name.
_SAINTS = r"St\.[ \t\xa0]+[A-Z][a-z]+[’']s(?=[ \t\xa0]+[A-Z])"
_RUN_WORD = rf"(?:{_SAINTS}|{NAME_TOKEN})"
NAME_RUN = (
    rf"{_RUN_WORD}(?:[ \t\xa0]+(?:(?:of|for|on|and|the)[ \t\xa0]+)*(?!{_WEEKDAY}){_RUN_WORD})*"
)
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")
# "Samir al-Hakim": a lowercase article glued to a capitalised surname.
_GLUED_PARTICLE = re.compile(r"(?:al|el)-[A-Z]")
# One romanised East Asian syllable ("Sung", "lac", "jung", "myung", "wen"): a hyphenated
# given name ("Wi Sung-lac", "Tsai Ing-wen") is two of them, while an adjective suffix
# ("Kyiv-based", "U.S.-led", "Iran-backed") never is, as its ending ("-ed", "-rn") or its
# second vowel shows. A Wade-Giles syllable may end in "h" ("Hou Yu-ih", "Shih-chieh"), a
# Korean one in "b" ("Kim Young-shub"), a Cantonese one in "t" or "r" ("Yuet-ngor").
_SYLLABLE = (
    r"(?:ch|kk|tt|pp|ss|jj|hs|ts|sh|zh|ng|[bcdghjklmnpqrstwxyz])?[wy]?[aeiou]{1,3}"
    r"(?:ng|[nlkmpchbrt])?"
)
_GIVEN_NAME = re.compile(rf"(?i:{_SYLLABLE})-{_SYLLABLE}")


FIRST_PERSON = re.compile(r"I[’'](?:ll|m|ve|d)")
# "Sean “Diddy” Combs", "Dwayne 'The Rock' Johnson": a nickname in quotes between a first
# name and a surname is no part of the name the story goes on to use.
_NICKNAME = re.compile(
    r"(?P<first>[A-Z][a-z]+)\s+(?P<nick>[“\"‘'][A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?[”\"’'])"
    r"\s+(?=[A-Z][a-z])"
)

# "Union Local 918", "Lodge 7": a union branch's number is part of its name.
_NUMBERED = frozenset({"Local", "Lodge"})
# "No 10 said", "Number 10": the British prime minister's office, named by its door.
_DOORS = {"No": "10", "Number": "10"}
# "the Foreign, Commonwealth and Development Office": one department, a comma inside its name.
_COMMA_INSIDE = {"Foreign": ", Commonwealth and Development Office"}


def _clean_token(raw: str) -> str:
    token = _POSSESSIVE.sub("", raw)
    # "U.S.-led", "Kyiv-based": the lowercase tail is an adjective suffix; "R-Utah" a label.
    if "-" in token:
        head, _, tail = token.partition("-")
        if _GIVEN_NAME.fullmatch(token) and head[:1].isupper():
            pass  # "Sung-lac" is one given name
        elif tail[:1].islower() or head in {"R", "D", "I"}:
            token = head if tail[:1].islower() else ""
    if token.endswith(".") and not re.search(r"(?:^|\.)[A-Za-z]\.$", token):
        if token.rstrip(".") not in {
            "Mr",
            "Mrs",
            "Ms",
            "Dr",
            "Sen",
            "Rep",
            "Gov",
            "Gen",
            "St",
            "Jr",
        }:
            token = token.rstrip(".")
    return token


# "RadoslawSikorski": a given name and a surname copied without the space between them.
_GLUED_FULL_NAME = re.compile(r"(?P<given>[A-Z][a-z]{3,})(?P<surname>[A-Z][a-z]{3,})")


def _unglued(token: str, start: int) -> list[tuple[str, int, int]]:
    """The token, or its given name and surname when copy lost the space between them (not
    "MaryAnne", whose second half is a given name as well)."""
    glued = _GLUED_FULL_NAME.fullmatch(token)
    if glued is None or glued["given"] not in first_names.FIRST_NAMES or (
        glued["surname"] in first_names.FIRST_NAMES
    ):
        return [(token, start, start + len(token))]
    middle = start + len(glued["given"])
    return [(glued["given"], start, middle), (glued["surname"], middle, start + len(token))]


def nickname_spans(text: str) -> list[tuple[tuple[int, int], int]]:
    """Each nickname in quotes after a first name (its marks included) and where the
    surname after it starts."""
    return [
        (nick.span("nick"), nick.end()) for nick in _NICKNAME.finditer(text)
        if nick.group("first") in first_names.FIRST_NAMES
    ]


def capitalised_runs(sentence: Sentence) -> list[list[tuple[str, int, int]]]:
    """Runs of capitalised tokens (with allowed lowercase connectors) as (token, start, end)."""
    runs: list[list[tuple[str, int, int]]] = []
    current: list[tuple[str, int, int]] = []
    pending: list[tuple[str, int, int]] = []  # connectors waiting for the next name word
    whole_name_end = -1  # the end of a name with a comma inside, once its first word is read
    text = sentence.text
    # (span of the nickname, where the surname after it starts)
    nicknames = nickname_spans(text)
    for match in _TOKEN.finditer(text):
        if any(begin <= match.start() < finish for (begin, finish), _ in nicknames):
            continue
        raw = match.group()
        token = _clean_token(raw)
        start, end = sentence.start + match.start(), sentence.start + match.start() + len(token)
        gap = text[current[-1][2] - sentence.start : match.start()] if current else ""
        nickname_before = any(surname == match.start() for _, surname in nicknames)
        if current and not nickname_before and (
            text[match.start() - 1 : match.start()] in {"(", "[", "“", '"'}
            or any(mark in gap for mark in "—–|/")  # "PARIS — U.S. Secretary …": a dash ends it
        ):
            runs.append(current)  # "Jason Chaffetz (R-Utah)": the label is not the name
            current, pending = [], []
        if match.start() < whole_name_end:
            current.append((token, start, end))  # "and" of "Commonwealth and Development"
            continue
        if FIRST_PERSON.fullmatch(raw):
            # "Sometimes I’ll write a letter": the speaker's "I", never a name's word.
            if current:
                runs.append(current)
            current, pending = [], []
            continue
        numbered = token.isdigit() and not pending and current and (
            current[-1][0] in _NUMBERED or _DOORS.get(current[-1][0]) == token
        )
        if token[:1].isupper() or _GLUED_PARTICLE.match(token) or numbered:
            if current:
                current.extend(pending)
            pending = []
            current.extend(_unglued(token, start))
            # "Matt Orton , Chief Strategist": a stray space before the comma ends it too,
            # but not before an opening mark ('Ana "Lulu" Ruiz').
            spaced = int(text[match.end() : match.end() + 1] == " ")
            follow = text[match.end() + spaced : match.end() + spaced + 1]
            door = numbered and current[-2][0] in _DOORS  # "Number 10 Downing Street": two
            inside = text.startswith(_COMMA_INSIDE.get(token, "\0"), match.end())
            if inside:
                whole_name_end = match.end() + len(_COMMA_INSIDE[token])
            # "St. Mary’s Medical Center": a saint's possessive inside a name ends nothing
            saints = len(current) > 1 and current[-2][0] == "St." and bool(
                _POSSESSIVE.search(raw) and _NAME_GOES_ON.match(text, match.end())
            )
            if saints:
                current[-1] = (raw, start, sentence.start + match.end())
            if door or (raw != token and _POSSESSIVE.search(raw) and not saints) or (
                follow and follow in (_ENDS_RUN_AFTER_SPACE if spaced else _ENDS_RUN) and not inside
            ):
                runs.append(current)
                current = []
        elif token in lexicon.NAME_CONNECTORS and current and (
            not pending or (len(pending) == 1 and pending[0][0] in lexicon.NAME_PARTICLES)
        ):
            pending.append((token, start, end))
        else:
            if current:
                runs.append(current)
            current, pending = [], []
    if current:
        runs.append(current)
    return runs


def without_home_place(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """'House Budget Committee Chairman Ivo Rask of South Carolina': the run without the
    place a person is from, where the person's name is read."""
    words = [t for t, _, _ in tokens]
    if "of" not in words[1:-1]:
        return tokens
    at = len(words) - 1 - words[::-1].index("of")
    home = " ".join(words[at + 1 :])
    return tokens[:at] if home in lexicon.PLACES or home in lexicon.PLACE_ALIASES else tokens
