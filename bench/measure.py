"""Shared measuring helpers for the ingestion and delivery benchmarks."""

from __future__ import annotations

import os
import platform
import resource
import subprocess
import threading
import time
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
SAMPLE_SECONDS = 0.01


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE_SIZE


@dataclass
class Phase:
    """One measured phase: wall clock, CPU of this process (all threads), RSS growth."""

    name: str
    wall: float = 0.0
    cpu: float = 0.0
    rss_start: int = 0
    rss_peak: int = 0
    traced_peak: int | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def peak_delta_mb(self) -> float:
        return (self.rss_peak - self.rss_start) / 1e6

    def line(self) -> str:
        traced = ("" if self.traced_peak is None
                  else f"   tracemalloc peak {self.traced_peak / 1e6:6.1f} MB")
        return (f"{self.name:<34} wall {self.wall:8.2f} s   cpu {self.cpu:8.2f} s   "
                f"peak RSS +{self.peak_delta_mb:7.1f} MB (abs {self.rss_peak / 1e6:6.0f} MB)"
                + traced)


@contextmanager
def measured(name: str, *, trace: bool = False) -> Iterator[Phase]:
    """Samples RSS from a thread every 10 ms: the peak above the phase's starting RSS is
    the memory the phase needed beyond what the process already held. With `trace`,
    tracemalloc also records the peak of Python allocations made during the phase; it
    slows the phase down, so times from such a run are not comparable."""
    if trace:
        tracemalloc.start()
    phase = Phase(name, rss_start=rss_bytes())
    phase.rss_peak = phase.rss_start
    done = threading.Event()

    def sample() -> None:
        while not done.wait(SAMPLE_SECONDS):
            phase.rss_peak = max(phase.rss_peak, rss_bytes())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    try:
        yield phase
    finally:
        phase.wall = time.perf_counter() - wall0
        phase.cpu = time.process_time() - cpu0
        done.set()
        sampler.join()
        phase.rss_peak = max(phase.rss_peak, rss_bytes())
        if trace:
            phase.traced_peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()


def machine_line() -> str:
    load = os.getloadavg()
    return (f"machine: nproc={os.cpu_count()} python={platform.python_version()} "
            f"{platform.system()} {platform.machine()} load(1m)={load[0]:.2f} "
            f"maxrss_so_far={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")


def stop_child(process: subprocess.Popen[bytes]) -> None:
    """Children started by the benchmarks exit when their stdin closes; else terminate."""
    assert process.stdin is not None
    process.stdin.close()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.terminate()
