"""Round 75, tuned on pool 39 of real news (issue 10). Speakers: "Halden Technology", then
"Halden told the BBC it was aware …. “…,” it said" (the firm, not the outlet told); "Speaking
to reporters after a meeting with Ivo Rask he said" (the he, not Rask); "With the court
sitting in Halden, the government feels …" (not the court); "Peru “denounces …,” the
statement said"; "Ivo Rask, a conservative who he said had shown “…”"; a quote with no
credit before "Tom Hale says the strategy is “…”"; "The leaders of more than 20 major aid
agencies warned". Deadlines: not "As of this week"; a split financial year runs April to
March (July to June where the story names Australia); "might cut rates at its next meeting
in December"; "for 48 hours from 12:00 local time"; "His remarks come days before Hale
flies to Asia".

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

_HALE_MEETS_RASK = (
    "Tom Hale, a former ambassador, said he expects the issue to be discussed next week.\n\n"
    "In his letter to Ana Ruiz, Hale said the plan was flawed.\n\n"
    "Speaking to the Guardian in London following a meeting with the British foreign "
    "secretary Ivo Rask he said that the country was “very concerned about the conduct of "
    "the war”.\n\nHe also challenged the premier's priorities.\n\n"
)
_UNTAGGED_THEN_ANOTHER = (
    "\"I was horrified,\" Ana Ruiz says. \"It never once mentioned nicotine.\" That was of "
    "grave concern to Ruiz. Her child spent six weeks in the hospital. \"They had about six "
    "tubes in their lungs at one point, draining fluid out.\" Health Secretary Tom Hale says "
    "the strategy is \"mobilizing every part of government to confront the epidemic.\""
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halden Technology makes memory chips.\n\nHalden told the BBC it was aware of the "
         "review.\n\n“We are cooperating fully with the regulator,” it said.",
         ["Halden Technology"]),
        # look-alike: the surname of a person named in full stays the person's
        ("Regulators fined Adani Group on Monday.\n\nGautam Adani said he would appeal. “We "
         "have done nothing wrong,” Adani said.", ["Gautam Adani"]),
        (_HALE_MEETS_RASK + "“The criticism is increasing against the prime minister,” he "
         "said.", ["Tom Hale", "Tom Hale"]),
        ("Tom Hale said the plan was flawed.\n\nWith the International Court of Justice "
         "sitting in Halden, the Varna government feels it has a duty to act.\n\n“I have no "
         "illusions about the other side.”", [None]),
        # look-alike: a person named in the main clause opens the quote
        ("Tom Hale said the plan was flawed.\n\nWith the Halden Workers Union backing the "
         "strike, Ana Ruiz feels she has a duty to act.\n\n“I have no illusions about the "
         "other side.”", ["Ana Ruiz"]),
        ("Ana Ruiz said in a statement on Monday that the seizure was legal.\n\nThe Peruvian "
         "government called the seizure \"an act of piracy.\"\n\nPeru \"denounces and rejects "
         "the hijacking of a private vessel,\" the statement said.", ["Peru"]),
        ("Tom Hale praised Governor Ivo Rask, a conservative Republican who he said had shown "
         "\"that it is possible for us to disagree while abiding by a basic code\".",
         ["Tom Hale"]),
        (_UNTAGGED_THEN_ANOTHER, ["Ana Ruiz", "Ana Ruiz", "Tom Hale"]),
        ("The leaders of more than 20 major aid agencies warned that \"the inhumanity of the "
         "situation is unconscionable\".", ["The leaders of more than 20 major aid agencies"]),
    ],
)
def test_speakers_of_pool_39s_shapes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


MONDAY = mid_morning(date(2027, 6, 21))
WEDNESDAY = mid_morning(date(2027, 6, 23))
OCTOBER = mid_morning(date(2027, 10, 5))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("As of this week, of more than 70 tankers in Varnan waters that are part of the "
         "fleet, around 38 are under sanctions, according to data from a tracker.", WEDNESDAY,
         []),
        # look-alike: from a week still to come
        ("As of next week, the new rules will apply.", WEDNESDAY,
         [("next week", date(2027, 6, 28), date(2027, 7, 4))]),
        ("The central bank would find it hard to meet its inflation target in fiscal 2028-29.",
         MONDAY, [("in fiscal 2028-29", date(2028, 4, 1), date(2029, 3, 31))]),
        ("The Australian treasurer expects a surplus in 2028-29.", MONDAY,
         [("in 2028-29", date(2028, 7, 1), date(2029, 6, 30))]),
        ("Some said the bank might cut rates at its next meeting in December.", OCTOBER,
         [("in December", date(2027, 12, 1), date(2027, 12, 31))]),
        ("It said the route would be open for 48 hours from 12:00 local time (10:00 BST).",
         MONDAY, [("for 48 hours", date(2027, 6, 21), date(2027, 6, 23))]),
        # look-alike: a span from a day of its own is dated by that day
        ("The route will be open for 48 hours from Thursday.", MONDAY,
         [("from Thursday", date(2027, 6, 24), date(2027, 6, 24))]),
        ("His remarks come days before Tom Hale flies to the Middle East.", MONDAY,
         [("days before", date(2027, 6, 21), date(2027, 6, 30))]),
        # look-alike: told as past, the flight may be long gone
        ("The remarks came days before Hale flew to Asia.", MONDAY, []),
    ],
)
def test_deadlines_of_pool_39s_shapes(
    text: str, published: datetime, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, published) == expected
