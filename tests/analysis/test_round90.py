"""Round 90: pool 52 of real news (issue 10), judged once on round 89's tip.

Speakers: "said incoming House Budget Committee Chairman Ivo Rask of South Carolina" is Rask,
not a body of that whole run; "Del." (a delegate) ends no sentence; "the business group"
after "the Canadian Chamber of Commerce" is the chamber; "Correspondence from the palace …
says" is the palace's; "cited Amnesty International, which … said …. It said" is Amnesty;
'state Del. Marcia "Cia" Price' has a nickname, not a quote, in her name.

Deadlines: "were among the managers to voice concerns at the weekend" is the weekend gone;
"can play three matches in eight days" is a pace.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

MONDAY_IN_NOVEMBER = mid_morning(date(2031, 11, 10))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\"We welcome the new commitment to a balanced budget, but we are wary,\" said "
         "incoming House Budget Committee Chairman Ivo Rask of South Carolina.",
         ["Ivo Rask"]),
        ("The bill passed hours after the House debate.\n\n“This is about science and "
         "morality,” said Republican Del. Kayla Kessel, the sponsor.",
         ["Kayla Kessel"]),
        ("Some critics have warned the bill lacks clarity.\n\nIn a statement, the Canadian "
         "Chamber of Commerce said the government only recently confirmed the plan.\n\n\"They "
         "chose a costly model that will deteriorate rather than improve access,\" the business "
         "group said.",
         ["Canadian Chamber of Commerce"]),
        ("Ahead of the King's visit, the Republic Movement exchanged letters with Buckingham "
         "Palace officials.\n\nCorrespondence from the palace, first revealed by a tabloid, says "
         "that the question is a \"matter for the Australian public to decide\".",
         ["Buckingham Palace"]),
        ("Plaid MP Ivo Lake, the MP for Ceredigion Preseli, put forward the motion.\n\n\"We "
         "should offer no assistance to states in breach of UN resolutions,\" he said.\n\nThe "
         "motion cited Amnesty International, which in 2022 said the laws amounted to apartheid."
         "\n\nIt said it maintained \"an institutionalised regime of oppression and domination "
         "of the population\".",
         ["Ivo Lake", "Amnesty International"]),
        ("Rep. Robert C. \"Bobby\" Rask threw open his back yard for a cookout.\n\n\"This is a "
         "big year for our potential United States senator, Bobby Rask!\" Rask's niece, state "
         "Del. Marcia \"Cia\" Price (D-Newport News), shouted to the crowd.",
         [None]),
        # look-alike: the niece without a nickname
        ("\"This is a big year for our potential United States senator, Bobby Rask!\" Rask's "
         "niece, state Del. Marcia Price (D-Newport News), shouted to the crowd.",
         ["Marcia Price"]),
    ],
)
def test_speakers_of_pool_52(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Two coaches were among the managers to voice concerns over player welfare at the "
         "weekend.", MONDAY_IN_NOVEMBER, []),
        ("Under the plan, every player can play three matches in eight days.",
         MONDAY_IN_NOVEMBER, []),
        # look-alikes: a vote in eight days; a plan to meet at the weekend
        ("The council will vote in eight days.", MONDAY_IN_NOVEMBER,
         [("in eight days", date(2031, 11, 18), date(2031, 11, 18))]),
        ("The two coaches are to meet at the weekend.", MONDAY_IN_NOVEMBER,
         [("at the weekend", date(2031, 11, 15), date(2031, 11, 16))]),
    ],
)
def test_deadlines_of_pool_52(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
