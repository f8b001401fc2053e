"""Future, modal and past auxiliary words, written once for the deadline tense rules (issue 10).

Each pattern takes the groups it needs. "will" looks ahead from now; "would" looks ahead
from a day already past ("said the plant would reopen"), so a plain future leaves it out;
the modals only say that a thing may or should happen.
"""

from __future__ import annotations

import re

CONTRACTED_WILL = r"[’']ll\b"
# Not the noun: "the will of the voters", "political will", "against his will".
WILL = (
    r"(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bour\s)"
    r"(?<!\bfree\s)(?<!\bpolitical\s)(?<!\bgood\s)will|shall"
)
WONT = r"won[’']t"
WOULD = r"would"
OBLIGATION = r"should|must"
POSSIBILITY = r"could|(?-i:may)|might"  # "may" the verb, not the month
# "had announced the plans for 4 February": a plan as a noun after its determiner sets no
# time ahead, unless it says what is to be done ("the plan to withdraw by the summer").
PLANS = (
    r"expects?|expected|(?<!the\s)(?<!its\s)(?<!his\s)(?<!her\s)(?<!their\s)plans?|"
    r"plans?(?=\s+to\b)|planned|intends?|due|scheduled|set to|poised to"
)
# "is hoping to", not "was hoping to": a wish of the past day.
WISHES_TO = r"(?:hopes?|aims?|wants?|(?<!was\s)(?<!were\s)(?<!been\s)(?:hoping|aiming)) to"
# "are racing to complete a count for delivery in January": an effort under way toward a
# time ahead (not "were racing to", the past's).
EFFORT_TO = (
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?:racing|rushing|scrambling|working|striving|hurrying)\s+to"
)
# "Its goal is to deliver 300 million doses by January": an aim stated now.
GOAL_IS_TO = r"(?:goal|aim|target|objective|mission)s?\s+(?:is|are)\s+to"
# "Democrats want passage before early March", "are pressing for a vote by March": a demand
# made now of a time ahead (not "had been pressing for", "wanted", the past's).
DEMANDS = (
    r"(?<!had\sbeen\s)(?<!was\s)(?<!were\s)(?:pressing|pushing|calling|lobbying)\s+for|"
    r"(?:wants?|demands?|urges?)(?!\s+to\b)"
)
DEMAND_NOW = re.compile(rf"\b(?:{DEMANDS})\b", re.IGNORECASE)
# "As Taiwan prepares for a presidential election in January": readying for a time ahead
# (not "was preparing for", the past's).
PREPARES_FOR = (
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?:prepares|preparing|gearing\s+up|getting\s+ready|"
    r"bracing|braces)\s+for"
)
# "requires the expulsion of inspectors if sanctions are not lifted by early February": a
# condition in the present on a time ahead (the past's would be "were not lifted").
PRESENT_CONDITION = r"(?:if|unless)\s+(?:[\w’'-]+\s+){0,4}?(?:is|are)\s+(?:not\s+)?[a-z]+ed"
# The modal auxiliaries as plain words, for lookbehinds and word lists ("can only last").
MODAL_VERBS = r"will|would|can|could|may|might|must|should|shall"
# The auxiliaries that put a clause in the past ("was expected to", "had been invited").
PAST_AUXILIARIES = r"was|were|had|did"
# Participles of a plan, after "was/were/had been": "were due to", "was scheduled for".
PLAN_PARTICIPLES = r"due|supposed|scheduled|slated|set|meant|poised"
# Adverbs of a habit ("usually opens at 9 am", "typically takes weeks") and the words of a
# rule for every case: a time they govern recurs, it is not one ahead.
HABIT = r"usually|typically|normally|generally|often|always"
EVERY = r"each|every"
# A timing fixed in advance: "scheduled for May", "expected to", "set on Monday".
SCHEDULED = r"expected|scheduled|slated|planned|set|due"

# Any word that can put a time ahead, weak ones included: "plans to" but not "a spending
# plan", "likely" but not "likely hired".
STRONG_FUTURE = re.compile(
    # "his long-anticipated challenge", "a much-expected ruling": an adjective, no plan
    rf"(?:{CONTRACTED_WILL}|\b(?<!-)(?:{WILL}|{WONT}|{WOULD}|wouldn[’']t|going to|expects?|"
    r"expected|"
    # "In three days, let's make history!": a call to act then
    r"let[’']s|"
    r"anticipates?|anticipated|anticipating|"
    # "plans a strike on Friday", not "the plans a committee drew up".
    r"expecting|plans?(?=\s+(?:to|for|on)\b)|(?<!the\s)plans(?=\s+an?\s)|planned|planning|"
    # "carried the hopes of the nation": a noun, no wish
    r"intends?|intended|aims?|aimed|aiming|(?<!the\s)(?<!his\s)(?<!her\s)(?<!their\s)"
    r"(?<!our\s)hopes?|hoped|hoping|due|scheduled|schedule|slated|"
    r"set to|poised to|deadline|ultimatum|"
    # "the testimony he is prepared to deliver Tuesday"; "who is up for reelection this year"
    r"(?:is|are|am)\s+prepared\s+to|(?:is|are)\s+up\s+for\s+(?:re-?)?election|"
    rf"needs? to|has to|have to|{OBLIGATION}|{POSSIBILITY}|can|if|unless|upcoming|looming|"
    r"ahead of|in anticipation of|in the run-up to|pledged? to|promised? to|"
    r"vowed? to|wants? to|seeks? to|seeking to|asked to|"
    r"told to|is to|are to|was to|were to|likely(?!\s+[a-z]+ed\b)"
    # "759 likely voters", "the likely nominee": an adjective of a noun, no time ahead
    r"(?!\s+(?:voters?|nominees?|candidates?|winners?|successors?|outcomes?|scenarios?|"
    r"suspects?|culprits?|contenders?|causes?)\b)|possible|possibly|"
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?:required|obliged|obligated) to|"
    # "The deal requires both sides to open the crossings": a duty a paper sets now.
    r"(?:requires|obliges|obligates|commits|calls\s+for)(?=\s+(?:[\w’'-]+\s+){0,4}?to\s)|"
    # "struck 150 targets": a count of things, no aim; nor "drone strikes targeting airfields".
    r"predicts?|forecasts|projected|estimates?|target|(?<!\d\s)targets|"
    r"(?<!strikes\s)(?<!attacks\s)(?<!raids\s)(?<!missiles\s)(?<!drones\s)(?<!shelling\s)"
    r"targeting|timeline|"
    r"window|"
    r"awaits?|awaiting|(?<!was\s)(?<!were\s)(?<!been\s)seen(?=\s+(?:extending|raising|"
    r"cutting|holding|keeping|hiking|easing|lowering|boosting)\b)|"
    r"(?:not|never|(?<=n[’']t))\s+rul(?:e|ed|ing)\s+out|"
    rf"{EFFORT_TO}|{PREPARES_FOR})\b)",
    re.IGNORECASE,
)
# A future seen from now, not from a past day ("was going to", "would" are left out).
PLAIN_FUTURE = re.compile(
    rf"{CONTRACTED_WILL}|\b(?:{WILL}|{WONT}|(?<!was\s)(?<!were\s)going to|ahead of|upcoming|"
    r"looming|(?:is|are|am)\s+(?:to|set to|poised to|due|scheduled|expected|slated|planning|"
    r"planned)|"
    r"(?:plans?|expects?|intends?|hopes?|wants?)\s+to)\b",
    re.IGNORECASE,
)
# A modal before a deadline sets it ahead: "plants should be closed by 2012".
MODAL_BEFORE = re.compile(
    rf"\b(?:{WILL}|{OBLIGATION}|{WOULD}|is to|are to|is due|are due|is expected|are expected)\b",
    re.IGNORECASE,
)
# What it takes to read a month already past this year as next year's.
ROLLED_FUTURE = re.compile(
    rf"(?:\b(?:{WILL}|{WOULD}|going to|{PLANS}|{POSSIBILITY}|{OBLIGATION}|{WISHES_TO}|"
    rf"{EFFORT_TO}|{PREPARES_FOR}|{PRESENT_CONDITION}|{GOAL_IS_TO})|[’']ll)\b",
    re.IGNORECASE,
)
# The modal itself negated, or a negation that leads up to it ("not something that will");
# "would have time ... who are not registered" negates another verb.
_NEGATABLE = rf"will|{WOULD}|can|could"
NEGATED_MODAL = re.compile(
    rf"\b(?:not|never|no)\b.*\b(?:{_NEGATABLE})\b|\b(?:{_NEGATABLE})\s+(?:not|never)\b",
    re.IGNORECASE,
)
# "You can't flip it in 11 months": the negation written into the modal. Only a span reads
# it so ("Trump can't be toppled next Tuesday" still names the primary's day).
CONTRACTED_NEGATION = re.compile(r"\b(?:can[’']t|cannot|won[’']t|couldn[’']t|wouldn[’']t)\b", re.I)
# A future anywhere later in a sentence, from now or from the day reported.
LATER_FUTURE = re.compile(rf"\b(?:{WILL}|{WOULD}|going to)\b|{CONTRACTED_WILL}", re.IGNORECASE)
# "said the gathering in September would be the last": a modal a few words on.
MODAL_SOON = re.compile(
    rf"(?:\s+[\w’'.-]+){{0,4}}?\s+(?:{WOULD}|will|could|might)\b", re.IGNORECASE
)
# A time as the subject of a future: "Tuesday “will be a hard day”", "2027 will be ...".
SUBJECT_OF_FUTURE = re.compile(r"\s*[\"“]?\s*(?:will|shall|is going to)\b", re.IGNORECASE)
# The event a day or week owns, up to the verb it is the subject of: "Friday's vote will",
# "This week's talks will be". Followed by the future words each use asks for.
POSSESSED_EVENT = r"[’']s\s+(?:[a-z]+\s+){0,2}?"
