"""Round 92: left-overs of pools 50–53 of real news (issue 10), and pools 54–57, each judged
once before the fixes drawn from it (the tests of each pool say what they guard in a comment).

Speakers: "Kestrel Bank and Orrin Capital said …. “…,” they said" after a quote of Dana
Lutnick's is no longer Lutnick's: a "they" that stands for no group named before is some group,
and a group's words do not go on for one person (a body quoted before still does); "Israel's
foreign ministry had accused Amnesty of recycling “…”" is the ministry's; "Saudi Arabia, Egypt,
Jordan and Qatar said in a joint statement …. “…,” the statement said" is all four, not the
last two; "Harbourlink released a statement on Monday. “…,” it said" is the firm, a one-word
name that issues a paper; "Halden said" after "President Ivo Halden" and "Ivo Halden Jr." is
the father once "Halden" has stood for him (pool 55); "“…,” the Shropshire photographer added"
right after a quote of a named person goes on for them, whatever the calling; "Marta's face
lights up as she recalls …" makes Marta a person a later "she" means; "Along with these claims,
Apple said" is Apple, not "Along"; "Minutes from the MPC's June meeting said" and "the minutes
added" are the MPC's.

Deadlines: "Ruiz said on Monday that the talks would resume tomorrow" in Tuesday's copy is that
Tuesday, and in Wednesday's copy it has gone: a remark dated to a day just gone counts
"tomorrow" and "tonight" from that day.

Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.briefs import deadline_windows, mid_morning, speakers_in

Cases = list[tuple[str, list[str | None]]]
Windows = list[tuple[str, list[tuple[str, date, date]]]]


_SPEAKERS_OF_LEFT_OVERS: Cases = [
    ("“We will not back down,” Dana Lutnick said.\n\nKestrel Bank and Orrin Capital said "
     "the merger would close next year. “We see a strong fit between our two businesses,” "
     "they said in a joint statement.",
     ["Dana Lutnick", None]),
    ("“We will not back down,” Dana Lutnick said.\n\n“We see a strong fit between our two "
     "businesses,” they said.",
     ["Dana Lutnick", None]),
    # look-alikes: a body's words go on under "they"; "she" still goes on for a person
    ("Vesta Group welcomed the vote. “We see a strong fit,” the company said.\n\n“We expect "
     "the deal to close within the year,” they said.",
     ["Vesta Group", "Vesta Group"]),
    ("“We will not back down,” Dana Lutnick said.\n\n“Our partners know it and so do our "
     "rivals,” she said.",
     ["Dana Lutnick", "Dana Lutnick"]),
    # a "he" that stands for no one named goes on for no body
    ("“No country has intervened despite the emergency at sea,” Harbour Watch said. The "
     "dinghy had capsized days earlier. “Those who made it here are dying of hunger,” he "
     "said.",
     ["Harbour Watch", None]),
    # the young man speaks, not the body quoted before him
    ("No country had intervened “despite the imminent emergency at sea,” Harbour Watch "
     "said. A young man could be heard saying that he and the others were “suffering "
     "from hunger and dying of cold”. “Those who made it here are dying of hunger and "
     "exhaustion,” he said.",
     ["Harbour Watch", "A young man", "A young man"]),
    # look-alike: an unnamed source's description goes on under "he"
    ("A reporter for the agency called it “absolute chaos.”\n\n“We saw people hit and "
     "debris flying around,” he said.",
     ["A reporter for the agency"]),
]


_A_BODY_ACCUSING_ANOTHER: Cases = [
    # a country's own body opening the sentence is the subject whose words it gives
    ("Israel's foreign ministry had accused Amnesty of recycling “baseless claims that "
     "have been refuted many times over.”",
     ["Israel's foreign ministry"]),
    ("The Peruvian foreign ministry accused the rights group of spreading “claims that were "
     "refuted long ago by every inquiry.”",
     ["Peruvian foreign ministry"]),
    # look-alike: a person opening it still speaks
    ("Dana Lutnick accused the rights group of spreading “claims that were refuted long "
     "ago by every inquiry.”",
     ["Dana Lutnick"]),
]


_A_JOINT_STATEMENT_OF_A_LIST: Cases = [
    ("Peru, Chile, Bolivia and Ecuador said in a joint statement on Sunday that they "
     "rejected the plan.\n\n“We reject any attempt to divert the river from its course,” "
     "the statement said.",
     ["Peru, Chile, Bolivia and Ecuador"]),
    ("The foreign ministers of Peru, Chile, Bolivia, the UAE and Ecuador issued a joint "
     "statement on Sunday.\n\n“We reject any attempt to divert the river from its "
     "course,” the statement said.",
     ["Peru, Chile, Bolivia, UAE and Ecuador"]),
    # look-alikes: a place the talks were held in is not one of those who issued it
    ("After talks in Lima, Chile and Bolivia issued a joint statement on Sunday.\n\n“We "
     "reject any attempt to divert the river from its course,” the statement said.",
     ["Chile and Bolivia"]),
]


TUESDAY = date(2026, 3, 3)
WEDNESDAY = date(2026, 3, 4)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Ruiz said on Monday that the talks would resume tomorrow.", TUESDAY,
         [("tomorrow", TUESDAY, TUESDAY)]),
        ("On Monday, Ruiz told reporters the talks would resume tomorrow.", TUESDAY,
         [("tomorrow", TUESDAY, TUESDAY)]),
        ("Ruiz said on Monday that a deal could come the day after tomorrow.", TUESDAY,
         [("the day after tomorrow", WEDNESDAY, WEDNESDAY)]),
        # look-alikes: a remark's day long gone, no day dating the remark, or the copy's own
        ("Speaking on Monday, Ruiz said the talks would resume tomorrow.", WEDNESDAY, []),
        ("On Monday, the minister said the vote would be held tonight.", TUESDAY, []),
        ("The talks resume tomorrow, Ruiz said.", TUESDAY,
         [("tomorrow", WEDNESDAY, WEDNESDAY)]),
        ("Ruiz said on Tuesday that the talks would resume tomorrow.", TUESDAY,
         [("tomorrow", WEDNESDAY, WEDNESDAY)]),
    ],
)
def test_tomorrow_of_a_remark_just_gone(
    text: str, published: date, expected: list[tuple[str, date, date]]
) -> None:
    assert deadline_windows(text, mid_morning(published)) == expected


_A_ONE_WORD_FIRM_ISSUING_A_STATEMENT: Cases = [
    ("Harbourlink released a statement on Monday.\n\n“Passengers will not be affected by "
     "the strike at the port,” it said.",
     ["Harbourlink"]),
    ("Harbourlink put out a short statement.\n\n“Passengers will not be affected by the "
     "strike at the port,” it said.",
     ["Harbourlink"]),
    # look-alike: "he" is no firm
    ("Harbourlink released a statement on Monday.\n\n“Passengers will not be affected by "
     "the strike at the port,” he said.",
     [None]),
]


_A_FATHER_AND_A_SON_OF_ONE_NAME: Cases = [
    # a name without the son's suffix is the father, whoever was named last, once the
    # bare surname has stood for him
    ("President Ivo Halden attacked the press on Sunday. Halden told reporters he wanted "
     "a name.\n\nOn Wednesday, Ivo Halden Jr. posted a name.\n\n“There have been stories "
     "written about a certain man,” Halden said on Sunday.",
     ["Ivo Halden"]),
    ("Ivo Halden spoke on Sunday. Ivo Halden Jr. posted a name on Wednesday.\n\n“There "
     "have been stories written about a certain man,” Ivo Halden said.",
     ["Ivo Halden"]),
    # look-alikes: the son by his suffix, or the only Halden
    ("President Ivo Halden attacked the press on Sunday.\n\nOn Wednesday, Ivo Halden Jr. "
     "posted a name.\n\n“It was a joke and nothing more,” Halden Jr. said.",
     ["Halden Jr."]),
    ("Ivo Halden Jr. posted a name on Wednesday.\n\n“It was a joke and nothing more,” "
     "Halden said.",
     ["Ivo Halden Jr."]),
]


_SPEAKERS_OF_POOL_55: Cases = [
    ("The images show what could be found \"under our noses\", said Ana Ruiz-Peters.\n\n"
     "\"I wanted to celebrate the everyday stories of our birds,\" the Halden "
     "photographer added.\n\n\"You do not have to travel far,\" she said.",
     ["Ana Ruiz-Peters", "Ana Ruiz-Peters"]),
    ("Marta's face lights up as she recalls the day the soldiers left.\n\n\"They were "
     "a rabble,\" she tells me.\n\n\"When our own forces arrived, we were in the "
     "basement,\" says the 50-year-old.",
     ["Marta", "Marta"]),
    ("Harbourlink sued its former engineer Ivo Rask.\n\nAlong with these claims, "
     "Harbourlink said in the lawsuit that it had lost \"years of work on the new "
     "sensor designs\" to a rival.",
     ["Harbourlink"]),
    ("The central bank held rates on Thursday.\n\nMinutes from the MPC's June meeting "
     "said: \"Payments data are consistent with a recovery in consumer spending.\"\n\n"
     "The minutes added: \"Other indicators suggested greater risks to the economy.\"",
     ["MPC", "MPC"]),
    # look-alikes: an unnamed source goes on as none; a calling after someone unnamed;
    # a place's office holder is no first name
    ("\"We have a ton of work to do,\" said a longtime adviser to the senator.\n\n"
     "\"Being trusted is the last big hurdle for her,\" the person added.",
     ["a longtime adviser to the senator", "the person"]),
    ("\"We were lucky to get out alive,\" said Ana Ruiz, a passenger.\n\n\"I have "
     "never seen anything like it in thirty years,\" the driver said.",
     ["Ana Ruiz", "the driver"]),
    ("Victoria's premier said she would resign.\n\n\"It is time for a new leader,\" "
     "she said.",
     [None]),
]


_SPEAKERS_OF_POOL_54: Cases = [
    # a clause about the speaker between his name and the verb is still his attribution
    ("\"I have won some finals that I was close to losing, so it is fair,\" Rask, who "
     "saved match points when beating Ivo Lenz in 2019, told reporters.\n\n\"Credit to "
     "Carlos, he showed amazing poise in the crucial moments of the match.\"",
     ["Rask", "Rask"]),
    # a short time before the described subject, with no comma
    ("Dana Halden has been railing against mail-in voting since spring.\n\nIn May the "
     "president threatened on social media to \"hold up funds to the state\" over it.",
     ["Dana Halden"]),
    # an office's role word between a capitalised modifier and the name
    ("AI expert Nate Rask has kicked its tires and reports, \"This one is aimed at "
     "retaking the lead in open models.\"",
     ["Nate Rask"]),
    # "Watch" ends a body's name: "he" is not the group
    ("They also reported the death of one person, Harbour Watch said.\n\nSpeaking in "
     "Tigrinya, the man said they left five days ago and that the dinghy capsized.\n\n"
     "\"Those who made it here are dying of hunger and exhaustion,\" he said.",
     [None]),
]


_DEADLINES_OF_POOL_54: Windows = [
    ("The parties are taking part in exploratory talks, which continue on Thursday.",
     [("on Thursday", date(2026, 3, 5), date(2026, 3, 5))]),
    ("The talks continue on Thursday.",
     [("on Thursday", date(2026, 3, 5), date(2026, 3, 5))]),
    # "the hopes of the nation" is a noun: no wish sets the span ahead
    ("He carried the hopes of the nation for 21 years.", []),
    # look-alikes: a past continuation, a wish, a habit
    ("The fighting continued on Monday.", []),
    ("He hopes to finish the work within two years.",
     [("within two years", date(2026, 3, 4), date(2028, 3, 3))]),
    ("Protests continue every Friday.", []),
]


_PLACES_AND_LETTERS_OF_POOL_55: Cases = [
    # a name between "the" and a place's noun is the place's: "she" is not it
    ("On a recent afternoon near the Paso del Lago bridge, I met a young woman who has "
     "been at the camp for five weeks.\n\nThey fled to seek asylum and sleep on the "
     "sidewalk.\n\n\"I wish I did not have to be here, it is tough living here,\" she "
     "told me.\n\nThe list went up to 207 at Paso del Lago.",
     [None]),
    # the one a letter's sentence gives its verb wrote it, not the council it went to
    ("In a letter distributed to the UN Security Council and seen by Reuters, Varna's "
     "envoy to the United Nations, Ivo Rask, said the comments were \"unfounded\".\n\n"
     "\"The open threat to reimpose sanctions is an act of economic coercion,\" the "
     "letter said.",
     ["Ivo Rask"]),
]


_SPEAKERS_OF_POOL_57: Cases = [
    # an adverb before a participle opens no subject and its verb
    ("Harbour Cola Co. said Friday it will pay the taxes.\n\nThe publicly traded company "
     "said it expected that \"some or all of the money would be refunded\" if it wins.",
     ["Harbour Cola Co"]),
    # the body just quoted goes on under "the company", before a parent company named
    ("The lawsuit says Clipwave and its parent company Harbour Holdings broke the law."
     "\n\nClipwave said it disagreed with the allegations, \"many of which relate to past "
     "events and practices.\"\n\n\"We offer age-appropriate experiences with strict "
     "safeguards,\" the company said in a statement.",
     ["Clipwave", "Clipwave"]),
    # the one who told of filing the suit is the complaint's plaintiff
    ("Last Thursday, Harbourlink revealed it had filed a lawsuit against the operators of "
     "a botnet.\n\nThe lawsuit alleges that several unnamed people run it.\n\n\"It has "
     "harmed millions of victims around the world,\" the complaint stated.",
     ["Harbourlink"]),
    # look-alike: "family" is a noun
    ("Ana Ruiz died in May.\n\nThe family released a statement, saying \"she was loved "
     "by all of us and will be missed.\"",
     ["The family"]),
]


THURSDAY = date(2025, 2, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan as a noun sets no time ahead: a month gone is not rolled to next year
        ("Ruiz had announced the plans for 25% tariffs on Varna for 4 February unless it "
         "increased border security.", []),
        # "go into effect" is a timetable's verb, as "take effect" is
        ("He said the levy would go into effect on Tuesday.",
         [("on Tuesday", date(2025, 3, 4), date(2025, 3, 4))]),
        ("The levy, which he said would go into effect on Tuesday, was not announced before.",
         [("on Tuesday", date(2025, 3, 4), date(2025, 3, 4))]),
        # look-alikes: a plan as a verb; a levy gone into effect
        ("The company plans to open the plant on 4 March.",
         [("on 4 March", date(2025, 3, 4), date(2025, 3, 4))]),
        ("The levy went into effect on Tuesday.", []),
    ],
)
def test_deadlines_of_pool_57(text: str, expected: list[tuple[str, date, date]]) -> None:
    assert deadline_windows(text, mid_morning(THURSDAY)) == expected


_SPEAKERS_OF_LATER_POOLS: Cases = [
    ("“Let's get it together,” Rep. Ana Ruiz, D-Varna, implored her colleagues, pointing "
     "to the funding fights ahead. “Surge resources to the border.”",
     ["Ana Ruiz", "Ana Ruiz"]),
    # a description that goes on with its own verb and object is cut before the verb
    ("The Harbour Court ruling included a footnote saying that it did not settle whether "
     "academies could weigh race “in light of the distinct interests that academies may "
     "present.”",
     ["The Harbour Court ruling"]),
]


_AN_OPENING_MONTH_AFTER_ALSO: Windows = [
    # "Also" before an opening month: the past verb of its clause still dates it
    ("Also in December, a federal judge rejected a defense by the group.", []),
    # look-alike: a future verb after it
    ("Also in December, the court will rule on the defense.",
     [("in December", date(2026, 12, 1), date(2026, 12, 31))]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *_SPEAKERS_OF_LEFT_OVERS,
        *_A_BODY_ACCUSING_ANOTHER,
        *_A_JOINT_STATEMENT_OF_A_LIST,
        *_A_ONE_WORD_FIRM_ISSUING_A_STATEMENT,
        *_A_FATHER_AND_A_SON_OF_ONE_NAME,
        *_SPEAKERS_OF_POOL_55,
        *_SPEAKERS_OF_POOL_54,
        *_PLACES_AND_LETTERS_OF_POOL_55,
        *_SPEAKERS_OF_POOL_57,
        *_SPEAKERS_OF_LATER_POOLS,
    ],
)
def test_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *_DEADLINES_OF_POOL_54,
        *_AN_OPENING_MONTH_AFTER_ALSO,
    ],
)
def test_deadlines(text: str, expected: list[tuple[str, date, date]]) -> None:
    assert deadline_windows(text) == expected
