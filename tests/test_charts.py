"""The chart pictures themselves: size, marks, timezone, drawn off the event loop."""

from __future__ import annotations

import sys
from datetime import timedelta

from bot.render.charts import (
    MAX_CHART_BYTES,
    DeadlineMark,
    Report,
    coverage_chart,
    png_size,
    render_off_loop,
    timeline_chart,
)
from tests.helpers import clock

START = clock.now().replace(minute=20, second=0, microsecond=0)
REPORTS = [Report(START, "Courier"), Report(START + timedelta(hours=2), "Gazette"),
           Report(START + timedelta(hours=3), "Courier")]


def test_coverage_chart_is_a_small_phone_sized_png() -> None:
    chart = coverage_chart("Port talks collapse", REPORTS, [], "UTC")
    assert chart.filename == "coverage.png"
    assert png_size(chart.png) == (chart.width, chart.height) == (800, 400)
    assert len(chart.png) <= MAX_CHART_BYTES


def test_each_outlet_deadline_and_timezone_changes_the_picture() -> None:
    plain = coverage_chart("Port talks", REPORTS, [], "UTC").png
    one_more = coverage_chart("Port talks", [*REPORTS, Report(START + timedelta(hours=4),
                                                              "Herald")], [], "UTC").png
    deadline = coverage_chart("Port talks", REPORTS,
                              [DeadlineMark(START + timedelta(hours=1), "by Friday")], "UTC").png
    kyiv = coverage_chart("Port talks", REPORTS, [], "Europe/Kyiv").png
    assert len({plain, one_more, deadline, kyiv}) == 4
    # The same outlet reporting again adds no step.
    assert coverage_chart("Port talks", REPORTS[:2], [], "UTC").png == plain


def test_timeline_chart_counts_stories_per_local_day() -> None:
    days = [START, START + timedelta(hours=1), START + timedelta(days=3)]
    chart = timeline_chart("Timeline: port strike", days, "Asia/Tokyo")
    assert chart.filename == "timeline.png" and (chart.width, chart.height) == (800, 400)
    assert timeline_chart("Timeline: port strike", days[:2], "Asia/Tokyo").png != chart.png


def test_an_unknown_zone_or_no_data_still_draws() -> None:
    assert coverage_chart("Nothing yet", [], [], "Mars/Olympus").width == 800
    assert timeline_chart("Nothing yet", [], "UTC").height == 400


async def test_charts_render_on_their_own_thread() -> None:
    import threading

    seen: list[str] = []

    def draw(title: str) -> object:
        seen.append(threading.current_thread().name)
        return coverage_chart(title, REPORTS, [], "UTC")

    chart = await render_off_loop(draw, "Port talks")  # type: ignore[arg-type]
    assert chart.width == 800 and seen[0].startswith("charts")


def test_matplotlib_is_not_imported_at_start_up() -> None:
    import subprocess

    code = "import bot.client, cogs.stories, sys; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
