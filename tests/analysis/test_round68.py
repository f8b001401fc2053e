"""Round 68, from pool 35's left-overs (issue 10). Speakers: the members of a body named
before ("the commissioners", "the committee members"); "the authors" of a report a body put
out; a body's act before a participle other than "saying" ("…, predicting “…”"); a court's
opinion after its writer was named ("wrote Judge …. … the opinion read").

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

COMMISSION = "The Halden Commission on Water published its final report on Tuesday.\n\n"
COMMITTEE = "The Varna Senate Intelligence Committee released its findings on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (COMMISSION + "\"The state failed the people of the valley at every level,\" the "
         "commissioners wrote.", ["Halden Commission on Water"]),
        (COMMITTEE + "\"The agency misled the public for years,\" the committee members wrote.",
         ["Varna Senate Intelligence Committee"]),
        (COMMISSION + "\"The state failed the people of the valley at every level,\" the "
         "authors said.", ["Halden Commission on Water"]),
        ("Researchers at the University of Varna published a study on Tuesday.\n\n\"The effect "
         "was larger than anyone expected,\" the authors wrote.", ["University of Varna"]),
        # look-alike: a named person and her colleagues stay the group's leader
        ("Senator Ana Ruiz and her colleagues sent a letter to the agency on Monday.\n\n\"The "
         "agency misled the public for years,\" the members wrote.", ["Ana Ruiz"]),
        ("The government of Varna released its budget outlook on Monday, predicting \"a return "
         "to growth by the end of the decade.\"", ["The government of Varna"]),
        # look-alike: a warning after a body's act was already the body's
        ("The Halden Transit Authority closed the line on Monday, warning \"delays will last "
         "for weeks after the repairs.\"", ["Halden Transit Authority"]),
        ("\"The district court erred in its reading of the statute,\" wrote Judge J.L. Hale for "
         "the panel.\n\n\"Nothing in the record supports the claim of the defendant,\" the "
         "opinion read.", ["J.L. Hale", "J.L. Hale"]),
        # look-alike: an opinion with a court named and no writer is still the court's
        ("The Varna Court of Appeals ruled against the city on Monday.\n\n\"Nothing in the "
         "record supports the claim of the city,\" the opinion read.",
         ["Varna Court of Appeals"]),
    ],
)
def test_speakers_of_pool_35s_left_overs(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
