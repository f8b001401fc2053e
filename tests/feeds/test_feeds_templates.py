"""Templates: placeholders checked on save, dates in a zone or as Discord timestamps."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.feeds.templates import (
    PLACEHOLDERS,
    TemplateError,
    format_date,
    render_template,
    validate_template,
)


def test_all_documented_placeholders_are_accepted() -> None:
    assert set(PLACEHOLDERS) == {
        "title", "link", "summary", "author", "published", "source", "categories"}
    validate_template(" ".join(f"{{{name}}}" for name in PLACEHOLDERS))


@pytest.mark.parametrize("bad", ["{titel}", "New: {title} {date}", "{title.__class__}", "{0}"])
def test_unknown_placeholder_is_named(bad: str) -> None:
    with pytest.raises(TemplateError) as error:
        validate_template(bad)
    assert "unknown placeholder" in str(error.value)
    unknown = bad[bad.rindex("{"):]
    assert unknown in str(error.value)


@pytest.mark.parametrize("bad", ["{title", "title}", "{{title}"])
def test_stray_braces_are_explained(bad: str) -> None:
    with pytest.raises(TemplateError, match="unmatched"):
        validate_template(bad)


def test_render_and_literal_braces() -> None:
    template = "{{new}} {title} — {source}"
    validate_template(template)
    assert render_template(template, {"title": "T", "source": "S"}) == "{new} T — S"


def test_values_are_not_reinterpreted() -> None:
    # A title that itself contains "{link}" must not be expanded a second time.
    rendered = render_template("{title} {link}", {"title": "{link}", "link": "L"})
    assert rendered == "{link} L"


def test_dates_in_a_time_zone_and_as_discord_timestamps() -> None:
    moment = datetime(2026, 7, 1, 12, 30, tzinfo=UTC)
    assert format_date(moment, tz="Europe/Berlin") == "2026-07-01 14:30 CEST"
    assert format_date(moment, tz="America/New_York") == "2026-07-01 08:30 EDT"
    assert format_date(moment, discord_timestamp=True) == f"<t:{int(moment.timestamp())}:f>"
    assert format_date(None) == ""
    assert format_date(moment, tz="Not/AZone") == "2026-07-01 12:30 UTC"
