"""A speaker's name as the article writes it: lowercase particles inside the name ("Greta
van der Molen", "Ana de la Fuente") and a first name in initials after a title ("Senator
KT Harlow") stay part of it, and the capitalised surname alone at a sentence's start ("Van
der Molen said") is the same person."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“We will not let the harbour silt up again this winter,” Commission President "
            "Greta van der Molen said on Monday.\n\n"
            "Van der Molen said the dredging would start in May. “There is no time to lose "
            "on this work,” she said.",
            ["Greta van der Molen", "Greta van der Molen"],
            id="van der: the full name, and the capitalised surname alone is her",
        ),
        pytest.param(
            "Ursel von Brandhorst told reporters on Monday: “The new ferry timetable is a "
            "disgrace to every commuter on this coast.”\n\n"
            "Von Brandhorst said later: “We will take this to the council next week.”",
            ["Ursel von Brandhorst", "Ursel von Brandhorst"],
            id="von: sentence-initial Von is the same person",
        ),
        pytest.param(
            "“The harbour plan has been a failure from the very first day,” said Ana de la "
            "Fuente, who chairs the residents’ group.",
            ["Ana de la Fuente"],
            id="de la",
        ),
        pytest.param(
            "Mayor Piet de Vrouwe rejected the plan on Monday.\n\n"
            "De Vrouwe said: “The harbour plan has been a failure from the very first day.”\n\n"
            "De Vrouwe added: “We will fight it in every court we can find this year.”\n\n"
            "De Vrouwe, speaking outside the town hall, said: “Nobody asked the fishermen.”",
            ["Piet de Vrouwe", "Piet de Vrouwe", "Piet de Vrouwe"],
            id="every later capitalised surname is the full name, not the one before it",
        ),
        pytest.param(
            "The council met on Monday.\n\n"
            "“The harbour plan has been a failure from the very first day and we will fight "
            "it.” — Ana de la Fuente",
            ["Ana de la Fuente"],
            id="de la in a signature after the quote",
        ),
        pytest.param(
            "“The ferry fares are simply too high for the families of this town,” said Rui "
            "da Costa, a councillor.",
            ["Rui da Costa"],
            id="da",
        ),
        pytest.param(
            "“The ferry fares are simply too high for the families of this town,” said Marta "
            "di Paolo, a councillor.",
            ["Marta di Paolo"],
            id="di",
        ),
        pytest.param(
            "“The ferry fares are simply too high for the families of this town,” said Omar "
            "bin Talal, a councillor.",
            ["Omar bin Talal"],
            id="bin",
        ),
        pytest.param(
            "“The ferry fares are simply too high for the families of this town,” said Samir "
            "al-Hakim, a councillor.",
            ["Samir al-Hakim"],
            id="al- glued to the surname",
        ),
        pytest.param(
            "“The ferry fares are simply too high for the families of this town,” said Vice "
            "President KT Harlow on Monday.\n\n"
            "Harlow said later: “We will take this to the council next week.”",
            ["KT Harlow", "KT Harlow"],
            id="initials after a title are the first name",
        ),
        pytest.param(
            "“The ferry fares are simply too high for the families of this town,” Senator "
            "J.D. Orwin said on Monday.",
            ["J.D. Orwin"],
            id="dotted initials after a title are the first name",
        ),
    ],
)
def test_speaker_keeps_the_name_as_written(text: str, expected: list[str]) -> None:
    assert speakers_in(text) == expected


def test_a_body_before_a_title_is_not_initials() -> None:
    text = (
        "“The ferry fares are simply too high for the families of this town,” said UN Special "
        "Envoy Ana Ruiz on Monday."
    )
    assert speakers_in(text) == ["Ana Ruiz"]
