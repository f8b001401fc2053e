"""Speakers met wrong in an eighth round of real copy: a hyphenated given name ("Ro
Min-seok") clipped to its first syllable, a name with a lowercase particle after a title
("Summit Chair Ana Costa do Vale"), and a label of title words ("PM Spokesperson") whose
last word was taken for the name; a letter quoted as "the letter" (its writer speaks),
"It said" after "…, the Norwegian army said.", "the Norwegian ambassador" long after
"Ambassador Lars Vik" (and not the man named in the clause before him), and an outlet
asking the question in a "When …" clause (the one who answers speaks).

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}The two leaders will meet next week, Deputy Trade Minister Ro Min-seok "
            "said Friday.\n\nAsked about the agenda, Ro replied, “There will be talks on "
            "ports and on fishing rights.”\n\n“Both sides want calm waters,” Ro said.",
            ["Ro Min-seok", "Ro Min-seok"],
            id="'Ro Min-seok' keeps his whole given name",
        ),
        pytest.param(
            f"{_LEAD}“We will open the archive to scholars,” Vice Reunification Minister Pak "
            "Dong-hun told reporters.",
            ["Pak Dong-hun"],
            id="a portfolio word after 'Vice' and a hyphenated given name both stay apart",
        ),
        pytest.param(
            f"{_LEAD}The harbour board, which Summit Chair Ana Costa do Vale visited on "
            "Friday, wants a deal.\n\n“I think it can be a useful paper but we are still "
            "listening,” Costa do Vale said.",
            ["Ana Costa do Vale"],
            id="'do' between capitalised names stays in the name after a title",
        ),
        pytest.param(
            f"{_LEAD}Officials refused to answer, even as PM Spokesperson kept repeating the "
            "line.\n\nLater PM Spokesperson said: “We have not joined any strikes.”",
            ["PM Spokesperson"],
            id="'PM Spokesperson' is a label, not a title before the name 'Spokesperson'",
        ),
        pytest.param(
            f"{_LEAD}The Harbour Board set out its aims in its second open letter to members "
            "released on Friday.\n\nIn its new letter, the Harbour Board said the FTP is “our "
            "map for the next decade”, a shared route for Ferry Link.\n\n“We must stand by one "
            "another to cut fares and add routes for every island town,” said the letter.\n\n"
            "The letter also noted “growing calls for reform of the ferry timetable” and more.",
            ["Harbour Board"] * 3,
            id="'said the letter', 'The letter also noted': whoever wrote the letter",
        ),
        pytest.param(
            f"{_LEAD}Ana Ruiz told the Harbour Post that the strikes killed nine experts.\n\n"
            "Five of them were killed in Norway’s opening wave of strikes on May 3, the "
            "Norwegian army said. It said they “had long years of training in the making of "
            "rockets” and were experts.",
            ["Norwegian army"],
            id="'It said' after a closing credit to a country's body",
        ),
        pytest.param(
            f"{_LEAD}In an interview with Reuters, Norway’s ambassador to Spain said the raids "
            "will make it hard.\n\n“The whole team is gone, and that sets the plan back by "
            "years,” Ambassador Lars Vik said.\n\nThe plan was led by Erik Dahl, who died in "
            "2020.\n\nWhen asked whether Norway killed Dahl, the Norwegian ambassador said "
            "“Sweden would have had the rockets long ago” were it not for delays.",
            ["Lars Vik", "Lars Vik"],
            id="'When asked whether … Dahl, the ambassador said': the ambassador, not Dahl",
        ),
        pytest.param(
            f"{_LEAD}In an interview with Reuters, Norway’s ambassador to Spain said the raids "
            "will make it hard.\n\n“The whole team is gone, and that sets the plan back by "
            "years,” Ambassador Lars Vik said.\n\nThe plan was led by Erik Dahl, who died in "
            "2020.\n\nWithout saying that Norway killed Dahl, the Norwegian ambassador said "
            "“Sweden would have had the rockets long ago” were it not for delays.",
            ["Lars Vik", "Lars Vik"],
            id="'Without saying that … Dahl, the ambassador said': not the verb 'saying'",
        ),
        pytest.param(
            f"{_LEAD}Officials refused to confirm it on Monday. When The Harbour Times asked "
            "directly whether Norway backs the plan, the Prime Minister’s official spokesman "
            "replied: “We have always backed the plan and its aims for the coast.”",
            ["the Prime Minister’s official spokesman"],
            id="an outlet asking in a 'When' clause is not who answers",
        ),
    ],
)
def test_round8_speakers(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}“The Kyiv-based group will not sign,” Ana Ruiz said.",
            ["Ana Ruiz"],
            id="an adjective suffix ('Kyiv-based') still comes off",
        ),
        pytest.param(
            f"{_LEAD}“We will sign the harbour deal this week,” PM Ivo Rask said.",
            ["Ivo Rask"],
            id="'PM' before a name is still a title",
        ),
        pytest.param(
            f"{_LEAD}Ana Ruiz and the Harbour Board traded letters on Friday.\n\n“We must cut "
            "fares and add routes for every island town this year,” said the letter.",
            ["the letter"],
            id="a letter whose writer is not clear stays 'the letter'",
        ),
        pytest.param(
            f"{_LEAD}When asked about the fares, Ana Ruiz said “the board will cut them before "
            "the summer season starts”.",
            ["Ana Ruiz"],
            id="a name after the 'When' clause still speaks",
        ),
    ],
)
def test_round8_lookalikes(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected
