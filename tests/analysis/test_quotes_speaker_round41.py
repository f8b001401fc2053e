"""Speakers round 41, tuned on pool 26 and invented copy: a plural noun opening a sentence
("Locals cheered the 29-year-old when he …") is nobody's name, and the "he" of a clause of
time speaks; a bare surname shared with the story's relatives ("his son Hugo") is the
principal's, unless a relative is the sentence's topic; "the home secretary" is not the
shadow one; "The South Carolina Republican warned" describes the one named before; a body's quote is
no "she"; a body that confirms news goes on in a quote with no cue of its own; "Even
vice-president Dale Morrow, …," opens a clause as its subject; "The office also emphasised"
is the office that spoke, not one it spoke of; "Rask’s LDP, which …, says" is the party;
and "his grandchildren responded" are the grandchildren.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

HADDAD = (
    "Rami Haddad, who left his hometown eight years ago, ran as an independent. He won 55% "
    "of the votes on Sunday.\n\n"
)
BERGER = "Senator Tom Berger defended his son Hugo, who he said will join the campaign. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HADDAD + "Locals cheered the 29-year-old when he welcomed his win, broadcaster KTV "
         "reported.\n\n“Today, Velden sent an example to the whole country,” he said.",
         ["Rami Haddad"]),
        (HADDAD + "Locals cheered the 29-year-old when he welcomed his win, a victory he "
         "described as “long overdue for the town and its people,” broadcaster KTV reported.",
         ["Rami Haddad"]),
        # look-alike: a name that acts with its own pronoun is still a person
        ("Wren thanked his staff on Monday. “We did it together,” Wren said.", ["Wren"]),
    ],
)
def test_a_plural_noun_opening_a_sentence_is_no_speaker(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BERGER + "Hugo Berger has come under scrutiny over his business dealings. In 2015, "
         "his oldest son Max Berger died of cancer. “Look, we are a family. We have been "
         "through a lot worse,” Berger said.", ["Tom Berger"]),
        # look-alike: the relative is the topic of the sentence before
        (BERGER + "Hugo Berger greeted voters outside the polling station. At one point, a "
         "woman asked for a photo and Berger said, “as long as we are not breaking any "
         "election laws.”", ["Hugo Berger"]),
    ],
)
def test_a_surname_shared_with_relatives_is_the_principal(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


def test_the_home_secretary_is_not_the_shadow_one() -> None:
    assert speakers_in(
        "Home Secretary Yvette Lorne said the plan would cut migration. Shadow home secretary "
        "Chris Pell said he backed part of it.\n\nAs well as visa changes, the home secretary "
        "added there would be new requirements “to get people who are not working back into "
        "jobs here”."
    ) == ["Yvette Lorne"]


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers criticised the decision, including top ally Dana Whitcomb. The South "
        "Carolina Republican warned the president was making “the biggest mistake of his "
        "presidency” by leaving.",
        # "the Kentucky Republican said" makes no surname of "Republican"
        "Senate leader Mitch Harlan has not committed to a vote. Nor has the Kentucky "
        "Republican said whether he will allow one. Senator Dana Whitcomb spoke out on "
        "Wednesday. The South Carolina Republican warned the president was making “the "
        "biggest mistake of his presidency” by leaving.",
    ],
)
def test_a_party_member_described_by_state_is_the_one_named(text: str) -> None:
    assert speakers_in(text) == ["Dana Whitcomb"]


CRITIC = (
    "\n\nSeveral critics called for action, including fellow of the Royal Academy Professor "
    "Dora Blake, a professor at the University of Halden.\n\n“I have no doubt that he has a "
    "view of women that makes him unfit for these roles,” she stated."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“The Academy believes that science needs the best use of the research capabilities "
         "of the entire population,” the Royal Academy said." + CRITIC,
         ["Royal Academy", "Dora Blake"]),
        ("The Royal Academy were quick to distance themselves, releasing a statement that "
         "said “his reported comments in no way reflect the views of the Academy”.\n\n“The "
         "Academy believes that science needs the best use of the capabilities of the entire "
         "population.”" + CRITIC, ["The Royal Academy", "The Royal Academy", "Dora Blake"]),
    ],
)
def test_a_body_is_no_she(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


def test_a_body_that_confirmed_the_news_goes_on_in_a_bare_quote() -> None:
    assert speakers_in(
        "The Royal Guild said “his comments have no place in science.”\n\nHarbour "
        "University confirmed that Tim Holt has resigned. “Harbour was the first university "
        "in the country to admit women on equal terms to men.”"
    ) == ["Royal Guild", "Harbour University"]


def test_a_hyphenated_title_leaves_its_holder_the_subject() -> None:
    assert speakers_in(
        "“We will see what happens,” President Ivo Rask told reporters on Friday.\n\nEven "
        "vice-president Dale Morrow, seen as the most sceptical voice on aid, has criticised "
        "Moscow’s stance in recent days. “Right now, they are asking for too much in order to "
        "end the conflict,” he said earlier in the week."
    ) == ["Ivo Rask", "Dale Morrow"]


def test_the_office_that_spoke_goes_on() -> None:
    assert speakers_in(
        "The Ostland Prosecutor General’s Office said in a statement on Monday that Civic "
        "Watch’s London office has acted as a “centre for the preparation of hostile "
        "projects”. The office also emphasised that members of the group “support extremist "
        "organisations and finance foreign agents”."
    ) == ["Ostland Prosecutor General’s Office", "Ostland Prosecutor General’s Office"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The referendum was called by the Liberal Democratic Party (LDP), which is led by "
         "Ivo Rask, a former prime minister.\n\nRask’s LDP, which has governed for nine of "
         "the last 20 years, says the new rules would favour those “who have contributed "
         "very little, if anything, to the pension fund”.", ["LDP"]),
        # look-alike: a platform after the possessive is the person's own post
        ("Ivo Rask endorsed the senator on Wednesday. From Rask's Facebook post: “For the "
         "sake of our party and country, we must move on.”", ["Ivo Rask"]),
    ],
)
def test_a_leaders_party_speaks_for_itself(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


def test_grandchildren_who_respond_speak() -> None:
    assert speakers_in(
        "When Berger said it would get really mean, his grandchildren responded, “We know how "
        "he is,” they said about the president."
    ) == ["his grandchildren"]
