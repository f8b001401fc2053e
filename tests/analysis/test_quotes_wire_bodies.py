"""Wire copy names a body once and then describes it: "the report" is the body that
issued it, "the partnership" or "the company" the company the story is about, a company's
name without its legal suffix is that company (a first word like "General" is no title),
and a straight double mark keyed for an apostrophe ('Chile"s') opens no quote."""

from __future__ import annotations

from tests.helpers.briefs import speakers_in


def test_typed_apostrophe_opens_no_quote() -> None:
    text = (
        'Peru"s fishing catch will shrink by 3 pct this season, the Canadian Embassy said '
        "in a report.\n\n"
        'The report says last winter"s storms cut the anchovy stock by a fifth.\n\n'
        '"Landings will not recover before the spring," the report says.'
    )
    assert speakers_in(text) == ["Canadian Embassy"]


def test_the_report_is_the_body_that_published_it() -> None:
    text = (
        "Rice output will fall this year, the Canadian Embassy said in a report on farming.\n\n"
        "Officials expect imports to rise.\n\n"
        '"Growth prospects for the sector look weak," the report says.'
    )
    assert speakers_in(text) == ["Canadian Embassy"]


def test_the_report_after_a_body_observed_in_its_outlook() -> None:
    text = (
        "Trade gaps narrow only slowly, analysts said.\n\n"
        'The OECD observed in its Annual Outlook that "currency moves take years to work '
        'through."\n\n'
        'The report added, however, "this time the wait may be longer."'
    )
    assert speakers_in(text) == ["OECD", "OECD"]


def test_a_congressional_report_is_not_the_body_it_describes() -> None:
    text = (
        "Lawmakers criticised the Harbour Authority after a breach of its systems.\n\n"
        '"The servers had been open for months," the congressional report said.'
    )
    assert speakers_in(text) == ["the congressional report"]


def test_short_form_with_a_title_word_is_the_company() -> None:
    text = (
        "General Dredging Co, a venture of two shipping groups, raised its bid for "
        "Marlow Inc.\n\n"
        "General Dredging said Marlow's board had not answered its letter.\n\n"
        "General Dredging added it was aware the board may weigh other offers.\n\n"
        '"Our new capital lets us pay more in cash," it said.'
    )
    assert speakers_in(text) == ["General Dredging Co"]


def test_the_partnership_is_the_company_opening_the_sentence_before() -> None:
    text = (
        "General Dredging Co, a venture of two shipping groups, raised its bid for "
        "Marlow Inc.\n\n"
        "General Dredging said it is aware the board may weigh offers from Marlow "
        "managers.\n\n"
        '"Our new capital lets us pay more in cash," the partnership said.'
    )
    assert speakers_in(text) == ["General Dredging Co"]


def test_the_company_is_the_company_whose_words_open_the_story() -> None:
    text = (
        "Halden Stores Co said sales for the four weeks ended May 2 rose 1.5 pct.\n\n"
        "Domestic sales fell 2 pct, the company said.\n\n"
        "If exchange rates had not moved, foreign sales would have fallen, it said.\n\n"
        "For the quarter, total sales rose 3 pct to 1.2 billion dlrs.\n\n"
        "Domestic sales were flat and foreign sales grew 9 pct.\n\n"
        '"As expected, April was slow in our seasonal lines," the company said in a '
        "statement."
    )
    assert speakers_in(text) == ["Halden Stores Co"]


def test_he_is_the_spokesman_for_the_body_introduced_before() -> None:
    text = (
        "Half of the barley crop is sown, a spokesman for Halden Grain, the largest buyer "
        "in the region, told Reuters.\n\n"
        "The average sowing date is earlier than last year, the spokesman added.\n\n"
        '"It is too early to say what the harvest will bring," he said.'
    )
    assert speakers_in(text) == ["Halden Grain"]


def test_he_is_the_company_spokesman_the_story_opened_with() -> None:
    text = (
        "the city's largest utility will meet its lenders on Monday, a company spokesman "
        "said.\n\n"
        "Tariffs were raised in January.\n\n"
        "The company spokesman said the meeting would update the banks.\n\n"
        '"We can only tell them we are waiting for an answer," he said.'
    )
    assert speakers_in(text) == ["a company spokesman"]


def test_the_sources_quoted_the_minister_who_speaks() -> None:
    text = (
        "Foreign Minister Ana Ruiz told her colleagues on Monday that Portugal wants a deal "
        "by June.\n\n"
        "Diplomats say the talks are difficult.\n\n"
        'The sources quoted Ruiz as saying: "A partial solution would be unacceptable to '
        'Portugal."'
    )
    assert speakers_in(text) == ["Ana Ruiz"]


def test_the_radio_quoted_him_credits_the_minister() -> None:
    text = (
        "Caspia will seek damages for the raid, state radio quoted Energy Minister Ivo "
        "Rask as saying.\n\n"
        "Rask said the estimate was preliminary.\n\n"
        '"If we cannot use the strait, no one can," the radio quoted him as saying.'
    )
    assert speakers_in(text) == ["Ivo Rask"]


def test_an_official_at_an_unnamed_bank_stays_that_description() -> None:
    text = (
        "Banks are expected to give the negotiators a cool response, banking sources said.\n\n"
        '"We are not keen on the rescheduling," said a senior official at a leading '
        "Swiss bank."
    )
    assert speakers_in(text) == ["a senior official at a leading Swiss bank"]


def test_minister_after_a_ministry_name_is_the_person() -> None:
    text = (
        "Coastal Fisheries Industries Minister Tan Boon Kiat welcomed the accord reached in "
        "Oslo.\n\n"
        '"This is a good step for the fleet," he told Reuters.'
    )
    assert speakers_in(text) == ["Tan Boon Kiat"]


def test_the_sources_are_the_named_bodys_sources_just_before() -> None:
    text = (
        "The export agency suspended its cover for long-term contracts in 2021, but kept "
        "cover for short trade deals, Halden Credit sources said.\n\n"
        '"We have an open position on the country," the sources said.'
    )
    assert speakers_in(text) == ["Halden Credit sources"]


def test_sources_of_a_nationality_stay_unnamed() -> None:
    text = (
        "The talks stalled on Monday, Nigerian sources said.\n\n"
        '"We have an open position on the loans," the sources said.'
    )
    assert speakers_in(text) == ["the sources"]


def test_a_bracketed_branch_leaves_the_firm_a_body_and_the_analyst_speaks() -> None:
    text = (
        "Sales fell in May.\n\n"
        '"This is where the market will be for years," said Harrow Lyle (Asia) Ltd analyst '
        "Carole Ryavec."
    )
    assert speakers_in(text) == ["Carole Ryavec"]


def test_the_official_stays_the_unnamed_one_the_story_keeps_citing() -> None:
    filler = (
        "Domestic demand may grow nearly four pct next year, but exports will weigh on "
        "output by nearly one percentage point, he said. He said there was no room for "
        "more monetary easing and that the outlook depends on the budget, he added.\n\n"
    )
    text = (
        "The central bank is content with the currency at its current range, a senior "
        "central bank official told reporters.\n\n"
        f"{filler}{filler}"
        "The senior bank official said growth would be about three pct.\n\n"
        f"{filler}{filler}"
        "The senior official said the bank hopes Treasury chairman Ivo Rask stays on.\n\n"
        '"He is a great man," the official said.'
    )
    assert speakers_in(text) == ["the official"]


def test_he_is_the_unnamed_official_cited_since_the_last_named_person() -> None:
    text = (
        "The central bank is content with the currency, a senior central bank official "
        "told reporters.\n\n"
        "Finance Minister Ivo Rask told parliament the rate was not satisfactory.\n\n"
        "The senior bank official said growth would be about three pct.\n\n"
        "There could be some problems in the future, he said. "
        '"We are sitting on a powder keg," he added.'
    )
    assert speakers_in(text) == ["The senior bank official"]


def test_he_is_not_an_unnamed_role_the_story_names_a_holder_of() -> None:
    text = (
        "A new campaign manager could set a new tone, one donor said.\n\n"
        "The candidate praised campaign manager Barry Quill on Monday.\n\n"
        "When reporters asked Quill, the campaign manager said he needed to talk to the "
        'candidate first. "I will call you back," he said.'
    )
    assert speakers_in(text) == ["Barry Quill"]


def test_a_title_alone_quoted_as_saying_names_no_one_and_raises_nothing() -> None:
    text = "“We will keep the border open,” state television quoted The Prime Minister as saying."
    assert speakers_in(text) == [None]


def test_sources_named_in_the_first_paragraph_are_found() -> None:
    text = (
        "Halden Bank sources said the merger was near. “A deal could come soon,” the sources "
        "said.\nOther news followed."
    )
    assert speakers_in(text) == ["Halden Bank sources"]
