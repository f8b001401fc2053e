"""Speakers in shapes of long news and feature pages: a word before a name that is no part
of it, unnamed sources kept apart, a surname after Mr. or Ms., rarer reporting verbs."""

from __future__ import annotations

from tests.helpers.briefs import speakers_in


def test_a_label_in_capitals_is_no_part_of_the_name_after_it() -> None:
    text = (
        "Harbour Reserve Bank of Westport President Ivo M. Brandl said the policy is "
        "“risking a repeat of the errors of the past decade.”\n\n"
        "“Of course the market wants cheap money forever,” Brandl said in a speech.\n\n"
        "READ Brandl's full remarks:"
    )
    speakers = speakers_in(text)
    assert speakers[-1] == "Brandl" or speakers[-1] == "Ivo M. Brandl"
    assert not any("READ" in (s or "") for s in speakers)


def test_an_inverted_speech_verb_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = (
        "Mara Quill runs the club with her son, Peter Quill. “We will build a new stadium "
        "next to the river,” says Peter, 52, as the car pulls away.\n\n"
        "Replied Peter, laughing: “Not this year, and maybe not the next one either.”"
    )
    assert speakers_in(text) == ["Peter Quill", "Peter Quill"]


def test_a_modifier_before_a_full_name_is_no_part_of_it() -> None:
    text = (
        "Longtime Donald Voss adviser Ivo Rask took the job on Monday. “He is an extremely "
        "talented man and a loyal friend,” Voss said in the statement."
    )
    assert speakers_in(text) == ["Donald Voss"]


def test_unnamed_sources_of_different_states_stay_apart() -> None:
    text = (
        "“Kovac will have to defend the governor and his year of comments,” said a New "
        "Hampshire Republican, who, like all insiders, answered anonymously. “Lind won’t.”"
        "\n\n“Lind in a blowout,” an Iowa Republican predicted. “He has a personality.”\n\n"
        "Other Republicans were critical of his style.\n\n"
        "“Lind may have better appeal with suburban voters,” a Michigan Republican said."
    )
    assert speakers_in(text) == [
        "a New Hampshire Republican",
        "an Iowa Republican",
        "a Michigan Republican",
    ]


def test_an_unnamed_official_of_a_nationality_is_not_the_nationality() -> None:
    text = (
        "Money buys status and protection here. “Has corruption become what holds "
        "everything together in this country?” one Western official asks. “Maybe.”"
    )
    assert speakers_in(text) == ["one Western official"]


def test_an_apposition_after_a_name_keeps_the_name() -> None:
    text = (
        "Lindsey Marsh said the party must unite. “Cole is not my favourite by any means,” "
        "Marsh, a former candidate, told reporters on Tuesday."
    )
    assert speakers_in(text) == ["Lindsey Marsh"]


def test_mr_before_a_surname_is_not_a_woman_of_that_surname() -> None:
    text = (
        "Ana Kovac, the ambassador, resigned on Tuesday. The president's daughter, Lena "
        "Brandt, sat beside her.\n\n"
        "“She has done a fantastic job for all of us,” Mr. Brandt said.\n\n"
        "“We will miss her,” he added."
    )
    assert speakers_in(text) == ["Brandt", "Brandt"]


def test_a_participle_clause_after_the_speaker_names_no_one_else() -> None:
    text = (
        "Ana Kovac, the ambassador, resigned on Tuesday, and Peter Brandt praised her.\n\n"
        "“It was a blessing to serve the country every day,” Ms. Kovac, seated next to "
        "Mr. Brandt in the office, told reporters."
    )
    assert speakers_in(text) == ["Ana Kovac"]


def test_mr_and_a_surname_do_not_fold_into_a_headline_word() -> None:
    text = (
        "Voss Speech Draws Crowd\n\n"
        "“My name may not be on the ballot, but our progress is,” Mr. Voss said on Saturday."
    )
    assert speakers_in(text) == ["Voss"]


def test_rarer_reporting_verbs_name_the_speaker() -> None:
    remembered = (
        "Volunteers caught only one goat in two months.\n\n"
        "“Those goats were much too smart for us,” remembers Ana Ruiz, coordinator for the "
        "programme, with a laugh."
    )
    trumpeted = (
        "The water system was finished in 1842. It was “one of the great engineering "
        "achievements of its century,” trumpets the Encyclopedia of Westport."
    )
    written = (
        "Few people had bank accounts. “In 115 years, banks opened 43 branches in the "
        "region,” write Ana Ruiz and Ivo Rask in their book."
    )
    assert speakers_in(remembered) == ["Ana Ruiz"]
    assert speakers_in(trumpeted) == ["the Encyclopedia of Westport"]
    assert speakers_in(written) == ["Ana Ruiz"]


def test_the_main_clause_speaks_after_a_question_in_a_when_clause() -> None:
    text = (
        "When Morgan asked whether Lena Voss called them after the incident, Voss revealed, "
        "“If any of my friends have trouble, I call right away.”"
    )
    assert speakers_in(text) == ["Lena Voss"]


def test_a_sentence_of_reported_speech_introduces_the_bare_quote_after_it() -> None:
    text = (
        "The court froze his accounts last year. Ivo Rask says he is heartbroken by the way "
        "his partners turned against him. “I grew up with them, with their soldiers.” He "
        "insists he is not afraid of the case."
    )
    assert speakers_in(text) == ["Ivo Rask"]


def test_a_name_after_a_role_and_a_comma_is_a_person_a_pronoun_may_name() -> None:
    text = (
        "“He cries every time he watches the news,” Ivo Rask said.\n\n"
        "The mayor of the city, Tri Wulan, comforted the relatives at the airport.\n\n"
        "“They are not ours, they belong to God,” she said."
    )
    assert speakers_in(text) == ["Ivo Rask", "Tri Wulan"]


def test_a_relative_of_a_named_person_is_not_that_person() -> None:
    text = (
        "Ana Ruiz met Ivo Rask's mother on the campus.\n\n"
        "“What does he actually do all day?” Rask's mother asked about Ruiz.\n\n"
        "“Well, at first I wasn’t sure,” Rask told her."
    )
    assert speakers_in(text) == ["Rask's mother", "Ivo Rask"]


def test_reportedly_may_stand_between_the_pronoun_and_the_verb() -> None:
    text = (
        "Larry Rask took the servers apart and removed every switch.\n\n"
        "“Why would you ever want to turn a server off?” he reportedly asked."
    )
    assert speakers_in(text) == ["Larry Rask"]


def test_a_surname_joins_a_full_name_that_ends_in_a_suffix() -> None:
    text = (
        "Franklin Roosevelt signed the law in 1935.\n\n"
        "James Roosevelt Jr., his grandson, spoke on the call. “What he "
        "created then was a tremendous legacy,” he said.\n\n"
        "Roosevelt, who served as a commissioner, blasted the claims.\n\n"
        "“There is a lot of scare talk out there from the other side,” Roosevelt said."
    )
    assert speakers_in(text) == ["James Roosevelt Jr.", "James Roosevelt Jr."]


def test_my_mother_is_no_name() -> None:
    text = (
        "She taped the show at work. My mom would just say, “Look at her. Don’t be like me, "
        "be like her,” and get emotional."
    )
    assert speakers_in(text) == ["My mom"]


def test_what_a_person_calls_a_thing_is_theirs_after_a_sentence_opening_word() -> None:
    text = (
        "David Taylor made the map for fun. Within this pattern are what Taylor calls "
        "“mini-cycles of a few years of cooling, then a few years of warming.”"
    )
    assert speakers_in(text) == ["David Taylor"]


def test_according_to_with_a_role_before_the_name() -> None:
    text = "“You have to find out what is really going on,” according to therapist Mira Solberg."
    assert speakers_in(text) == ["Mira Solberg"]


def test_a_sentence_opening_according_to_credits_its_quote() -> None:
    text = (
        "Phones spread fast. According to the Telecommunication Union, this year there were "
        "to be nearly 7 billion wireless phones in the world, “corresponding to a "
        "penetration rate of 96 percent.”"
    )
    assert speakers_in(text) == ["Telecommunication Union"]


def test_he_after_a_spokesperson_for_a_body_speaks_for_the_body() -> None:
    text = (
        "Jo Grady, the union's general secretary, said students would be shocked. “We need "
        "an honest conversation about this,” Grady said.\n\n"
        "But a spokesperson for the Harbour Employers Association (HEA) said its members had "
        "cut such contracts.\n\n"
        "“The association has worked with the unions for years,” he said."
    )
    assert speakers_in(text) == ["Jo Grady", "Harbour Employers Association"]


def test_he_after_an_unnamed_source_is_the_source_not_the_reporter() -> None:
    text = (
        "Jonathan Pearl and Tom Field have this wrap of the day:\n\n"
        "The jet made a steep climb before it crashed, according to radar data, a source "
        "close to the investigation has told Reuters.\n\n"
        "“So far, the numbers taken by the radar are unbelievably high,” he said."
    )
    assert speakers_in(text) == ["a source close to the investigation"]


def test_an_answer_opened_by_initials_quotes_the_interviewee_saying_i() -> None:
    text = (
        "Director Ava Dunmore and Olivia Winfield sat down to talk.\n\n"
        "Ava, how did Olivia do in the fight scene?\n\n"
        "AD She was all in. I kept saying to the crew, “Please, can you just be a little "
        "more careful with her?”\n\n"
        "OW I did it every time. And Ava says, “Don't you think it would make her proud?” "
        "And I go, “Yes, yes, it would make her proud.”"
    )
    assert speakers_in(text) == ["Ava Dunmore", "Ava Dunmore", "Olivia Winfield"]


def test_newspapers_quote_someone_as_saying() -> None:
    text = (
        "The body was found in a ditch. “I don’t regret it, I don’t regret it at all,” local "
        "newspapers quote Salinas as saying."
    )
    assert speakers_in(text) == ["Salinas"]


def test_remembering_someone_else_s_reply_credits_the_one_who_replied() -> None:
    text = (
        "Roger Vail met Judy Lenz in 1981. She remembers Vail's reply: “For a man in my "
        "position, it would have to be alone at a hotel.”"
    )
    assert speakers_in(text) == ["Roger Vail"]
