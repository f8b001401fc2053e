"""A click on someone else's confirmation button gets a private answer, and changes nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.sandbox import FakeDiscord
from tests.helpers.databases import sqlite_url
from tests.helpers.harness import RunningBot, running_bot


@pytest.fixture
async def storyline(fake_discord: FakeDiscord, tmp_path: Path) -> AsyncIterator[RunningBot]:
    async with running_bot(fake_discord, sqlite_url(tmp_path)) as running:
        yield running


async def test_another_admins_click_is_answered_privately(storyline: RunningBot) -> None:
    guild, fake = storyline.guild, storyline.fake
    await (await fake.invoke("settings timezone", {"zone": "Asia/Tokyo"}, guild=guild)).final()
    prompt = await (await fake.invoke("settings reset", guild=guild)).final()
    confirm = next(b for b in prompt.buttons() if b["label"] == "Delete everything")
    other = guild.add_member("other-admin", manage_guild=True)

    click = await fake.click(prompt, confirm["custom_id"], user=other)
    answer = await click.final(timeout=3)

    assert answer.ephemeral
    assert "belong" in answer.content and str(guild.owner_id) in answer.content
    shown = await (await fake.invoke("settings show", guild=guild)).final()
    fields = {f["name"]: f["value"] for f in shown.embeds[0]["fields"]}
    assert fields["Timezone"] == "Asia/Tokyo"
