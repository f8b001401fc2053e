"""Who a body, a spokesperson, "they" or a chief executive's quote stands for (issue 10,
fresh diplomatic news).

Every sentence here was written for this test.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers.briefs import speakers_in

PUBLISHED = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)




@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Firms are cutting output, executives at six companies said.\n\n"
            "Sergii Tkachuk, CEO of Dolynska Group, the country's largest producer of bricks and "
            "building materials, said the generators it had bought could not power its "
            "factories:\n\n"
            "\"For two months now we have been working under cuts with no schedule at all.\n\n"
            "\"In some periods the lack of power can cut output by half.\"",
            ["Sergii Tkachuk"],
            id="a name no list knows before ', CEO of' is the person, not the role",
        ),
        pytest.param(
            "The Maritime Safety Organisation (MSO) said Friday that a local truce is in force "
            "around the port.\n\n"
            "According to the U.N. maritime watchdog, both sides agreed to the truce.\n\n"
            "“Another MSO-brokered truce is now in effect to let crews repair the cranes,” it "
            "said in a statement.",
            ["MSO"],
            id="'it' is the body, not the name that only says whose watchdog it is",
        ),
        pytest.param(
            "Norway is not letting the alliance use its ports for strikes.\n\n"
            "A spokesperson for the Norwegian Ministry of Defence told reporters it had allowed "
            "the use of its ports for defensive patrols.\n\n"
            "“We will not be giving a running commentary on what our allies do,” the "
            "spokesperson added.",
            ["Norwegian Ministry of Defence"],
            id="'the spokesperson' is the one introduced for a body",
        ),
        pytest.param(
            "Not everyone agrees. Harbour Bank research analysts said in a client note that the "
            "strike has strengthened the rebels.\n\n"
            "“The rebels may have lost their leaders, but there are no signs they will give "
            "up,” they wrote.",
            ["Harbour Bank research analysts"],
            id="'they' is the named group of analysts opening the sentence before",
        ),
    ],
)
def test_referents(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


def test_a_named_spokesperson_is_not_replaced_by_an_earlier_body() -> None:
    text = (
        "A spokesperson for the Harbour Board said the port would reopen.\n\n"
        "Later, council spokesman Ivo Rask said the vote was delayed.\n\n"
        "“We will not be rushed into a decision on the quay,” the spokesman added."
    )
    assert speakers_in(text) == ["Ivo Rask"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The vote was delayed.\n\n"
            "The Harbour Commission issued a statement Sunday noting that \"a deal is a deal\" "
            "and that it expected the city \"to keep its promises ... just as the board keeps "
            "its own.\" The Courier has asked the commission for further comment.",
            ["Harbour Commission"],
            id="an outlet asking for comment after a quote does not speak it",
        ),
        pytest.param(
            "The vote was delayed.\n\n"
            "\"Pure chaos from the port authority,\" the chair of the council's trade committee, "
            "Ivo Rask, reacted on Sunday.",
            ["Ivo Rask"],
            id="'reacted' after a quote attributes it",
        ),
        pytest.param(
            "The talks went on.\n\n"
            "A day earlier, harbour mayor Ivo Rask told reporters that there were \"like 15\" "
            "points of agreement between the city and Iran. Keeping Iran out of the deal was "
            "\"Number one, two and three\" on that list, he said.",
            ["Ivo Rask"],
            id="a gerund opening a sentence before a country makes no person of the country",
        ),
    ],
)
def test_attributions(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
