"""Round 91: pool 53 of real news (issue 10), judged once on the review of rounds 87–90.

Speakers: "Ivo Hallen, Austria’s vice-chancellor and the leading Green, … said “…”" is Hallen, not
"Green" (a party's member, as "the Republican" is); "Employment “continued to strengthen"
while the economy “…”, the Fed said" is the Fed's ("continued to" goes on with something
else, it reports no words); "Mehra said" is the candidate, not "the son of the late chief
minister, Sunita Mehra" (a relative who has died says nothing now).

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scholz said a decision would be made in the coming days.\n\nBut Ivo Hallen, Austria’s "
         "vice-chancellor and economy minister and the leading Green, stressed this would only "
         "help a little and said “for the little it would bring us, it’s the wrong decision”.",
         ["Ivo Hallen"]),
        ("Employment “continued to strengthen\" while the economy “has picked up from the "
         "modest pace seen in the first half of the year”, the Fed said on Wednesday.",
         ["Fed"]),
        ("Former MP Ravi Mehra on Saturday alleged that the city faces air and water "
         "pollution.\n\nMehra, who is contesting the seat, listed the achievements of the "
         "earlier government under Sunita Mehra.\n\nThe functionary is the son of the late chief "
         "minister, Sunita Mehra.\n\n\"The bus fleet has shrunk to just around 3,000 buses now,\" "
         "he said.\n\n\"People in the constituency are very dissatisfied with the government,\" "
         "Mehra said.",
         ["Ravi Mehra", "Ravi Mehra"]),
        # look-alikes: "continued" before its words; a living relative may be the speaker
        ("“We will not give up on this city, whatever they do,” he continued, turning to Ana "
         "Ruiz.",
         [None]),
        ("Ana Ruiz won the seat.\n\n“We will not give up on this city, whatever they do,” she "
         "continued.",
         ["Ana Ruiz"]),
    ],
)
def test_speakers_of_pool_53(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
