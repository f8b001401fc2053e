"""Summary ROUGE on ../shared/benchmarks/summaries (100 BBC articles), against Lead-3.

Usage:
    .venv/bin/python bench/bench_summaries.py [--sentences 3]

ROUGE-1/2/Lsum F1 x 100 with Google's rouge-score, Porter stemmer on, sentences split on
newlines; both systems are scored in the same run. The bot's summariser sees the article
text through its own sentence splitter and the headline.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO / ".." / "shared" / "benchmarks" / "summaries" / "articles.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=3)
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"benchmark data not found at {DATA}", file=sys.stderr)
        return 2
    from rouge_score import rouge_scorer

    from bot.analysis.sentences import split_sentences
    from bot.analysis.summary import summarize

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    articles = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    totals: dict[str, dict[str, list[float]]] = {"lead": {}, "bot": {}}
    verbatim, picked, times = 0, 0, []
    for article in articles:
        lines = [line for line in article["text"].splitlines() if line.strip()]
        lead = "\n".join(lines[: args.sentences])
        started = time.perf_counter()
        chosen = summarize(split_sentences(article["text"]), args.sentences, title=article["title"])
        times.append(time.perf_counter() - started)
        prediction = "\n".join(s.text for s in chosen)
        verbatim += sum(s.text in lines for s in chosen)
        picked += len(chosen)
        for system, text in (("lead", lead), ("bot", prediction)):
            for metric, score in scorer.score(article["summary"], text).items():
                totals[system].setdefault(metric, []).append(score.fmeasure * 100)
    print(f"{len(articles)} articles, {args.sentences} sentences, rouge-score stemmed")
    for system, label in (("lead", f"Lead-{args.sentences}"), ("bot", "storyline summary")):
        means = {m: statistics.fmean(v) for m, v in totals[system].items()}
        print(
            f"{label:20s} ROUGE-1 {means['rouge1']:.1f}  ROUGE-2 {means['rouge2']:.1f}  "
            f"ROUGE-Lsum {means['rougeLsum']:.1f}"
        )
    gain = statistics.fmean(totals["bot"]["rouge1"]) - statistics.fmean(totals["lead"]["rouge1"])
    print(f"ROUGE-1 gain over lead: {gain:+.1f} points")
    print(f"sentences copied verbatim from a line of text: {verbatim}/{picked}")
    print(f"time per article: {1000 * statistics.fmean(times):.2f} ms mean")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
