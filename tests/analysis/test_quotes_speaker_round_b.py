"""Speakers in fresh diplomatic news, second half (issue 10): committees, papers, posts,
statements and asides that are no speaker.

Every sentence here was written for this test.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers.briefs import speakers_in

PUBLISHED = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)




@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Talks went on in Rome on Friday.\n\n"
            "Ivelina Troshko-Marr, an MP and the chair of the parliamentary committee on EU "
            "Integration, told the BBC the parliament would have \"the final say on all of "
            "it\".\n\n"
            "She added: \"I hope the text will be read closely by every member before any vote "
            "is held\".",
            ["Ivelina Troshko-Marr", "Ivelina Troshko-Marr"],
            id="a committee's subject before 'told' is no person; 'an MP' marks the name before",
        ),
        pytest.param(
            "PARIS -- Bilateral talks between French and Italian negotiators ended in Nice on "
            "Monday, with the two sides swapping detainees and agreeing to \"restore regular "
            "contact between their navies.\"",
            [None],
            id="a dateline in capitals is where the story was filed, and 'Bilateral talks' no name",
        ),
        pytest.param(
            "OSLO, Feb 5 (Reuters) - Norway and Sweden agreed on Monday to \"restore regular "
            "contact between their navies.\"",
            [None],
            id="nor is the wire named in a dateline",
        ),
        pytest.param(
            "Talks resumed in Oslo on Monday.\n\n"
            "Halvorsen said Wednesday that a \"fair and workable settlement\" was close while "
            "Tarik Osmanli, spokesman for Turkey's Ministry of Foreign Affairs, told Turkish state "
            "TV that \"Turkey has come here ready to give ground on several points.\" He added "
            "that Turkey was \"entitled to its own view on the border question, and that view is "
            "known.\"",
            ["Tarik Osmanli", "Tarik Osmanli"],
            id="'X said … while Y told TV that' credits Y; 'He added' picks up Y's quote",
        ),
        pytest.param(
            "Voltagrid, the state power grid operator, said the attack was the third this year. "
            "Nine facilities in six regions were hit, it said in a statement.\n\n"
            "\"As a result of the strikes on key substations, all plants in the region were "
            "forced to cut their output,\" the statement said.",
            ["Voltagrid"],
            id="a name with a body's noun in apposition is a body, and 'the statement' its own",
        ),
        pytest.param(
            "The shortage has led to what one pro-government newspaper, Novaya Vest, has called "
            "a \"severe shortage of workers\" in many industries.\n\n"
            "\"The economy does not have enough welders or drivers. We need to find 500,000 "
            "workers from somewhere,\" the paper reported.",
            ["Novaya Vest"],
            id="'the paper' is the newspaper named in apposition before",
        ),
        pytest.param(
            "The study was published on Monday.\n\n"
            "\"Most of the workers surveyed said they would leave within a year,\" the paper "
            "said.",
            ["the paper"],
            id="a paper no name introduced stays a description",
        ),
        pytest.param(
            "President Donald Trump will travel to Beijing in May, the White House said.\n\n"
            "Trump and first lady Melania Trump will also host the Chinese leader in Washington "
            "later this year, press secretary Karoline Leavitt told reporters.\n\n"
            "In a social media post after the briefing, Trump said that U.S. officials are "
            "\"finalizing the last details of these historic visits.\"",
            ["Donald Trump"],
            id="a bare surname is not the first lady named beside it",
        ),
        pytest.param(
            "Vice President Ivo Talvern left Islamabad on Sunday after talks ended without a "
            "deal.\n\n"
            "\"We need to see a firm commitment from them,\" Talvern said, noting it is the goal "
            "that President Donald Trump hoped to reach.\n\n"
            "The vice president said he spoke with Trump \"a dozen times, maybe more, over the "
            "past day,\" as well as with Secretary of State Marco Rubio.",
            ["Ivo Talvern", "Ivo Talvern"],
            id="'the vice president' is the one titled so, not the president he spoke with",
        ),
        pytest.param(
            "The Swedish team was led by envoy Lars Berglund, and the other side by Pavel "
            "Ostrov, the head of a state fund.\n\n"
            "Ostrov -- who has been a leading figure in the talks with the Swedish side through "
            "Berglund -- told reporters after Wednesday's meeting that there \"is real progress, "
            "and good, steady movement forward,\" as quoted by the state news agency.",
            ["Pavel Ostrov"],
            id="a person named in an aside between dashes is not the speaker",
        ),
        pytest.param(
            "A former candidate -- Ivo Rask, who lost the race to Lopez -- said the plan "
            "\"offered nothing new to the people who need it most.\"",
            ["Ivo Rask"],
            id="an aside between dashes that is the name itself stays",
        ),
        pytest.param(
            "Ruiz said he was disappointed.\n\n"
            "Ruiz's remarks followed a meeting with Mark Halvorsen at the palace earlier in the "
            "day, with spokeswoman Dana Wexley reportedly saying that the allies had \"turned "
            "their backs on the people of this country.\"",
            ["Dana Wexley"],
            id="', with X saying' credits X, not the people of the main clause",
        ),
        pytest.param(
            "Western sanctions have forced the country to pivot east.\n\n"
            "\"The relationship is lopsided because the north depends on the south far more than "
            "the other way round,\" commented a recent report from the Institute for Northern "
            "Studies (INS).",
            ["Institute for Northern Studies"],
            id="'commented a recent report from X' credits the body behind the report",
        ),
        pytest.param(
            "Both sides framed the development as a win.\n\n"
            "Norland's Vesti News Agency later Tuesday posted a statement from the secretariat of "
            "the country's Supreme Defence Council declaring that the other side \"has accepted "
            "these terms as the basis for talks and has given in to the will of our people.\"\n\n"
            "\"If the enemy's retreat in the field becomes a political win at the table, we will "
            "celebrate this great victory together, otherwise we will fight on side by side,\" "
            "read a translation of the statement.",
            ["Supreme Defence Council", "Supreme Defence Council"],
            id="a statement an agency posted is the issuing body's words, not the agency's",
        ),
        pytest.param(
            "Velasquez said Europe needs to become more independent \"in every field that touches "
            "our security and our prosperity.\"\n\n"
            "But she stressed that this does not mean weakening the bond across the Atlantic.\n\n"
            "\"The opposite is true and we have just heard it from Secretary Lopez. An independent "
            "Europe is a strong Europe, and a strong Europe makes for a stronger alliance.\"",
            ["Velasquez", "Velasquez"],
            id="'But she stressed that …' introduces the quote paragraph after it",
        ),
    ],
)
def test_speaker(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
