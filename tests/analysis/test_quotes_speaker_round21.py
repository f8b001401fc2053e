"""Speakers met wrong in a twenty-first round, tuned on a hand-judged pool of agency and
broadcast news (pool 15): "the draft says" after "set out by Ana Ruiz in a draft" is
hers, and "It stresses" after it too; "the Varnan officials wrote" after two named people
opened a sentence is that pair; a name inside an opening participle clause ("Speaking
after Rask's remarks, Tom Berger said …") is not whom a later "he said" takes up.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled on Monday.\n\n"
_DRAFT = (
    _LEAD + "Under the deal, which was set out in fuller fashion by Ana Ruiz in a draft for "
    "Lentian leaders on Wednesday, Varna will take back all those who reach the islands.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _DRAFT + "The draft, which was seen by Reuters, says the plan is “to break the "
            "business model of the smugglers and to offer migrants an alternative”. It "
            "stresses the plan is “a temporary and extraordinary measure which is necessary "
            "to end the human suffering”.",
            ["Ana Ruiz", "Ana Ruiz"],
        ),
        (
            _DRAFT + "“The plan is to break the business model of the smugglers,” the draft "
            "says.",
            ["Ana Ruiz"],
        ),
        # look-alike: "It" after a sentence no paper opens is the body named last
        (
            _LEAD + "The Harbour Board met on Monday. It said the plan is “a temporary and "
            "extraordinary measure which is necessary to end the suffering”.",
            ["Harbour Board"],
        ),
    ],
)
def test_a_draft_speaks_for_whoever_set_it_out(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "As evidence, Senator Tom Berger and Representative Ivo Rask cited a July "
            "11 article in a flying magazine.\n\nThe Varnan officials wrote that the "
            "restrictions apply to “staff time or public relations resources” and claimed "
            "that the museum was wrong.",
            ["Tom Berger and Ivo Rask"],
        ),
        (
            _LEAD + "Senator Tom Berger and Representative Ivo Rask wrote to the museum. As "
            "evidence, Berger and Rask cited a July 11 article. A reporter quoted from a "
            "message the museum sent.\n\nThe two lawmakers wrote that the restrictions apply "
            "to “staff time or public relations resources” and more.",
            ["Berger and Rask"],
        ),
        # look-alikes: two countries, one person and a group
        (
            _LEAD + "Kestria and Varna signed the accord on Monday. The two leaders said the "
            "truce is “a first step toward a more durable ceasefire in the region.”",
            ["The two leaders"],
        ),
        (
            _LEAD + "Tom Berger met the protesters on Monday. The Varnan officials said the "
            "truce is “a first step toward a more durable ceasefire in the region.”",
            ["Varnan"],
        ),
    ],
)
def test_a_definite_plural_after_two_named_people_is_the_pair(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "And right now, Ivo Rask does not appear to want to play ball.\n\n"
            "Speaking at the palace following Rask's remarks, Tom Berger said he would "
            "“love” to meet the Varnan leader and agree to the truce.\n\n“We'd like to see a "
            "ceasefire from Varna very soon,” he said.",
            ["Tom Berger"],
        ),
        # look-alike: no subject after the opening clause, so the name in it stays in reach
        (
            _LEAD + "Speaking at the palace after the talks with Ivo Rask on Monday.\n\n"
            "“We'd like to see a ceasefire from Varna very soon,” he said.",
            ["Ivo Rask"],
        ),
    ],
)
def test_a_name_in_an_opening_participle_clause_is_not_the_topic(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected
