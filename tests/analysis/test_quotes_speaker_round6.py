"""Speakers met wrong in a sixth round of real copy: the subject of a second "and" clause
nearest the quote ("A reporter asked Ana Ruiz …, and she said:"), an agency that only
relays ("Ruiz said, according to AFP:"), a report's or a charity's issuer ("a report
published on Tuesday by …", "the charity Save the Children"), an unnamed party
spokesperson when one party is named, and "the country's defence ministry" after the one
country the story just made its subject.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled.\n\n"
_QUOTE = "“We need another week to read the whole draft.”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}A reporter asked Tove Brandal about the ferry plan, and she said: {_QUOTE}",
            ["Tove Brandal"],
            id="'and she said' after a reporter's question: she speaks",
        ),
        pytest.param(
            f"{_LEAD}Ivo Rask asked Tove Brandal about the ferry plan and Brandal said: {_QUOTE}",
            ["Tove Brandal"],
            id="'and Brandal said' after another's question",
        ),
        pytest.param(
            f"{_LEAD}Ivo Rask said the ferry plan was ready, and Tove Brandal added: {_QUOTE}",
            ["Tove Brandal"],
            id="a second speaker after 'and' takes the quote",
        ),
        # Negative: with no subject of its own, "and said" is the first subject's.
        pytest.param(
            f"{_LEAD}Asked about the plan, Tove Brandal, who met reporters in Bodo, asked them "
            f"to wait and said: {_QUOTE}",
            ["Tove Brandal"],
            id="'X asked them to wait and said': X",
        ),
        pytest.param(
            f"{_LEAD}Ivo Rask asked Tove Brandal to wait and said: {_QUOTE}",
            ["Ivo Rask"],
            id="'X asked Y to wait and said': X, not the one asked",
        ),
        # Negative: a pair of names is one subject, not a clause after "and".
        pytest.param(
            f"{_LEAD}The council said that Ivo Rask and Tove Brandal wrote: {_QUOTE}",
            ["Ivo Rask"],
            id="'Rask and Brandal wrote' keeps the pair's first name",
        ),
    ],
)
def test_nearest_speech_verb_after_and(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}Ivo Rask said, according to AFP: “We are ready to sit down again soon.”",
            ["Ivo Rask"],
            id="'X said, according to AFP:' credits X",
        ),
        pytest.param(
            f"{_LEAD}Ivo Rask said on Monday, according to AFP, that “we are ready to sit down "
            "again soon.”",
            ["Ivo Rask"],
            id="'X said on Monday, according to AFP, that' credits X",
        ),
        pytest.param(
            f"{_LEAD}“We are ready to sit down again soon,” Ivo Rask said, according to AFP.",
            ["Ivo Rask"],
            id="trailing 'X said, according to AFP' credits X",
        ),
        # Negative: an agency credited for the words themselves stays the speaker.
        pytest.param(
            f"{_LEAD}According to AFP, the minister is “ready to sit down again very soon.”",
            ["AFP"],
            id="'According to AFP' alone credits AFP",
        ),
    ],
)
def test_agency_that_only_relays(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_WARNED = " The report warned: “Winter will turn this into a disaster for the children.”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}A report published on Tuesday by the Fjord Relief Council found that 2,000 "
            f"families had left the coast.{_WARNED}",
            ["Fjord Relief Council"],
            id="'a report published on Tuesday by X'",
        ),
        pytest.param(
            f"{_LEAD}A new report, released by the Fjord Relief Council, found that 2,000 "
            f"families had left the coast.{_WARNED}",
            ["Fjord Relief Council"],
            id="'a report, released by X,'",
        ),
        pytest.param(
            f"{_LEAD}A Fjord Relief Council report found that 2,000 families had left the "
            f"coast.{_WARNED}",
            ["Fjord Relief Council"],
            id="'a X report'",
        ),
        pytest.param(
            f"{_LEAD}A report by the Bergen-based Fjord Relief Council found that 2,000 "
            f"families had left the coast.{_WARNED}",
            ["Fjord Relief Council"],
            id="'Bergen-based' is no part of the body's name",
        ),
        pytest.param(
            f"{_LEAD}A report by the aid group Fjord Relief found that 2,000 families had left "
            f"the coast.{_WARNED}",
            ["Fjord Relief"],
            id="'by the aid group X'",
        ),
        # Negative: two bodies credited with reports leave "the report" as it is.
        pytest.param(
            f"{_LEAD}A report by the Fjord Relief Council and a Coastal Aid Council report "
            f"found that 2,000 families had left the coast.{_WARNED}",
            ["The report"],
            id="two issuers: no guess",
        ),
        pytest.param(
            f"{_LEAD}The charity Feed the Valley said 2,000 families had left the coast. It "
            "said: “Winter will turn this into a disaster for the children.”",
            ["Feed the Valley"],
            id="'the charity Feed the Valley': the whole name, not 'Feed'",
        ),
    ],
)
def test_report_and_charity_issuers(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_COALITION = "“We will not form a coalition with anyone who wants the tolls,”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}The Northern Unity Party won the vote in Halden. {_COALITION} a party "
            "spokesperson said.",
            ["Northern Unity Party"],
            id="'a party spokesperson' with one party named",
        ),
        pytest.param(
            f"{_LEAD}The Northern Unity Party won the vote in Halden. {_COALITION} a spokesman "
            "for the party said.",
            ["Northern Unity Party"],
            id="'a spokesman for the party'",
        ),
        pytest.param(
            f"{_LEAD}Voters backed the Fidora party in Halden. {_COALITION} a party "
            "spokeswoman said.",
            ["Fidora"],
            id="a party no mention takes for a body",
        ),
        pytest.param(
            f"{_LEAD}Voters backed the Social Unity Party (SUP) in Halden. {_COALITION} a party "
            "spokeswoman said.",
            ["Social Unity Party"],
            id="the party and its short form are one party",
        ),
        # Negative: two parties, or a party that is an occasion, name no one.
        pytest.param(
            f"{_LEAD}The Northern Unity Party and the Green League party won seats. "
            f"{_COALITION} a party spokesperson said.",
            ["a party spokesperson"],
            id="two parties: no guess",
        ),
        pytest.param(
            f"{_LEAD}The mayor held a Christmas party in Halden. {_COALITION} a party "
            "spokesperson said.",
            ["a party spokesperson"],
            id="a Christmas party is no party",
        ),
    ],
)
def test_party_spokesperson(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_FRIGATES = "“The two ships will leave port within the week.”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}Finland said on Monday it would send two frigates to the strait. The "
            f"country's defence ministry said: {_FRIGATES}",
            ["Finland's defence ministry"],
            id="'the country's defence ministry' after the one country",
        ),
        pytest.param(
            f"{_LEAD}Finland said on Monday it would send two frigates. {_FRIGATES[:-2]},” the "
            "country’s foreign ministry said.",
            ["Finland’s foreign ministry"],
            id="trailing, with the article's own apostrophe",
        ),
        # Negative: two countries as subjects, so the country is unknown.
        pytest.param(
            f"{_LEAD}Finland and Sweden said on Monday they would send frigates. "
            f"{_FRIGATES[:-2]},” the country's defence ministry said.",
            ["the country's defence ministry"],
            id="two countries: no guess",
        ),
    ],
)
def test_country_body(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}Chile's foreign ministry earlier condemned the raid on the port. It added: "
            "“The crew must be released without any delay.”",
            ["Chile's foreign ministry"],
            id="'It added' after 'the ministry earlier condemned'",
        ),
        pytest.param(
            f"{_LEAD}“The crew must be released without any delay.” Rosa Ibarra, the port "
            "director, separately said.",
            ["Rosa Ibarra"],
            id="'X separately said.' after a finished quote",
        ),
        # Negative: after a finished quote, "has also announced a plan" is new news.
        pytest.param(
            f"{_LEAD}Rosa Ibarra, the harbour lawyer, has egged on the dockers online with pep "
            'talks like "Marta will win the most votes and can still take the most seats while '
            'closing the gap." Rask has also announced a kind of sly solidarity with Marta, '
            "telling voters and online followers that the mayor should quit the council.",
            ["Rosa Ibarra"],
            id="'has also announced a …' credits no finished quote",
        ),
    ],
)
def test_adverb_before_the_verb(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
