"""Speakers met wrong in a seventh round of real copy: a linking adverb opening the clause
("Furthermore, it said,"), a union branch's number ("Local 918"), an apposition whose
closing comma is missing ("PR Menon, of the … Association said"), an unnamed official
of a leader's administration, and a state body's bare kind ("The ministry", "The
military") after the story named it with its country.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}The Norwegian government said in March that the army had carried out "
            "“direct attacks on the harbour towns.”\n\nFurthermore, it said, the soldiers had "
            "“deliberately targeted fishing boats from the northern villages,” and “blocked "
            "the roads to the hospitals.”",
            ["Norwegian government"] * 3,
            id="'Furthermore, it said': the body of the sentence before, not 'Furthermore'",
        ),
        pytest.param(
            f"{_LEAD}The Ostland Rail Board said the operators had broken “every single "
            "promise made to the valley towns.”\n\nMoreover, it said, the operators had "
            "“ignored every warning from the valley towns for years.”",
            ["Ostland Rail Board"] * 2,
            id="'Moreover, it said'",
        ),
        pytest.param(
            f"{_LEAD}“Today our members made their voices heard by voting for a strike,” "
            "Harbor Workers Local 918 said in a statement. “We will not sit by while the "
            "park disciplines our staff.”",
            ["Harbor Workers Local 918"] * 2,
            id="a union local keeps its number",
        ),
        pytest.param(
            f"{_LEAD}“Growth has certainly spread out,” PR Menon, of the Coastal Fish Traders "
            "Association of Kerala said.\n\n“We have sold more to Japan and Korea,” he said.",
            ["PR Menon", "PR Menon"],
            id="an apposition left unclosed: the person, not the association",
        ),
        pytest.param(
            f"{_LEAD}President Ivo Halden lifted the rules in May.\n\nA Halden administration "
            "official explained Thursday that the bank “will likely issue general licences "
            "covering most of the economy.”",
            ["A Halden administration official"],
            id="an unnamed administration official is not the president",
        ),
        pytest.param(
            f"{_LEAD}President Ivo Halden lifted the rules in May.\n\n“I think there was a "
            "desire to give the new council some room,” said a former Halden administration "
            "official.",
            ["a former Halden administration official"],
            id="a former administration official is not the president",
        ),
        pytest.param(
            f"{_LEAD}Norway’s foreign ministry said there were Norwegians on board.\n\n"
            "A Norwegian foreign ministry source said the boat was “expected to reach the "
            "port in the evening”.\n\nThe ministry earlier said the navy’s “aggressive and "
            "lawless conduct will not silence the voices of the crew”.",
            ["A Norwegian foreign ministry source", "Norwegian foreign ministry"],
            id="'The ministry' after the country's foreign ministry",
        ),
        pytest.param(
            f"{_LEAD}The Danish military said it struck the depot at midnight.\n\nThe Danish "
            "military also said that a strike killed a commander. The military said in a "
            "statement that he was “a senior rebel officer who ran the radio unit since "
            "2004”.",
            ["Danish military"],
            id="'The military' after the Danish military",
        ),
        # Negative: with no body named by its country, the bare kind stays as written.
        pytest.param(
            f"{_LEAD}The army moved in.\n\nThe military said in a statement that he was “a "
            "senior rebel officer who ran the radio unit since 2004”.",
            ["The military"],
            id="a bare 'The military' with none named stays",
        ),
        # Negative: a spokesperson's unclosed apposition still names the body.
        pytest.param(
            f"{_LEAD}“Growth has certainly spread out,” a spokesperson, from the Harbour "
            "Board said.",
            ["Harbour Board"],
            id="an unclosed apposition after an unnamed spokesperson",
        ),
    ],
)
def test_round7_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Latvian President Ilze Berzina spoke on Saturday before a meeting with Chancellor "
            "Otto Brandt.\n\nIn a series of posts on X, the Latvian leader said, “If all of "
            "Europe stands with us, together we will end the blockade,” but, “if anyone takes "
            "the other side, the blockade will go on.”",
            ["Ilze Berzina", "Ilze Berzina"],
            id="'a series of posts on X': 'posts' is a noun, the leader speaks",
        ),
        pytest.param(
            "Prime Minister Arif Qadir met President Leyla Mammadli in Baku.\n\nAddressing "
            "Mammadli, the premier thanked her for the welcome, noting that the summit "
            "“shows the meeting of hearts of genuine friends and well-wishers”.",
            ["Arif Qadir"],
            id="'Addressing X, the premier thanked her, noting': the premier, not X",
        ),
        pytest.param(
            "Prime Minister Arif Qadir met President Leyla Mammadli in Baku.\n\n“It gives me "
            "great pleasure to be in your city today,” the premier added.",
            ["Arif Qadir"],
            id="'the premier' is the prime minister named before",
        ),
        pytest.param(
            "Prime Minister Peter Rask spoke at the hall to jeers.\n\nAddressing rows of empty "
            "chairs at the Grand Hall of the Assembly on Friday, he firmly rejected the plan, "
            "and told the council that “we will not let you pass this bill through the back "
            "door”.",
            ["Peter Rask"],
            id="'Addressing …, he rejected …, and told': he, not 'Addressing'",
        ),
        # Negative: an apposition after a name with no participle before it still titles.
        pytest.param(
            "Arif Qadir, the premier, met President Leyla Mammadli in Baku.\n\n“It gives me "
            "great pleasure to be in your city today,” the premier added.",
            ["Arif Qadir"],
            id="'X, the premier,' titles X",
        ),
    ],
)
def test_round7_leads_and_titles(text: str, expected: list[str | None]) -> None:
    assert speakers_in(f"{_LEAD}{text}") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Trade economist Ravi Menon doubted the figures.\n\nAircraft orders were a big "
            "part of the pledge but even a big expansion would fall far short, he said.\n\n"
            "“Even if the country were to add another 200 jets over the next five years, the "
            "total value would be about $60 billion.”",
            ["Ravi Menon"],
            id="a quote paragraph after reported speech closed by 'he said'",
        ),
        pytest.param(
            "Premier Tom Baird set out the package on Monday.\n\nThe permit system would be "
            "examined closely so abuse was not exempted, while police would again be able to "
            "move protesters on, he said.\n\nThe new laws would send a “clear and simple "
            "message that hatred is not welcome in the state”.",
            ["Tom Baird"],
            id="a plain lead-in to the quote, no verb of speech in its paragraph",
        ),
        # Negative: the quote's own attribution names another speaker.
        pytest.param(
            "Trade economist Ravi Menon doubted the figures.\n\nAircraft orders were a big "
            "part of the pledge but even a big expansion would fall far short, he said.\n\n"
            "“Even if the country were to add another 200 jets over the next five years, the "
            "total value would be about $60 billion,” said Ana Lopez.",
            ["Ana Lopez"],
            id="its own attribution wins over the paragraph before",
        ),
        # Negative: a paragraph before that is not reported speech gives no speaker.
        pytest.param(
            "Trade economist Ravi Menon doubted the figures.\n\nAircraft orders were a big "
            "part of the pledge but even a big expansion would fall far short.\n\n"
            "“Even if the country were to add another 200 jets over the next five years, the "
            "total value would be about $60 billion.”",
            [None],
            id="no attribution closing the paragraph before: unknown",
        ),
    ],
)
def test_round7_reported_paragraph_before(text: str, expected: list[str | None]) -> None:
    assert speakers_in(f"{_LEAD}{text}") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "However, the Northern Rights Office said it had received “many alarming reports” "
            "of the militia killing civilians.\n\nIt also cited “signs of ethnic motives for "
            "the killings in the valley.”",
            ["Northern Rights Office"],
            id="'It also cited “…”': the body of the sentence before",
        ),
        pytest.param(
            "Prime Minister Arif Qadir met President Leyla Mammadli in Baku.\n\nNoting the "
            "“outpouring of love and warmth in both Oslo and Riga” for his country, PM Arif "
            "noted: “We could not but be moved by the fervour of our citizens during the "
            "recent crisis.”",
            ["Arif Qadir", "Arif Qadir"],
            id="'Noting the “…” for X, PM Y noted: “…”': both quotes, apart, are the PM's",
        ),
        pytest.param(
            "Speaker Anita Among announced the result, thanking the assembly.\n\n“This is a "
            "vote of confidence in the parliament of our country,” Among stated.",
            ["Anita Among"],
            id="a surname that is also a common word ('Among stated')",
        ),
    ],
)
def test_round7_cited_colon_and_surnames(text: str, expected: list[str | None]) -> None:
    assert speakers_in(f"{_LEAD}{text}") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Judge Ana Ruiz pressed the lawyer. “Is that,” Ruiz asked Lopez, “a sensible line "
            "we could draw?” Lopez said it was.",
            ["Ana Ruiz"],
            id="'“…,” X asked Y, “…?”': the asker; 'Y said it was' is the reply",
        ),
        pytest.param(
            "Judge Ana Ruiz pressed the lawyer. “Is that a sensible line we could draw in "
            "this case?” Ruiz asked. Lopez said it was.",
            ["Ana Ruiz"],
            id="'“…?” X asked. Y said it was.'",
        ),
        pytest.param(
            "Chancellor Otto Brandt will visit Riga and meet Prime Minister Ilze Berzina on "
            "Monday, holding talks on “deeper cooperation in trade and investment”, Berzina’s "
            "office said in a statement.",
            ["Berzina’s office"],
            id="'X's office said': the office, not X",
        ),
        pytest.param(
            "Trade with the port was small, but a December deal offers “a gateway to the "
            "wider southern and eastern markets”, and a template for a wider “coastal "
            "engagement strategy”, analysts at Halden Bank suggested.",
            ["analysts at Halden Bank"],
            id="'“…”, and a … “…”, analysts at X suggested': the analysts, for both",
        ),
        # Negative: "told AFP." closes the sentence; the next quote is its own.
        pytest.param(
            "“The plan was a reaction to the tariffs,” economist Ivo Rask told Wirepress. "
            "“Now the country has to find new buyers.”",
            ["Ivo Rask", "Ivo Rask"],
            id="'X told Wirepress.' keeps two quotes apart",
        ),
    ],
)
def test_round7_questions_offices_and_analysts(text: str, expected: list[str | None]) -> None:
    assert speakers_in(f"{_LEAD}{text}") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "President Ivo Rask spoke to the radio.\n\nThe policy of talks, he said, was "
            "meant to \"calm the violence\", adding: \"we are not fools, we know who we face "
            "across the table.\"",
            ["Ivo Rask"],
            id="'The policy of talks, he said, was …, adding:': he, not the clause subject",
        ),
        pytest.param(
            "Harbourland workers voted to strike.\n\nHarbourland officials said in a statement "
            "that the parks strive to give guests “an uninterrupted, immersive experience,” "
            "and that “anything that distracts from the show, be it a pin or a sticker, would "
            "be addressed by a leader.”",
            ["Harbourland officials"],
            id="'X officials said': the body's unnamed officials",
        ),
        pytest.param(
            "Mr Rask faces a vote.\n\n“He’s finished. We’re back to square one,” says one of "
            "Mr Rask’s deputies.",
            ["one of Mr Rask’s deputies"],
            id="'one of Mr X's deputies' is unnamed, not X",
        ),
        pytest.param(
            "“Roadmaps to end coal are needed, and we got neither,” said Ivo Rask, director "
            "of the Halden Institute.\n\nDuring the closing session, a representative from "
            "Peru said that her country refused to accept parts of the text. “Denying the "
            "science not only puts the treaty at risk, but also our own existence.”",
            ["Ivo Rask", "a representative from Peru"],
            id="'a representative from Peru said that …. “…”': the delegate, not the last "
            "speaker",
        ),
        # Negative: officials named after a person stay that person's.
        pytest.param(
            "President Ivo Halden spoke.\n\n“We will not back down on the tariffs this year,” "
            "Halden officials said.",
            ["Ivo Halden"],
            id="'Halden officials' after 'Ivo Halden' unchanged",
        ),
    ],
)
def test_round7_asides_officials_and_delegates(text: str, expected: list[str | None]) -> None:
    assert speakers_in(f"{_LEAD}{text}") == expected


def test_round7_remarks_announced_ahead() -> None:
    text = (
        "Foreign Minister Kemal Aydin will travel to the capital on Sunday. He will meet his "
        "counterpart Prince Nawaf bin Saud.\n\nAccording to the ministry, talks are expected to "
        "focus on ties.\n\nThe Norwegian foreign minister will highlight that “the fast growing "
        "cooperation between the two countries is a source of satisfaction.”\n\nHe will also "
        "stress that “Norway aims to raise its trade with the kingdom” and that “dialogue "
        "between the two countries helps regional peace.”"
    )
    assert speakers_in(f"{_LEAD}{text}") == ["Kemal Aydin"] * 3


def test_round7_a_name_with_a_digit_is_no_person() -> None:
    text = (
        "The summit could go down as “the deadliest talk show ever,” said Ravi Menon, founding "
        "director of the Halden Climate Foundation.\n\nCOP40 was yet another “theater of delay” "
        "with endless talk, “solely to avoid the actions that matter and putting money on the "
        "table,” he said.\n\nIn another document, COP40 said it would “keep working on the "
        "roadmaps for the coming year.”"
    )
    assert speakers_in(f"{_LEAD}{text}") == ["Ravi Menon", "COP40"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ostrava said Halden’s “good relations of friendship with the two countries” was "
            "crucial to the process.\n\n“The ways of carrying out what has been agreed will be "
            "set out in the coming days within the framework of the talks.”",
            ["Ostrava", "Ostrava"],
            id="a quote paragraph after 'X said …“…”… .': X goes on",
        ),
        # Negative: a sentence of its own opens the quote's paragraph.
        pytest.param(
            "Ostrava said Halden’s “good relations of friendship with the two countries” was "
            "crucial to the process.\n\nAnalysts were unsure. “The ways of carrying out what "
            "has been agreed will be set out in the coming days.”",
            ["Ostrava", None],
            id="another sentence before the quote in its paragraph: unknown",
        ),
    ],
)
def test_round7_reported_opening_before(text: str, expected: list[str | None]) -> None:
    assert speakers_in(f"{_LEAD}{text}") == expected
