"""CI must run exactly the README's test command."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command() -> None:
    readme = (REPO / "README.md").read_text()
    command = next(line for line in readme.splitlines()
                   if "pytest" in line and line.startswith("python3 -m venv"))
    assert command in (REPO / ".ci" / "run").read_text()
