"""A local Discord stand-in (REST + gateway) for tests, the console and benchmarks.

Point discord.py at it with ``discord.http.Route.BASE = fake.api_base`` and
``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)``.
"""

from bot.sandbox.interactions import FakeInteraction
from bot.sandbox.messages import FakeMessage, RecordedRequest
from bot.sandbox.models import FakeChannel, FakeGuild, FakeMember, FakeRole
from bot.sandbox.server import FakeDiscord

__all__ = [
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeInteraction",
    "FakeMember",
    "FakeMessage",
    "FakeRole",
    "RecordedRequest",
]
