"""The shapes of an attribution around a quote: "X said", "said X", "according to X",
"X:" and the words that may stand between a speaker and the verb."""

from __future__ import annotations

import re

from bot.analysis.entities import SPEECH_VERBS
from bot.analysis.lexicon import ADVERB as ADVERB
from bot.analysis.lexicon import (
    DESCRIPTION_ROLES,
    ORG_DESCRIPTOR_PATTERN,
    ROLE_NOUNS,
    UNNAMED_GROUP_LEVELS,
    UNNAMED_GROUPS,
)
from bot.analysis.quote_spans import SPEECH_VERB_WORD

# "the states’ filing says": a plural's apostrophe makes "states" a noun, not the verb.
# "a statement posted on the Kremlin's website said": a paper posted is no one posting.
_PAPER_POSTED = r"(?!(?:" + "|".join(
    rf"(?<={paper}\s)" for paper in ("statement", "document", "message", "notice", "release",
                                     "letter", "readout", "report", "video")
) + r")posted\b)"
VERB = rf"{_PAPER_POSTED}(?:{SPEECH_VERBS})(?!(?<=s)[’'](?:\s|$))"
# A role right after a body's name: "the Kremlin leader", "the EU chief negotiator" name a
# person the body has, not the body.
ROLE_AFTER_BODY = re.compile(
    r"[ \t\xa0]+(?:" + "|".join(sorted(DESCRIPTION_ROLES | ROLE_NOUNS)) + r")\b"
)
# A verb of speech anywhere in a stretch of text.
VERB_WORD = SPEECH_VERB_WORD  # a whole word of speech: "said", not "saidat"
# "a diplomat", "two officials": how an unnamed source is counted in.
UNNAMED_COUNT = r"(?:a|an|one|two|three|several)"


# A word of a body's name; a full stop only inside initials ("U.S."), never the sentence's.
_BODY_WORD = r"[A-Z](?:[\w&’'-]|\.(?=[A-Za-z]))*(?:(?<=\b[A-Z])\.)?"


def named_body(joiners: str = "of|and") -> str:
    """A body's capitalised name after an optional "the", its words joined only by these
    lowercase words ("the Bank of Halden", "Acme and Sons")."""
    return (
        rf"(?:the\s+)?(?P<org>{_BODY_WORD}(?:\s+(?:(?:{joiners})\s+)?{_BODY_WORD})*)"
    )


# Where posts go up: "took to X", "Ruiz on Truth Social said". X only as a whole word.
PLATFORMS = (
    r"(?:[‘'\"]?X[’'\"]?|Twitter|Facebook|Instagram|Telegram|Truth\s+Social|TikTok|YouTube|"
    r"Threads|Bluesky|social\s+media)(?![\w’'])"
)
# "a spokeswoman", "one company spokesman": an unnamed spokesperson introduced.
A_SPOKESPERSON = r"\b(?i:a|an|one)\s+(?P<kind>[\w-]+\s+)?spokes(?P<role>man|woman|person)"
# "… for the Harbour Board": whom the spokesperson speaks for.
FOR_BODY = r"\s+(?:for|of|at|from)\s+" + named_body()
# "United States President Ana Ruiz said": "States" there is part of a name, not the verb,
# as in "in states that vote in March"; a paper's "states that" is the verb ("Article 12 of
# the law states that").
_PAPER_STATES = "|".join(
    rf"(?<={word}\s)" for word in "law act constitution charter treaty code rule".split()
)
_VERB_NOT_NAME = rf"(?:(?:{_PAPER_STATES})(?=states\s+that\b)|(?!States\s+[A-Z])){VERB}"
# "…,” he started out by saying: how the speaker began is no part of who speaks.
_BEGAN_BY = r"(?:(?:started|began|opened|ended|finished|closed)\s+(?:(?:out|off|up)\s+)?by\s+)?"
TRAILING_WHO_VERB = re.compile(
    rf"^\s*[,—–-]?\s*(?P<who>[^!?“”\"]{{1,200}}?)\s+{_BEGAN_BY}{ADVERB}{_VERB_NOT_NAME}\b",
    re.IGNORECASE,
)
# "“…,” comments Ana Ruiz": a speech verb only right after a closing quote, a noun elsewhere
# ("Trump's comments had rattled them"; "She remembers Ruiz's reply:"); so is "read" before
# a paper that speaks ("…,” read a Halden Rugby statement), not "read a translation of it".
_INVERTED_ONLY = (
    r"(?:comments|remembers|remembered|reads?(?=\s+(?:a|an|the|its|their)\s+"
    r"(?:(?!of\s)[\w-]+\s+){0,4}(?:statement|release|notice|letter|post|message|note)\b))"
)
# "“…,” saying the city …": a participle after a quote takes a clause, never its speaker.
TRAILING_VERB_WHO = re.compile(
    rf"^\s*[,—–-]?\s*(?:{VERB}|{_INVERTED_ONLY})(?<!ing)\s+(?P<who>[^!?;“”\"]{{1,120}})",
    re.IGNORECASE,
)
# "…, said when Boyle asked him": a clause after the verb, not its speaker.
_NOT_A_CLAUSE = r"(?!(?:when|while|as|after|before|that|if|because|during|in|on|at|to)\b)"
# "…” in the 2008 primary, said X": the attribution comes later in the quote's sentence.
TRAILING_LATER_VERB_WHO = re.compile(
    rf"[,—–]\s*{ADVERB}{VERB}(?<!ing)\s+{_NOT_A_CLAUSE}(?P<who>[^!?;“”\"]{{1,120}})", re.IGNORECASE
)
# "…” that Ruiz can win, …" / "…” in 2008, …": no comma, the quote's own sentence goes on.
CLAUSE_GOES_ON = re.compile(
    r"[ \t]+(?:that|if|because|in|on|at|when|while|since|after|before|which|for|to|of|with|"
    r"about|than|whether|unless|until|though|although|by|from|into|over|among)\b"
)
# "…” by the shooting in the city, Nefzi said.": a name and the verb, later in the sentence
# ("…, the minister, Ana Ruiz, said in a post on X.": the name closed by its comma).
TRAILING_LATER_WHO_VERB = re.compile(
    # "…, council spokeswoman Ana Ruiz said": a lowercase role or two before the name.
    # "…” with her grandson, the lawyer said": a definite description.
    rf"[,—–]\s*(?P<who>(?:(?:[a-z][\w-]*\s+){{0,2}}[A-Z][^,!?;“”\"]{{0,60}}?|he|she|"
    rf"the\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)),?\s+"
    rf"{ADVERB}{VERB}"
    # "…, the spokeswoman, Ana Ruiz, said at a briefing in Lima.": where it was said.
    # "Noting the “…” for the country, PM Rask noted: “…”": a colon opening the next quote.
    rf"(?:\s+(?:in|on|at|during)\s+[^,.!?;“”\"]{{1,40}})?\s*(?:[.,]|:\s*$)"
)
# "“….” Stated the Nairobi Senator.": a short sentence of the inverted verb and its speaker.
INVERTED_SENTENCE = re.compile(
    rf"(?=[A-Z])(?i:{ADVERB}{VERB})\s+(?:the\s+[A-Za-z]|[A-Z])"
    # not "Said Abdullah was injured.": a man called Said, and a verb of his own
    rf"(?![^.]*\b(?:is|was|were|are|has|had|have|will|would)\b)[^.!?;,“”\"]{{0,50}}\.?$"
)
# Words that open a subordinate clause: "Since Trump announced tariffs, …" names no speaker.
_SUBORDINATORS = r"(?:When|While|As|After|Although|Though|Because|If|Since|Before|Once|Without)"
# "Ana Ruiz, the mayor, wrote on X." / "She said.": a sentence that opens as an attribution;
# "Tom Alvarez, 48, a window worker, said" with an age before the description.
NAME_THEN_VERB = re.compile(
    rf"(?:[Hh]e|[Ss]he|(?!{_SUBORDINATORS}\s)[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+){{0,5}})"
    rf"(?:\s*,\s*\d{{1,3}})?(?:\s*,[^,.;]{{1,80}},)?"
    rf"\s+(?i:{ADVERB}{VERB})\b|{VERB}\s+[A-Z]"
)
# A verb's object: "questioned the government’s strategy" (but "told the BBC" credits).
_OBJECT_AFTER = re.compile(r"(?<!told)(?<!tells)(?<!tell)\s+(?:the|a|an|his|her|their|its)\s")


def acts_on_an_object(sentence: str) -> bool:
    """'Ruiz questioned the government’s strategy.': a name, a verb and its object."""
    named = NAME_THEN_VERB.match(sentence)
    return named is not None and _OBJECT_AFTER.match(sentence, named.end()) is not None


ACCORDING = re.compile(
    # "In Dr. Lenz's words, “…”" / "in the words of Ana Ruiz": the same credit.
    r"\b(?:according to|in the words of|in(?=\s[^,;“”\"]{1,60}[’']s?\s+(?:own\s+)?words\b))"
    # "according to data from Netwatch, a monitor": whoever the data come from.
    r"\s+(?:(?:data|figures|estimates|an?\s+(?:report|tally|count|analysis))\s+(?:from|by)\s+)?"
    r"(?P<who>[^!?;“”\"]{1,100})",
    re.IGNORECASE,
)
# "“…” because of the short timeline, according to Sarah Foss": the credit closing the
# quote's sentence after a few words of its own, none a speech verb.
ACCORDING_LATER = re.compile(
    rf"(?![^.!?]*\b(?:{VERB})\b)[^.!?;“”\"]{{1,80}}?,\s+{ACCORDING.pattern}", re.IGNORECASE
)
# "The envoy was told that “…”": the subject of a passive speech verb is its addressee.
_NOT_PASSIVE = r"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbeing)(?<!\bis)(?<!\bare)"
# "In a series of posts on X, the leader said": after an article, a possessive or a
# preposition a verb's form ("posts", "remarks") is a noun, not the attribution's verb.
_NOT_A_NOUN = "".join(
    rf"(?<!\b{word})" for word in ("a", "an", "the", "of", "his", "her", "its", "their", "in")
)
LEADING_WHO_VERB = re.compile(
    rf"(?P<who>[^!?“”\"]{{1,320}}?){_NOT_PASSIVE}{_NOT_A_NOUN}\s+{ADVERB}{_VERB_NOT_NAME}\b(?P<tail>[^!?“”\"]{{0,140}})$",
    re.IGNORECASE,
)
# "Ruiz said a “fair deal” was close while Ana Lopez, a spokeswoman, told TV that “…”": a
# second clause with its own speaker and verb is the quote's attribution, not the first.
LEADING_SECOND_CLAUSE = re.compile(
    r"[^!?]{1,300}(?:,\s*|\s)(?:while|whereas|but)\s+"
    # "… while the Varna government said that it “…”": a body's name after "the" too; "while
    # the national security adviser, Ana Ruiz, later said": a role, then the name apposed
    rf"(?P<who>(?:the\s+)?[A-Z][^!?“”\"]{{1,120}}?|the\s+[a-z][^!?“”\",]{{1,80}},\s+[A-Z][^!?“”\",]"
    rf"{{1,60}},){_NOT_PASSIVE}\s+{ADVERB}{_VERB_NOT_NAME}\b"
    rf"(?P<tail>[^!?“”\"]{{0,40}})$"
)
# "A reporter asked Ana Ruiz about the tolls, and she said: “…”": after a first clause with
# a speech verb of its own, "and" opens a second whose subject speaks the quote; a lowercase
# word or a comma before "and" ("… out of Halden, and Ruiz later wrote") is needed to keep
# a pair of names ("Ana Ruiz and Ivo Rask said") whole.
LEADING_AND_CLAUSE = re.compile(
    rf"[^!?“”\"]{{1,300}}?\b{VERB}\b[^!?“”\"]{{0,200}}?\s"
    r"(?:[a-z0-9][\w’'-]*\)?,?|[A-Z][\w’'-]*,)\s+and\s+"
    rf"(?P<who>(?:he|she|they|[A-Z][^!?“”\",]{{0,60}}?|the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?))"
    rf"{_NOT_PASSIVE}\s+{ADVERB}{_VERB_NOT_NAME}\b(?P<tail>[^!?“”\"]{{0,40}})$"
)
# "The agency posted a statement from the Defence Council declaring that “…”": the body
# whose statement it is speaks, not the outlet that carried it.
LEADING_CARRIED_STATEMENT = re.compile(
    r"[^!?“”\"]{1,200}?\b(?:posted|published|carried|released|ran|shared|circulated|relayed)"
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:statement|message|letter|communiqu\w+)\s+"
    r"(?:from|by)\s+(?P<who>[^!?“”\",]{1,120}?)\s+(?:declaring|saying|stating|announcing|"
    r"asserting|claiming|insisting|which\s+(?:said|says|declared)|that\s+(?:said|says))\b"
    r"(?P<tail>[^!?“”\"]{0,40})$"
)
# "When Ruiz noted that …, Lopez boasted, “…”": after a subordinate clause, the verb
# nearest the quote is the attribution's.
SUBORDINATE_THEN_WHO_VERB = re.compile(
    rf"(?P<who>{_SUBORDINATORS}\b"
    rf"[^!?“”\"]{{1,160}})\s+{ADVERB}{VERB}\b(?P<tail>[^!?“”\"]{{0,40}})$"
)
# "Rask kept talks open until the elder Ivo Lenz came down hard on the board and warned
# talks “…”": the subject of the subordinate clause, whose second verb is the speech verb.
LEADING_SUBORDINATE_AND = re.compile(
    r"[^!?“”\"]{0,240}?\b(?:until|after|when|before|because|once|since)\s+"
    r"(?P<who>[^!?“”\",]*?[A-Z][^!?“”\",]*?)\s+(?:[a-z]{2,}ed|came|went|got|made|took|"
    r"gave|spoke|met|said|told|wrote|rose|stood|broke)\b[^!?“”\";:]{0,120}?\s+and\s+"
    rf"{ADVERB}{_VERB_NOT_NAME}\b(?P<tail>[^!?“”\"]{{0,40}})$"
)
# "The French leader made his view plain at the summit, saying: “…”": the sentence's
# subject, before its first verb, speaks through the participle, also where the quote
# stands inside what it says ("The US Navy regularly conducts patrols in the South China
# Sea, saying the US is “…”": a present of habit as well).
LEADING_SUBJECT_SAYING = re.compile(
    # "Federal prosecutors spelled out the charges, saying": an unnamed group as well.
    # "Khalil's legal team applauded the order, writing": a named one's team or lawyers.
    r"(?P<who>(?:The|A|An)\s[^!?“”\",]{1,60}?"
    r"|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?[’']s?\s[a-z][\w\s-]{1,40}?"
    rf"|(?i:(?:{UNNAMED_GROUP_LEVELS}\s+)?{UNNAMED_GROUPS}))"
    r"\s+(?:(?:also|then|later|again)\s+)?"
    r"(?:[a-z]{3,}ed|[a-z]{3,}ly\s+[a-z]{3,}(?<![su])s|made|gave|put|took|set|"
    r"spoke|went|came|laid|sent|held|led|kept|brought|struck|met|began|won)\b"
    r"[^!?“”\"]{0,160},\s*(?:saying|adding|declaring|writing|predicting|warning|vowing|insisting)"
    # "…, saying in a statement to the BBC that": whom the statement went to does not speak.
    r"(?:\s+in\s+an?\s+(?:[\w-]+\s+)?(?:statement|interview|post|letter|email|message)"
    r"(?:\s+to\s+[^!?“”\",:]{1,40}?)?(?:\s+afterwards?|\s+later)?,?)?"
    r"(?:\s*:|\s+that|\s+(?:that\s+)?(?:the|it|its|they|their|he|she|his|her)\b"
    r"[^!?“”\";:,]{0,60})?\s*$"
)
# Verbs of a reaction to someone else's act or words: the one who reacts speaks.
_REACTION_VERBS = (
    r"(?:welcomed|praised|hailed|lauded|thanked|critici[sz]ed|condemned|denounced|backed|"
    r"rejected|dismissed|defended|attacked|slammed|blasted|mocked|questioned)"
)
# "He welcomed Mr Marsh's announcement saying: “…”": the one who reacts speaks, not the one
# whose act the reaction names ("He criticised Ivo Marsh for saying: “…”" quotes Marsh).
LEADING_REACTION_SAYING = re.compile(
    rf"(?P<who>[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:also|then|later)\s+)?{_REACTION_VERBS}"
    r"\b[^!?“”\"]{0,160}?,?\s*(?<!for\s)(?<!of\s)(?<!after\s)(?:saying|adding)\s*:?\s*$"
)
# "Wirepress cited a senior diplomat as saying “…”": the one cited speaks, the outlet
# only relays the words. ("An early tweet quoted the president as saying" credits the
# tweet in PolNeAR; a quoted name is taken up by `attribution_words.reported_speaker`.)
LEADING_RELAYED = re.compile(
    rf"[^!?“”\"]{{1,200}}?\b(?:cited|quoted(?=\s+{UNNAMED_COUNT}\s))\s+"
    r"(?P<who>[^!?“”\",]{1,80}?)\s+as\s+(?:saying|telling\s+\w+)\s*[:,]?\s*$"
)
# The shapes whose subject a participle after the name ("…, saying") leaves the speaker.
WHO_VERB = (SUBORDINATE_THEN_WHO_VERB, LEADING_SECOND_CLAUSE, LEADING_AND_CLAUSE, LEADING_WHO_VERB)
_CHARACTERISING = (
    r"(?:called|calls|described|describes|dubbed|branded|termed|labelled|labeled|"
    r"characterised|characterized)"
)
_PASSIVE_AUXILIARIES = ("been", "being", "be", "is", "are", "was", "were")
# "the measure has been described as “…”": words characterised in the passive, no one said
# to have used them.
PASSIVE_CHARACTERISED = re.compile(
    rf"\b(?:{'|'.join(_PASSIVE_AUXILIARIES)})\s+(?:[a-z]+ly\s+)?{_CHARACTERISING}\s+"
    r"(?:as\s+)?(?:(?:a|an|the)\s+)?[“\"]?$",
    re.IGNORECASE,
)
_NOT_AFTER_AUXILIARY = "".join(rf"(?<!\s{aux})" for aux in _PASSIVE_AUXILIARIES)
# Partial quotes that characterise rather than report: "X called it “…”" (a passive, with or
# without its agent, names no subject that characterises).
LEADING_CHARACTERISED = re.compile(
    rf"(?P<who>[^!?“”\"]{{1,120}}?){_NOT_AFTER_AUXILIARY}\s+{ADVERB}"
    r"(?:(?:called|described|dubbed|branded|termed|labelled|labeled|"
    r"calls)"
    r"\b[^!?“”\"]{0,40}"
    # "officials rejected Rask's message as “…”": a verb of judging, with its "as".
    r"|(?:rejected|dismissed|hailed|praised|welcomed|denounced|condemned|criticised|"
    r"criticized|slammed|blasted)\b[^!?“”\"]{0,60}\bas(?:\s+(?:a|an|the))?\s*)$",
    re.IGNORECASE,
)
# "Berg, who the northern leader described as “…”", "what officials called “…”": the
# subject of the relative clause nearest the quote characterises, not the one it is about.
LEADING_RELATIVE_CHARACTERISED = re.compile(
    r"[^!?“”\"]*\b(?:who|whom|which|what)\s+"
    rf"(?P<who>(?!(?:is|was|are|were|has|had|have)\b)[^!?“”\",]{{1,80}}?)\s+{ADVERB}"
    # "what the WHO has called “…”": the "as" may be left out, a "has" put in.
    rf"(?:(?:has|had|have)\s+)?{_CHARACTERISING}\s+(?:(?:it|them|him|her)\s+)?(?:as\s+)?"
    r"(?:(?:a|an|the)\s+)?$"
)
# "Hale praised Governor Ivo Rask, a conservative who he said had shown “…”": the "he"
# who said so speaks, not the one the relative clause is about.
LEADING_RELATIVE_SAID = re.compile(
    rf"[^!?“”\"]*\b(?:who|whom)\s+(?P<who>he|she)\s+{ADVERB}(?:said|says)\b[^!?“”\",]{{0,80}}$"
)
# "talks with Prime Minister Tom Hale, who praised her “…”": the one who praises speaks,
# not the one praised nor the subject of the sentence.
LEADING_WHO_PRAISED = re.compile(
    r"[^!?“”\"]*?(?P<who>(?:[A-Z][\w’'.-]*\s+){0,6}[A-Z][\w’'.-]*),\s+who\s+"
    rf"{ADVERB}{_REACTION_VERBS}\s+[^!?“”\",]{{0,60}}$"
)
# "…, which was described by navy spokesman Ivo Rask at the time as an effort to …": the
# agent of a passive characterising verb.
LEADING_CHARACTERISED_BY = re.compile(
    rf"[^!?“”\"]*\b{_CHARACTERISING}\s+by\s+(?P<who>[^!?“”\",]{{1,100}}?)"
    r"(?:\s+(?:at\s+the\s+time|in\s+\w+|on\s+\w+|last\s+\w+))?\s+as\b[^!?“”\"]{0,80}$"
)
# "One of Labour’s demands is that “…”", "Her main condition was “…”", "The commissioner's
# message to the negotiators was blunt: “…”": a demand's or a message's words are its owner's.
LEADING_OWNERS_DEMAND = re.compile(
    r"(?:One\s+of\s+)?(?P<who>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?=[’']s?\s)"
    r"|[Tt]he\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?=[’']s\s)"
    r"|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:[’']s?)?\s+(?:(?:main|chief|key|central|first|last|final|"
    r"other|core)\s+)?(?:demands?|conditions?|proposals?|complaints?|requests?|terms|"
    r"message|warning|answer|reply|response|verdict|advice|plea|appeal)"
    r"(?:\s+(?:to|for|on)\s+[^:;,“”\"]{1,60}?)?\s+(?:is|was|are|were|remains?|remained)"
    r"(?:\s+(?:blunt|clear|simple|direct|stark|unequivocal|short|firm))?\s*(?:that\s+|:\s*)?$"
)
# "… the rights office said …. It also cited “…”": a body's pronoun citing the words the
# body gave; "cited" is no speech verb elsewhere ("cited a report that").
LEADING_IT_CITED = re.compile(r"(?P<who>It|They)\s+(?:also\s+)?cited\s*$")
# "They passed a vote on Ruiz because, in their words: “…”": however long the sentence,
# the words are the owner's (`attribution_chunks` resolves the possessive from OWN_WORDS).
OWN_WORDS = r"\b[Ii]n\s+(?P<owner>his|her|their)\s+(?:own\s+)?words"
LEADING_OWN_WORDS = re.compile(rf"(?P<who>[^!?“”\"]{{0,400}}{OWN_WORDS})\s*[:,]\s*$")
LEADING_COLON = re.compile(r"(?P<who>[^!?“”\"]{1,120}):\s*$")
# "(D-S.C.)", "(R-Utah)" after a lawmaker's name is a label, not part of the name.
PARENTHETICAL = re.compile(r"\s*\([^()]{0,40}\)")
# "Sen. Tom Hale, R-Fleming Island, said": the same label set off by commas.
_COMMA_PARTY_LABEL = re.compile(
    r", (?P<label>(?:R|D|I|DFL|GOP|Ind)-[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}),"
)


def bracketed_party_labels(text: str) -> str:
    """', R-Fleming Island,' written as ' (R-Fleming Island)', the same length, so the
    label reads as the bracketed one does and every position in the text holds."""
    if "-" not in text:
        return text
    return _COMMA_PARTY_LABEL.sub(lambda label: f" ({label.group('label')})", text)


# ", said Tom Hale", "…, added Ruiz.": the verbs a name may follow at a clause's end.
SAID_BEFORE_NAME = r"(?:said|says|added|adds|wrote|writes)"
LEADING_CONNECTIVE = re.compile(
    # "Furthermore, it said, …": a linking adverb opens the clause, never names a speaker.
    r"^(?:but|and|yet|so|however|still|then|instead|later|earlier|now|furthermore|moreover|"
    r"additionally|besides|likewise|similarly|meanwhile|"
    # Alone it is no connective: "“…,” So said" is Judge So.
    r"in\s+(?:response|reply|return|turn|addition)|"
    r"as(?=\s+(?:he|she|it|they)\b))\b[,\s]*(?=\S)"  # "…,” as it puts it"
    r"|^[a-z]+ly\b[,\s]+(?=(?:he|she)\b)",  # "Recently she announced"
    re.IGNORECASE,
)
# Words before a body's kind that make it another body than the one just named, and the
# kinds a story calls a body it has named by what it is.
_ANOTHER_BODY = "rival|other|parent|another|former|second|first|new|third|competing|sister"
_DESCRIBED_KINDS = (
    "giant|company|firm|group|organi[sz]ation|network|broadcaster|newspaper|outlet|charity|"
    "carmaker|automaker|chipmaker|retailer|airline|lender|bank|insurer|startup|conglomerate|"
    "publisher|daily|tabloid|miner|producer|exporter|manufacturer|maker|operator|developer|"
    "club|union"
)
# "the statement said" speaks for the body named before it; as a label ("The statement:
# “…”") with no body named it credits no one.
BACK_REFERENCE = re.compile(
    # "the oil giant" after "Oil giant BP", "the cybersecurity company" after "Forescout said"
    rf"^the (?:statement|magazine|paper|daily|{ORG_DESCRIPTOR_PATTERN}"
    # "the right-wing network", "the Iran-backed group", "the Palestinian militant group":
    # what the body is, a word or two before its kind; "the rival company" is another one,
    # and "the foreign ministry" one of a country's, not the last body named.
    rf"|(?!(?:{_ANOTHER_BODY})\b)(?:[\w-]+ ){{1,2}}(?:{_DESCRIBED_KINDS}))$",
    re.IGNORECASE,
)
DESCRIPTION = re.compile(
    # "the U.S. secretary of state": abbreviations keep their full stops. "according to a
    # statement" names no one: the sentence's own subject speaks.
    r"^(?!(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:statement|release|announcement|report|memo)\.?$)"
    r"(?:a|an|the|one|two|three|several|some|another)\s+[\w’'.\- ]{2,60}$",
    re.IGNORECASE,
)
POSSESSED_ROLE = re.compile(r"^[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}[’']s?\s+(?=[a-z])")
POSSESSOR = re.compile(r"[’']s?\b|[’'](?=\s)")
PARTICIPLE = re.compile(
    r"\s*,?\s*(?:saying|adding|telling|asking|noting|arguing|writing|"
    r"stating|explaining|warning)\b"
)
# "a release in which Inspector Tom Berger is quoted as saying": the one quoted speaks,
# not the subject of the sentence that names the release.
QUOTED_AS = re.compile(r"\b(?:is|was|are|were|been|being)\s+quoted\s+as\s*$")


def paragraph_end_is_attribution(tail: str) -> bool:
    """'…,” he said at the hearing.': the quote's own attribution closes its paragraph."""
    return len(tail.split()) <= 12 and (
        re.search(rf"\b{VERB}\b", tail, re.I) is not None
        or re.match(rf"\W*{_INVERTED_ONLY}\s+[A-Z]", tail) is not None
    )


def attribution_names(tail: str, speaker: str) -> bool:
    """'…,” head of the Fleet Command, Adm. Ivo Rask, said in an interview.': a long
    attribution whose description comes before the speaker's own name and verb, also
    with a party label or a clause about them between ("Tom Berger (R-Varna) told
    reporters")."""
    last = re.escape(speaker.split()[-1])
    return len(tail.split()) <= 24 and (
        # "Djokovic, who saved match points in 2019, told reporters": a clause about him
        re.search(
            rf"\b{last}(?:\s*\([^()“”\"]{{1,40}}\)|,\s+who\s+[^,()“”\"]{{1,120}},)?,?\s+{VERB}\b",
            tail,
        ) is not None
    )


# "He said that “…”, when the north seized the islands.": the quote's own sentence goes on
# with a clause of time or place, naming no new speaker by itself.
_SENTENCE_GOES_ON = re.compile(
    r"[”\"’]?\s*,\s*(?:when|where|as|after|before|since|while|until)\s[^“”\"]*"
)


def sentence_goes_on(tail: str) -> bool:
    """'”, when the north seized the islands.': the rest of a quote's sentence is a clause."""
    return _SENTENCE_GOES_ON.fullmatch(tail) is not None


def paragraph_end_opens_with_attribution(tail: str) -> bool:
    """'…,” Ruiz told the radio station when asked about the vote.': a longer attribution."""
    return re.search(rf"\b{VERB}\b", " ".join(tail.split()[:6]), re.I) is not None


# "“…” Finance Minister Ivo Rask announced that …": the verb takes a clause of its own, so
# the sentence reports new speech rather than crediting the finished quote before it.
# "The army said on Tuesday that …": a time may come between the verb and its clause.
_OWN_CLAUSE = re.compile(
    r"(?:\s+(?:on|late|early|last|earlier|later)(?:\s+[\w-]+){0,2}?\s+(?=that\b))?"
    r"\s*(?:that|it|they|he|she|we|there|this|these|its|their|his|her)\b",
    re.IGNORECASE,
)


def reports_own_clause(sentence: str) -> bool:
    """A sentence opening with "Name verb" whose verb goes on into a clause of its own."""
    match = NAME_THEN_VERB.match(sentence)
    return match is not None and _OWN_CLAUSE.match(sentence, match.end()) is not None


# "When asked about the clips, Singh dismissed the allegations.", "Rask was blunt.", "Rask
# struck a different tone.": a reply or a stance whose words the quote after it gives.
_REPLIER = r"(?:^|,\s+)(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+"
_REPLIES = re.compile(
    _REPLIER + r"(?:(?:flatly\s+)?(?:dismissed|denied|rejected|brushed\s+aside|hit\s+back\s+at)\s+"
    r"(?:the|these|those|such|it|them)\b[^“”\",;]*"
    r"|(?:was|sounded|seemed|appeared)\s+(?:(?:more|less|far|much|even|equally)\s+)?"
    r"(?:blunt|defiant|upbeat|optimistic|cautious|sceptical|skeptical|pessimistic|unmoved|"
    r"unapologetic|emphatic|scathing|dismissive|guarded|circumspect|combative|conciliatory)"
    r"|(?:struck|took|sounded)\s+an?\s+(?:[a-z-]+\s+){1,2}(?:tone|note|line)"
    r"|(?:disagreed|demurred|was\s+not\s+convinced))\.\s*$"
)


def replier_at(sentence: str) -> int | None:
    """Where the one who replies starts in a sentence that tells only a denial or a stance
    ("Singh dismissed the allegations.", "Rask was blunt."), else None."""
    match = _REPLIES.search(sentence)
    return match.start("who") if match is not None else None


# "CNBC has asked the commission for further comment.": a request, no attribution.
_FOR_COMMENT = re.compile(r"[^.;“”\"]{0,80}?\bfor\s+(?:further\s+|a\s+)?comments?\b")


# "said conditions in the city were": a clause with no "that", its subject then its verb.
_BARE_CLAUSE = re.compile(
    r"\s+(?:(?!(?:who|which|that)\b)[\w’'-]+\s+){1,6}?"
    r"(?:were|was|is|are|had|has|would|will|could|can|may|might|must|should|showed|shows|"
    r"found|finds|meant|means)\b"
)


def reports_a_clause(sentence: str) -> bool:
    """'Bishop Lind meanwhile said conditions were “unacceptable”': a name and its verb
    going on into a clause of its own, with or without "that"."""
    match = NAME_THEN_VERB.match(sentence)
    return match is not None and (
        _OWN_CLAUSE.match(sentence, match.end()) is not None
        or _BARE_CLAUSE.match(sentence, match.end()) is not None
    )


def reports_elsewhere(sentence: str) -> bool:
    """A sentence after a finished quote that reports new speech ("Rask announced that …")
    or asks someone for comment, and so does not credit the quote."""
    match = NAME_THEN_VERB.match(sentence)
    return match is not None and (
        _OWN_CLAUSE.match(sentence, match.end()) is not None
        or _FOR_COMMENT.match(sentence, match.end()) is not None
    )


def credits_other(before: str, according: re.Match[str]) -> bool:
    """Whether "according to X" inside the words before a quote credits something else:
    "…, the report says, according to Ruiz, and it adds “…”"; but a sentence that opens
    "According to the agency, sales fell by a third, “…”" credits the agency's words."""
    if _SPEAKS_NEXT_TO_QUOTE.search(before, according.start()):
        return True  # "According to Ruiz, Judge Ana Lopez once cautioned: “…”": Lopez
    if _VERB_JUST_BEFORE.search(before, 0, according.start()):
        return True  # "Ana Ruiz said, according to AFP: “…”": the agency only relays her
    return bool(before[according.end() :].strip(" ,:") and before[: according.start()].strip())


# "According to Wirepress, a European diplomat said:": an unnamed one speaks there too;
# "According to the texts, conspirators told the drivers to “…”", "according to
# prosecutors, one of the men sent a message to the thread: “…”": whoever sends the words.
_SPEAKS_NEXT_TO_QUOTE = re.compile(
    rf",\s+(?=[A-Z]|{UNNAMED_COUNT}\s|the\s|[a-z]{{3,}}s\s)[^,]{{0,80}}\s+{ADVERB}(?:once\s+)?"
    rf"(?:{VERB}|sent|messaged|texted|posted)(?:\s+[^,;:“”\"]{{1,60}}?)?\s*:?\s*$"
)

# "Ana Ruiz said on Monday, according to AFP,": a speech verb just before the credit.
_VERB_JUST_BEFORE = re.compile(rf"\s{VERB}\b[^,;:“”\"]{{0,40}},\s*$", re.IGNORECASE)
