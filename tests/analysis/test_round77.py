"""Round 77: pool 40's left-overs (issue 10). Speakers: "said Ivo Rask MP" (no "MP" in the
name); "Ruiz's lawyers said" (the lawyers, not Ruiz). Deadlines: "following talks with the
UN envoy Ivo Rask in Damascus this week" (nine words between, still past); "met following
the vote and it will meet again this week" (a future of its own).

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\"We cannot wait any longer,\" said Ivo Rask MP, who chairs the committee.",
         ["Ivo Rask"]),
        ("Ana Ruiz KC said: \"The ruling is clear.\"", ["Ana Ruiz"]),
        ("Senator Ana Ruiz faces an inquiry. \"The senator did nothing wrong,\" Ruiz's "
         "lawyers said in a statement.", ["Ruiz's lawyers"]),
        # look-alike: counsel named keeps the name
        ("Senator Ana Ruiz faces an inquiry. \"The senator did nothing wrong,\" Ruiz's "
         "lawyer, Tom Berger, said.", ["Tom Berger"]),
    ],
)
def test_speakers_of_pool_40s_left_overs(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


WEDNESDAY = mid_morning(date(2027, 6, 23))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("A delegation left for Moscow on Monday with proposals following talks with the UN "
         "envoy Ivo Rask in Damascus this week.", WEDNESDAY, []),
        ("The committee met following the vote and it will meet again this week, Rask said.",
         WEDNESDAY, [("this week", date(2027, 6, 23), date(2027, 6, 27))]),
        # look-alike: an event that came first, with nothing of its own ahead
        ("The committee met following the vote in the chamber this week, Rask said.",
         WEDNESDAY, []),
    ],
)
def test_deadlines_of_pool_40s_left_overs(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
