"""Round 80: pool 44 of real news (issue 10). Speakers: a group whose name ends in "Now";
a name quoted straight before the words ("quoted the High Court, “…”"); a stray space before
the comma after a name; initials of a title spelled out before one person ("the CEC") and a
country before known initials ("the Lankan PM"); a namesake named in passing that does not
take over a surname; a sentence opened by "Since" that credits no quote; a long opening
frame before the speaker; sentences run together with no space; a paper credited with the
quote before "It added"; an unnamed source introduced far back by its nationality; "a party
spokesperson" after "Labour"; "X's legal team …, writing"; "Syed"/"Abdullah" as given names;
the next quote's own attribution after a finished one; a word quoted inside a quote; "the
Court" read past a court named as an agent. Deadlines: a dateline's day; "by June next
year"; "hold closed consultations"; "scheduled for today/Monday" in a negated clause;
"(October-November)"; "months later in October"; "for the month of May" in May; an
infinitive after an apposition.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

_WORDS = "we will not accept any deal that leaves our people out in the cold"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"The group Peace Now said the plan was \"{_WORDS}.\"", ["Peace Now"]),
        # look-alike: a lowercase adverb between the speaker and the verb is no name
        (f"The group now said the plan was \"{_WORDS}.\"", ["The group"]),
        (f"One of the banners quoted the High Court, \"{_WORDS}.\"", ["High Court"]),
        (f"But according to Ivo Lenz , Chief Market Strategist at Halden Capital, the impact "
         f"may be small. \"{_WORDS},\" he said.", ["Ivo Lenz"]),
        (f"Chief Election Commissioner Ana Ruiz said no party would be forced to run. "
         f"\"{_WORDS},\" the CEC said. The CEC also said they cannot stop violence alone. "
         f"\"You will have to take responsibility for what happens at the polls.\"",
         ["Ana Ruiz", "Ana Ruiz"]),
        # look-alike: initials a body's name spells stay that body
        (f"The Central Election Commission (CEC) met on Monday. \"{_WORDS},\" the CEC said.",
         ["CEC"]),
        (f"Sri Lankan Prime Minister Ana Perera spoke in Delhi on Friday. \"{_WORDS},\" the "
         f"Lankan PM said.", ["Ana Perera"]),
        (f"Ivo Dastgir Khan, a former minister, is part of the delegation. \"{_WORDS},\" Khan "
         f"said. Khan added that the talks would go on. Delhi has often cited the network "
         f"run by Abdul Rahim Khan as a risk. Khan, who served as defence minister, warned of "
         f"grave consequences. \"This is very, very irresponsible of them,\" he said.",
         ["Ivo Dastgir Khan", "Ivo Dastgir Khan"]),
        ("Attorney General Ana Ruiz called the ruling a win. \"I am extremely pleased with "
         "the court's decision today,\" she said. \"The president had no legal authority to "
         "impose these tariffs at all.\" Since Lenz announced the tariffs in April, his team "
         "has faced lawsuits.", ["Ana Ruiz"]),
        ("Amid rising tensions between the two neighbours following the attack on the border "
         "post in April, Permanent Representative of Greece to the United Nations and "
         "President of the Security Council for the month of May Ambassador Ivo Markos had "
         "last week said that if a request comes for a meeting, \"then I think this meeting "
         "should take place as soon as possible.\"", ["Ivo Markos"]),
        ("Halden Motors said the move will unlock value.\"The demerger is on track. The "
         "stock will trade ex-CV after the record date,\" Jefferies said in a note.",
         ["Jefferies"]),
        # kept as before: once the run-together sentences split, "It added" still takes up
        # the paper credited before it
        (f"\"It is an offence to provide property to a listed group,\" a statement by the "
         f"government said.It added that \"{_WORDS}.\"",
         ["the government", "the government"]),
        (f"\"This is a crunch time for the country,\" a Finnish government official told the "
         f"BBC. {'The summit went on late into the night. ' * 30}European Council President "
         f"Ana Costa said talks would go on. \"{_WORDS},\" the Finnish official added.",
         ["a Finnish government official", "the Finnish official"]),
        (f"Labour accused the Tories of fantasy figures. \"{_WORDS},\" a party spokesperson "
         f"said.", ["Labour"]),
        (f"Ruiz's legal team applauded the judge's order, writing in a statement afterwards, "
         f"\"{_WORDS}.\"", ["Ruiz's legal team"]),
        (f"After the meeting, Syed Abdullah Rahim Taher expressed concerns over the vote. "
         f"\"{_WORDS}.\" Following the meeting, the party's convener, Arif Haque, said, "
         f"\"The coming election must be held on the date announced.\"",
         ["Syed Abdullah Rahim Taher", "Arif Haque"]),
        ("“When the registrar learnt the rules were broken, he asked that the event stop. "
         "The organisers were told the hall would be taken back if they went on with the "
         "“religious” programme,” Halden University stated.", ["Halden University"]),
        (f"The Halden High Court on Friday directed the consulate to help the three men, who "
         f"were sentenced by Tanjung District Court last month. \"{_WORDS},\" the Court said.",
         ["Halden High Court"]),
    ],
)
def test_speakers_of_pool_44s_shapes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


SUNDAY_IN_OCTOBER = mid_morning(date(2030, 10, 20))
WEDNESDAY_IN_MAY = mid_morning(date(2030, 5, 8))
THURSDAY_IN_FEBRUARY = mid_morning(date(2030, 2, 14))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Mumbai, Oct 20 (PTI) Halden Bank expects the fund infusion to close by June next "
         "year, once approvals are secured, a top official said on Sunday.", SUNDAY_IN_OCTOBER,
         [("by June next year", date(2030, 10, 20), date(2031, 6, 30))]),
        ("Halden Bank expects the fund infusion, the largest in the sector, to close by June "
         "of next year.", SUNDAY_IN_OCTOBER,
         [("by June of next year", date(2030, 10, 20), date(2031, 6, 30))]),
        ("The council will hold closed consultations on Sunday on the situation.",
         SUNDAY_IN_OCTOBER, [("on Sunday", date(2030, 10, 20), date(2030, 10, 20))]),
        ("The party will not participate in the dialogue with the commission scheduled for "
         "today.", SUNDAY_IN_OCTOBER, [("today", date(2030, 10, 20), date(2030, 10, 20))]),
        ("The party will not take part in the talks scheduled for Monday.", SUNDAY_IN_OCTOBER,
         [("Monday", date(2030, 10, 21), date(2030, 10, 21))]),
        # look-alike: a negated clause with no sitting set still names no day ahead
        ("The party will not take part in the talks on Monday.", SUNDAY_IN_OCTOBER, []),
        ("They have fixed a deadline to conclude the first part of the pact by the fall "
         "(October-November) of 2030.", THURSDAY_IN_FEBRUARY,
         [("October-November", date(2030, 10, 1), date(2030, 11, 30))]),
        ("A few months later in October, the finance chief said she would cut costs.",
         SUNDAY_IN_OCTOBER, []),
        # look-alike: "later in" after a plural noun is still a time ahead
        ("His advisers believe he can win a series of states later in November.",
         SUNDAY_IN_OCTOBER, [("later in November", date(2030, 11, 21), date(2030, 11, 30))]),
        ("Pakistan sits on the council, which is being presided over by Greece for the month "
         "of May.", WEDNESDAY_IN_MAY, []),
    ],
)
def test_deadlines_of_pool_44s_shapes(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
