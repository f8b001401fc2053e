"""Storyline: a Discord bot that follows developing news stories."""

__version__ = "0.1.0"
