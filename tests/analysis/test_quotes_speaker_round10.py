"""Speakers met wrong in a tenth round of real copy: a fragment reported where a whole name
stands ("Van" of a sentence-opening "Van der Berg", "Protect Journalists" of "the Committee
to Protect Journalists", "Human Rights" of "… Commissioner for Human Rights"), a word that
names no one ("Afterwards", "Ministerial", "Article", a bare "They"), an acronym in a
relative clause whose closing comma the writer left out; and a statement or letter that
"said" something, which speaks for whoever the story last said issued one ("the statement
said", "The new statement said", "a statement issued by the company said").

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from bot.analysis import speaker_fragments
from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled.\n\n"
_SAID = "“It was a hard day for the town and for all of us,”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}Rask held a “warm” call with Maria van der Berg, the council chief.\n\n"
            "Van der Berg echoed Rask's view of the call and said the bloc was “ready to press "
            "on with talks quickly and firmly”.",
            ["Maria van der Berg"],
            id="a sentence-opening 'Van der Berg' is the whole name, not 'Van'",
        ),
        pytest.param(
            f"{_LEAD}{_SAID} said the Council of Europe Commissioner for Human Rights.",
            ["Council of Europe Commissioner for Human Rights"],
            id="'Human Rights' grows back to the office's whole name",
        ),
        pytest.param(
            f"{_LEAD}“Reporters are held in cells across the region without charge,” the "
            "Committee to Protect Journalists said.",
            ["Committee to Protect Journalists"],
            id="'Protect Journalists' grows back through 'to'",
        ),
        pytest.param(
            f"{_LEAD}“Aid trucks have crossed into the valley at last this week,” the King Omar "
            "Humanitarian Aid and Relief Centre said.",
            ["King Omar Humanitarian Aid and Relief Centre"],
            id="a body's name through 'and' to its closing 'Centre'",
        ),
        pytest.param(
            f"{_LEAD}“Costs will rise for every farm in the valley this year,” Oxford Economics "
            "said in a note.",
            ["Oxford Economics"],
            id="'Economics' of a body whose first word is a place",
        ),
        pytest.param(
            f"{_LEAD}Oxford Economics said in a note that costs will rise. “Costs will rise for "
            "every farm in the valley this year,” it said.",
            ["Oxford Economics"],
            id="'it' taken up as 'Oxford', which the article only writes inside the whole name",
        ),
        pytest.param(
            f"{_LEAD}{_SAID} said the UN High Commissioner for Human Rights.",
            ["UN High Commissioner for Human Rights"],
            id="an office's name through 'for'",
        ),
        pytest.param(
            f"{_LEAD}Ivo Rask met the envoy on Monday.\n\nAfterwards, the harbour chief told "
            "reporters that Rask was a “fine sailor”, adding: “Strong hands. Long record. Very "
            "long record. Captain.”",
            ["the harbour chief"],
            id="an opening 'Afterwards,' names no one: the description after it speaks",
        ),
        pytest.param(
            f"{_LEAD}Rask, who is the Secretary of the Planning Directorate of the Harbour "
            "Workers Party (HWP) Campaign Council (HCC) said, “Rules are about steps not "
            "results. They should let the steps play out now.”",
            ["Rask"],
            id="an unclosed 'who is …' clause: its acronym is not the speaker",
        ),
        pytest.param(
            f"{_LEAD}“Costs will rise for every farm in the valley this year,” a Ministerial "
            "statement said.",
            [None],
            id="an adjective ('Ministerial') is no speaker",
        ),
        pytest.param(
            f"{_LEAD}Article 5 of the pact says: “An attack on one member is an attack on all "
            "members.”",
            [None],
            id="a document's part ('Article') is no speaker",
        ),
        pytest.param(
            f"{_LEAD}Ivo Rask joined the Ostland and Westmark leaders to urge Norland to “let "
            "aid into the valley”.\n\nThe three Northern leaders called this “wholly "
            "inadequate” as the “refusal of basic aid to the people of the valley is wrong and "
            "risks breaching the law”.\n\nThey added the hunger in the valley was "
            "“unbearable”.\n\nThey also condemned “the harsh words used lately by members of "
            "the Norland cabinet, warning that people will leave”.",
            # Round 11: the bare 'They' is the group that opened the sentences before.
            ["The three Northern leaders", "the three Northern leaders"],
            id="a bare 'They' is no name, but the group before it is",
        ),
    ],
)
def test_fragments_and_non_names(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(f"{_LEAD}{_SAID} said Deputy Minister Ana Ruiz.", ["Ana Ruiz"],
                     id="titles before a person's name do not join it"),
        pytest.param(f"{_LEAD}{_SAID} said Secretary of State Ana Ruiz.", ["Ana Ruiz"],
                     id="nor a title holding 'of'"),
        pytest.param(f"{_LEAD}{_SAID} U.S. Secretary of State Rask said.", ["Rask"],
                     id="a title with 'of' before a bare surname stays off it"),
        pytest.param(f"{_LEAD}{_SAID} said Prime Minister Rask.", ["Rask"],
                     id="a title before a bare surname stays off it"),
        pytest.param(f"{_LEAD}Ana Ruiz flew in from Pasadena, CNN reported. {_SAID} CNN said.",
                     ["CNN"], id="a comma ends a run: not 'Pasadena, CNN'"),
        pytest.param(f"{_LEAD}{_SAID} Kelly said.", ["Kelly"],
                     id="a surname ending in 'ly' is no adverb"),
        pytest.param(f"{_LEAD}{_SAID} Edwards said.", ["Edwards"],
                     id="a surname ending in 'wards' is no adverb"),
        pytest.param(f"{_LEAD}{_SAID} said Ana Ruiz of Halden Bank.", ["Ana Ruiz"],
                     id="a person 'of' a body stays the person"),
        pytest.param(f"{_LEAD}{_SAID} said Ana Ruiz and Ivo Rask.", ["Ana Ruiz"],
                     id="the first of a pair stays alone"),
        pytest.param(f"{_LEAD}{_SAID} Halden Economics said.", ["Halden Economics"],
                     id="a whole body name stays as written"),
        pytest.param(f"{_LEAD}{_SAID} the Tamil National Front said.",
                     ["Tamil National Front"], id="a demonym opening a body's name stays"),
        pytest.param(f"{_LEAD}Separately, Rask told reporters: “Costs will rise for every farm "
                     "in the valley this year.”", ["Rask"],
                     id="a name after an opening adverb"),
        pytest.param(f"{_LEAD}Ana Costa de Lima, the commission chief, spoke on Friday.\n\n"
                     "Costa de Lima said the bloc was “ready to press on with talks quickly "
                     "and firmly”.", ["Ana Costa de Lima"],
                     id="a name with a particle inside"),
        pytest.param(f"{_LEAD}Rask, who is the harbour chief, said: “Costs will rise for every "
                     "farm in the valley this year.”", ["Rask"],
                     id="a closed 'who' clause as before"),
    ],
)
def test_look_alikes_unchanged(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Afterwards", False), ("Ministerial", False), ("Iranian", False), ("Tamil", False),
     ("Article", False), ("They", False), ("Separately", False), ("Rask", True),
     ("Kremlin", True), ("Ana Ruiz", True), ("Reynolds", True)],
)
def test_names_someone(word: str, expected: bool) -> None:
    assert speaker_fragments.names_someone(word) is expected


_STOPPED = "“We stopped all new sales once the rules came in and only shipped what was approved,”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}In a statement on Monday, the Harbour Party said the arrest broke the law."
            "\n\nMeanwhile, former mayor Lena Holt in a statement on Monday opposed the arrest "
            "of her old rival.\n\n“What we see here is a planned attack on the heart of our "
            "town and on the rights of us all,” the statement said.",
            ["Lena Holt"],
            id="'the statement said': whoever last gave out a statement",
        ),
        pytest.param(
            f"{_LEAD}After the talks, the Ostland defence ministry issued a first statement "
            "saying Rask had held firm.\n\nThe statement said the navy will keep up “its "
            "regular patrols along the whole northern coast and answer any move against us”."
            "\n\nThe ministry later pulled the statement and put out another. The new statement "
            "said the chiefs talked about “how to keep calm and settle their quarrels in good "
            "faith” at sea.",
            ["the Ostland defence ministry", "the Ostland defence ministry"],
            id="'issued a first statement' and 'The new statement' credit the issuer",
        ),
        pytest.param(
            f"{_LEAD}The Harbour Party wrote to Mayor Rask in May seeking a meeting. Reminding "
            "him of his pledge, the letter said: “no step at all seems to have been taken”.",
            ["Harbour Party"],
            id="'the letter said' after an opening clause: the body that wrote",
        ),
        pytest.param(
            f"{_LEAD}Halden Systems sold parts to the region until last year.\n\n{_STOPPED} a "
            "statement issued by the company said.",
            ["Halden Systems"],
            id="'a statement issued by the company': the company named before",
        ),
        pytest.param(
            f"{_LEAD}Halden shipped parts to the region after the EU rules began.\n\nThe company "
            f"said the parts were old orders.\n\n{_STOPPED} the company said.",
            ["the company"],
            id="'the company' is never the EU named just before",
        ),
    ],
)
def test_statement_issuers(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}“We will hold the line on fares this year,” a senior harbour official said "
            "in a statement. “Ferries will run as planned,” the statement went on.",
            ["a senior harbour official", "a senior harbour official"],
            id="'the statement went on' after an unnamed official's statement: one quote",
        ),
        pytest.param(
            f"{_LEAD}Halden Systems sold parts to the region until last year.\n\n{_STOPPED} "
            "the company said.",
            ["Halden Systems"],
            id="'the company' still takes up the company named before",
        ),
    ],
)
def test_statement_look_alikes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}Foreign Secretary Ivo Rask told lawmakers on Tuesday that the valley was "
            "close to collapse.\n\nPrime Minister Mark Hill lifted the tariffs last week.\n\n"
            "Rask said the aid must move “before the winter, when the roads close and the "
            "towns are cut off”.\n\nHe said Hill decided to lift the tariffs quickly because "
            "“the towns in the valley want the goods now. And they cannot get them because "
            "they fear our tariffs”.",
            ["Ivo Rask", "Ivo Rask"],
            id="'He said Hill decided … because “…”': he is not Hill",
        ),
        pytest.param(
            f"{_LEAD}Ivo Rask met Mark Hill on Friday.\n\nAfter the talks, he told Rask: “We "
            "will sign the deal next week in the capital.”",
            ["Mark Hill"],
            id="'he told Rask': he is not Rask",
        ),
        pytest.param(
            f"{_LEAD}Harbour Party MP Tomas Varga yesterday accused the council of taking "
            "revenge on its critics.\n\nSpeaking to reporters, Varga said the council was "
            "trying to do what it had failed to do in 1990.\n\n“The worst cases of revenge in "
            "this town were suffered by former mayors Ana Holt and Peter Varga,” he said.\n\n"
            "Varga added that his party opposed any such plan. “The council must stop this "
            "revenge. It should keep the promises made to the people,” he said.",
            ["Tomas Varga", "Tomas Varga"],
            id="'Varga added' is the MP, not the namesake he only named in a quote",
        ),
    ],
)
def test_pronouns_and_namesakes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}Mark Hill met Ivo Rask on Friday.\n\nAfter the talks, he told Rask: “We "
            "will sign the deal next week in the capital.”",
            ["Mark Hill"],
            id="the one he told is not he, as before",
        ),
        pytest.param(
            f"{_LEAD}Former mayor Peter Varga and his son, MP Tomas Varga, met voters.\n\n"
            "“We will fight for every job in the harbour,” Varga said.",
            ["Tomas Varga"],
            id="two namesakes both named outside quotes: as before",
        ),
        pytest.param(
            f"{_LEAD}Peter Brand hosts a radio show.\n\n“Pete Brand is a free man,” his "
            "lawyer said on Friday.\n\nBrand said the show would go on. “I will be on the air "
            "every night this week,” he said.",
            [None, "Pete Brand"],
            id="'Pete' and 'Peter Brand' are one man: no namesake to switch to",
        ),
    ],
)
def test_pronoun_look_alikes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}Ostland government officials rejected Rask's message as “yet more empty "
            "talk from a leader who is not serious about peace”.",
            ["Ostland government officials"],
            id="'X government officials rejected … as “…”': the officials",
        ),
        pytest.param(
            f"{_LEAD}“This is yet more empty talk from a leader who is not serious about "
            "peace,” UK defence officials said.",
            ["UK defence officials"],
            id="a branch word between the country and 'officials'",
        ),
        pytest.param(
            f"{_LEAD}The three harbour chiefs dismissed the plan as “a poor bargain for every "
            "town on the coast”.",
            ["The three harbour chiefs"],
            id="'dismissed … as “…”': the ones who judge",
        ),
    ],
)
def test_officials_and_judging_verbs(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{_LEAD}“This is yet more empty talk from a leader who is not serious about "
            "peace,” senior officials said.",
            ["senior officials"],
            # Round 20: an unnamed source the story gives no body for is credited as written.
            id="rank words before 'officials' name no body: the officials as written",
        ),
        pytest.param(
            f"{_LEAD}Ivo Rask rejected the plan, which Mark Hill had put forward as “a fair "
            "bargain for every town on the coast”.",
            ["Ivo Rask"],
            id="'put forward as' is no verb of judging: as before",
        ),
    ],
)
def test_officials_look_alikes(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
