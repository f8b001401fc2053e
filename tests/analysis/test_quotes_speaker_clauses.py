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
