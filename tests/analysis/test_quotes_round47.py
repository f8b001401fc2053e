"""Quotes round 47, tuned on pool 28 and invented copy: a person "of" a village, or with an
age before the name, is a person whatever their first name; a nickname in quotes between
first name and surname is no part of the name; a second first name of the other sex leaves
a name's sex untold; "“….” Stated the senator." credits the senator; and words
characterised in the passive ("has been described as “…”") are nobody's.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.briefs import speakers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For 30-year-old Ravali Tenkar of Osmin village in Dorel, reaching the centre was "
         "hard. She said the walk took two hours.\n\n“Who will pay the remaining dues?” she "
         "asked.", ["Ravali Tenkar"]),
        ("Ravali Tenkar of Osmin village said the road had flooded twice.\n\n“Nobody came to "
         "help us,” she said.", ["Ravali Tenkar"]),
        # look-alikes: a body "of" a place, an unknown one-word head
        ("The Bank of Osmin said rates would rise. “We see no other way,” it said.",
         ["Bank of Osmin"]),
        ("Friends of Osmin village hall met on Monday. “We need a new roof,” they said.",
         [None]),
    ],
)
def test_a_person_from_a_village_or_of_an_age_is_a_person(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A judge denied Sean “Stormy” Okafor’s bid to delay his trial.\n\nOkafor appeared "
         "calm. After the hearing, officers let him face his mother, Ada Okafor, in the "
         "gallery. He told her, “Everything will be all right.”", ["Sean Okafor"]),
        ('Juan "Chico" Delmar of Oakland carried a photo. "I cried the whole march," he '
         "said.", ["Juan Delmar"]),
        # a second first name of the other sex: "Marine John Tarvel" may be a he
        ("Former Marine John “Tig” Tarvel was troubled by the report.\n\n“It puts lives at "
         "risk,” he wondered.", ["Marine John Tarvel"]),
        # look-alike: a quoted title between two names is no nickname
        ("Ana Ruiz praised “Harbour Lights” Tuesday. “It moved me more than anything this "
         "year,” she said.",
         ["Ana Ruiz"]),
    ],
)
def test_a_nickname_in_quotes_is_no_part_of_the_name(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nairobi Senator Edwin Kamau spoke at the rally.\n\n\"The coalition promised much "
         "and delivered little.\" Stated the Nairobi Senator.", ["Edwin Kamau"]),
        ("Nairobi Senator Edwin Kamau spoke at the rally.\n\n\"The coalition promised much "
         "and delivered little.\" Said the senator.", ["Edwin Kamau"]),
        # look-alike: a man called Said, with a verb of his own, is no attribution
        ("Nairobi Senator Edwin Kamau spoke at the rally.\n\n\"The coalition promised much "
         "and delivered little.\" Said Abdullah was hurt in the crush, police said.", [None]),
    ],
)
def test_an_inverted_attribution_as_its_own_sentence_credits_its_speaker(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister, Ana Ruiz, hailed the act as “world-leading”. Critics said it went too "
         "far. The law lets police read reporters' records, but the measure has been "
         "described as “a death sentence for investigative journalism” in the country.",
         [None]),
        ("The law lets police read records. The measure has been described as “a death "
         "sentence for investigative journalism” by campaigners.", [None]),
        # look-alike: the one who described it is named
        ("The law lets police read records. Campaigners have described the measure as “a "
         "death sentence for investigative journalism”.", ["Campaigners"]),
    ],
)
def test_words_characterised_in_the_passive_are_nobodys(
    text: str, expected: list[str | None]
) -> None:
    assert speakers_in(text) == expected
