"""Stable item identity within one feed, and URL normalisation.

An id is chosen from the first usable of: the item's guid/id, its normalised link,
a hash of title and publication date. The *updated* date is deliberately not part
of any id, so a feed that re-publishes an item with a new ``updated`` stamp does
not produce a "new" item.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bot.feeds.models import FeedItem

TRACKING_PARAMETERS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
    "ttclid", "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok",
    "oly_anon_id", "oly_enc_id", "vero_id", "wt.mc_id", "ocid", "cmpid",
})
TRACKING_PREFIXES = ("utm_",)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Ids are storage keys; some feeds put whole paragraphs into <guid>.
MAX_ID_LENGTH = 200


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMETERS or lowered.startswith(TRACKING_PREFIXES)


def normalise_url(url: str) -> str:
    """Canonical form of a URL for identity and cache keys.

    Lower-cases scheme and host, drops default ports, fragments and tracking
    parameters (utm_*, fbclid, gclid, ...), and sorts the query by parameter name
    (keeping the order of repeated names). Unparseable input comes back stripped.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if not host:
        return urlunsplit((scheme, parts.netloc, parts.path, parts.query, ""))
    if ":" in host:
        host = f"[{host}]"
    netloc = host
    if port is not None and _DEFAULT_PORTS.get(scheme) != port:
        netloc = f"{host}:{port}"
    if parts.username is not None:
        credentials = parts.username + (f":{parts.password}" if parts.password else "")
        netloc = f"{credentials}@{netloc}"
    query_pairs = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(name)
    ]
    query_pairs.sort(key=lambda pair: pair[0])
    path = parts.path or ("/" if scheme in _DEFAULT_PORTS else "")
    return urlunsplit((scheme, netloc, path, urlencode(query_pairs), ""))


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _bounded(kind: str, value: str) -> str:
    if len(value) + len(kind) + 1 <= MAX_ID_LENGTH:
        return f"{kind}:{value}"
    return f"{kind}#:{_digest(value)}"


def _content_key(item: FeedItem) -> str:
    published = item.published.isoformat() if item.published else ""
    return _digest(item.title, published)


def primary_id_from(guid: str | None, link: str | None) -> str | None:
    """The id that a guid or link gives an item, or None when only its content can."""
    if guid:
        return _bounded("guid", guid)
    if link:
        return _bounded("link", normalise_url(link))
    return None


def _primary_id(item: FeedItem) -> str:
    return primary_id_from(item.guid, item.link) or content_id(item)


def content_id(item: FeedItem) -> str:
    """The id of an item with neither guid nor link: its title and date."""
    return f"hash:{_content_key(item)}"


def _qualifier(item: FeedItem) -> str:
    link = normalise_url(item.link) if item.link else ""
    return _digest(link, _content_key(item))


def assign_item_ids(items: list[FeedItem]) -> list[FeedItem]:
    """Give every item a stable ``item_id`` unique within the feed.

    When items share a guid or link, the oldest keeps the plain id (so an item already
    seen keeps its identity when a newcomer copies its guid) and the others get the id
    qualified by a hash of link, title and date, then by an ordinal if they are
    identical in all of those. Returns the same list, in its original order.
    """
    ids = resolve_ids([_primary_id(item) for item in items], items.__getitem__)
    for item, item_id in zip(items, ids, strict=True):
        item.item_id = item_id
    return items


def resolve_ids(primary_ids: list[str], item_at: Callable[[int], FeedItem]) -> list[str]:
    """The final ids of a document's items, given their primary ids in document order.

    Only items that share a primary id need their content (``item_at(position)``) to
    tell them apart, so a caller can read the rest of a document lazily.
    """
    ids = list(primary_ids)
    groups: dict[str, list[int]] = defaultdict(list)
    for position, primary in enumerate(primary_ids):
        groups[primary].append(position)
    taken = set(primary_ids)
    for primary, positions in groups.items():
        if len(positions) < 2:
            continue
        keeper = min(positions, key=lambda p: _age_rank(item_at(p), p))
        for position in positions:
            if position == keeper:
                continue
            candidate = f"{primary}|{_qualifier(item_at(position))}"
            suffix = 2
            unique_candidate = candidate
            while unique_candidate in taken:
                unique_candidate = f"{candidate}#{suffix}"
                suffix += 1
            ids[position] = unique_candidate
            taken.add(unique_candidate)
    return ids


def exact_repeats(items: Sequence[FeedItem]) -> set[str]:
    """Ids of entries identical to an earlier entry of the same document.

    Identical entries share their guid and link, hence their primary id: only entries
    that ``resolve_ids`` had to read can be repeats."""
    first: set[tuple[object, ...]] = set()
    repeats = set()
    for item in items:
        key = (item.guid, item.link, item.title, item.published, item.summary_text)
        if key in first:
            repeats.add(item.item_id)
        first.add(key)
    return repeats


def _age_rank(item: FeedItem, position: int) -> tuple[float, int]:
    # Oldest first; without dates, the later one in the document (feeds list newest first).
    timestamp = item.published.timestamp() if item.published else float("inf")
    return (timestamp, -position)
