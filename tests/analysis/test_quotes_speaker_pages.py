"""Speakers in shapes that news and feature pages use: an interview opened by "Ask X",
a photographer's credit above a donor's quote, labels, verbless bylines, a subordinate
clause before the speaker, an unnamed source referred back to."""

from __future__ import annotations

from tests.helpers.briefs import speakers_in


def test_an_imperative_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Ask most people what defines the city and they name the harbour. Ask Marta Keller, "
        "the director behind the new film, and she answers at once: “Traffic jams. Anyone "
        "who has lived here will tell you that.”\n\n"
        "“We rehearsed that scene more than any other,” Keller says."
    )
    assert speakers_in(text) == ["Marta Keller", "Marta Keller"]


def test_a_photo_credit_line_is_not_who_speaks_below_it() -> None:
    text = (
        "The museum had to start from scratch.\n\n"
        "Family Bible\n\n"
        "Donated by Olu Adeyemi, Camden, N.J.\n\n"
        "Tara Quinlan for The New York Times\n\n"
        "“It has been in the family since 1920 and was kept on top of a piano for decades.”"
        "\n\nThe museum opens next week."
    )
    (speaker,) = speakers_in(text)
    assert "Quinlan" not in (speaker or "")


def test_a_label_before_a_colon_is_not_a_speaker() -> None:
    text = (
        "We asked six designers for a shirt each.\n\n"
        "The statement: “Someone’s choice of shirt says more about them than any coat they "
        "could ever own.”"
    )
    assert speakers_in(text) == [None]


def test_a_name_and_apposition_after_the_quote_credit_it_without_a_verb() -> None:
    text = (
        "Interest in the probe grew quickly. “The public’s interest has been quite "
        "remarkable,” Ivo Rask, senior adviser for the agency. “Nobody expected it to go "
        "this far.”"
    )
    assert speakers_in(text) == ["Ivo Rask", "Ivo Rask"]


def test_in_someones_words_credits_them() -> None:
    text = (
        "The team led by Dr. Hanne Lenz measured the delay. In Dr. Lenz’s words, “Could the "
        "moment the brain decides be the moment we become aware of it?”"
    )
    assert speakers_in(text) == ["Hanne Lenz"]


def test_a_title_alone_is_resolved_not_reported_as_a_name() -> None:
    text = (
        "President Tom Corbin has warned his trading partners before. “I don’t like that "
        "decision at all, and I will tell him so when we speak again,” the US President said."
    )
    assert speakers_in(text) == ["Tom Corbin"]


def test_the_name_after_a_possessive_and_a_nationality_speaks() -> None:
    text = (
        "Beijing took a different line when the foreign minister Omar Qadri visited. Qadri’s "
        "Chinese counterpart Li Wen had then said: “The issue should be resolved peacefully "
        "according to the charter of the organisation.”"
    )
    assert speakers_in(text) == ["Li Wen"]


def test_the_main_clause_speaks_after_a_when_clause_naming_someone_else() -> None:
    text = (
        "When the host Chris Walton asked the governor about the briefings, Tom Harlan said "
        "the following.\n\n"
        "“Well, I get it when I need it. I don’t have to be told the same thing every single "
        "day.”"
    )
    assert speakers_in(text) == ["Tom Harlan"]


def test_the_source_introduced_as_unnamed_stays_unnamed() -> None:
    text = (
        "Lena Ortiz met the governor on Thursday. One former adviser said he was certain the "
        "comments were meant to placate the crowd.\n\n"
        "“He is not going to be confrontational in that moment. Trust me, the agreement is a "
        "goner,” the former adviser said."
    )
    assert speakers_in(text) == ["the former adviser"]
