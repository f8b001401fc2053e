"""Speakers whose name the sentence glues to other words (an outlet, an opening
participle, a home address), handles as speakers, "as X puts it", unnamed sources and
relatives, and the sentence words a description or a pronoun carries along."""

from __future__ import annotations

from bot.analysis import attribution_words, unnamed_sources
from tests.helpers.briefs import speakers_in


def test_an_outlet_glued_to_the_surname_is_no_part_of_the_name() -> None:
    text = (
        "Tessa Okafor first spoke out last year. Okafor said the staff knew. "
        "Speaking to the Evening Courier Okafor claimed: “Many things went wrong in that "
        "office and nobody listened to any of us.”"
    )
    assert speakers_in(text) == ["Tessa Okafor"]


def test_an_opening_participle_is_no_part_of_the_name() -> None:
    text = (
        "Ruiz is staying in the race. Comparing Ruiz (“a patient and decent person who "
        "listens”) with Lopez, the senator urged a change. Ruiz has said he would not "
        "step aside “unless I thought the party wanted someone else entirely.”"
    )
    assert speakers_in(text)[-1] == "Ruiz"


def test_the_place_closing_a_home_address_is_not_the_speaker() -> None:
    text = (
        "Fellow marcher, retired welder Colin Marsh, 61, from Hexham, West Ridgeway, said: "
        "“I started my working life in the mills of the valley and I saw it all close.”"
    )
    assert speakers_in(text) == ["Colin Marsh"]


def test_a_handle_that_writes_is_the_speaker_and_they_after() -> None:
    text = (
        "In March, ravenfan88 asked about becoming a courier. The following month they "
        "posted asking for help: “Please, we cannot pay the rent and we are about to lose "
        "the flat.” In an earlier post, ravenfan88 had written, “I have never been one for "
        "long speeches.”"
    )
    assert speakers_in(text) == ["ravenfan88", "ravenfan88"]


def test_as_x_puts_it_credits_x() -> None:
    text = (
        "Ana Ruiz runs the unit. The tool joins the platform with models from Google and "
        "others to — as Ruiz puts it — “bring the power of machines to anyone who types.”"
    )
    assert speakers_in(text) == ["Ana Ruiz"]


def test_a_party_source_is_an_unnamed_source() -> None:
    text = (
        "The party is angry about it. A Labour source said: “It is outrageous that the "
        "minister thought this was fine to do at all.”"
    )
    assert speakers_in(text) == ["A Labour source"]


def test_a_relative_named_before_speaks_not_the_possessor() -> None:
    text = (
        "Ana Mora praised the record. Speaking at a summit in Reno, Luis Mora‘s mom "
        "confirmed, “I played the whole record, and I played it all night long when it "
        "came out.”"
    )
    assert speakers_in(text) == ["Ana Mora"]


def test_a_description_ends_where_its_verb_begins() -> None:
    text = (
        "Protesters stormed the stage in Leeds on Monday. A voice is then heard saying: "
        "“We will have to pause the concert now, friends, sorry”."
    )
    assert speakers_in(text) == ["A voice"]


def test_a_description_with_a_relative_clause_ends_before_it() -> None:
    text = (
        "Night markets now stay open late in the port town. “Before the lamps went up, "
        "nobody came after dark,” says the trader who is in her early 30s."
    )
    assert speakers_in(text) == ["the trader"]


def test_a_body_after_the_keeps_its_last_word() -> None:
    text = (
        "Aides who served in the Reyes White House were stunned. Former House speaker Tom "
        "Vale defended her. Of the uproar over the speech, he said, “It is a little much.”"
    )
    assert speakers_in(text) == ["Tom Vale"]


def test_a_force_is_a_body_and_they_goes_back_to_a_capitalised_handle() -> None:
    text = (
        "In May, skyward77 posted a photo of the base. Later, skyward77 appeared excited by "
        "the Space Force, giving a clip a heading that said: “Wow, the Space Force builds "
        "some truly wild machines.” Skyward77’s posts grew angrier over the year. In one, "
        "they mock the brass. They refuse to apologise, saying that they “serve the force "
        "and would have no right to complain about any of it at all.”"
    )
    assert speakers_in(text) == ["skyward77", "skyward77"]


def test_words_one_speaker_reports_another_saying_are_the_others() -> None:
    text = (
        "Ana Ruiz was abused by Tom Vale for years. Ruiz said Vale told her: “We are going "
        "to have a quiet day today, all of us.” She said he then announced: “My partner "
        "will be joining the two of us today,” and left."
    )
    assert speakers_in(text) == ["Tom Vale", "Tom Vale"]


def test_a_scare_quote_and_a_closing_subject_after_a_clause() -> None:
    text = (
        "Ruiz is “absolutely” staying in the race, the party chair Jen Halloran insisted on "
        "the radio on Friday, calling him the “best person to take on the governor.” Few "
        "agree.\n\nLater, two lawmakers urged Ruiz to stand down."
    )
    assert speakers_in(text) == ["Jen Halloran"]


def test_a_capitalised_title_in_quotation_marks_stays_marked() -> None:
    before = "In a video, the “Skyfall” star, who is “very” proud, said"
    unmarked = attribution_words.unmark_scare_quotes(before)
    assert unmarked == "In a video, the “Skyfall” star, who is  very  proud, said"
    assert len(unmarked) == len(before)


def test_an_unnamed_source_of_a_country_alias_is_kept_whole() -> None:
    assert unnamed_sources.unnamed_source("a senior U.S. official") == "a senior U.S. official"
    assert unnamed_sources.unnamed_source("a Harbor executive") is None
