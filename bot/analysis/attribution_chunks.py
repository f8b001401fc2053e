"""Who an attribution chunk names ("Council President Ana Ruiz", "the company", "a
spokesperson for the board", "she"): the reading of the words next to the speech verb
that `quotes` finds before or after a quote. The special forms (pronouns, bodies, unnamed
sources, statements, back references) are read here; a chunk none of them fits goes to
`plain_chunks`."""

from __future__ import annotations

import re

from bot.analysis import attribution_patterns as patterns
from bot.analysis import (
    attribution_words,
    body_kinds,
    described_people,
    owned_bodies,
    quote_cues,
    quote_spans,
    speaker_fragments,
    statement_issuers,
    title_holders,
    whole_speaker_names,
)
from bot.analysis import description_referents as referents
from bot.analysis import speaker_names as names
from bot.analysis.it_referents import issuer_as_written, referent_of_body, referent_of_it
from bot.analysis.lexicon import NON_ENTITY_WORDS
from bot.analysis.named_groups import (
    BODIES_PLURAL,
    DEFINITE_PLURAL,
    body_pair,
    is_pair,
    listed_bodies,
    named_group,
    opening_body_pair,
)
from bot.analysis.plain_chunks import NOT_A_SPEAKER, PlainChunkReader, Speaker
from bot.analysis.pronoun_context import GROUP_PRONOUNS, PRONOUNS
from bot.analysis.quoted_people import spoken_of
from bot.analysis.sentences import sentence_at
from bot.analysis.unnamed_sources import (
    apposed_name,
    introduced_relative,
    named_relative,
    officials_of,
    relative,
    unnamed_source,
)

# "Taras, a young soldier": someone new given by first name, whoever else shares it.
_FIRST_NAME_INTRODUCED = re.compile(r"(?P<name>[A-Z][a-z]+),\s+(?:a|an)\s[^,“”\"]{2,60},?")
_SUBORDINATE_OPENER = re.compile(
    r"(?:When|While|After|Before|Until|Although|Though|Because|If|Since|Once|Without|Asked|"
    r"Pressed)\s"
)
_TIME_OPENER = re.compile(
    r"\s*(?:In\s[^,“”\"]{1,60}?\s)?(?i:after|before|following|while|when|upon)\s"
    r"[^,“”\"]{1,100},\s+(?=[A-Z])"
)
_RELATIVE_TAIL = re.compile(r"\s+(?:who|that)\s+[^,]*$")
# "said 28-year-old Karim from Sidon": the age before a name is no part of it.
_AGE_BEFORE_NAME = re.compile(r"\s*(?:(?:a|an)\s+)?\d{1,3}-year-old\s+(?=[A-Z])")

# "WHAT LOPEZ SAID:", a fact-check's heading: the question word is no part of the name.
_HEADING_NAME = re.compile(
    r"(?:WHAT|WHY|HOW|WHERE|WHEN)\s+(?P<name>[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+)?)"
)

_EMPHATIC = re.compile(r"(?<=\w)\s+(?:himself|herself|itself|themselves)(?=[\s,]*$)")
_EDITORS_INSERT = re.compile(r"\[[^\[\]“”\"]{0,60}\]")
# "PR Rask, of the Harbour Growers Association said": an apposition whose closing comma
# the writer left out; its body is whom the person speaks for, not who speaks.
_UNCLOSED_OF = re.compile(r"(?<=\b[A-Z][a-z])[a-z’'-]*,\s*(?:of|from)\s+(?:the\s+)?[A-Z][^,“”\"]*$")
# "Rask, who is the secretary of the Harbour Party (HP) said": a relative clause whose
# closing comma the writer left out; the one it describes speaks, not a name inside it.
_UNCLOSED_WHO = re.compile(
    r"\s*(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,3}),\s+who\s+"
    r"(?:is|was|has\s+been|had\s+been|serves|served|heads|headed|leads|led|chairs)\b[^,“”\"]*"
)

# "analysts at Halden Bank", "economists from the Ostland Institute": a named body's experts
# speak, not the body itself.
_EXPERTS_AT = re.compile(
    r"(?:analysts|economists|strategists|researchers)\s+(?:at|from|with)\s+"
    + patterns.named_body("of")
)
# "said the Commission in a press release": where it was said, not who said it.
_IN_A_PAPER_TAIL = re.compile(
    r"\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}"
    rf"(?:{statement_issuers.PAPERS}|post|tweet|interview|video|speech|note|filing)\b[^,;]*$"
    # "said the Justice Department’s filing in support of the plea deal": what it backs
    r"|\s+in\s+(?:support\s+of|response\s+to|reply\s+to|opposition\s+to)\s[^,;]*$"
)


# "Ana Ruiz on Truth Social said": where she posted, not who.
_ON_A_PLATFORM_TAIL = re.compile(
    rf"\s+(?:(?:in\s+a\s+(?:post|message|video)\s+)?on|via)\s+{patterns.PLATFORMS}[^,;]*$"
)


# Nouns a story uses for a body it has just named, whatever its own kind.
_GROUP_NOUNS = frozenset(("group", "organisation", "organization", "alliance", "coalition"))
_NAME_OPENING = re.compile(r"[\s“\"]*(?:The\s+)?(?:[A-Z][\w’'.-]*\s+){0,2}")


# "The policy of talks, he" (said, …): a subject clause interrupted by its attribution.
_PRONOUN_ASIDE = re.compile(r"\s*(?:The|A|An)\s[^,“”\"]{1,60},\s*(?P<pronoun>he|she|they|it)\s*")
# "Tom Hale, who he" (said “…”): the relative names whom the pronoun's person speaks of.
_WHO_HE_SAID = re.compile(r"[^“”\"]*,\s*(?:who|whom)\s+(?P<pronoun>he|she|they)\s*", re.I)
# "… faulted Ruiz for wanting extras in the bill that he" (said had “…”), "the deal, which
# she" (said was “…”): a relative clause on a thing, whose pronoun is the sentence's
# subject, not its object.
_THING_THAT_HE_SAID = re.compile(
    r"[^“”\"]*\s[a-z][\w-]*,?\s+(?:that|which)\s+(?P<pronoun>he|she)\s*"
)
# "…, in their words:", "in his own words,": whose words the quote gives.
_IN_OWN_WORDS = re.compile(rf"{patterns.OWN_WORDS}\s*[:,]?\s*$")
_WORDS_OWNER = {"his": "he", "her": "she", "their": "they", "its": "it"}


_AUXILIARY_AT_END = re.compile(r"\s+(?:had|has|have)$")
_SENTENCE_STOP = re.compile(r"(?<=[a-z]{2})\.$")
_BODY_QUOTED_REACH = 4  # sentences back for the body "the company added" continues
# "…, with a source close to him saying:": a source (or a named person) "with" brings in.
_WITH_SAYING = re.compile(
    rf",\s*with\s+(?P<who>(?:{quote_cues.SOURCE_HEAD.pattern}|[A-Z])[^,;“”\"]{{0,80}}?)\s*"
    r"(?P<verb>saying|adding|writing)?\s*$"
)
_SAYING = re.compile(r"\s*(?:saying|adding|writing)\b")


class ChunkReader(PlainChunkReader):
    def _who(
        self, chunk: str, chunk_start: int, quote_start: int, prefer: str, strict: bool = False
    ) -> Speaker:
        """The speaker named in an attribution chunk; strict accepts only named people."""
        who = self._read_who(chunk, chunk_start, quote_start, prefer, strict)
        if not isinstance(who, str) or is_pair(who, self.mentions):
            return who  # "Ana Ruiz and Ivo Rask" (a joint statement): two whole names
        who = whole_speaker_names.whole_name(who, chunk, chunk_start, self.mentions)
        # "Von" of "Von der Leyen", "Afterwards": a whole name, or no speaker here.
        whole = speaker_fragments.checked(
            who, chunk, self.mentions, lambda name: names.fold_surname(name, self.mentions),
            names.strip_titles,
        )
        return NOT_A_SPEAKER if whole is None else whole

    def _brought_in_with(self, chunk: str, chunk_start: int) -> re.Match[str] | None:
        """', with a source close to him' before "saying" (in the chunk or right after it)."""
        found = _WITH_SAYING.search(chunk)
        if found is None or not (
            found.group("verb") or _SAYING.match(self.text, chunk_start + len(chunk))
        ):
            return None
        return found

    def _read_who(
        self, chunk: str, chunk_start: int, quote_start: int, prefer: str, strict: bool
    ) -> Speaker:
        # "…,” said a Home Office spokesman.": the sentence's full stop is no part of who
        # speaks (an initial's or "Jr."'s is).
        chunk = _SENTENCE_STOP.sub("", chunk.rstrip())
        # "The prosecutor had previously noted": the auxiliary is the verb's, not the subject's
        chunk = _AUXILIARY_AT_END.sub("", chunk)
        if (brought := self._brought_in_with(chunk, chunk_start)) is not None:
            # "Jenrick was among the critics, with a source close to him saying:": the one
            # "with" brings in speaks, not the clause's subject.
            who, start = brought.group("who"), chunk_start + brought.start("who")
            return self._plain_speaker(who, start, who, quote_start, prefer, strict=False)
        if prefer == "first" and (tail := _IN_A_PAPER_TAIL.search(chunk)) is not None:
            chunk = chunk[: tail.start()]  # "said the Commission in a press release"
        if (platform := _ON_A_PLATFORM_TAIL.search(chunk)) is not None:
            chunk = chunk[: platform.start()]  # "Ana Ruiz on Truth Social" (said)
        # "a panel of three judges, one appointed by Ana Ruiz, said": not Ruiz.
        chunk = attribution_words.blank_agent_appositions(chunk)
        if (heading := _HEADING_NAME.fullmatch(chunk.strip())) is not None:
            return names.fold_surname(heading.group("name").title(), self.mentions)
        # (not "The statement issued by the embassy said": a paper's issuer, no clause)
        if not statement_issuers.ISSUED_BY.fullmatch(chunk.strip()) and (
            subject := names.clause_subject(chunk, prefer)
        ) is not None:
            chunk_start, chunk = chunk_start + subject[0], subject[1]
        if prefer == "last" and _SUBORDINATE_OPENER.match(chunk.lstrip()) and "," in chunk:
            # "When asked whether Norway hit Dahl, the ambassador said": the opening clause
            # says what was asked or left unsaid; whoever it names is not the speaker.
            cut = chunk.index(",") + 1
            chunk_start, chunk = chunk_start + cut, chunk[cut:]
        elif prefer == "first" and (opener := _TIME_OPENER.match(chunk)) is not None:
            # "After meeting President Lars Berg, Mr. Hale disputed it, saying": the opening
            # clause's guest is not the subject who speaks through the participle.
            chunk_start, chunk = chunk_start + opener.end(), chunk[opener.end() :]
        if cut := speaker_fragments.opening_adverb(chunk):
            # "Afterwards, the president told reporters": the adverb names no one.
            chunk_start, chunk = chunk_start + cut, chunk[cut:]
        # "on Friday [May 9, 2025] noted": an editor's insertion says nothing of who speaks;
        # blanked to the same length, so positions in the chunk still hold.
        chunk = _EDITORS_INSERT.sub(lambda m: " " * len(m.group()), chunk)
        if cut := speaker_fragments.described_body(chunk):
            # "Leading Veridian daily Harbour Times noted": the body's name, not its description.
            chunk_start, chunk = chunk_start + cut, chunk[cut:]
        # "The president himself responded": the emphatic pronoun adds no one.
        chunk = _EMPHATIC.sub("", chunk)
        if (age := _AGE_BEFORE_NAME.match(chunk)) is not None:
            chunk_start, chunk = chunk_start + age.end(), chunk[age.end() :]
        if (own := _IN_OWN_WORDS.search(chunk)) is not None:
            # "They passed a vote on Ruiz because, in their words:": the owner of the words.
            pronoun = _WORDS_OWNER[own.group("owner").lower()]
            return self._resolve_pronoun(pronoun, min(quote_start, chunk_start))
        if prefer == "last" and (relative_said := _WHO_HE_SAID.fullmatch(chunk)) is not None:
            # "He took aim at Tom Hale, who he said “was right”": the pronoun speaks of Hale.
            in_clause = frozenset(
                m.canonical for m in self.mentions
                if m.type == "person" and chunk_start <= m.start < quote_start
            )
            pronoun = relative_said.group("pronoun").lower()
            return self._resolve_pronoun(pronoun, min(quote_start, chunk_start), in_clause)
        if prefer == "last" and (thing_that := _THING_THAT_HE_SAID.fullmatch(chunk)):
            objects = frozenset(
                m.canonical for m in self.mentions
                if m.type == "person" and chunk_start <= m.start < quote_start
                and not m.subject_like
            )
            pronoun, at = thing_that.group("pronoun").lower(), thing_that.start("pronoun")
            return self._resolve_pronoun(pronoun, chunk_start + at, objects)
        if (aside := _PRONOUN_ASIDE.fullmatch(chunk)) is not None:
            # "The policy of talks, he said, was meant to …": the aside's pronoun speaks.
            chunk_start, chunk = chunk_start + aside.start("pronoun"), aside.group("pronoun")
        if prefer == "last" and (unclosed_who := _UNCLOSED_WHO.fullmatch(chunk)) is not None:
            chunk = unclosed_who.group("name")
        if prefer == "last" and (unclosed := _UNCLOSED_OF.search(chunk)) is not None:
            # "Ruiz, of the Union said": the person, whom the body only places.
            chunk = chunk[: unclosed.start() + unclosed.group().index(",")]
        stripped = patterns.LEADING_CONNECTIVE.sub("", chunk.strip(" ,"))
        if titled := title_holders.initials_holder(stripped, self.text, self.mentions, quote_start):
            return titled  # "the CJI said" after "Chief Justice Arun Varma"
        lowered = attribution_words.subject_pronoun(stripped) or stripped.lower()
        lowered = _WORDS_OWNER.get(lowered, lowered)  # "His main condition was that"
        if lowered == "it":  # "In a statement Google said …. It said:": that body
            return referent_of_it(self, quote_start)
        if lowered in PRONOUNS or lowered in GROUP_PRONOUNS:
            # "He said Hill decided …", "he told Rask": not one named in the pronoun's clause;
            # "He said: “Lowe was a brilliant fellow”": nor the one the words speak of.
            in_clause = frozenset(
                m.canonical for m in self.mentions
                if m.type == "person" and (
                    chunk_start <= m.start < quote_start
                    or spoken_of(m.canonical, self.text, quote_start)
                )
            )
            return self._resolve_pronoun(lowered, min(quote_start, chunk_start), in_clause)
        parts = [p.strip() for p in stripped.split(",") if p.strip()]
        next_to_verb = (parts[0] if prefer == "first" else parts[-1]) if parts else ""
        by_verb = prefer == "first" or len(parts) == 1 or relative(next_to_verb)
        here = sentence_at(self.sentences, quote_start).index
        if counsel := described_people.counsel_named(next_to_verb, quote_start, self.text,
                                                     self.mentions, self.sentence_of, here):
            return counsel  # "his lawyer says": the lawyer named, not the client
        if by_verb and (
            owned := owned_bodies.owned_body(next_to_verb)
            or owned_bodies.country_body(next_to_verb, self.mentions, here, quote_start)
        ):
            return owned  # "Peru's foreign ministry said": not any ministry of the story
        paragraph_end = quote_spans.paragraph_end(self.text, quote_start)
        if by_verb and (party := body_kinds.party_body(next_to_verb, self.text, paragraph_end)):
            return party  # "a party spokesperson" when one party is named
        if by_verb and DEFINITE_PLURAL.fullmatch(next_to_verb) and " and " in (
            pair := named_group(self.sentences, here, self.mentions) or ""
        ):
            return pair  # "Tom Berger and Ivo Rask cited …. The Varnan officials wrote"
        if by_verb and BODIES_PLURAL.fullmatch(next_to_verb) and (
            bodies_pair := opening_body_pair(self.sentences, here, self.mentions)
        ):
            return bodies_pair  # "The X Association and the Y League sued …. The groups said"
        # Not "Rask officials" (a person's) after "Ivo Rask".
        if by_verb and (body := officials_of(next_to_verb)) and not any(
            m.type == "person" and len(m.canonical.split()) > 1
            and m.canonical.split()[-1] == body.split()[-1]
            for m in self.mentions
        ):
            return next_to_verb  # "Harbourland officials said": the body's unnamed officials
        if by_verb and _EXPERTS_AT.fullmatch(next_to_verb):
            return next_to_verb  # "analysts at Halden Bank said": the bank's analysts
        # "A senior diplomat who knows the talks told CNN": the source before its clause.
        bodies = [m.canonical for m in self.mentions if m.type == "org"]
        if by_verb and (unnamed := unnamed_source(_RELATIVE_TAIL.sub("", next_to_verb), bodies)):
            # "said her mother, Ana Ruiz,": the name may follow in the chunk itself.
            reach = max(quote_start, chunk_start + len(chunk))
            return (
                named_relative(unnamed, self.mentions, quote_start)
                or introduced_relative(unnamed, self.text, self.mentions, reach)
                or apposed_name(
                    parts[1] if len(parts) > 1 else "", self.mentions, chunk_start, reach
                )
                or unnamed
            )
        if re.fullmatch(r"the\s+(?:[\w-]+\s+){0,2}(?:republican|democrat)s?", next_to_verb.lower()):
            # "the Republican" (also "Asked about it, the Republican said"): one named before.
            here = sentence_at(self.sentences, quote_start).index
            return described_people.described_person(
                next_to_verb, quote_start, self.text, self.mentions, self.sentence_of, here
            )
        if (issued := self._issued(stripped, next_to_verb, chunk_start, quote_start)) is not None:
            return issued  # "the statement said": whoever issued it
        if (body := referents.definite(stripped, self.text, self.mentions, quote_start)):
            return body  # "The Embassy says", "the Foreign Minister said": one named
        if owned := owned_bodies.owned_before(
                stripped, self.text, quote_start
        ) or owned_bodies.named_leaders_body(stripped, self.text, quote_start):
            return owned  # "The ministry said" after "Peru's foreign ministry"
        # "the American Bar Association said": a name, capitalised to its last word.
        if patterns.BACK_REFERENCE.match(lowered.rstrip(" .")) and not (
            len(words := stripped.rstrip(" .").split()) > 2 and words[-1][:1].isupper()
        ):
            # "the company said": the organisation named just before, if there is one; before
            # the description itself ("The company responded, saying … to the BBC that").
            noun, described_at = lowered.rstrip(" .").split()[-1], min(quote_start, chunk_start)
            # "the paper says" after "the board issued a warning in a 16-page document".
            paper_by = body_kinds.document_author(
                noun, self.text, self.mentions, quote_start, here) if noun == "paper" else None
            named = paper_by or self._group_opening_before(noun, here)
            # (a name after the description but before the quote still counts here: "The
            # council said that Ivo Rask and Tove Brandal wrote: “…”")
            # "TikTok said it disagreed, “…”. “…,” the company said": the body just quoted
            # goes on, before any company the story named ("its parent company ByteDance")
            just_quoted = self.previous is not None and here - self.previous.sentence <= 1
            named = named or (self._body_quoted_before(here, quote_start) if just_quoted else None)
            named = named or referents.named_body(noun, self.text, quote_start)
            named = named or self._body_quoted_before(here, quote_start)
            named = named or referent_of_body(self, lowered, described_at)
            return named or (None if strict else stripped)
        lone = _FIRST_NAME_INTRODUCED.fullmatch(stripped)
        if lone is not None and not any(  # "Davis, a fellow at …" after "Daniel Davis"
            m.type == "person" and m.canonical.split()[-1] == lone.group("name")
            for m in self.mentions
        ):
            return lone.group("name")  # "Taras, a soldier, told": not "Taras Melnyk"
        if prefer == "last" and (before := names.SUBJECT_BEFORE_APPOSITIVE.match(stripped)):
            # "Ana Ruiz, who lives outside the capital, Lisbon, said": the clause's subject.
            name = names.strip_titles(before.group("name"))
            if names.PROPER_NAME.match(name) and name.split()[0] not in NON_ENTITY_WORDS:
                return names.fold_surname(name, self.mentions)
        return self._plain_speaker(chunk, chunk_start, stripped, quote_start, prefer, strict)

    def _body_quoted_before(self, here: int, quote_start: int) -> str | None:
        """'“…,” Forescout said. … “…,” the cybersecurity company added': with no body the
        description takes up, the body quoted just before, a few sentences back, when no
        other body is named since ("Its rival, Halden Corp, said …. “…,” the company added")."""
        previous = self.previous
        if previous is None or here - previous.sentence > _BODY_QUOTED_REACH:
            return None
        if any(
            m.type == "org" and m.canonical != previous.name
            for m in self.outside if previous.start <= m.start < quote_start
        ):
            return None
        # "Forescout" alone reads as a surname no one fits: a body, unless a pronoun gave it a
        # gender, as one given a first name is a person
        bodies = {
            m.canonical for m in self.mentions
            if m.type == "org" or (" " not in m.canonical and m.canonical not in self.genders)
        }
        return previous.name if previous.name in bodies else None

    def _group_opening_before(self, noun: str, here: int) -> str | None:
        """'The People’s Coalition for the Sahel, an alliance of civil groups, expressed
        concern …. “…,” the group said': the body that opens the sentence before speaks, not
        one named earlier with the noun ("the military group Wagner")."""
        if noun not in _GROUP_NOUNS or here == 0:
            return None
        before = self.sentences[here - 1]
        # "The People’s Coalition …": the name may keep a word or two the typer left out.
        opening = [
            m for m in self.mentions
            if m.type == "org" and before.start <= m.start < before.end
            and _NAME_OPENING.fullmatch(self.text, before.start, m.start)
        ]
        if not opening or any(mark in before.text for mark in "“”\""):
            return None
        return opening[0].canonical

    def issuer_just_before(self, quote_start: int, previous_end: int) -> str | None:
        """'News of a deal was greeted by a terse statement from the Foreign Office.' then a
        paragraph of only the quote: the issuer the sentence just before names."""
        here = sentence_at(self.sentences, quote_start)
        if here.index == 0 or self.text[here.start : quote_start - 1].strip(" “\"‘'"):
            return None
        before = self.sentences[here.index - 1]
        if before.start < previous_end or before.paragraph == here.paragraph:
            return None  # "Sam Lau said in a statement. “…”": the sentence before reads it
        clause = statement_issuers.issuing_clause(
            self.text, self.sentences, here.index - 1, quote_start, reach=0
        )
        if clause is None:
            return None
        who = self._cut_name(*clause) or self._read_who(
            clause[0], clause[1], quote_start, "last", False
        )
        return who if isinstance(who, str) else None

    def _cut_name(self, words: str, start: int) -> str | None:
        """The name an issuing clause's words cut at its comma ("a statement from the
        Foreign, Commonwealth and Development Office"): the clause is that name."""
        end = start + len(words)
        return next((m.canonical for m in self.mentions if start <= m.start < end < m.end), None)

    def _issued(
        self, chunk: str, next_to_verb: str, chunk_start: int, quote_start: int
    ) -> Speaker | None:
        """Who issued the statement that speaks: "a statement issued by the company said"
        reads "the company"; "the statement said", "The new statement said" (also after an
        opening clause: "Reminding him of it, the letter said") the one who last issued a
        statement, letter or report in the story."""
        if law := statement_issuers.article_of(chunk, self.text, quote_start):
            return law  # "Article 42 of the law states": the law
        if (by := statement_issuers.ISSUED_BY.fullmatch(chunk)
                or statement_issuers.posted_on(chunk.strip(" ."))) is not None:
            who = self._read_who(by.group("who"), chunk_start + by.start("who"), quote_start,
                                 "first", False)
            if who is NOT_A_SPEAKER or who is None:
                # "from the Varnan prime minister's office and the Kasta agency on Monday
                # night": the issuer as written, without the time it came out.
                return issuer_as_written(by.group("who"))
            return who
        paper = statement_issuers.THE_PAPER.fullmatch(next_to_verb.strip(" ."))
        owned = statement_issuers.OWNED_PAPER.fullmatch(next_to_verb.strip(" ."))
        if paper is None and owned is not None:
            # "the special counsel’s filing said": the owner the story names, else as written.
            owner = owned.group("owner")
            who = self._read_who(owner, chunk_start, quote_start, "first", False)
            return who if isinstance(who, str) else owner
        if paper is None:
            return None
        noun = paper.group("noun").lower()
        if (owner := statement_issuers.paper_owner(self, paper, quote_start)) is not None:
            return owner  # "the FCC statement", "his letter": whose paper it is
        if lead := statement_issuers.lead_subject(self, quote_start):
            return lead
        if noun == "statement" and (issuer := statement_issuers.statement_issuer(self)):
            return issuer
        here = sentence_at(self.sentences, quote_start).index
        if noun != "letter" and (clause := statement_issuers.issuing_clause(
                self.text, self.sentences, here, chunk_start, noun)):
            if pair := body_pair(clause[0], self.mentions):
                # "The X Association and the Y League filed a joint petition"; "A, B and C"
                return listed_bodies(pair, self.text, clause[1], self.mentions)
            who = self._cut_name(*clause) or self._read_who(
                clause[0], clause[1], quote_start, "last", False
            )
            if isinstance(who, str) and not statement_issuers.THE_PAPER.fullmatch(who):
                return who
            # "ex-President Ana Ruiz in a statement": the name after the glued title.
            runs = names.CAPITALISED_RUN.findall(clause[0])
            name = names.strip_titles(runs[-1]) if runs else ""
            if names.PROPER_NAME.fullmatch(name) and speaker_fragments.names_someone(name):
                return names.fold_surname(name, self.mentions)
        if noun == "statement" and (
                declared := statement_issuers.declaring_subject(self.text, self.sentences, here)):
            who = self._read_who(declared[0], declared[1], quote_start, "last", False)
            if isinstance(who, str):
                return who
        return body_kinds.document_author(noun, self.text, self.mentions, quote_start, here)
