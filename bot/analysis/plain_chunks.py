"""The speaker of an attribution chunk no special form fits: a person, a name, a description."""

from __future__ import annotations

import enum
import re
from typing import Final, Literal

from bot.analysis import attribution_patterns as patterns
from bot.analysis import attribution_words, described_people, it_referents, title_holders
from bot.analysis import description_referents as referents
from bot.analysis import speaker_names as names
from bot.analysis.entities import Mention
from bot.analysis.lexicon import (
    ATTRIBUTIVE_BODY,
    DEMONYMS,
    DESCRIPTION_ROLES,
    NATIONALITY_NOUNS,
    NON_ENTITY_WORDS,
    ONE_WORD_PARTIES,
    PERSON_TITLES,
)
from bot.analysis.named_groups import joint_pair
from bot.analysis.pronoun_context import PRONOUNS
from bot.analysis.quote_context import QuoteContext
from bot.analysis.sentences import sentence_at


class NotASpeaker(enum.Enum):
    """What an attribution chunk that names nobody gives (unlike None: unknown speaker)."""

    TOKEN = enum.auto()


NOT_A_SPEAKER: Final = NotASpeaker.TOKEN
# A name, None for an unnamed speaker, or no speaker at all.
Speaker = str | None | Literal[NotASpeaker.TOKEN]


# ", former envoy to Oman under " between two names: the second is in the first's apposition.
_APPOSITION_GAP = re.compile(r",\s+(?:(?:a|an|the)\s+)?[a-z][^,;:“”\"]{2,80}\s")
# "Pennsylvania Trump voter Aita’s recommendation: “…”": words a possessor owns, closing
# the attribution, are that person's.
_OWN_UTTERANCE = re.compile(
    r"[’']s\s+(?:[a-z]+\s+)?(?:recommendation|advice|message|answer|reply|response|verdict|"
    r"suggestion|wish|plea|warning|words|comment|reaction|retort|view|take|assessment|"
    r"prediction|request|demand|pitch|prescription)\s*$"
)
# "… in its editorial on Friday", "in a post on X": the medium of the words, after who.
_IN_ITS_OWN = re.compile(r"\s+in\s+(?:a|an|its|his|her|their)\s+[a-z][^,“”\"]*$")


# "…, the EU chief negotiator" (responded): a definite role by the verb, however long the
# clause before it.
_ROLE_BY_THE_VERB = re.compile(
    r"the\s+(?:[\w’'.-]+\s+){0,3}(?:" + "|".join(sorted(DESCRIPTION_ROLES)) + r")",
    re.IGNORECASE,
)
# A paper's own voice: "an editorial in The Harbour Times", "a leader of the Courier".
_PAPERS_VOICE = re.compile(
    r"(?i:(?:an?|the)\s+(?:editorial|leader|op-ed|opinion\s+piece)\s+(?:in|of|by)\s+)"
    r"(?P<paper>[A-Z].*)$"
)


_NEAR = re.compile(
    r"\b(?:close\s+to|an?\s+ally\s+of|allies\s+of|an?\s+friend\s+of|friends\s+of)\s+"
    r"(?:(?:the|former|ex-)\s+)?(?:[A-Z][\w’'.-]*\s+){0,2}$"
)
_ATTRIBUTIVE = re.compile(ATTRIBUTIVE_BODY)
_POSSESSIVE_GAP = re.compile(r"[’']s?\s+")
_BODY_ENDS_PHRASE = re.compile(rf"\s*,|\s+{patterns.ADVERB}{patterns.VERB}\b")


class PlainChunkReader(QuoteContext):
    def _body_owned_by(self, owner: Mention, inside: list[Mention]) -> str | None:
        """The body named right after a person's possessive ("Janša’s SDS"), if any."""
        after = _POSSESSIVE_GAP.match(self.text, owner.end)
        if after is None:
            return None
        # Not "Bush's Facebook post": the body heads its phrase, then a comma or the verb.
        return next(
            (
                m.canonical for m in inside
                if m.type == "org" and m.start == after.end()
                and _BODY_ENDS_PHRASE.match(self.text, m.end)
            ),
            None,
        )

    def _plain_speaker(
        self, chunk: str, chunk_start: int, stripped: str, quote_start: int, prefer: str,
        strict: bool,
    ) -> Speaker:
        """The speaker of a chunk (`stripped`: its words without the leading connective) that
        no pronoun, body, source, statement or back reference form fits: a person mentioned
        in its own words, a capitalised name, or a description."""
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
        # "a source close to Jenrick said": whom the unnamed source is near does not speak.
        people = [
            m for m in inside
            if m.type == "person" and not _NEAR.search(self.text, chunk_start, m.start)
        ]
        # "Jeff Weaver, Sanders’ campaign manager, said": a possessor is whom they speak for.
        speaking = [m for m in people if not patterns.POSSESSOR.match(self.text, m.end)]
        if people and not speaking and (named := names.named_after_role(chunk)):
            return names.fold_surname(named, self.mentions)  # "Putin’s envoy, Kirill Dmitriev,"
        if people and not speaking and (owned_body := self._body_owned_by(people[0], inside)):
            return owned_body  # "Janša’s SDS, which has governed …, says": the party speaks
        if people and _OWN_UTTERANCE.match(self.text, people[-1].end, chunk_start + len(chunk)):
            return people[-1].canonical
        people = speaking or people
        if (owned := names.person_after_possessive(chunk, chunk_start, people)) is not None:
            return names.fold_surname(owned, self.mentions)  # "said Ernst and Young's Ana Ruiz"
        if people:
            if prefer == "last":
                # "Ana Ruiz and Ivo Rask wrote": the first of a pair is the one credited.
                if len(people) > 1 and self.text[people[-2].end : people[-1].start] == " and ":
                    return joint_pair(self.text, people[-2], people[-1]) or people[-2].canonical
                # "Ana Ruiz, a lawyer for Ivo Rask, said": the one the apposition is about.
                if len(people) > 1 and _APPOSITION_GAP.fullmatch(
                    self.text, people[-2].end, people[-1].start
                ):
                    return people[-2].canonical
                return people[-1].canonical
            if len(people) > 1 and (pair := joint_pair(self.text, people[0], people[1])):
                return pair  # "In a joint statement, Ana Ruiz and Ivo Rask said:"
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
            return NOT_A_SPEAKER
        nearest = [p.strip() for p in stripped.split(",") if p.strip()]
        nearest_part = nearest[0] if prefer == "first" else nearest[-1]
        if nearest_part.lower() in PRONOUNS:
            # "Asked whether a deal was possible, he said:", however long the clause.
            return self._resolve_pronoun(nearest_part.lower(), quote_start)
        if (voice := _PAPERS_VOICE.match(nearest_part)) and (
            paper := [m for m in inside if m.type == "org" and m.surface in voice.group("paper")]
        ):
            return paper[0].canonical  # "noted an editorial in The Harbour Times": the paper
        if len(words) > 12:
            # "said Council President Ana Ruiz, summing up a long …": the part by the verb.
            by_the_verb = prefer == "first" or _ROLE_BY_THE_VERB.fullmatch(nearest_part)
            if not by_the_verb or len(nearest_part.split()) > 6:
                return NOT_A_SPEAKER
            chunk = core = stripped = nearest_part
            words = stripped.split()
        # A capitalised name in speaker position ("Organiser Jess Moreno") is a person.
        parts = [p.strip(" .;:") for p in core.split(",") + chunk.split(",")]
        # "Senator Joan Pell in an interview": the capitalised run before the rest.
        parts += names.leading_runs(parts)
        places_and_bodies = {m.surface for m in inside if m.type in ("org", "place")}
        for part in parts:
            name = names.strip_titles(part)
            # "…,” Among stated.": a surname that is also a common word, after "Anita Among".
            known = bool(name) and names.fold_surname(name, self.mentions) != name
            if (
                name
                and names.PROPER_NAME.match(name)
                and (name.split()[0] not in NON_ENTITY_WORDS or (known and " " not in name))
                # not "The French", "the Spaniard"
                and (name not in DEMONYMS or name in ONE_WORD_PARTIES)
                and name not in NATIONALITY_NOUNS
                and not re.search(r"-[a-z]", name)  # "The Oscar-nominated actor"
                and not patterns.POSSESSOR.search(name[-2:])  # "America's top diplomat"
            ):
                # "…,” Israel said: a place name that is also a known person's surname.
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
        organisations = [m for m in inside if m.type == "org"]
        # "The Institute for …, a think tank,": an apposition describes the body before it.
        apposed = len(parts) > 1 and re.sub(r"(?i)^the\s+", "", parts[0]) in {
            o.surface for o in organisations}
        indefinite = not apposed and re.match(r"(?:a|an|one|two|three|several|some)\b",
                                              description, re.I)
        here = sentence_at(self.sentences, quote_start).index
        if organisations and not indefinite:
            # "the NATO chief said": the chief named before with that title, if any.
            titled = described_people.described_person(
                description, quote_start, self.text, self.mentions, self.sentence_of, here, True
            ) or title_holders.title_holder(description, self.text, self.mentions, quote_start)
            if titled is not None:
                return titled
            # "the SNP chief said" after "nationalist leader Alex Salmond": him, not the party
            head = described_people.body_head(
                description, quote_start, self.text, self.mentions, self.sentence_of, here
            )
            if head is not None:
                return head
        # "Harbour Times in its editorial on Friday": where the words came is no part of
        # who speaks, however long.
        own_words = _IN_ITS_OWN.sub("", stripped).split()
        if organisations and (office := _office_named(stripped, organisations[-1].surface)):
            return office  # "the Council of Europe Commissioner for Human Rights", however long
        if organisations and (len(own_words) <= 6 or apposed) and not indefinite:
            return organisations[0].canonical
        if indefinite:
            represented = referents.spokesperson(description, organisations, self, quote_start)
            if represented is not None:
                return represented
            if (noun := referents.any_body_noun(description)) is not None:
                # "a company spokesman" with no company in its paragraph: the body "the
                # company said" would be, named paragraphs before.
                body = it_referents.referent_of_body(self, f"the {noun}", quote_start)
                if body is not None:
                    return body
        longest = 10 if _HEADS_OF.match(description) else 8
        if patterns.DESCRIPTION.match(description) and len(description.split()) <= longest:
            # Not a name inside the chunk's own clause ("The actor, whose films include …")
            begin, end = min(chunk_start, quote_start), chunk_start + len(chunk)
            places = {m.surface for m in inside if m.type == "place"}
            named = referents.described(_placed_first(description, places), begin, self.text,
                                        self.mentions, self.sentence_of, here)
            # "the harbour chief told reporters that Rask was …": not Rask, of whom he speaks.
            if named in {
                m.canonical for m in self.outside
                if end <= m.start < quote_start and not _ATTRIBUTIVE.match(self.text, m.end)
            }:
                named = None
            goes_on = _GOES_ON.match(self.text, chunk_start + len(chunk)) is not None
            plain = described_people.just_quoted(description, self, here, goes_on)  # "the man"
            return named or plain or attribution_words.description_head(description)
        return NOT_A_SPEAKER
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
            # "…, the EU chief negotiator": the body's person, whom a description names
            and not patterns.ROLE_AFTER_BODY.match(self.text, m.end)
        ]
        return bodies[-1].canonical if bodies else None


# "the photographer added": the verb after the chunk carries on from the quote before.
_GOES_ON = re.compile(r"[\s,]*(?:added|continued|went\s+on)\b")
# "The leaders of more than 20 major aid agencies": a group of heads, counted, is longer.
_HEADS_OF = re.compile(r"the\s+[a-z]+s\s+of\s+", re.IGNORECASE)
# "the senator from Texas": a role and the place it is held for.
_ROLE_FROM_PLACE = re.compile(
    r"(?P<the>the\s+)(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+from\s+"
    r"(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})",
    re.IGNORECASE,
)


def _placed_first(description: str, places: set[str]) -> str:
    """'the senator from Texas' read as 'the Texas senator', the place a known one."""
    found = _ROLE_FROM_PLACE.fullmatch(description.strip())
    if found is None or found.group("place") not in places:
        return description
    return f"{found.group('the')}{found.group('place')} {found.group('role')}"


# A name of capitalised words and the lowercase words a body's name holds.
_WHOLE_NAME = re.compile(r"[A-Z][\w.’'-]*(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z][\w.’'-]*)*")


def _office_named(chunk: str, office: str) -> str | None:
    """'the UN High Commissioner for Human Rights': a chunk that is all one office's name
    (a title word in it), the body's name before the office included."""
    whole = re.sub(r"(?i)^the\s+", "", chunk.strip(" .,"))
    if not whole.endswith(office) or _WHOLE_NAME.fullmatch(whole) is None:
        return None
    return whole if any(word in PERSON_TITLES for word in office.split()) else None
