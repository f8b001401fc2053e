"""Speakers round 39, tuned on pool 25 and invented copy: "MPs" and other plural acronyms are
many people, never the "she" that follows ("The prime minister urged MPs to … “…,” she
said"); a long opening clause before "the prime minister appealed … to focus “…”" leaves the
subject speaking; "Director of National Intelligence Dan Coats" is Dan Coats; "Sun of
Stimson" after "Yun Sun" is Yun Sun; "a medical source in Karusi" is that source, not the
town; "the ministry" after "The country's Ministry of Defense said" is that ministry; and "a
spokesperson said" right after "The Unification Ministry confirmed …" speaks for it.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

RUIZ = "Ana Ruiz spoke in parliament on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RUIZ + "The plan laid out by the prime minister would be a guarantee for farmers. The "
         "prime minister urged MPs to think of the national interest. “I pledged to serve "
         "working families,” she said.", ["Ana Ruiz"]),
        (RUIZ + "In a crucial statement to parliament after a weekend of lurid headlines about "
         "her potential political demise, the prime minister appealed directly to rebels by "
         "reminding them to focus “on the prize that lies before us all”.", ["Ana Ruiz"]),
        ("Attacks are near, Director of National Intelligence Dan Coats said. “We have not "
         "seen that kind of campaign from them so far,” Coats said.", ["Dan Coats"]),
        ("“Leaders are looking for a better relationship,” said Yun Sun, an expert at the "
         "Harbour Center. Talks resume next month. “I think that both sides understand there "
         "is a ceiling to this,” said Sun of Harbour.", ["Yun Sun", "Yun Sun"]),
        ("Both men were flown to the hospital, but it was “too late, the president was "
         "already dead,” a medical source in Karusa said.", ["a medical source in Karusa"]),
        ("Ostland’s Unification Ministry confirmed that the office was destroyed. The country's "
         "Ministry of Defense said it was watching troop movements. “We are making every "
         "effort to keep the situation stable,” the ministry said in a statement.",
         ["Ministry of Defense"]),
        ("The Unification Ministry confirmed to reporters that the office was destroyed. “We "
         "confirm that the office was demolished by bombing this afternoon,” a spokesperson "
         "said.", ["Unification Ministry"]),
        # look-alikes: a named spokesperson's body; a person before the spokesperson; the
        # ministry named with its owner stays the one meant
        ("Ana Ruiz confirmed to reporters that the office was destroyed. “We confirm that the "
         "office was demolished by bombing this afternoon,” a spokesperson said.",
         ["a spokesperson"]),
        ("Ostland's foreign ministry confirmed that the office was destroyed. “We are making "
         "every effort to keep the situation stable,” the ministry said.",
         ["Ostland's foreign ministry"]),
        ("“We have seen nothing like it,” said a diplomat in Brussels.",
         ["a diplomat in Brussels"]),
    ],
)
def test_speakers_round39(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
