"""Who a he/she speaker is when the paragraph before names more than one person: the
subject of the main clause over a name in a subordinate or modifying phrase, and the person
a he/she subject stood for over a name merely mentioned since.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nadia Kombo is still busy with her stall near the bus stand.\n\n"
            "“When there is darkness, women are afraid of robbers and of harassment from "
            "hooligans,” says Nadia as she holds a maize cob. While Nadia, 36, is waiting for "
            "another customer, Mariam Tendwa has just handed over some parcels to a guest "
            "house.\n\nShe walks the street confidently, insisting, “evils disappear when there "
            "is light at night.”",
            ["Nadia Kombo", "Mariam Tendwa"],
            id="a name in an opening subordinate clause yields to the main clause's subject",
        ),
        pytest.param(
            "Born in Roma, lawyer Thomas Lerotholi has turned his troubles into a passion for "
            "law.\n\n“Education was not just a goal; it was a passion driven by my father, who "
            "worked in the mines,” Lerotholi says.\n\nHis father’s work ethic gave him a belief "
            "that success is a product of perseverance.\n\nHe says his vision propelled him into "
            "the legal field.\n\nThe spark that lit Lerotholi’s passion for law came early. "
            "Influenced by stories and figures like Marcus Garvey and Malcolm X, he developed a "
            "deep desire to confront injustice.\n\n“The judges in my dreams were meant to curb "
            "the evil I saw in the world,” he explains.",
            ["Thomas Lerotholi", "Thomas Lerotholi"],
            id="a he subject stands for its person over names in its opening phrase",
        ),
        pytest.param(
            "The strike killed a reporter.\n\n“We condemn, in the strongest terms, the attack on "
            "a clearly identifiable group of journalists,” chief editor Anna Gallo "
            "said.\n\nNPA Global News Director Phil Chetham reiterated his call for a thorough "
            "investigation by the military.\n\n“If reports of sustained gun fire are confirmed, "
            "this would add more weight to the theory of a deliberate attack,” he said.",
            ["Anna Gallo", "Phil Chetham"],
            id="a first name and surname close a title of body words that does not peel off",
        ),
        pytest.param(
            "Thomas Lerotholi argues that whistleblowing is crucial for a free press.\n\n"
            "While the lawyer acknowledges the need for the Online Harms and Network Safety "
            "Bill, 2024 to address criminal activities on the internet and to protect rights "
            "and critical systems online, he argues that the current drafting of the bill “opens "
            "it up for arbitrary use, misuse and abuse.”",
            ["Thomas Lerotholi"],
            id="a long opening clause before the pronoun and its speech verb",
        ),
        pytest.param(
            "Kamala Ferreira was born in 1971, the older of two daughters of Luis Ferreira, an "
            "engineer, and Priya Ferreira, a chemist. She wrote in her memoir, “I was 12 years "
            "old, and the thought of moving to a cold city in winter was distressing.”",
            ["Kamala Ferreira"],
            id="Kamala is a woman's name",
        ),
    ],
)
def test_pronoun_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
