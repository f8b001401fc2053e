"""Tense around a time phrase: does the nearest verb look ahead, report, or narrate the past?

Used by `deadlines` to tell "will decide on Monday" from "decided on Monday". Markers are
words, not parses: a future or modal word, an infinitive ("to decide"), or a past form.
"""

from __future__ import annotations

import re

from bot.analysis.calendar_words import SEASON_NAME
from bot.analysis.future_words import MODAL_SOON, PAST_AUXILIARIES, STRONG_FUTURE

REPORTING_VERBS = re.compile(
    r"(?:said|told|announced|confirmed|suggested|stated|added|warned|promised|pledged|"
    r"decided|agreed|set|scheduled|proposed|indicated|signalled|signaled|predicted|"
    r"estimated|forecast|hinted|insisted|argued|explained|wrote|revealed|reported|noted)",
    re.IGNORECASE,
)

PAST = re.compile(
    rf"\b(?:{PAST_AUXILIARIES}|ago|earlier|previous|previously|already|"
    # "has been a worry" looks back; in "has been scheduled" the participle decides.
    r"been(?!\s+(?:[a-z]+ed|[a-z]+ing|set|held|put|cut|told|given|taken|shown|made)\b)|"
    rf"(?:{PAST_AUXILIARIES})n[’']t|"
    rf"last(?=\s+(?:week|month|year|night|time|season|{SEASON_NAME}|"
    r"weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
    r"march|april|may|june|july|august|september|october|november|december))|"
    # "long-dated bonds", "Iran-backed groups": a compound adjective, not a past verb (but
    # "co-sponsored", "re-elected" are verbs with a prefix)
    r"(?:(?<![a-z]-)|(?<=\bco-)|(?<=\bre-)|(?<=\bpre-)|(?<=\bmis-))"
    # "to succeed the speaker", "indeed": words in -eed that are no past tense
    r"(?!(?:suc|pro|ex)ceed\b|indeed\b|speed\b|breed\b|bleed\b|greed\b)[a-z]{3,}ed|"
    r"said|told|met|took|began|came|went|made|saw|left|held|won|lost|fell|rose|"
    r"spoke|wrote|sent|brought|struck|broke|ran|paid|sold|bought|built|led|knew|"
    r"thought|found|became|fought|chose|drew|flew|grew|kept|sat|stood|spent|fled|"
    r"caught|taught|sought|threw|wore|tore|swore|stole|shook|sank|sang|rang|rode|froze|"
    r"forgot|hung|lay|meant|slept|withdrew|overtook|undertook|arose|awoke|bore|beat|bent|"
    r"bled|blew|bred|burnt|clung|crept|dealt|dug|dreamt|drank|drove|ate|fed|felt|got|gave|"
    r"underwent|put it|died|tied|lied|used|"
    # "ground to a halt", not the noun of "ground zero" or "common ground"
    r"ground(?=\s+(?:to|down|out|on)\b)|"
    r"heard|knelt|laid|leapt|lent|since|ended|passed|expired|shut|hit|stolen|taken|"
    # "contacts dating back to November", "as far back as May": a time counted back to
    r"dat(?:es?|ing)\s+back|stretch(?:es|ing)\s+back|as\s+far\s+back\s+as|"
    r"given|broken|written|spoken|chosen|driven|hidden|beaten|fallen|forgotten|shown|"
    r"thrown|torn|worn|gone|done|seen|known|grown|flown|drawn|withdrawn|overtaken|"
    # "has become the third firm this week to ...": a perfect whose participle is a base form
    r"(?:(?<=\bhas\s)|(?<=\bhave\s))(?:become|come|overcome))\b",
    re.IGNORECASE,
)
# An infinitive that asks for or expects a later act: "urged them to vote Tuesday", "a good
# chance to win it on Tuesday".
ASKED_TO = re.compile(
    r"\b(?:urged|urging|asked|asking|told|telling|called on|encouraged|invited|chance|"
    r"opportunity|ready|(?:is|are)\s+(?:un)?likely)\b(?:\s+[\w’'-]+){0,3}?\s+to\s+[a-z]+",
    re.IGNORECASE,
)
_HAD_THE_CHANCE = re.compile(
    r"\b(?:had|was|were)\s+(?:(?:a|an|another|the|one|their|his|her|its|good|last|final)\s+)*"
    r"(?:chance|opportunity)\b",
    re.IGNORECASE,
)

# "had urged residents to leave Wednesday": asked before a day already past, for then.
_HAD_ASKED = re.compile(r"\bhad\s+(?:(?:already|earlier|also|repeatedly)\s+)?$", re.IGNORECASE)


# "released on the condition that each post bond within a week": what the condition asks.
_ON_CONDITION = re.compile(
    r"\bon\s+(?:the\s+)?conditions?\s+that\s+(?:[^,;:.“”\"]|(?<=\d)[,.](?=\d)){0,80}$",
    re.IGNORECASE,
)


def asks_for_later(left: str) -> bool:
    """An act asked for or expected ('urged them to vote', 'a chance to win', 'on the
    condition that each post bond'), but not a chance already had ('had another opportunity
    to show its clout Tuesday') nor an ask made before a past day ('had urged residents to
    leave Wednesday')."""
    if _ON_CONDITION.search(left):
        return True
    asked = ASKED_TO.search(left)
    return (
        asked is not None
        and not _HAD_THE_CHANCE.search(left, 0, asked.end())
        and not _HAD_ASKED.search(left, 0, asked.start())
    )


# Past-tense words that still point forward ("expected next week", "scheduled for May").
FORWARD_PARTICIPLES = re.compile(
    r"\b(?:expected|scheduled|planned|slated|intended|aimed|hoped|projected|predicted|"
    r"forecasted|delayed|postponed|pushed|moved|rescheduled|extended|pencilled|penciled|"
    r"earmarked|timetabled)\b",
    re.IGNORECASE,
)
# "to" before a determiner is a preposition ("invited him to a rally"), not an infinitive.
INFINITIVE = re.compile(
    r"(?<!as if )(?<!as though )\bto\s+(?!(?:a|an|the|his|her|their|its|our|my|your|this|"
    r"these|those|that|some|any|all|each|every|no|more|less|about|around|nearly|almost|over|under|up|"
    # nouns that follow a preposition "to": "burned to death", "figures to date"
    r"death|date|power|hospital|prison|jail|bed|safety|life|light|mind)\b)[a-z]+"
)
# A reporting verb in -ing reports a plan ("with the president suggesting April or May").
_REPORTING_ING = re.compile(
    r"\b(?:saying|suggesting|predicting|proposing|promising|warning|forecasting)\b", re.I
)
# Verbs whose infinitive happened when they did: "declined to comment on Sunday" is past;
# after a verb of motion "to" is a preposition ("came to power in October").
_IMPLICATIVE_BEFORE = re.compile(
    r"\b(?:declined|refused|tried|failed|managed|began|continued|sought|appeared|seemed|"
    r"happened|rushed|moved|started|attempted|went on|came|went|rose|swept|returned|"
    r"(?:has|have)\s+had|"  # "has had to issue a denial this year": done already
    # "was forced to defend his belt in December": an act the past compelled
    r"(?:was|were)\s+(?:forced|compelled|made)|"
    # "were among the managers to voice concerns at the weekend": one of those who did
    r"(?:was|were)\s+(?:among|one\s+of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+s|"
    # "accused the union of failing to act this week": blamed for what it did not do
    r"(?:of|for)\s+(?:failing|refusing|declining|trying)|"
    # "was attempting to detain him on June 17": the try was under way then
    r"(?:was|were)\s+(?:attempting|struggling)|"
    # "blocked an attempt by the bloc to impose sanctions this week": the try was thwarted
    r"(?:blocked|thwarted|foiled|rejected|defeated|vetoed|scuttled|halted)\s+"
    r"(?:an?|the|its|their|his|her)\s+(?:[a-z]+\s+)?(?:attempts?|bids?|efforts?|push|moves?)"
    r"(?:\s+by\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?)?)\s+$",
    re.IGNORECASE,
)
# "will have 10 million doses distributed", "to get the bridge reopened": a thing had done
# ahead, its participle after the object.
CAUSATIVE_BEFORE = re.compile(
    r"\b(?:will|would|to|[’']ll)\s+(?:have|get)\s+(?:[\w,.%$-]+\s+){1,5}$", re.IGNORECASE
)
_HAD_BEEN = r"\bhad\s+(?:[a-z]+ly\s+|not\s+)?been\s+"
# "had been invited to speak in November": a plan seen from a day already past. An order
# ("had been told to leave by Friday") still sets a time ahead.
_PLUPERFECT_PASSIVE_BEFORE = re.compile(
    _HAD_BEEN + r"(?!(?:told|asked|ordered|urged|instructed|directed|warned|given)\b)"
    r"[a-z]+ed\s+$",
    re.IGNORECASE,
)
# "had been destroyed": a pluperfect passive's participle, done before the telling.
_HAD_BEEN_BEFORE = re.compile(_HAD_BEEN + "$", re.IGNORECASE)
# "gathered with readers at a fair to discuss books": an infinitive of purpose after a verb
# of meeting or moving happened when that verb did.
_MET_TO = re.compile(
    r"\b(?:gathered|met|convened|assembled|travell?ed|flew|arrived|turned out|came together|"
    r"rallied|marched|descended on|flocked)\b[^,;:]*$",
    re.IGNORECASE,
)
_TO_PERFECT_INFINITIVE = re.compile(r"\bto\s+have\s+(?:been\s+)?$", re.IGNORECASE)
# "has been especially preoccupied": an adverb after "been" keeps the perfect.
_PERFECT = re.compile(
    r"(?<!will\s)(?<!would\s)(?<!to\s)\b(?:has|have)\s+(?:\w+\s+)?(?:[a-z]+ly\s+)?$", re.I
)
_ADJECTIVE_AFTER = re.compile(
    # a participle right after a preposition is an adjective: "asked for written replies"
    r"\b(?:the|a|an|another|its|their|his|her|this|our|my|your|in|of|with|among|for|by|on|"
    # "in virtually unchanged revenue": an adverb between; "a second missed payment": an ordinal
    r"at|from)\s+(?:[a-z]+ly\s+|(?:second|third|fourth|fifth)\s+)?$",
    re.IGNORECASE,
)
# "will hold closed consultations", "to set fixed prices": after a modal's or an
# infinitive's own verb, a participle describes the object (not after "be", "have", "get").
_AFTER_BARE_VERB = re.compile(
    r"\b(?:will|would|could|can|may|might|must|should|shall|to)\s+"
    r"(?!(?:be|have|get|got|become|stay|remain|seem|look|feel|sound|appear)\s)[a-z]+\s+$"
)
# "to elected President Bazoum": after "to", a participle before a title or name describes it
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_TITLE_AFTER = re.compile(r"\s+[A-Z][a-z]")
_PASSIVE_BEFORE = re.compile(
    r"\b(?:be|been|being|is|are|am|isn[’']t|aren[’']t|will have|would have|stay|stays|remain|"
    # "isn't necessarily hidden", "are not lifted", "is still not met"
    r"remains)\s+(?:(?:[a-z]+ly|not|still|yet)\s+){0,2}$",
    re.IGNORECASE,
)
_COMPARED = re.compile(r"\b(?:than|as)\s+$", re.IGNORECASE)


def _compared(text: str, position: int) -> bool:
    """'fewer jobs than expected in January', 'as planned': a comparison, not a plan."""
    return _COMPARED.search(text, max(0, position - 8), position) is not None


# Lower case only: "George Will reignited", "Theresa May said" are names before a past.
_MODAL_RIGHT_BEFORE = re.compile(
    r"\b(?:will|would|could|can|may|might|must|should|shall)\s+(?:[a-z]+ly\s+)?$"
)
# The words before a verb that decide how it reads all sit this close to it; the `$`-anchored
# patterns search only this tail, so a long clause is not scanned again for every verb.
_TAIL = 60
_FOLLOWED_BY = re.compile(r"\s+by\b")


def _participle_reading(text: str, position: int, word: str) -> str | None:
    """'weak' for a passive or modal participle ('be signed', 'will have met'), 'past' for a
    perfect that looks back ('has sought', 'to have conducted') or plain past narration, and
    None for an adjective ('a classified room')."""
    if FORWARD_PARTICIPLES.fullmatch(word):
        return "weak"
    start = max(0, position - _TAIL)
    if word.lower() == "followed" and _FOLLOWED_BY.match(text, position + len(word)) and (
        re.search(r"(?:^|,)\s*$", text[start:position])
    ):
        return None  # "opens on Dec. 31, followed by a wider release in January"
    if _MODAL_RIGHT_BEFORE.search(text, start, position):
        return "weak"  # "ads could hit the airwaves": a bare form that looks like a past
    if (_PERFECT.search(text, start, position)
            or _TO_PERFECT_INFINITIVE.search(text, start, position)):
        return "past"
    if _ADJECTIVE_AFTER.search(text, start, position) or _AFTER_BARE_VERB.search(
        text, start, position
    ) or (
        _TO_BEFORE.search(text, start, position) and _TITLE_AFTER.match(text, position + len(word))
    ):
        return None  # "a classified room", "restore power to elected President Bazoum"
    if CAUSATIVE_BEFORE.search(text, start, position):
        return "weak"  # "we will have 10 million doses distributed in November"
    passive = _PASSIVE_BEFORE.search(text, start, position)
    if passive and _HAD_BEEN_BEFORE.search(text, start, position):
        return "past"  # "homes had been destroyed in November": a passive told as done
    return "weak" if passive else "past"


def tense_markers(
    text: str, from_right: bool, skip_reporting: bool = False
) -> list[tuple[int, str]]:
    """(distance from the phrase, 'future' | 'weak' | 'past') for each tense marker."""
    markers: list[tuple[int, str]] = []

    def distance(match: re.Match[str]) -> int:
        return len(text) - match.end() if from_right else match.start()

    for match in STRONG_FUTURE.finditer(text):
        if not _compared(text, match.start()):
            markers.append((distance(match), "future"))
    for match in _REPORTING_ING.finditer(text):
        markers.append((distance(match), "weak"))
    for match in INFINITIVE.finditer(text):
        implicative = _IMPLICATIVE_BEFORE.search(text, max(0, match.start() - _TAIL),
                                                 match.start())
        pluperfect = _PLUPERFECT_PASSIVE_BEFORE.search(
            text, max(0, match.start() - _TAIL), match.start()
        )
        met = _MET_TO.search(text, max(0, match.start() - _TAIL), match.start())
        if (implicative and implicative.end() == match.start()) or pluperfect or met:
            markers.append((distance(match), "past"))
        elif not match.group().lower().endswith(" have"):
            markers.append((distance(match), "weak"))
    for match in PAST.finditer(text):
        word = match.group()
        if word[:1].isupper() and match.start() > 0:
            continue  # "United Nations", "Ted": a name, not a verb
        if (skip_reporting and REPORTING_VERBS.fullmatch(word)) or _compared(text, match.start()):
            continue
        reading = _participle_reading(text, match.start(), word)
        if reading is not None:
            markers.append((distance(match), reading))
    return markers


def nearest_tense(left: str, right: str) -> str | None:
    """'future', 'weak' (infinitive or participle) or 'past' from the nearest verb, left first."""
    markers = tense_markers(left, from_right=True)
    if not markers:
        markers = tense_markers(right, from_right=False)
    return min(markers)[1] if markers else None


# "Talks on Monday between the ministers, intended to pave the way for a summit, ended ...":
# an aside set off by commas after the subject is not the verb the day belongs to.
_ASIDE = re.compile(
    r"^[^,;:]*,\s*(?:[a-z]+(?:ed|en|ing)|meant|which|who)\b[^,;:]*,(?=\s*[a-z])"
)


# A frame set off before a dash or a participle: ", McConnell said — giving …".
_CLOSING_FRAME = re.compile(
    rf"\s*,\s*(?:[A-Z][\w.’'-]*\s+){{1,3}}(?P<verb>{REPORTING_VERBS.pattern})"
    r"(?=\s*(?:[—–]|--|,\s+[a-z]+ing\b))"
)


def sentence_tense(text: str, start: int, end: int) -> str | None:
    """The nearest tense anywhere in the sentence, for a phrase whose clause has no verb
    ("Against the rivals on Tuesday, she lost"). A closing reporting frame ("..., officials
    said.") says nothing about when the reported event happens, so it is not counted; a
    reporting verb with a clause of its own after it ("Also on Thursday, he said he would
    ...") is the verb the day belongs to."""
    after = text[end:]
    aside = _ASIDE.match(after)
    if aside is not None and not text[:start].rstrip().endswith(","):
        after = after[: aside.group().index(",")] + after[aside.end() :]
    frame = list(PAST.finditer(after))
    if (
        frame
        and REPORTING_VERBS.fullmatch(frame[-1].group())
        and not STRONG_FUTURE.search(after, frame[-1].end())
        and len(after[frame[-1].end() :].split()) <= 6  # not "proposed enforcing a zone ..."
    ):
        after = after[: frame[-1].start()]
    elif (closing := _CLOSING_FRAME.match(after)) is not None:
        after = after[: closing.start("verb")]  # "…, McConnell said — giving them time to …"
    markers = tense_markers(text[:start], from_right=True, skip_reporting=True)
    markers += tense_markers(after, from_right=False)
    return min(markers)[1] if markers else None


# A request sets the time of what it asks for, as a plan reported does.
_REQUEST = re.compile(r"(?:asked|demanded|requested|ordered|instructed|directed)", re.I)
_OWN_TIME = re.compile(r"(?:on|in|at|during)\b", re.IGNORECASE)
_SPEECH = re.compile(r"(?:said|wrote|told|announced)", re.IGNORECASE)
# "wants the papers filed by May 1": a participle after a wish and its object is the state
# wished for, not a past act.
_WISHED = re.compile(
    r"\b(?:wants?|wanted|needs?|needed|would\s+(?:like|prefer))\s+"
    r"(?:(?!(?:to|that|who|which|what|when|if|and|but)\b)[\w'’-]+\s+){1,8}$",
    re.I,
)


def nearest_past_is_reporting(left: str, right: str, phrase: str) -> bool:
    """'announced the vote for May 1', 'suggested April or May': a reported plan. The
    reporting verb must come first, and "said on Nov. 9" or "wrote in September" gives the
    time of the reporting itself."""
    pasts = [
        m for m in PAST.finditer(left)
        if not FORWARD_PARTICIPLES.fullmatch(m.group())
        and not _ADJECTIVE_AFTER.search(left, max(0, m.start() - _TAIL), m.start())
    ]
    if not pasts:
        return PAST.search(right) is None
    word = pasts[-1]
    if nearest_tense("", right) == "past" and not FORWARD_PARTICIPLES.search(right):
        return False  # "said the donation during October was ...": the report has its own verb
    if _WISHED.search(left[: word.start()]):
        return True
    between = left[word.end() :]
    reported_subject = (
        word.group().lower() == "said"
        and between.strip()
        and MODAL_SOON.match(right) is not None
    )  # "said the gathering in September would be the last": the time is the gathering's
    if _OWN_TIME.match(phrase) and not reported_subject and (
        not between.strip(" ,")
        or (_SPEECH.fullmatch(word.group()) and not re.search(r"\bthat\b", between, re.I))
    ):
        return False  # "told investors in October"; but "said that after winning on May 3"
    passive = re.search(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", left[: word.start()], re.I)
    # "asked for answers by May 10"; but "asked about them in April" dates the asking
    asked = _REQUEST.fullmatch(word.group()) is not None and not _OWN_TIME.match(phrase)
    return (REPORTING_VERBS.fullmatch(word.group()) is not None or asked) and passive is None
