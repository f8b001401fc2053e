"""Quotes round 61, tuned on pool 32 and invented copy: "“…,” a statement by Halden Party
read." is the party's; a paragraph of only a quote after "a terse statement from the Foreign,
Commonwealth and Development Office" is that office's; "a source close to Ruiz" (or "with a
source close to him saying:") is an unnamed source, not Ruiz; and a paper speaks for who
issued it: draft guidance for the department that issued it, a ruling for the body that
ruled, an executive order for the president who signed it (the "Hale administration" after
it names no one spoken of).

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in

_INVITE = "“We invite Lenz to join us today and not topple a government of the right,” "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Hale failed to form a coalition on Monday. " + _INVITE
         + "a statement by the Halden Party read.", ["Halden Party"]),
        # look-alike: the paper named before the verb was read before
        ("Tom Hale failed to form a coalition on Monday. " + _INVITE
         + "a Halden Party statement read.", ["Halden Party"]),
        ("News of a draft deal was greeted by a terse statement from the Foreign, Commonwealth "
         "and Development Office.\n\n“Talks are ongoing and, therefore, we have not yet agreed a "
         "deal.”", ["Foreign Commonwealth and Development Office"]),
        ("News of a draft deal was greeted by a terse statement from the Harbour Ministry."
         "\n\n“Talks are ongoing and, therefore, we have not yet agreed a deal.”",
         ["Harbour Ministry"]),
        # look-alike: a sentence that tells of no statement gives the quote no one
        ("The vote in Halden was delayed on Tuesday.\n\n“Talks are ongoing and, therefore, we "
         "have not yet agreed a deal.”", [None]),
    ],
)
def test_a_statement_speaks_for_its_body(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


_PACKAGE = "“The whole package needs to be carried out now, not watered down,” "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Ruiz quit as housing minister on Tuesday. " + _PACKAGE
         + "a source close to Ruiz said.", ["a source close to Ruiz"]),
        ("Ana Ruiz, who quit as housing minister, was among the critics, with a source close to "
         "her saying: " + _PACKAGE.rstrip(", ").replace(",”", ".”"), ["a source close to her"]),
        # look-alike: a person "with" brings in speaks as before
        ("The plan drew fire on Tuesday, with Ana Ruiz saying: “This is a betrayal of every "
         "voter in the country.”", ["Ana Ruiz"]),
    ],
)
def test_a_source_close_to_someone_is_not_them(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbour Education Department issued draft guidance to schools on Monday.\n\n"
         "“Schools should not require pupils to use a new name,” the draft guidance says.",
         ["Harbour Education Department"]),
        ("The Harbour Trade Organization ruled against the tariffs on Friday.\n\n“The measures "
         "are inconsistent with the agreement,” the ruling said.", ["Harbour Trade Organization"]),
        ("President Tom Hale spoke on Monday. On his first day in office, Hale signed an "
         "executive order pausing the ban. The order said the delay would allow the Hale "
         "administration “the opportunity to find the right course forward in an orderly way”.",
         ["Tom Hale"]),
        # look-alike: a lawsuit's words were its plaintiff's before
        ("Halden County sued the manufacturer on Monday.\n\n“The company knew of the risks for "
         "decades,” the lawsuit says.", ["Halden County"]),
    ],
)
def test_a_paper_speaks_for_who_issued_it(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected
