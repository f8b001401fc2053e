"""Folding results from several providers into one list without repeats."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from bot.feeds.identity import normalise_url
from bot.search.base import SearchResult
from bot.search.common import host_of

# Redirect hosts: a direct link to the outlet is preferred when both are known.
_REDIRECT_HOSTS = frozenset({"news.google.com"})
_NON_WORD = re.compile(r"[\W_]+")


def title_key(title: str) -> str:
    """Case, spacing and punctuation folded, so "Talks resume." matches "talks resume"."""
    return _NON_WORD.sub(" ", title.casefold()).strip()


def _keys(result: SearchResult) -> list[tuple[str, str]]:
    keys = [("url", normalise_url(result.url))]
    headline = title_key(result.title)
    if headline:
        if result.source:
            keys.append(("title+source", f"{headline}\x1f{result.source.casefold()}"))
        if result.domain:
            keys.append(("title+domain", f"{headline}\x1f{result.domain}"))
    return keys


def merge_results(results: Iterable[SearchResult]) -> list[SearchResult]:
    """De-duplicate by normalised URL and by identical title from the same outlet.

    The outlet is matched by display name or by domain, so Google News (outlet name,
    redirect link) and GDELT (domain, direct link) reports of one article become one
    result carrying the best of both. First-seen order is kept."""
    merged: list[SearchResult] = []
    index_of: dict[tuple[str, str], int] = {}
    for result in results:
        keys = _keys(result)
        position = next((index_of[k] for k in keys if k in index_of), None)
        if position is None:
            position = len(merged)
            merged.append(result)
        else:
            merged[position] = _combine(merged[position], result)
        for key in _keys(merged[position]) + keys:
            index_of.setdefault(key, position)
    return merged


def _combine(kept: SearchResult, other: SearchResult) -> SearchResult:
    url = kept.url
    if host_of(kept.url) in _REDIRECT_HOSTS and host_of(other.url) not in _REDIRECT_HOSTS:
        url = other.url
    source = kept.source
    # A display name ("Example Times") beats a bare domain ("example-times.com").
    if (not source or source == kept.domain) and other.source and other.source != other.domain:
        source = other.source
    dates = [d for d in (kept.published, other.published) if d is not None]
    providers = kept.provider.split(",") if kept.provider else []
    if other.provider and other.provider not in providers:
        providers.append(other.provider)
    return replace(
        kept, url=url, source=source, published=min(dates) if dates else None,
        snippet=max((kept.snippet, other.snippet), key=len),
        domain=kept.domain or other.domain, language=kept.language or other.language,
        provider=",".join(providers))
