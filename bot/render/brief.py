"""A page's Brief as a Discord embed (plain dict), within Discord's limits."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.render import limits
from bot.render.embeds import clean, fit_embed, timestamp
from bot.render.text import truncate

QUOTES_SHOWN = 3
ENTITIES_SHOWN = 8
DEADLINES_SHOWN = 4
TYPE_LABELS = {"person": "People", "org": "Organisations", "place": "Places"}


def _quote(quote: dict[str, Any]) -> str:
    speaker = clean(quote["speaker"], 80) if quote.get("speaker") else "speaker unknown"
    return f"“{clean(quote['text'], 280)}” — **{speaker}**"


def _deadline(deadline: dict[str, Any]) -> str:
    latest = datetime.fromisoformat(deadline["latest"])
    about = f": {clean(deadline['about'], 140)}" if deadline.get("about") else ""
    return f"⏰ *{clean(deadline['phrase'], 60)}* → {timestamp(latest, 'D')}{about}"


def brief_embed(page: dict[str, Any], *, more: bool = False) -> dict[str, Any]:
    """`page` is PageBrief.to_dict(); `more` lists every quote and deadline."""
    brief = page["brief"]
    header = [clean(page.get("site") or "", 100)]
    if page.get("published"):
        header.append(timestamp(datetime.fromisoformat(page["published"]), "f"))
    description = " · ".join(h for h in header if h)
    summary = " ".join(brief.get("summary") or [])
    embed: dict[str, Any] = {
        "title": clean(page.get("title") or page["url"], limits.EMBED_TITLE),
        "url": page["url"],
        "description": truncate(f"{description}\n\n{clean(summary, 3000)}".strip(),
                                limits.EMBED_DESCRIPTION),
        "fields": [],
    }
    quotes = brief.get("quotes") or []
    shown = quotes if more else quotes[:QUOTES_SHOWN]
    for start in range(0, len(shown), 3):
        embed["fields"].append({"name": "Quotes" if start == 0 else "More quotes",
                                "value": truncate("\n".join(_quote(q) for q in
                                                            shown[start:start + 3]),
                                                  limits.EMBED_FIELD_VALUE), "inline": False})
    for kind, label in TYPE_LABELS.items():
        names = [clean(e["name"], 60) for e in brief.get("entities") or [] if e["type"] == kind]
        if names:
            embed["fields"].append({"name": label, "value": truncate(
                ", ".join(names[:ENTITIES_SHOWN]), limits.EMBED_FIELD_VALUE), "inline": True})
    deadlines = brief.get("deadlines") or []
    if deadlines:
        listed = deadlines if more else deadlines[:DEADLINES_SHOWN]
        embed["fields"].append({"name": "Deadlines", "value": truncate(
            "\n".join(_deadline(d) for d in listed), limits.EMBED_FIELD_VALUE), "inline": False})
    if page.get("image") and not more:
        embed["thumbnail"] = {"url": page["image"]}
    embed["fields"] = embed["fields"][:limits.EMBED_FIELDS]
    return fit_embed(embed)


def has_more(page: dict[str, Any]) -> bool:
    brief = page["brief"]
    return (len(brief.get("quotes") or []) > QUOTES_SHOWN
            or len(brief.get("deadlines") or []) > DEADLINES_SHOWN)
