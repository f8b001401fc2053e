"""The shape of the clause around a quote: what follows a closing mark is not always who
spoke ("“…,” saying the city …")."""

from __future__ import annotations

from tests.helpers.briefs import speakers_in


def test_a_participle_after_a_quote_leaves_the_subject_speaking() -> None:
    text = (
        "Harbour vote.\n\n"
        "Ana Ruiz has delivered an impassioned defense of “harbour values,” saying the "
        "city embodied the “bravery, heart and soul of the coast.”"
    )
    assert speakers_in(text) == ["Ana Ruiz"]


def test_adding_after_a_quote_is_no_speaker_either() -> None:
    text = (
        "Ivan Rask praised the new ferry timetable on Tuesday as “the best news the island "
        "has had in years,” adding the harbour board “deserves real credit for it.”"
    )
    assert speakers_in(text) == ["Ivan Rask"]


def test_a_verb_after_but_shares_the_first_clauses_subject() -> None:
    text = (
        "Harbour vote.\n\n"
        "Councillor Ivan Rask used to support fellow islander Paul Dorn, but now said the "
        "mayor had “the chance and the duty to bring the whole harbour together.”"
    )
    assert speakers_in(text) == ["Ivan Rask"]


def test_and_said_after_an_object_still_credits_the_subject() -> None:
    text = (
        "Harbour vote.\n\n"
        "Ana Ruiz met Paul Dorn at the ferry terminal and said the timetable was “a real "
        "step forward for every family on the island.”"
    )
    assert speakers_in(text) == ["Ana Ruiz"]


def test_a_no_break_space_after_the_closing_mark_still_leads_to_the_attribution() -> None:
    text = (
        "Harbour vote.\n\n"
        "Ruiz “is tapping into something very deep inside the harbour party, a real "
        "discontent with the old system,”\xa0Ivan Rask, a Ruiz supporter, told the radio."
    )
    assert speakers_in(text) == ["Ivan Rask"]


def test_he_after_an_opening_phrase_shares_the_verb_after_and() -> None:
    text = (
        "Harbour vote.\n\n"
        "Ivan Rask left no doubt that he would endorse someone this year. Eight years ago, "
        "he supported Paul Dorn over Ana Ruiz and said, “Ana Ruiz has never done anything "
        "for the harbour.”"
    )
    assert speakers_in(text) == ["Ivan Rask"]


def test_he_after_a_sentence_opened_by_a_possessor_is_that_possessor() -> None:
    text = (
        "Harbour vote.\n\n"
        "“I will back the mayor all the way to the vote,” Ivan Rask said on Monday.\n\n"
        "Paul Tuttle’s column also attacked Rask by accusing him of seeking a job at the "
        "port. He calls Rask’s endorsement “the most transparent display of affection in "
        "years.”"
    )
    assert speakers_in(text) == ["Ivan Rask", "Paul Tuttle"]


def test_a_dropped_short_fragment_does_not_cut_the_sentence_before_the_next_quote() -> None:
    text = (
        "Harbour vote.\n\n"
        "After the floods, Ivan Rask released a new radio ad calling it “shameful” that "
        "Mayor Ana Ruiz “has no plan at all to fix the harbour wall.”"
    )
    assert speakers_in(text) == ["Ivan Rask"]


def test_the_name_a_campaign_role_modifies_is_not_the_subject() -> None:
    text = (
        "Harbour vote.\n\nAna Ruiz is running for mayor.\n\n"
        "Ruiz campaign spokesman Ivan Rask sees the vote as a chance to offer families "
        "something other than “the divisive, doom and gloom, fear-mongering” of the other "
        "side."
    )
    assert speakers_in(text) == ["Ivan Rask"]


def test_while_opens_the_quotes_own_clause_but_not_inside_a_report() -> None:
    text = (
        "Harbour vote.\n\n"
        "Mayor Ana Ruiz on Monday signed an order to close the old pier, while Ivan Rask, the "
        "former harbour master, proposed we “wake up and see what the storms did to it.”\n\n"
        "Paul Dorn says that the town wants a real plan, but instead Ruiz is giving them "
        "“lectures, delays and attempts to blame the weather.”"
    )
    assert speakers_in(text) == ["Ivan Rask", "Paul Dorn"]


def test_a_pull_quote_signed_on_its_own_last_line() -> None:
    text = (
        "Budget.\n\n"
        "The board met on Monday to discuss the harbour budget for next year.\n\n"
        '"It is now more important than ever that the council hears from the mayor that a '
        "vote on the harbour sale must not happen.\n"
        'Charles Pellow, Harbour Watch."\n\n'
        "Later the board voted.\n\n"
        '"I worry that we may see a return of the old habits in the council as the mayor '
        "tries to win votes.\n"
        'Former harbour master Ben Dorsey."'
    )
    assert speakers_in(text) == ["Charles Pellow", "Ben Dorsey"]


def test_present_tense_agrees_and_retorts_attribute_the_quote() -> None:
    text = (
        "Harbour vote.\n\n"
        "“Our ideas of success are different from our parents’ ideas,” agrees Michelle "
        "Pellow, 30, of Port Ellen.\n\n"
        "“The harbour will always be the harbour, whatever the council says,” Ivan Rask "
        "retorts."
    )
    assert speakers_in(text) == ["Michelle Pellow", "Ivan Rask"]


def test_a_long_apposition_then_said_when_another_asked() -> None:
    text = (
        "Harbour vote.\n\n"
        "“Very good reporter, very good reporter this one,” Ivan Rask, the party’s "
        "front-runner on the island and the current polling leader in the north by a wide "
        "margin after winning the spring primaries, said when Paul Dorn asked him a question."
    )
    assert speakers_in(text) == ["Ivan Rask"]
