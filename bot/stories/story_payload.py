"""Story posts and story views as Discord payloads (plain dicts), within Discord's limits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.render import limits
from bot.render.embeds import clean, fit_embed, text_embed, timestamp
from bot.render.text import truncate
from bot.stories.models import DeadlineLine, QuoteLine, SourceLink, StoryView

SOURCES_LINKED = 4
QUOTES_SHOWN = 1
DEADLINES_SHOWN = 3
BUTTON = 2
ACTION_ROW = 1
STYLE_SECONDARY = 2
STYLE_DANGER = 4


def sources_line(view: StoryView) -> str:
    firsts: dict[str, SourceLink] = {}
    for source in view.sources:
        firsts.setdefault(source.outlet, source)
    linked = [f"[{clean(s.outlet, 60)}]({s.url})" for s in list(firsts.values())[:SOURCES_LINKED]]
    extra = len(firsts) - len(linked)
    count = len(firsts)
    head = f"**{count} source{'s' if count != 1 else ''}**: "
    return head + " · ".join(linked) + (f" · +{extra}" if extra > 0 else "")


def deadline_lines(deadlines: Sequence[DeadlineLine], now: datetime | None = None,
                   limit: int = DEADLINES_SHOWN) -> list[str]:
    lines = []
    for deadline in list(deadlines)[:limit]:
        passed = now is not None and deadline.latest < now
        about = f": {clean(deadline.about, 120)}" if deadline.about else ""
        mark = "passed " if passed else ""
        lines.append(f"⏰ {mark}{timestamp(deadline.latest)} — *{clean(deadline.phrase, 60)}*"
                     f"{about}")
    return lines


def sourced_deadline_lines(
        entries: Sequence[tuple[DeadlineLine, Sequence[tuple[str, str]]]],
        now: datetime) -> list[str]:
    """(deadline, [(outlet, article url)]) → a countdown line with what it is about and
    where it was reported; passed ones are marked."""
    lines = []
    for deadline, sources in entries:
        line = deadline_lines([deadline], now)[0]
        linked = [f"[{clean(outlet, 60)}]({url})" for outlet, url in sources[:SOURCES_LINKED]
                  if outlet and url]
        extra = len(sources) - SOURCES_LINKED
        more = f" · +{extra}" if extra > 0 else ""
        lines.append(line + (f" ({' · '.join(linked)}{more})" if linked else ""))
    return lines


def quote_line(quote: QuoteLine) -> str:
    speaker = clean(quote.speaker, 80) if quote.speaker else "speaker unknown"
    return f"> “{clean(quote.text, 300)}” — {speaker}"


def story_buttons(story_id: int, follow_id: int | None) -> list[dict[str, Any]]:
    buttons = [
        {"type": BUTTON, "style": STYLE_SECONDARY, "label": "Full coverage",
         "custom_id": f"story:coverage:{story_id}"},
        {"type": BUTTON, "style": STYLE_SECONDARY, "label": "Timeline",
         "custom_id": f"story:timeline:{story_id}"},
    ]
    if follow_id is not None:
        buttons.append({"type": BUTTON, "style": STYLE_DANGER, "label": "Unfollow",
                        "custom_id": f"follow:unfollow:{follow_id}"})
    return [{"type": ACTION_ROW, "components": buttons}]


def story_post(view: StoryView, *, follow_id: int | None, role_id: int | None,
               topic: str) -> dict[str, Any]:
    """The one post a followed story gets; later coverage edits it."""
    description = [clean(" ".join(view.summary[:3]), 1500)] if view.summary else []
    if view.quotes:
        description.append(quote_line(view.quotes[0]))
    description += deadline_lines(view.deadlines)
    description.append(sources_line(view))
    embed: dict[str, Any] = {
        "title": clean(view.headline, limits.EMBED_TITLE),
        "url": view.url,
        "description": truncate("\n".join(description), limits.EMBED_DESCRIPTION),
        "footer": {"text": clean(f"Following: {topic}", limits.EMBED_FOOTER_TEXT)},
    }
    if view.last_updated is not None:
        embed["timestamp"] = view.last_updated.isoformat()
    payload: dict[str, Any] = {"embeds": [embed], "components": story_buttons(view.story_id,
                                                                               follow_id)}
    if role_id is not None:
        payload["content"] = f"<@&{role_id}>"
        payload["allowed_mentions"] = {"parse": [], "roles": [str(role_id)]}
    else:
        payload["allowed_mentions"] = {"parse": []}
    return payload


def coverage_embed(view: StoryView, now: datetime | None = None) -> dict[str, Any]:
    """Full coverage: every outlet's articles, the summary, quotes and deadlines."""
    by_outlet: dict[str, list[SourceLink]] = {}
    for source in view.sources:
        by_outlet.setdefault(source.outlet, []).append(source)
    fields = []
    for outlet, links in list(by_outlet.items())[:20]:
        value = "\n".join(f"[{clean(link.title, 90)}]({link.url})" for link in links[:5])
        fields.append({"name": clean(outlet, limits.EMBED_FIELD_NAME),
                       "value": truncate(value, limits.EMBED_FIELD_VALUE), "inline": False})
    if view.quotes:
        fields.append({"name": "Quotes", "value": truncate(
            "\n".join(quote_line(q) for q in view.quotes[:6]), limits.EMBED_FIELD_VALUE)})
    if view.deadlines:
        fields.append({"name": "Deadlines", "value": truncate(
            "\n".join(deadline_lines(view.deadlines, now, limit=8)), limits.EMBED_FIELD_VALUE)})
    times = []
    if view.first_seen:
        times.append(f"first seen {timestamp(view.first_seen, 'f')}")
    if view.last_updated:
        times.append(f"updated {timestamp(view.last_updated, 'R')}")
    description = " ".join(view.summary[:4])
    embed = {"title": clean(view.headline, limits.EMBED_TITLE), "url": view.url,
             "description": clean(description, 3000) + ("\n" + " · ".join(times) if times
                                                        else ""),
             "fields": fields[:limits.EMBED_FIELDS]}
    return fit_embed(embed)


def timeline_lines(entries: Sequence[tuple[datetime, str, int, str]]) -> list[str]:
    """(first seen, headline, source count, url) → one line per story, in date order."""
    return [f"{timestamp(when, 'd')} [{clean(headline, 140)}]({url}) — {count} source"
            f"{'s' if count != 1 else ''}" for when, headline, count, url in entries]


def news_embed(query: str, views: Sequence[StoryView]) -> dict[str, Any]:
    lines = []
    for view in views:
        outlets = len(view.outlets)
        lines.append(f"**[{clean(view.headline, 200)}]({view.url})**\n{outlets} source"
                     f"{'s' if outlets != 1 else ''}"
                     + (f" · updated {timestamp(view.last_updated)}" if view.last_updated else ""))
    description = "\n\n".join(lines) if lines else "No stories found in the last 48 hours."
    return text_embed(f"News: {query}", description)
