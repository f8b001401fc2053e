"""The issue's acceptance check on the shared peace-talks sample article."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.analysis import Brief, analyse

SAMPLE = (
    Path(__file__).resolve().parents[2] / ".." / "shared" / "samples" / "peace-talks-article.txt"
)
PUBLISHED = datetime(2025, 4, 18, tzinfo=UTC)


@pytest.fixture(scope="module")
def brief() -> Brief:
    if not SAMPLE.is_file():
        pytest.skip(f"shared sample article not available at {SAMPLE}")
    return analyse(SAMPLE.read_text(encoding="utf-8"), PUBLISHED)


def test_every_direct_quote_is_attributed_to_rubio(brief: Brief) -> None:
    assert len(brief.quotes) >= 2
    assert all(q.speaker is not None and "Rubio" in q.speaker for q in brief.quotes)


def test_the_he_said_passage_is_resolved_to_rubio(brief: Brief) -> None:
    passage = next(q for q in brief.quotes if "resolved in 12 hours" in q.text)
    assert passage.speaker is not None and "Rubio" in passage.speaker
    # The quote continues after "he said" and is one passage, not two.
    assert "gaps can be bridged" in passage.text


def test_one_word_quotation_is_not_a_quote(brief: Brief) -> None:
    assert not any(q.text.strip('“”" ,.').lower() == "constructive" for q in brief.quotes)
    assert not any("positive and encouraging reception" == q.text for q in brief.quotes)


def _phrases(brief: Brief) -> list[str]:
    return [d.phrase.lower() for d in brief.deadlines]


def test_deadlines_include_days_next_week_and_april_or_may(brief: Brief) -> None:
    phrases = _phrases(brief)
    assert any(p in ("within a matter of days", "within days") for p in phrases)
    assert "april or may" in phrases
    next_week = next(d for d in brief.deadlines if d.phrase.lower() == "next week")
    assert "deal" in next_week.about
    # 2025-04-18 was a Friday: next week is Monday 21 to Sunday 27 April.
    assert next_week.earliest.date() == datetime(2025, 4, 21).date()
    assert next_week.latest.date() == datetime(2025, 4, 27).date()


def test_april_or_may_runs_from_publication_to_end_of_may(brief: Brief) -> None:
    window = next(d for d in brief.deadlines if d.phrase == "April or May")
    assert window.earliest == PUBLISHED
    assert window.latest.date() == datetime(2025, 5, 31).date()


def test_old_campaign_promise_is_not_a_deadline(brief: Brief) -> None:
    assert not any("24 hours" in p for p in _phrases(brief))
    assert not any("february" in p for p in _phrases(brief))


def test_people_and_places(brief: Brief) -> None:
    people = " ".join(e.name for e in brief.people)
    for surname in ("Rubio", "Trump", "Zelenskiy", "Lavrov"):
        assert surname in people
    places = {e.name for e in brief.places}
    assert {"Paris", "Kyiv", "Ukraine", "Russia"} <= places


def test_rubio_is_one_person_under_all_his_names(brief: Brief) -> None:
    rubios = [e for e in brief.people if "Rubio" in e.name]
    assert len(rubios) == 1
    assert rubios[0].name == "Marco Rubio"
    assert rubios[0].count >= 6


def test_summary_is_three_sentences_from_the_article_in_order(brief: Brief) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert len(brief.summary) == 3
    positions = [text.index(sentence) for sentence in brief.summary]
    assert positions == sorted(positions)


def test_json_shape_matches_the_command_contract(brief: Brief) -> None:
    data = brief.to_json_dict()
    assert set(data) == {"title", "published", "summary", "quotes", "entities", "deadlines"}
    assert data["published"] == "2025-04-18T00:00:00+00:00"
    assert set(data["quotes"][0]) == {"text", "speaker"}
    assert set(data["entities"][0]) == {"name", "type", "count"}
    assert set(data["deadlines"][0]) == {"phrase", "about", "earliest", "latest"}
    datetime.fromisoformat(data["deadlines"][0]["latest"])
