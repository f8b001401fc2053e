"""Round 67, tuned on pool 35 of real news (issue 10). Speakers: no gender read from an
object "her" ("Tanaka excused her, saying"); an unnamed woman opening the pronoun's own
sentence; a quoted phrase inside a clause before "…, said X"; "the oil giant"; "someone
shouted"; "the report says" with no author told; a company's short form ("Varnex" of
"Varnex-Halden Co."); "the ex-minister"; a role opening the sentence before the name
("Former Varnan defence minister Ivo Rask, chief of …,"); a pronoun whose quote speaks of
another ("He said: “Lowe was …”"). Deadlines: the event a time is possessed by ("next week's
election"); "the March 20 deadline" named again; a remark "on that day"; "after the final
report is delivered on Feb. 1"; "between 12 and 18 months".

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.helpers.briefs import (
    Windows,
    deadline_windows,
    deadlines_in,
    mid_morning,
    speakers_in,
)

JUDGE = (
    "Judge Hiro Tanaka questioned the first juror on Monday.\n\nTanaka excused her, saying: "
    "\"The response of the juror shows strong bias.\"\n\nDefense lawyer Robert Baker objected "
    "to the ruling.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (JUDGE + "But Tanaka would have none of it and told Baker to sit down. He excused the "
         "next juror, saying: \"The court finds this juror is biased as well.\"",
         ["Hiro Tanaka", "Hiro Tanaka"]),
        (JUDGE + "But one elderly woman was excused after she said: \"If my husband had half of "
         "what he had to put up with, he would have left long ago.\"",
         ["Hiro Tanaka", None]),
        ("\"It's high time\" the boy went home, said Tom Hale, a former adviser on Varna. \"This "
         "was a simple child custody case.\"", ["Tom Hale"]),
        # look-alike: a source told someone; the one told does not speak
        ("\"The agents are under a lot of pressure,\" an intelligence source, who was not "
         "authorized to speak, told Fox News.", ["an intelligence source"]),
        ("Oil giant Halden Corp has said it will buy back $8bn of shares.\n\n\"In 2003 we "
         "invested around $8bn in cash and shares in the venture,\" the oil giant said.",
         ["Halden Corp"]),
        ("Tom Hale was sentenced on Friday. Relatives sobbed while others gasped and someone "
         "shouted \"Burn in hell, Hale, for what you did!\". An enraged Ivo Rask stood up.",
         [None]),
        ("The report found credible information of abuse.\n\nJustice Tom Hale found that some "
         "members of the Special Operations Task Group carried weapons.\n\n\"Weapons would be "
         "placed with the body, and a cover story was created,\" the report says.",
         ["the report"]),
        ("The report provided 143 recommendations, which General Tom Hale said he accepts.\n\n"
         "\"What this report discloses is disgraceful and a profound betrayal,\" the report "
         "says.", ["the report"]),
        # look-alike: one who wrote in the report
        ("Justice Tom Hale wrote in the report that the unit had failed.\n\n\"What this report "
         "discloses is disgraceful and a profound betrayal,\" the report says.", ["Tom Hale"]),
        ("\"Bugs like this are a normal part of product development,\" said Tom Hale, director "
         "of Varnex-Halden Co.'s systems unit. Varnex announced last week that it planned to "
         "ship a computer early next year. \"These bugs don't affect our schedule at all,\" he "
         "said.", ["Tom Hale", "Tom Hale"]),
        ("But former aid minister Tom Hale said the regime \"must go, I think it is on the point "
         "of departure.\"\n\nHale said it was obvious that the army had not sprung out of "
         "nothing.\n\nThe ex-minister also criticised the military presence in Varna saying it "
         "dated from \"the strategic situation of another age.\"",
         ["Tom Hale", "Tom Hale"]),
        ("Former Varnan defence minister Ivo Rask, chief of the Union for Varnan Democracy, junior "
         "partner in the ruling coalition, recently condemned the policy and regretted that the "
         "capital \"has given the impression of supporting to the end a widely discredited "
         "regime.\"", ["Ivo Rask"]),
        ("George Lowe, the last member of the 1953 team, has died.\n\n\"When there were "
         "dramas, there was a split problem,\" he said.\n\nDr Tom Hale, the former curator, who "
         "first met Mr Lowe in 2005, called him a \"hero\".\n\n\"I don't often use that word "
         "but then it is not very often that you get to meet one,\" he said.\n\nA book of "
         "memoirs by Mr Lowe, which he worked on with Dr Hale, is due to be published in May."
         "\n\nHe said: \"Lowe was a brilliant, kind fellow who never sought the limelight.\"",
         ["George Lowe", "Tom Hale", "Tom Hale"]),
    ],
)
def test_speakers_of_pool_35s_shapes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


MONDAY = mid_morning(date(2027, 3, 8))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\"Scoring points can have a backlash,\" said Maureen Cole, a consultant not working for "
         "any candidate in next week's election.", [("next week", "the election")]),
        ("Voters are weighing their options ahead of next week's election.",
         [("next week", "the election")]),
    ],
)
def test_the_event_a_time_is_of(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.phrase, d.about) for d in deadlines_in(text, MONDAY)] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The agency said the boy should go home by March 20. Its chief gave no reason for "
         "the March 20 deadline.", MONDAY,
         [("by March 20", date(2027, 3, 8), date(2027, 3, 20))]),
        ("Last week, the minister gave Layton a proposal, which Layton called \"disappointing\" "
         "on Friday. Layton said on that day he would consider the proposal carefully over the "
         "weekend.", MONDAY, []),
        # look-alike: the weekend of a remark with no day of its own
        ("Layton said he would consider the proposal carefully over the weekend.", MONDAY,
         [("over the weekend", date(2027, 3, 13), date(2027, 3, 14))]),
        ("Hale has promised to call an election within 30 days after the final report is "
         "delivered on Feb. 1.", mid_morning(date(2027, 11, 8)),
         [("on Feb. 1", date(2028, 2, 1), date(2028, 2, 1))]),
        ("The company expects the share buyback programme could take between 12 and 18 months "
         "to complete.", MONDAY,
         [("between 12 and 18 months", date(2027, 3, 8), date(2028, 9, 8))]),
    ],
)
def test_deadlines_of_pool_35s_shapes(text: str, published: datetime, expected: Windows) -> None:
    assert deadline_windows(text, published) == expected
