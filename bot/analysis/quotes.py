"""Direct quotations and who said them.

Quote spans come from `quote_spans`. A quote interrupted by its attribution (“We will,”
she said, “win.”) is one quote. The speaker comes from the attribution next to the quote;
a pronoun or a description ("the foreign secretary") is resolved to the named person it
most plausibly refers to; weaker cues (`quote_cues`) and a quote that goes on after an
attributed one come next; with nothing in reach the speaker stays unknown rather than
guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.analysis import attribution_owners as owners
from bot.analysis import attribution_patterns as patterns
from bot.analysis import (
    attribution_words,
    described_people,
    interviews,
    pronouns,
    quote_titles,
    repeated_quotes,
    reported_paragraphs,
    speaker_fragments,
)
from bot.analysis import description_referents as referents
from bot.analysis import quote_cues as cues
from bot.analysis import speaker_names as names
from bot.analysis.attribution_chunks import ChunkReader
from bot.analysis.datelines import after_dateline
from bot.analysis.entities import Mention
from bot.analysis.future_words import SCHEDULED, WILL
from bot.analysis.leading_attributions import leading_match
from bot.analysis.lexicon import NON_ENTITY_WORDS
from bot.analysis.plain_chunks import NOT_A_SPEAKER, Speaker
from bot.analysis.pronoun_context import PRONOUNS
from bot.analysis.quote_context import cue_pronoun
from bot.analysis.quote_spans import (
    TRANSCRIPT_LABEL,
    Span,
    find_quote_spans,
    join_parts,
    paragraph_of,
    rest_before_next_quote,
    runs_on,
)
from bot.analysis.sentences import Sentence, sentence_at, sentence_ending_by
from bot.analysis.unnamed_sources import unnamed_source

MIN_QUOTE_WORDS = 4
# Below this length a quote must open like a sentence: “It is gutless leadership,” she
# said is speech; a “positive and encouraging reception” is a characterising fragment.
MIN_FRAGMENT_WORDS = 6


# ", said Tom Hale, a former adviser": a speech verb before the one who speaks.
_SAID_FIRST = re.compile(rf",\s*{patterns.SAID_BEFORE_NAME}\s+[A-Z]")


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: str | None
    sentence_index: int


# Whom a speaker addresses between the two parts of a broken quote: "Ruiz asked Lopez,".
_ADDRESSEE = re.compile(
    r"\s+(?:him|her|them|reporters|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),\s*"
)


class _SpeakerFinder(ChunkReader):
    def trailing(self, span: Span, next_start: int) -> tuple[str | None, int] | None:
        """Attribution after the closing mark: (speaker, where the attribution ends)."""
        after_start = span.end + 1
        # “… saying, ‘it is over,”’ she said: a nested quote's mark closing after ours.
        while self.text[after_start : after_start + 1] in {"'", "’"}:
            after_start += 1
        sentence = sentence_at(self.sentences, span.end)
        limit = min(sentence.end, next_start)
        if limit <= after_start:
            # The quote closes its sentence, but “…?” Lopez asked. splits as two sentences.
            following = self._short_attribution_after(span, next_start)
            if following is None:
                return None
            limit = following
        if (relayed := cues.relayed(self.text, span.end, limit)) is not None:
            if relayed[0][:1].islower() and relayed[0] not in PRONOUNS:  # "a diplomat"
                unnamed = self._who(relayed[0], relayed[1], span.start, "first")
                return (None if unnamed is NOT_A_SPEAKER else unnamed), relayed[2]
            return self.relayed_speaker(relayed[0], span.start), relayed[2]
        if (cited := cues.cited(self.text, span.end, limit)) is not None:
            who = self._who(cited[0], cited[1], span.start, "first")
            return (None if who is NOT_A_SPEAKER else who), cited[2]
        after = patterns.PARENTHETICAL.sub(
            lambda m: " " * len(m.group()), self.text[after_start:limit]
        )
        if not after.strip() or (
            after.lstrip()[:1] not in {",", "", "—", "–", "-"}
            and not (after.lstrip()[:1].isalpha() and after[:1].isspace())
        ):
            return None
        for pattern, prefer in (
            (patterns.TRAILING_VERB_WHO, "first"),
            # "…," Clinton press secretary Brian Fallon said: the name next to the verb.
            (patterns.TRAILING_WHO_VERB, "last"),
        ):
            match = pattern.match(after)
            if match and patterns.CLAUSE_GOES_ON.match(after):
                break  # "…” that Ruiz can win, said X": the quote's sentence goes on first
            if match and prefer == "last" and (
                inverted := self._inverted_after_clause(match, after, after_start, span)
            ):
                return inverted[0], after_start + inverted[1]
            if match:
                who_start = after_start + match.start("who")
                who = self._who(match.group("who"), who_start, span.start, prefer)
                if who is not NOT_A_SPEAKER:
                    return who, after_start + match.end()
        match = patterns.ACCORDING.match(after.lstrip(" ,"))
        if match:
            shift = after_start + len(after) - len(after.lstrip(" ,"))
            who = self._who(match.group("who"), shift + match.start("who"), span.start, "first")
            if who is not NOT_A_SPEAKER:
                return who, shift + match.end()
        for pattern, prefer in (
            (patterns.TRAILING_LATER_VERB_WHO, "first"),
            (patterns.TRAILING_LATER_WHO_VERB, "last"),
        ):
            match = pattern.search(after)
            if match:
                at = after_start + match.start("who")
                who = self._who(match.group("who"), at, span.start, prefer)
                if who is not NOT_A_SPEAKER:
                    return who, after_start + match.end()
        # "it’s “unlikely …” because of the short timeline, according to Sarah Foss"
        if (match := patterns.ACCORDING_LATER.match(after)) is not None:
            at = after_start + match.start("who")
            who = self._who(match.group("who"), at, span.start, "first")
            if who is not NOT_A_SPEAKER:
                return who, after_start + match.end()
        return None

    def _inverted_after_clause(
        self, match: re.Match[str], after: str, after_start: int, span: Span
    ) -> tuple[str, int] | None:
        """'“It's high time” the boy went home, said Tom Hale, …': the words before the comma
        go on with the quote's sentence; the one named after the verb speaks."""
        clause = match.group("who").rstrip()
        if not clause.endswith(",") or clause != clause.lower():
            return None  # "…,” Ruiz said on CNN, adding": a name speaks
        comma = match.start("who") + len(clause) - 1
        inverted = patterns.TRAILING_LATER_VERB_WHO.match(after, comma)
        # "said Tom Hale", not "told Fox News" (whom a source told)
        if inverted is None or not _SAID_FIRST.match(after, comma):
            return None
        at = after_start + inverted.start("who")
        who = self._who(inverted.group("who"), at, span.start, "first")
        return (who, inverted.end()) if isinstance(who, str) and who[:1].isupper() else None

    def _short_attribution_after(self, span: Span, next_start: int) -> int | None:
        """End of a short sentence right after a quote that closes its own sentence."""
        if self.text[span.end - 1 : span.end] not in {"?", "!", "."}:
            return None
        index = sentence_at(self.sentences, span.end).index + 1
        if index >= len(self.sentences):
            return None
        following = self.sentences[index]
        if following.paragraph != sentence_at(self.sentences, span.end).paragraph:
            return None
        if following.start > span.end + 3:
            return None
        # “…” Ruiz, the mayor, said. is an attribution, however long; “…” A vote is due,
        # aides said. reports something else.
        # "…?” Sen. Ana Ruiz (D-Ohio), the top Democrat there, said": the label is no word.
        unlabelled = patterns.PARENTHETICAL.sub("", following.text)
        opens = patterns.NAME_THEN_VERB.match(unlabelled) is not None or (
            patterns.INVERTED_SENTENCE.match(unlabelled.strip()) is not None
        )
        # "“…?” Lopez said it was.": a reply to the question, not its attribution.
        if self.text[span.end - 1] in ".?" and patterns.reports_elsewhere(unlabelled):
            return None
        ends_sentence = self.text[span.end - 1] == "."
        if ends_sentence and (next_start < following.end or not opens):
            return None
        if ends_sentence and patterns.acts_on_an_object(unlabelled):
            return None  # "“….” Ruiz questioned the government’s plan.": an act of its own
        if len(following.text.split()) > 14 and not opens:
            return None
        # "“…?” Pope Leo meanwhile said conditions were “unacceptable”": a report of words
        # of its own, not the question's credit.
        if (next_start < following.end or self.text[span.end - 1] == ".") and (
            patterns.reports_a_clause(unlabelled)
        ):
            return None  # "“….” The Treasury has said the talks would …": its own report
        return min(following.end, next_start)

    def handed_back(self, span: Span, after: list[Span], text: str) -> str | None:
        """“We lifted the ban.” “She apologised,” said Ruiz: a quote that runs straight into
        an attributed one of the same paragraph is that speaker's too."""
        if not after:
            return None
        gap = text[span.end + 1 : after[0].start - 1]
        if not runs_on(gap):
            return None
        if paragraph_of(text, span.start) != paragraph_of(text, after[0].start):
            return None
        own = self.trailing(after[0], after[1].start - 1 if len(after) > 1 else len(text))
        return own[0] if own is not None else None

    def leading(self, span: Span, previous_end: int) -> Speaker:
        sentence = sentence_at(self.sentences, span.start - 1)
        begin = cues.lead_begin(
            max(after_dateline(self.text, sentence.start), previous_end), span.start
        )
        before = attribution_words.unmark_scare_quotes(self.text[begin : span.start - 1])
        if not before.strip():
            # A quote opening its sentence may be introduced by "X said:" just before.
            previous = sentence_ending_by(self.sentences, span.start - 1)
            if previous is not None and previous.text.endswith(":"):
                begin, before = previous.start, previous.text
            else:
                return NOT_A_SPEAKER
        for pattern in (
            patterns.ACCORDING,
            patterns.LEADING_OWNERS_DEMAND,
            owners.LEADING_OWNERS_CLAIM,
            owners.LEADING_PAPER_FOUND,
            owners.LEADING_OWN_PAPER_READS,
            patterns.LEADING_OWN_WORDS,
            patterns.LEADING_SUBORDINATE_AND,
            owners.LEADING_SUBORDINATE_URGED,
            patterns.SUBORDINATE_THEN_WHO_VERB,
            patterns.LEADING_SECOND_CLAUSE,
            patterns.LEADING_AND_CLAUSE,
            patterns.LEADING_CARRIED_STATEMENT,
            patterns.LEADING_RELAYED,
            patterns.LEADING_RELATIVE_CHARACTERISED,
            patterns.LEADING_RELATIVE_SAID,
            patterns.LEADING_WHO_PRAISED,
            patterns.LEADING_CHARACTERISED_BY,
            # "The supreme leader also criticised the Trump team's plan, saying: “…”": the
            # subject speaks through the participle, not a name in the object.
            patterns.LEADING_SUBJECT_SAYING,
            patterns.LEADING_REACTION_SAYING,
            patterns.LEADING_WHO_VERB,
            patterns.LEADING_CHARACTERISED,
            patterns.LEADING_IT_CITED,
            patterns.LEADING_COLON,
        ):
            match = leading_match(pattern, before)
            if pattern is patterns.ACCORDING and match and patterns.credits_other(before, match):
                continue
            if match:
                prefer = "first" if pattern is patterns.ACCORDING else "last"
                participle = (
                    patterns.PARTICIPLE.search(before, match.end("who"))
                    if pattern in patterns.WHO_VERB else None
                )
                if participle and not patterns.QUOTED_AS.search(before, 0, participle.start()):
                    prefer = "first"  # "Trump attacked Clinton ..., saying": the subject
                strict = pattern is patterns.LEADING_COLON
                chunk, at = attribution_words.reported_speaker(match, begin)
                who = self._who(chunk, at, span.start, prefer, strict)
                if pattern is patterns.LEADING_RELATIVE_CHARACTERISED:
                    who = self._not_the_antecedent(who, chunk, at, span.start)
                if who is not NOT_A_SPEAKER:
                    return who
                if at != begin + match.start("who") and chunk.strip()[:1].islower():
                    # "Berg noted that defense lawyers said “…”": the group, not Berg
                    return chunk.strip()
        return NOT_A_SPEAKER


    def unnamed_before(self, quote_start: int, previous_end: int) -> str | None:
        """'A delegate from Peru said that her country …. “…”': the quote opening the next
        sentence of the paragraph is that unnamed source's."""
        before = self.sentence_before(quote_start, previous_end)
        if before is None:
            return None
        who = reported_paragraphs.unnamed_opener(before.text)
        return unnamed_source(who) if who is not None else None

    def reported_before(self, quote_start: int) -> str | None:
        """'…, he said.' closing the paragraph before a quote that has no attribution."""
        found = reported_paragraphs.closing_reporter(self.text, self.sentences, quote_start)
        if found is None:
            return None
        who, where = found
        who = patterns.LEADING_CONNECTIVE.sub("", who)  # "But Natalie says …": Natalie
        if who.lower() in ("he", "she", "they"):  # "They also condemned “…”": the group
            return self._resolve_pronoun(who.lower(), where)
        if who.startswith("The "):  # "The 39-year-old says …"
            here = sentence_at(self.sentences, where).index
            return referents.described(who, where, self.text, self.mentions, self.sentence_of, here)
        return names.fold_surname(names.strip_titles(who), self.mentions) or None

    def _not_the_antecedent(self, who: Speaker, chunk: str, at: int, quote_start: int) -> Speaker:
        """'Berg, who the northern leader described as “…”': a description in the relative
        clause names someone other than the person the clause is about."""
        about = [m for m in self.outside if m.type == "person" and m.end <= at]
        if not about or who != about[-1].canonical or self.text[about[-1].end : at].strip(
            " ,"
        ) not in {"who", "whom"}:
            return who
        others = [m for m in self.mentions if m.canonical != who]
        here = sentence_at(self.sentences, quote_start).index
        return described_people.described_person(
            chunk, quote_start, self.text, others, self.sentence_of, here
        ) or attribution_words.description_head(chunk)


def _shares_short_attribution(
    short: tuple[str, int, int] | None,
    quote_start: int,
    sentences: list[Sentence],
    outside: list[Mention],
) -> str | None:
    """The speaker of a short quote just before, in the same sentence, when no one else is
    named between its attribution and this quote ("…, Rask said in his address, but “…”").
    Only a speaker the story names: "“…” the Russian conditions, noting" names no one."""
    if short is None:
        return None
    speaker, attribution_end, sentence_index = short
    if speaker not in {m.canonical for m in outside}:
        return None
    if sentence_at(sentences, quote_start).index != sentence_index or any(
        attribution_end <= m.start < quote_start for m in outside if m.type == "person"
    ):
        return None
    return speaker


_FEW_WORDS_BETWEEN = 8
_NEW_CLAUSE = re.compile(r"\b(?:and|but|or|while|whereas)\b")
_JOINS_NEXT_QUOTE = re.compile(r",?\s+and\s+[“\"‘']?\s*$")
_WORDS_BEFORE_A_JOINED_QUOTE = 12


def _attributed_later_in_sentence(
    finder: _SpeakerFinder, spans: list[Span], index: int, text: str
) -> str | None:
    """'“July could be shaky,” as the “recent surge … ,” Ana Ruiz wrote': a quote with no
    attribution of its own, whose sentence goes on to a second quote attributed after it,
    shares that speaker."""
    if index + 1 >= len(spans):
        return None
    nxt = spans[index + 1]
    here = sentence_at(finder.sentences, spans[index].start).index
    if sentence_at(finder.sentences, nxt.start).index != here:
        return None
    # Only a few words, naming no one, between the two: "Ruiz “…” on his show “Ruiz Live”,
    # the Post reported" and "“…,” Rask “…,” the passage says" are others' words about him.
    # "“Dancing,” and as to the “excuse,” Ferro wrote": a new clause keeps them apart.
    gap_start, gap_end = spans[index].end, nxt.start
    gap = text[gap_start:gap_end]
    # "“There has been a lot of discussion” about lowering the top rate to 37 percent, and
    # “having …,” Collins said": an "and" just before the second quote joins the two.
    joined = _JOINS_NEXT_QUOTE.search(gap)
    if joined is not None:
        gap = gap[: joined.start()]
    if (
        len(gap.split()) > (_WORDS_BEFORE_A_JOINED_QUOTE if joined else _FEW_WORDS_BETWEEN)
        or _NEW_CLAUSE.search(gap)
        or any(gap_start <= m.start < gap_end for m in finder.outside)
    ):
        return None
    after_next = spans[index + 2].start - 1 if index + 2 < len(spans) else len(text)
    own = finder.trailing(nxt, after_next)
    return own[0] if own is not None and isinstance(own[0], str) else None


def _told_by_a_person(leading: Speaker, trailing: str | None, mentions: list[Mention]) -> bool:
    """'The state had suggested … “was somehow a personal flight,” Correll said': a body only
    described leads the clause, the person named after the quote tells it."""
    return (
        isinstance(leading, str)
        and leading.split()[0] in {"The", "the", "A", "a", "An", "an"}
        and trailing is not None
        and any(m.type == "person" and m.canonical == trailing for m in mentions)
    )


# "Rubio will emphasise “…,” Pigott said": words still to be spoken before the quote.
_SPEECH_TO_COME = re.compile(
    rf"\b(?:{WILL}|(?:is|are)\s+(?:{SCHEDULED}|going)\s+to|plans?\s+to)\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+\s+(?:that\s+)?$"
)


def _said_later(
    text: str, sentences: list[Sentence], quote_start: int, trailing: str | None
) -> bool:
    """Whether the quote's own sentence only foretells words ("Rubio will emphasise “…”"),
    so that the one named after the quote tells it."""
    lead = text[sentence_at(sentences, quote_start).start : quote_start].rstrip("“\"‘' ") + " "
    return trailing is not None and _SPEECH_TO_COME.search(lead) is not None


def find_quotes(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Quote]:
    if not sentences:
        return []
    mentions = [m for m in mentions if not referents.bare_title(text, m)]
    spans = find_quote_spans(text)
    quoted = [(start, end) for span in spans for start, end in span.parts]
    mentions = speaker_fragments.quoted_namesakes(mentions, quoted)
    finder = _SpeakerFinder(text, sentences, mentions)
    # A name inside someone's quote ("“Ruiz is wrong,” he said") is not who speaks next.
    finder.outside = [m for m in mentions if not any(a <= m.start < b for a, b in quoted)]
    finder.quoted = quoted  # the pronoun chain reads them too
    quotes: list[Quote] = []
    written: dict[str, str] = {}  # speaker -> as the article writes it
    index = 0
    previous_end = 0
    # A quote too short to keep whose own attribution follows it ("Ruiz “does not say no”,
    # Rask said, but “…”"): its speaker, where that attribution ends, and its sentence.
    short_attribution: tuple[str, int, int] | None = None
    while index < len(spans):
        span = spans[index]
        following = spans[index + 1].start - 1 if index + 1 < len(spans) else len(text)
        labelled = cues.labelled(text, previous_end, span.start, mentions)
        speaker: Speaker = labelled or finder.leading(span, previous_end)
        trailing = finder.trailing(span, following)
        parts = list(span.parts)
        last_end = span.end
        if trailing is not None:
            if speaker is NOT_A_SPEAKER or speaker is None or _told_by_a_person(
                speaker, trailing[0], mentions
            ) or _said_later(text, sentences, span.start, trailing[0]):
                speaker = trailing[0]
            # "…,” she said. “…” — the next span continues this quote when nothing but the
            # attribution stands between them and it has no attribution of its own.
            # "…” for the country, Rask noted: “…”": a colon introduces a quote of its own.
            colon = ":" in (text[: trailing[1]].rstrip()[-1:], text[trailing[1] : trailing[1] + 1])
            # "“Is that,” Ruiz asked Lopez, “…?”": the one asked stands in between.
            asked = re.search(r"\b(?:asked|told)\s*$", text[span.end : trailing[1]]) is not None
            while index + 1 < len(spans) and not colon:
                nxt = spans[index + 1]
                gap = text[trailing[1] : nxt.start - 1]
                if asked and _ADDRESSEE.fullmatch(gap):
                    gap = ""
                if gap.strip(" .,;:\n") or paragraph_of(text, nxt.start) != paragraph_of(
                    text, span.start
                ):
                    break
                after_next = spans[index + 2].start - 1 if index + 2 < len(spans) else len(text)
                own = finder.trailing(nxt, after_next)
                if own is not None and own[0] != speaker:
                    break
                parts.extend(nxt.parts)
                last_end = nxt.end
                index += 1
                if own is not None:
                    break
        resolved = None if speaker is NOT_A_SPEAKER else speaker
        bare = speaker is NOT_A_SPEAKER  # no attribution at all: an interview's answer?
        if resolved is None:
            lead = text[max(sentence_at(sentences, span.start).start, previous_end) : span.start]
            resolved = (
                _shares_short_attribution(short_attribution, span.start, sentences, finder.outside)
                or names.strip_titles(cues.signed(text, last_end, following) or "")
                or cues.named_after(text, last_end, following, mentions, lead)
                or cues.body_after_calling(text, last_end, mentions, lead)
                or _attributed_later_in_sentence(finder, spans, index, text)
                or finder.said_before(span.start, previous_end, bodies=bare)
                or finder.unnamed_before(span.start, previous_end)
                or cues.sentence_subject(
                    text, sentence_at(sentences, span.start), span.start, previous_end, mentions
                )
                or finder.body_subject(span.start, previous_end)
                or finder.pronoun_subject(span.start, previous_end)
                or interviews.answered(text, sentences, finder.outside, span.start, bare)
                or finder.introduced(span.start, previous_end, None)
                or (finder.issuer_just_before(span.start, previous_end) if bare else None)
                or finder.continued(span.start, cue=trailing and cue_pronoun(text, last_end))
                or finder.reported_before(span.start)
                or finder.handed_back(span, spans[index + 1 : index + 3], text)
                # The rest of the paragraph, as far as an attribution of this quote may be.
                or finder.introduced(span.start, previous_end, rest_before_next_quote(
                    text, sentences, last_end, spans[index + 1].start if index + 1 < len(spans)
                    else None
                )[: cues.LEAD_REACH])
                or interviews.unattributed(text, sentences, finder.outside, span.start, bare)
            )
        if isinstance(resolved, str) and not speaker_fragments.names_someone(resolved, mentions):
            resolved = None  # "They also condemned “…”": a bare pronoun or adverb is no name
        elif isinstance(resolved, str):  # "Oxford" of "Oxford Economics": the whole name
            if resolved not in written:  # the article is read once per speaker, not per quote
                written[resolved] = speaker_fragments.whole_body_name(
                    speaker_fragments.as_written(resolved, text, names.strip_titles), mentions
                )
            resolved = written[resolved]
        quote_text = join_parts(text, parts)
        if label := TRANSCRIPT_LABEL.match(quote_text):
            # "“RUIZ: We will win.”": a transcript's label in capitals ("VIDEO:" is none).
            who = label.group("who").title()
            speaking = who.split()[0] not in NON_ENTITY_WORDS
            resolved = names.fold_surname(who, mentions) if speaking else None
        word_count = len(re.findall(r"\w+(?:[’']\w+)?", quote_text))
        kept = (word_count >= MIN_FRAGMENT_WORDS or (
            word_count >= MIN_QUOTE_WORDS and quote_text[:1].isupper()
        )) and not quote_titles.names_a_work(text, parts)
        if kept:
            sentence = sentence_at(sentences, span.start)
            quotes.append(Quote(quote_text, resolved, sentence.index))
            if resolved:
                at = sentence_at(sentences, last_end)
                finder.previous = pronouns.PreviousSpeaker(resolved, at.index, last_end)
        short_attribution = (
            (trailing[0], trailing[1], sentence_at(sentences, span.start).index)
            if not kept and trailing is not None and isinstance(trailing[0], str)
            else None
        )
        finder.last_quote = (resolved, last_end) if isinstance(resolved, str) else None
        previous_end = last_end + 1 if kept else previous_end
        index += 1
    return repeated_quotes.speakers_of_pulled_quotes(quotes, sentences)
