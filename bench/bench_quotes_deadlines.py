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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO / "tests" / "fixtures" / "articles" / "annotated-briefs.json"
T = TypeVar("T")


@dataclass
class Matching:
    """Expected items against predicted ones, for one kind (quotes or deadlines)."""

    expected: int = 0
    found: int = 0
    predicted: int = 0
    predicted_matching: int = 0


@dataclass
class Tally:
    quotes: Matching = field(default_factory=Matching)
    deadlines: Matching = field(default_factory=Matching)
    speakers_right: int = 0
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


def _paired(expected: list[dict], predicted: Sequence[T], matches: Callable[[dict, T], bool],
            counts: Matching) -> tuple[list[tuple[dict, T | None]], list[T]]:
    """Each expected item with the first prediction it matches (None: missed), in the
    annotation's order, and the predictions no expected item matched."""
    counts.expected += len(expected)
    counts.predicted += len(predicted)
    matched: set[int] = set()
    pairs: list[tuple[dict, T | None]] = []
    for item in expected:
        hits = [i for i, p in enumerate(predicted) if matches(item, p)]
        counts.found += bool(hits)
        matched.update(hits)
        pairs.append((item, predicted[hits[0]] if hits else None))
    counts.predicted_matching += len(matched)
    return pairs, [p for i, p in enumerate(predicted) if i not in matched]


def _same_phrase(expected: dict, deadline: Any) -> bool:
    phrase, predicted = expected["phrase"].casefold(), deadline.phrase.casefold()
    return phrase in predicted or predicted in phrase


def score_article(article: dict, tally: Tally) -> None:
    from bot.analysis import analyse

    published = datetime.fromisoformat(article["published"].replace("Z", "+00:00"))
    brief = analyse(article["text"], published)
    tag = article["id"]

    quotes, extra_quotes = _paired(article["quotes"], brief.quotes,
                                   lambda e, q: e["contains"] in q.text, tally.quotes)
    for expected, quote in quotes:
        if quote is None:
            tally.errors.append(f"{tag}: quote missed: {expected['contains']!r}")
        elif _name(quote.speaker) == _name(expected["speaker"]):
            tally.speakers_right += 1
        else:
            tally.errors.append(
                f"{tag}: speaker {quote.speaker!r}, expected {expected['speaker']!r} "
                f"for {expected['contains']!r}"
            )
    tally.errors += [f"{tag}: extra quote {quote.text[:60]!r}" for quote in extra_quotes]

    deadlines, extra_deadlines = _paired(article["deadlines"], brief.deadlines, _same_phrase,
                                         tally.deadlines)
    for expected, found in deadlines:
        if found is None:
            tally.errors.append(f"{tag}: deadline missed: {expected['phrase']!r}")
            continue
        checks = [c for c in (_close(found.earliest, expected["earliest"]),
                              _close(found.latest, expected["latest"])) if c is not None]
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
    tally.errors += [f"{tag}: extra deadline {deadline.phrase!r} ({deadline.about})"
                     for deadline in extra_deadlines]


def _ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.3f} ({numerator}/{denominator})" if denominator else "n/a"


def report(label: str, tally: Tally) -> None:
    quotes, deadlines = tally.quotes, tally.deadlines
    print(f"== {label}")
    print(f"  quote speaker accuracy (found quotes): {_ratio(tally.speakers_right, quotes.found)}")
    print(f"  quote speaker accuracy (end to end):   "
          f"{_ratio(tally.speakers_right, quotes.expected)}")
    print(f"  quote recall:    {_ratio(quotes.found, quotes.expected)}")
    print(f"  quote precision: {_ratio(quotes.predicted_matching, quotes.predicted)}")
    print(f"  deadline recall:    {_ratio(deadlines.found, deadlines.expected)}")
    print(f"  deadline precision: {_ratio(deadlines.predicted_matching, deadlines.predicted)}")
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
