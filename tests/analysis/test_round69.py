"""Round 69, tuned on pool 36 of real news (issue 10). Speakers: "the lawsuit alleges" with
no plaintiff named (a place in the clause before "sued" is none); "the group wrote" after
"the trade group for …"; "the cybersecurity company added" after a body's own quote;
"Tom Hale, Varnex CTO, said"; "they wrote" after "Ruiz and Rask rejected", one of the two
a name no list knows; a quote after a sentence that closes ", said Tom Hale.". Deadlines:
"by midnight June 30" is the date's midnight, not tonight's.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

RUIZ = (
    "\"We don't yet know if these viruses are better at infecting people,\" said Ana Ruiz, a "
    "virologist at the University of Varna.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halden Corp and Varnex are being sued by the families of three victims.\n\n\"Without "
         "the defendants, the growth of the group would not have been possible,\" the lawsuit "
         "alleges.", ["the lawsuit"]),
        ("The families of three victims sued Halden Corp on Monday. In June, the family of a "
         "student killed in the attacks in Varna sued Halden Corp.\n\n\"Without the "
         "defendants, the growth of the group would not have been possible,\" the lawsuit "
         "alleges.", ["the lawsuit"]),
        # look-alike: a plaintiff named as the subject of "sued" still speaks for the suit
        ("The Varna Shipping League sued Halden Corp on Monday.\n\n\"The defendants broke the "
         "law for years,\" the lawsuit says.", ["Varna Shipping League"]),
        ("One of them, Halden Group, has threatened to leave the exchanges. Just this week, the "
         "trade group for the Varna Shield plans spelled out its concerns as it commented on the "
         "rules. \"The current risk pool is out of balance,\" the group wrote.", ["Varna Shield"]),
        ("\"The attacker did not attempt escalation of the host,\" Varscout said.\n\nThe group "
         "began its operations on Telegram in January. It has also claimed to be affiliated "
         "with other brands. \"The group now mixes legacy tactics with attention-grabbing "
         "claims,\" the cybersecurity company added.", ["Varscout", "Varscout"]),
        # look-alike: a body named since the quote is the company that adds
        ("\"We expect the plant to reopen next month,\" Varscout said.\n\nVarscout's rival, "
         "Halden Corp, said in January that its plant had closed. \"The group now mixes legacy "
         "tactics with attention-grabbing claims,\" the company added.",
         ["Varscout", "Halden Corp"]),
        ("\"We observed roughly 1,400 exploit attempts spanning more than 200 flaws,\" Tom Hale, "
         "Varnex CTO, said.", ["Tom Hale"]),
        ("House Minority Leader Ana Ruiz and Minority Whip Stenwick Rask sided with the "
         "majority.\n\nIn a joint statement issued shortly after Tom Hale introduced his "
         "articles on the floor of the House, Ruiz and Rask rejected the argument.\n\n"
         "\"Legitimate questions have been raised about the fitness of the mayor to lead this "
         "city,\" they wrote.", ["Ruiz and Rask"]),
        # look-alike: a person and a body opening the sentence are no pair of speakers
        ("Ana Ruiz and Halden Corp rejected the argument.\n\n\"Legitimate questions have been "
         "raised about the fitness of the mayor,\" they wrote.", [None]),
        (RUIZ + "However, in both of those cases, the patients developed concerning mutations "
         "while they were sick, said Tom Hale. \"We don't know if maybe more people will land "
         "in the hospital.\"", ["Ana Ruiz", "Tom Hale"]),
        (RUIZ + "The patients developed concerning mutations while they were sick, added Tom "
         "Hale. \"We don't know if maybe more people will land in the hospital.\"",
         ["Ana Ruiz", "Tom Hale"]),
        # look-alike: a sentence that closes with the quoted speaker's own name goes on
        (RUIZ + "The patients developed concerning mutations, said Ruiz. \"We don't know if "
         "maybe more people will land in the hospital.\"", ["Ana Ruiz", "Ana Ruiz"]),
    ],
)
def test_speakers_of_pool_36s_shapes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


TUESDAY = mid_morning(date(2027, 6, 22))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All bills that have not been passed by midnight June 30 will be wiped from the books.",
         [("June 30", date(2027, 6, 30), date(2027, 6, 30))]),
        # look-alikes: midnight alone is tonight's; a weekday beside it is that day's
        ("The truce takes effect at midnight.",
         [("at midnight", date(2027, 6, 22), date(2027, 6, 22))]),
        ("The bill must pass by midnight Friday.",
         [("by midnight Friday", date(2027, 6, 22), date(2027, 6, 25))]),
    ],
)
def test_deadlines_of_pool_36s_shapes(text: str, expected: list[tuple[str, date, date]]) -> None:
    assert deadline_windows(text, TUESDAY) == expected
