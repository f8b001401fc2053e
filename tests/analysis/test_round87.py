"""Round 87: pool 50 of real news (issue 10), judged once on round 86's tip.

Speakers: "It added" after "tweeted the East Veltland foreign ministry" goes on with the
ministry; "The media statement issued by the high commission said, “…”" is the commission's;
"The Ostravan leader then noted …. “…,” he said" is the leader named before, not the
description, when "a leader" was only said of a country ("positioning as a leader"); "“We
were delighted to welcome Prime Minister Veld …,” he said" is not Veld; "“…,” he continued"
after "Bloomberg reported" is not the outlet; "Kellner analysts wrote" names the firm's
analysts; "the industry body said" after "according to the Veltland Meat Processors
Association" is the association; "“…” to defending the city and to “…”, he said" gives both
quotes to him; "as it describes it in a pitch deck" is an attribution; "Berg, “to the very
end, was trying …”" gives Berg no words: the speaker of the paragraph before goes on.

Deadlines: "on 31 March through 2 April" and "from 31 March to 2 April" are one stay;
"announced on Wednesday, October 25, that it will" dates the announcement; "by October 10,
which was later extended by 10 days" moves that date, not a time from now; "insisted that
its acts not go unanswered and that the US will act in the coming days" looks ahead.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

WEDNESDAY_IN_OCTOBER = mid_morning(date(2031, 10, 22))
THURSDAY_IN_FEBRUARY = mid_morning(date(2031, 2, 27))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ostrava also joined the chorus on Wednesday.\n\n“We are concerned about the move. "
         "Now seems the time for more diplomacy,” tweeted the East Veltland foreign ministry.\n\n"
         "It added that all states were expected to “uphold their obligations under the "
         "treaty”.",
         ["the East Veltland foreign ministry", "the East Veltland foreign ministry"]),
        ("The high commission will resume services, officials said.\n\nThe media "
         "statement issued by the high commission said, “After a considered review, it has "
         "been decided to resume visa services.”",
         ["the high commission"]),
        ("The summit was part of the capital's positioning as a leader of the developing "
         "world.\n\nAt the opening session, Prime Minister Vell Arden noted that “new "
         "challenges are emerging in the region”.\n\nThe Ostravan leader then noted that the "
         "capital has also called for restraint.\n\n“We strongly condemn the deaths of "
         "civilians. We have sent aid,” he said.",
         ["Vell Arden", "Vell Arden"]),
        ("Secretary-General Dr. Lim Sok Dara has said the bloc wants Veltland to join the "
         "pact.\n\nDr. Lim also said the two sides have been working together.\n\nThe pact was "
         "signed in November 2020. Veltland had pulled out of the pact, according to officials."
         "\n\n“Looking ahead, we hope to expand our cooperation,” he said.\n\n“We stand to "
         "benefit from the partnership. We have many mechanisms,” he added.\n\nRecalling Prime "
         "Minister Tomas Veld’s visit to Halden in September, he said the group “highly values” "
         "its \"partnership” with Veltland.\n\n\"We were delighted to welcome Prime Minister "
         "Veld to Halden. We value our partnership,\" he said.",
         ["Lim Sok Dara", "Lim Sok Dara", "Lim Sok Dara"]),
        ("“You had fifty years where we let them in, and it has been bad for us,” Senator Ivo "
         "Marren said.\n\nLast week, Bloomberg reported that Ostrava took steps to restrict "
         "investment, according to people familiar with the move.\n\n“Unfortunately, there "
         "is a strategic adversary,” he continued.",
         ["Ivo Marren", "Ivo Marren"]),
        ("The advent of new tools could displace many jobs.\n\n“The systems are improving "
         "rapidly, and the low-end jobs will go first,” Kellner analysts wrote in a note.",
         ["Kellner analysts"]),
        ("Britain imports a fifth of its beef, according to the Veltland Meat Processors "
         "Association.\n\nThe industry body said it had been \"very difficult to gauge the "
         "impact on meat supplies\".",
         ["Veltland Meat Processors Association"]),
        ("John Kessel, the top spokesperson, set out the position in an interview on Sunday."
         "\n\n“Our commitment is ironclad” to defending Ostrava and to “helping Ostrava defend "
         "itself”, he said.",
         ["John Kessel"]),
        ("Kestrel Labs launched a paid plan on Thursday, Ivo Rask said.\n\nIts ultimate "
         "ambition is to create a “next-gen algorithm for machine self-teaching,” as it "
         "describes it in a recent pitch deck to investors.",
         ["Kestrel Labs"]),
        ("Darrell Ivo said that during President Tom Berg's term, judges blocked his orders."
         "\n\nBerg, \"to the very end, was trying to get this process of activist judges rolled "
         "back.\"",
         ["Darrell Ivo"]),
        # look-alikes: a name that speaks, an outlet's own words, a body's own name
        ("Berg, a senior aide, said: \"We were trying to get this rolled back to the end.\"",
         ["Berg"]),
        ("“The market is pricing in two more cuts this year,” Bloomberg reported.",
         ["Bloomberg"]),
    ],
)
def test_speakers_of_pool_50(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The premier will travel to Ostrava on 31 March through 2 April to meet its leader.",
         THURSDAY_IN_FEBRUARY, [("on 31 March through 2 April", date(2031, 3, 31),
                                 date(2031, 4, 2))]),
        ("The premier will travel to Ostrava from 31 March to 2 April.",
         THURSDAY_IN_FEBRUARY, [("from 31 March to 2 April", date(2031, 3, 31),
                                 date(2031, 4, 2))]),
        ("Halden: Veltland announced on Wednesday, October 22, that it will reinstate visa "
         "services.", WEDNESDAY_IN_OCTOBER, []),
        ("The diplomats had to leave by October 10, which was later extended by 10 days.",
         WEDNESDAY_IN_OCTOBER, []),
        ("He insisted that the council not let the attack go unanswered and that Veltland "
         "will explore further measures in the coming days.",
         WEDNESDAY_IN_OCTOBER, [("in the coming days", date(2031, 10, 22),
                                 date(2031, 10, 29))]),
        # look-alikes: a date moved is the new date; a shift told alone runs from now
        ("The council will vote on Wednesday, November 5, on the plan.",
         WEDNESDAY_IN_OCTOBER, [("November 5", date(2031, 11, 5), date(2031, 11, 5))]),
        ("The mayoral vote was delayed by six months.", WEDNESDAY_IN_OCTOBER,
         [("six months", date(2032, 4, 22), date(2032, 4, 22))]),
    ],
)
def test_deadlines_of_pool_50(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
