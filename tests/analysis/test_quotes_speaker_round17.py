"""Speakers met wrong in a seventeenth round, general fixes for the classes a hand-judged
pool of news left: a quoted paper ("the HWC statement read", "his letter said", "the
press release said", "Article 12 of the law states") credited to whoever issued it; a
body's name cut to its last word ("Union", "Number"); a surname that is a short word.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled on Monday.\n\n"
_CLUB = (
    "Do not target writers, HWC urges\n\n"
    "The Harbour Writers' Club (HWC), Lentia is worried about delays to visas for writers.\n\n"
    "Not only does HWC oppose the delays, but it also calls on the board to stop them.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paper its owner's name heads is that owner's, with "read" as its verb
        (
            _CLUB + "“The port thrives on open news and free writing,” the HWC statement read. "
            "“It must stay open to all the writers who live here.”",
            ["HWC"],
        ),
        # "his letter" is the man's the pronoun means
        (
            _LEAD + "Senator Ivo Rask released the figures in a letter on Monday urging the "
            "board to drop its plan.\n\n"
            "“Adding fees to every ship would seem to be the opposite of the cheap port the "
            "plan promised,” his letter said.",
            ["Ivo Rask"],
        ),
        # a press release the story said a body issued is that body's
        (
            _LEAD + "The Harbour Board issued a press release shortly after the vote.\n\n"
            "“The board stands by the officers who made the decision, as it always has,” "
            "the press release said.",
            ["Harbour Board"],
        ),
        # the article of a law speaks for the law the story named
        (
            _LEAD + "Unlike the old rules, the harbour safety law does not presume a licence.\n\n"
            "Article 12 of the law states that a trader “will not be granted a licence unless "
            "the board has good grounds to trust him.”",
            ["the harbour safety law"],
        ),
        (
            _LEAD + "Article 12 of the law states that a trader “will not be granted a licence "
            "unless the board has good grounds to trust him.”",
            ["the law"],
        ),
        # look-alikes: a statement with no issuer named stays as it was; "States" is still
        # part of "United States"; a statement issued keeps its issuer; a letter no clause
        # gave out stays the letter
        (
            _LEAD + "“The port thrives on open news and free writing,” the statement read.",
            ["the statement"],
        ),
        (
            _LEAD + "United States envoy Ana Ruiz said the talks “will go on as long as both "
            "sides want them to.”",
            ["Ana Ruiz"],
        ),
        (
            _LEAD + "The Harbour Board issued a statement after the vote.\n\n"
            "“The board stands by the officers who made the decision, as it always has,” "
            "the statement said.",
            ["Harbour Board"],
        ),
        (
            _LEAD + "Ivo Rask wrote to the board on Monday.\n\n"
            "“Adding fees to every ship would seem to be the opposite of the cheap port the "
            "plan promised,” the letter said.",
            ["the letter"],
        ),
    ],
)
def test_paper_credited_to_its_issuer(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_REFUGEE = (
    "Omar Dahl, 31, fled the war with his wife and two sons.\n\n"
    "Refugees here live on the small stipend the {office} provides.\n\n"
    "“We were so happy when we learnt we would be able to travel to the coast,” he says."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's name is whole past a plural's apostrophe, a number, a title's "For"
        (
            _LEAD + "Condemning the move, Harbour Professional Teachers’ Union said that the "
            "decision “is the most serious blow to the city’s schools,” while the process was "
            "unjust.",
            ["Harbour Professional Teachers’ Union"],
        ),
        (
            _LEAD + "The Number 10 press office tweeted: “In 2017 the bloc showed on its own "
            "slide that a simple deal was the only one on offer.”",
            ["Number 10 press office"],
        ),
        (_REFUGEE.format(office="Lentia High Commissioner For Refugees (LHCR)"), ["Omar Dahl"]),
        # look-alikes: a singular possessive still ends the body's name before a person; a
        # number after a person's name is no part of it; a titled person keeps the title off
        (
            _LEAD + "Condemning the move, Harbour Union’s Ana Ruiz said that the decision "
            "“is the most serious blow to the city’s schools,” while the process was unjust.",
            ["Ana Ruiz"],
        ),
        (
            _LEAD + "“In 2017 the bloc showed on its own slide that a simple deal was the only "
            "one on offer,” Ana Ruiz said at 10 Harbour Street.",
            ["Ana Ruiz"],
        ),
        (
            _REFUGEE.format(office="Lentia High Commissioner Ivo Rask")
            + " “Nobody told us why,” Rask said.",
            ["Omar Dahl", "Ivo Rask"],
        ),
    ],
)
def test_body_name_not_cut(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_COURT = (
    "{title} Ivo {name} decided on Monday the case will be heard again on July 8.\n\n"
    "{surname} rejected the requests, saying the board need not offer the papers yet.\n\n"
    "“I don’t have the power to order the board to provide that information,” {surname} said."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family name before a hyphenated given name, even a short word's ("So")
        (_COURT.format(title="Judge", name="So Wai-lam", surname="So"), ["Ivo So Wai-lam"]),
        (_COURT.format(title="Judge", name="Lam Chi-wing", surname="Lam"), ["Ivo Lam Chi-wing"]),
        # a magistrate's title is no part of the name
        (_COURT.format(title="Chief Magistrate", name="Rask", surname="Rask"), ["Ivo Rask"]),
        # "sighed" is a verb of speech
        (
            _LEAD + "Mr and Mrs Lam met the mayor on Friday.\n\n"
            "“At first all these efforts seemed to make a difference, but as time passed, they "
            "came to nothing,” sighed Mrs Lam.",
            ["Lam"],
        ),
        # look-alikes: "So" with no one of that name stays no speaker; a Western double
        # name keeps its last word; a judge's surname after the title is as before
        (
            _LEAD + "Judge Ivo Rask decided on Monday the case will be heard again on July 8.\n\n"
            "“I don’t have the power to order the board to provide that information,” So said.",
            [None],
        ),
        (
            _COURT.format(title="Judge", name="Hart Lane-Fox", surname="Lane-Fox"),
            ["Ivo Hart Lane-Fox"],
        ),
        (_COURT.format(title="Judge", name="Rask", surname="Rask"), ["Ivo Rask"]),
    ],
)
def test_short_and_family_surnames(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_HEARING = (
    "Ana Lind was jailed for nine years on Friday.\n\n"
    "On Thursday, the two sides argued over which rules apply. {counsel} said the court "
    "should “start afresh” in its approach, as there was little reason to look abroad.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "her lawyer says", "the lawyer said": the barrister named, not the client (the
        # senior counsel's letters, like "KC", no part of the name)
        (
            _HEARING.format(counsel="Barrister Ivo Rask SC")
            + "Lind is a “decent young woman who did something very stupid”, her lawyer says.",
            ["Ivo Rask"],
        ),
        (
            _HEARING.format(counsel="Barrister Ivo Rask SC")
            + "Rask said that Lind regretted it. Lind would never again see her grandfather, who "
            "was “dying of cancer and said he wanted one last hug” with her, the lawyer said.",
            ["Ivo Rask"],
        ),
        # every lawyer's title the description reader knows is counsel ("advocate" too)
        (
            _HEARING.format(counsel="Advocate Ivo Rask")
            + "Lind is a “decent young woman who did something very stupid”, her advocate says.",
            ["Ivo Rask"],
        ),
        # an age and "father of three" describe the man the paragraph before named
        (
            _LEAD + "At the harbour mosque, Lentian Kurd Omar Dahl said he was alarmed by the "
            "strict sermons.\n\n"
            "“I had never heard that line at home,” said the 42-year-old father of three, who "
            "arrived in 2014.",
            ["Omar Dahl"],
        ),
        # look-alikes: with no lawyer named, "her lawyer says" keeps the reading it had before
        # counsel was read (the client, a known miss: no one named would be right); an age
        # alone still finds the man
        (
            _HEARING.format(counsel="Prosecutor Ivo Rask")
            + "Lind is a “decent young woman who did something very stupid”, her lawyer says.",
            ["Ana Lind"],
        ),
        (
            _LEAD + "At the harbour mosque, Omar Dahl said he was alarmed by the strict "
            "sermons.\n\n"
            "“I had never heard that line at home,” said the 42-year-old, who arrived in 2014.",
            ["Omar Dahl"],
        ),
    ],
)
def test_counsel_and_described_people(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_RALLY = (
    "Lentian candidate Ana Ruiz spoke on Thursday.\n\n"
    "Her rival said the port deal signed by Ruiz's husband, {husband}, had cost jobs.\n\n"
    "“I wish I didn't have to say this, but respect for the port is on the ballot,” Ruiz "
    "told a crowd of about 11,000."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a husband named in passing, title and all, is not the "Ruiz" who speaks
        (_RALLY.format(husband="former Governor Ivo Ruiz"), ["Ana Ruiz"]),
        # look-alikes: with no title between, as before; a namesake named as the subject
        # is still whom the surname means
        (_RALLY.format(husband="Ivo Ruiz"), ["Ana Ruiz"]),
        (
            "Lentian governor Ivo Ruiz spoke on Thursday.\n\n"
            "“I wish I didn't have to say this, but respect for the port is on the ballot,” "
            "Ruiz told a crowd of about 11,000.",
            ["Ivo Ruiz"],
        ),
    ],
)
def test_relative_named_in_passing(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_SHIP = (
    "Talks stalled.\n\n"
    "Ivo Rask, a passenger who stayed on board, posted video of guests leaving.\n\n"
    "“The captain waves goodbye to those leaving but forgets those of us who are still "
    "waiting for news. What are we, cargo?” he wrote.\n\n"
    "Infectious disease specialist Taro Kimura of {place} Harbour University Hospital, who "
    "volunteered to help aboard the ship, described the effort as “completely inadequate” "
    "and said basic rules had not been followed.\n\n"
    "“There was no single professional infection control person inside the ship and nobody "
    "in charge,” he said in a video."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<Name> of <Place>’s <Body>": a person, whom the next "he said" means
        (_SHIP.format(place="Norway’s"), ["Ivo Rask", "Taro Kimura"]),
        # look-alike: a one-word body's name before "of" is still no person
        (
            _LEAD + "“The port is open to every ship that pays its dues,” said Port of "
            "Lentia’s harbour master Ana Ruiz.",
            ["Ana Ruiz"],
        ),
    ],
)
def test_person_of_a_places_body(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
