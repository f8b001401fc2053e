"""Round 79: pool 43 of real news (issue 10). Speakers: "Federal prosecutors spelled out the
charges, saying “…”" (an unnamed group speaks through the participle); "“….” “…”" closing
its sentence before "The Treasury has said the talks would …" (a report of its own, not
the quote's credit); "Head of Reforms Salman Rafi" (a first name the lists lacked) and
"Marie-Anne Lund" (a hyphenated first name tells the sex); "The company responded, saying
in a statement to the BBC that “…”" (the body named before the description, not the
paper after it); "Berg will stress “…,” spokesman Ivo Lenz said" (words still to come are
not the quote's credit). Deadlines: "backed delaying the rule until Jan. 1, 2031" (a delay
asked for runs ahead).

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

_WORDS = "the defendant knowingly misled investors for several years running"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Federal prosecutors spelled out the charges in a court filing on Monday, saying "
         f"\"{_WORDS}.\"", ["Federal prosecutors"]),
        (f"Prosecutors filed new charges on Monday, saying \"{_WORDS}.\"", ["Prosecutors"]),
        # look-alike: a subject that is no group of sources keeps the name after it
        (f"Years passed before Ana Ruiz spoke out, saying \"{_WORDS}.\"", ["Ana Ruiz"]),
        ("\"Frankly, I do not think the board is in any rush to sign a deal,\" Ms. Lund "
         "said. \"And I do not see the city in a position to give much ground either.\" The "
         "Treasury has said the talks would also cover the port.", ["Lund"]),
        # look-alike: a short sentence naming its speaker still credits the quote before it
        ("\"We will not give any ground at all in these talks with the board.\" Ms. Lund "
         "said.", ["Lund"]),
        ("On Thursday, Head of Reforms Salman Rafi shared an update online. \"It is almost "
         "time. The course will open to every school in the province,\" he added.",
         ["Salman Rafi"]),
        ("Gerwin Tal, a member of the panel, said the mayor should explain himself, while "
         "Marie-Anne Lund said he should step aside. \"People in such a key role have to be "
         "above all suspicion,\" she told reporters.", ["Marie-Anne Lund"]),
        ("Officials imposed new sanctions on Halden Trust last week. The company responded "
         "by mocking the claims, "
         "saying in a statement to the BBC that \"the year 2016 called and it wants its "
         "old lines back.\"", ["Halden Trust"]),
        ("Ana Ruiz will stress \"the city's lasting commitment to the harbour workers,\" "
         "spokesman Ivo Lenz said.", ["Ivo Lenz"]),
        # look-alike: words already spoken before the quote are the speaker's own
        ("Ana Ruiz stressed \"the city's lasting commitment to the harbour workers,\" "
         "spokesman Ivo Lenz said.", ["Ana Ruiz"]),
    ],
)
def test_speakers_of_pool_43s_shapes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


THURSDAY_IN_SEPTEMBER = mid_morning(date(2030, 9, 12))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The association also backed the agency's plan of delaying the new coding rule for "
         "dental claims until Jan. 1, 2031.", THURSDAY_IN_SEPTEMBER,
         [("until Jan. 1, 2031", date(2030, 9, 12), date(2031, 1, 1))]),
        # look-alike: a delay that ran to a day gone is no time ahead
        ("The association also backed delaying the rule until Jan. 1, 2030.",
         THURSDAY_IN_SEPTEMBER, []),
    ],
)
def test_deadlines_of_pool_43s_shapes(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
