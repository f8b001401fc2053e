"""The process as an operator runs it: exit codes, one-line errors, clean SIGTERM."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from pathlib import Path

import aiohttp

from bot.sandbox import FakeDiscord
from tests.helpers.cli import REPO, clean_environment, run_storyline
from tests.helpers.harness import bot_environment
from tests.helpers.newsweb import NewsWeb


async def test_missing_token_without_terminal_is_one_line_exit_2(tmp_path: Path) -> None:
    code, _out, err = await run_storyline([], clean_environment({}), tmp_path)
    assert code == 2
    assert "DISCORD_TOKEN" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


async def test_malformed_setting_is_named(tmp_path: Path) -> None:
    env = clean_environment({"DISCORD_TOKEN": "x", "LOG_LEVEL": "LOUD"})
    code, _out, err = await run_storyline([], env, tmp_path)
    assert code == 2 and "LOG_LEVEL" in err and "Traceback" not in err


async def test_rejected_token_is_a_clear_line(tmp_path: Path,
                                              fake_discord: FakeDiscord) -> None:
    env = clean_environment(bot_environment(fake_discord, f"sqlite+aiosqlite:///{tmp_path}/s.db",
                                            {"DISCORD_TOKEN": "wrong-token"}))
    code, _out, err = await run_storyline([], env, tmp_path)
    assert code == 2
    assert "rejected DISCORD_TOKEN" in err and "Traceback" not in err


async def test_migrate_command_applies_schema(tmp_path: Path) -> None:
    env = clean_environment({"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/m.db"})
    code, out, _err = await run_storyline(["migrate"], env, tmp_path)
    assert code == 0 and "applied 0001" in out
    code, out, _err = await run_storyline(["migrate"], env, tmp_path)
    assert code == 0 and "applied nothing" in out


async def test_sigterm_stops_cleanly_with_exit_0(tmp_path: Path,
                                                 fake_discord: FakeDiscord) -> None:
    env = clean_environment(bot_environment(
        fake_discord, f"sqlite+aiosqlite:///{tmp_path}/s.db", {"PYTHONWARNINGS": "always"}))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-X", "dev", "-m", "bot", cwd=tmp_path, env=env,
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    try:
        await fake_discord.wait_until_ready(timeout=30)
        await fake_discord.wait_for_commands(timeout=30)
        process.send_signal(signal.SIGTERM)
        _out, err = await asyncio.wait_for(process.communicate(), 30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    text = err.decode()
    assert process.returncode == 0, text
    assert "nclosed" not in text, text  # aiohttp's "Unclosed client session/connector"
    assert "Traceback" not in text, text


async def test_brief_command_reads_a_page_over_http(tmp_path: Path, news_web: NewsWeb) -> None:
    page = (REPO / "tests" / "fixtures" / "pages" / "harbour-strike.html").read_bytes()
    url = news_web.serve("/strike", page, content_type="text/html")
    env = clean_environment({"ALLOW_PRIVATE_URLS": "127.0.0.0/8"})
    code, out, err = await run_storyline(["brief", url, "--json"], env, tmp_path)
    assert code == 0, err
    brief = json.loads(out)
    assert brief["title"].startswith("Port workers set Friday deadline")
    assert {"text": "We have been patient for months and our members cannot wait any longer",
            "speaker": "Maria Okafor"} in brief["quotes"]
    assert any(d["phrase"] == "by Friday" and d["latest"].startswith("2026-03-06")
               for d in brief["deadlines"])


async def test_brief_command_refuses_private_addresses(tmp_path: Path,
                                                       news_web: NewsWeb) -> None:
    url = news_web.serve("/strike", "<html></html>", content_type="text/html")
    code, _out, err = await run_storyline(["brief", url], clean_environment({}), tmp_path)
    assert code != 0 and "private or local" in err and "Traceback" not in err


def test_missing_token_with_a_terminal_starts_the_console(tmp_path: Path) -> None:
    import pexpect

    env = clean_environment({"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/c.db",
                             "DEFAULT_WORLD_FEEDS": "false", "SEARCH_GOOGLE_NEWS": "false",
                             "SEARCH_GDELT": "false"})
    child = pexpect.spawn(sys.executable, ["-m", "bot"], cwd=str(tmp_path), env=env,
                          encoding="utf-8", timeout=60, dimensions=(50, 110))
    try:
        child.expect("DISCORD_TOKEN is not set, so starting the local console")
        child.expect(r"#general you>")  # the prompt: the terminal is in raw mode now
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


async def test_help_names_every_command_and_version_prints(tmp_path: Path) -> None:
    code, out, _err = await run_storyline(["--help"], clean_environment({}), tmp_path)
    assert code == 0
    for command in ("run", "migrate", "console", "brief", "stories"):
        assert f"    {command} " in out, command
    code, out, _err = await run_storyline(["--version"], clean_environment({}), tmp_path)
    from bot import __version__

    assert code == 0 and out.strip() == f"storyline {__version__}"
    code, out, _err = await run_storyline(["stories", "--help"], clean_environment({}),
                                          tmp_path)
    assert code == 0
    for field in ("id", "title", "text", "url", "source", "published"):
        assert f"\n  {field} " in out, field


def closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # nothing listens there once the probe closes


async def test_unreachable_postgresql_is_one_line_naming_database_url(
        tmp_path: Path, fake_discord: FakeDiscord) -> None:
    url = f"postgresql+asyncpg://storyline@127.0.0.1:{closed_port()}/storyline"
    bot_env = clean_environment(bot_environment(fake_discord, url))
    for args, env in (([], bot_env), (["run"], bot_env),
                      (["migrate"], clean_environment({"DATABASE_URL": url})),
                      (["console", "--database-url", url], clean_environment({}))):
        code, _out, err = await run_storyline(args, env, tmp_path)
        assert code == 1, (args, err)
        assert len(err.strip().splitlines()) == 1, (args, err)
        assert "DATABASE_URL" in err and "could not reach" in err and "Traceback" not in err


async def test_misconfigured_database_exits_2(tmp_path: Path) -> None:
    (tmp_path / "not-a-file").mkdir()
    env = clean_environment({"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/not-a-file"})
    code, _out, err = await run_storyline(["migrate"], env, tmp_path)
    assert code == 2 and "DATABASE_URL" in err and len(err.strip().splitlines()) == 1


async def test_unreachable_discord_is_one_line(tmp_path: Path) -> None:
    env = clean_environment({
        "DISCORD_TOKEN": "x", "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/s.db",
        "DISCORD_API_BASE": f"http://127.0.0.1:{closed_port()}/api/v10"})
    code, _out, err = await run_storyline([], env, tmp_path)
    assert code == 1 and "could not reach Discord" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


async def test_start_is_quiet_then_says_ready_and_healthy(tmp_path: Path,
                                                          fake_discord: FakeDiscord) -> None:
    metrics = f"127.0.0.1:{closed_port()}"
    env = clean_environment(bot_environment(fake_discord,
                                            f"sqlite+aiosqlite:///{tmp_path}/s.db",
                                            {"METRICS_ADDR": metrics}))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=tmp_path, env=env,
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    try:
        assert process.stderr is not None
        lines: list[str] = []
        while not any(" ready: " in line for line in lines):
            line = await asyncio.wait_for(process.stderr.readline(), 60)
            assert line, "the bot stopped before saying it is ready: " + "".join(lines)
            lines.append(line.decode())
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://{metrics}/healthz") as response:
                health = (response.status, await response.json())
            async with session.get(f"http://{metrics}/metrics") as response:
                exposition = await response.text()
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.communicate(), 30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    text = "".join(lines)
    assert "PyNaCl" not in text and "davey" not in text
    assert "alembic" not in text.lower().replace("database migrated", "")
    ready = next(line for line in lines if " ready: " in line)
    assert "1 server" in ready and "discord.com/oauth2/authorize?client_id=" in ready
    assert health[0] == 200 and health[1]["ok"] is True, health
    assert "storyline_messages_sent_total" in exposition


async def test_json_logs_on_request(tmp_path: Path) -> None:
    env = clean_environment({"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/j.db",
                             "LOG_FORMAT": "json"})
    code, _out, err = await run_storyline(["migrate"], env, tmp_path)
    assert code == 0
    records = [json.loads(line) for line in err.strip().splitlines()]
    assert any(r["message"].startswith("database migrated") and r["level"] == "INFO"
               and r["logger"] == "bot.storage.database" for r in records), err
