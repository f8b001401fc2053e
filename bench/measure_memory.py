"""Resident memory of the bot process as each heavy part is loaded (docs/benchmarks.md)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO.parent / "shared" / "samples" / "peace-talks-article.txt"
PAGE = REPO / "tests" / "fixtures" / "pages" / "harbour-strike.html"


def rss_mib() -> float:
    with open(f"/proc/{os.getpid()}/status") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    print(f"bare interpreter: {rss_mib():.1f} MiB")
    import bot.client  # noqa: F401
    import cogs.feeds
    import cogs.follow
    import cogs.settings
    import cogs.stories
    import cogs.summarize  # noqa: F401

    print(f"bot and every cog imported: {rss_mib():.1f} MiB")
    from bot.analysis import analyse, extract_article

    text = SAMPLE.read_text() if SAMPLE.exists() else PAGE.read_text()
    analyse(text, None)
    print(f"analysis run: {rss_mib():.1f} MiB")
    extract_article(PAGE.read_bytes(), "https://example.org/strike")
    print(f"extraction (trafilatura) run: {rss_mib():.1f} MiB")
    from bot.stories.embed import embed

    embed(["a headline"] * 10)
    print(f"story embedder loaded: {rss_mib():.1f} MiB")


if __name__ == "__main__":
    main()
