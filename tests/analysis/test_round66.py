"""Round 66 (issue 10), from the left-overs of pools 33–34. Deadlines: a time counted on from
an earlier time ahead ("March 25 … the following Tuesday", "tomorrow … over the following
two days", "next Monday … the next day"); a time put in a question the answer turns down;
the month of a sitting a past act was at ("presented plans … at a meeting in October").
Speakers: an opening frame ("In an email, Brandt's office said:") before the one who speaks.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import Windows, deadline_windows, mid_morning, speakers_in

MONDAY = mid_morning(date(2027, 3, 8))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hearing is set for March 25, and the judge is expected to rule the following "
         "Tuesday.",
         [("March 25", date(2027, 3, 25), date(2027, 3, 25)),
          ("the following Tuesday", date(2027, 3, 30), date(2027, 3, 30))]),
        ("The hearing is set for March 25. The judge is expected to rule the following "
         "Tuesday.",
         [("March 25", date(2027, 3, 25), date(2027, 3, 25)),
          ("the following Tuesday", date(2027, 3, 30), date(2027, 3, 30))]),
        ("The leaders will meet on April 2 and sign the deal the following week.",
         [("on April 2", date(2027, 4, 2), date(2027, 4, 2)),
          ("the following week", date(2027, 4, 5), date(2027, 4, 11))]),
        ("Negotiators will meet in Geneva tomorrow, and the talks will continue over the "
         "following two days, officials said.",
         [("tomorrow", date(2027, 3, 9), date(2027, 3, 9)),
          ("the following two days", date(2027, 3, 10), date(2027, 3, 11))]),
        ("The summit opens next Monday and the ministers will meet the next day.",
         [("next Monday", date(2027, 3, 15), date(2027, 3, 15)),
          ("the next day", date(2027, 3, 16), date(2027, 3, 16))]),
        ("A panel will meet on March 25 to pick the winner, with the announcement made later "
         "that evening.",
         [("on March 25", date(2027, 3, 25), date(2027, 3, 25)),
          ("later that evening", date(2027, 3, 25), date(2027, 3, 25))]),
        # look-alikes: counted on from a time gone, or a sentence with a time of its own; a
        # delay compared ("three days later than planned")
        ("The airliner will arrive on March 25, three days later than originally planned.",
         [("on March 25", date(2027, 3, 25), date(2027, 3, 25))]),
        ("He claimed last Saturday that he would be arrested the following Tuesday.", []),
        ("The court will rule on May 4. In 2019 it ruled the following day.",
         [("on May 4", date(2027, 5, 4), date(2027, 5, 4))]),
        ("Asked whether the council would vote later in the day, Hale said: \"No. We are not "
         "ready.\"", []),
        ("Asked if talks would resume next week, the minister replied, \"No, not next week.\"",
         []),
        # look-alike: an answer that does not turn the time down
        ("Asked whether the council would vote on Friday, Hale said: \"Yes, we are ready.\"",
         [("on Friday", date(2027, 3, 12), date(2027, 3, 12))]),
        ("Hale presented plans for the new bridge at a meeting in October.", []),
        # look-alike: the meeting still to come
        ("Hale will present plans for the new bridge at a meeting in October.",
         [("in October", date(2027, 10, 1), date(2027, 10, 31))]),
    ],
)
def test_times_counted_on_and_questions(text: str, expected: Windows) -> None:
    assert deadline_windows(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("District Attorney Tom Brandt declined to comment.\n\nIn an email, Brandt's office "
         "said: “The investigation is ongoing and will take time.”", ["Brandt's office"]),
        ("District Attorney Tom Brandt declined to comment.\n\nOn Monday, Brandt's office "
         "said: “The investigation is ongoing and will take time.”", ["Brandt's office"]),
        # look-alikes: the man himself, with or without the frame
        ("District Attorney Tom Brandt declined to comment.\n\nIn an email, Brandt said: “The "
         "investigation is ongoing and will take time.”", ["Tom Brandt"]),
        ("District Attorney Tom Brandt declined to comment.\n\nBrandt's office said: “The "
         "investigation is ongoing and will take time.”", ["Brandt's office"]),
    ],
)
def test_speakers_after_an_opening_frame(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
