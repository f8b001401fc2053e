"""Quotes round 44, tuned on pool 27 and invented copy: copy that keys a double mark as two
single ones (“…’’, ‘‘…’’) quotes as double marks do; no name is made of a speaker's "I’ll",
a gloss in brackets or a portfolio ("Commissioner for Health"); a court's opinion is the
court's; a person "of" a body, a body with a "which" clause and a surname that is also a
city act as themselves; a description or pronoun goes back to the one the story followed;
and "the spokesperson" is the body one was introduced for.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import quotes_in, speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Former minister Dale Morrow backed Ruiz.\n\n“Sometimes it is important to speak "
         "up in debates,’’ Morrow said.",
         [("Sometimes it is important to speak up in debates", "Dale Morrow")]),
        ("Ruiz was more direct in her reply by saying: “The simple answer for me is no.’’\n\n"
         "Ana Ruiz leads the race.",
         [("The simple answer for me is no.", "Ana Ruiz")]),
        ("‘‘We will not return to work until the offer improves,’’ union leader Ana Ruiz "
         "said on Monday.",
         [("We will not return to work until the offer improves", "Ana Ruiz")]),
        # look-alike: a single mark of a possessive plural before a double one stays
        ("“We back the workers’ demands in full,” union leader Ana Ruiz said on Monday.",
         [("We back the workers’ demands in full", "Ana Ruiz")]),
    ],
)
def test_a_double_mark_keyed_as_two_single_ones_quotes(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(quote.text, quote.speaker) for quote in quotes_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker's own "I’ll" is nobody's name
        ("Dale Morrow spoke of the letter:\n\n…it happens. Sometimes I’ll write a letter and "
         "say, ‘I wish I didn’t send it to so many people.’ Not too often.", [None]),
        # a gloss in brackets wrote no report
        ("Tom Wren, resident electoral commissioner (REC) for Harbour State, in a report "
         "dated May 27 and submitted to the commission, said the primary did not hold.\n\n"
         "“We wish to report that the primary did not hold because the committee never "
         "came,” the report reads.", ["Tom Wren"]),
        # a court's opinion is the ruling the story credited to that court
        ("The ruling by the 9th Circuit Court of Appeals in Harbour City lifted an injunction, "
         "prompting opponents to rush to the Supreme Court. “It is difficult to imagine what "
         "more the agency could do to justify its finding,” said the opinion.",
         ["9th Circuit Court of Appeals"]),
    ],
)
def test_no_name_made_of_words_around_it(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


OKAFOR = (
    "The Harbour State Commissioner for Health, Prof. Lina Okafor, said the ministry had "
    "stepped up surveillance.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OKAFOR + "The Commissioner further advised: “Avoid contact with wild animals such as "
         "rodents and monkeys.”", ["Lina Okafor"]),
        ("Health Commissioner Lina Okafor said the ministry had stepped up surveillance.\n\n"
         "The Commissioner advised: “Avoid contact with wild animals such as rodents.”",
         ["Lina Okafor"]),
        # look-alike: a minister named after a portfolio ending in a capital
        ("The Minister for Foreign Affairs, Ana Ruiz, met envoys. “We will keep talking "
         "for as long as it takes,” the minister said.", ["Ana Ruiz"]),
    ],
)
def test_a_portfolio_after_for_is_no_person(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Labour's Ana Ruiz said there were victims among those on the plane. Lale Varga, of "
         "Justice for Ostland, told the BBC the pair had been held in vans. “They were already "
         "traumatised by their journeys here,” she told the BBC.", ["Lale Varga"]),
        ("Lale Varga, of Harbour Watch, told the BBC the pair had been held in vans. Veltrax, "
         "the facilities management company which runs the centres, said restraint was a last "
         "resort. “This includes the prevention of injury or self-harm,” its statement added.",
         ["Veltrax"]),
        ("Defense Secretary Lloyd Austin spoke on Tuesday. Austin confirmed on Wednesday at a "
         "Pentagon news briefing that he had spoken to his Ostland counterpart, Defence "
         "Minister Ivo Rask, adding that it was critical “great powers be models of "
         "transparency and communication.”", ["Lloyd Austin"]),
    ],
)
def test_the_one_who_acts_speaks(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ostland’s military president has said new ministers must pass lie detector tests.\n\n"
         "Tomas Varenko came to power in a coup in October.\n\nVarenko told local media: “We "
         "have decided to use a polygraph for every candidate.”\n\nThe president said a new "
         "cabinet would be announced next week. “We will know who is corrupt and who can help "
         "us,” he said.\n\nThe next day, the president, Ivo Rask, reportedly fled the country.",
         ["Tomas Varenko", "Tomas Varenko"]),
        ("Michael Varenko came to power in a coup in October.\n\nVarenko fired the prime "
         "minister and cabinet on 9 March, then announced on Sunday that the anti-corruption "
         "chief, Lina Okafor, would be the new prime minister. He and Okafor would only "
         "interview ministerial candidates who passed a lie detector test, he said on "
         "Thursday.\n\nHe said: “We’re not looking for someone who is 100% clean.”",
         ["Michael Varenko"]),
        ("Finance Minister Lina Okafor announced the loans in November.\n\n“A decline in the "
         "allocation would make things worse for the states,” analysts at Harbour Capital "
         "said.\n\nThe finance minister said last week that the change had raised hopes of new "
         "revenue.\n\n“The company will be paying royalties, dividends and taxes,” she added.",
         ["analysts at Harbour Capital", "Lina Okafor"]),
    ],
)
def test_a_description_or_pronoun_goes_back_to_its_holder(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


FUEL = "“For some years now we have used automation to update local fuel prices daily,”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The stories are overseen by journalists, according to a spokesperson from Harbour "
         "Media.\n\nThe spokesperson confirmed the comments and said they were service "
         f"information.\n\n{FUEL} the spokesperson said.", ["Harbour Media"]),
        ("The stories are overseen by journalists, according to a spokesperson for Harbour "
         f"Media.\n\n{FUEL} the spokesperson said.", ["Harbour Media"]),
    ],
)
def test_the_spokesperson_speaks_for_the_body_introduced(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected
