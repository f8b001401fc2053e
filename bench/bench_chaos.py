"""Chaos: three Storyline processes on one PostgreSQL, one killed with SIGKILL at random
again and again (each restarted) while new items fan out to a dozen channels.

    .venv/bin/python bench/bench_chaos.py [--kills 9] [--seed 12]

Needs the local PostgreSQL (a throwaway database is created and dropped)."""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.helpers.chaos import ChaosConfig, run_chaos
from tests.helpers.databases import postgres_database


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=9)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--logs", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        async with postgres_database() as url:
            report = await run_chaos(ChaosConfig(kills=args.kills, seed=args.seed,
                                                 log_dir=args.logs), url, Path(work))
    for line in report.lines():
        print(line)
    ok = (report.lost == 0 and report.duplicated == 0 and report.too_many_requests == 0
          and report.early_fetches == 0 and report.slow_interactions == 0)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
