"""Round 93: pool 58 of real news (issue 10), after it was judged once on round 92's rules.

Deadlines: "Around 70 homes had been destroyed … in November last year" is a month gone (a
pluperfect passive tells what was done), "in June of 2027" is that June, and "Ross was
attempting to detain him during a traffic stop on June 17" is a day gone; "we will have 10 million
doses distributed in November" is ahead (a thing had done, its participle after the object), and
so is "Its goal is to deliver 300 million doses by January" said in August.

Speakers: "One question drafted by the agency asks whether …, to which the agency responds that
“…”" is the agency's answer, not the question's; "The prosecutor had previously noted that … “…”"
is the prosecutor named before (pool 59, after judging it once), the auxiliary no part of her.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

APRIL_THURSDAY = date(2026, 4, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pluperfect passive tells a month already gone
        ("Around 70 homes had been destroyed in the area in November last year.", []),
        # a year told after a month with "of" dates it
        ("It is reasonable to assume he presented a similar danger in June of 2025.", []),
        ("The law takes effect in June of 2027.",
         [("in June of 2027", date(2027, 6, 1), date(2027, 6, 30))]),
        # a try under way then, told in the past
        ("Ross was attempting to detain him during a traffic stop on June 17.", []),
        ("We will have 10 million doses distributed in November.",
         [("in November", date(2026, 11, 1), date(2026, 11, 30))]),
        ("Its goal is to deliver 300 million doses of vaccine by January.",
         [("by January", APRIL_THURSDAY, date(2027, 1, 31))]),
        # look-alikes: a plan still ahead; a try under way now; a goal gone; a past repair
        ("Its goal was to deliver the doses by January.", []),
        ("He had the car repaired in March.", []),
        ("The law takes effect in June.", [("in June", date(2026, 6, 1), date(2026, 6, 30))]),
        ("Negotiators are attempting to reach a deal by June 17.",
         [("by June 17", APRIL_THURSDAY, date(2026, 6, 17))]),
    ],
)
def test_deadlines_of_pool_58(text: str, expected: list[tuple[str, date, date]]) -> None:
    assert deadline_windows(text, mid_morning(APRIL_THURSDAY)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbour Patrol Agency published a list of questions about the shooting.\n\nOne "
         "question drafted by the agency asks whether officers wore cameras, to which the agency "
         "responds that \"it defers to the investigating agencies.\"",
         ["Harbour Patrol Agency"]),
        ("Ana Ruiz said her plans were strong, to which Ivo Rask interjected: \"It is just "
         "not true, and everyone here knows it.\"",
         ["Ivo Rask"]),
        ("On Friday, county prosecutor Ana Ruiz said charging parents was unusual.\n\nThe "
         "prosecutor had previously noted that, although the gun was bought legally, it "
         "\"seems to have just been freely available\" to the boy.",
         ["Ana Ruiz"]),
        # look-alike: no "to which", the subject speaks
        ("Harbour Patrol said officers wore no cameras and that \"it defers to the "
         "investigating agencies.\"",
         ["Harbour Patrol"]),
    ],
)
def test_the_one_who_answers(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
