"""Direct quotations and who said them.

Quote spans come from `quote_spans`. A quote interrupted by its attribution (“We will,”
she said, “win.”) is one quote. The speaker comes from the attribution next to the quote;
a pronoun or a description ("the foreign secretary") is resolved to the named person it
most plausibly refers to; weaker cues (`quote_cues`) and a quote that goes on after an
attributed one come next; with nothing in reach the speaker stays unknown rather than
guessed.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Final, Literal

from bot.analysis import attribution_patterns as patterns
from bot.analysis import attribution_words, interviews, pronouns, quote_titles, title_holders
from bot.analysis import description_referents as referents
from bot.analysis import quote_cues as cues
from bot.analysis import speaker_names as names
from bot.analysis.datelines import after_dateline
from bot.analysis.entities import Mention
from bot.analysis.lexicon import DEMONYMS, NON_ENTITY_WORDS
from bot.analysis.quote_context import GROUP_PRONOUNS, PRONOUNS, QuoteContext
from bot.analysis.quote_spans import (
    TRANSCRIPT_LABEL,
    Span,
    find_quote_spans,
    join_parts,
    paragraph_of,
    rest_of_paragraph,
    runs_on,
)
from bot.analysis.sentences import Sentence, sentence_at
from bot.analysis.unnamed_sources import named_relative, relative, unnamed_source

MIN_QUOTE_WORDS = 4
# Below this length a quote must open like a sentence: “It is gutless leadership,” she
# said is speech; a “positive and encouraging reception” is a characterising fragment.
MIN_FRAGMENT_WORDS = 6


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: str | None
    sentence_index: int


class _SpeakerFinder(QuoteContext):
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
            return self.relayed_speaker(relayed[0], span.start), relayed[1]
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
            if match:
                who_start = after_start + match.start("who")
                who = self._who(match.group("who"), who_start, span.start, prefer)
                if who is not _NOT_A_SPEAKER:
                    return who, after_start + match.end()
        match = patterns.ACCORDING.match(after.lstrip(" ,"))
        if match:
            shift = after_start + len(after) - len(after.lstrip(" ,"))
            who = self._who(match.group("who"), shift + match.start("who"), span.start, "first")
            if who is not _NOT_A_SPEAKER:
                return who, shift + match.end()
        for pattern, prefer in (
            (patterns.TRAILING_LATER_VERB_WHO, "first"),
            (patterns.TRAILING_LATER_WHO_VERB, "last"),
        ):
            match = pattern.search(after)
            if match:
                at = after_start + match.start("who")
                who = self._who(match.group("who"), at, span.start, prefer)
                if who is not _NOT_A_SPEAKER:
                    return who, after_start + match.end()
        return None

    def handed_back(self, span: Span, after: list[Span], text: str) -> str | None:
        """“We lifted the ban.” “She apologised,” said Ruiz: a quote that runs straight into
        an attributed one of the same paragraph is that speaker's too."""
        if not after or not runs_on(text[span.end + 1 : after[0].start - 1]):
            return None
        if paragraph_of(text, span.start) != paragraph_of(text, after[0].start):
            return None
        own = self.trailing(after[0], after[1].start - 1 if len(after) > 1 else len(text))
        return own[0] if own is not None else None

    def leading(self, span: Span, previous_end: int) -> Speaker:
        sentence = sentence_at(self.sentences, span.start - 1)
        begin = max(after_dateline(self.text, sentence.start), previous_end)
        before = attribution_words.unmark_scare_quotes(self.text[begin : span.start - 1])
        if not before.strip():
            # A quote opening its sentence may be introduced by "X said:" just before.
            previous = [s for s in self.sentences if s.end <= span.start - 1]
            if previous and previous[-1].text.endswith(":"):
                begin, before = previous[-1].start, previous[-1].text
            else:
                return _NOT_A_SPEAKER
        for pattern in (
            patterns.ACCORDING,
            patterns.SUBORDINATE_THEN_WHO_VERB,
            patterns.LEADING_SECOND_CLAUSE,
            patterns.LEADING_CARRIED_STATEMENT,
            patterns.LEADING_WHO_VERB,
            patterns.LEADING_CHARACTERISED,
            patterns.LEADING_COLON,
        ):
            match = (
                pattern.search(before) if pattern is patterns.ACCORDING else pattern.match(before)
            )
            if pattern is patterns.ACCORDING and match and patterns.credits_other(before, match):
                continue
            if match:
                prefer = "first" if pattern is patterns.ACCORDING else "last"
                if pattern in _WHO_VERB and patterns.PARTICIPLE.search(
                    before, match.end("who")
                ):
                    prefer = "first"  # "Trump attacked Clinton ..., saying": the subject
                strict = pattern is patterns.LEADING_COLON
                chunk, at = attribution_words.reported_speaker(match, begin)
                who = self._who(chunk, at, span.start, prefer, strict)
                if who is not _NOT_A_SPEAKER:
                    return who
        return _NOT_A_SPEAKER

    def _who(
        self, chunk: str, chunk_start: int, quote_start: int, prefer: str, strict: bool = False
    ) -> Speaker:
        """The speaker named in an attribution chunk; strict accepts only named people."""
        if (subject := names.clause_subject(chunk, prefer)) is not None:
            chunk_start, chunk = chunk_start + subject[0], subject[1]
        stripped = patterns.LEADING_CONNECTIVE.sub("", chunk.strip(" ,"))
        lowered = attribution_words.subject_pronoun(stripped) or stripped.lower()
        if lowered == "it":  # "In a statement Google said …. It said:": that body
            return self.referent_of_it(quote_start)
        if lowered in PRONOUNS or lowered in GROUP_PRONOUNS:
            return self._resolve_pronoun(lowered, quote_start)
        parts = [p.strip() for p in stripped.split(",") if p.strip()]
        next_to_verb = (parts[0] if prefer == "first" else parts[-1]) if parts else ""
        by_verb = prefer == "first" or len(parts) == 1 or relative(next_to_verb)
        if by_verb and (unnamed := unnamed_source(next_to_verb)):
            return named_relative(unnamed, self.mentions, quote_start) or unnamed
        if re.fullmatch(r"the\s+(?:[\w-]+\s+){0,2}(?:republican|democrat)s?", next_to_verb.lower()):
            # "the Republican" (also "Asked about it, the Republican said"): one named before.
            here = sentence_at(self.sentences, quote_start).index
            return cues.described_person(
                next_to_verb, quote_start, self.text, self.mentions, self.sentence_of, here
            )
        if (body := referents.definite(stripped, self.text, self.mentions, quote_start)):
            return body  # "The Embassy says", "the Foreign Minister said": one named
        if patterns.BACK_REFERENCE.match(lowered.rstrip(" .")):
            # "the company said": the organisation named just before, if there is one.
            named = referents.named_body(lowered.rstrip(" .").split()[-1], self.text, quote_start)
            named = named or self.referent_of_body(lowered, quote_start)
            return named or (None if strict else stripped)
        if prefer == "last" and (before := names.SUBJECT_BEFORE_APPOSITIVE.match(stripped)):
            # "Ana Ruiz, who lives outside the capital, Lisbon, said": the clause's subject.
            name = names.strip_titles(before.group("name"))
            if names.PROPER_NAME.match(name) and name.split()[0] not in NON_ENTITY_WORDS:
                return names.fold_surname(name, self.mentions)
        # Appositives ("Rubio, who met Lavrov on Friday,") must not supply the speaker.
        core = attribution_words.without_appositives(chunk)
        kept = names.kept_ranges(chunk, core, chunk_start)
        inside = [
            m
            for m in self.mentions
            if chunk_start <= m.start
            and m.end <= chunk_start + len(chunk)
            and names.in_ranges(kept, m.start)
        ]
        if prefer == "last" and (body := self._clause_before_verb(chunk, chunk_start)):
            return body
        people = [m for m in inside if m.type == "person"]
        # "Jeff Weaver, Sanders’ campaign manager, said": a possessor is whom they speak for.
        speaking = [m for m in people if not patterns.POSSESSOR.match(self.text, m.end)]
        people = speaking or people
        if (owned := names.person_after_possessive(chunk, chunk_start, people)) is not None:
            return names.fold_surname(owned, self.mentions)  # "said Ernst and Young's Ana Ruiz"
        if people:
            if prefer == "last":
                # "Ana Ruiz and Ivo Rask wrote": the first of a pair is the one credited.
                if len(people) > 1 and self.text[people[-2].end : people[-1].start] == " and ":
                    return people[-2].canonical
                return people[-1].canonical
            # "said Democratic pollster Mara Quill": a title chain ends at the name.
            chosen = people[0]
            for following in people[1:]:
                if not names.is_title_gap(self.text[chosen.end : following.start]):
                    break
                chosen = following
            return chosen.canonical
        words = stripped.split()
        headline = sentence_at(self.sentences, quote_start).paragraph == 0
        if strict and headline and names.PROPER_NAME.match(stripped) and len(words) <= 3:
            return names.fold_surname(stripped, self.mentions)  # a headline quote: "Talvik: “…”"
        if strict or not words:
            return _NOT_A_SPEAKER
        nearest = [p.strip() for p in stripped.split(",") if p.strip()]
        nearest_part = nearest[0] if prefer == "first" else nearest[-1]
        if nearest_part.lower() in PRONOUNS:
            # "Asked whether a deal was possible, he said:", however long the clause.
            return self._resolve_pronoun(nearest_part.lower(), quote_start)
        if len(words) > 12:
            # "said Council President Ana Ruiz, summing up a long …": the part by the verb.
            if prefer != "first" or len(nearest_part.split()) > 6:
                return _NOT_A_SPEAKER
            chunk = core = stripped = nearest_part
            words = stripped.split()
        # A capitalised name in speaker position ("Organiser Jess Moreno") is a person.
        parts = [p.strip(" .;:") for p in core.split(",") + chunk.split(",")]
        # "Senator Joan Pell in an interview": the capitalised run before the rest.
        parts += names.leading_runs(parts)
        places_and_bodies = {m.surface for m in inside if m.type in ("org", "place")}
        for part in parts:
            name = names.strip_titles(part)
            if (
                name
                and names.PROPER_NAME.match(name)
                and name.split()[0] not in NON_ENTITY_WORDS
                and name not in DEMONYMS  # "The French leader said": not a name
                and not re.search(r"-[a-z]", name)  # "The Oscar-nominated actor"
                and not patterns.POSSESSOR.search(name[-2:])  # "America's top diplomat"
            ):
                # "…,” Israel said: a place name that is also a known person's surname.
                known = names.fold_surname(name, self.mentions) != name
                adverb = re.fullmatch(r"[A-Z][a-z]+ly", name) is not None  # "Separately,"
                if known or names.place_subject(name, nearest_part, inside) or not (
                    adverb
                    or name in places_and_bodies
                    or (part in places_and_bodies and " " not in name)  # not "Motors"
                ):
                    return names.fold_surname(name, self.mentions)
        parts = [p.strip() for p in stripped.split(",") if p.strip()]
        while len(parts) > 1 and re.match(r"(?:who|which|whose|[a-z]+ing)\b", parts[-1]):
            # "The secretary, who spoke (or speaking) on the plane, said": not the clause
            parts.pop()
        # The part next to the verb names the speaker: "In a statement, the group said".
        description = parts[0] if prefer == "first" else parts[-1]
        # "America's top diplomat" is "the top diplomat" of that country.
        description = patterns.POSSESSED_ROLE.sub("the ", description)
        indefinite = re.match(r"(?:a|an|one|two|three|several|some)\b", description, re.I)
        organisations = [m for m in inside if m.type == "org"]
        here = sentence_at(self.sentences, quote_start).index
        if organisations and not indefinite:
            # "the NATO chief said": the chief named before with that title, if any.
            titled = cues.described_person(
                description, quote_start, self.text, self.mentions, self.sentence_of, here, True
            ) or title_holders.title_holder(description, self.text, self.mentions, quote_start)
            if titled is not None:
                return titled
        if organisations and len(words) <= 6 and not indefinite:
            return organisations[0].canonical
        if indefinite:
            represented = referents.spokesperson(description, organisations, self, quote_start)
            if represented is not None:
                return represented
        if patterns.DESCRIPTION.match(description) and len(description.split()) <= 8:
            # Not a name inside the chunk's own clause ("The actor, whose films include …")
            begin = min(chunk_start, quote_start)
            named = referents.described(
                description, begin, self.text, self.mentions, self.sentence_of, here
            )
            return named or attribution_words.description_head(description)
        return _NOT_A_SPEAKER

    def _clause_before_verb(self, chunk: str, chunk_start: int) -> str | None:
        """'In a letter filed over Ruiz's emails, the agency's board confirmed': an
        organisation in the clause next to the verb, with no person there, speaks."""
        if chunk.rstrip().endswith(",") or "," not in chunk:
            return None  # "Ana Ruiz, a lawyer for the board, said": an apposition
        # "Ana Ruiz, Harbour Traders Association said": the body is her apposition, with
        # its closing comma left out.
        if names.bare_person_name(chunk[: chunk.rfind(",")].strip(), self.mentions):
            return None
        clause_start = chunk_start + chunk.rfind(",") + 1
        clause_end = chunk_start + len(chunk)
        there = [m for m in self.mentions if clause_start <= m.start and m.end <= clause_end]
        if any(m.type == "person" for m in there):
            return None
        bodies = [
            m for m in there if m.type == "org" and not patterns.POSSESSOR.match(self.text, m.end)
        ]
        return bodies[-1].canonical if bodies else None


_WHO_VERB = patterns.WHO_VERB


class _NotASpeaker(enum.Enum):
    """What an attribution chunk that names nobody gives (unlike None: unknown speaker)."""

    TOKEN = enum.auto()


_NOT_A_SPEAKER: Final = _NotASpeaker.TOKEN
# A name, None for an unnamed speaker, or no speaker at all.
Speaker = str | None | Literal[_NotASpeaker.TOKEN]


def find_quotes(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Quote]:
    if not sentences:
        return []
    mentions = [m for m in mentions if not referents.bare_title(text, m)]
    finder = _SpeakerFinder(text, sentences, mentions)
    spans = find_quote_spans(text)
    quoted = [(start, end) for span in spans for start, end in span.parts]
    # A name inside someone's quote ("“Ruiz is wrong,” he said") is not who speaks next.
    finder.outside = [m for m in mentions if not any(a <= m.start < b for a, b in quoted)]
    quotes: list[Quote] = []
    index = 0
    previous_end = 0
    while index < len(spans):
        span = spans[index]
        following = spans[index + 1].start - 1 if index + 1 < len(spans) else len(text)
        labelled = cues.labelled(text, previous_end, span.start, mentions)
        speaker: Speaker = labelled or finder.leading(span, previous_end)
        trailing = finder.trailing(span, following)
        parts = list(span.parts)
        last_end = span.end
        if trailing is not None:
            if speaker is _NOT_A_SPEAKER or speaker is None:
                speaker = trailing[0]
            # "…,” she said. “…” — the next span continues this quote when nothing but the
            # attribution stands between them and it has no attribution of its own.
            while index + 1 < len(spans):
                nxt = spans[index + 1]
                gap = text[trailing[1] : nxt.start - 1]
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
        resolved = None if speaker is _NOT_A_SPEAKER else speaker
        bare = speaker is _NOT_A_SPEAKER  # no attribution at all: an interview's answer?
        if resolved is None:
            resolved = (
                names.strip_titles(cues.signed(text, last_end, following) or "")
                or cues.named_after(text, last_end, following, mentions)
                or finder.said_before(span.start, previous_end)
                or cues.sentence_subject(
                    text, sentence_at(sentences, span.start), span.start, previous_end, mentions
                )
                or finder.pronoun_subject(span.start, previous_end)
                or interviews.answered(text, sentences, finder.outside, span.start, bare)
                or finder.introduced(span.start, previous_end, None)
                or finder.continued(span.start)
                or finder.handed_back(span, spans[index + 1 : index + 3], text)
                or finder.introduced(span.start, previous_end, rest_of_paragraph(text, last_end))
                or interviews.unattributed(text, sentences, finder.outside, span.start, bare)
            )
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
        finder.last_quote = (resolved, last_end) if isinstance(resolved, str) else None
        previous_end = last_end + 1 if kept else previous_end
        index += 1
    return quotes
