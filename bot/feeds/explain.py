"""/feed why: what happened to one item, in words an admin understands."""

from __future__ import annotations

from bot.storage import feeds as store
from bot.storage import outbox
from bot.storage.database import Database
from bot.storage.feeds import Subscription

EXPLANATIONS = {
    "baseline": "was not posted: it belongs to the baseline ({detail})",
    "filtered": "was filtered out: {detail}",
    "capped": "was not posted: {detail} (the rest became one '… and N more' line)",
    "paused": "was not posted: {detail}",
    "queued": "is queued and will be posted shortly",
    "failed": "could not be delivered: {detail}",
}


async def explain_item(db: Database, sub: Subscription, query: str) -> str:
    matches = await store.find_items(db, sub.feed_id, query.strip())
    if not matches:
        return (f"No item matching `{query[:100]}` has been seen in **{sub.name}**; it is not "
                "in the feed (or not since the feed was added).")
    lines = []
    for item in matches[:3]:
        title = item.title or item.link or item.item_id
        decision = await store.get_decision(db, sub.id, item.item_id)
        if decision is None:
            lines.append(f"**{title}** was seen before this server added the feed "
                         f"(first seen <t:{int(item.first_seen_at.timestamp())}:f>), so it "
                         "belongs to the baseline.")
            continue
        if decision.decision == "posted" and decision.outbox_id is not None:
            entry = await outbox.get_entry(db, decision.outbox_id)
            where = (f"https://discord.com/channels/{sub.guild_id}/{entry.channel_id}/"
                     f"{entry.message_id}" if entry and entry.message_id else "its channel")
            lines.append(f"**{title}** was posted: {where}")
            continue
        template = EXPLANATIONS.get(decision.decision, decision.decision + ": {detail}")
        lines.append(f"**{title}** " + template.format(detail=decision.detail or "no detail"))
    return "\n".join(lines)[:2000]
