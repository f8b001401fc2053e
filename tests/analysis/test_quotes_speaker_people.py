"""Who counts as a person: common first names beyond the core lists, a name closing a run
of organisation words, a lone surname with its own pronoun, a name after a family tie, and
a topic that a pronoun takes up ("As for Rask, he said")."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Carly Wendtner threw her support behind Mayor Ivo Rask on Wednesday.\n\n"
            "Wendtner was upfront about her distaste for the harbour plan.\n\n"
            "“There are people in our party who are horrified by this plan,” she said.",
            ["Carly Wendtner"],
            id="a common first name makes her the one she refers to",
        ),
        pytest.param(
            "Ada Pelling spoke at the ferry terminal on Monday, where the crowd cheered for "
            "Beau Rask, who ran the ferry for years.\n\n"
            "“I want to mention someone whose work for this town is legendary,” she said.",
            ["Ada Pelling"],
            id="a common male first name keeps him from her",
        ),
        pytest.param(
            "Paul Dorn warned against a brokered convention. “I think that would be an "
            "absolute disaster for all of us,” the senator said.\n\n"
            "As for Ivan Rask, he said he was not worried. “First of all, I think I am going "
            "to have the votes,” he said.",
            ["Paul Dorn", "Ivan Rask"],
            id="as for a person then he names that person",
        ),
        pytest.param(
            "“The new rules put the whole harbour at risk this winter,” City Harbour Advocate "
            "Trish Colton said.\n\n"
            "House Harbour Republican Mike Pellow (R-Kans.), who has seen the plans, agreed.\n\n"
            "“Some of these plans are not merely about ferries, but about the island itself,” "
            "he said.",
            ["Trish Colton", "Mike Pellow"],
            id="a name closing a run of organisation words is a person",
        ),
        pytest.param(
            "Harbour vote.\n\n"
            "At the town hall debate, Dorsen compared himself to Ana Ruiz, saying, “I do not "
            "take speaking fees from the harbour lobby.”\n\n"
            "Kolbeck openly admitted that his pick was political, looking to the March vote. "
            "“With an eye to the vote in March, of course,” he said.",
            ["Dorsen", "Kolbeck"],
            id="a lone surname acting with his own pronoun is a person",
        ),
        pytest.param(
            "Paul Vantross ran the campaign from March.\n\n"
            "Mike Dorn, the candidate, kept his distance. Rivals worked to undermine whatever "
            "real authority Vantross had.\n\n"
            "In an interview in May, Vantross bragged about his success. “This is not a hard "
            "race for us at all,” he said.",
            ["Paul Vantross"],
            id="a known persons surname after an organisation word stays a person",
        ),
        pytest.param(
            "Mayor Ivan Rask wants an open primary. On the radio on Tuesday, his wife, Jane, "
            "called for the same. “Shutting people out of the vote is not smart,” she said.",
            ["Jane"],
            id="a first name after his wife is the she who speaks",
        ),
        pytest.param(
            "Hearing.\n\n"
            "Committee Chairman Rep. Ivan Rask, R-Utah, said the questioning will start with "
            "the harbour master, but not end there. “There is no reason why the board should "
            "not share all of that,” he said.",
            ["Ivan Rask"],
            id="a party label is no name and an organisation word before a title comes off",
        ),
        pytest.param(
            "Harbour vote.\n\n"
            "Former Ruiz speechwriter Jon Pellow published a column in the town paper, entitled "
            "“Why Electing Ruiz Now Matters More Than Ever Before.”\n\n"
            "Ana Ruiz thanked him on Friday.",
            ["Jon Pellow"],
            id="a name before speechwriter only modifies the speaker",
        ),
    ],
)
def test_who_is_a_person(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
