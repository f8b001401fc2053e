"""Speakers met wrong in a twenty-second round, tuned on a hand-judged pool of European
and US news (pool 16): "said the Commission in a press release" is the Commission, not
those words; "the Commission" in a story that names the European Commission (and no
other commission) is the European Commission, as "the Post" is the Washington Post.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_NAMED = "The European Commission opened a review on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _NAMED + "“Today's publication of the country list is an important milestone "
            "ahead of the law,” said the Commission in a press release.",
            ["European Commission"],
        ),
        (
            "Talks stalled on Monday.\n\n“Today's publication of the country list is an "
            "important milestone,” said Ana Ruiz in an interview with the BBC on Monday.",
            ["Ana Ruiz"],
        ),
        (
            _NAMED + "Responding further, the Commission said it was in close contact with "
            "Varna, but declined to give further details.\n\n“The EU aims to keep the length "
            "of this transition as short as possible,” the spokesperson said.",
            ["European Commission"],
        ),
        (
            "The Washington Post reported the talks on Monday.\n\n“It just came to a head. "
            "There were a lot of voices in the room,” the Post said.",
            ["Washington Post"],
        ),
        # look-alike: no commission named in full
        (
            "Talks stalled on Monday.\n\n“The EU aims to keep the length of this transition "
            "as short as possible,” the Commission said.",
            ["Commission"],
        ),
    ],
)
def test_a_body_named_in_full_once_speaks_by_that_name(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected
