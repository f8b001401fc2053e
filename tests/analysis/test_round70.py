"""Round 70, from the left-overs of pool 36 and the words stories use for someone they have
just named: "the tycoon", "the Halden boss", "the teenager", "the mogul"; a person of a
country ("the Spaniard", "the Frenchman") and the one a title gives that country; "the SNP
chief" after "Scottish nationalist leader Ana Ruiz", a leader whose title names no other
party.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Billionaire Tom Hale bought the club in March. \"I love this team and its history,\" "
         "the tycoon said.", ["Tom Hale"]),
        ("The media mogul Tom Hale bought the paper in March. \"Print is not dead at all, "
         "whatever they say,\" the mogul said.", ["Tom Hale"]),
        ("Halden manager Tom Hale was angry after the match on Saturday. \"We were robbed by "
         "the referee tonight,\" the Halden boss said.", ["Tom Hale"]),
        ("Tom Hale, 17, scored his first goal for Varna on Saturday. \"It was the best day of "
         "my life,\" the teenager said.", ["Tom Hale"]),
        ("Spanish tennis star Ana Ruiz beat Lena Lind in the final. \"I played my best tennis "
         "all year,\" the Spaniard said.", ["Ana Ruiz"]),
        # look-alike: the one the title gives the country, wherever she stands
        ("Spanish tennis star Ana Ruiz beat Swedish player Lena Lind in the final. \"I played "
         "my best tennis all year,\" the Swede said.", ["Lena Lind"]),
        ("The French president, Tom Hale, arrived in Rome on Monday. \"Europe must act on "
         "migration now,\" the Frenchman said.", ["Tom Hale"]),
        ("The Scottish nationalist leader Ana Ruiz spoke in Perth on Monday. \"We will win "
         "this vote in the spring,\" the SNP chief said.", ["Ana Ruiz"]),
        # look-alike: another party's leader is no chief of this one
        ("Labour leader Tom Hale spoke in Leeds on Monday. \"We will win this election "
         "easily,\" the SNP chief said.", ["SNP"]),
    ],
)
def test_speakers_named_by_what_the_story_calls_them(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected
