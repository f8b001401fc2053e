"""Discord's formats and limits (text, markdown, embeds), shared by the payload builders of
the domain (bot/feeds/item_payload.py, bot/stories/story_payload.py) and the cogs. It
imports nothing of the domain, so every domain package may use it."""
