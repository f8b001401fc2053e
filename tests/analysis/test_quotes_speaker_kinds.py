"""Speakers a description names by their kind ("the church", "the researchers", "the
report") and quotes an outlet reports from someone it cites.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Clergy protest land bill\n\nThe Archdiocese of Quillota said on Sunday that it had "
            "not been consulted about the plan to close four schools.\n\nParents held a vigil "
            "overnight.\n\n“The children must come first in any decision about these schools,” "
            "the church said.",
            ["Archdiocese of Quillota"],
            id="the church is the one archdiocese named before",
        ),
        pytest.param(
            "Clergy protest land bill\n\nThe Montenegrin Orthodox Church on Tuesday criticised "
            "a draft law on religious property.\n\nThe bill is due for a vote next week.\n\n"
            "“This law threatens the very survival of our parishes in the north,” the church "
            "said in a statement.",
            ["Montenegrin Orthodox Church"],
            id="the church is the one church named before",
        ),
        pytest.param(
            "Glacier study\n\nA team of researchers at the University of Valmora found that "
            "glaciers had shrunk by a third since 1992.\n\nThe findings were published on "
            "Monday.\n\n“Our models show the decline will speed up over the coming decade,” "
            "the researchers wrote.",
            ["University of Valmora"],
            id="the researchers are the university they were said to work at",
        ),
        pytest.param(
            "Fleet study\n\nAccording to a study from the Nordic Security Forum, the fleet "
            "could be rebuilt within six years.\n\nOfficials declined to comment.\n\n“The pace "
            "of rearmament has surprised most of the planners we spoke to,” the study said.",
            ["Nordic Security Forum"],
            id="the study is the body the study was from",
        ),
        pytest.param(
            "Fleet study\n\nThe Nordic Security Forum published its yearly review on "
            "Tuesday.\n\nOfficials declined to comment.\n\n“The pace of rearmament has "
            "surprised most of the planners we spoke to,” the think tank said.",
            ["Nordic Security Forum"],
            id="the think tank is the one forum named before",
        ),
        pytest.param(
            "Sanctions\n\nForeign ministers of the European Union met on Monday. EU diplomats "
            "said a deal was close.\n\n“We will not accept any change of borders by force,” "
            "the bloc said in a statement.",
            ["European Union"],
            id="the bloc is the union, its initials the same body",
        ),
        pytest.param(
            "Summit\n\nNATO defence ministers met in Brussels on Monday.\n\n“Our support for "
            "the region remains unwavering,” the alliance said.",
            ["NATO"],
            id="the alliance is the one alliance named, an acronym",
        ),
        pytest.param(
            "Plant\n\nThe International Atomic Energy Agency sent inspectors to the plant on "
            "Sunday.\n\n“The inspectors found no sign of damage to the reactor buildings,” "
            "the watchdog said.",
            ["International Atomic Energy Agency"],
            id="the watchdog is the one agency named",
        ),
        pytest.param(
            "Sanctions\n\nThe Caspian Policy Institute's annual report, released on Tuesday, "
            "found that sanctions had cut oil revenue by half.\n\nDiplomats said they were "
            "studying its findings.\n\n“The sanctions regime has largely achieved its stated "
            "aims,” the report said.",
            ["Caspian Policy Institute"],
            id="the report is its owner's, named with a possessive",
        ),
        pytest.param(
            "Glacier study\n\nUniversity of Valmora researchers found that glaciers had shrunk "
            "by a third. Latvian researchers agreed.\n\n“Our models show the decline will "
            "speed up over the coming decade,” the researchers wrote.",
            ["University of Valmora"],
            id="the researchers are the body named before them, a nationality none",
        ),
    ],
)
def test_a_kind_names_the_one_body_of_that_kind(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Clergy split\n\nThe Montenegrin Orthodox Church and the Dalmatian Orthodox Church "
            "both criticised the draft law on Tuesday.\n\n“This law threatens the very "
            "survival of our parishes in the north,” the church said.",
            ["the church"],
            id="two churches named: the church stays a description",
        ),
        pytest.param(
            "Glacier study\n\nA study by researchers at the University of Valmora and the "
            "Polar Institute of Brevik found that glaciers had shrunk.\n\n“Our models show the "
            "decline will speed up over the coming decade,” the researchers wrote.",
            ["the researchers"],
            id="researchers at two bodies: no one body speaks",
        ),
        pytest.param(
            "Summit\n\nThe European Union and the African Union met in Brussels on Monday.\n\n"
            "“We will not accept any change of borders by force,” the bloc said.",
            ["the bloc"],
            id="two unions named: the bloc stays a description",
        ),
        pytest.param(
            "Sanctions\n\nSanctions have cut oil revenue by half, the Caspian Policy Institute "
            "said in a report.\n\nThe Lisbon Forum, a rival think tank, disagreed.\n\n“The "
            "sanctions regime has largely achieved its stated aims,” the think tank said.",
            ["the think tank"],
            id="two think tanks named: the think tank stays a description",
        ),
    ],
)
def test_a_kind_with_two_bodies_of_it_stays_a_description(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Talks stall\n\nThe two sides failed to agree on a truce on Wednesday.\n\n“There is "
            "no agreement yet on the order of the withdrawal,” Wirepress reported, citing a "
            "source close to the talks.",
            ["a source close to the talks"],
            id="an outlet reporting what a source said: the source",
        ),
        pytest.param(
            "Talks stall\n\nThe two sides failed to agree on a truce on Wednesday.\n\n“We see no "
            "reason to rush into a deal that favours them,” Wirepress reported, citing Foreign "
            "Minister Ivo Rask.",
            ["Ivo Rask"],
            id="an outlet citing a named minister: the minister",
        ),
        pytest.param(
            "Talks stall\n\nThe two sides failed to agree on a truce on Wednesday.\n\n“The "
            "delegation will stay in the city until Friday at least,” the agency said, citing "
            "an unnamed official.",
            ["an unnamed official"],
            id="said, citing an unnamed official: the official",
        ),
        pytest.param(
            "Prices rise\n\nFuel prices rose again on Monday.\n\n“We cannot keep absorbing "
            "these costs for much longer,” Ana Ruiz said, citing rising wages.",
            ["Ana Ruiz"],
            id="a speaker citing a cause still speaks",
        ),
        pytest.param(
            "Prices rise\n\nFuel prices rose again on Monday.\n\n“Imports fell by a fifth in "
            "the first quarter of the year,” the Valmora Herald reported, citing data from the "
            "customs office.",
            ["Valmora Herald"],
            id="an outlet citing data reports in its own words",
        ),
        pytest.param(
            "Talks stall\n\nThe two sides failed to agree on a truce on Wednesday.\n\n“There will "
            "be no deal before the summer at the earliest,” Wirepress cited a diplomat as "
            "saying.",
            ["a diplomat"],
            id="an outlet citing an unnamed diplomat as saying: the diplomat",
        ),
        pytest.param(
            "Talks stall\n\nThe two sides failed to agree on a truce on Wednesday.\n\nWirepress "
            "cited a senior diplomat as saying “the talks have reached a dead end for now.”",
            ["a senior diplomat"],
            id="the outlet cited the diplomat before the quote",
        ),
        pytest.param(
            "Talks stall\n\nThe two sides failed to agree on a truce on Wednesday.\n\nAccording "
            "to Wirepress, a European diplomat said: “Nobody in the room expected a "
            "breakthrough this week.”",
            ["a European diplomat"],
            id="according to an outlet, an unnamed diplomat said",
        ),
    ],
)
def test_an_outlet_citing_someone_is_not_the_speaker(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Families wait\n\nLena Vasko was detained at a border post on Friday.\n\n“We have "
            "heard nothing from anyone since Friday,” said her mother, Irina Vasko, 57.",
            ["Irina Vasko"],
            id="the relative's name in the attribution's apposition",
        ),
        pytest.param(
            "Families wait\n\nLena Vasko was detained at a border post on Friday.\n\nHer "
            "mother, Irina Vasko, 57, has waited outside since then.\n\n“They took my daughter "
            "and nobody will tell us where she is,” her mother said.",
            ["Irina Vasko"],
            id="the relative named before is the one described again",
        ),
        pytest.param(
            "Families wait\n\nIrina Vasko, her mother, has waited outside since Lena Vasko was "
            "detained on Friday.\n\n“They took my daughter and nobody will tell us where she "
            "is,” her mother said.",
            ["Irina Vasko"],
            id="the relative named with the kin word in apposition after the name",
        ),
        pytest.param(
            "Families wait\n\nHer mother, Irina Vasko, and his mother, Olga Demin, waited "
            "outside.\n\nAnother family came later. Her mother, Vera Lind, brought food.\n\n"
            "“They took my daughter and nobody will tell us where she is,” her mother said.",
            ["her mother"],
            id="two mothers named: the description stays",
        ),
    ],
)
def test_a_relative_is_the_person_named_beside_that_kin_word(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Reporters protest\n\nDozens of reporters gathered outside parliament on Monday.\n\n"
            "“We will not back down, whatever the government does to us,” the outgoing head of "
            "the press association said.\n\nMarta Kovel, the association's outgoing head, said "
            "the group would go to court.",
            ["Marta Kovel"],
            id="the role and its body given in a later apposition",
        ),
        pytest.param(
            "Dock strike\n\nDock workers walked off the job on Monday.\n\n“We are ready to "
            "stay out for as long as it takes,” said the leader of the dockers' union.\n\nThe "
            "strike was called by Emil Sarin, who heads the union, after talks broke down.",
            ["Emil Sarin"],
            id="a later relative clause gives the role by its verb",
        ),
        pytest.param(
            "Reporters protest\n\nDozens of reporters gathered outside parliament on Monday.\n\n"
            "“We will not back down, whatever the government does to us,” said the head of "
            "the press association.\n\nPress association head Marta Kovel spoke to the crowd "
            "later.",
            ["Marta Kovel"],
            id="a later title gives the body and the role",
        ),
        pytest.param(
            "Envoy\n\nForeign Minister Ivo Rask met the visiting delegation on Monday.\n\n“We "
            "are ready to sign the accord as soon as next week,” the head of the visiting "
            "delegation said.\n\nThe delegation's head, Tomas Berg, later flew home.",
            ["Tomas Berg"],
            id="a later possessive title before the name, not the minister named before",
        ),
        pytest.param(
            "Reporters protest\n\nDozens of reporters gathered outside parliament.\n\nThe "
            "outgoing head of the press association told the crowd: “We will not back down, "
            "whatever the government does to us.”\n\n“The courts are our last hope now,” said "
            "Marta Kovel, who heads the association until June.",
            ["Marta Kovel", "Marta Kovel"],
            id="the description before the quote, the name in the next attribution",
        ),
    ],
)
def test_a_description_names_the_person_introduced_later(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Reporters protest\n\nDozens of reporters gathered outside parliament on Monday.\n\n"
            "“We will not back down, whatever the government does to us,” said the head of "
            "the press association.\n\nMarta Kovel, the association's outgoing head, and Ivo "
            "Sarin, who heads the association's legal team, spoke later.",
            ["the head of the press association"],
            id="two people later given the role: the description stays",
        ),
        pytest.param(
            "Reporters protest\n\nDozens of reporters gathered outside parliament on Monday.\n\n"
            "“We will not back down, whatever the government does to us,” said the head of "
            "the press association.\n\nMarta Kovel, a reporter who once worked in the capital, "
            "said she was afraid.",
            ["the head of the press association"],
            id="a person named later without the role is not the one described",
        ),
        pytest.param(
            "Reporters protest\n\nDozens of reporters gathered outside parliament on Monday.\n\n"
            "“We will not back down, whatever the government does to us,” said the head of "
            "the press association.\n\nMarta Kovel, who led a march against the association "
            "last year, said she was afraid.",
            ["the head of the press association"],
            id="a later verb of the role aimed against the body gives no role",
        ),
    ],
)
def test_a_description_with_no_one_later_given_the_role_stays(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected
