"""The layering the architecture asks for, checked on the source: every import counts,
including those under TYPE_CHECKING and inside functions."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BOT = REPO / "bot"

# The domain and what it stands on: none of it may know about Discord.
DOMAIN_PACKAGES = ("analysis", "articles", "delivery", "feeds", "net", "render", "search",
                   "stories", "storage")
DOMAIN_MODULES = ("config",)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports anywhere in its body, relative imports resolved."""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package.pop()
    return imports_in(path.read_text(), package)


def imports_in(source: str, package: list[str]) -> set[str]:
    tree = ast.parse(source)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[: len(package) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            # `from bot.render import limits` imports the module bot.render.limits.
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def bot_modules() -> dict[str, Path]:
    return {module_name(path): path for path in BOT.rglob("*.py")}


def package_of(module: str) -> str:
    """bot.feeds.poller -> bot.feeds; bot.client -> bot.client (a top-level module)."""
    return ".".join(module.split(".")[:2])


def package_graph() -> dict[str, set[str]]:
    """Which bot/ package imports which, each edge an import some module really makes."""
    modules = bot_modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        source = package_of(name)
        edges = graph.setdefault(source, set())
        for target in imported_modules(path):
            if target in modules and package_of(target) != source:
                edges.add(package_of(target))
    return graph


def is_domain(module: str) -> bool:
    parts = module.split(".")
    return len(parts) >= 2 and (parts[1] in DOMAIN_PACKAGES or parts[1] in DOMAIN_MODULES)


def test_no_domain_module_imports_discord() -> None:
    offenders = sorted(
        f"{name} imports {target}"
        for name, path in bot_modules().items() if is_domain(name)
        for target in imported_modules(path)
        if target == "discord" or target.startswith("discord."))

    assert offenders == []


def test_the_import_graph_sees_function_local_and_type_checking_imports() -> None:
    source = ("from typing import TYPE_CHECKING\n"
              "if TYPE_CHECKING:\n    from bot.render import payload\n"
              "def later():\n    import discord.ui\n    from ..stories import engine\n")

    found = imports_in(source, ["bot", "feeds"])

    assert {"bot.render.payload", "discord.ui", "bot.stories.engine"} <= found


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of the graph as a path that returns to its start, or []."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = "open"
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                return [*path[path.index(target):], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[node] = "done"
        return []

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return []


def test_no_cycle_between_bot_packages() -> None:
    assert find_cycle(package_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"bot.a": {"bot.b"}, "bot.b": {"bot.c"}, "bot.c": {"bot.a"}, "bot.d": set()}

    assert find_cycle(graph) == ["bot.a", "bot.b", "bot.c", "bot.a"]


def test_the_sandbox_and_the_render_toolkit_stand_on_nothing_of_ours() -> None:
    graph = package_graph()

    assert graph["bot.sandbox"] == set()
    assert graph["bot.render"] == set()


def test_test_modules_share_helpers_not_each_other() -> None:
    offenders = {}
    for path in (REPO / "tests").rglob("*.py"):
        wanted = {m for m in imported_modules(path)
                  if m.startswith("tests.") and m.rsplit(".", 1)[-1].startswith("test_")}
        if wanted:
            offenders[str(path.relative_to(REPO))] = sorted(wanted)
    assert offenders == {}, "move what they share into tests/helpers/"
