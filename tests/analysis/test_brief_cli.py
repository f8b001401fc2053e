"""`storyline brief` on files and on URLs through an injected fetcher."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.analysis.cli import brief_main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
STORY = (
    "The Harbour Bridge will close from next Monday for repairs, the council said.\n\n"
    "“We cannot keep a weakening bridge open for another winter,” council leader Tomas "
    "Eriksen said.\n\n"
    "Traders on the eastern quay said they would lose customers. The council expects the "
    "works to be finished by mid-April."
)


def run(argv: list[str], **kwargs: object) -> tuple[int, str]:
    out = io.StringIO()
    code = brief_main(argv, out=out, **kwargs)  # type: ignore[arg-type]
    return code, out.getvalue()


def test_plain_text_file_as_json(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    code, output = run([str(story), "--published", "2026-03-02T08:00:00Z", "--json"])
    assert code == 0
    data = json.loads(output)
    assert data["published"] == "2026-03-02T08:00:00+00:00"
    assert data["quotes"] == [
        {
            "text": "We cannot keep a weakening bridge open for another winter",
            "speaker": "Tomas Eriksen",
        }
    ]
    assert {d["phrase"] for d in data["deadlines"]} == {"next Monday", "by mid-April"}
    assert data["deadlines"][0]["earliest"].startswith("2026-03-09")


def test_html_file_human_output_uses_page_metadata() -> None:
    code, output = run([str(FIXTURES / "harbour-bridge.html")])
    assert code == 0
    assert output.startswith("Harbour bridge to close for six weeks of repairs\n")
    assert "Published: 2026-03-02 07:30 UTC" in output
    assert "— Tomas Eriksen" in output
    assert "People: Tomas Eriksen (2), Hannah Okafor (1)" in output
    assert "next Monday [2026-03-09]" in output


def test_sentences_option_changes_summary_length(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    _, output = run([str(story), "--json", "--sentences", "1"])
    assert len(json.loads(output)["summary"]) == 1


def test_url_goes_through_the_injected_fetcher() -> None:
    fetched: list[str] = []

    async def fetch(url: str) -> tuple[bytes, str]:
        fetched.append(url)
        return (FIXTURES / "harbour-bridge.html").read_bytes(), "text/html; charset=utf-8"

    code, output = run(["https://courier.example/bridge", "--json"], fetch=fetch)
    assert code == 0
    assert fetched == ["https://courier.example/bridge"]
    assert json.loads(output)["title"] == "Harbour bridge to close for six weeks of repairs"


def test_url_that_is_not_a_web_page(capsys: pytest.CaptureFixture[str]) -> None:
    async def fetch(url: str) -> tuple[bytes, str]:
        return b"%PDF-1.7", "application/pdf"

    code, _ = run(["https://courier.example/report.pdf"], fetch=fetch)
    assert code == 2
    assert "not a web page" in capsys.readouterr().err


def test_url_without_a_fetcher_explains(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run(["https://courier.example/bridge"])
    assert code == 2
    assert "save the page to a file" in capsys.readouterr().err


def test_page_without_article_reports_the_reason(capsys: pytest.CaptureFixture[str]) -> None:
    code, output = run([str(FIXTURES / "paywalled-teaser.html")])
    assert code == 1
    assert output == ""
    assert "paywall" in capsys.readouterr().err


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run(["/nonexistent/story.txt"])
    assert code == 2
    assert "no such file" in capsys.readouterr().err


def test_bad_published_time_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exited:
        run([str(FIXTURES / "harbour-bridge.html"), "--published", "last Tuesday"])
    assert exited.value.code == 2


def test_jsonl_file_prints_one_brief_per_line_with_its_id(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text(
        json.dumps({"id": "bridge", "text": STORY, "published": "2026-03-02T08:00:00Z"})
        + "\n\n"
        + json.dumps({"id": 7, "text": "A short note without quotes.", "title": "Note"})
        + "\n",
        encoding="utf-8",
    )
    code, output = run(["--jsonl", str(source), "--published", "2026-03-01"])
    assert code == 0
    first, second = (json.loads(line) for line in output.splitlines())
    single_code, single = run(
        [str(_story_file(tmp_path)), "--json", "--published", "2026-03-02T08:00:00Z"]
    )
    assert single_code == 0
    assert first == {"id": "bridge", **json.loads(single)}
    assert second["id"] == 7
    assert second["title"] == "Note"
    assert second["published"] == "2026-03-01T00:00:00+00:00"  # the --published default


def test_jsonl_bad_lines_are_reported_by_number_and_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text(
        "\n".join(
            [
                "{not json",
                json.dumps({"text": "no id"}),
                json.dumps({"id": "a", "text": STORY, "published": "last Tuesday"}),
                json.dumps({"id": "b", "text": STORY}),
            ]
        ),
        encoding="utf-8",
    )
    code, output = run(["--jsonl", str(source)])
    assert code == 1
    assert [json.loads(line)["id"] for line in output.splitlines()] == ["b"]
    errors = capsys.readouterr().err.splitlines()
    assert [line.split(":")[1].strip() for line in errors] == ["line 1", "line 2", "line 3"]


def test_jsonl_half_a_surrogate_pair_does_not_stop_the_batch(tmp_path: Path) -> None:
    # json.dumps escapes the lone surrogate as "\\ud800", as a careless exporter would
    broken = STORY.replace("repairs", "repairs \ud800")
    source = tmp_path / "articles.jsonl"
    source.write_text(
        json.dumps({"id": "half\udc00", "text": broken, "title": "Bridge \ud800 shut"}) + "\n"
        + json.dumps({"id": "b", "text": STORY}) + "\n",
        encoding="utf-8",
    )
    code, output = run(["--jsonl", str(source)])
    assert code == 0
    output.encode("utf-8")  # what stdout must be able to write
    first, second = (json.loads(line) for line in output.splitlines())
    assert first["id"] == "half\ufffd"
    assert first["quotes"][0]["speaker"] == "Tomas Eriksen"
    assert second["id"] == "b"


def test_jsonl_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    line = json.dumps({"id": "s", "text": STORY, "published": "2026-03-02T08:00:00Z"})
    monkeypatch.setattr("sys.stdin", io.StringIO(line + "\n"))
    code, output = run(["--jsonl", "-"])
    assert code == 0
    assert json.loads(output)["quotes"][0]["speaker"] == "Tomas Eriksen"


def test_jsonl_and_a_source_together_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        run([str(_story_file(tmp_path)), "--jsonl", "-"])
    assert exited.value.code == 2


def _story_file(tmp_path: Path) -> Path:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    return story
