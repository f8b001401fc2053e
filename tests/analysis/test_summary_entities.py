"""Summary choice and entity recognition on texts written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.analysis import analyse
from bot.analysis.sentences import split_sentences
from bot.analysis.summary import summarize

PUBLISHED = datetime(2026, 3, 4, tzinfo=UTC)

STORY = "\n\n".join(
    [
        (
            "The city council approved a plan on Tuesday to close the Harbour Bridge for six "
            "weeks of cable repairs, after engineers found corrosion in the main suspension "
            "cables."
        ),
        ("“It will be hard for everyone,” the notice said."),
        ("“We have no choice at all here, none,” she said."),
        (
            "The repairs will cost about four million pounds and will be paid for from the "
            "council's road maintenance budget, which was increased last year."
        ),
        (
            "Engineers said the corrosion in the suspension cables was worse than expected and "
            "that repairs to the bridge cables could not wait until the autumn."
        ),
        (
            "Traders near the bridge said the closure would hurt business during the busy spring "
            "season."
        ),
        ("Buses will use the Mill Road crossing while the bridge is closed."),
    ]
)


def test_summary_keeps_article_order_and_count() -> None:
    sentences = split_sentences(STORY)
    chosen = summarize(sentences, 3)
    assert len(chosen) == 3
    assert [s.index for s in chosen] == sorted(s.index for s in chosen)


def test_summary_skips_bare_quotes_and_near_duplicates() -> None:
    summary = analyse(STORY, PUBLISHED, sentences=4).summary
    assert not any(s.startswith("“") for s in summary)
    assert summary[0].startswith("The city council approved a plan")


def test_summary_never_shows_half_of_a_quotation() -> None:
    article = "\n\n".join([
        "Inspectors closed the Weir Lane footbridge on Monday after finding cracked bolts "
        "under its central span.",
        '"The bolts under the central span are cracked right through. Nobody crosses the '
        'footbridge until the engineers know exactly what they are dealing with," the chief '
        "inspector said on Monday.",
        "Walkers will use the ferry and the road bridge while the footbridge stays closed.",
        "The council expects a repair plan for the footbridge from the engineers next week.",
    ])
    summary = analyse(article, PUBLISHED, sentences=3).summary
    assert len(summary) == 3
    for sentence in summary:
        assert sentence.count('"') % 2 == 0, sentence


def test_summary_never_longer_than_the_article() -> None:
    assert analyse("Only one sentence here about the bridge repairs.", PUBLISHED).summary == [
        "Only one sentence here about the bridge repairs."
    ]


def test_entities_types_and_canonical_names() -> None:
    text = (
        "Prime Minister Keir Starmer met executives of General Motors in London on Monday. "
        "Starmer later flew to Washington, where the World Health Organization was meeting. "
        "Mr. Starmer said the U.S. and the UK would cooperate, and Nato officials agreed."
    )
    entities = analyse(text, PUBLISHED).entities
    by_name = {e.name: e for e in entities}
    assert by_name["Keir Starmer"].type == "person" and by_name["Keir Starmer"].count == 3
    assert by_name["General Motors"].type == "org"
    assert by_name["World Health Organization"].type == "org"
    assert by_name["Nato"].type == "org"
    assert {"London", "Washington", "United States", "United Kingdom"} <= {
        e.name for e in entities if e.type == "place"
    }
    assert entities[0].name == "Keir Starmer"  # most mentioned first


def test_sentence_opening_words_are_not_entities() -> None:
    text = "However, the talks stalled. Meanwhile, officials waited. Despite this, nobody left."
    assert analyse(text, PUBLISHED).entities == []
