"""Quote speakers and deadlines on our own annotated articles.

Usage:
    .venv/bin/python bench/bench_quotes_deadlines.py [--verbose]

Data: tests/fixtures/articles/annotated-briefs.json (articles written for this project,
split into 'dev', used while writing the rules, and held-out splits; see the file's
"about").

- A expected quote is found when a predicted quote contains its marker text; its speaker is
  right when the names match (case, a leading "the" and surrounding space ignored; unknown
  must be predicted as unknown). Speaker accuracy is over found quotes; "end to end" counts
  missed quotes as wrong.
- A deadline matches when one phrase contains the other (case ignored). Dates agree when
  the predicted earliest/latest days equal the annotation within one day (vague ends, null
  in the annotation, are not checked).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO / "tests" / "fixtures" / "articles" / "annotated-briefs.json"


@dataclass
class Tally:
    quotes_expected: int = 0
    quotes_found: int = 0
    speakers_right: int = 0
    quotes_predicted: int = 0
    quotes_predicted_matching: int = 0
    deadlines_expected: int = 0
    deadlines_found: int = 0
    deadlines_predicted: int = 0
    deadlines_predicted_matching: int = 0
    dates_checked: int = 0
    dates_agree: int = 0
    errors: list[str] = field(default_factory=list)


def _name(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split()).casefold()
    return value.removeprefix("the ")


def _close(predicted: datetime, expected: str | None) -> bool | None:
    if expected is None:
        return None
    return abs((predicted.date() - date.fromisoformat(expected)).days) <= 1


def score_article(article: dict, tally: Tally) -> None:
    from bot.analysis import analyse

    published = datetime.fromisoformat(article["published"].replace("Z", "+00:00"))
    brief = analyse(article["text"], published)
    tag = article["id"]

    tally.quotes_expected += len(article["quotes"])
    tally.quotes_predicted += len(brief.quotes)
    matched_predictions: set[int] = set()
    for expected in article["quotes"]:
        hits = [i for i, q in enumerate(brief.quotes) if expected["contains"] in q.text]
        if not hits:
            tally.errors.append(f"{tag}: quote missed: {expected['contains']!r}")
            continue
        tally.quotes_found += 1
        matched_predictions.update(hits)
        speaker = brief.quotes[hits[0]].speaker
        if _name(speaker) == _name(expected["speaker"]):
            tally.speakers_right += 1
        else:
            tally.errors.append(
                f"{tag}: speaker {speaker!r}, expected {expected['speaker']!r} "
                f"for {expected['contains']!r}"
            )
    tally.quotes_predicted_matching += len(matched_predictions)
    for index, quote in enumerate(brief.quotes):
        if index not in matched_predictions:
            tally.errors.append(f"{tag}: extra quote {quote.text[:60]!r}")

    tally.deadlines_expected += len(article["deadlines"])
    tally.deadlines_predicted += len(brief.deadlines)
    matched: set[int] = set()
    for expected in article["deadlines"]:
        phrase = expected["phrase"].casefold()
        hits = [
            i
            for i, d in enumerate(brief.deadlines)
            if phrase in d.phrase.casefold() or d.phrase.casefold() in phrase
        ]
        if not hits:
            tally.errors.append(f"{tag}: deadline missed: {expected['phrase']!r}")
            continue
        tally.deadlines_found += 1
        matched.update(hits)
        found = brief.deadlines[hits[0]]
        checks = [
            c
            for c in (
                _close(found.earliest, expected["earliest"]),
                _close(found.latest, expected["latest"]),
            )
            if c is not None
        ]
        if checks:
            tally.dates_checked += 1
            if all(checks):
                tally.dates_agree += 1
            else:
                tally.errors.append(
                    f"{tag}: {found.phrase!r} resolved {found.earliest:%Y-%m-%d}.."
                    f"{found.latest:%Y-%m-%d}, "
                    f"expected {expected['earliest']}..{expected['latest']}"
                )
    tally.deadlines_predicted_matching += len(matched)
    for index, deadline in enumerate(brief.deadlines):
        if index not in matched:
            tally.errors.append(f"{tag}: extra deadline {deadline.phrase!r} ({deadline.about})")


def _ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.3f} ({numerator}/{denominator})" if denominator else "n/a"


def report(label: str, tally: Tally) -> None:
    print(f"== {label}")
    found = _ratio(tally.speakers_right, tally.quotes_found)
    print(f"  quote speaker accuracy (found quotes): {found}")
    print(
        f"  quote speaker accuracy (end to end):   "
        f"{_ratio(tally.speakers_right, tally.quotes_expected)}"
    )
    print(f"  quote recall:    {_ratio(tally.quotes_found, tally.quotes_expected)}")
    print(f"  quote precision: {_ratio(tally.quotes_predicted_matching, tally.quotes_predicted)}")
    print(f"  deadline recall:    {_ratio(tally.deadlines_found, tally.deadlines_expected)}")
    print(
        f"  deadline precision: "
        f"{_ratio(tally.deadlines_predicted_matching, tally.deadlines_predicted)}"
    )
    print(f"  deadline dates agree: {_ratio(tally.dates_agree, tally.dates_checked)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    articles = json.loads(DATA.read_text(encoding="utf-8"))["articles"]
    splits = sorted({a["split"] for a in articles})
    tallies = {split: Tally() for split in splits} | {"all": Tally()}
    for article in articles:
        score_article(article, tallies[article["split"]])
        score_article(article, tallies["all"])
    counts = ", ".join(f"{sum(a['split'] == s for a in articles)} {s}" for s in splits)
    print(f"{len(articles)} articles ({counts})")
    for label, tally in tallies.items():
        report(label, tally)
    if args.verbose:
        print("\nmisses and extras (all):")
        for line in tallies["all"].errors:
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
