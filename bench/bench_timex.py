"""Deadlines on MEANTIME's English Wikinews articles (../shared/benchmarks/timex).

Usage:
    .venv/bin/python bench/bench_timex.py [--misses N]

Runs `storyline brief --jsonl` once over the 120 articles (text, creation date as the
publication time) and grades the deadline phrases with the data set's own scorer,
score_timex.py: recall of the time expressions that point after the creation date, and
the false-deadline rate (share of reported deadlines that are past or present times).
"""

from __future__ import annotations

import argparse

from brief_jsonl import SHARED, print_run, read_gold, run_briefs, score_field


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", type=int, default=0, help="print up to N missed timexes")
    args = parser.parse_args()
    folder = SHARED / "timex"
    gold_path = folder / "timex.jsonl.gz"
    gold = read_gold(gold_path)
    run = run_briefs([{"id": g["id"], "text": g["text"], "published": g["dct"]} for g in gold])
    print_run(run, "MEANTIME")
    score_field(run, "deadlines", folder / "score_timex.py", gold_path, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
