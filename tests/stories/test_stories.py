"""Stories end to end: three outlets' feeds, a followed topic, one post that grows."""

from __future__ import annotations

import json

from bot.sandbox import FakeDiscord, FakeMessage
from tests.helpers.harness import RunningBot, running_bot
from tests.helpers.storybot import FAST, TOPIC, command, setup_following, sources_in, text_of
from tests.helpers.storyfeeds import MARATHON, STRIKE_BEGINS, TALKS_COLLAPSE, OutletFeeds


def story_posts(bot: RunningBot) -> list[FakeMessage]:
    return [m for m in bot.fake.messages("news", bot.guild)
            if m.embeds and "Following:" in json.dumps(m.embeds)]


async def test_three_outlets_make_one_post_that_grows(bot: RunningBot,
                                                      feeds: OutletFeeds) -> None:
    await setup_following(bot, feeds)
    feeds.publish("courier", TALKS_COLLAPSE["courier"])
    first = await bot.fake.wait_for_message(
        lambda m: "**1 source**" in text_of(m) and "Following:" in text_of(m), timeout=30)
    feeds.publish("gazette", TALKS_COLLAPSE["gazette"])
    feeds.publish("herald", TALKS_COLLAPSE["herald"])
    grown = await bot.fake.wait_for_message(sources_in(3), timeout=30)
    assert grown.id == first.id and grown.edits >= 1
    assert story_posts(bot) == [grown]
    embed = grown.embeds[0]
    assert "Maria Okafor" in embed["description"]
    assert "Friday" in embed["description"] and "<t:" in embed["description"]
    labels = [b["label"] for b in grown.buttons()]
    assert labels == ["Full coverage", "Timeline", "Unfollow"]
    # A new speaker is a major development: a short reply in the post's thread.
    reply = await bot.fake.wait_for_message(lambda m: "now quoted" in m.content, timeout=30)
    assert "Daniel Brennan" in reply.content
    assert reply.channel_id == (await bot.fake.wait_for_message(
        lambda m: m.id == grown.id, timeout=5)).thread_id

    story_id = grown.buttons()[0]["custom_id"].rsplit(":", 1)[1]
    choices = await bot.fake.autocomplete("story", "story", "westhaven", guild=bot.guild)
    assert story_id in [c["value"] for c in choices]
    full = await command(bot, "story", story=story_id)
    assert not full.ephemeral and "Courier" in text_of(full)

    # An unrelated event posts nothing; a related event two days later is a new story
    # of the same topic.
    feeds.publish("courier", MARATHON)
    feeds.publish("courier", STRIKE_BEGINS)
    second = await bot.fake.wait_for_message(
        lambda m: "strike begins" in text_of(m) and "Following:" in text_of(m), timeout=30)
    assert second.id != grown.id
    assert not [m for m in story_posts(bot) if "marathon" in text_of(m).lower()]
    assert len(story_posts(bot)) == 2

    timeline = await command(bot, "timeline", topic=TOPIC)
    lines = timeline.embeds[0]["description"].split("\n")
    assert "talks collapse" in lines[0] or "until Friday" in lines[0] or "threaten" in lines[0]
    assert "strike begins" in lines[-1]

    coverage = await bot.fake.click(grown, grown.buttons()[0]["custom_id"])
    shown = await coverage.final()
    assert shown.ephemeral
    assert {f["name"] for f in shown.embeds[0]["fields"]} >= {"Courier", "Gazette", "Herald"}

    deadlines = await command(bot, "deadlines", topic=TOPIC)
    assert "Friday" in text_of(deadlines) and "<t:" in text_of(deadlines)
    assert "courier.example" in text_of(deadlines)  # where the deadline was reported
    quotes = await command(bot, "quotes", person="Okafor")
    assert "members cannot wait any longer" in text_of(quotes)
    news = await command(bot, "news", query="Westhaven port")
    assert "3 sources" in text_of(news)


async def test_restart_between_post_and_edit_edits_the_same_message(
        fake_discord: FakeDiscord, sqlite_database_url: str, feeds: OutletFeeds) -> None:
    async with running_bot(fake_discord, sqlite_database_url, FAST) as first_run:
        await setup_following(first_run, feeds)
        feeds.publish("courier", TALKS_COLLAPSE["courier"])
        posted = await fake_discord.wait_for_message(
            lambda m: "**1 source**" in text_of(m), timeout=30)
    feeds.publish("gazette", TALKS_COLLAPSE["gazette"])
    async with running_bot(fake_discord, sqlite_database_url, FAST) as second_run:
        edited = await fake_discord.wait_for_message(sources_in(2), timeout=30)
        assert edited.id == posted.id
        assert len(story_posts(second_run)) == 1
        # Buttons made before the restart still work.
        coverage = await fake_discord.click(edited, edited.buttons()[0]["custom_id"])
        assert (await coverage.final()).embeds


async def test_follow_commands_and_unfollow_button(bot: RunningBot, feeds: OutletFeeds) -> None:
    await setup_following(bot, feeds)
    listing = await command(bot, "follow list")
    assert TOPIC in listing.content
    assert "already follows" in (await command(bot, "follow add", topic=TOPIC)).content
    assert "Paused" in (await command(bot, "follow pause", topic=TOPIC)).content
    assert "paused" in (await command(bot, "follow list")).content
    assert "Resumed" in (await command(bot, "follow resume", topic=TOPIC)).content
    assert "Following" in (await command(bot, "follow add", topic="Harbour museum")).content
    choices = await bot.fake.autocomplete("follow remove", "topic", "museum", guild=bot.guild)
    assert [c["value"] for c in choices] == ["Harbour museum"]
    assert "Stopped following" in (await command(bot, "follow remove",
                                                 topic="Harbour museum")).content
    digest_set = await command(bot, "settings digest", time="7:30",
                               channel=bot.guild.channels["news"])
    assert "07:30" in digest_set.content
    assert "24-hour" in (await command(bot, "settings digest", time="25:99")).content
    digest = await command(bot, "digest now")
    assert digest.embeds[0]["fields"][0]["name"] == TOPIC
    member = bot.guild.add_member("reader")
    refused = await bot.fake.invoke("follow add", {"topic": "Elections"}, guild=bot.guild,
                                    user=member)
    assert "Manage Server" in (await refused.final()).content
    feeds.publish("courier", TALKS_COLLAPSE["courier"])
    post = await bot.fake.wait_for_message(lambda m: "Following:" in text_of(m), timeout=30)
    unfollow = next(b for b in post.buttons() if b["label"] == "Unfollow")
    answer = await (await bot.fake.click(post, unfollow["custom_id"])).final()
    assert "Stopped following" in answer.content
    assert "No topics followed" in (await command(bot, "follow list")).content
