"""Coverage charts as PNG pictures: outlets reporting a story hour by hour, and a topic's
stories day by day.

Plain data in, PNG bytes out; no Discord here. matplotlib is imported on the first chart
(not at start-up), draws with the Agg backend through its object API (no pyplot state),
and every chart is drawn on one dedicated worker thread so the event loop never waits on
it and two charts never share matplotlib's global font and style state.
"""

from __future__ import annotations

import asyncio
import io
import struct
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# 800 × 400: fills a phone's chat column at 2× pixel density; type sized for that.
WIDTH_INCHES = 8.0
HEIGHT_INCHES = 4.0
DPI = 100
MAX_CHART_BYTES = 200_000
PALETTE_COLOURS = 64  # a busy chart over the cap is saved with a small palette instead
FONT_SIZE = 15
LABEL_SIZE = 13
# Beyond this many new outlets only markers are drawn; names would overlap.
OUTLETS_NAMED = 6
DEADLINES_NAMED = 4
LABEL_CHARS = 28
TITLE_CHARS = 60
COVERAGE_FILENAME = "coverage.png"
TIMELINE_FILENAME = "timeline.png"

LINE_COLOUR = "#1f5fa8"
FIRST_COLOUR = "#d9480f"
DEADLINE_COLOUR = "#a61e4d"
BAR_COLOUR = "#2b8a3e"


class Report(NamedTuple):
    """One outlet's article about the story, at the time it was published."""

    at: datetime
    outlet: str


class DeadlineMark(NamedTuple):
    """A deadline, at the time it was first reported."""

    reported_at: datetime
    phrase: str


@dataclass(frozen=True)
class ChartImage:
    filename: str
    png: bytes
    width: int
    height: int


_pool: ThreadPoolExecutor | None = None


def _chart_pool() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="charts")
    return _pool


async def render_off_loop(draw: Callable[..., ChartImage], *args: Any) -> ChartImage:
    """Run a chart function on the chart thread."""
    return await asyncio.get_running_loop().run_in_executor(_chart_pool(), draw, *args)


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header (IHDR is always the first chunk)."""
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", png[16:24])
    return int(width), int(height)


def short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def zone_of(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (KeyError, ValueError):
        return ZoneInfo("UTC")


def coverage_chart(title: str, reports: Sequence[Report], deadlines: Sequence[DeadlineMark],
                   tz: str) -> ChartImage:
    """A step line of how many outlets had reported the story, by the hour, in the server's
    timezone: the first report, each new outlet and each new deadline marked."""
    zone = zone_of(tz)
    firsts = _first_report_per_outlet(reports)

    def draw(figure: Figure, ax: Axes) -> None:
        from matplotlib import dates as mdates

        def x(moment: datetime) -> float:
            return float(mdates.date2num(moment))  # type: ignore[no-untyped-call]

        hours = [_hour_of(r.at, zone) for r in firsts]
        counts = list(range(1, len(firsts) + 1))
        start = hours[0] if hours else datetime.now(zone).replace(minute=0, second=0)
        end = max([*hours, *(_hour_of(d.reported_at, zone) for d in deadlines), start])
        end += timedelta(hours=1)
        ax.step([x(h) for h in [*hours, end]], [*counts, counts[-1] if counts else 0],
                where="post",
                color=LINE_COLOUR, linewidth=3)
        for index, (report, hour) in enumerate(zip(firsts, hours, strict=True)):
            first = index == 0
            ax.plot([x(hour)], [index + 1], marker="*" if first else "o",
                    markersize=22 if first else 11,
                    color=FIRST_COLOUR if first else LINE_COLOUR, zorder=3)
            if index < OUTLETS_NAMED:
                label = f"first: {short(report.outlet)}" if first else short(report.outlet)
                ax.annotate(label, (x(hour), index + 1), textcoords="offset points",
                            xytext=(10, 6), fontsize=LABEL_SIZE)
        for index, deadline in enumerate(deadlines):
            moment = _hour_of(deadline.reported_at, zone)
            ax.axvline(x(moment), color=DEADLINE_COLOUR, linestyle="--", linewidth=2)
            if index < DEADLINES_NAMED:
                ax.annotate(f"deadline: {short(deadline.phrase)}", (x(moment), 0.02),
                            xycoords=("data", "axes fraction"), rotation=90,
                            textcoords="offset points", xytext=(-6, 0), ha="right",
                            va="bottom", fontsize=LABEL_SIZE - 2, color=DEADLINE_COLOUR)
        ax.set_xlim(x(start - timedelta(minutes=30)), x(end))
        ax.set_ylim(0, max(counts, default=0) + 1.5)
        _whole_numbers(ax)
        ax.set_ylabel("outlets reporting")
        locator = mdates.AutoDateLocator(tz=zone, minticks=3, maxticks=7)  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(
            mdates.ConciseDateFormatter(locator, tz=zone))  # type: ignore[no-untyped-call]
        ax.set_xlabel(f"time ({tz})")

    return _render(COVERAGE_FILENAME, title, draw)


def timeline_chart(title: str, first_seen: Sequence[datetime], tz: str) -> ChartImage:
    """Bars of how many of a topic's stories began each day, in the server's timezone."""
    zone = zone_of(tz)
    per_day: dict[date, int] = {}
    for moment in first_seen:
        day = moment.astimezone(zone).date()
        per_day[day] = per_day.get(day, 0) + 1

    def draw(figure: Figure, ax: Axes) -> None:
        days = _every_day(sorted(per_day)) or [datetime.now(zone).date()]
        counts = [per_day.get(day, 0) for day in days]
        positions = list(range(len(days)))
        ax.bar(positions, counts, color=BAR_COLOUR, width=0.7)
        for position, count in zip(positions, counts, strict=True):
            if count:
                ax.annotate(str(count), (position, count), textcoords="offset points",
                            xytext=(0, 4), ha="center", fontsize=LABEL_SIZE)
        step = max(1, len(days) // 8)
        ax.set_xticks(positions[::step], [d.strftime("%d %b") for d in days[::step]])
        ax.set_ylim(0, max(counts) + 1)
        _whole_numbers(ax)
        ax.set_ylabel("new stories")
        ax.set_xlabel(f"day ({tz})")

    return _render(TIMELINE_FILENAME, title, draw)


def _whole_numbers(ax: Axes) -> None:
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))


def _first_report_per_outlet(reports: Sequence[Report]) -> list[Report]:
    firsts: dict[str, Report] = {}
    for report in sorted(reports, key=lambda r: r.at):
        firsts.setdefault(report.outlet, report)
    return list(firsts.values())


def _hour_of(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone).replace(minute=0, second=0, microsecond=0)


def _every_day(days: list[date]) -> list[date]:
    if not days:
        return []
    span = (days[-1] - days[0]).days
    return [days[0] + timedelta(days=offset) for offset in range(span + 1)]


def _render(filename: str, title: str, draw: Callable[[Figure, Axes], None]) -> ChartImage:
    png = _draw_png(title, draw, DPI)
    if len(png) > MAX_CHART_BYTES:
        png = _with_palette(png)
    width, height = png_size(png)
    return ChartImage(filename, png, width, height)


def _with_palette(png: bytes) -> bytes:
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        buffer = io.BytesIO()
        image.convert("RGB").quantize(PALETTE_COLOURS).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _draw_png(title: str, draw: Callable[[Figure, Axes], None], dpi: int) -> bytes:
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with matplotlib.rc_context({"font.size": FONT_SIZE, "axes.titlesize": FONT_SIZE + 2,
                                "axes.spines.top": False, "axes.spines.right": False}):
        figure = Figure(figsize=(WIDTH_INCHES, HEIGHT_INCHES), dpi=dpi)
        FigureCanvasAgg(figure)
        ax = figure.add_subplot()
        ax.set_title(short(title, TITLE_CHARS), loc="left")
        ax.grid(axis="y", alpha=0.3)
        draw(figure, ax)
        figure.tight_layout()
        buffer = io.BytesIO()
        # Fixed size (no bbox_inches="tight"): the picture is always WIDTH × HEIGHT.
        figure.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return buffer.getvalue()
