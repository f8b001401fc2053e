"""Forward-looking time phrases: each family resolves against the publication time,
and past events or promises about the past are not deadlines."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from _pytest.mark import ParameterSet

from bot.analysis import Deadline, analyse
from tests.helpers.briefs import WEDNESDAY_MORNING, deadlines_in, only

# A Wednesday, mid-morning.
PUBLISHED = WEDNESDAY_MORNING


def only_deadline(text: str) -> Deadline:
    return only(deadlines_in(text))


def until(text: str, phrase: str, latest: date) -> ParameterSet:
    """A phrase that runs from publication to `latest`."""
    return pytest.param(text, phrase, PUBLISHED.date(), latest, id=phrase)


def on(text: str, phrase: str, day: date) -> ParameterSet:
    """A phrase that names one day."""
    return pytest.param(text, phrase, day, day, id=phrase)


def between(text: str, phrase: str, earliest: date, latest: date) -> ParameterSet:
    """A phrase that names a later period."""
    return pytest.param(text, phrase, earliest, latest, id=phrase)


@pytest.mark.parametrize(
    ("text", "phrase", "earliest", "latest"),
    [
        # exact
        until("The union will strike by Friday unless talks resume.", "by Friday",
              date(2026, 3, 6)),
        on("The vote is scheduled for May 1.", "May 1", date(2026, 5, 1)),
        on("The ministry said it will publish the list on May 1.", "on May 1", date(2026, 5, 1)),
        until("Officials expect a ruling within 24 hours.", "within 24 hours", date(2026, 3, 5)),
        on("Results are due tomorrow.", "tomorrow", date(2026, 3, 5)),
        on("The law takes effect on July 1, 2026.", "on July 1, 2026", date(2026, 7, 1)),
        on("The deal could be signed as early as Monday.", "as early as Monday", date(2026, 3, 9)),
        # relative
        between("Talks will resume next week.", "next week", date(2026, 3, 9), date(2026, 3, 15)),
        until("A decision is expected in the coming days.", "in the coming days",
              date(2026, 3, 11)),
        until("The court will rule within a matter of days.", "within a matter of days",
              date(2026, 3, 11)),
        until("The plan must be agreed in the next few weeks.", "in the next few weeks",
              date(2026, 4, 1)),
        until("The report will be published later this month.", "later this month",
              date(2026, 3, 31)),
        between("Rates are set to rise next month.", "next month",
                date(2026, 4, 1), date(2026, 4, 30)),
        # vague or alternative
        between("The president suggested April or May as a window for the summit.", "April or May",
                date(2026, 4, 1), date(2026, 5, 31)),
        between("Construction is expected to finish in early June.", "early June",
                date(2026, 6, 1), date(2026, 6, 10)),
        until("A decision is expected by the end of June.", "by the end of June",
              date(2026, 6, 30)),
        between("Elections are planned for the autumn.", "for the autumn",
                date(2026, 9, 1), date(2026, 11, 30)),
        until("The company promised a decision by year-end.", "by year-end", date(2026, 12, 31)),
        # named periods
        until("The review will report by Easter.", "by Easter", date(2026, 4, 5)),
        between("The merger would be completed in the third quarter.", "in the third quarter",
                date(2026, 7, 1), date(2026, 9, 30)),
        until("The heat is expected to last until the weekend.", "until the weekend",
              date(2026, 3, 8)),
        until("Officials said they would meet again within the next fortnight.",
              "within the next fortnight", date(2026, 3, 18)),
        # ultimatums run from the day they are given
        until("The council gave the operator 30 days to repair the lifts.", "30 days",
              date(2026, 4, 3)),
        until("The rebels have 72 hours to leave the town.", "72 hours", date(2026, 3, 7)),
        until("A second round of talks is planned for the coming weeks.", "the coming weeks",
              date(2026, 4, 15)),
    ],
)
def test_forward_phrases_resolve_against_publication(
    text: str, phrase: str, earliest: date, latest: date
) -> None:
    deadline = only_deadline(text)
    assert deadline.phrase == phrase
    assert deadline.earliest.date() == earliest
    assert deadline.latest.date() == latest
    assert deadline.earliest.tzinfo is not None and deadline.earliest <= deadline.latest


def test_about_is_the_clause_the_phrase_governs() -> None:
    deadline = only_deadline("Trump said he expects to finalise a minerals deal next week.")
    assert "finalise a minerals deal" in deadline.about
    assert "next week" not in deadline.about


def test_month_already_past_this_year_with_a_future_verb_means_next_year() -> None:
    deadline = only_deadline("The new stadium will open in February.")
    assert deadline.earliest.date() == date(2027, 2, 1)


# Past events and promises about the past, by what each shows.
NOT_DEADLINES = {
    "promise about the past":
        "He campaigned on a promise to end the war within 24 hours of taking office.",
    "campaign promise": "She vowed during the campaign to fix it within 100 days.",
    "past weekday": "The company met analysts on Tuesday.",
    "past month": "Sales fell in February.",
    "past month with infinitive": "A previous attempt to seal a deal in February collapsed.",
    "last week": "The strike ended last week.",
    "past narration with 'within days'": "Within days, the protest had spread to other cities.",
    "negated expectation": "This is not something that will be resolved in 12 hours.",
    "earlier this month": "Prices rose sharply earlier this month.",
    "past date": "The agreement was signed on January 12.",
    "past weekend": "The paintings were stolen over the weekend.",
    "rhetorical no": "We will not back it, not this week, not next week, not ever.",
    "last August": "The roof was meant to be ready by last August.",
    "looking back": "For the first time in two years, both sides agreed to meet.",
    "a span, not a date": "The footbridge will stay closed for the coming weeks.",
    "not an ultimatum": "The farmer has two fields to plough.",
}


@pytest.mark.parametrize("text", list(NOT_DEADLINES.values()), ids=list(NOT_DEADLINES))
def test_past_events_and_old_promises_are_not_deadlines(text: str) -> None:
    assert deadlines_in(text) == []


def test_deadline_json_dates_are_iso_8601() -> None:
    data = analyse("Talks will resume next week.", PUBLISHED).to_json_dict()
    entry = data["deadlines"][0]
    assert datetime.fromisoformat(entry["earliest"]).tzinfo is not None
    assert entry["earliest"].startswith("2026-03-09")
