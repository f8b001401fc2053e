"""The fallbacks that look beyond a quote's own attribution, on the article state that
`pronoun_context` keeps (who was named, who spoke last).

A pronoun speaker resolves through `pronoun_context`; a quote with no attribution may take
the subject of a sentence opened by he/she, of a sentence that introduces it, or the speaker
of the quote it continues.
"""

from __future__ import annotations

import re

from bot.analysis import attribution_patterns as patterns
from bot.analysis import described_people, interviews
from bot.analysis import quote_cues as cues
from bot.analysis import speaker_names as names
from bot.analysis.description_referents import definite_body
from bot.analysis.lexicon import NEWS_BODY_WORDS
from bot.analysis.pronoun_context import PRONOUN_OPENER, PRONOUNS, PronounContext
from bot.analysis.sentences import Sentence, sentence_at

# "When asked about the pay he only said: “…”": a question's clause with no comma after it.
_ASKED_OPENER = re.compile(
    r"When\s+asked\b[^“”\"]{0,80}?\s(?P<pronoun>[Hh]e|[Ss]he)\s+(?:only\s+|just\s+)?"
    rf"{patterns.ADVERB}{patterns.VERB}\b"
)
# "Ana Ruiz agreed." / "…, the mayor says.": a sentence that ends in its speech verb.
_ENDS_IN_VERB = re.compile(rf"\s+{patterns.ADVERB}{patterns.VERB}\s*[.:]\s*$")
# "…, the patients developed mutations, says Worobey.": the verb before the closing name.
_ENDS_IN_SAYS_NAME = re.compile(
    rf",\s+{patterns.SAID_BEFORE_NAME}\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})"
    r"\s*\.\s*$"
)
# A sentence whose subject, after any opening clause, is a description and then a verb.
_DESCRIBED_SUBJECT = re.compile(
    # "In May the president threatened …": a short time before it, with no comma
    r"(?:[^,“”\"]{1,160},\s*|(?:In|On|Last|Earlier|Later)\s+[A-Za-z]+(?:\s+\d{1,4})?\s+)?"
    r"(?P<who>[Tt]he\s+(?:[\w.’'-]+\s+){0,4}?[a-z][\w-]*)\s+"
    r"(?:also\s+|then\s+)?[a-z]+(?:ed|s)\b"
)
# A sentence of its own that leads into the quote with a subject other than a pronoun and a
# speech verb: "The leaders of more than 20 aid agencies warned that “…”".
# Not "Yet another said," (one more of those quoted before) nor "as he puts it,".
_OWN_LEAD = re.compile(
    r"(?!(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e)\b)"
    r"(?!(?:(?:Yet|And|But)\s+)?(?:[Aa]nother|[Oo]ne|[Oo]thers|[Tt]he\s+other)\b)"
    r"[A-Z][^“”\"]{3,200}?(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\bit)(?<!\bwe)\s"
    # "a young man could be heard saying that he and the others were “…”": a clause between
    rf"{patterns.ADVERB}{patterns.VERB}\s*(?:that\b[^“”\"]{{0,80}}?)?[:,]?\s*[“\"]?$"
)
# “…,” Obama said after meeting Putin in Hangzhou. “…”: an attribution this short between
# two quotes of one paragraph introduces no new speaker even when it names someone.
_SHORT_ATTRIBUTION_WORDS = 30

# A photographer's credit line: "Ana Ruiz for The Daily Courier", "Ana Ruiz/Reuters".
_PHOTO_CREDIT = re.compile(
    r"[A-Z][\w.’'-]*(?:[ \t\xa0]+[A-Z][\w.’'-]*){1,3}[ \t\xa0]*(?:for[ \t\xa0]+|/[ \t\xa0]*)"
    r"(?:The[ \t\xa0]+)?[A-Z][\w.’'&-]*(?:[ \t\xa0]+[A-Z][\w.’'&-]*){0,4}"
)

# "Finally, the commission rejected …, citing": a definite body as the subject, its verb next.
_DESCRIBED_BODY_OPENS = re.compile(
    r"\s*(?:[A-Z][a-z]+,\s+)?(?P<body>[Tt]he\s+[a-z]+)\s+(?:also\s+)?[a-z]+(?:ed|s)\b"
)

_PRONOUN_ASIDE = re.compile(
    rf",[ \t\xa0]*(?P<pronoun>he|she)[ \t\xa0]+(?:{patterns.VERB}|[a-z]{{3,}}ed),"
)


# "“…,” they said" whose "they" no group named before stands for: some group, not one
# person; a "he" or "she" that stands for no one named is some person, not a body.
_PRONOUN_CUE = re.compile(r"[\s,.;:!?—–-]*(?P<pronoun>they|he|she)\s")


def cue_pronoun(text: str, quote_end: int) -> str | None:
    """The pronoun of the attribution right after the quote ("they", "he", "she")."""
    found = _PRONOUN_CUE.match(text, quote_end + 1)
    return found.group("pronoun") if found else None


class QuoteContext(PronounContext):
    """What the speaker finder reads beyond one quote's own attribution: the sentences around it."""

    def body_subject(self, quote_start: int, previous_end: int) -> str | None:
        """'Finally, the commission rejected the claims, citing a lack of “…”': the body a
        definite description opening the lead-in stands for, named before."""
        sentence = sentence_at(self.sentences, quote_start)
        begin = cues.lead_begin(max(sentence.start, previous_end), quote_start)
        subject = _DESCRIBED_BODY_OPENS.match(self.text, begin, quote_start)
        if subject is None:
            return None
        return definite_body(subject.group("body"), self.text, subject.start("body"))

    def pronoun_subject(self, quote_start: int, previous_end: int) -> str | None:
        """'He asserted that his rival is a “…”': a sentence opened by he/she."""
        sentence = sentence_at(self.sentences, quote_start)
        if quote_start - 1 <= max(sentence.start, previous_end) or sentence.start < previous_end:
            return None
        first = PRONOUN_OPENER.match(sentence.text) or _ASKED_OPENER.match(sentence.text)
        if first is not None and sentence.start + first.end() < quote_start:
            return self._resolve_pronoun(first.group("pronoun").lower(), quote_start)
        # "Reprising a favourite line, the former secretary of state talked about the “…”"
        described = _DESCRIBED_SUBJECT.match(sentence.text)
        if described is None or sentence.start + described.end() >= quote_start:
            return None
        here = sentence.index
        return described_people.described_person(
            described.group("who"), quote_start, self.text, self.mentions, self.sentence_of, here
        )

    def introduced(self, quote_start: int, previous_end: int, after: str | None) -> str | None:
        """'Ruiz put it plainly in her memoir:' then the quote: that sentence's subject.

        With `after` (the rest of the quote's paragraph) a sentence that ends in a full
        stop introduces the quote too, as long as no attribution follows the quote.
        """
        here = sentence_at(self.sentences, quote_start)
        if here.index == 0 or self.text[here.start : quote_start - 1].strip(" “\"‘'"):
            return None
        before = self.sentences[here.index - 1]
        if _PHOTO_CREDIT.fullmatch(before.text.strip()):
            return None  # "Ana Ruiz for The Daily Courier" above a quote took the photo
        colon = before.text.rstrip().endswith(":")
        if before.start < previous_end or not (colon or after is not None):
            return None
        if not colon and (after is None or _VERB_AFTER.search(after, 0, _VERB_REACH)):
            return None
        opener = re.match(
            r"(?:But|And|Then|Later|Still)?[\s,]*(?P<pronoun>[Hh]e|[Ss]he)\b", before.text
        ) or _PRONOUN_ASIDE.search(before.text)  # "The world, she proclaimed, had a task."
        if opener is not None:
            return self._resolve_pronoun(opener.group("pronoun").lower(), before.start)
        return interviews.aside_speaker(self.text, before, self.outside) or cues.sentence_subject(
            self.text, before, before.end, previous_end, self.mentions
        )

    def sentence_before(self, quote_start: int, previous_end: int) -> Sentence | None:
        """The sentence just before a quote that opens its own sentence, when it is in the
        same paragraph and after the previous quote: the one that may introduce it."""
        here = sentence_at(self.sentences, quote_start)
        if here.index == 0 or self.text[here.start : quote_start - 1].strip(" “\"‘'"):
            return None
        before = self.sentences[here.index - 1]
        if before.start < previous_end or before.paragraph != here.paragraph:
            return None
        return before

    def said_before(self, quote_start: int, previous_end: int, bodies: bool = False) -> str | None:
        """'Ana Ruiz agreed. “…”': a sentence of the same paragraph that ends in its speech
        verb introduces the quote that opens the next one; the name next to the verb. A body
        may speak on only in a quote with no attribution of its own (`bodies`): a "she said"
        after it is someone else."""
        before = self.sentence_before(quote_start, previous_end)
        if before is None:
            return None
        verb = _ENDS_IN_VERB.search(before.text)
        if verb is None and (inverted := _ENDS_IN_SAYS_NAME.search(before.text)) is not None:
            begin = before.start + inverted.start("name")
            named = [m for m in self.outside if begin <= m.start < before.end]
            return named[0].canonical if named and named[0].type == "person" else None
        if verb is None:
            return self._reported_by(before, bodies)
        clause = before.text[: verb.start()]
        pronoun = re.search(r"\b(?P<pronoun>he|she)\s*$", clause, re.IGNORECASE)
        if pronoun is not None:
            return self._resolve_pronoun(pronoun.group("pronoun").lower(), before.start)
        end = before.start + verb.start()
        # Only a person: "The Guardian reported. “…”" may quote someone the paper spoke to.
        people = [
            m
            for m in self.outside
            if before.start <= m.start < end
            and m.type == "person"
            and not patterns.POSSESSOR.match(self.text, m.end)
        ]
        return people[-1].canonical if people else None

    def _reported_by(self, before: Sentence, bodies: bool) -> str | None:
        """'Ana Ruiz says she is heartbroken by the ruling. “…”': whoever opens the sentence
        before with a speech verb and a clause of their own speaks on in the quote."""
        if not patterns.reports_a_clause(before.text):  # "Ana Ruiz said the study showed"
            return None
        opener = patterns.NAME_THEN_VERB.match(before.text)
        assert opener is not None  # reports_a_clause matched it
        if (pronoun := re.match(r"(?:[Hh]e|[Ss]he)\b", opener.group())) is not None:
            return self._resolve_pronoun(pronoun.group().lower(), before.start)
        end = before.start + opener.end()
        people = [
            m for m in self.outside if before.start <= m.start < end and m.type == "person"
        ]
        if people or not bodies:
            return people[0].canonical if people else None
        # "University College London confirmed that Hunt has resigned. “…”": the body goes
        # on in its own words; a paper or an agency reports others'.
        speaking_bodies = [
            m for m in self.outside
            if before.start <= m.start < end and m.type == "org"
            and not NEWS_BODY_WORDS.intersection(m.surface.split())
        ]
        return speaking_bodies[0].canonical if len(speaking_bodies) == 1 else None

    def continued(self, quote_start: int, *, cue: str | None = None) -> str | None:
        """The previous quote's speaker for a quote that goes on speaking for them.

        “…,” Lopez said at the hearing. “…” continues in the same paragraph, and a
        paragraph that opens with a quote continues the quote that closed the paragraph
        before, as long as no other person is named in between. A quote whose own `cue` is
        "they" goes on for a body only, never for one person; one said by "he" or "she" only
        for a person.
        """
        if self.last_quote is None:
            return None
        speaker, previous_end = self.last_quote
        kinds = {m.type for m in self.mentions if m.canonical == speaker}
        if (cue == "they" and "person" in kinds) or (cue in ("he", "she") and "org" in kinds):
            return None
        here = sentence_at(self.sentences, quote_start)
        if patterns.PASSIVE_CHARACTERISED.search(self.text, here.start, quote_start):
            return None  # "the measure has been described as “…”" goes on for no one
        there = sentence_at(self.sentences, previous_end)
        if here.paragraph == there.paragraph:
            if here.start > previous_end and _OWN_LEAD.match(self.text, here.start, quote_start):
                return None  # "The leaders of 20 aid agencies warned that “…”": others speak
            if (replying := self._replier_between(speaker, there.end, quote_start)):
                return replying  # "When asked about the clips, Singh dismissed the claims."
            if len(self.text[previous_end:quote_start].split()) <= _SHORT_ATTRIBUTION_WORDS:
                # only the previous quote's attribution stands between, unless a sentence
                # of its own reports someone else ("Ruiz warned that …. “…”")
                return self._reporter_between(speaker, there.end, quote_start) or speaker
        elif here.start >= quote_start - 1 and (
            here.paragraph == there.paragraph + 1
            or (here.paragraph == there.paragraph + 2 and self._goes_on_about(speaker, there))
        ):
            tail = self.text[previous_end + 1 : there.end]
            if not tail.strip(' .,;:\u201d"'):
                pass
            elif patterns.paragraph_end_is_attribution(tail) or patterns.attribution_names(
                tail, speaker
            ):
                # Names in the previous quote's own attribution ("said Hart's aide Rask.")
                # are not a new speaker.
                return speaker
            elif patterns.sentence_goes_on(tail):
                pass  # "…”, when the north took the islands.": still the quote's sentence
            elif not patterns.paragraph_end_opens_with_attribution(tail):
                return None  # else: the speaker goes on unless someone else is named
        else:
            return None
        others = [
            m
            for m in self.mentions
            if previous_end < m.start < quote_start
            and m.type == "person"
            # "…,” Dahl said, under a large portrait of Ruiz. “…”: Ruiz does not speak.
            and m.subject_like
            and m.canonical.split()[-1] != speaker.split()[-1]
        ]
        return None if others else speaker

    def _goes_on_about(self, speaker: str, there: Sentence) -> bool:
        """A paragraph with no quote of its own between two quote paragraphs that is about
        the speaker ("He also admitted …", "The president defended …"), a caption line
        ("- The harbour at dawn") or a question put to them: the quote paragraph after it
        goes on speaking."""
        middle = [s for s in self.sentences if s.paragraph == there.paragraph + 1]
        if not middle or any(c in s.text for s in middle for c in "“”\""):
            return False
        first = middle[0]
        if first.text.startswith(("- ", "• ")):
            return True
        if len(middle) <= 2 and middle[-1].text.rstrip().endswith("?"):
            return True  # an interviewer's question ("Was she a fan before?") between answers
        if (pronoun := re.match(r"(?P<p>[Hh]e|[Ss]he)\b", first.text)) is not None:
            return self._resolve_pronoun(pronoun.group("p").lower(), first.start) == speaker
        if (described := _DESCRIBED_SUBJECT.match(first.text)) is not None:
            who = described_people.described_person(
                described.group("who"), first.start, self.text, self.mentions,
                self.sentence_of, first.index,
            )
            return who == speaker
        opener = next((m for m in self.mentions if m.start == first.start), None)
        return opener is not None and opener.canonical == speaker

    def _reporter_between(self, speaker: str, after: int, quote_start: int) -> str | None:
        """Another person opening a whole sentence between two quotes with "Name verb that"."""
        for sentence in self.sentences:
            if sentence.start < after or sentence.end >= quote_start:
                continue
            first = next(
                (m for m in self.mentions if m.type == "person" and m.start == sentence.start),
                None,
            )
            if (
                first is not None
                and first.canonical.split()[-1] != speaker.split()[-1]
                and patterns.reports_own_clause(sentence.text)
            ):
                return first.canonical
        return None

    def _replier_between(self, speaker: str, after: int, quote_start: int) -> str | None:
        """Another person who denies something or takes a stance in the sentence right
        before the quote ("Singh dismissed the allegations. “…”", "Rask was blunt. “…”"):
        the quote is the reply."""
        before = [s for s in self.sentences if after <= s.start and s.end < quote_start]
        if not before or (at := patterns.replier_at(before[-1].text)) is None:
            return None
        replying = next(
            (m for m in self.mentions if m.type == "person" and m.start == before[-1].start + at),
            None,
        )
        if replying is None or replying.canonical.split()[-1] == speaker.split()[-1]:
            return None
        return replying.canonical

    def relayed_speaker(self, name: str, quote_start: int) -> str | None:
        """“…,” the radio quoted him as saying: the one quoted, a pronoun resolved."""
        if name in PRONOUNS:
            return self._resolve_pronoun(name, quote_start)
        stripped = names.strip_titles(name)
        return names.fold_surname(stripped, self.mentions) if stripped else None


# A verb that may attribute the quote, in the words after it; as far as a quote's own
# attribution runs, not the whole of a long paragraph of quotes.
_VERB_AFTER = re.compile(rf"\b{patterns.VERB}\b", re.IGNORECASE)
_VERB_REACH = 600
