"""Fictional sample news for `storyline console --offline` (news.json)."""
