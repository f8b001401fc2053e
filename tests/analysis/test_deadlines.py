"""Forward-looking time phrases: each family resolves against the publication time,
and past events or promises about the past are not deadlines."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.analysis import Deadline, analyse

# A Wednesday, mid-morning.
PUBLISHED = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)


def deadlines_of(text: str) -> list[Deadline]:
    return analyse(text, PUBLISHED).deadlines


def only_deadline(text: str) -> Deadline:
    found = deadlines_of(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "phrase", "earliest", "latest"),
    [
        # exact
        (
            "The union will strike by Friday unless talks resume.",
            "by Friday",
            PUBLISHED.date(),
            date(2026, 3, 6),
        ),
        ("The vote is scheduled for May 1.", "May 1", date(2026, 5, 1), date(2026, 5, 1)),
        (
            "The ministry said it will publish the list on May 1.",
            "on May 1",
            date(2026, 5, 1),
            date(2026, 5, 1),
        ),
        (
            "Officials expect a ruling within 24 hours.",
            "within 24 hours",
            PUBLISHED.date(),
            date(2026, 3, 5),
        ),
        ("Results are due tomorrow.", "tomorrow", date(2026, 3, 5), date(2026, 3, 5)),
        (
            "The law takes effect on July 1, 2026.",
            "on July 1, 2026",
            date(2026, 7, 1),
            date(2026, 7, 1),
        ),
        (
            "The deal could be signed as early as Monday.",
            "as early as Monday",
            date(2026, 3, 9),
            date(2026, 3, 9),
        ),
        # relative
        ("Talks will resume next week.", "next week", date(2026, 3, 9), date(2026, 3, 15)),
        (
            "A decision is expected in the coming days.",
            "in the coming days",
            PUBLISHED.date(),
            date(2026, 3, 11),
        ),
        (
            "The court will rule within a matter of days.",
            "within a matter of days",
            PUBLISHED.date(),
            date(2026, 3, 11),
        ),
        (
            "The plan must be agreed in the next few weeks.",
            "in the next few weeks",
            PUBLISHED.date(),
            date(2026, 4, 1),
        ),
        (
            "The report will be published later this month.",
            "later this month",
            PUBLISHED.date(),
            date(2026, 3, 31),
        ),
        ("Rates are set to rise next month.", "next month", date(2026, 4, 1), date(2026, 4, 30)),
        # vague or alternative
        (
            "The president suggested April or May as a window for the summit.",
            "April or May",
            date(2026, 4, 1),
            date(2026, 5, 31),
        ),
        (
            "The company promised a decision by year-end.",
            "by year-end",
            PUBLISHED.date(),
            date(2026, 12, 31),
        ),
        (
            "Construction is expected to finish in early June.",
            "early June",
            date(2026, 6, 1),
            date(2026, 6, 10),
        ),
        (
            "A decision is expected by the end of June.",
            "by the end of June",
            PUBLISHED.date(),
            date(2026, 6, 30),
        ),
        (
            "Elections are planned for the autumn.",
            "for the autumn",
            date(2026, 9, 1),
            date(2026, 11, 30),
        ),
        # named periods
        ("The review will report by Easter.", "by Easter", PUBLISHED.date(), date(2026, 4, 5)),
        (
            "The merger would be completed in the third quarter.",
            "in the third quarter",
            date(2026, 7, 1),
            date(2026, 9, 30),
        ),
        (
            "The heat is expected to last until the weekend.",
            "until the weekend",
            PUBLISHED.date(),
            date(2026, 3, 8),
        ),
        (
            "Officials said they would meet again within the next fortnight.",
            "within the next fortnight",
            PUBLISHED.date(),
            date(2026, 3, 18),
        ),
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


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "He campaigned on a promise to end the war within 24 hours of taking office.",
            id="promise about the past",
        ),
        pytest.param(
            "She vowed during the campaign to fix it within 100 days.", id="campaign promise"
        ),
        pytest.param("The company met analysts on Tuesday.", id="past weekday"),
        pytest.param("Sales fell in February.", id="past month"),
        pytest.param(
            "A previous attempt to seal a deal in February collapsed.",
            id="past month with infinitive",
        ),
        pytest.param("The strike ended last week.", id="last week"),
        pytest.param(
            "Within days, the protest had spread to other cities.",
            id="past narration with 'within days'",
        ),
        pytest.param(
            "This is not something that will be resolved in 12 hours.", id="negated expectation"
        ),
        pytest.param("Prices rose sharply earlier this month.", id="earlier this month"),
        pytest.param("The agreement was signed on January 12.", id="past date"),
        pytest.param("The paintings were stolen over the weekend.", id="past weekend"),
        pytest.param(
            "We will not back it, not this week, not next week, not ever.", id="rhetorical no"
        ),
        pytest.param("The roof was meant to be ready by last August.", id="last August"),
        pytest.param(
            "For the first time in two years, both sides agreed to meet.", id="looking back"
        ),
    ],
)
def test_past_events_and_old_promises_are_not_deadlines(text: str) -> None:
    assert deadlines_of(text) == []


def test_deadline_json_dates_are_iso_8601() -> None:
    data = analyse("Talks will resume next week.", PUBLISHED).to_json_dict()
    entry = data["deadlines"][0]
    assert datetime.fromisoformat(entry["earliest"]).tzinfo is not None
    assert entry["earliest"].startswith("2026-03-09")
