"""Who counts as a person: common first names beyond the core lists, and names that open a
clause after a topic ("As for Rask, he said")."""

from __future__ import annotations

from tests.helpers.briefs import speakers_in


def test_a_common_first_name_makes_her_the_one_she_refers_to() -> None:
    text = (
        "Carly Wendtner threw her support behind Mayor Ivo Rask on Wednesday.\n\n"
        "Wendtner was upfront about her distaste for the harbour plan.\n\n"
        "“There are people in our party who are horrified by this plan,” she said."
    )
    assert speakers_in(text) == ["Carly Wendtner"]


def test_a_common_male_first_name_keeps_him_from_her() -> None:
    text = (
        "Ada Pelling spoke at the ferry terminal on Monday, where the crowd cheered for "
        "Beau Rask, who ran the ferry for years.\n\n"
        "“I want to mention someone whose work for this town is legendary,” she said."
    )
    assert speakers_in(text) == ["Ada Pelling"]


def test_as_for_a_person_then_he_names_that_person() -> None:
    text = (
        "Paul Dorn warned against a brokered convention. “I think that would be an "
        "absolute disaster for all of us,” the senator said.\n\n"
        "As for Ivan Rask, he said he was not worried. “First of all, I think I am going "
        "to have the votes,” he said."
    )
    assert speakers_in(text) == ["Paul Dorn", "Ivan Rask"]


def test_a_name_closing_a_run_of_organisation_words_is_a_person() -> None:
    text = (
        "“The new rules put the whole harbour at risk this winter,” City Harbour Advocate "
        "Trish Colton said.\n\n"
        "House Harbour Republican Mike Pellow (R-Kans.), who has seen the plans, agreed.\n\n"
        "“Some of these plans are not merely about ferries, but about the island itself,” "
        "he said."
    )
    assert speakers_in(text) == ["Trish Colton", "Mike Pellow"]


def test_a_lone_surname_acting_with_his_own_pronoun_is_a_person() -> None:
    text = (
        "Harbour vote.\n\n"
        "At the town hall debate, Dorsen compared himself to Ana Ruiz, saying, “I do not "
        "take speaking fees from the harbour lobby.”\n\n"
        "Kolbeck openly admitted that his pick was political, looking to the March vote. "
        "“With an eye to the vote in March, of course,” he said."
    )
    assert speakers_in(text) == ["Dorsen", "Kolbeck"]


def test_a_known_persons_surname_after_an_organisation_word_stays_a_person() -> None:
    text = (
        "Paul Vantross ran the campaign from March.\n\n"
        "Mike Dorn, the candidate, kept his distance. Rivals worked to undermine whatever "
        "real authority Vantross had.\n\n"
        "In an interview in May, Vantross bragged about his success. “This is not a hard "
        "race for us at all,” he said."
    )
    assert speakers_in(text) == ["Paul Vantross"]


def test_a_first_name_after_his_wife_is_the_she_who_speaks() -> None:
    text = (
        "Mayor Ivan Rask wants an open primary. On the radio on Tuesday, his wife, Jane, "
        "called for the same. “Shutting people out of the vote is not smart,” she said."
    )
    assert speakers_in(text) == ["Jane"]


def test_a_party_label_is_no_name_and_an_organisation_word_before_a_title_comes_off() -> None:
    text = (
        "Hearing.\n\n"
        "Committee Chairman Rep. Ivan Rask, R-Utah, said the questioning will start with "
        "the harbour master, but not end there. “There is no reason why the board should "
        "not share all of that,” he said."
    )
    assert speakers_in(text) == ["Ivan Rask"]


def test_a_name_before_speechwriter_only_modifies_the_speaker() -> None:
    text = (
        "Harbour vote.\n\n"
        "Former Ruiz speechwriter Jon Pellow published a column in the town paper, entitled "
        "“Why Electing Ruiz Now Matters More Than Ever Before.”\n\n"
        "Ana Ruiz thanked him on Friday."
    )
    assert speakers_in(text) == ["Jon Pellow"]
