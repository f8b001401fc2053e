"""The clock tests control: `--time-shift` moves it, and CI moves it onto a 29 February."""

from datetime import UTC, datetime, timedelta

from tests.helpers import clock, feedgen


def test_leap_day_shift_lands_on_29_february_over_400_days_ahead() -> None:
    real_now = datetime(2026, 12, 4, 19, 0, tzinfo=UTC)
    moved = real_now + clock.parse_shift("leap-day", real_now=real_now)
    assert (moved.month, moved.day) == (2, 29)
    assert moved - real_now >= timedelta(days=400)
    assert moved.year == 2028


def test_leap_day_shift_skips_a_leap_day_too_close() -> None:
    real_now = datetime(2027, 3, 1, tzinfo=UTC)
    moved = real_now + clock.parse_shift("leap-day", real_now=real_now)
    assert moved.date().isoformat() == "2032-02-29"


def test_shift_accepts_durations_and_instants() -> None:
    real_now = datetime(2026, 12, 4, tzinfo=UTC)
    assert clock.parse_shift("400d", real_now=real_now) == timedelta(days=400)
    assert clock.parse_shift("-3h", real_now=real_now) == timedelta(hours=-3)
    start = clock.parse_shift("2030-01-01T00:00Z", real_now=real_now)
    assert real_now + start == datetime(2030, 1, 1, tzinfo=UTC)


def test_generated_feed_items_follow_the_test_clock() -> None:
    # Items a test generates are recent by the clock the bot is given, whatever the date.
    newest = max(entry.published for entry in feedgen.entries(5))
    assert timedelta(0) < clock.now() - newest < timedelta(hours=2)
