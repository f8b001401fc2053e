"""Quotes and speakers: each attribution pattern, folding, pronouns, unknown speakers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import Quote, analyse
from tests.helpers.briefs import only, quotes_in

PUBLISHED = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


def only_quote(text: str) -> Quote:
    return only(quotes_in(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Mayor Ines Fonseca spoke at the depot.\n"
            "“The new trams will carry their first passengers in spring,” Fonseca said.",
            id="X said",
        ),
        pytest.param(
            "Mayor Ines Fonseca spoke at the depot.\n"
            "“The new trams will carry their first passengers in spring,” said Fonseca.",
            id="said X",
        ),
        pytest.param(
            "“The new trams will carry their first passengers in spring,” Ines Fonseca, "
            "the city's mayor since 2022, said on Tuesday.",
            id="X, the ..., said",
        ),
        pytest.param(
            "According to Ines Fonseca, “the new trams will carry their first passengers in "
            "spring.”",
            id="according to X",
        ),
        pytest.param(
            "Ines Fonseca told reporters: “The new trams will carry their first passengers in "
            "spring.”",
            id="X told reporters",
        ),
        pytest.param(
            "Ines Fonseca said on Tuesday that “the new trams will carry their first passengers "
            "in spring.”",
            id="X said that (partial quote)",
        ),
        pytest.param(
            '"The new trams will carry their first passengers in spring," Ines Fonseca said.',
            id="straight quotes",
        ),
    ],
)
def test_attribution_patterns_name_the_speaker(text: str) -> None:
    quote = only_quote(text)
    assert quote.speaker is not None and quote.speaker.endswith("Fonseca")
    assert "first passengers in spring" in quote.text


def test_pronoun_is_resolved_to_the_person_it_refers_to() -> None:
    text = (
        "Union leader Marek Kowalczyk met the transport minister, Anna Berg, on Monday.\n"
        "Kowalczyk said talks had gone badly. “We have been patient for far too long now,” "
        "he said.\n"
        "Berg was more hopeful. “I think there is a deal to be done this month,” she said."
    )
    quotes = quotes_in(text)
    assert [q.speaker for q in quotes] == ["Marek Kowalczyk", "Anna Berg"]


def test_pronoun_without_anyone_to_refer_to_stays_unknown() -> None:
    quote = only_quote("“Nobody should have to wait that long for a simple answer,” she said.")
    assert quote.speaker is None


def test_quote_without_attribution_has_unknown_speaker_not_a_guess() -> None:
    text = (
        "Mayor Ines Fonseca opened the depot on Monday.\n\n"
        "Posters at the entrance read: “Trams for everyone, every ten minutes, every day.”"
    )
    quote = only_quote(text)
    assert quote.speaker is None


def test_titles_and_surnames_fold_into_one_speaker() -> None:
    text = (
        "“We expect an answer from Moscow before the summit begins,” Secretary of State "
        "Marco Rubio said.\n"
        "“The framework has been received positively in every capital,” Rubio added.\n"
        "“There is still a great deal of work left to do,” said Mr. Rubio."
    )
    quotes = quotes_in(text)
    assert len(quotes) == 3
    assert {q.speaker for q in quotes} == {"Marco Rubio"}
    people = [e for e in analyse(text, PUBLISHED).people if "Rubio" in e.name]
    assert [(e.name, e.count) for e in people] == [("Marco Rubio", 3)]


def test_quote_split_by_its_attribution_is_one_quote() -> None:
    quote = only_quote(
        "“We will finish the eastern line,” Fonseca said, “even if it takes another year.”"
    )
    assert quote.speaker == "Fonseca"
    assert quote.text.startswith("We will finish the eastern line")
    assert quote.text.endswith("even if it takes another year.")


def test_quote_running_over_paragraphs_is_one_quote() -> None:
    text = (
        "Engineer Tomas Eriksen described the inspection.\n\n"
        "“The cables had lost almost a fifth of their strength in two years.\n\n"
        "“Nobody who saw those numbers would keep the bridge open,” Eriksen said."
    )
    quote = only_quote(text)
    assert quote.speaker == "Tomas Eriksen"
    assert "fifth of their strength" in quote.text and "keep the bridge open" in quote.text


def test_quote_inside_a_quote_stays_inside() -> None:
    quote = only_quote(
        "“He looked at me and said ‘never again,’ and I believed every word of it,” "
        "Hannah Okafor said."
    )
    assert quote.speaker == "Hannah Okafor"
    assert "‘never again,’" in quote.text


def test_short_quotations_are_not_quotes() -> None:
    text = (
        "The minister called the talks “constructive” and the offer “a good start.” "
        "Officials described a “positive and encouraging reception.”"
    )
    assert quotes_in(text) == []


def test_spokesperson_description_is_kept_as_said() -> None:
    quote = only_quote(
        "“The plant will not reopen before the safety review is finished,” a spokeswoman for "
        "the regulator said."
    )
    assert quote.speaker == "a spokeswoman for the regulator"


def test_two_speakers_in_one_paragraph_are_kept_apart() -> None:
    text = (
        "“The strike will go ahead unless the offer improves,” said union leader Marek "
        "Kowalczyk. “We have made our final offer and it is a fair one,” said Anna Berg."
    )
    assert [q.speaker for q in quotes_in(text)] == ["Marek Kowalczyk", "Anna Berg"]


def test_the_company_said_names_the_company_just_mentioned() -> None:
    text = (
        "The carmaker Veltra is recalling 180,000 cars because of a brake fault.\n"
        "“We will fix every affected car free of charge, starting this week,” the company said."
    )
    quote = only_quote(text)
    assert quote.speaker == "Veltra"
    assert [e.type for e in analyse(text, PUBLISHED).entities if e.name == "Veltra"] == ["org"]


def test_pronoun_after_a_descriptive_clause_is_resolved() -> None:
    text = (
        "Trade minister Camille Dubois met her counterpart, Mark Jennings, in Ottawa.\n"
        "Asked whether a deal was possible by July, he said: “I would not bet my house on it.”"
    )
    assert only_quote(text).speaker == "Mark Jennings"
