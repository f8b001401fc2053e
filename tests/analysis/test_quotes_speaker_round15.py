"""Speakers met wrong in a fifteenth round, general fixes for the classes a hand-judged
pool of wire news left: a body named for its purpose clipped ("Institute" of "the Institute
for the Study of …"); "one senior official from <region>" (the description, not the
region); "<Country> authorities said" (them, not unknown); "Ruiz’ spokesman" (the
spokesman, not Ruiz).

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled on Monday.\n\n"
_THINK_TANK = (
    _LEAD + "Ana Ruiz said on Friday that she hoped to meet Ivo Rask soon.\n\n"
    'The {body}, a Lentia think tank, said in an assessment Thursday that "Ruiz remains '
    'uninterested in ending the dispute and is stalling for time."\n\n'
    '"Ruiz continues to believe that time is on her side," it said.'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named for its purpose is one name, not "Institute" and "Study of Harbours"
        (
            _THINK_TANK.format(body="Institute for the Study of Harbours"),
            ["Institute for the Study of Harbours"] * 2,
        ),
        (
            _THINK_TANK.format(body="Center for the Study of Rivers"),
            ["Center for the Study of Rivers"] * 2,
        ),
        # look-alikes: a one-piece body name keeps its place before the apposition
        (_THINK_TANK.format(body="Harbour Policy Institute"), ["Harbour Policy Institute"] * 2),
        (
            _LEAD + 'Ana Ruiz, a Lentia lawyer, said that "the deal is dead and everybody in '
            'the port knows it."',
            ["Ana Ruiz"],
        ),
    ],
)
def test_body_named_for_its_purpose(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_FRIDAY = (
    _LEAD + '"We are working now to make sure that it does not happen. There is still a lot '
    'of time until Friday," said {who}.'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one official from a region is that description, not the region
        (
            _FRIDAY.format(who="one senior official from Eastern Varna"),
            ["one senior official from Eastern Varna"],
        ),
        (
            _FRIDAY.format(who="an official from the Lentia Ministry"),
            ["an official from the Lentia Ministry"],
        ),
        # look-alike: a spokesperson for a body is the body's voice
        (_FRIDAY.format(who="a spokesman for the Lentia Ministry"), ["Lentia Ministry"]),
    ],
)
def test_one_official_from_somewhere(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_AUTHORITIES = (
    _LEAD + '"We are in the final stages of amending the Harbour Act, which will change the '
    "board's structure,\" {who} said."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's authorities speak like its officials
        (_AUTHORITIES.format(who="Varna authorities"), ["Varna authorities"]),
        (_AUTHORITIES.format(who="Lentia Republic authorities"), ["Lentia Republic authorities"]),
        # look-alikes: officials as before; "the authorities" stay as written
        (_AUTHORITIES.format(who="Varna officials"), ["Varna officials"]),
        (_AUTHORITIES.format(who="the authorities"), ["the authorities"]),
    ],
)
def test_country_authorities(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_CONCERN = (
    _LEAD + "Secretary General Ana Ruiz expressed deep concern for the civilians of the "
    'north.\n\n"The plight of the civilians trapped in the north is unbearable," {who} said.'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's spokesman is that person's unnamed voice, not the person
        (_CONCERN.format(who="Ruiz’ spokesman"), ["Ruiz’ spokesman"]),
        (_CONCERN.format(who="Ana Ruiz's spokeswoman"), ["Ana Ruiz's spokeswoman"]),
        # look-alikes: the person herself; a body's spokesman speaks for the body
        (_CONCERN.format(who="Ruiz"), ["Ana Ruiz"]),
        (_CONCERN.format(who="a Harbour Ministry spokesman"), ["Harbour Ministry"]),
        # a company the story names by that word is no person: its spokesman speaks for it
        (
            "Halden, the shipping firm, cut 300 jobs on Monday. “We had no choice,” "
            "Halden’s spokesman said.",
            ["Halden"],
        ),
        (
            "Acme Corp cut 300 jobs on Monday. “We had no choice,” Acme’s spokesman said.",
            ["Acme Corp"],
        ),
    ],
)
def test_spokesman_of_a_person(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_HOLD = (
    _LEAD + '"So the only option is to win," said a soldier called Tomas Berg.\n\n'
    "In the south, {who} said the troops were determined to hold.\n\n"
    '"We are on our land, we have no way out," {pronoun} said.'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone unnamed but for a call sign or a given name speaks on through he/she
        (
            _HOLD.format(who="a howitzer commander using the call sign Lark", pronoun="he"),
            ["Tomas Berg", "a howitzer commander using the call sign Lark"],
        ),
        (
            _HOLD.format(
                who='an armed man who gave his name only as Abu Karim ("father of Karim")',
                pronoun="he",
            ),
            ["Tomas Berg", "Abu Karim"],
        ),
        # look-alike: a named subject as before
        (_HOLD.format(who="Ivo Rask", pronoun="he"), ["Tomas Berg", "Ivo Rask"]),
    ],
)
def test_pronoun_for_someone_named_in_passing(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_SIEGE = (
    _LEAD + 'On the ground, resident {name} said: "We are really dying under a tight '
    'siege."\n\n"None of us can leave home even to get some food," said the {who}.'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain "the man" right after a named man's quote is that man
        (_SIEGE.format(name="Karim Tamir", who="Varnan man"), ["Karim Tamir"] * 2),
        (_SIEGE.format(name="Ana Ruiz", who="young woman"), ["Ana Ruiz"] * 2),
        # look-alikes: the other gender, or a role, stays a description
        (_SIEGE.format(name="Ana Ruiz", who="Varnan man"), ["Ana Ruiz", "the Varnan man"]),
        (
            _LEAD + 'Ana Ruiz said: "We are dying here."\n\nA neighbour, who did not want to '
            'be named, said he saw smoke. "It was an attack," the man said.',
            ["Ana Ruiz", "the man"],
        ),
    ],
)
def test_the_man_just_quoted(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_ENVOY = (
    _LEAD + "Ana Ruiz met Tomas Berg on Friday.\n\nRuiz’s special envoy for investment and "
    'trade{who} in an X post called it "an important day of diplomacy with the focus on a '
    'lasting deal."'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the envoy named after a person's role posts, not the person whose envoy he is
        (_ENVOY.format(who=", Zoltar Vesnin,"), ["Zoltar Vesnin"]),
        (_ENVOY.format(who=", Kiril Vesnin,"), ["Kiril Vesnin"]),
        # look-alikes: a known name as before
        (_ENVOY.format(who=", Ivo Rask,"), ["Ivo Rask"]),
    ],
)
def test_envoy_named_after_a_persons_role(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_DISPLACED = (
    _LEAD + 'Ivo Rask said on Thursday that the state would protect everyone. "We will not '
    'abandon the south," he said.\n\n{who} said in a statement that more than 1,000 families '
    'had fled as a result of "attacks on farmers by outlaw groups."'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role of a place the description names itself is not whoever spoke last
        (
            _DISPLACED.format(who="The governor of neighboring Pella province"),
            ["Ivo Rask", "The governor of neighboring Pella province"],
        ),
        (
            _DISPLACED.format(who="The police chief of the Pella region"),
            ["Ivo Rask", "The police chief of the Pella region"],
        ),
        # look-alikes: a body's head is the body as before
        (_DISPLACED.format(who="The head of the Harbour Board"), ["Ivo Rask", "Harbour Board"]),
    ],
)
def test_role_of_a_named_place(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_REPORT = (
    _LEAD + 'The Varna Trade Representative in a 2024 report said that it advocated "for '
    'stronger anti-graft rules, {term} protection and enforcement, and market access" in '
    'Lentia.\n\n"Varna and Lentia have discussed virtual talks on labor reforms and farm '
    'barriers," the report said.'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name inside the report's own quoted words did not write it
        (_REPORT.format(term="IP"), ["Varna Trade Representative", "the report"]),
        (_REPORT.format(term="HSB Fund"), ["Varna Trade Representative", "the report"]),
        # look-alike: a body named outside the quote as the report's author
        (
            _LEAD + 'The Harbour Board said in a 2024 report that ports needed "stronger '
            'anti-graft rules and market access" in Lentia.\n\n"Varna and Lentia have '
            'discussed virtual talks on labor reforms and farm barriers," the report said.',
            ["Harbour Board", "Harbour Board"],
        ),
    ],
)
def test_report_author_outside_its_quote(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_NOWHERE = (
    _LEAD + "{who}, a senior associate fellow at the Royal Harbour Services Institute (RHSI), "
    'told the Varna Post that nowhere "will give them protection in the same way that Pella '
    'did".'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials before a surname, then a long apposition, before the verb
        (_NOWHERE.format(who="H A Vellner"), ["H A Vellner"]),
        (_NOWHERE.format(who="H. A. Vellner"), ["H. A. Vellner"]),
        # look-alikes: a full or bare name as before
        (_NOWHERE.format(who="Ana Vellner"), ["Ana Vellner"]),
        (_NOWHERE.format(who="Vellner"), ["Vellner"]),
    ],
)
def test_initials_before_a_long_apposition(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected
