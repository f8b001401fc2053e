"""Deadlines in terse wire copy: years of the last century, wishes with a participle,
months named as the period of a figure, and dates that are statistics or cycles.

Every sentence here was written for this test.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse

# A Friday afternoon.
FRIDAY = datetime(2026, 3, 6, 15, 0, tzinfo=UTC)
# A Friday in the wire archives.
OLD_FRIDAY = datetime(1995, 3, 10, 12, 0, tzinfo=UTC)
# A Tuesday: "Monday" in its copy is mostly yesterday.
TUESDAY = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def phrases(text: str, published: datetime = FRIDAY) -> list[str]:
    return [deadline.phrase for deadline in analyse(text, published).deadlines]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Without new tariffs the utility will lose 40 mln crowns in 1996 and 55 mln in 1997.",
            ["in 1996", "in 1997"],
        ),
        (
            "The exchange, due to open in February 1996, will be fully automated.",
            ["in February 1996"],
        ),
        (
            "The partners aim to reach a common tariff accord by the end of 1996.",
            ["by the end of 1996"],
        ),
        ("By 1998 yearly repayments are expected to climb to 9 billion, he said.", ["By 1998"]),
    ],
)
def test_years_of_the_last_century_resolve_in_their_own_copy(
    text: str, expected: list[str]
) -> None:
    assert phrases(text, OLD_FRIDAY) == expected


def test_a_year_of_the_last_century_is_gone_in_modern_copy() -> None:
    assert phrases("The pier, rebuilt in 1998, will close in May for repairs.") == ["in May"]


def test_a_year_named_before_its_deadline_is_the_deadline() -> None:
    text = "Ports are being opened up to meet rivals by the 2030 deadline for free access, he said."
    assert phrases(text) == ["by the 2030"]


def test_a_participle_after_a_wish_is_the_state_wished_for() -> None:
    text = "The mayor wants the harbour plans delivered by May 20, an aide said."
    assert phrases(text) == ["by May 20"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports are expected to beat the record of 2 billion seen in December, traders said.",
         []),
        ("Jobless claims may keep rising within weeks from January's record low, economists "
         "said.", ["within weeks"]),
        ("The E.U. February export figures may give the signal, brokers said.", []),
    ],
)
def test_a_month_naming_a_past_figure_is_no_deadline(text: str, expected: list[str]) -> None:
    assert phrases(text) == expected


def test_a_month_after_a_future_participle_still_looks_ahead() -> None:
    assert phrases("The gala will be held in December, the organisers said.") == ["in December"]


def test_a_preposition_taking_yesterdays_event_is_no_time_ahead() -> None:
    text = "An aide would not say whether the minister will meet bankers on Monday's market slump."
    assert phrases(text, TUESDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The average planting date is expected to be around May 2, against May 9 last year, "
         "and a five-year average of May 6, an official added.", ["May 2"]),
        ('"April sales were weak due to Easter\'s being two weeks later this year than last," '
         "the retailer said.", []),
        ("Options will be listed for the next two months plus the following March, June, "
         "September or December expiries.", []),
    ],
)
def test_statistics_comparisons_and_cycles_of_dates_name_no_time_ahead(
    text: str, expected: list[str]
) -> None:
    assert phrases(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The donor said on Friday that he may hold back until March's caucuses to choose.",
            datetime(2027, 12, 17, 12, 0, tzinfo=UTC),
            ["until March"],
        ),
        (
            "The premier said the country would formally quit the E.U. by the end of April.",
            datetime(2026, 10, 7, 12, 0, tzinfo=UTC),
            ["by the end of April"],
        ),
    ],
)
def test_a_deadline_preposition_keeps_a_rolled_month_ahead(
    text: str, published: datetime, expected: list[str]
) -> None:
    assert phrases(text, published) == expected


def test_a_fiscal_year_is_a_year() -> None:
    text = "An analyst said the chain will gain from lower duties in fiscal 1996."
    assert phrases(text, OLD_FRIDAY) == ["in fiscal 1996"]


def test_a_passive_present_at_month_end_is_a_habit() -> None:
    text = "Lenders are expected to scrap the system in which all loans are booked at month-end."
    assert phrases(text) == []
    assert phrases("The payments will be due at month-end, the agency said.") == ["month-end"]


def test_a_holiday_after_a_recess_names_the_recess() -> None:
    text = "She wants the bids filed by December 15, when parliament is due to break for Christmas."
    assert phrases(text) == ["by December 15"]


def test_a_span_written_larger_number_first_runs_from_the_smaller() -> None:
    brief = analyse(
        "The new terminal will open in 12 to 6 months, the port said.",
        published=datetime(2026, 3, 1, 12, 0, tzinfo=UTC),
    )
    [deadline] = brief.deadlines
    assert deadline.earliest.date() < deadline.latest.date()
    assert deadline.earliest.date().isoformat() == "2026-09-01"
