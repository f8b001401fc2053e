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


def test_a_long_apposition_between_name_and_verb_keeps_the_name() -> None:
    text = (
        "“A colleague and I came across the site last year, and we saw its potential right "
        "away,” Robin Ahlgren, doctoral student in Classical Archaeology and Ancient History "
        "at the University of Lund and leader of the fieldwork, said in a statement."
    )
    assert speakers_in(text) == ["Robin Ahlgren"]


def test_a_heading_dash_then_the_writers_names_label_an_excerpt() -> None:
    text = (
        "The week in review.\n\n"
        "STORM COSTS — Our Zack Colman and Katy O’Donnell: “As the state tallies the tab from "
        "its deadliest hurricane in decades, the damage will erase many nest eggs.”"
    )
    assert speakers_in(text) == ["Katy O’Donnell"]


def test_he_after_a_time_phrase_is_resolved_not_taken_as_a_name() -> None:
    text = (
        "The historian Robert Quist sketched the plan in a speech. He suggested an association "
        "“weaker than a federation, but stronger than an alliance.” A few years later he "
        "argued that it would become “a centre of hope in the world round which peace and "
        "democracy can develop.”"
    )
    assert speakers_in(text) == ["Robert Quist", "Robert Quist"]


def test_he_refers_to_the_source_cited_just_before() -> None:
    text = (
        "As governor, Nelson Arkwright was big on fallout shelters. Arkwright had shelters "
        "built under his mansion, and he found millions in state funding for more.\n\n"
        "The results, according to Jeff Lindqvist, deputy director of the Centre for Disaster "
        "Readiness at Marlow University, were mixed.\n\n"
        "“An ideal shelter would be a room with no windows at all inside a concrete "
        "building,” he said."
    )
    assert speakers_in(text) == ["Jeff Lindqvist"]


def test_she_after_an_unnamed_spokeswoman_speaks_for_her_body() -> None:
    text = (
        "Airport cleaners walked out on Tuesday. The strikers are not aiming to disrupt "
        "travel, a spokeswoman for the Harbour Workers Union said at a press conference.\n\n"
        "“They do want to gain public support,” she said."
    )
    assert speakers_in(text) == ["Harbour Workers Union"]


def test_a_quote_after_a_sentence_with_she_said_as_an_aside_is_hers() -> None:
    text = (
        "On a cold Tuesday, Margaret Thorne rose to speak in New York. The alliance, she "
        "proclaimed, had a task to fulfil. “We take seriously the sanctity of the individual "
        "and we are resolved to uphold the rule of law.”"
    )
    assert speakers_in(text) == ["Margaret Thorne"]
