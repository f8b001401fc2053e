"""Pronoun and follow-on speakers: a lone surname says no gender; rarer present-tense verbs."""

from __future__ import annotations

import pytest

from bot.analysis.entities import find_mentions
from bot.analysis.sentences import split_sentences
from tests.helpers.briefs import speakers_in as speakers_of


def test_she_after_a_surname_that_is_also_a_male_first_name() -> None:
    text = (
        "Councillor Nadia Omar proposed the new cycle lanes last spring.\n\n"
        "Deputy mayor Helen Varga backed the plan after a long debate in the chamber.\n\n"
        "Omar asked residents for patience in a letter posted on Friday. "
        "She added, “We must finish the work before the winter storms arrive.”"
    )
    assert speakers_of(text) == ["Nadia Omar"]


def test_he_still_follows_a_titled_surname() -> None:
    text = (
        "Kevin Omar opened the bakery on the harbour road in 2019.\n\n"
        "Mr Omar said the rent had doubled since then. "
        "He added, “We cannot keep the ovens running at these prices for long.”"
    )
    assert speakers_of(text) == ["Kevin Omar"]


def test_present_tense_comments_names_the_speaker_and_the_next_paragraph_continues() -> None:
    text = (
        "“We tested the new pumps through the whole winter,” comments Lena Brandt of the "
        "water board.\n\n"
        "“The results were better than we expected, and the village should have clean "
        "water by June.”"
    )
    assert speakers_of(text) == ["Lena Brandt", "Lena Brandt"]



@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Two weeks ago, Arvidsson, 31, had gone six games without a goal. Storm defenseman "
            "Marek Holub, who joked about Arvidsson’s habit of changing sticks, could see the "
            "worry on his friend’s face.",
            "Marek Holub",
        ),
        ("Her son, filmmaker Tom Reyes, also remembers it as a hard time.", "Tom Reyes"),
    ],
)
def test_a_role_before_a_name_leaves_it_the_subject(text: str, name: str) -> None:
    named = [m for m in find_mentions(text, split_sentences(text)) if m.surface == name]
    assert [m.subject_like for m in named] == [True]


def test_a_new_sentence_opening_with_when_name_does_not_credit_the_quote_before() -> None:
    text = (
        "Arne Voss wrote plays for forty years. His friend Lena Brandt admired him.\n\n"
        "“He could make theatre out of anything,” Brandt told me. “Once he wrote a short "
        "play based on a parking ticket.” When Voss visited his agent, he left poems on "
        "her desk."
    )
    assert speakers_of(text) == ["Lena Brandt", "Lena Brandt"]
