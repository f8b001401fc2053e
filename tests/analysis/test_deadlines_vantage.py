"""Deadlines where the writer's vantage decides (round 4 of the hand-judged news): spans a
participle or a reported arrival puts ahead, a day's event after "before", a plan of the
writer's press time, "not until", "effective this Friday", a timetable "departs", Orthodox
Easter; and times that point back: an event the news follows, an office held this month, a
remark once made, an ask made before a day just gone. Each shape is restated in sentences
written for this test, next to look-alikes that must stay out (window None).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse
from tests.helpers.briefs import assert_window_or_none

TUESDAY = datetime(2026, 4, 7, 12, 0, tzinfo=UTC)
THURSDAY = datetime(2026, 4, 9, 12, 0, tzinfo=UTC)
FRIDAY = datetime(2026, 4, 10, 12, 0, tzinfo=UTC)
WEDNESDAY_29_APRIL = datetime(2026, 4, 29, 12, 0, tzinfo=UTC)
FRIDAY_11_SEPTEMBER = datetime(2026, 9, 11, 12, 0, tzinfo=UTC)
FRIDAY_18_SEPTEMBER = datetime(2026, 9, 18, 12, 0, tzinfo=UTC)
SUNDAY_11_OCTOBER = datetime(2026, 10, 11, 12, 0, tzinfo=UTC)
TUESDAY_17_NOVEMBER = datetime(2026, 11, 17, 12, 0, tzinfo=UTC)
MONDAY_4_JANUARY = datetime(2027, 1, 4, 12, 0, tzinfo=UTC)

Case = tuple[str, datetime, tuple[str, str, str] | None]

SPANS_AHEAD: list[Case] = [
    # a participle continues the clause of a wish or plan before it
    ("She has made it plain she wants a swift deal, ending the blockade in days.", TUESDAY,
     ("in days", "2026-04-07", "2026-04-14")),
    ("The envoy hopes to strike a bargain, reopening the port in weeks.", TUESDAY,
     ("in weeks", "2026-04-07", "2026-05-19")),
    ("The navy seized the strait, ending the blockade in days.", TUESDAY, None),
    ("She wanted a swift deal, ending the blockade in days.", TUESDAY, None),
    ("The bank expects a recovery, citing exports that doubled in months.", TUESDAY, None),
    ("She wants a swift deal, having ended the last blockade in days.", TUESDAY, None),
    ("She has always said she wants swift deals, and the last siege ended, breaking the "
     "garrison in days.", TUESDAY, None),
    # a single arrival reported with "would" is no rate
    ("Okafor said the duties on Veloria would come in a month without a truce deal.", TUESDAY,
     ("in a month", "2026-05-07", "2026-05-07")),
    ("The minister warned that the sanctions would take effect in a week.", TUESDAY,
     ("in a week", "2026-04-14", "2026-04-14")),
    ("The ferry would come in a day back then, the islanders recalled.", TUESDAY, None),
    ("The floods would come in a day and wash the bridges away, she remembered.", TUESDAY, None),
    ("In 2019 Okafor said the duties would come in a month.", TUESDAY, None),
]

DAYS_AHEAD: list[Case] = [
    # a weekday's event after "before": a deadline, or the last of something before the day
    ("If the motion passes, the bill would go back to the Assembly to be voted on before "
     "Friday's deadline.", TUESDAY, ("before Friday", "2026-04-07", "2026-04-10")),
    ("Addressing students on Friday, in her last campaign speech before Sunday's run-off "
     "against Tomas Berg, Lindqvist urged calm.", FRIDAY,
     ("before Sunday", "2026-04-10", "2026-04-12")),
    ("The bill was passed before Friday's deadline.", TUESDAY, None),
    ("Lawmakers missed Friday's deadline.", TUESDAY, None),
    ("Before Sunday's match, the coach had warned the players.", FRIDAY, None),
    ("In her first speech before Sunday's run-off, she attacked her rival.", FRIDAY, None),
    # Monday's vote in Wednesday's copy is the one just gone, "final" or not
    ("In her final speech before Monday's vote, she attacked her rival.",
     datetime(2026, 4, 8, 12, 0, tzinfo=UTC), None),
    # the writer's moment: a plan then for a time after publication
    ("On November 24th, as the Gazette went to press, Mr Halvorsen was due to face the "
     "party's MPs.", TUESDAY_17_NOVEMBER,
     ("On November 24th", "2026-11-24", "2026-11-24")),
    ("At the time of writing, Ms Duarte had lost on her fifth ballot and the chamber had "
     "adjourned voting until Thursday.", MONDAY_4_JANUARY,
     ("until Thursday", "2027-01-04", "2027-01-07")),
    ("On November 24th, the minister was due to face the party's MPs.", TUESDAY_17_NOVEMBER,
     None),
    ("As the Gazette went to press, the minister had met the party's MPs on November 24th.",
     TUESDAY_17_NOVEMBER, None),
    ("At the time, the chamber had adjourned voting until Thursday.", MONDAY_4_JANUARY, None),
    # "not until" is the time named, not any time before it
    ("The bloc plans to end its tax exemption for parcels under 100 euros, but not until 2029, "
     "so the levy is a stopgap.", WEDNESDAY_29_APRIL,
     ("not until 2029", "2029-01-01", "2029-12-31")),
    ("The tax was not scrapped until 2024.", WEDNESDAY_29_APRIL, None),
    ("It was not until 2019 that the ban took effect.", WEDNESDAY_29_APRIL, None),
    # "effective this Friday"
    ("Norway has dropped its rule that let parcels under $500 in duty-free, effective this "
     "Friday.", WEDNESDAY_29_APRIL, ("this Friday", "2026-05-01", "2026-05-01")),
    ("Norway dropped its rule, effective last Friday.", WEDNESDAY_29_APRIL, None),
    ("The rule took effect this Monday.", WEDNESDAY_29_APRIL, None),
    # a timetable present, through a place's region between commas
    ("A third destroyer squadron departs from Rosyth, Scotland, on Friday.", SUNDAY_11_OCTOBER,
     ("on Friday", "2026-10-16", "2026-10-16")),
    ("A destroyer squadron departed from Rosyth, Scotland, on Friday.", SUNDAY_11_OCTOBER, None),
    ("Protesters gathered in Leeds, England, on Friday.", SUNDAY_11_OCTOBER, None),
    ("The ferry departs from the harbour every Friday.", SUNDAY_11_OCTOBER, None),
    # Orthodox Easter by its own computus (12 April 2026), not Western Easter (5 April)
    ("She pressed for a truce in the shelled towns, all the more on the occasion of Orthodox "
     "Easter.", THURSDAY, ("Orthodox Easter", "2026-04-12", "2026-04-12")),
    ("The monastery will hold a vigil on Orthodox Easter.", THURSDAY,
     ("on Orthodox Easter", "2026-04-12", "2026-04-12")),
    ("Last year she spent Orthodox Easter in Thessaloniki.", THURSDAY, None),
]

POINTING_BACK: list[Case] = [
    # an event the news follows happened this week
    ("Halden's remarks follow separate talks in Qatar's Doha this week between Veloria, "
     "Ostrava and Danish envoys aimed at a truce.", FRIDAY, None),
    ("The summit, which follows talks this week, will be held in Oslo on Saturday.", THURSDAY,
     ("on Saturday", "2026-04-11", "2026-04-11")),
    ("The envoys will follow up on the talks this week.", TUESDAY,
     ("this week", "2026-04-07", "2026-04-12")),
    ("The envoys plan to follow the talks in Doha this week.", TUESDAY,
     ("this week", "2026-04-07", "2026-04-12")),
    ("It follows that the accord will be signed this week.", TUESDAY,
     ("this week", "2026-04-07", "2026-04-12")),
    # an office held now
    ("The council will meet on Monday, according to Latvia, which holds the council's rotating "
     "presidency this month.", FRIDAY_18_SEPTEMBER, ("on Monday", "2026-09-21", "2026-09-21")),
    ("Estonia, which holds the rotating chairmanship this year, called the meeting.",
     FRIDAY_18_SEPTEMBER, None),
    ("The party holds its congress this month.", FRIDAY_18_SEPTEMBER,
     ("this month", "2026-09-18", "2026-09-30")),
    # a remark once made
    ('He once said he would gladly have Mr Varga as Moldova\'s president "tomorrow".',
     FRIDAY_11_SEPTEMBER, None),
    ('He said he would gladly meet Mr Varga "tomorrow".', FRIDAY_11_SEPTEMBER,
     ("tomorrow", "2026-09-12", "2026-09-12")),
    ("Once signed, the accord will take effect tomorrow.", FRIDAY_11_SEPTEMBER,
     ("tomorrow", "2026-09-12", "2026-09-12")),
    # an ask made before a day just gone: Wednesday in Thursday's copy
    ("The governor had urged villagers to leave through two checkpoints Wednesday – an "
     "operation that was meant to start at noon.", THURSDAY, None),
    ("The governor has urged villagers to vote Tuesday.", THURSDAY,
     ("Tuesday", "2026-04-14", "2026-04-14")),
]


@pytest.mark.parametrize(("text", "published", "window"), SPANS_AHEAD)
def test_a_span_ahead_by_its_governing_clause(
    text: str, published: datetime, window: tuple[str, str, str] | None
) -> None:
    assert_window_or_none(analyse(text, published).deadlines, window)


@pytest.mark.parametrize(("text", "published", "window"), DAYS_AHEAD)
def test_a_day_ahead_of_the_writer(
    text: str, published: datetime, window: tuple[str, str, str] | None
) -> None:
    assert_window_or_none(analyse(text, published).deadlines, window)


@pytest.mark.parametrize(("text", "published", "window"), POINTING_BACK)
def test_a_time_that_points_back(
    text: str, published: datetime, window: tuple[str, str, str] | None
) -> None:
    assert_window_or_none(analyse(text, published).deadlines, window)
