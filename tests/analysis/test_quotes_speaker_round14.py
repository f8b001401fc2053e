"""Speakers met wrong in a fourteenth round, general fixes for the classes a hand-judged
pool of real news left: "<Body> spokesman <Name> pointed to … and said" (the person, not
the body); "the agency quoted him as saying that …" (the one "him" stands for); "one EU
official" (the description, not the bloc); "a spokesperson for Prime Minister <Name>" (the
spokesperson, not the leader).

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled on Monday.\n\n"
_MOOD = (
    " pointed to 'broad unity' among the delegates and said Varna wanted 'the whole region "
    "to see a real change in the mood' of the talks."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person after the body and the role shares the verb after "and"
        (_LEAD + "Varna Foreign Ministry spokesman Tomas Berg" + _MOOD, ["Tomas Berg"]),
        (_LEAD + "Harbour Party leader Ana Ruiz praised the deal and said it would \"bring "
         "the whole region a real change of mood\".", ["Ana Ruiz"]),
        # look-alike: with no person there the body speaks
        (_LEAD + "The Varna Foreign Ministry" + _MOOD, ["Varna Foreign Ministry"]),
    ],
)
def test_person_after_a_body_and_its_role(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_SAYING = (
    " spoke on Tuesday. The Lentia news agency quoted {who} as saying{that} 'the two sides "
    "had agreed on most issues but now it is hard.'"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "Ana Ruiz" + _SAYING.format(who="her", that=" that back then,"), ["Ana Ruiz"]),
        (_LEAD + "Ana Ruiz" + _SAYING.format(who="her", that=","), ["Ana Ruiz"]),
        # look-alikes: a name is taken as before; a "her" with no woman named is no one
        (_LEAD + "Ana Ruiz" + _SAYING.format(who="Ivo Rask", that=","), ["Ivo Rask"]),
        (_LEAD + "Ivo Rask" + _SAYING.format(who="her", that=" that back then,"), [None]),
    ],
)
def test_agency_quoted_him_as_saying(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_WOUND = _LEAD + "\"It is a huge self-inflicted wound for the whole bloc,\" {who} said."
_WELCOME = (
    _LEAD + "{who} said, \"We welcome the efforts for a ceasefire but no deal is agreed yet.\""
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one of a body's officials is a description of its own, not the body
        (_WOUND.format(who="one EU official"), ["one EU official"]),
        (_WOUND.format(who="a Varna Ministry official"), ["a Varna Ministry official"]),
        # a spokesperson for a titled person is that person's unnamed voice
        (
            _WELCOME.format(who="A spokesperson for Varna Prime Minister Sir Ivo Rask"),
            ["A spokesperson for Varna Prime Minister Sir Ivo Rask"],
        ),
        (
            _WELCOME.format(who="A spokesman for President Ana Ruiz"),
            ["A spokesman for President Ana Ruiz"],
        ),
        # look-alikes: a body's spokesperson still speaks for the body
        (_WOUND.format(who="a Varna Ministry spokeswoman"), ["Varna Ministry"]),
        (_WOUND.format(who="a State Department spokesman"), ["State Department"]),
        (_WELCOME.format(who="A spokesperson for Harbour Bank"), ["Harbour Bank"]),
    ],
)
def test_official_or_spokesperson_of_someone(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_WHEN = _LEAD + "Lentia has not replied. {opener} Ivo Rask said Lentian citizens were fighting "
_WHEN += "in the war, {who} \"all parties to understand Lentia's role calmly and avoid reckless "
_WHEN += "statements.\""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital or country urging, after a time clause with a speech verb of its own
        (_WHEN.format(opener="Last week, when", who="Varna urged"), ["Varna"]),
        (_WHEN.format(opener="After", who="Ana Ruiz warned"), ["Ana Ruiz"]),
        # look-alikes: a time clause with no speech verb, or one that holds the quote
        (
            _LEAD + "When asked about the port, Ivo Rask said: \"We will all lose our jobs "
            "if that happens.\"",
            ["Ivo Rask"],
        ),
        (
            _LEAD + "Last week, when Ivo Rask said \"we will all lose our jobs if that "
            "happens\", nobody listened.",
            ["Ivo Rask"],
        ),
    ],
)
def test_main_clause_after_a_time_clause(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_INVITED = (
    _LEAD + "Ivo Rask met the press. {other} stayed home.\n\nMr Rask has now invited {object} "
    "to meet him in Varna, where {pronoun} said 'my fellow ministers can meet whoever they "
    "like without being pushed into meetings they never asked for'."
)
_STORM = (
    _LEAD + "Update: {who}, joined by Senator Tomas Berg and other officials, gave an overview "
    "of the damage. \"Make no mistake, this was a terrible storm, maybe the worst we have "
    "seen,\" {pronoun} {verb}."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X has invited Y to …, where he said": the subject, not the one invited
        (_INVITED.format(other="Tomas Berg", object="Mr Berg", pronoun="he"), ["Ivo Rask"]),
        # look-alikes: a "she" for the woman invited; the people of a place clause
        (_INVITED.format(other="Ana Ruiz", object="Ms Ruiz", pronoun="she"), ["Ana Ruiz"]),
        (
            _LEAD + "Ivo Rask met the relatives of the crew in Varna, where the families said "
            "'we were never told anything about the ship or its route'.",
            ["the families"],
        ),
        # "he started out by saying": how the speaker began is no part of who speaks
        (_STORM.format(who="Ivo Rask", pronoun="he", verb="started out by saying"), ["Ivo Rask"]),
        (_STORM.format(who="Ana Ruiz", pronoun="she", verb="began by saying"), ["Ana Ruiz"]),
        (_STORM.format(who="Ana Ruiz", pronoun="she", verb="said"), ["Ana Ruiz"]),
    ],
)
def test_subject_of_invited_and_began_by_saying(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_BERG = _LEAD + "Tomas Berg said he would fight on.\n\n"
_HONOUR = (
    " said the job had been an honour and added: \"I could see the enemy systems and predict "
    "their moves. I will no longer be able to do that.\""
)
_SOLDIER = (
    "\"This is the worst mistake the president has made,\" Oleksandr, a young soldier, told "
    "reporters.\n\n"
)
_REPLACE = "\"I know nobody who backs the decision to replace him. Not in the army.\""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description set off by dashes, with a nickname in quotation marks, speaks
        (_BERG + "Another former adviser - a tech expert nicknamed \"Spark\" -" + _HONOUR,
         ["Spark"]),
        (_BERG + "Another former adviser - a tech expert -" + _HONOUR, ["a tech expert"]),
        (_BERG + "Another former adviser, a tech expert," + _HONOUR, ["a tech expert"]),
        # "…, he said:" after a reported clause: the he/she by the verb, not a name inside
        (
            _BERG + _SOLDIER + "He had joined the army this year because he trusted Berg's "
            "team, he said: " + _REPLACE,
            ["Oleksandr", "Oleksandr"],
        ),
        (
            _BERG + "Ana Ruiz, a nurse, told reporters she was tired.\n\nShe had joined the "
            "clinic this year because she trusted Berg's team, she said: " + _REPLACE,
            ["Ana Ruiz"],
        ),
        # look-alike: an opening clause with no name of its own
        (
            _BERG + _SOLDIER + "Because he trusted Berg's team, he said, " + _REPLACE,
            ["Oleksandr", "Oleksandr"],
        ),
    ],
)
def test_dashed_description_and_he_after_a_clause(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_TURNED = _LEAD + "Ivo Rask turned the meeting down on Monday.\n\n"
_ASSEMBLY = (
    "In a statement released before Mr Rask turned the meeting down, the {body} stressed that "
    "its members would not be 'signing any deal'.\n\n'Instead we expect a full and open "
    "exchange of views,' the {kind} said.\n\n'We look forward to telling Mr Rask plainly what "
    "we think of his government.'\n\n"
)
_WENT_ON = (
    "The statement went on to cite Lentia's refusal of 'any talks over the future of the "
    "islands unless the islanders so wish'.\n\n'The vote next month will settle the matter "
    "for good. If the question is raised, it will not be discussed,' it said."
)
_VARNA = "Legislative Assembly of the Varna Islands"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the assembly" (a body's kind) for the one body of that kind the story named; the
        # statement's follow-on, "The statement went on to cite …" and its "it said" too
        (
            _TURNED + _ASSEMBLY.format(body=_VARNA, kind="assembly") + _WENT_ON,
            [_VARNA, _VARNA, f"the {_VARNA}", f"the {_VARNA}"],
        ),
        (
            _TURNED + _ASSEMBLY.format(
                body="National Parliament of the Lentian Republic", kind="parliament"
            ),
            ["National Parliament of the Lentian Republic"] * 2,
        ),
        (
            _TURNED + _ASSEMBLY.format(body="Varna Islands Legislative Assembly", kind="assembly"),
            ["Varna Islands Legislative Assembly"] * 2,
        ),
        # look-alikes: no body of that kind named, the description stays
        (
            _TURNED + _ASSEMBLY.format(body="island's lawmakers", kind="assembly"),
            ["the assembly"] * 2,
        ),
        (
            _TURNED + "'Instead we expect a full and open exchange of views,' the assembly said.",
            ["the assembly"],
        ),
    ],
)
def test_body_kind_for_the_named_body_and_its_statement(
    text: str, expected: list[str]
) -> None:
    assert speakers_in(text) == expected


_PAK = (
    "A peace conference will be held in May, the council announced today.\n\n'We will go to "
    "Varna with hope,' Secretary-General Pak Ji-won said in a statement.\n\nThe announcement "
    "came as mediator Tomas Berg met officials in Varna.\n\nBerg, with backing from the "
    "powers, has been trying to convene the talks since May.\n\nHe will hold a news conference "
    "later today, a spokeswoman said.\n\nThe role of Lentia has been a major stumbling block."
    "\n\nIt was not clear from {whose} statement whether Lentia would be invited.\n\nHe said he "
    "expected 'all regional partners to show their real support for the talks'."
)
_PAK_JI_WON = "Secretary-General Pak Ji-won"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an East Asian name gives the family name first: "Pak's statement" is his
        (_PAK.format(whose="Pak's"), [_PAK_JI_WON, _PAK_JI_WON]),
        # look-alike: with no possessor, the mediator the paragraphs are about
        (_PAK.format(whose="the"), [_PAK_JI_WON, "Tomas Berg"]),
    ],
)
def test_family_name_first(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected
