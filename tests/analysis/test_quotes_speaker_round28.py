"""Speakers met wrong in a twenty-eighth round, tuned on a hand-judged pool of 2023–2026 news
(pool 22): "X on Truth Social said" (the platform is where, not who); "The Harbour Navy
regularly conducts patrols in the South Sea, saying it is “…”" (the subject speaks through
the participle even when the quote stands inside what it says); "the readout said" after "a
readout from the White House"; "the opinion read" after a court's opinion, and "Friday’s
opinion" is no one's; "the group said" right after a sentence that opens on a named alliance;
"According to the texts, conspirators told the drivers to “…”" does not credit the texts;
"Singh dismissed the allegations. “…”" is Singh's reply, not the last speaker's.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Ruiz on Truth Social said the ruling “should be just the first step” as she "
         "called for more.", ["Ana Ruiz"]),
        # look-alike: the platform's own words stay the platform's
        ("Truth Social said in a statement that the post “broke none of the rules our users "
         "agree to”.", ["Truth Social"]),
    ],
)
def test_the_platform_is_where_not_who(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbour Navy regularly conducts patrols in the South Sea, saying it is "
         "“defending every nation’s right to sail.”", ["Harbour Navy"]),
        ("The Harbour Navy sent two frigates to the Varna Strait, saying the ships were "
         "“there to keep the lanes open.”", ["Harbour Navy"]),
        # the quote right after the participle, a place named before it
        ("The Harbour Navy sent two frigates to the Varna Strait, saying: “The lanes stay "
         "open.”", ["Harbour Navy"]),
    ],
)
def test_the_subject_speaks_through_saying(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During the meeting, the president stressed the need to close the deal, according "
         "to a readout from the Harbour Palace.\n\n“The president expressed the need to close "
         "the remaining gaps,” the readout said.", ["Harbour Palace"]),
        ("The Court of Maritime Justice issued an advisory opinion on Friday. Friday’s opinion "
         "drew praise from the islanders.\n\n“The occupation of the reef is unlawful,” the "
         "opinion read.", ["Court of Maritime Justice"]),
    ],
)
def test_a_paper_speaks_for_its_issuer(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analysts point to the growing influence of the private military group Varkov in "
         "the region.\n\nThe Harbour Coalition for the Sahel, an informal alliance of several "
         "dozen civil society groups, expressed concern for the takeover.\n\n“Civil liberties "
         "must be preserved,” the group said in a statement.", ["Harbour Coalition for the Sahel"]),
        # look-alike: no body opens the sentence before; the group named with its noun
        ("The private military group Varkov has grown in the region.\n\n“We are here to "
         "stay,” the group said in a statement.", ["Varkov"]),
    ],
)
def test_the_group_that_opens_the_sentence_before(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the texts, the smugglers told the drivers to “just say they don’t "
         "know anything.”", ["the smugglers"]),
        ("Five minutes later, according to prosecutors, one of the smugglers sent another "
         "message to the thread: “Dissolve this group chat.”", [None]),
        # look-alike: the body "according to" credits with the words
        ("According to the agency, sales fell by a third, “the worst fall in a decade.”",
         ["the agency"]),
    ],
)
def test_according_to_a_source_that_relays_others(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chief Minister Tomas Varga resigned on Sunday, and lawyer Ivo Rask said the clips "
         "were real.\n\n“A lab confirmed it is his voice,” Rask stated. When asked about the "
         "clips in an interview, Varga dismissed the allegations. “Some people are after me. "
         "There is a conspiracy.”", ["Ivo Rask", "Tomas Varga"]),
        # look-alike: a sentence about the other man that is no reply
        ("Chief Minister Tomas Varga resigned on Sunday, and lawyer Ivo Rask said the clips "
         "were real.\n\n“A lab confirmed it is his voice,” Rask stated. Varga visited the "
         "clinic. “Some people are after him.”", ["Ivo Rask", "Ivo Rask"]),
    ],
)
def test_a_denial_before_a_quote_is_its_speaker(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
