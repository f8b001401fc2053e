"""Speakers met wrong in an eleventh round of real copy: rarer speech verbs ("underlined",
"snaps"); a name cut short or not found after a lowercase role ("Al Mansour" of "Abdullah Al
Mansour", nobody after "parliamentary speaker"); a demonym, a body's description or an
opening participle taken for a name ("Iranian", "Leading Veridian", "Having Rask"); a
numbered part ("Article 4") taken up by "he"; "in their words" and a bare "they" that
stand for a group the story names; and "… until X came down hard on Y and warned “…”",
whose speaker is the subordinate clause's subject.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled.\n\n"
_WORDS = "“The bloc is a very big player in trade and in aid for the whole region,”"
_EDITORIAL = (
    "“Taking the tides into account, the board seems slow to act on the bay. It seems the "
    "board must keep good ties with the town.”"
)
_CHAIRS = (
    "The national chairmen of the Green Party (GP), Harbour Party (HP) and Valley Union "
    "Congress (VUC), Ana Ruiz, Ivo Rask and Tomas Berg respectively, while addressing a press "
    "conference at the Grand Hotel in the capital on Tuesday had called for a new count.\n\n"
)
_VOTE = (
    "They also passed a vote of no confidence on the Chairman of the Vote Board (VB), Prof. "
    "Maria Lenz because, in their words: “The count of the March vote has been marred by "
    "fraud, threats and fake tallies everywhere.”"
)
_LEADERS = (
    "Ivo Rask joined the Ostland and Westmark leaders to urge Norland to “let aid into the "
    "valley”.\n\nThe three Northern leaders called this “wholly inadequate” as the “refusal "
    "of basic aid to the people of the valley is wrong and risks breaching the law”.\n\n"
    "They added the hunger in the valley was “unbearable”.\n\n"
)
_PARTS = (
    "“We are near a turning point,” said Hugo Brandt, a fellow at the Harbour Policy Forum.\n\n"
    "Some states have called for a review of trade ties with the port.\n\n"
    "Invoking Article 4 of the Port-Harbour Trade Pact, Brandt said, was not only lawful but "
    "long overdue.\n\n"
    "“The bloc has used such legal tools at least 12 times before against other partners, "
    "this is nothing new,” he said."
)

_ELDER = (
    "Veridia’s Supreme Leader has voiced doubt that the port talks will lead to a deal.\n\n"
    "“We do not think it will lead anywhere at all,” Grand Elder Omar Vahidi said.\n\n"
    "Harbourland President Ada Korr said last week that Veridia had agreed to the terms.\n\n"
    "Vahidi said the talks under his forerunner had failed, and that there would be no deal "
    "under his successor, Hassan Rask, who is a reformist.\n\n"
)

_LAWMAKER = (
    "Dmytro Berg, chair of the harbour council’s trade panel, went to Lisbon this week with "
    "ten fellow lawmakers.\n\n“This is the first time the panel has met abroad,” Berg told "
    "reporters.\n\nBerg was blunt about the roots of the rollback, saying the port had become "
    "a “handy tool” in the debates of others, especially in towns like Porto and Vigo, where "
    "fishers’ protests have shaken councils.\n\n“The port has been used like a football in "
    "every race,” he said. “You throw it into a campaign to split voters.”\n\nThe lawmaker, "
    "from President Volodymyr Rask’s Harbour Party, rejected claims that the port was dumping "
    "cheap fish. At the same time, he said, local boats struggle to compete.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}{_WORDS} underlined Abdullah Al Mansour, Supervisor General of the "
            "Norland-funded King Omar Humanitarian Aid and Relief Centre.\n\n“We now have to "
            "join hands with the world to press for open roads to the camps,” he said.",
            ["Abdullah Al Mansour", "Abdullah Al Mansour"],
            id="'underlined' reports speech; 'he' is the man, not a piece of the centre's name",
        ),
        pytest.param(
            f"{_LEAD}“If it is about the vote, I will not say a word to you,” snaps Mira Lenz, a "
            "70-year-old grocer.",
            ["Mira Lenz"],
            id="'snaps' reports speech",
        ),
        pytest.param(
            f"{_LEAD}{_WORDS} said Abdullah Al Mansour, head of the Valley Relief Centre.",
            ["Abdullah Al Mansour"],
            id="'Al' inside one name is the Arabic article, not a new 'Al …'",
        ),
        pytest.param(
            f"{_LEAD}{_WORDS} said Vice President Al Gore.",
            ["Al Gore"],
            id="look-alike: 'Al' after a title opens the name",
        ),
        pytest.param(
            f"{_LEAD}“The sailors themselves know how weak they are in the bay,” warned "
            "Veridian parliamentary speaker Ivo Marek Rask on Friday.",
            ["Ivo Marek Rask"],
            id="a name after a lowercase 'parliamentary speaker'",
        ),
        pytest.param(
            f"{_LEAD}“The sailors themselves know how weak they are in the bay,” warned "
            "Iranian parliamentary speaker Ivo Marek Talani on Friday.",
            ["Ivo Marek Talani"],
            id="a singular demonym is no person",
        ),
        pytest.param(
            f"{_LEAD}“The sailors themselves know how weak they are in the bay,” said Speaker "
            "Ana Ruiz.",
            ["Ana Ruiz"],
            id="look-alike: the capitalised title 'Speaker'",
        ),
        pytest.param(
            f"{_LEAD}{_CHAIRS}{_VOTE}",
            ["Ana Ruiz, Ivo Rask and Tomas Berg"],
            id="'in their words' after a group whose members are named",
        ),
        pytest.param(
            f"{_LEAD}Omar Rask spoke first.\n\nHe then passed a vote of no confidence on the "
            "Chairman of the Vote Board (VB), Prof. Maria Lenz because, in his words: “The "
            "count of the March vote has been marred by fraud and threats.”",
            ["Omar Rask"],
            id="'in his words': the owner, not the one the vote is on",
        ),
        pytest.param(
            f"{_LEAD}{_LEADERS}They also condemned “the harsh words used lately by members of "
            "the Norland cabinet, warning that people will leave”.\n\n“Forced removal of people "
            "from the valley is a breach of the law of nations,” they added.",
            [
                "The three Northern leaders",
                "the three Northern leaders",
                "the three Northern leaders",
            ],
            id="a bare 'they' after a group carried on by 'They added'",
        ),
        pytest.param(
            f"{_LEAD}Aid has not reached the valley for weeks.\n\nThey also condemned “the harsh "
            "words used lately by members of the Norland cabinet, warning that people will "
            "leave”.",
            [None],
            id="look-alike: a bare 'They' with no group before stays unknown",
        ),
        pytest.param(
            f"{_LEAD}Leading Veridian daily Harbour Times in its editorial on Friday [May 9,2025] "
            f"noted: {_EDITORIAL}",
            ["Harbour Times"],
            id="a body's description before its kind and name ('Leading Veridian daily')",
        ),
        pytest.param(
            f"{_LEAD}Port daily Harbour Times in its editorial on Friday noted: {_EDITORIAL}",
            ["Harbour Times"],
            id="'in its editorial on Friday' is no part of who speaks",
        ),
        pytest.param(
            f"{_LEAD}State broadcaster RTV said: {_EDITORIAL}",
            ["RTV"],
            id="look-alike: a short description before a body's name",
        ),
        pytest.param(
            f"{_LEAD}Rask had left talks open until the port’s 80-year-old Chief Minister Omar "
            "Lenz came down hard on the board in May and warned talks “are not wise, fair or "
            "honest” with its chiefs.",
            ["Omar Lenz"],
            id="'until X came down hard … and warned “…”': X speaks",
        ),
        pytest.param(
            f"{_LEAD}Rask held talks with Omar Lenz in May and warned talks “are not wise, fair "
            "or honest” with its chiefs.",
            ["Rask"],
            id="look-alike: no subordinate clause, the subject speaks",
        ),
        pytest.param(
            f"{_LEAD}Omar Rask said he won the vote.\n\nHaving Rask lead the talks shows how "
            "much has changed in the port.\n\nHe said: “We will not bow to anyone at all, not "
            "now and not later.”",
            ["Omar Rask"],
            id="an opening 'Having' is no part of the name 'he' takes up",
        ),
        pytest.param(
            f"{_LEAD}{_PARTS}",
            ["Hugo Brandt", "Hugo Brandt"],
            id="'he' after 'Invoking Article 4 …, Brandt said': no person 'Article'",
        ),
        pytest.param(
            f"{_LEAD}Veridian diplomat and former politician Hugo Brandt also took to X in "
            "support of the mayor.\n\n“Please free the mayor now! I join the many leaders in "
            "the region calling for his swift release. We all fear for his health.”",
            ["Hugo Brandt"],
            id="a paragraph of quotation after 'X also took to X' is the post",
        ),
        pytest.param(
            f"{_LEAD}Brandt, a key figure in the harbour talks of the 1990s, said that the mayor "
            "was the leader who saved the port when it hit rock bottom.\n\n“The charges against "
            "the mayor have no merit. Even if they were true, they would not be a crime in the "
            "north.”",
            ["Brandt"],
            id="a paragraph of quotation after 'X, an apposition, said that …'",
        ),
        pytest.param(
            f"{_LEAD}Thousands of dock workers took to the streets in support of the "
            "mayor.\n\n“Please free the mayor now! I join the many people in the region calling "
            "for her swift release.”",
            [None],
            id="look-alike: 'took to the streets' posts nothing",
        ),
        pytest.param(
            f"{_LEAD}“They agreed, as is so often the case, to keep on agreeing,” said Vera "
            "Lind, a fellow at the Harbour Institute.\n\nCompared to 2020, the port chief has "
            "not “moved an inch” from his stance,” Lind said.\n\nOn the contrary, the Kremlin "
            "leader had “firmed up his grip” and there was “no breakthrough to speak of here at "
            "all.”",
            ["Vera Lind", "Vera Lind"],
            id="reported speech goes on: 'the Kremlin leader' is its subject, not who speaks",
        ),
        pytest.param(
            f"{_LEAD}On the contrary, the Harbour Board had “firmed up its grip” and there was "
            "“no breakthrough to speak of here at all.”",
            ["Harbour Board"],
            id="look-alike: the body itself opening the clause",
        ),
        pytest.param(
            f"{_LEAD}{_ELDER}The supreme leader also criticised the Korr administration’s "
            "approach, saying: “The other side in these talks should avoid silly remarks.”",
            ["Omar Vahidi", "Omar Vahidi"],
            id="'The supreme leader criticised the Korr team's plan, saying': the subject",
        ),
        pytest.param(
            f"{_LEAD}{_ELDER}Korr criticised the elder’s approach, saying: “The other side in "
            "these talks should avoid silly remarks.”",
            ["Omar Vahidi", "Ada Korr"],
            id="look-alike: a name as the subject speaks through 'saying'",
        ),
        pytest.param(
            f"{_LEAD}{_LAWMAKER}“Our smokehouses are having a hard time with cheap imports,” he "
            "said.\n\nHe also pushed back against claims that a few families run the docks. "
            "“Look at the numbers,” he said. “The fish bring real money to the town.”",
            ["Dmytro Berg", "Dmytro Berg", "Dmytro Berg", "Dmytro Berg"],
            id="'he' after 'The lawmaker, from President Rask's party,': the lawmaker",
        ),
        pytest.param(
            f"{_LEAD}{_LAWMAKER}“Our smokehouses are having a hard time with cheap imports,” "
            "Rask said.",
            ["Dmytro Berg", "Dmytro Berg", "Volodymyr Rask"],
            id="look-alike: the one in the apposition named as the speaker",
        ),
        pytest.param(
            f"{_LEAD}“We fully reject the path taken in the statement, which shows a total "
            "misreading of the facts,” Peru’s Foreign Minister posted on X late Tuesday.",
            ["Peru’s Foreign Minister"],
            id="a country's title with no name keeps the country",
        ),
        pytest.param(
            f"{_LEAD}“We fully reject the path taken in the statement, which shows a total "
            "misreading of the facts,” Peru’s Foreign Minister Ana Ruiz said.",
            ["Ana Ruiz"],
            id="look-alike: the title's holder named",
        ),
    ],
)
def test_round11_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
