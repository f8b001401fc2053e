"""Speakers met wrong in a thirty-first round, tuned on a hand-judged pool of 2016–2026 news
(pool 23) and on invented wire copy: a quote after a fragment too short to keep shares that
fragment's attribution ("Ruiz “does not say no”, Rask said, but “…”"); "Senator Ana Ruiz of
Vermont" is Ana Ruiz; "…, the EU chief negotiator responded" after a long clause is the
negotiator named before, not the EU; "the co-chair of the group" makes a name a person's;
"One of Labour’s demands is that “…”" is Labour's, and "Labour said" is the party; "Rask was
blunt. “…”" is Rask's reply; "the UN chief" is the secretary-general named before.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import QUOTES_PUBLISHED, speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the press conference, Ana Ruiz outlined her questions. She asked: “How will those "
         "30 days be used? To rearm? Who polices it?”\n\nRuiz “doesn't say no directly”, Ivo "
         "Rask said in his nightly address, but “in practice, she is preparing a rejection”.",
         ["Ana Ruiz", "Ivo Rask"]),
        # look-alike: someone else named after the short quote's attribution
        ("At the press conference, Ana Ruiz outlined her questions. She asked: “How will those "
         "30 days be used? To rearm? Who polices it?”\n\nRuiz “doesn't say no directly”, Ivo "
         "Rask said, but Lena Holt insisted that “in practice, she is preparing a rejection”.",
         ["Ana Ruiz", "Lena Holt"]),
        # look-alike: what follows the short quote is its object, not its speaker
        ("Secretary of State Ana Ruiz said that “we’re going to evaluate” the conditions, noting "
         "that some of them “include sanctions that are not ours, they belong to the bloc.”",
         ["Ana Ruiz"]),
    ],
)
def test_a_short_quotes_attribution_carries_on(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ana Ruiz of Vermont said that “there has to be a punishment and a price to "
         "pay” for doing so.", ["Ana Ruiz"]),
        ("“There has to be a punishment and a price to pay,” said Senator Ana Ruiz of Vermont.",
         ["Ana Ruiz"]),
    ],
)
def test_a_senator_of_a_state_is_the_senator(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bloc’s chief trade negotiator, Tom Berger, set London a deadline.\n\nAsked whether "
         "it was necessary, as has been suggested in reports, for London to give clarity on its "
         "plans within a fortnight, the EU chief negotiator responded bluntly: “My answer is yes, "
         "and it is final.”", ["Tom Berger"]),
        ("Obinna Eze, the co-chair of the cross-party group, said he believed enough MPs would "
         "stand firm.\n\n“There is a line to be crossed, and I sense that more and more members "
         "are prepared to do it,” he said.", ["Obinna Eze"]),
        ("The UN secretary-general, Ana Ruiz, urged restraint. “The world cannot afford another "
         "war,” the UN chief said.", ["Ana Ruiz"]),
    ],
)
def test_a_described_speaker_named_before(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The opposition wants changes to the bill. One of Labour’s demands is that “parliament, "
         "and not ministers, has the final say on the agreement”.", ["Labour"]),
        ("Ana Ruiz wants changes to the bill. Her main condition is that “parliament, and not "
         "ministers, has the final say on the agreement”.", ["Ana Ruiz"]),
        ("Labour said the bill “must be thrown out before it does any more damage to the "
         "country”.", ["Labour"]),
        # look-alike: a party's member speaks for herself
        ("Labour MP Ana Ruiz said the bill “must be thrown out before it does any more damage to "
         "the country”.", ["Ana Ruiz"]),
    ],
)
def test_a_demand_is_its_owners(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We have made progress,” Tom Berger said. Ivo Rask was blunt. “We are not there yet, "
         "and we may never be.”", ["Tom Berger", "Ivo Rask"]),
        ("“We have made progress,” Tom Berger said. Ivo Rask struck a different tone. “We are "
         "not there yet, and we may never be.”", ["Tom Berger", "Ivo Rask"]),
        # look-alike: a sentence of another's act, not a stance, keeps the speaker
        ("“We have made progress,” Tom Berger said. Ivo Rask was arrested on Monday. “We are "
         "not there yet, and we may never be.”", ["Tom Berger", "Tom Berger"]),
    ],
)
def test_a_stance_before_a_quote_is_its_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The EU’s chief Brexit negotiator, Tom Berger, set London a deadline.", ["Tom Berger"]),
        ("The chief Varna negotiator met the press on Monday.", []),
        # look-alike: a role before a name, no role after it
        ("Chief negotiator Tom Berger met the press on Monday.", ["Tom Berger"]),
    ],
)
def test_a_name_between_two_roles_is_no_person(text: str, people: list[str]) -> None:
    entities = analyse(text, QUOTES_PUBLISHED).entities
    assert [e.name for e in entities if e.type == "person"] == people
