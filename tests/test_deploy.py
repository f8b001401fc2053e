"""deploy/ and the README's section on several processes name only commands and
settings that exist."""

from __future__ import annotations

import re
from pathlib import Path

from bot.cli import build_parser
from bot.config import ROLES, SETTINGS

REPO = Path(__file__).resolve().parents[1]
DEPLOY = REPO / "deploy"
# Variables of the PostgreSQL image, not of Storyline.
FOREIGN_SETTINGS = re.compile(r"POSTGRES_\w+")


def deploy_files() -> list[Path]:
    return sorted(path for path in DEPLOY.rglob("*") if path.is_file())


def several_processes_section() -> str:
    readme = (REPO / "README.md").read_text()
    return readme.split("## Running several processes", 1)[1].split("\n## ", 1)[0]


def cli_commands() -> set[str]:
    # One argparse tree holds every subcommand.
    parser = build_parser()
    subcommands = next(a for a in parser._actions if a.dest == "command")
    return set(subcommands.choices)  # type: ignore[arg-type]


def test_every_storyline_command_named_exists() -> None:
    commands = cli_commands()
    texts = [path.read_text() for path in deploy_files()] + [several_processes_section()]
    named = {word for text in texts
             for word in re.findall(r"\bstoryline\"?,? \"?([a-z]+)", text)}
    assert named, "deploy/ names no storyline command"
    assert named <= commands, named - commands


def test_every_setting_named_exists_and_roles_are_known() -> None:
    settings = {spec.name for spec in SETTINGS}
    for path in deploy_files():
        for name, value in re.findall(r"\b([A-Z][A-Z0-9_]{2,})=([^\s\"']*)", path.read_text()):
            assert name in settings or FOREIGN_SETTINGS.fullmatch(name), (path.name, name)
            if name == "ROLES":
                assert set(value.split(",")) <= set(ROLES), (path.name, value)
    for name in re.findall(r"`([A-Z][A-Z0-9_]{2,})(?:=[^`]*)?`", several_processes_section()):
        assert name in settings, name


def test_the_readme_names_every_deploy_file() -> None:
    section = several_processes_section()
    for path in deploy_files():
        if path.name != "Dockerfile":  # built by compose.yaml
            assert str(path.relative_to(REPO)) in section, path
