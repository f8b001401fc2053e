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
