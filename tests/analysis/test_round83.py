"""Round 83: pool 47 of real news (issue 10), judged once on the tip before this round.

Speakers: "the company said" after "…, Reuters reported" is the company the report is
about, never the outlet passing it on; "analysts at Veltmann Sachs" name a body; a pull
quote set as its own paragraph takes the speaker of the body quote that repeats it; a
record or a ranking ("the three-time Grand Slam finalist", "the Tunisian world No 78") and
"the 23-year-old Briton" describe the player the passage is about; "the commission said
that Halden Corp never …" introduces no name for a later "the commission"; "the ethics
board" is "the Harbour Commission on Ethics"; "Knight Mark India, a real estate
consultancy firm said" is a body's whole name; a one-word name taken up by the next
sentence's "he" is a person; "But Nadia says …" names Nadia; "The 39-year-old says
providing …" credits the paragraph of quotation after it; "a letter from her attorney,
Anna Quell" makes "the letter stated" hers; "Withdrawing U.S. forces …" holds no name; the
capitalised "Al-Rami" opening a sentence is "Samir al-Rami".

Deadlines: "would take his country “weeks to months” to"; "within this financial year" in
copy about India or Britain ends on 31 March, in copy about no country it is no deadline;
"the December Claims Committee meeting" read in January is the one held; "after the
regime's fall in December" said in March dates a fall gone.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

WEDNESDAY_IN_MARCH = mid_morning(date(2030, 3, 6))
MONDAY_IN_JULY = mid_morning(date(2030, 7, 29))
MONDAY_IN_JANUARY = mid_morning(date(2030, 1, 14))
_WORDS = "we expect demand to slow across the whole region this year"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Analysts at Veltmann Sachs cut their forecast on Tuesday, Reuters reported. "
         f"\"{_WORDS.capitalize()},\" the company said.", ["Veltmann Sachs"]),
        # no other body named: the outlet is no company of the story, unknown is better
        (f"Prices at the pump rose again, Reuters reported. \"{_WORDS.capitalize()},\" the "
         f"company said.", ["the company"]),
        # look-alike: an outlet acting in its own story is the company
        (f"Fox News dismissed its evening host on Monday. \"{_WORDS.capitalize()},\" the "
         f"company said.", ["Fox News"]),
        ("The mayor, Ivo Lenz, said the port would reopen.\n\n"
         "\"We will not let the harbour die\"\n\n"
         "Lenz spoke at the quay on Tuesday. He praised the workers.\n\n"
         "\"We will not let the harbour die,\" Ana Ruiz, the union leader, told the crowd.",
         ["Ana Ruiz", "Ana Ruiz"]),
        ("Tom Ferris has won the cup twice. \"I am proud of every single player here,\" said "
         "the three-time Grand Slam finalist.", ["Tom Ferris"]),
        ("Maria Vell has won three finals. \"I am going home to rest for a while now,\" said "
         "the Tunisian world No 78.", ["Maria Vell"]),
        ("Anna Ruiz has spoken about the calendar. \"Injuries are going to happen to all of "
         "us,\" the 23-year-old Briton said.", ["Anna Ruiz"]),
        ("The Harbour Commission on Ethics dismissed the complaint. The commission said that "
         "Halden Corp never alleged a specific breach. \"There is no inherent reason why the "
         "governor cannot travel,\" the commission said.", ["Harbour Commission on Ethics"]),
        ("The Harbour Commission on Ethics dismissed the complaint on Friday. \"The complaint "
         "fails to indicate any breach of the law at all,\" the ethics board said.",
         ["Harbour Commission on Ethics"]),
        ("Vivek Rao, National Director, Research, Knight Mark India, a real estate consultancy "
         "firm said, \"There could be a short term impact on the market for now.\"",
         ["Vivek Rao"]),
        # look-alike: "…, the ministry said" after a name is the ministry speaking
        ("The port reopened on Monday.\n\nSeparately, the ministry said: \"We will review "
         "every permit issued this year.\"", ["the ministry"]),
        ("Vivek Rao of Knight Mark India spoke first.\n\nAregawi was building a business when "
         "the war began. He spent two years at the front.\n\n\"We don't want to become a "
         "battleground again,\" he said.", ["Aregawi"]),
        ("Natalie Rowntree has had three rounds of treatment.\n\nBut Natalie says legal "
         "rights to time off would make a \"huge\" difference to her.\n\n\"If you didn't "
         "have to think about work it would take a lot of the stress away.\"",
         ["Natalie Rowntree"]),
        ("Becky Kearns, from Fertility at Work, co-founded the group.\n\nThe 39-year-old says "
         "providing time off would be a benefit to employers.\n\n\"What we're finding is "
         "that many take sick leave instead, and that has a cost.\"", ["Becky Kearns"]),
        ("\"Coverage now is unique because it pertains to the same issue in this case,\" Ivo "
         "Lenz said in his letter to the judge.\n\nRuiz is opposed to the delay, according "
         "to a letter from her attorney, Anna Quell, who called the request \"meritless\".\n\n"
         "\"Waiting an additional four weeks will do nothing to cool the press,\" the letter "
         "stated.", ["Ivo Lenz", "Anna Quell"]),
        ("Senate leader Ivo Lenz said he was \"gravely concerned\" by events in the region."
         "\n\nWithdrawing U.S. forces from Syria \"would re-create the very conditions that "
         "we have worked hard to destroy,\" he said in a statement.", ["Ivo Lenz"]),
        ("President Samir al-Rami of the Harbour Front spoke on Sunday.\n\nIran denied any "
         "involvement on Monday.\n\nAl-Rami had blamed the violence on \"attempts by the "
         "remnants of the old regime to create renewed sedition\".", ["Samir al-Rami"]),
    ],
)
def test_speakers_of_pool_47(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text, WEDNESDAY_IN_MARCH) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The minister said it would take his country \"weeks to months\" to return to its "
         "normal deliveries.", WEDNESDAY_IN_MARCH,
         [("weeks to months", date(2030, 3, 6), date(2030, 9, 6))]),
        ("The government is confident of launching the schemes within this financial year. "
         "The cap is ₹25,000 a month.", MONDAY_IN_JULY,
         [("within this financial year", date(2030, 7, 29), date(2031, 3, 31))]),
        ("The Treasury will meet its borrowing target this financial year, the chancellor "
         "told the House of Commons.", MONDAY_IN_JULY,
         [("this financial year", date(2030, 7, 29), date(2031, 3, 31))]),
        # look-alike: no country told, so no end known
        ("The group is confident of launching the schemes within this financial year.",
         MONDAY_IN_JULY, []),
        # look-alike: a year gone
        ("India met its deficit target in the last financial year.", MONDAY_IN_JULY, []),
        ("Board member Lena Holt read the results of the December Claims Committee meeting.",
         MONDAY_IN_JANUARY, []),
        ("The board will review the December meeting minutes.", MONDAY_IN_JANUARY, []),
        # look-alike: a month as a plain time of the act ahead
        ("The board will meet in December.", MONDAY_IN_JANUARY,
         [("in December", date(2030, 12, 1), date(2030, 12, 31))]),
        ("However, following the calm in the weeks following the regime's fall in December, "
         "violence is starting to grow.", WEDNESDAY_IN_MARCH, []),
        # look-alikes: an event still ahead, by tense or by the nearer month
        ("The party will meet after the vote in December.", WEDNESDAY_IN_MARCH,
         [("in December", date(2030, 12, 1), date(2030, 12, 31))]),
        ("The party is preparing for life after the vote in June.", WEDNESDAY_IN_MARCH,
         [("in June", date(2030, 6, 1), date(2030, 6, 30))]),
    ],
)
def test_deadlines_of_pool_47(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
