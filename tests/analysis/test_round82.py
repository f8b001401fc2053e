"""Round 82: pool 46 of real news (issue 10), judged once on round 81's tip.

Speakers: a body named after its kind's word ("the department") ends with its sentence
("from the department Saturday. John Chell, …"), and a conjunction after the word starts
another noun ("chief of department and Philip Rivera"); "while the national security
adviser, Ana Ruiz, later said that “…”"; "The Harbourside MP said" describes a seat's
member, no one named so; "according to a United Nations report …. “…,” it said": the body
whose report the sentence before credited; "Um Karim Saleh" is a mother (a kunya tells
the sex); "at the Harbour Services Authority, Dian Ediana Rae," names a person after a
body's capitalised name.

Deadlines: a month that dates a source ("according to a United Nations report in July");
the present progressive of an arrangement ("is organizing a rally in Halden on Monday").

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

SUNDAY_IN_MARCH = mid_morning(date(2030, 3, 3))
WEDNESDAY_IN_MARCH = mid_morning(date(2030, 3, 6))
_WORDS = "takes every complaint of misconduct seriously and will investigate it"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Harbour City Police Department Chief Ivo Lenz resigned Friday, according to a "
         f"statement from the department Saturday. Tam Ferris, the chief of patrol, will take "
         f"over as interim chief of department and Ana Ruiz will take his post, the department "
         f"said. The department declined to comment other than to say it \"{_WORDS}.\"",
         ["Harbour City Police Department"]),
        (f"Ivo Lenz, a close friend of the mayor, had proposed the meeting this week, while the "
         f"national security adviser and secretary of state, Ana Ruiz, later said that "
         f"\"{_WORDS}\".", ["Ana Ruiz"]),
        # look-alike: a capitalised subject after "while" is read as before
        (f"Ivo Lenz had proposed the meeting this week, while Ana Ruiz later said that "
         f"\"{_WORDS}\".", ["Ana Ruiz"]),
        (f"Asked if the party was unhappy, Ivo Tharak responded, \"You will have to ask them. "
         f"I know my worth.\" The Harbourside MP said that in a crisis, differences should take "
         f"a back seat. \"{_WORDS},\" he said.", ["Ivo Tharak", "Ivo Tharak"]),
        (f"In 2029, the State Department offered a reward. Thousands of fighters remain in the "
         f"region, according to a United Nations report in July. \"{_WORDS},\" it said.",
         ["United Nations"]),
        (f"In Halden, Um Karim Saleh lay across the body of her daughter, Nour Saleh. "
         f"\"{_WORDS},\" she cried.", ["Um Karim Saleh"]),
        (f"Previously, the executive director of supervision at the Harbour Services "
         f"Authority, Dian Ediana Rae, predicted that the trend would continue. \"{_WORDS},\" "
         f"Rae said.", ["Dian Ediana Rae"]),
        # look-alike: a lowercase body's kind before a name still makes it a body's
        (f"The lender's rival, the carmaker Veltra, was not named. \"{_WORDS},\" Veltra said.",
         ["Veltra"]),
        # "Abu" names a father, whatever the child's name
        (f"In Halden, Abu Maria Saleh stood beside his wife, Nour Saleh. \"{_WORDS},\" he "
         f"said.", ["Abu Maria Saleh"]),
    ],
)
def test_speakers_of_pool_46s_shapes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Meanwhile the party, which has gained ground this year, is organizing a rally in "
         "Halden on Monday evening.", SUNDAY_IN_MARCH,
         [("on Monday evening", date(2030, 3, 4), date(2030, 3, 4))]),
        ("Ivo Lenz, who is facing the prospect of a humiliating loss in his own state on "
         "Tuesday, spoke first.", SUNDAY_IN_MARCH,
         [("on Tuesday", date(2030, 3, 5), date(2030, 3, 5))]),
        ("Thousands of fighters remain in the region, according to a United Nations report "
         "in July.", WEDNESDAY_IN_MARCH, []),
        # look-alike: a report still to come in July is ahead
        ("The agency will publish a report in July, according to a statement.",
         WEDNESDAY_IN_MARCH, [("in July", date(2030, 7, 1), date(2030, 7, 31))]),
        # look-alike: a weekday just gone keeps its reading in the progressive
        ("Police are investigating a shooting on Monday.", WEDNESDAY_IN_MARCH, []),
    ],
)
def test_deadlines_of_pool_46s_shapes(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
