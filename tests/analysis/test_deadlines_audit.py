"""Deadlines after an audit on real political news (issue 10): the misses and false alarms
found there, each restated in a sentence written for this test.

Published on a Friday, so a bare weekday could be read as one still ahead.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers.briefs import assert_one_window, deadlines_in

FRIDAY = datetime(2026, 3, 6, 15, 0, tzinfo=UTC)


NOT_DEADLINES = {
    "a reporting verb's own day": "The mayor said on Nov. 9 that the budget was balanced.",
    "a month before the reporting verb":
        "In October, the treasurer told councillors that the reserves were sound.",
    "so far this year": "The fund is down 12 percent so far this year.",
    "so far in a year": "So far in 2026, the fund has lost a fifth of its value.",
    "a finished step": "The trust now owns 9 percent, after selling shares at the end of the year.",
    "a dateline on its own line": "Saturday, March 21, 2026\nThe library reopened its doors.",
    "an idiom": "At the end of the day, voters care about their bills.",
    "a show's title": "The chef appeared on The Tonight Show to promote her book.",
    "a clause without a verb": "Against the incumbent on Tuesday, she lost every district.",
    "as of a day just gone": "As of Wednesday, the campaign had raised two million dollars.",
    "'to a' is no infinitive": "Voters elected the mayor to a second term on Tuesday.",
    "a verb whose infinitive is done": "The senator declined to comment on Sunday.",
    "a perfect infinitive": "Rivals condemned the claim to have tested a missile on Wednesday.",
    "a relative 'that'": "The party that nominated her on Tuesday night is not the old one.",
    "a perfect looks back": "This year, the minister has sought to cut the deficit.",
    "a perfect of 'be'": "Housing has been a worry for the council this year, the mayor said.",
    "a weekday in a name": "Most delegates come from the Super Tuesday states.",
    "a date naming an event": "Few in the town have forgotten the Sept. 11 attacks.",
    "didn't": "The report didn't change a single vote on Tuesday.",
    "a plan is a noun": "The mayor, who announced a spending plan on Monday, toured the wards.",
    "a modal in another clause":
        "It should be noted that two of the researchers were hired in August.",
    "the current month, narrated": "On a visit this month, the minister said the plant had closed.",
    "'May' the month is no modal": "She toured the mills this month before the vote on May 2.",
    "an adjective, not a verb": "On Tuesday night, in a locked room, the panel met the envoy.",
    "'forecast' as a participle": "Output grew more slowly than forecast in July.",
    "a bare 'this year' in the present": "This year is different for the smaller parties.",
    "a rule for a day": "The town celebrates on the first Monday in September.",
    "a holiday naming a speech": "In her New Year speech, the mayor thanked the volunteers.",
    "the quarter just reported": "Investors will study the users added over the last quarter.",
    "a rolled date with 'ahead of'": "Ahead of the March 1 contests, the senator sharpened it.",
    "another year's month": "He won in early June of that year and lost in the autumn.",
    "a season of another century": "In the fall of 1960, a few students met at a farmhouse.",
    "a narrated next month": "The next month, a former aide announced plans to sue the panel.",
    "a kind of year": "In a year when voters distrust government, candidates have more room.",
    "'to more' is no infinitive": "The hacker was sentenced to more than four years on Thursday.",
    "a reported clause with its own past verb":
        "Aides said the average gift during the October quarter was small.",
    "a bare weekday without a verb": "Scenes from the shooting Tuesday in the city centre.",
    "a negated modal with a weekday": "The mayor could not be reached for comment Saturday.",
    "a reporting verb with its own clause": "Also on Thursday, the mayor said he would resign.",
    "an irregular past": "The senator underwent minor surgery in November.",
    "only an infinitive with a weekday": "Eight men were detained trying to cross on Monday.",
    "a holiday in a charity's name": "The letter was signed by Easter Seals and the Red Cross.",
    "the month a report covers": "Candidates must file their February finance reports by law.",
    # audit sample G: days just gone, narrated openings, habits
    "a weekday two days gone, with a past modal":
        "The minister wouldn't say Wednesday how the fund would be split.",
    "a weekday just gone, with 'was set to'":
        "The governor was set to open the bridge Thursday in the capital.",
    "an opening month before a past main clause":
        "In early October, the mayor's aide reached out to the builders.",
    "'through the end of' before a past main clause":
        "Through the end of September, the campaign had spent little on advertising.",
    "a month inside 'while testifying'": "The panel asked prosecutors to examine remarks "
        "the minister made while testifying before the committee in October.",
    "an opening 'after losing' clause":
        "After losing the vote on housing again this week, the council is turning to the courts.",
    "a habit":
        "The council tends to slow its work as it gets closer to November in election years.",
    "'of tomorrow' is the future in general":
        "The schools say they are training the engineers of tomorrow.",
    "a month already named": "In that October speech, the governor promised lower taxes.",
    "a perfect with 'likely'":
        "Critics say the coverage this week has likely damaged the mayor's brand.",
    "a reporting verb with a long object": "In October, the senator, then a candidate, "
        "proposed closing two prisons to cut the state's costs.",
    "a date in markup": '<post post-date="March 9, 2026">The pier is closed.</post>',
    "an opening 'ahead of' a day just gone":
        "Ahead of Wednesday's summit, the two ministers unveiled a joint plan.",
    "a quoted 'tonight' from last night's speech":
        "“Tonight, I ask you to stand with her,” the governor told the hall.",
    # audit sample K: events named by their weekday, names, habits, slogans
    "a weekday naming an event just held": "At a Tuesday rally in the port, the senator "
        "promised to fix the roads if the council did not act.",
    "a month that is a surname": "Signers of the letter: Anna Lowe, Paul June, Mark Hill.",
    "a bare season of a habit":
        "Crews can work six days a week during summer and autumn, when the roads are busy.",
    "a slogan's today and tomorrow": 'Protesters held signs reading, "Cuts today, strikes '
        'tomorrow."',
    "a plan seen from the past perfect":
        "The minister had been invited to open a trade fair in November.",
    # audit sample L
    "'died' is past": "The station still mourns a reporter who died in an on-air shooting "
        "in August.",
    "a report from over the weekend":
        "The advert quotes a report from over the weekend that the plant may close.",
    "the month it is now":
        '"While it is March before the vote, the courts can still act," the lawyer said.',
    "an opening time of a narrated vow": "In the coming months, the mayor vowed to shut the "
        "depot, fired two aides and sued the board.",
    "'for the long term' as a manner":
        "The fund wants its managers to invest for the long term rather than for the next bonus.",
    "a past plan with a rolled date":
        "All candidates were due to file their papers by February 20, a rule few noticed.",
    "an owner's event named by its day": '"It is a bad fit," he said, just prior to the '
        "governor's announcement Tuesday that she would run again.",
    # audit sample M
    "a wait reported from weeks ago": "Several weeks ago, the mayor stated that her aide "
        'would publish the figures "in a few weeks."',
    "today's name for an earlier vote": "Officials say that a recount of Friday's vote could "
        "not be done.",
    # audit sample N
    "'ahead of' an event of the day just gone": '"It was a mistake," the senator said to a '
        "reporter ahead of his third event of the day on Wednesday in the valley.",
    "a chance already had": "The town's renters had another opportunity to show their anger "
        "Wednesday, as voters went to the polls.",
    "goods named for a holiday":
        "The shipment includes apples from the valley and Christmas trees from the hills.",
    "an attack named by its date":
        "The senator boasts about the law he wrote after the Sept. 11 terrorist attacks.",
    "a chant's now and tomorrow": "The old chant ran: union now, union tomorrow, union forever.",
    # audit sample O
    "a magazine's issue": "In the April issue of the magazine, the mayor admits the plan failed.",
    "a wire dateline": "LONDON, March 7 (UPI) - The mayor said the plan failed.",
    "a month to compare with": "The mayor now has 48% support, a 12-point jump from November.",
    # audit sample P
    "a quoted tweet's signature": "Another day at the hearing. — Jane Roe (@janeroe) March 7, "
        "2026</tweet>.",
    "a month that recurs": "Every December, the magazine names its person of the year.",
    "a date without a space": "The bombings of 1983 and 1996 and the attacks of Sept.11, 2001 "
        "all had something in common.",
}


@pytest.mark.parametrize("text", list(NOT_DEADLINES.values()), ids=list(NOT_DEADLINES))
def test_looking_back_or_naming_is_not_a_deadline(text: str) -> None:
    assert deadlines_in(text, FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "phrase", "earliest", "latest"),
    [
        ("The two leaders will campaign together in September.", "in September",
         date(2026, 9, 1), date(2026, 9, 30)),
        ("A decision will come in the weeks ahead.", "in the weeks ahead",
         date(2026, 3, 6), date(2026, 4, 17)),
        ("The fund will have more to say in the months to come.", "in the months to come",
         date(2026, 3, 6), date(2026, 9, 6)),
        ("Most delegates will be chosen by month's end.", "by month's end",
         date(2026, 3, 6), date(2026, 3, 31)),
        ("Her rivals hope to win several states later in March.", "later in March",
         date(2026, 3, 21), date(2026, 3, 31)),
        ("The parties will campaign hard heading into the autumn.", "into the autumn",
         date(2026, 9, 1), date(2026, 11, 30)),
        ("The state of emergency would be extended three months.", "three months",
         date(2026, 6, 6), date(2026, 6, 6)),
        ("The court ordered monthly releases ending next month.", "next month",
         date(2026, 4, 1), date(2026, 4, 30)),
        ("He was not hopeful about the looming showdown in July.", "in July",
         date(2026, 7, 1), date(2026, 7, 31)),
        ("Her children have persuaded him to vote in the primary next Tuesday.",
         "next Tuesday", date(2026, 3, 10), date(2026, 3, 10)),
        ("The prime minister has called a snap election for May 17.", "May 17",
         date(2026, 5, 17), date(2026, 5, 17)),
        ("Voters are far from assured of a strong economy next year.", "next year",
         date(2027, 1, 1), date(2027, 12, 31)),
        ("A hearing has been scheduled for June 3 to settle the matter.", "June 3",
         date(2026, 6, 3), date(2026, 6, 3)),
        ("The general election is two months away.", "two months away",
         date(2026, 5, 6), date(2026, 5, 6)),
        ("Her standing two or three months from now will tell.", "two or three months from now",
         date(2026, 5, 6), date(2026, 6, 6)),
        ("He denies he'll quit before Tuesday's primary.", "before Tuesday",
         date(2026, 3, 6), date(2026, 3, 10)),
        ("And in January, one of them will be leading the country.", "in January",
         date(2027, 1, 1), date(2027, 1, 31)),
        ("The party will not win in November without the suburbs.", "in November",
         date(2026, 11, 1), date(2026, 11, 30)),
        ("Turnout should rise in coming weeks.", "in coming weeks",
         date(2026, 3, 6), date(2026, 4, 17)),
        ("The threshold will be reached by the end of 2027.", "by the end of 2027",
         date(2026, 3, 6), date(2027, 12, 31)),
        ("Both camps have stepped up visits in anticipation of the May 12 primary.", "May 12",
         date(2026, 5, 12), date(2026, 5, 12)),
        ("He said that after winning his home state on March 15 he would press on.",
         "on March 15", date(2026, 3, 15), date(2026, 3, 15)),
        ("The officials said the April 28 meeting was scheduled weeks ago.", "April 28",
         date(2026, 4, 28), date(2026, 4, 28)),
        ("With the election less than a year away, the parties are hiring.", "a year away",
         date(2027, 3, 6), date(2027, 3, 6)),
        ("New Jersey also holds its primary Tuesday.", "Tuesday",
         date(2026, 3, 10), date(2026, 3, 10)),
        ("Momentum will carry him into the next week's primaries.", "next week",
         date(2026, 3, 9), date(2026, 3, 15)),
        ("Allies have been pressing for a say at the convention in July.", "in July",
         date(2026, 7, 1), date(2026, 7, 31)),
        ("A film about the strike, made by a local director, opens in the city this week.",
         "this week", date(2026, 3, 6), date(2026, 3, 8)),
        ("Voting opens on Thursday, officials said.", "on Thursday",
         date(2026, 3, 12), date(2026, 3, 12)),
        ("The mayor urged residents to vote on Tuesday.", "on Tuesday",
         date(2026, 3, 10), date(2026, 3, 10)),
        ("Exchanges continue to stay closed until Monday.", "until Monday",
         date(2026, 3, 6), date(2026, 3, 9)),
        ("Residents have been advised to move their cars uphill tonight.", "tonight",
         date(2026, 3, 6), date(2026, 3, 6)),
        ("He said the first trains would run tonight.", "tonight",
         date(2026, 3, 6), date(2026, 3, 6)),
        # audit sample G
        ("The council will vote Wednesday on the budget.", "Wednesday",
         date(2026, 3, 11), date(2026, 3, 11)),
        ("The mayor has invited the union leaders to meet on Thursday morning.",
         "on Thursday morning", date(2026, 3, 12), date(2026, 3, 12)),
        ("Campaign staff are ready ahead of Wednesday's caucuses.", "Wednesday",
         date(2026, 3, 11), date(2026, 3, 11)),
        ("The minister is slated to visit the port, a major employer, later in the month.",
         "later in the month", date(2026, 3, 21), date(2026, 3, 31)),
        ("The report says that within five to 10 years the reservoir will run dry.",
         "within five to 10 years", date(2026, 3, 6), date(2036, 3, 6)),
        ("The clerk noted that the next census in 2030 is approaching.", "in 2030",
         date(2030, 1, 1), date(2030, 12, 31)),
        ("Organisers doubt the town would have time to register voters who are not yet "
         "listed in time for next month's election.", "next month",
         date(2026, 4, 1), date(2026, 4, 30)),
        ("By the end of next week's votes in five states, her lead in pledged delegates "
         "will be safe.", "By the end of next week", date(2026, 3, 6), date(2026, 3, 15)),
        # audit sample K
        ("At a Tuesday rally in the port, the senator will promise to fix the roads.",
         "Tuesday", date(2026, 3, 10), date(2026, 3, 10)),
        ("The volunteers had been told to leave the camp by Tuesday.", "by Tuesday",
         date(2026, 3, 6), date(2026, 3, 10)),
        ("The new ferry will run in summer and autumn.", "in summer",
         date(2026, 6, 1), date(2026, 8, 31)),
        # audit sample L
        ("The governor's speech Tuesday will focus on housing.", "Tuesday",
         date(2026, 3, 10), date(2026, 3, 10)),
        ("The new owners will keep the mill open for the long term.", "for the long term",
         date(2026, 3, 6), date(2031, 3, 6)),
        ("On Thursday, the chairman said the reunion in September would be the club's last.",
         "in September", date(2026, 9, 1), date(2026, 9, 30)),
        ("In the coming months, the mayor will vow to shut the depot.", "In the coming months",
         date(2026, 3, 6), date(2026, 9, 6)),
        # audit sample M
        ("Farmers vote on Tuesday on the new levy.", "on Tuesday",
         date(2026, 3, 10), date(2026, 3, 10)),
        ("The minister, who resigned weeks ago, said the plant will reopen next week.",
         "next week", date(2026, 3, 9), date(2026, 3, 15)),
        # audit sample N
        ("The board met now, and tomorrow it will vote on the budget.", "tomorrow",
         date(2026, 3, 7), date(2026, 3, 7)),
        ("The risk for the mayor as she heads into the March 20 debate isn't necessarily "
         "hidden.", "March 20", date(2026, 3, 20), date(2026, 3, 20)),
        # audit sample O
        ("Trains are now expected to run from November.", "from November",
         date(2026, 11, 1), date(2026, 11, 30)),
        ("Come June, the new law will take effect.", "June", date(2026, 6, 1),
         date(2026, 6, 30)),
        ("The new fares apply from April.", "from April", date(2026, 4, 1),
         date(2026, 4, 30)),
        ("A Tuesday deadline looms for the union.", "Tuesday", date(2026, 3, 10),
         date(2026, 3, 10)),
    ],
)
def test_forward_phrases_found_in_the_audit(
    text: str, phrase: str, earliest: date, latest: date
) -> None:
    assert_one_window(deadlines_in(text, FRIDAY), phrase, earliest, latest)


def test_the_current_month_in_a_verbless_clause_takes_the_sentence_tense() -> None:
    text = "On a mild December day in the capital, the president had reason to smile."
    assert deadlines_in(text, datetime(2025, 12, 13, 9, 0, tzinfo=UTC)) == []


def test_a_month_already_past_with_might_is_next_years() -> None:
    (deadline,) = deadlines_in(
        "“You might want to delay until May,” he told the hearing.",
        datetime(2025, 12, 1, 9, 0, tzinfo=UTC),
    )
    assert deadline.phrase == "until May"
    assert deadline.latest.date() == date(2026, 5, 31)


def test_a_rolled_date_keeps_its_own_clause_apart_from_a_coordinated_past() -> None:
    (deadline,) = deadlines_in(
        "The minister said the country would leave by the end of February and suggested "
        "that it would quit the customs union.",
        datetime(2026, 10, 5, 9, 0, tzinfo=UTC),
    )
    assert deadline.phrase == "by the end of February"
    assert deadline.latest.date() == date(2027, 2, 28)


@pytest.mark.parametrize("phrase", ["on Friday", "by Friday", "until Friday", "Friday"])
def test_a_weekday_named_on_that_day_is_that_day_with_or_without_by(phrase: str) -> None:
    """News copy names its own day for today; a deadline a week off says "next Friday"."""
    (deadline,) = deadlines_in(f"The union will decide {phrase} whether to strike.", FRIDAY)
    assert deadline.latest.date() == date(2026, 3, 6)


def test_next_friday_on_a_friday_is_a_week_away() -> None:
    (deadline,) = deadlines_in("The union will decide next Friday whether to strike.", FRIDAY)
    assert deadline.earliest.date() == deadline.latest.date() == date(2026, 3, 13)


@pytest.mark.parametrize(("published", "year"), [
    (datetime(2026, 3, 6, 15, 0, tzinfo=UTC), 2026),  # the coming November
    (datetime(2026, 11, 20, 15, 0, tzinfo=UTC), 2027),  # said in November: a year away
    (datetime(2026, 12, 4, 15, 0, tzinfo=UTC), 2027),
])
def test_next_with_a_month_keeps_its_word_and_looks_ahead(published: datetime,
                                                          year: int) -> None:
    found = deadlines_in("The council will hold the vote next November, the clerk said.",
                         published)
    assert_one_window(found, "next November", date(year, 11, 1), date(year, 11, 30))


def test_a_phrase_that_ends_its_sentence_after_a_comma_is_about_what_came_before() -> None:
    (deadline,) = deadlines_in(
        "The minister is slated to visit the port, a major employer, later in the month.",
        FRIDAY,
    )
    assert deadline.about.startswith("The minister is slated to visit the port")


def test_a_date_just_after_new_year_said_in_december_is_the_coming_one() -> None:
    found = deadlines_in(
        "The bank faces a string of tests, with another large payment on Jan. 1.",
        datetime(2025, 12, 5, 9, 0, tzinfo=UTC),
    )
    assert_one_window(found, "on Jan. 1", date(2026, 1, 1), date(2026, 1, 1))


def test_a_month_rolled_further_still_needs_a_future_verb() -> None:
    text = "In January, the company posted a loss."
    assert deadlines_in(text, datetime(2025, 12, 20, 9, 0, tzinfo=UTC)) == []


def test_an_opening_day_governs_a_list_of_places_after_it() -> None:
    found = deadlines_in("Kent votes on Tuesday; on Wednesday, Dover, Hythe and Deal hold "
                         "elections for mayor.", FRIDAY)
    assert [(d.phrase, d.earliest.date()) for d in found] == [
        ("on Tuesday", date(2026, 3, 10)), ("on Wednesday", date(2026, 3, 11))]
