"""Round 9 of speakers, the misses of real copy written again in invented sentences: "the
president said" when several presidents were named long before, a court's paper ("the
opinion reads", "the ruling said") and the court, "It said" two sentences after a ministry's
credit, and "he contended" after two men joined as one subject.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled.\n\n"


_DEAL = "“We will not sign the harbour deal this week,” "
# Paragraphs of other speakers between the holders and the quote.
_OTHERS = "".join(
    f"{name} spoke to the crowd on Tuesday about the price of bread and fuel.\n\n"
    for name in ("Ana Ruiz", "Mark Hill", "Tom Berg", "Sara Lind", "Omar Haddad", "Ines Vale",
                 "Paul Kerr", "Rita Soto", "Ivan Petrov", "Lea Holm", "Nina Roth", "Jon Ekman")
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}President Lena Markov met President Ivo Rask in Oslo on Monday.\n\n"
            f"{_OTHERS}{_DEAL}the president said.",
            ["the president"],
            id="two presidents named long before: unknown, not the last person who spoke",
        ),
        pytest.param(
            f"{_LEAD}Ambassador Lena Markov met Ambassador Ivo Rask in Oslo on Monday.\n\n"
            f"{_OTHERS}{_DEAL}the ambassador said.",
            ["the ambassador"],
            id="two ambassadors named long before: unknown",
        ),
        pytest.param(
            f"{_LEAD}President Lena Markov flew to Oslo on Monday.\n\nIvo Rask, the president "
            f"of the harbour union, stayed home.\n\n{_OTHERS}{_DEAL}the president said.",
            ["the president"],
            id="a president by title and one by apposition, both long before: unknown",
        ),
    ],
)
def test_several_holders_long_before(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}President Lena Markov flew to Oslo on Monday.\n\n{_OTHERS}{_DEAL}"
            "the President said.",
            ["Lena Markov"],
            id="the one president named, however far back",
        ),
        pytest.param(
            f"{_LEAD}President Lena Markov flew to Oslo on Monday, where Ivo Rask and Tom Berg "
            f"met her.\n\n{_DEAL}the president said.",
            ["Lena Markov"],
            id="the one president, not the men named after her",
        ),
        pytest.param(
            f"{_LEAD}President Lena Markov met President Ivo Rask in Oslo on Monday.\n\n"
            f"{_DEAL}the president said.",
            ["Ivo Rask"],
            id="two presidents in reach: the nearest one named, as before",
        ),
        pytest.param(
            f"{_LEAD}Harbourland President Lena Markov met Ostland President Ivo Rask in Oslo "
            f"on Monday.\n\n{_OTHERS}{_DEAL}the Harbourland president said.",
            ["Lena Markov"],
            id="the country picks one of two presidents",
        ),
    ],
)
def test_one_holder_or_nearest(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_HEARING = "“The state may not close the harbour without a hearing for the fishermen,” "
_SUPREME = (
    f"{_LEAD}The Supreme Court on Friday struck down the harbour law by a vote of 6-3.\n\n"
    "Ivo Rask, a lawyer for the fishermen, welcomed it.\n\n"
)
_NINTH = (
    f"{_LEAD}The Court of Appeals for the Ninth Circuit on Friday struck down the harbour "
    "law.\n\nIvo Rask, a lawyer for the fishermen, welcomed it.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_SUPREME}{_HEARING}the opinion reads.",
            ["Supreme Court"],
            id="'the opinion reads': the court, not the lawyer named after it",
        ),
        pytest.param(f"{_SUPREME}{_HEARING}the ruling said.", ["Supreme Court"], id="ruling"),
        pytest.param(
            f"{_SUPREME}{_HEARING}the judgment states.", ["Supreme Court"], id="judgment"
        ),
        pytest.param(
            f"{_SUPREME}The opinion reads: “The state may not close the harbour without a "
            "hearing.”",
            ["Supreme Court"],
            id="'The opinion reads:' before the quote",
        ),
        pytest.param(
            f"{_NINTH}{_HEARING}the ruling said.",
            ["Court of Appeals for the Ninth Circuit"],
            id="a court's long name, without the day after it",
        ),
        pytest.param(
            f"{_NINTH}{_HEARING}the court said.",
            ["Court of Appeals for the Ninth Circuit"],
            id="'the court said': the name ends before 'on Friday'",
        ),
    ],
)
def test_court_papers(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}The Supreme Court and the Court of Appeals for the Ninth Circuit both "
            f"heard the case.\n\n{_HEARING}the ruling said.",
            ["the ruling"],
            id="two courts: which one ruled is unclear",
        ),
        pytest.param(
            f"{_LEAD}Ivo Rask lost his appeal on Friday.\n\n{_HEARING}the ruling said.",
            ["the ruling"],
            id="no court named: the ruling, not the man who lost",
        ),
        pytest.param(
            f"{_SUPREME}{_HEARING}the ruling party said.",
            ["the ruling party"],
            id="'the ruling party' is no court's paper",
        ),
        pytest.param(
            f"{_SUPREME}{_HEARING}Ivo Rask said of the ruling.",
            ["Ivo Rask"],
            id="a person speaking of the ruling speaks",
        ),
    ],
)
def test_court_paper_lookalikes(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


_MINISTRY = "The strikes hit two ports on Monday, the foreign ministry said in a statement. "
_IT_SAID = "It said the raids “broke every promise made at the harbour talks”."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}{_MINISTRY}The talks would go on in Oslo. {_IT_SAID}",
            ["the foreign ministry"],
            id="'It said' two sentences after the ministry's credit, a place between",
        ),
        pytest.param(
            f"{_LEAD}{_MINISTRY}The talks would go on in Oslo.\n\n{_IT_SAID}",
            ["the foreign ministry"],
            id="'It said' opening the next paragraph",
        ),
        pytest.param(
            f"{_LEAD}Harbourland’s foreign ministry met on Sunday.\n\n{_MINISTRY}The talks "
            f"would go on in Oslo. {_IT_SAID}",
            ["Harbourland’s foreign ministry"],
            id="the ministry named with its country before",
        ),
        pytest.param(
            f"{_LEAD}{_MINISTRY}{_IT_SAID}",
            ["the foreign ministry"],
            id="'It said' right after a credit to a ministry named by its kind alone",
        ),
    ],
)
def test_it_after_a_credit(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}{_MINISTRY}Mark Hill met the envoy in Oslo. {_IT_SAID}",
            [None],
            id="a person between: not the ministry",
        ),
        pytest.param(
            f"{_LEAD}{_MINISTRY}He met the envoy in Oslo. {_IT_SAID}",
            [None],
            id="a pronoun's person between: not the ministry",
        ),
        pytest.param(
            f"{_LEAD}{_MINISTRY}The Harbour Board met in Oslo. {_IT_SAID}",
            ["Harbour Board"],
            id="a body opening the sentence between is what 'It' takes up",
        ),
        pytest.param(
            f"{_LEAD}{_MINISTRY}The talks would go on, an aide said. {_IT_SAID}",
            [None],
            id="someone else credited between",
        ),
        pytest.param(
            f"{_LEAD}{_MINISTRY}The talks would go on in Oslo. The ports stayed shut. "
            f"{_IT_SAID}",
            [None],
            id="two sentences between: out of reach",
        ),
    ],
)
def test_it_after_a_credit_lookalikes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_CONTENDED = "“The harbour deal was never fair to the fishermen of the north,” he contended."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}Mark Hill and Tom Berg met in Oslo on Monday. {_CONTENDED}",
            [None],
            id="two men joined as one subject: 'he' is either, so unknown",
        ),
        pytest.param(
            f"{_LEAD}Mark Hill and Tom Berg met in Oslo on Monday. He contended: “The harbour "
            "deal was never fair to the fishermen of the north.”",
            [None],
            id="'He contended:' before the quote, the same pair",
        ),
    ],
)
def test_pronoun_after_a_pair(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}Mark Hill met Tom Berg in Oslo on Monday. {_CONTENDED}",
            ["Mark Hill"],
            id="subject and object: the subject, as before",
        ),
        pytest.param(
            f"{_LEAD}Mark Hill told Tom Berg the deal was dead. {_CONTENDED}",
            ["Mark Hill"],
            id="the one who told, not the one told",
        ),
        pytest.param(
            f"{_LEAD}Mark Hill and Ana Ruiz met in Oslo on Monday. {_CONTENDED}",
            ["Mark Hill"],
            id="a man and a woman joined: 'he' is the man",
        ),
        pytest.param(
            f"{_LEAD}“We will not sign the harbour deal this week,” Mark Hill said.\n\n"
            f"Mark Hill and Tom Berg met in Oslo on Monday. {_CONTENDED}",
            ["Mark Hill", "Mark Hill"],
            id="one of the pair spoke the quote before: he goes on",
        ),
    ],
)
def test_pronoun_after_a_pair_lookalikes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
