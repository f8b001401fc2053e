"""Who a pronoun or a description means, who is a person at all, and which attribution a
quote takes.

Every sentence here was written for this test; the patterns come from error analysis on
PolNeAR's train split (bench/bench_attribution.py), whose text never enters the repository.
"""

from __future__ import annotations

import pytest

from bot.analysis.entities import find_mentions
from bot.analysis.sentences import split_sentences
from tests.helpers.briefs import speakers_in


def test_two_people_sharing_a_surname_stay_apart() -> None:
    text = (
        "Mayor Helen Varga opened the fair. Her husband, Tomas Varga, stood beside her.\n\n"
        "Tomas Varga later spoke to the crowd about the harbour."
    )
    mentions = find_mentions(text, split_sentences(text))
    canonical = {m.surface: m.canonical for m in mentions if m.type == "person"}
    assert canonical["Tomas Varga"] == "Tomas Varga"
    assert canonical["Helen Varga"] == "Helen Varga"



def test_a_title_case_headline_is_no_person() -> None:
    text = (
        "Peter Rask Backs Ferry Plan Despite Angry Objections\n\n"
        "Peter Rask spoke to the council on Monday."
    )
    mentions = find_mentions(text, split_sentences(text))
    people = {m.canonical for m in mentions if m.type == "person"}
    assert people == {"Peter Rask"}


def test_a_long_run_of_a_person_and_the_body_they_speak_for_names_the_person() -> None:
    text = ("Residents fear the quarry will widen. “Nobody asked the valley what it wants,” "
            "said Hannah Brook of Friends of Upper Tarn Valley.")
    assert speakers_in(text) == ["Hannah Brook"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mayor Helen Varga and her husband Tomas Varga toured the docks on Monday.\n\n"
            "Later, Tomas Varga praised the new ferry terminal. “It is the best thing "
            "that has happened to this town in years,” he said.",
            ["Tomas Varga"],
            id="he after a husband who shares his wife's surname",
        ),
        pytest.param(
            "Peter Varga unveiled the ferry plan on Monday.\n\nVarga campaign spokesman Lev "
            "Adamski told reporters that the plan would cover the night ferries too. "
            "However, he could not say when the timetable would change.\n\n"
            "“We have not written the timetable down yet,” he said.",
            ["Lev Adamski"],
            id="a name modifying a role is not the subject",
        ),
        pytest.param(
            "Daniel Brandt and Peter Novak debated the budget on Thursday.\n\nNovak spoke "
            "first, calling the plan reckless. Moments later, even Brandt accepted that taxes "
            "must rise. “Nothing will change unless we pay for it,” he said.",
            ["Daniel Brandt"],
            id="a surname right before its verb opens the clause",
        ),
        pytest.param(
            "Foreign Minister Peter Rask spoke in Geneva, where Prime Minister Ivan Novak had "
            "sent a delegation.\n\n“We made real progress today,” Rask told reporters. "
            "Novak's office described the talks as useful.\n\n“We need to see if the gaps "
            "can be bridged,” he said.",
            ["Peter Rask", "Peter Rask"],
            id="a possessor is not the subject a pronoun takes",
        ),
        pytest.param(
            "Wexler, a lawyer for the port, studied the contract on Monday.\n\n“This is a "
            "bad deal for everyone who works here,” he said.",
            ["Wexler"],
            id="a surname no list knows, followed by a role",
        ),
        pytest.param(
            "Afterwards, the mayor studied the contract on Monday.\n\n“This is a bad deal "
            "for everyone who works here,” he said.",
            [None],
            id="an opening adverb is no surname",
        ),
        pytest.param(
            "Peter Rask complained about the sound on Friday.\n\nHe notes that the "
            "Commission on Harbour Debates announced a fault with his microphone.\n\n"
            "He says, “Working that microphone was harder than winning the debate.”",
            ["Peter Rask"],
            id="the tail of an organisation's name is no person",
        ),
        pytest.param(
            "Campaign manager Ivo Lund laughed off the question on Tuesday.\n\nMayoral "
            "nominee Peter Rask has blasted the press for the delay.\n\nWhile he was "
            "speaking with reporters on Wednesday, he said, “It has been weeks since anyone "
            "asked me a real question.”",
            ["Peter Rask"],
            id="a role word before the name leaves it the subject",
        ),
        pytest.param(
            "Okafor said on Monday that the port would reopen. The ferries have been idle "
            "since March. Repairs cost more than expected.\n\nOkafor also addressed the "
            "complaints of Peter Rask on Thursday, stating that the night ferries would "
            "run.\n\n“We take the timetable seriously,” he added.",
            ["Okafor"],
            id="a one-word name is a person everywhere once it speaks",
        ),
        pytest.param(
            "“The vote will be close,” said Ivo Lund, a party strategist.\n\nBut debates "
            "rarely change a race, noted the Gazette's Tarmo Kesk.\n\n“By the time the "
            "candidates meet on stage, most voters have made up their minds,” he wrote.",
            ["Ivo Lund", "Tarmo Kesk"],
            id="a name after a speech verb and a paper's possessive",
        ),
    ],
)
def test_pronoun_resolution(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Foreign Minister Ana Talvik arrived in Geneva on Sunday. She met the envoy Ivo "
            "Rask.\n\n“Nothing will be settled in twelve hours,” the Estonian foreign "
            "minister said.",
            ["Ana Talvik"],
            id="a description with a nationality before the role",
        ),
        pytest.param(
            "Secretary of State Lena Brandt arrived in Geneva on Sunday. She met the envoy "
            "Ivo Rask.\n\n“Nothing will be settled in twelve hours,” the U.S. secretary of "
            "state said.",
            ["Lena Brandt"],
            id="an abbreviation inside the description",
        ),
        pytest.param(
            "President Paul Marchetti hosted the meeting. The Italian leader said: “Europe "
            "must sit at the table when its own security is discussed.”",
            ["Paul Marchetti"],
            id="a nationality adjective is not a name",
        ),
        pytest.param(
            "Talks resumed in Geneva on Sunday.\n\n“There is still a lot of work to do before "
            "anything is signed.” Ivo Rask, the Estonian envoy, wrote on social media.",
            ["Ivo Rask"],
            id="the name in the short sentence after a closed quote",
        ),
        pytest.param(
            "Foreign Secretary Lena Brandt met Peter Rask in Geneva on Sunday. Rask later met "
            "the mayor.\n\n“Nothing will be settled in twelve hours,” the foreign secretary "
            "told reporters.",
            ["Lena Brandt"],
            id="a title holds for the name it runs into, not for the one she met",
        ),
        pytest.param(
            "Foreign Secretary Lena Brandt met Ivo Rask in Geneva on Sunday.\n\n“Nothing "
            "will be settled in twelve hours,” Estonia's top diplomat told reporters.",
            ["Lena Brandt"],
            id="a country's possessive before the role",
        ),
        pytest.param(
            "The hearing ran late.\n\n“Anyone who ignores the harbour rules puts the whole "
            "town at risk,” said port constituent Dan Wexler when asked about Peter Rask.",
            ["Dan Wexler"],
            id="a title chain ends before 'when asked about'",
        ),
        pytest.param(
            "Peter Rask and Ivo Lund met on Sunday.\n\n“This deal is the best the town "
            "will ever get,” Lund asserted.",
            ["Ivo Lund"],
            id="a rarer speech verb after the name",
        ),
        pytest.param(
            "Estonian Foreign Minister Lena Brandt met Latvian Foreign Minister Peter Rask in "
            "Riga.\n“The meeting was a good first step,” the top Estonian diplomat told "
            "reporters.",
            ["Lena Brandt"],
            id="the country in the description picks between two titled people",
        ),
        pytest.param(
            "The party congress opened.\n\n“This is a scripted show and we are all props,” "
            "said Estonia delegate Tavo Renn, angered that the leaders ignored the vote.",
            ["Tavo Renn"],
            id="a place and a role word before a name no list knows",
        ),
        pytest.param(
            "Ivo Lund runs the harbour board.\n\n“Not us, but we cannot argue with that!” "
            "Lund, the head of the harbour board, Tweeted on Friday with a photo of the new "
            "ferry terminal lit up at night.",
            ["Ivo Lund"],
            id="a long sentence that opens as an attribution after the quote",
        ),
        pytest.param(
            "Foreign Secretary Lena Brandt met Peter Rask in Geneva on Sunday.\n\nThe "
            "foreign secretary, speaking to reporters on her plane, said: “We made real "
            "progress on the hard questions.”",
            ["Lena Brandt"],
            id="a participle clause between the description and the verb",
        ),
        pytest.param(
            "Foreign Minister Lena Brandt spoke after meeting Latvian Foreign Minister Peter "
            "Rask.\n\nThe top Estonian diplomat said the call had been useful. She added: "
            "“There is a lot of work ahead for both teams, and little time.”",
            ["Lena Brandt"],
            id="a title for another country rules a person out",
        ),
        pytest.param(
            "Turnout was low.\n\n“We have had better weeks than this one, believe me,” said "
            "New Jersey Gov. Tom Ardent.",
            ["Tom Ardent"],
            id="a place of two words before the title comes off the name",
        ),
    ],
)
def test_descriptions_and_names_after(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Foreign Secretary Lena Brandt toured the port on Monday. Peter Rask, the mayor, "
            "stayed home.\n\nReprising one of her favourite lines, the foreign secretary "
            "talked about keeping “every promise we made to the people of this harbour town.”",
            ["Lena Brandt"],
            id="a description opening the clause that leads into the quote",
        ),
        pytest.param(
            "Lena Brandt, a former port inspector, studied the contracts.\n\nWhile some "
            "junior clerks could get off with a warning, she added, cancelling their passes "
            "would be “far too harsh for what the records actually show about them.”",
            ["Lena Brandt"],
            id="a pronoun after a long opening clause",
        ),
        pytest.param(
            "Peter Rask spoke at the harbour on Sunday.\n\nAnd he made a point of saying "
            "that the old pier “was a place where this whole town came together every "
            "summer.”",
            ["Peter Rask"],
            id="a pronoun after a connective opens the sentence",
        ),
        pytest.param(
            "Lena Brandt founded the ferry company in 2012.\n\nAt the time, she released a "
            "statement saying, “We are building something that will outlast every one of "
            "us.”",
            ["Lena Brandt"],
            id="a pronoun after an opening phrase",
        ),
        pytest.param(
            "“The ferry will run all winter,” said Ivo Lund, the harbour master.\n\n"
            "Port University's Lena Brandt agreed. “Nobody in this town wants to lose the "
            "winter crossings again.”",
            ["Ivo Lund", "Lena Brandt"],
            id="a sentence ending in its speech verb introduces the next quote",
        ),
        pytest.param(
            "Lena Brandt and Peter Rask debated the harbour budget on Friday.\n\nWhen "
            "Brandt noted that Rask had paid no harbour fees for years, Rask boasted, “That "
            "makes me a very smart businessman.”",
            ["Peter Rask"],
            id="after a subordinate clause the verb nearest the quote attributes it",
        ),
        pytest.param(
            "Foreign Secretary Lena Brandt spoke after talks with Latvian Foreign Minister "
            "Peter Rask.\n“We are not going to negotiate for months on end,” the foreign "
            "secretary said.\n“We need to know within days whether a deal is possible, and "
            "then we will decide.”",
            ["Lena Brandt", "Lena Brandt"],
            id="a quote continuing in the next paragraph keeps its speaker",
        ),
        pytest.param(
            "Foreign Secretary Lena Brandt spoke after talks in Riga.\n“We are not going "
            "to negotiate for months on end. We need to know within days whether a deal is "
            "possible.\n“If it is not, we will move on to other work,” Brandt said.",
            ["Lena Brandt"],
            id="a quote running over two paragraphs takes the attribution at its end",
        ),
    ],
)
def test_subjects_leading_into_quotes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
