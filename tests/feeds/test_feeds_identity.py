"""Item identity: what makes the bot recognise an item it has already posted."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.feeds.identity import MAX_ID_LENGTH, assign_item_ids, normalise_url
from bot.feeds.models import FeedItem
from bot.feeds.parse import parse_feed


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("HTTPS://News.Example.COM/Story?utm_source=x&utm_medium=rss&b=2&a=1#comments",
         "https://news.example.com/Story?a=1&b=2"),
        ("https://news.example/story?fbclid=abc&gclid=def&id=9", "https://news.example/story?id=9"),
        ("http://news.example:80/a", "http://news.example/a"),
        ("https://news.example:8443/a", "https://news.example:8443/a"),
        ("https://news.example", "https://news.example/"),
        ("https://news.example/a?tag=x&tag=y&Mc_Cid=1", "https://news.example/a?tag=x&tag=y"),
        ("  https://news.example/a  ", "https://news.example/a"),
        ("https://[::1]:443/x", "https://[::1]/x"),
    ],
)
def test_normalise_url(raw: str, normalised: str) -> None:
    assert normalise_url(raw) == normalised


def test_normalise_url_tolerates_garbage() -> None:
    assert normalise_url("http://[broken/path") == "http://[broken/path"
    assert normalise_url("not a url") == "not a url"


def item(**fields: object) -> FeedItem:
    return FeedItem(**fields)  # type: ignore[arg-type]


def test_guid_then_link_then_title_and_date() -> None:
    when = datetime(2026, 11, 1, tzinfo=UTC)
    with_guid = item(guid="abc-1", link="https://x.example/1", title="One")
    with_link = item(link="https://X.example/2?utm_campaign=z", title="Two")
    bare = item(title="Three", published=when)
    assign_item_ids([with_guid, with_link, bare])
    assert with_guid.item_id == "guid:abc-1"
    assert with_link.item_id == "link:https://x.example/2"
    assert bare.item_id.startswith("hash:")
    other_day = item(title="Three", published=datetime(2026, 11, 2, tzinfo=UTC))
    assign_item_ids([other_day])
    assert other_day.item_id != bare.item_id


def test_tracking_parameters_do_not_make_a_new_item() -> None:
    first = item(link="https://x.example/p?id=1&utm_source=twitter")
    second = item(link="https://x.example/p?utm_source=mastodon&id=1#top")
    assign_item_ids([first])
    assign_item_ids([second])
    assert first.item_id == second.item_id


def feed_with(entries: str) -> bytes:
    return (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        f"{entries}</feed>"
    ).encode()


def test_republished_item_with_new_updated_date_keeps_its_id() -> None:
    before = parse_feed(feed_with(
        "<entry><title>Budget vote</title><updated>2026-11-01T10:00:00Z</updated></entry>"
        "<entry><title>Road works</title><link href='https://r.example/rw'/>"
        "<updated>2026-11-01T10:00:00Z</updated></entry>"
    ))
    after = parse_feed(feed_with(
        "<entry><title>Road works</title><link href='https://r.example/rw'/>"
        "<updated>2026-11-03T08:00:00Z</updated></entry>"
        "<entry><title>Budget vote</title><updated>2026-11-02T09:00:00Z</updated></entry>"
    ))
    assert {i.title: i.item_id for i in before.items} == {i.title: i.item_id for i in after.items}


def test_shared_guid_gives_distinct_ids_and_the_old_item_keeps_its_own() -> None:
    old = item(guid="dup", link="https://x.example/old", title="Old",
               published=datetime(2026, 1, 1, tzinfo=UTC))
    assign_item_ids([old])
    original_id = old.item_id

    newcomer = item(guid="dup", link="https://x.example/new", title="New",
                    published=datetime(2026, 2, 1, tzinfo=UTC))
    old_again = item(guid="dup", link="https://x.example/old", title="Old",
                     published=datetime(2026, 1, 1, tzinfo=UTC))
    assign_item_ids([newcomer, old_again])
    assert old_again.item_id == original_id
    assert newcomer.item_id != original_id

    # Stable when the feed reorders its items.
    newcomer_2 = item(guid="dup", link="https://x.example/new", title="New",
                      published=datetime(2026, 2, 1, tzinfo=UTC))
    old_2 = item(guid="dup", link="https://x.example/old", title="Old",
                 published=datetime(2026, 1, 1, tzinfo=UTC))
    assign_item_ids([old_2, newcomer_2])
    assert (old_2.item_id, newcomer_2.item_id) == (old_again.item_id, newcomer.item_id)


def test_identical_entries_still_get_unique_ids() -> None:
    twins = [item(title="Same", link="https://x.example/s") for _ in range(3)]
    assign_item_ids(twins)
    assert len({twin.item_id for twin in twins}) == 3


def test_huge_guids_are_bounded() -> None:
    long_guid = item(guid="g" * 5000)
    assign_item_ids([long_guid])
    assert len(long_guid.item_id) <= MAX_ID_LENGTH
    other = item(guid="g" * 4999 + "h")
    assign_item_ids([other])
    assert other.item_id != long_guid.item_id


def test_every_parsed_item_has_an_id() -> None:
    parsed = parse_feed(feed_with("<entry/><entry><title>x</title></entry><entry/>"))
    ids = [entry.item_id for entry in parsed.items]
    assert len(ids) == 3 and all(ids) and len(set(ids)) == 3
