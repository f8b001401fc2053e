"""Speakers credited in shapes met in a second pool of news copy: a name and its verb at
the end of a sentence the quote sits inside ("…, the minister, Ana Ruiz said in a post on
X."), and descriptions that stand for someone named just before.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Prices fell.\n\nThis “brief step will not bring any real gain” to Chile as it "
            "only covers cargo already at sea, the U.S. Secretary of the Interior, Dana Morrow "
            "said in a post on X.",
            ["Dana Morrow"],
            id="a titled name and its verb with a place of posting end the sentence",
        ),
        pytest.param(
            "Prices fell.\n\nThis “brief step will not bring any real gain” to Chile as it "
            "only covers cargo already at sea, the Secretary of the Interior, Dana Morrow, "
            "said.",
            ["Dana Morrow"],
            id="the apposed name closed by its comma before the verb",
        ),
        pytest.param(
            "Prices fell.\n\nIn response the Peruvian government has said its growth in "
            "farming was “the fruit of its own hard work as well as trade with friends”.",
            ["Peruvian government"],
            id="'In response' before the subject is no part of it",
        ),
        pytest.param(
            "Talks moved to Oslo.\n\nThis could upset French president Louis Martin, who, "
            "according to sources, had pushed for the talks to take place in Paris.\n\nThe "
            "French leader made Europe's view plain at a summit in Rome on Friday, saying: "
            "“You can talk without the Europeans, if you like, but it will not bring peace "
            "any closer.”",
            ["Louis Martin"],
            id="a described subject speaking through 'saying:' is the one titled so before",
        ),
        pytest.param(
            "The row grew.\n\nHer comments echoed remarks made by foreign minister Paolo "
            "Ferri, who was accused of using migration for votes by his Spanish counterpart, "
            "José Luis Moreno.\n\nThe Spanish foreign minister said such remarks were "
            "“improper” for “a partner and friendly nation from which we expect solidarity "
            "and not cheap demagoguery”.",
            ["José Luis Moreno"],
            id="'the Spanish foreign minister' is the Spanish counterpart, accents and all",
        ),
        pytest.param(
            "Markets dipped.\n\n“Our forces in the region are not enough to back a long "
            "campaign in the hills,” Darius Farahani, senior fellow at the Lisbon Centre for "
            "Peace Studies, told CNBC.",
            ["Darius Farahani"],
            id="a centre in the speaker's apposition is a body, not the speaker",
        ),
        pytest.param(
            "Markets dipped.\n\n“You have sent this huge fleet into the region,” Laila "
            "Haddad, former US ambassador to Oman under Obama, said.",
            ["Laila Haddad"],
            id="a person named inside the speaker's apposition is not the speaker",
        ),
        pytest.param(
            "Markets dipped.\n\nA senior Middle East diplomat who has direct knowledge of "
            "the talks told MS Now: “Yet again, when talks get close to success, someone "
            "steps in to wreck them.”",
            ["A senior Middle East diplomat"],
            id="an unnamed source with a relative clause, not the outlet told",
        ),
        pytest.param(
            "Rain fell on the town.\n\nLeila Ahmadi comes to see her nine-year-old "
            "daughter, Sara, every day at the grave.\n\nThe girl had wanted to be a nurse, "
            "her mother adds.\n\nSara's mother still sits beside the grave of her little "
            "girl.\n\n“What was the crime of these children? Did they carry guns? A pencil, "
            "a book and a bag,” she says.",
            ["Leila Ahmadi"],
            id="'she' after 'Sara's mother' is not Sara",
        ),
        pytest.param(
            "Rain fell on the town.\n\nArchbishop Petro Halych said the war is changing "
            "church life.\n\nWhen asked how ordinary Ukrainians keep their faith, his reply "
            "was: “There are moments when anyone would ask where God is, but our people find "
            "answers in prayer,” he said.\n\nDespite the losses, he said Ukrainians remain "
            "determined to resist.",
            ["Petro Halych"],
            id="a people named after 'he said' is no person 'he' could stand for",
        ),
        pytest.param(
            "The minister was sacked on Monday.\n\nThere had been talk of a rift between him "
            "and army chief Taras Melnyk.\n\n“This is the worst mistake the president has "
            "made in his whole time in office,” Taras, a young soldier, told the BBC.",
            ["Taras"],
            id="a first name given with 'a …' is someone new, not the one named before",
        ),
        pytest.param(
            "Troops gathered.\n\nRetired Col. Daniel Davis said few troops were sent.\n\n"
            "“I have seen no sign that a force of any size has been even thought of,” Davis, "
            "a senior fellow at a think tank, told CNBC.",
            ["Daniel Davis"],
            id="a surname given with 'a …' is still the one named before",
        ),
        pytest.param(
            "Talks dragged on.\n\nTrouble could also be brewing on the right. The House "
            "Liberty Caucus — which along with Lee has called for the Senate to change its "
            "rules — on Tuesday questioned the plan. Members doubted whether the bill could "
            "pass at all.\n\n“This is gaslighting. The people are not stupid and will not "
            "accept more theater from Congress,” the group posted Tuesday on X.",
            ["House Liberty Caucus"],
            id="'the group' is the caucus that was the subject, not a body named inside",
        ),
        pytest.param(
            "The minister was sacked on Monday.\n\nTaras Melnyk, a known drone unit "
            "commander, resigned from his post in protest at Kovalenko's sacking - a move he "
            "called “a great evil for the country's defence”.",
            ["Taras Melnyk"],
            id="a name with a commander's apposition is a person 'he' can stand for",
        ),
        pytest.param(
            "The minister was sacked on Monday.\n\nProminent blogger Oleh Hrytsenko, whom "
            "Kovalenko brought in as an adviser, hailed his former boss as “the best minister "
            "of transport in our whole history”.",
            ["Oleh Hrytsenko"],
            id="', whom …' after a name marks a person as ', who …' does",
        ),
    ],
)
def test_round_p2_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
