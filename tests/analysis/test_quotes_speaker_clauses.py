"""The shape of the clause around a quote: what follows a closing mark is not always who
spoke ("“…,” saying the city …"), a second verb shares its subject ("… but now said"),
the quote's own clause and a pull quote's signature line name the speaker."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Harbour vote.\n\n"
            "Ana Ruiz has delivered an impassioned defense of “harbour values,” saying the "
            "city embodied the “bravery, heart and soul of the coast.”",
            ["Ana Ruiz"],
            id="a participle after a quote leaves the subject speaking",
        ),
        pytest.param(
            "Ivan Rask praised the new ferry timetable on Tuesday as “the best news the island "
            "has had in years,” adding the harbour board “deserves real credit for it.”",
            ["Ivan Rask"],
            id="adding after a quote is no speaker either",
        ),
        pytest.param(
            "Harbour vote.\n\n"
            "Councillor Ivan Rask used to support fellow islander Paul Dorn, but now said the "
            "mayor had “the chance and the duty to bring the whole harbour together.”",
            ["Ivan Rask"],
            id="a verb after but shares the first clauses subject",
        ),
        pytest.param(
            "Harbour vote.\n\n"
            "Ana Ruiz met Paul Dorn at the ferry terminal and said the timetable was “a real "
            "step forward for every family on the island.”",
            ["Ana Ruiz"],
            id="and said after an object still credits the subject",
        ),
        pytest.param(
            "Harbour vote.\n\n"
            "Ruiz “is tapping into something very deep inside the harbour party, a real "
            "discontent with the old system,”\xa0Ivan Rask, a Ruiz supporter, told the radio.",
            ["Ivan Rask"],
            id="a no break space after the closing mark still leads to the attribution",
        ),
        pytest.param(
            "Harbour vote.\n\n"
            "Ivan Rask left no doubt that he would endorse someone this year. Eight years ago, "
            "he supported Paul Dorn over Ana Ruiz and said, “Ana Ruiz has never done anything "
            "for the harbour.”",
            ["Ivan Rask"],
            id="he after an opening phrase shares the verb after and",
        ),
        pytest.param(
            "Harbour vote.\n\n"
            "“I will back the mayor all the way to the vote,” Ivan Rask said on Monday.\n\n"
            "Paul Tuttle’s column also attacked Rask by accusing him of seeking a job at the "
            "port. He calls Rask’s endorsement “the most transparent display of affection in "
            "years.”",
            ["Ivan Rask", "Paul Tuttle"],
            id="he after a sentence opened by a possessor is that possessor",
        ),
        pytest.param(
            "Harbour vote.\n\n"
            "After the floods, Ivan Rask released a new radio ad calling it “shameful” that "
            "Mayor Ana Ruiz “has no plan at all to fix the harbour wall.”",
            ["Ivan Rask"],
            id="a dropped short fragment does not cut the sentence before the next quote",
        ),
        pytest.param(
            "Harbour vote.\n\nAna Ruiz is running for mayor.\n\n"
            "Ruiz campaign spokesman Ivan Rask sees the vote as a chance to offer families "
            "something other than “the divisive, doom and gloom, fear-mongering” of the other "
            "side.",
            ["Ivan Rask"],
            id="the name a campaign role modifies is not the subject",
        ),
        pytest.param(
            "Harbour vote.\n\n"
            "Mayor Ana Ruiz on Monday signed an order to close the old pier, while Ivan Rask, the "
            "former harbour master, proposed we “wake up and see what the storms did to it.”\n\n"
            "Paul Dorn says that the town wants a real plan, but instead Ruiz is giving them "
            "“lectures, delays and attempts to blame the weather.”",
            ["Ivan Rask", "Paul Dorn"],
            id="while opens the quotes own clause but not inside a report",
        ),
        pytest.param(
            "Budget.\n\n"
            "The board met on Monday to discuss the harbour budget for next year.\n\n"
            '"It is now more important than ever that the council hears from the mayor that a '
            "vote on the harbour sale must not happen.\n"
            'Charles Pellow, Harbour Watch."\n\n'
            "Later the board voted.\n\n"
            '"I worry that we may see a return of the old habits in the council as the mayor '
            "tries to win votes.\n"
            'Former harbour master Ben Dorsey."',
            ["Charles Pellow", "Ben Dorsey"],
            id="a pull quote signed on its own last line",
        ),
        pytest.param(
            "Harbour vote.\n\n"
            "“Our ideas of success are different from our parents’ ideas,” agrees Michelle "
            "Pellow, 30, of Port Ellen.\n\n"
            "“The harbour will always be the harbour, whatever the council says,” Ivan Rask "
            "retorts.",
            ["Michelle Pellow", "Ivan Rask"],
            id="present tense agrees and retorts attribute the quote",
        ),
        pytest.param(
            "Harbour vote.\n\n"
            "“Very good reporter, very good reporter this one,” Ivan Rask, the party’s "
            "front-runner on the island and the current polling leader in the north by a wide "
            "margin after winning the spring primaries, said when Paul Dorn asked him a question.",
            ["Ivan Rask"],
            id="a long apposition then said when another asked",
        ),
    ],
)
def test_the_clause_around_the_quote(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
