"""Quote finding and speaker attribution on PolNeAR (../shared/benchmarks/attribution).

Usage:
    .venv/bin/python bench/bench_attribution.py [--split dev|test|train] [--misses N]

Runs `storyline brief --jsonl` once over the split (id, text, published date) and grades
its quotes with the data set's own scorer, score_quotes.py: quote recall and precision,
speaker accuracy overall, for named speakers ("span") and for pronouns and descriptions
("coref"). Also prints the CPU the one process used, per 1,000 words. Tune on dev; the
test split is scored once, at the end (the PolNeAR authors ask for that).
"""

from __future__ import annotations

import argparse

from brief_jsonl import SHARED, print_run, read_gold, run_briefs, score_field


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("dev", "test", "train"), default="dev")
    parser.add_argument("--misses", type=int, default=0, help="print up to N missed quotes")
    args = parser.parse_args()
    folder = SHARED / "attribution"
    gold_path = folder / f"{args.split}.jsonl.gz"
    gold = read_gold(gold_path)
    run = run_briefs(
        [{"id": g["id"], "text": g["text"], "published": g["published"]} for g in gold]
    )
    print_run(run, f"PolNeAR {args.split}")
    score_field(run, "quotes", folder / "score_quotes.py", gold_path, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
