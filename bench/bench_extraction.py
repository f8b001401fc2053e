"""Article-body extraction F1 on ../shared/benchmarks/extraction (181 pages).

Usage:
    .venv/bin/python bench/bench_extraction.py            # the bot's extractor
    .venv/bin/python bench/bench_extraction.py --compare  # also other trafilatura settings

Metric exactly as the benchmark README describes: 4-token shingles of \\w+ tokens (case
kept), per-page TP/FP/FN scaled to sum 1, precision averaged over pages with output,
recall over all pages, F1 = harmonic mean of the two averages, bootstrap std over 1,000
resamples.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO / ".." / "shared" / "benchmarks" / "extraction"

_TOKEN = re.compile(r"\w+")


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < 4:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def page_scores(reference: str, prediction: str) -> tuple[float | None, float | None, bool]:
    """(precision or None when no output, recall or None when no reference, exact match)."""
    truth, pred = shingles(reference), shingles(prediction)
    tp = sum(min(count, pred[s]) for s, count in truth.items())
    fp = sum(max(0, count - truth[s]) for s, count in pred.items())
    fn = sum(max(0, count - pred[s]) for s, count in truth.items())
    total = tp + fp + fn
    exact = _TOKEN.findall(reference) == _TOKEN.findall(prediction)
    if total == 0:
        return None, None, exact
    tp, fp, fn = tp / total, fp / total, fn / total
    if fp == 0 and fn == 0:
        precision = recall = 1.0
    else:
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
    return (precision if pred else None), (recall if truth else None), exact


def aggregate(rows: list[tuple[float | None, float | None, bool]]) -> tuple[float, float, float]:
    precisions = [p for p, _, _ in rows if p is not None]
    recalls = [r for _, r, _ in rows if r is not None]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def evaluate(name: str, extractor: Callable[[str, str], str]) -> dict[str, float]:
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    rows, times, empties = [], [], 0
    for page_id, entry in sorted(truth.items()):
        html = gzip.decompress((DATA / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
        started = time.perf_counter()
        prediction = extractor(html, entry["url"])
        times.append(time.perf_counter() - started)
        empties += not prediction.strip()
        rows.append(page_scores(entry["articleBody"], prediction))
    f1, precision, recall = aggregate(rows)
    rng = random.Random(0)
    boot = [aggregate(rng.choices(rows, k=len(rows)))[0] for _ in range(1000)]
    result = {
        "f1": f1,
        "f1_std": statistics.pstdev(boot),
        "precision": precision,
        "recall": recall,
        "accuracy": sum(exact for _, _, exact in rows) / len(rows),
        "empty_share": empties / len(rows),
        "ms_per_page_mean": 1000 * statistics.fmean(times),
        "ms_per_page_median": 1000 * statistics.median(times),
    }
    print(
        f"{name:38s} F1 {f1:.3f} ± {result['f1_std']:.3f}  P {precision:.3f}  R {recall:.3f}  "
        f"acc {result['accuracy']:.3f}  empty {empties}/{len(rows)}  "
        f"{result['ms_per_page_mean']:.0f} ms/page mean "
        f"({result['ms_per_page_median']:.0f} median)",
        flush=True,
    )
    return result


def _trafilatura_variant(**options: object) -> Callable[[str, str], str]:
    import trafilatura

    def run(html: str, url: str) -> str:
        return trafilatura.extract(html, url=url, **options) or ""

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--compare", action="store_true", help="also run other settings")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"benchmark data not found at {DATA}", file=sys.stderr)
        return 2
    import trafilatura

    from bot.analysis.extract import NotArticleError, extract_article, extract_text

    def bot_article(html: str, url: str) -> str:
        try:
            return extract_article(html, url=url).text
        except NotArticleError:
            return ""

    print(f"trafilatura {trafilatura.__version__}")
    evaluate("bot extract_article (as /summarize)", bot_article)
    evaluate("bot extract_text (chosen settings)", extract_text)
    if args.compare:
        variants: dict[str, dict[str, object]] = {
            "trafilatura defaults": {},
            "favor_precision": {"include_comments": False, "favor_precision": True},
            "favor_recall": {"include_comments": False, "favor_recall": True},
            "fast (no fallback)": {"include_comments": False, "fast": True},
            "no tables": {"include_comments": False, "include_tables": False},
            "favor_precision + fast": {
                "include_comments": False,
                "favor_precision": True,
                "fast": True,
            },
        }
        for name, options in variants.items():
            evaluate(name, _trafilatura_variant(**options))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
