"""Speakers met wrong in a twenty-seventh round, tuned on a hand-judged pool of 2017–2025 news
(pool 21): "the taoiseach" (a title glossed in brackets); a quote that goes on after its
speaker's attribution while the next sentence reports someone else's words; a sentence
that leads into a quote with a speaker of its own ("The leaders of 20 aid agencies warned
that"); a paper's editorial; "decried"; an MP's seat; "said first-term Rep. X"; a speaker
who talks about "the prime minister" is not the prime minister; "the sixth time that a
president has visited" introduces no unnamed president; "Part of the guidance" is no name.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_BREXIT = "“He is in favour of leaving, and we are not.”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Tom Hale met Taoiseach (Irish PM) Sean Nolan.\n\nThe taoiseach said: {_BREXIT}",
         ["Sean Nolan"]),
        (f"Tom Hale met Taoiseach Sean Nolan on Monday.\n\nThe taoiseach said: {_BREXIT}",
         ["Sean Nolan"]),
    ],
)
def test_the_taoiseach_is_the_one_titled_so(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Leaflets are thrown at us every day,” Sami Haddad, who is in the north, told the "
         "radio. “But where can we go? We have no refuge in the south.” The IDF said on "
         "Tuesday that around 350,000 people had fled the city.", ["Sami Haddad", "Sami Haddad"]),
        ("“All day long, you boast about destruction,” said Lena Markov, aunt of two "
         "hostages. “Who are you bringing these buildings down on?” Bishop Tomas Lind "
         "meanwhile said conditions in the city were “unacceptable” and repeated his call.",
         ["Lena Markov"]),
        # look-alike (passes on both): a short attribution after the question credits it
        ("“Where can we go?” Sami Haddad asked as a truck drove past, saying it was “full of "
         "families already”.", ["Sami Haddad"]),
    ],
)
def test_a_report_after_a_quote_is_not_its_credit(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


def test_a_sentence_with_its_own_lead_does_not_continue_the_last_speaker() -> None:
    text = (
        "Varna says its aim is to take what it calls the rebels’ “last stronghold”, but the "
        "push has drawn wide condemnation. The leaders of more than 20 major aid agencies, "
        "including Harbour Aid and Relief First, warned that “the suffering in the city is "
        "unconscionable and must end now”."
    )
    assert speakers_in(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“If the army prevails, it will mark a victory for these despots,” noted an editorial "
         "in The Harbour Times that criticised the council.", ["Harbour Times"]),
        ("Tibes Nagyar, U.S. assistant secretary of state for Africa, decried “a brutal and "
         "coordinated attack that mirrors the worst offenses of the old regime.”",
         ["Tibes Nagyar"]),
        ("Ana Ruiz, Labour MP for Eastfield, later tweeted: “Sorry, no parliamentary email "
         "access today, we are under attack.”", ["Ana Ruiz"]),
    ],
)
def test_papers_verbs_and_seats(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


def test_said_first_term_rep_is_the_congressman() -> None:
    text = (
        "Rep. Lena Markov joined the leader this month. Many say “it would be strange not to "
        "have her lead us,” said first-term Rep. Tom Hale, D-Varna. “If we win, I think she "
        "stays,” the Harbour Valley congressman said."
    )
    assert speakers_in(text)[-1] == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lena Markov said the priorities were housing.\n\nTom Hale said the prime minister "
         "needed to “get a grip and lead a national response to this threat”.\n\n“I urge the "
         "government to act,” he said.\n\nThe prime minister said the government was working "
         "with councils, “making sure that the resources are there to keep people safe”.",
         ["Tom Hale", "Tom Hale", "Lena Markov"]),
        # look-alike: "as the nominee" describes the subject herself
        ("On Thursday Ana Ruiz delivered her acceptance speech as the Democratic nominee.\n\n"
         "“A man you can bait with a post is not a man we can trust with power,” said the "
         "Democratic nominee.", ["Ana Ruiz"]),
    ],
)
def test_who_speaks_of_the_prime_minister_is_not_them(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


def test_a_counted_visit_introduces_no_unnamed_president() -> None:
    text = (
        "Ivo Rask arrived on his first visit as president.\n\nThe host said it was the sixth "
        "time that a serving president had visited the islands.\n\nThe president added: “I "
        "think I know most of them because they are my friends.”"
    )
    assert speakers_in(text) == ["Ivo Rask"]


def test_part_of_a_paper_is_no_name() -> None:
    text = (
        "Part of the revised guidance removed the rule and stated, instead, that “school "
        "buildings do not need sprinklers to reach a reasonable standard of safety”."
    )
    assert speakers_in(text) == [None]
