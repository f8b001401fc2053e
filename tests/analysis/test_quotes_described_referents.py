"""A description in the attribution refers back to the body or person the article named:
"the bank" to the bank named before, "the center" to a body with Center in its name, "the
41-year-old" to the player, "a company spokesperson" to the company whose statement it is,
"the King" to the king named before. An indefinite source naming no body stays as it is."""

from __future__ import annotations

from tests.helpers.briefs import speakers_in


def test_the_bank_is_the_bank_named_before() -> None:
    text = (
        "According to analysts at the investment banking firm Harrow Lyle, copper demand "
        "could double within a decade.\n\n"
        "Harrow Lyle estimates that output could rise sharply under new rules.\n\n"
        "“We expect prices to stay high for the rest of the year and well into the next,” "
        "the bank said in a note published Monday."
    )
    assert speakers_in(text) == ["Harrow Lyle"]


def test_the_center_is_the_body_with_center_in_its_name() -> None:
    text = (
        "Heavy rain is expected across the valley this weekend.\n\n"
        "Nonetheless, the Coastal Forecast Center has outlined a moderate risk of flooding "
        "from the river mouth to the hills.\n\n"
        "“The greatest threat is currently expected along the lower river, where flash floods "
        "will be possible,” wrote the center."
    )
    assert speakers_in(text) == ["Coastal Forecast Center"]


def test_the_agency_is_the_named_center_not_its_parent_body() -> None:
    text = (
        "Three towns are in a moderate risk drawn up by the Regional Water Authority’s Coastal "
        "Forecast Center. The agency warns that “all hazards will be possible, including "
        "flash floods and mudslides in the hills.”"
    )
    assert speakers_in(text) == ["Coastal Forecast Center"]


def test_an_age_description_is_the_player_the_passage_is_about() -> None:
    text = (
        "Earlier in the day, Daniel Reyland won his 150th match with a victory over Piet Oster.\n\n"
        "Oster smashed his racket on the floor as the second set got away from him.\n\n"
        "But Reyland struck at the next opportunity and served out for victory.\n\n"
        "“He is one of the trickiest players on the tour, and he always causes a bit of "
        "chaos,” said the 41-year-old."
    )
    assert speakers_in(text) == ["Daniel Reyland"]


def test_an_age_description_is_the_person_of_that_age() -> None:
    text = (
        "Mara Feld, 52, and her neighbour Ivo Brandt, 30, both lost their homes in the fire.\n\n"
        "“We had ten minutes to get out and we took nothing with us at all,” the 52-year-old "
        "said."
    )
    assert speakers_in(text) == ["Mara Feld"]


def test_a_company_spokesperson_speaks_for_the_company_named_in_the_statement() -> None:
    text = (
        "Northmark Mining had its assets seized in the same year.\n\n"
        "Northmark Mining, which is owed about $2 billion, has signalled it will stay "
        "cautious.\n\n"
        "“Northmark Mining is watching developments closely. It would be premature to "
        "speculate on any future investments,” a company spokesperson said."
    )
    assert speakers_in(text) == ["Northmark Mining"]


def test_a_bureau_spokesperson_speaks_for_the_bureau_in_the_statement() -> None:
    text = (
        "The DBI told reporters that it had received the letter.\n\n"
        "“The DBI takes very seriously any attempt to break the law on our soil,” a bureau "
        "spokesperson said."
    )
    assert speakers_in(text) == ["DBI"]


def test_the_king_is_the_king_named_before() -> None:
    text = (
        "King Edmund opened the new session of parliament on Tuesday.\n\n"
        "The main mission will be to secure growth, the King said.\n\n"
        "The King added: “My ministers will build many new homes across the land this year.”"
    )
    assert speakers_in(text) == ["Edmund"]


def test_an_indefinite_source_stays_unnamed() -> None:
    text = (
        "The Harbour Board met on Friday to discuss the new port fees.\n\n"
        "“Nobody expected the vote to go this way, least of all the chairman,” a senior "
        "official said."
    )
    assert speakers_in(text) == ["a senior official"]


def test_the_lawmakers_are_the_named_member_and_colleagues() -> None:
    text = (
        "The harbour committee wrote to the port authority on Monday.\n\n"
        "Mike Dunmore and his colleagues listed several questions in their first letter. "
        "“We seek more details on this urgent and important matter,” the lawmakers wrote."
    )
    assert speakers_in(text) == ["Mike Dunmore"]


def test_the_lawmakers_without_a_named_leader_stay_described() -> None:
    text = (
        "Mike Dunmore chaired the hearing on Monday.\n\n"
        "“We seek more details on this urgent and important matter,” the lawmakers wrote."
    )
    assert speakers_in(text) == ["the lawmakers"]


def test_a_named_persons_mom_is_the_relative_named_just_before() -> None:
    text = (
        "Marta Kessel has praised the new record by Lia Swan. Speaking to a magazine at a "
        "summit in Denver, Ethan Kessel’s mom confirmed, “I listened to the whole record, "
        "and I listened to it all morning long when it came out.”"
    )
    assert speakers_in(text) == ["Marta Kessel"]


def test_a_named_persons_mom_with_no_one_named_stays_the_relative() -> None:
    text = (
        "Ethan Kessel’s mother said, “He worked every single night on the farm before the "
        "season began this year.”"
    )
    assert speakers_in(text) == ["Ethan Kessel’s mother"]


def test_a_named_person_heard_telling_is_the_speaker() -> None:
    text = (
        "The concert was halted after ten minutes.\n\n"
        "Mara Quell can be heard telling: “We will have to stop the concert now, friends.”"
    )
    assert speakers_in(text) == ["Mara Quell"]


def test_the_embassy_is_the_embassy_named_by_its_country_and_city() -> None:
    text = (
        "Norway’s embassy in Lisbon says that the envoy spoke with the minister on Monday.\n\n"
        "The Embassy says in a statement that the visit “was planned long ago and has nothing "
        "to do with the dispute over fishing rights.”"
    )
    assert speakers_in(text) == ["Norway’s embassy in Lisbon"]


def test_an_embassy_never_named_stays_unresolved() -> None:
    text = (
        "The envoy spoke with the minister on Monday.\n\n"
        "The embassy said in a statement that the visit “was planned long ago and has nothing "
        "to do with the dispute over fishing rights.”"
    )
    assert speakers_in(text) == ["The embassy"]


def test_an_occupation_after_a_long_asked_clause_is_the_person_introduced_with_it() -> None:
    text = (
        "The council’s economist Carl Obuya reveals that the town agreed to install 90 new "
        "lamps.\n\n"
        "Asked why the council chose to spend more on one project, a bit more than on gas, "
        "the economist replies, “Yes, the lamps are expensive to install. The first cost is "
        "high.”"
    )
    assert speakers_in(text) == ["Carl Obuya"]


def test_the_fan_is_the_person_whose_tips_the_passage_gives() -> None:
    text = (
        "Events manager Dana Kell, who has visited the park ten times, shared her tips.\n\n"
        "Dana said: “Book the tickets early, while the prices are still low for the season.”\n\n"
        "The Texas fan explained: “Try to be flexible with your dates, and avoid the usual "
        "week-long trips.”"
    )
    assert speakers_in(text) == ["Dana Kell", "Dana Kell"]


def test_the_company_is_the_name_the_article_says_speaks_of_itself_as_it() -> None:
    text = (
        "Last year Velora changed its rules. Velora says it will start using new tools to "
        "catch cheats.\n\n"
        "Velora would not confirm how many members it has. But the company previously "
        "reported that women are “less likely than men to record a run before sunrise.”"
    )
    assert speakers_in(text) == ["Velora"]


def test_the_company_stays_a_description_when_no_name_is_said_to_speak_as_it() -> None:
    text = (
        "Last year Velora changed the rules for every runner on the app.\n\n"
        "But the company previously reported that women are “less likely than men to record "
        "a run before sunrise.”"
    )
    assert speakers_in(text) == ["the company"]
