"""Spans that run from now in diplomatic news (issue 10, round 2), each kind restated in a
sentence written for this test, next to the look-alikes that must stay out (window None).

Published on Tuesday 7 April 2026.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none, only

TUESDAY = datetime(2026, 4, 7, 12, 0, tzinfo=UTC)

# (sentence, (phrase as written, first day, last day) or None)
CASES: list[tuple[str, tuple[str, str, str] | None]] = [
    # "a matter of days" sets a time as "within days" does
    ('"We must find out very quickly now - and I\'m talking about a matter of days - whether the '
     'plan can work," the envoy said.', ("a matter of days", "2026-04-07", "2026-04-14")),
    ("The answer is only a matter of weeks away, the mayor said.",
     ("a matter of weeks", "2026-04-07", "2026-05-19")),
    ("The strike collapsed after a matter of days.", None),
    # a pause, truce or window agreed to, asked for or promised runs from now
    ("The governor said on Tuesday he agreed to suspend the planned evictions for two weeks.",
     ("for two weeks", "2026-04-07", "2026-04-21")),
    ("The guild asked the studios to lift the lockout for two weeks as a gesture of trust.",
     ("for two weeks", "2026-04-07", "2026-04-21")),
    ('"We urge both unions to observe a truce for two weeks to allow talks to succeed," '
     "she wrote.", ("for two weeks", "2026-04-07", "2026-04-21")),
    ("The minister said ferries will be able to cross the bay for the two-week interval.",
     ("for the two-week interval", "2026-04-07", "2026-04-21")),
    ('"Most points are settled, but a two week period will allow the contract to be signed," '
     "he wrote.", ("a two week period", "2026-04-07", "2026-04-21")),
    # a span narrated, run, counted back or dated by its own start is no time ahead
    ("The editor was jailed for two weeks in March.", None),
    ("The bridge has been closed for two weeks.", None),
    ("Talks stalled for two weeks before a deal was reached.", None),
    ("It would be the first such handover for five months, the envoy said.", None),
    # a stay, or a span dated by another time, is no pause running from now
    ("The mayor said she would stay in Rome for two weeks.", None),
    # a rule kept in force is no stay
    ("The port curfew will stay in force for two weeks.",
     ("for two weeks", "2026-04-07", "2026-04-21")),
    ("The border will stay closed for ten days, the ministry said.",
     ("for ten days", "2026-04-07", "2026-04-17")),
    ("The president will visit the capital for three days next month.",
     ("next month", "2026-05-01", "2026-05-31")),
    ("Nurses will walk out for 48 hours from Thursday morning.",
     ("from Thursday morning", "2026-04-09", "2026-04-09")),
    # a delay with its object between verb and span sets the new time
    ('The mayor said the city has asked to delay his planned visit to the capital by "a '
     'month or so" due to the floods.', ("a month or so", "2026-05-07", "2026-05-07")),
    ("The rail strike was called off last month.", None),
    # "effective Sunday" starts a change ahead, whatever the verb that announced it
    ("The ministry announced the full return of ferry services effective Thursday from 6 "
     "a.m. local time.", ("effective Thursday", "2026-04-09", "2026-04-09")),
]


@pytest.mark.parametrize(("text", "window"), CASES)
def test_spans_ahead(text: str, window: tuple[str, str, str] | None) -> None:
    assert_window_or_none(analyse(text, TUESDAY).deadlines, window)


def test_an_aside_of_time_is_about_the_clause_it_interrupts() -> None:
    text = ('"We must find out very quickly now - and I\'m talking about a matter of days - '
            'whether the plan can work," the envoy said.')
    about = only(analyse(text, TUESDAY).deadlines).about
    assert about.startswith("We must find out very quickly now")
    assert "whether the plan can work" in about


def test_a_delay_is_about_the_thing_delayed() -> None:
    text = ('The mayor said the city has asked to delay his planned visit to the capital by "a '
            'month or so" due to the floods.')
    about = only(analyse(text, TUESDAY).deadlines).about
    assert "asked to delay his planned visit to the capital due to the floods" in about
    assert '"' not in about


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # the event already dated in the article: the span runs from its date
        ("The truce will take effect at midnight on Sunday, mediators said. Hostage releases "
         "are due to begin within a week of the truce.",
         [("at midnight on Sunday", "2026-04-12", "2026-04-12"),
          ("within a week of the truce", "2026-04-12", "2026-04-19")]),
        # an act plainly still to come, not dated: at hand, so from now
        ("An aide said the troops would begin pulling back within 24 hours of the deal being "
         "signed.", [("within 24 hours of the deal being signed", "2026-04-07", "2026-04-08")]),
        # neither dated nor to come
        ("He said he would end the war within 24 hours of taking office.", []),
    ],
)
def test_a_span_from_an_event_to_come(text: str, window: list[tuple[str, str, str]]) -> None:
    found = analyse(text, TUESDAY).deadlines
    assert [(d.phrase, str(d.earliest.date()), str(d.latest.date())) for d in found] == window


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a relative clause is about the noun it hangs on
        ('"We have a water deal which I guess is going to be signed on Thursday," he said.',
         "a water deal"),
        ("So too are guarantees for the port, without which the city says rivals will be able "
         "to strike again on Thursday.", "the city says rivals will be able to strike again"),
        # a frame after a comma that only says when borrows the main clause
        ("The unions will hold talks with the city in Leeds, the county town, for two weeks "
         "beginning in the coming days.", "The unions will hold talks with the city in Leeds"),
        ("The mayor will host the twin town's council in Lyon, at a date to be set later this "
         "year.", "The mayor will host"),
        ("The mayor will host the twin town's council in Lyon, at a to-be-announced date "
         "later this year.", "The mayor will host the twin town's council in Lyon"),
    ],
)
def test_about_names_what_is_due(text: str, words: str) -> None:
    assert words in only(analyse(text, TUESDAY).deadlines).about
