from __future__ import annotations

import io
import json
import random
from collections import Counter
from pathlib import Path

from bot.stories.cli import stories_main


def write_jsonl(path: Path, records: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_cli_groups_a_shuffled_file_in_published_order(
    tmp_path: Path, fixture_records: list[dict[str, str]]
) -> None:
    wanted = {"talks", "truce", "typhoon"}
    chosen = [
        {k: v for k, v in r.items() if k not in {"story", "topic"}}
        for r in fixture_records
        if r["story"] in wanted
    ]
    gold = {r["id"]: (r["story"], r["topic"]) for r in fixture_records if r["story"] in wanted}
    random.Random(7).shuffle(chosen)
    source = tmp_path / "articles.jsonl"
    write_jsonl(source, chosen)

    out = io.StringIO()
    assert stories_main([str(source)], out=out) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]

    assert sorted(line["id"] for line in lines) == sorted(gold)
    published = {r["id"]: r["published"] for r in chosen}
    assert [published[line["id"]] for line in lines] == sorted(published.values())
    story_of = {line["id"]: line["story"] for line in lines}
    topic_of = {line["id"]: line["topic"] for line in lines}
    for first in gold:
        for second in gold:
            if gold[first][0] != gold[second][0]:
                assert story_of[first] != story_of[second]
            assert (topic_of[first] == topic_of[second]) == (gold[first][1] == gold[second][1])
    # Stories are matched on headlines (the lede only adds words): a report whose headline
    # alone hardly names the event may start a story of its own, but most reports of each
    # event are grouped.
    for story in wanted:
        members = [story_of[i] for i in gold if gold[i][0] == story]
        assert Counter(members).most_common(1)[0][1] >= 0.75 * len(members), (story, members)


def test_cli_rejects_a_line_without_title(tmp_path: Path, capsys) -> None:
    source = tmp_path / "bad.jsonl"
    write_jsonl(source, [{"id": "x1", "url": "https://example.test/x1"}])
    assert stories_main([str(source)], out=io.StringIO()) == 2
    assert "line 1" in capsys.readouterr().err
