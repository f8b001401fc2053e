"""Speakers left over from the last rounds: "the panel said" after a named appeals court,
and a title written as its initials ("the CJI", "the CM", "the PM") or spelled out ("the
chief justice") after its holder was named in full. Each stands for the one body or person
the story named so; with two, or with none, it stays as written.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ninth Harbour Court of Appeals on Tuesday upheld the order. The panel said the "
         "law was “plainly beyond the power of the state.”", ["Ninth Harbour Court of Appeals"]),
        ("The Senate Finance Committee met on Tuesday. “The bill cannot pass in its present "
         "form,” the panel said in its report.", ["Senate Finance Committee"]),
        # look-alikes: a court and a committee named, or no panel's name at all
        ("The Harbour Supreme Court and the Senate Judiciary Committee both weighed in on "
         "Tuesday. The panel said the law was “plainly beyond the power of the state.”",
         ["The panel"]),
        ("A panel of independent experts reviewed the dam on Tuesday. The panel said the wall "
         "was “close to failing in several places.”", ["The panel"]),
    ],
)
def test_the_panel_is_the_court_or_committee_named(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chief Justice Arun Varma on Monday said the bench would hear the petitions together. "
         "The CJI said the court “cannot wait for the government to act.”", ["Arun Varma"]),
        ("Chief Justice Arun Varma heard the case. Justice Mira Rao dissented. “We cannot wait "
         "for the government to act,” the CJI said.", ["Arun Varma"]),
        ("Chief Minister Ravi Menon opened the bridge on Monday. “The state will finish every "
         "project it started,” said the CM.", ["Ravi Menon"]),
        ("Prime Minister Ravi Menon opened the bridge on Monday. The PM said the country “will "
         "finish every project it started.”", ["Ravi Menon"]),
        ("Chief Justice Arun Varma on Monday said the bench would hear the petitions together. "
         "The chief justice said the court “cannot wait for the government to act.”",
         ["Arun Varma"]),
        # look-alikes: two holders of the title, or none named
        ("Prime Minister Ravi Menon met Prime Minister Ana Sava on Monday. The PM said the "
         "talks were “the best the two countries have held in many years.”", ["The PM"]),
        ("The CJI on Monday said the bench “cannot wait for the government to act.”", ["CJI"]),
    ],
)
def test_a_title_in_initials_is_its_one_holder(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
