"""Speakers met wrong in a twentieth round, tuned on a hand-judged pool of US and world
news (pool 14): a study called "the report" or "the research" later is the study its
body published; a demonym inside a body's name ("the American Bar Association", "the
Korean Central News Agency", "League of United Latin American Citizens") stays; a
release "in which X is quoted as saying" credits X; "authorities say" and "officials
said" are who speaks, not the sentence's subject; a plural's possessive paper ("the
states’ filing says") is theirs, and "states’" is no verb; "the administration" is the
one the story named.

Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_LEAD = "Talks stalled on Monday.\n\n"
_STUDY = (
    "A survey of 23 armed conflicts has concluded that the laws of war are at breaking "
    "point.\n\nThe extensive study by the Lentia Institute of Humanitarian Law describes "
    "the deaths of thousands of children.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _STUDY + "The result is that “serious violations of the law were wrought”, the "
            "report continues, “on a huge scale and with rampant impunity”.",
            ["Lentia Institute of Humanitarian Law"],
        ),
        (
            _STUDY + "“The number of refugees fell by about 254,000 people,” the research "
            "says.",
            ["Lentia Institute of Humanitarian Law"],
        ),
        (
            _STUDY + "“The number of refugees fell by about 254,000 people,” the analysis "
            "says.",
            ["Lentia Institute of Humanitarian Law"],
        ),
        # a body's name that goes on after "and" is one body
        (
            "The extensive study by the Lentia Academy of Humanitarian Law and Human Rights "
            "describes the deaths of thousands of children.\n\nThe result is that “serious "
            "violations of the law were wrought”, the report continues.",
            ["Lentia Academy of Humanitarian Law and Human Rights"],
        ),
        # look-alike: two bodies joined by "and", each named by its kind, are no one author
        (
            "A study by researchers at the University of Tartu and the Polar Institute found "
            "the ice was thinning.\n\n“The ice is thinning faster than any model "
            "predicted,” the study said.",
            ["the study"],
        ),
        # look-alike: a paper the story itself calls a report is still that one
        (
            _STUDY + "A report by the Varna Harbour Council disagreed.\n\n“The number of "
            "refugees fell by about 254,000 people,” the report says.",
            ["Varna Harbour Council"],
        ),
    ],
)
def test_a_study_called_the_report_or_the_research_is_its_body(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "“It is simply more empty promises for the people,” the American Bar "
            "Association said.",
            ["American Bar Association"],
        ),
        (
            _LEAD + "“The huge forces on which hinge the security of our great state entered "
            "the square,” the Korean Central News Agency said.",
            ["Korean Central News Agency"],
        ),
        (
            _LEAD + "The American Civil Liberties Union called the restart of executions “a "
            "truly dark period for our country,” and criticized the government.",
            ["American Civil Liberties Union"],
        ),
        (
            _LEAD + "The League of United Latin American Citizens, one of the plaintiffs, "
            "said in a statement that the governor is “trying to prey on the fear of the "
            "pandemic.”",
            ["League of United Latin American Citizens"],
        ),
        # look-alikes: a demonym before a person's title stays off
        (
            _LEAD + "“We will not return to the table until the strikes end,” Russian "
            "Foreign Minister Ivo Rask said.",
            ["Ivo Rask"],
        ),
        (
            _LEAD + "“We will not return to the table until the strikes end,” said American "
            "envoy Ana Ruiz.",
            ["Ana Ruiz"],
        ),
    ],
)
def test_a_demonym_inside_a_bodys_name_stays(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "Ana Ruiz pointed to a press release in which Harbour Inspector Tom Berger "
            "is quoted as saying, “This case should serve as a warning to other fraudsters.”",
            ["Tom Berger"],
        ),
        (
            _LEAD + "Later, authorities say, Ivo Rask took a job as a translator at the "
            "harbour office “as a mechanism to once again give himself access to state "
            "secrets.”",
            ["authorities"],
        ),
        (
            _LEAD + "“The extent of the harm caused by the defendant is incalculable,” federal "
            "prosecutors wrote in seeking the maximum penalty for Ivo Rask.",
            ["federal prosecutors"],
        ),
        # look-alike: the subject still speaks through "saying"
        (
            _LEAD + "Ana Ruiz attacked Tom Berger on Friday, saying, “This case should serve "
            "as a warning to other fraudsters.”",
            ["Ana Ruiz"],
        ),
    ],
)
def test_the_one_quoted_or_the_authorities_aside_speaks(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD + "“The Lentian states could face demands to return hundreds of millions of "
            "dollars,” the states’ filing says.",
            ["the states"],
        ),
        (
            _LEAD + "“The Lentian states could face demands to return hundreds of millions of "
            "dollars,” the states’ filing at the appeals court says.",
            ["the states"],
        ),
        (
            _LEAD + "“We will keep working on the harbour deal until it is done,” the "
            "senators’ letter to the court said.",
            ["the senators"],
        ),
        (
            _LEAD + "The Berger administration cut the cap on Monday. “We are focused on "
            "ending conflicts that drive displacement,” the administration said.",
            ["Berger administration"],
        ),
        # look-alikes: no administration named; the verb "states" after a name
        (
            _LEAD + "The cap was cut on Monday. “We are focused on ending conflicts that "
            "drive displacement,” the administration said.",
            ["the administration"],
        ),
        (
            _LEAD + "“We will not return to the table until the strikes end,” Ana Ruiz "
            "states.",
            ["Ana Ruiz"],
        ),
    ],
)
def test_papers_of_plural_owners_and_the_administration(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected
