"""Descriptions and follow-on quotes: "the president-elect said" and "the actress
cheerfully stated" name the person the page named before, and a bare quote paragraph
after a paragraph about the speaker (or a caption line) goes on speaking for them."""

from __future__ import annotations

from tests.helpers.briefs import speakers_in


def test_a_hyphenated_title_as_description_names_the_titled_person() -> None:
    text = (
        "President-elect Dana Whitlock has named Kara Voss, the strategist who ran her "
        "campaign, as a senior adviser.\n\n"
        "“She is a tireless advocate of our agenda and has great instincts,” the "
        "president-elect said in a statement."
    )
    assert speakers_in(text) == ["Dana Whitlock"]


def test_an_adverb_after_the_description_is_no_part_of_it() -> None:
    text = (
        "The host asked about the coat. Lena Marsh laughed and said it was borrowed.\n\n"
        "When asked what she once took from a shop, the actress cheerfully stated, “Glass "
        "beads from the corner store, when I was eight years old.”"
    )
    assert speakers_in(text) == ["Lena Marsh"]


def test_a_bare_quote_after_a_paragraph_about_the_speaker_goes_on() -> None:
    text = (
        "“We will not sign a deal that hurts our farmers,” Governor Ines Albright said.\n\n"
        "The governor also admitted that some counties needed help with their roads, but "
        "defended her plan to visit them first.\n\n"
        "“Well, the roads are not ideal. But when we talk plainly we get things done faster.”"
    )
    assert speakers_in(text) == ["Ines Albright", "Ines Albright"]


def test_a_bare_quote_after_a_caption_line_goes_on() -> None:
    text = (
        "“People dismiss us when we talk about the river and why it floods,” says Tama Rewi."
        "\n\n- The river seen from the old bridge, with reeds coming up through the silt\n\n"
        "“We are not visitors here. We have looked after this valley for a long time.”"
    )
    assert speakers_in(text) == ["Tama Rewi", "Tama Rewi"]


def test_a_paragraph_about_someone_else_stops_the_follow_on() -> None:
    text = (
        "“We will not sign a deal that hurts our farmers,” Governor Ines Albright said.\n\n"
        "Mayor Oskar Lind later told the council that the roads needed work first.\n\n"
        "“The roads are not ideal, and everyone in this room knows that they are not.”"
    )
    assert speakers_in(text)[1] != "Ines Albright"


def test_a_surname_is_not_the_relative_named_once_in_passing() -> None:
    text = (
        "President Ramon Talvik has run the province since 2009 with a firm hand.\n\n"
        "His father, Ahmed Talvik, led the province before him and was killed in 2004. "
        "The younger Talvik now rebuilds the capital with money from the government.\n\n"
        "“As long as the capital backs me, I can do everything here,” Talvik said."
    )
    assert speakers_in(text) == ["Ramon Talvik"]


def test_a_relative_who_is_the_only_one_with_the_surname_still_speaks() -> None:
    text = (
        "The mayor spoke first. Her father, Ivo Rask, had built the old mill in 1970.\n\n"
        "“We built it with our own hands and we kept it going for forty years,” Rask said."
    )
    assert speakers_in(text) == ["Ivo Rask"]


def test_an_interviewers_question_between_answers_keeps_the_speaker() -> None:
    text = (
        "“I grew up in a small town and never thought about acting,” says Mira Solberg.\n\n"
        "Did her parents worry about that?\n\n"
        "“Yes. They did not want me to be disappointed, so they kept quiet for a while.”"
    )
    assert speakers_in(text) == ["Mira Solberg", "Mira Solberg"]


def test_according_to_a_statement_credits_the_sentences_subject() -> None:
    text = (
        "The council met late on Tuesday.\n\n"
        "Secretary-General Ana Ruiz is “deeply worried about the situation facing families "
        "in the northern towns,” according to a statement."
    )
    assert speakers_in(text) == ["Ana Ruiz"]
