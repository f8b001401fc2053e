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
    assert speakers_in(text) == ["The foreign minister"]


def test_another_countrys_holder_is_not_the_description() -> None:
    text = (
        "Here is the latest:\n\n"
        "The Portuguese foreign minister said in a statement that “we urge both sides to stay "
        "calm and keep talking.”\n\n"
        "Officials met at the border crossing.\n\n"
        "Chilean Foreign Minister Piet Anker arrived on Friday."
    )
    assert speakers_in(text) == ["The Portuguese foreign minister"]


def test_a_title_sharing_only_its_last_word_is_not_the_description() -> None:
    text = (
        "Here is the latest:\n\n"
        "The prime minister said in a statement that “we urge both sides to stay calm and "
        "keep talking.”\n\n"
        "Officials met at the border crossing.\n\n"
        "Defence Minister Piet Anker arrived on Friday."
    )
    assert speakers_in(text) == ["The prime minister"]


def test_a_body_in_the_title_picks_its_holder_over_the_body() -> None:
    text = (
        "Here is the latest:\n\n"
        "The NATO secretary general said that “we stand with our allies and will keep doing "
        "so for as long as it takes.”\n\n"
        "Later, NATO Secretary General Jens Halvor met the envoy."
    )
    assert speakers_in(text) == ["Jens Halvor"]


def test_the_top_diplomat_of_a_country_is_its_secretary_of_state() -> None:
    text = (
        "Here is the latest:\n\n"
        "The top U.S. diplomat said the talks were “going well and we hope for more of the "
        "same.”\n\n"
        "Secretary of State Dana Kell flew to Paris on Friday."
    )
    assert speakers_in(text) == ["Dana Kell"]


def test_the_holder_titled_by_the_body_beats_another_holder_of_the_role() -> None:
    text = (
        "Here is the latest:\n\n"
        "The Fed chair said that rates were “high enough for now and we hope to hold them.”\n\n"
        "Fed Chair Jonas Reed flew to Paris on Friday. Ana Ruiz, chair of the Lisbon Club, "
        "stayed at home."
    )
    assert speakers_in(text) == ["Jonas Reed"]


def test_he_after_a_title_opening_the_sentence_before_is_its_later_named_holder() -> None:
    text = (
        "Here is the latest:\n\n"
        "The U.S. secretary of state weighed in on Friday. “We are watching this very closely "
        "and urge calm,” he wrote.\n\n"
        "Officials met at the border.\n\n"
        "U.S. Secretary of State Dana Kell flew to Paris on Friday."
    )
    assert speakers_in(text) == ["Dana Kell"]


def test_a_holder_named_in_an_apposition_later_is_the_description() -> None:
    text = (
        "Here is the latest:\n\n"
        "The foreign minister said the talks were “going well and we hope for more of the "
        "same.”\n\n"
        "Later, Ana Ruiz, the country’s foreign minister, flew to Paris."
    )
    assert speakers_in(text) == ["Ana Ruiz"]


def test_a_role_in_a_clause_after_a_name_is_no_apposition() -> None:
    text = (
        "Here is the latest:\n\n"
        "The second official said the talks were “going well and we hope for more of the "
        "same.”\n\n"
        "Jonas Reed said so on Friday, according to the second official."
    )
    assert speakers_in(text) == ["The second official"]


def test_a_capitalised_title_is_its_holder_not_a_name() -> None:
    text = (
        "Here is the latest:\n\n"
        "“We stand with our allies and will keep doing so,” the Foreign Minister said.\n\n"
        "Officials met at the border.\n\n"
        "Foreign Minister Ana Ruiz flew to Paris on Friday."
    )
    assert speakers_in(text) == ["Ana Ruiz"]


def test_a_capitalised_title_with_its_country_is_that_countrys_holder() -> None:
    text = (
        "Here is the latest:\n\n"
        "“We stand with our allies and will keep doing so,” the U.S. Secretary of State told "
        "reporters.\n\n"
        "Russian Foreign Minister Piet Anker met U.S. Secretary of State Dana Kell on Friday."
    )
    assert speakers_in(text) == ["Dana Kell"]


def test_a_vice_or_former_holder_is_not_the_title_itself() -> None:
    text = (
        "Here is the latest:\n\n"
        "The president said that “we stand with our allies and will keep doing so.”\n\n"
        "President Dana Kell met Vice President Jonas Reed on Friday. Ana Ruiz, a former "
        "president, stayed away."
    )
    assert speakers_in(text) == ["Dana Kell"]


def test_the_former_holder_is_the_former_title() -> None:
    text = (
        "Here is the latest:\n\n"
        "The former secretary of state said that “we stand with our allies and always will.”\n\n"
        "Former Secretary of State Ana Ruiz met Secretary of State Jonas Reed."
    )
    assert speakers_in(text) == ["Ana Ruiz"]


def test_a_named_body_and_its_role_is_the_bodys_holder_not_a_name() -> None:
    text = (
        "Here is the latest:\n\n"
        "The State Department spokesperson said that “we stand with our allies and will keep "
        "doing so.”\n\n"
        "State Department spokesperson Tara Bell later told reporters more."
    )
    assert speakers_in(text) == ["Tara Bell"]


def test_a_body_named_in_another_word_order_picks_its_spokesperson() -> None:
    text = (
        "Norway regretted the strikes, Norwegian Foreign Ministry spokesperson Lise Berg said "
        "on Monday.\n\n"
        "UN spokesperson Jonas Reed said talks would go on.\n\n"
        "“Norway regrets the strikes and asks both sides to stop,” the Ministry of Foreign "
        "Affairs spokesperson said in a statement."
    )
    assert speakers_in(text)[-1] == "Lise Berg"
