"""Quoted names are not quotes: titles of songs, films, books and shows, slogans, phrases
talked about, inch marks and stray apostrophes; real short quotes with a cue stay."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis import analyse

PUBLISHED = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


def quoted(text: str) -> list[str]:
    return [quote.text for quote in analyse(text, PUBLISHED).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The band closed the night with the song “Lanterns Over the Harbour” and left.",
            id="after 'the song'",
        ),
        pytest.param(
            "Her debut film “The Long Road to Varna” opens in cinemas next month.",
            id="after 'film'",
        ),
        pytest.param(
            "In his memoir “Nine Winters in a Borrowed Coat,” Tomas Rell describes the farm.",
            id="after 'memoir', with a name after it",
        ),
        pytest.param(
            "The ministry launched its road campaign with the slogan “Slow down, we live here.”",
            id="a slogan in sentence case after 'slogan'",
        ),
        pytest.param(
            "Just what is this new tagline?\n\n“Rain or shine, we are on it.”\n\nNobody knows.",
            id="a tagline asked about in the sentence before",
        ),
        pytest.param(
            "A short story called “The Clockmaker of Pell Street” won the prize in May.",
            id="after 'called', in Title Case",
        ),
        pytest.param(
            "The exhibition, entitled “Glass after Glass after Glass in the Morning Light”, "
            "runs until June.",
            id="an exhibition, entitled",
        ),
        pytest.param(
            "The city’s “Shop local, eat local” awareness campaign started on Monday.",
            id="a campaign named by the span before it",
        ),
        pytest.param(
            "“Become a better neighbour” sounds like a lot to ask of anyone.",
            id="a phrase talked about at the head of its sentence",
        ),
        pytest.param(
            "After playing “Rivers Run Home to the Sea,” the singer told the crowd about "
            "her mother.",
            id="Title Case mid-sentence after a verb that is not speech",
        ),
        pytest.param(
            "The set list included “Lanterns Over the Harbour,” “Nine Winters Gone” and "
            "“Rivers Run Home to the Sea” among others.",
            id="a list of titles",
        ),
        pytest.param(
            "Dana Voss was voted off the show “Dancing on the Frozen Lake” last night.",
            id="a show in Title Case after 'show'",
        ),
        pytest.param(
            "“The Quiet Art of Waiting”: the eighth Harbour Light Festival opens in Varna.",
            id="a title heading its sentence with no attribution",
        ),
        pytest.param(
            "Deal of the day: a 65\" Brightline 4K Smart TV with two remotes for $549.",
            id="an inch mark is not an opening quotation mark",
        ),
        pytest.param(
            "The carmaker isn ‘t slowing down, and its new wagon is the seventh model on the "
            "platform this year.",
            id="a single mark that never closes is an apostrophe",
        ),
    ],
)
def test_quoted_names_are_not_quotes(text: str) -> None:
    assert quoted(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "“We Love You All,” Mara Quill told the crowd in Varna.",
            "We Love You All",
            id="Title Case with its attribution after it",
        ),
        pytest.param(
            "Mara Quill told the crowd in Varna: “Thank You, Varna, Good Night!”",
            "Thank You, Varna, Good Night!",
            id="Title Case introduced by a speech verb and colon",
        ),
        pytest.param(
            "“It is over now,” Mara Quill said of the tour.",
            "It is over now",
            id="a short quote with its cue",
        ),
        pytest.param(
            "Mara Quill called the decision “a betrayal of every fan who stood in the rain.”",
            "a betrayal of every fan who stood in the rain.",
            id="what someone called something is their words",
        ),
        pytest.param(
            "The singer said her new song “is about leaving home and never quite arriving,” "
            "and laughed.",
            "is about leaving home and never quite arriving",
            id="a quote that goes on from a work's noun is speech",
        ),
        pytest.param(
            "Tomas Rell said the film “The Long Road to Varna” was hard to make. “We ran out "
            "of money twice,” he said.",
            "We ran out of money twice",
            id="the quote after a title survives",
        ),
        pytest.param(
            "“We will win this campaign,” campaign manager Lea Brandt said on Monday.",
            "We will win this campaign",
            id="a campaign role after an attributed quote",
        ),
        pytest.param(
            "‘We will not sell the harbour,’ the mayor, Ines Fonseca, said on Monday.",
            "We will not sell the harbour",
            id="a closed single-mark quote stays",
        ),
        pytest.param(
            "“Here she comes,” Lena Brandt said, clapping. “The Captain. Our Captain.”",
            "The Captain. Our Captain.",
            id="capitalised words in two sentences are speech, not a title",
        ),
        pytest.param(
            "Mayor Fonseca Says Tram Plan Is ‘Good News For Every Rider’\n\nThe plan passed.",
            "Good News For Every Rider",
            id="a quote in a headline's Title Case",
        ),
        pytest.param(
            "Ana Ruiz ruled out writing a book, tweeting that “I am bound by a strict "
            "agreement with the club.”",
            "I am bound by a strict agreement with the club.",
            id="a quote reported with 'that' after a work's noun",
        ),
        pytest.param(
            'Ana Ruiz, who bought a 55" screen, said: "It is far too big for the flat."',
            "It is far too big for the flat.",
            id="a quote after an inch mark is still found",
        ),
    ],
)
def test_real_short_quotes_survive(text: str, kept: str) -> None:
    assert kept in quoted(text)
