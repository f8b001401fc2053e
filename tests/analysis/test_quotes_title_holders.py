"""A job title in the attribution ("the Portuguese foreign minister says") refers to the
one person the article gives that whole title, also when a live blog names them only
further down. Several holders, a holder of another country's title, or a title that only
shares the last word ("Defence Minister" for "the prime minister") resolve to no one."""

from __future__ import annotations

from tests.helpers.briefs import speakers_in


def test_live_blog_title_resolves_to_the_holder_named_later() -> None:
    text = (
        "Here is the latest:\n\n"
        "The Portuguese foreign minister says in a post online that “I am following the talks "
        "between the two sides very closely.”\n\n"
        "Markets in the capital were calm on Tuesday morning.\n\n"
        "Portuguese Foreign Minister Elena Varga later spoke with her counterpart by phone."
    )
    assert speakers_in(text) == ["Elena Varga"]


def test_title_without_country_resolves_to_the_one_holder() -> None:
    text = (
        "Here is the latest:\n\n"
        "The secretary of state said in a statement that “we urge both sides to stay calm "
        "and keep talking.”\n\n"
        "Officials met at the border crossing.\n\n"
        "Port authorities said that Secretary of State Tomas Brandt would arrive on Friday."
    )
    assert speakers_in(text) == ["Tomas Brandt"]


def test_two_holders_of_the_title_leave_the_description() -> None:
    text = (
        "Here is the latest:\n\n"
        "The foreign minister said in a statement that “we urge both sides to stay calm "
        "and keep talking.”\n\n"
        "Later, Portuguese Foreign Minister Elena Varga met Chilean Foreign Minister Piet "
        "Anker at the border."
    )
    assert speakers_in(text) != ["Elena Varga"]
    assert speakers_in(text) != ["Piet Anker"]


def test_another_countrys_holder_is_not_the_description() -> None:
    text = (
        "Here is the latest:\n\n"
        "The Portuguese foreign minister said in a statement that “we urge both sides to stay "
        "calm and keep talking.”\n\n"
        "Officials met at the border crossing.\n\n"
        "Chilean Foreign Minister Piet Anker arrived on Friday."
    )
    assert speakers_in(text) != ["Piet Anker"]


def test_a_title_sharing_only_its_last_word_is_not_the_description() -> None:
    text = (
        "Here is the latest:\n\n"
        "The prime minister said in a statement that “we urge both sides to stay calm and "
        "keep talking.”\n\n"
        "Officials met at the border crossing.\n\n"
        "Defence Minister Piet Anker arrived on Friday."
    )
    assert speakers_in(text) != ["Piet Anker"]
