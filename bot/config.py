"""Settings from the environment (and `.env`), validated once at start.

Every setting the bot reads is declared in `SETTINGS` with its default and a one-line
description; the README table and `.env.example` are written from the same list, so the
three cannot drift apart.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./data/storyline.db"
DEFAULT_API_BASE = "https://discord.com/api/v10"
DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg/"
DEFAULT_USER_AGENT = "StorylineBot/0.1 (+https://github.com/storyline-bot/storyline)"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
ROLES = ("gateway", "poll", "deliver", "stories")
LOG_FORMATS = ("text", "json")


class ConfigError(Exception):
    """A setting is missing or malformed; `setting` names it for the one-line message."""

    def __init__(self, setting: str, problem: str) -> None:
        super().__init__(f"{setting}: {problem}")
        self.setting = setting
        self.problem = problem


@dataclass(frozen=True)
class SettingSpec:
    name: str
    default: str
    description: str


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("DISCORD_TOKEN", "", "Bot token from the Discord developer portal (required)."),
    SettingSpec("DATABASE_URL", DEFAULT_DATABASE_URL,
                "SQLite file (default) or postgresql+asyncpg://user@host/db."),
    SettingSpec("LOG_LEVEL", "INFO", "DEBUG, INFO, WARNING, ERROR or CRITICAL."),
    SettingSpec("LOG_FORMAT", "text", "text (readable lines) or json (one JSON object per "
                "line: time, level, logger, message, guild, feed, error id)."),
    SettingSpec("METRICS_ADDR", "", "host:port serving /healthz and Prometheus /metrics, "
                "such as 127.0.0.1:9108; empty turns them off."),
    SettingSpec("RETENTION_DAYS", "30", "Days feed items, decisions, sent posts, cached "
                "summaries and unfollowed stories are kept before they are purged."),
    SettingSpec("DEV_GUILD_ID", "", "Sync commands to this one server only (instant, for "
                "development); empty syncs globally."),
    SettingSpec("DISCORD_API_BASE", DEFAULT_API_BASE, "Discord REST base URL (a proxy or the "
                "local sandbox)."),
    SettingSpec("DISCORD_GATEWAY_URL", DEFAULT_GATEWAY_URL, "Discord gateway websocket URL."),
    SettingSpec("ALLOW_PRIVATE_URLS", "false", "Allow fetching private, loopback and link-local "
                "addresses: true, or a comma list of networks such as 127.0.0.0/8."),
    SettingSpec("HTTP_USER_AGENT", DEFAULT_USER_AGENT, "User-Agent sent with feed and page "
                "requests."),
    SettingSpec("MAX_FEEDS_PER_GUILD", "50", "Most feeds one server may add."),
    SettingSpec("MAX_FOLLOWS_PER_GUILD", "25", "Most topics one server may follow."),
    SettingSpec("FEED_INTERVAL_DEFAULT", "600", "Seconds between polls of a feed."),
    SettingSpec("FEED_INTERVAL_MIN", "120", "Shortest poll interval in seconds a feed may get."),
    SettingSpec("MAX_ITEMS_PER_POLL", "5", "Most posts per feed per poll; the rest become "
                "one '... and N more' line."),
    SettingSpec("DEFAULT_WORLD_FEEDS", "true", "Poll the shipped world-news feeds for followed "
                "topics, so following works with no feeds configured: true or false."),
    SettingSpec("FOLLOW_SEARCH_EVERY", "900", "Seconds between news searches for each "
                "followed topic (the first search runs when the topic is followed)."),
    SettingSpec("SEARCH_GOOGLE_NEWS", "true", "Search Google News RSS for follows and /news "
                "(no key needed): true or false."),
    SettingSpec("SEARCH_GDELT", "true", "Search the GDELT DOC 2.0 API for follows and /news "
                "(no key needed): true or false."),
    SettingSpec("SEARCH_TIMEOUT", "10", "Seconds to wait for one answer from a search "
                "provider (one retry on network errors and 5xx)."),
    SettingSpec("SEARCH_BACKOFF_MAX", "1800", "Longest time in seconds a failing search "
                "provider is skipped; the backoff doubles from 60 s up to this."),
    SettingSpec("SEARCH_CACHE_SECONDS", "300", "Seconds a search answer is reused for the "
                "same query; 0 turns the cache off."),
    SettingSpec("SEARCH_GOOGLE_NEWS_URL", "https://news.google.com/rss/search",
                "Google News RSS search endpoint (a proxy, or a local server in tests)."),
    SettingSpec("SEARCH_GDELT_URL", "https://api.gdeltproject.org/api/v2/doc/doc",
                "GDELT DOC 2.0 API endpoint (a proxy, or a local server in tests)."),
    SettingSpec("ROLES", ",".join(ROLES), "What this process runs, a comma list of gateway "
                "(interactions), poll (feeds), deliver (posts) and stories; a split needs "
                "PostgreSQL."),
    SettingSpec("SHARD_COUNT", "", "Gateway shards of the whole bot; empty lets Discord "
                "choose (one process)."),
    SettingSpec("SHARD_IDS", "", "Shards this gateway process connects, e.g. 0,1; empty "
                "connects all of SHARD_COUNT."),
)


TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"0", "false", "no", "off"})


def switch_value(word: str) -> bool | None:
    """A yes/no word as settings and the console read it; None if it is neither."""
    lowered = word.strip().lower()
    if lowered in TRUE_WORDS:
        return True
    if lowered in FALSE_WORDS:
        return False
    return None


def _parse_bool(name: str, raw: str) -> bool:
    value = switch_value(raw) if raw.strip() else False
    if value is None:
        raise ConfigError(name, f"expected true or false, got {raw!r}")
    return value


def _parse_int(name: str, raw: str, *, minimum: int | None = None) -> int:
    try:
        value = int(raw.strip())
    except ValueError:
        raise ConfigError(name, f"expected a whole number, got {raw!r}") from None
    if minimum is not None and value < minimum:
        raise ConfigError(name, f"must be at least {minimum}, got {value}")
    return value


def _parse_choice(name: str, raw: str, choices: tuple[str, ...]) -> str:
    value = raw.strip().lower()
    if value not in choices:
        raise ConfigError(name, f"expected {' or '.join(choices)}, got {raw!r}")
    return value


def _check_address(name: str, raw: str) -> str:
    """Empty (off) or host:port."""
    value = raw.strip()
    _host, sep, port = value.rpartition(":")
    if value and (not sep or not port.isdigit() or not 0 <= int(port) < 65536):
        raise ConfigError(name, f"expected host:port such as 127.0.0.1:9108, got {raw!r}")
    return value


def _parse_optional_snowflake(name: str, raw: str) -> int | None:
    if not raw.strip():
        return None
    value = _parse_int(name, raw, minimum=1)
    return value


def _parse_private_networks(
    name: str, raw: str
) -> tuple[bool, tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]]:
    """`true` allows every address; a comma list allows only those networks."""
    stripped = raw.strip()
    if "/" not in stripped and "." not in stripped and ":" not in stripped:
        return _parse_bool(name, stripped), ()
    networks = []
    for part in stripped.split(","):
        try:
            networks.append(ipaddress.ip_network(part.strip(), strict=False))
        except ValueError:
            raise ConfigError(name, f"{part.strip()!r} is not a network like 127.0.0.0/8") from None
    return False, tuple(networks)


def _check_url(name: str, raw: str, schemes: tuple[str, ...]) -> str:
    value = raw.strip().rstrip("/") if schemes[0].startswith("http") else raw.strip()
    scheme = value.split("://", 1)[0].lower() if "://" in value else ""
    if scheme not in schemes:
        raise ConfigError(name, f"expected a {' or '.join(schemes)} URL, got {raw!r}")
    return value


def _check_database_url(raw: str) -> str:
    value = raw.strip()
    if value.startswith(("postgresql://", "postgres://")):
        value = "postgresql+asyncpg://" + value.split("://", 1)[1]
    if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
        raise ConfigError("DATABASE_URL", "expected sqlite+aiosqlite:///path.db or "
                          f"postgresql+asyncpg://user@host/db, got {raw!r}")
    return value


@dataclass(frozen=True)
class Settings:
    """The checked settings. Their defaults are declared once, in SETTINGS: build this
    with load_settings (an empty environment gives every default)."""

    discord_token: str
    database_url: str
    log_level: str
    log_format: str
    metrics_addr: str
    retention_days: int
    dev_guild_id: int | None
    discord_api_base: str
    discord_gateway_url: str
    allow_private_urls: bool
    allowed_private_networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]
    http_user_agent: str
    max_feeds_per_guild: int
    max_follows_per_guild: int
    feed_interval_default: int
    feed_interval_min: int
    max_items_per_poll: int
    default_world_feeds: bool
    follow_search_every: int
    search_google_news: bool
    search_gdelt: bool
    search_timeout: float
    search_backoff_max: float
    search_cache_seconds: float
    search_google_news_url: str
    search_gdelt_url: str
    roles: tuple[str, ...]
    shard_count: int | None
    shard_ids: tuple[int, ...] | None

    @property
    def storage_backend(self) -> str:
        return "PostgreSQL" if self.database_url.startswith("postgresql") else "SQLite"


def _parse_roles(raw: str) -> tuple[str, ...]:
    names = [part.strip().lower() for part in raw.split(",") if part.strip()]
    unknown = [name for name in names if name not in ROLES]
    if unknown or not names:
        raise ConfigError("ROLES", f"expected a comma list of {', '.join(ROLES)}, got {raw!r}")
    return tuple(role for role in ROLES if role in names)


def _parse_shards(count_raw: str, ids_raw: str) -> tuple[int | None, tuple[int, ...] | None]:
    count = (_parse_int("SHARD_COUNT", count_raw, minimum=1) if count_raw.strip()
             else None)
    if not ids_raw.strip():
        return count, None
    if count is None:
        raise ConfigError("SHARD_IDS", "needs SHARD_COUNT (the shards of the whole bot)")
    ids = tuple(sorted({_parse_int("SHARD_IDS", part, minimum=0)
                        for part in ids_raw.split(",") if part.strip()}))
    if any(shard >= count for shard in ids):
        raise ConfigError("SHARD_IDS", f"every shard id must be below SHARD_COUNT ({count}), "
                          f"got {ids_raw!r}")
    return count, ids


def _check_split(settings: Settings) -> None:
    """Several processes share work only through PostgreSQL's leases and locks."""
    split = (settings.roles != ROLES or (settings.shard_ids is not None
             and settings.shard_count is not None
             and len(settings.shard_ids) < settings.shard_count))
    if split and settings.storage_backend == "SQLite":
        raise ConfigError("ROLES", "splitting roles or shards across processes needs "
                          "PostgreSQL (DATABASE_URL=postgresql+asyncpg://...); SQLite runs "
                          "everything in one process")


def load_settings(
    environ: Mapping[str, str] | None = None, *, require_token: bool = True
) -> Settings:
    """Build Settings from `environ` (default os.environ); ConfigError names the first bad one."""
    env = os.environ if environ is None else environ
    defaults = {spec.name: spec.default for spec in SETTINGS}

    def raw(name: str) -> str:
        value = env.get(name)
        return defaults[name] if value is None or value.strip() == "" else value

    token = env.get("DISCORD_TOKEN", "").strip()
    if require_token and not token:
        raise ConfigError("DISCORD_TOKEN", "is not set; create a bot in the Discord developer "
                          "portal and put its token in .env (see README)")
    log_level = raw("LOG_LEVEL").strip().upper()
    if log_level not in LOG_LEVELS:
        raise ConfigError("LOG_LEVEL",
                          f"expected one of {', '.join(LOG_LEVELS)}, got {log_level!r}")
    allow_all, networks = _parse_private_networks("ALLOW_PRIVATE_URLS", raw("ALLOW_PRIVATE_URLS"))
    interval_min = _parse_int("FEED_INTERVAL_MIN", raw("FEED_INTERVAL_MIN"), minimum=1)
    interval_default = _parse_int("FEED_INTERVAL_DEFAULT", raw("FEED_INTERVAL_DEFAULT"), minimum=1)
    if interval_default < interval_min:
        raise ConfigError("FEED_INTERVAL_DEFAULT",
                          f"must not be below FEED_INTERVAL_MIN ({interval_min})")
    parsers: dict[str, Callable[[], Any]] = {
        "log_format": lambda: _parse_choice("LOG_FORMAT", raw("LOG_FORMAT"), LOG_FORMATS),
        "metrics_addr": lambda: _check_address("METRICS_ADDR", env.get("METRICS_ADDR", "")),
        "retention_days": lambda: _parse_int("RETENTION_DAYS", raw("RETENTION_DAYS"),
                                             minimum=1),
        "database_url": lambda: _check_database_url(raw("DATABASE_URL")),
        "dev_guild_id": lambda: _parse_optional_snowflake("DEV_GUILD_ID", raw("DEV_GUILD_ID")),
        "discord_api_base": lambda: _check_url("DISCORD_API_BASE", raw("DISCORD_API_BASE"),
                                               ("https", "http")),
        "discord_gateway_url": lambda: _check_url("DISCORD_GATEWAY_URL",
                                                  raw("DISCORD_GATEWAY_URL"), ("wss", "ws")),
        "max_feeds_per_guild": lambda: _parse_int("MAX_FEEDS_PER_GUILD",
                                                  raw("MAX_FEEDS_PER_GUILD"), minimum=1),
        "max_follows_per_guild": lambda: _parse_int(
            "MAX_FOLLOWS_PER_GUILD", raw("MAX_FOLLOWS_PER_GUILD"), minimum=1),
        "max_items_per_poll": lambda: _parse_int("MAX_ITEMS_PER_POLL", raw("MAX_ITEMS_PER_POLL"),
                                                 minimum=1),
        "default_world_feeds": lambda: _parse_bool("DEFAULT_WORLD_FEEDS",
                                                   raw("DEFAULT_WORLD_FEEDS")),
        "follow_search_every": lambda: _parse_int("FOLLOW_SEARCH_EVERY",
                                                  raw("FOLLOW_SEARCH_EVERY"), minimum=1),
        "search_google_news": lambda: _parse_bool("SEARCH_GOOGLE_NEWS",
                                                  raw("SEARCH_GOOGLE_NEWS")),
        "search_gdelt": lambda: _parse_bool("SEARCH_GDELT", raw("SEARCH_GDELT")),
        "search_timeout": lambda: float(_parse_int("SEARCH_TIMEOUT", raw("SEARCH_TIMEOUT"),
                                                   minimum=1)),
        "search_backoff_max": lambda: float(_parse_int(
            "SEARCH_BACKOFF_MAX", raw("SEARCH_BACKOFF_MAX"), minimum=60)),
        "search_cache_seconds": lambda: float(_parse_int(
            "SEARCH_CACHE_SECONDS", raw("SEARCH_CACHE_SECONDS"), minimum=0)),
        "search_google_news_url": lambda: _check_url(
            "SEARCH_GOOGLE_NEWS_URL", raw("SEARCH_GOOGLE_NEWS_URL"), ("https", "http")),
        "search_gdelt_url": lambda: _check_url("SEARCH_GDELT_URL", raw("SEARCH_GDELT_URL"),
                                               ("https", "http")),
    }
    shard_count, shard_ids = _parse_shards(raw("SHARD_COUNT"), raw("SHARD_IDS"))
    settings = Settings(
        discord_token=token,
        log_level=log_level,
        allow_private_urls=allow_all,
        allowed_private_networks=networks,
        http_user_agent=raw("HTTP_USER_AGENT").strip(),
        feed_interval_default=interval_default,
        feed_interval_min=interval_min,
        roles=_parse_roles(raw("ROLES")),
        shard_count=shard_count,
        shard_ids=shard_ids,
        **{key: parse() for key, parse in parsers.items()},
    )
    _check_split(settings)
    return settings


def ensure_sqlite_directory(database_url: str) -> None:
    """The default SQLite file lives under ./data/, which a fresh clone does not have."""
    if database_url.startswith("sqlite") and ":///" in database_url:
        path = database_url.split(":///", 1)[1]
        if path and path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
