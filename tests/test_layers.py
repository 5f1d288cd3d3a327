"""The package's wings import only down: contract and guard below everything, the extractor
pure, the build never reading the read side, the read side never building, and pages glue over
the read side and curation's actions. Checked on every import statement, wherever it stands."""

from __future__ import annotations

import ast
from collections import defaultdict

import pytest

from dashboard import paths

PACKAGE = paths.PACKAGE
# What each wing may import of the package (besides itself and paths).
ALLOWED: dict[str, set[str]] = {
    "contract": set(),
    "guard": set(),
    "extract": {"contract"},
    "build": {"contract", "guard", "extract"},
    "read": {"contract", "guard"},
    "curation": {"contract", "guard", "extract", "build", "read"},
    "views": {"contract", "guard", "read", "curation"},
    "app": {"views"},
    "cli": {"contract", "guard", "build", "read", "curation", "startup"},
}
FLAT = {"__init__", "__main__", "app", "cli", "paths", "startup"}


def wing(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def imports() -> dict[str, set[str]]:
    """Each module of the package and the package modules it imports."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(("dashboard", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("dashboard"):
                found[module].add(node.module)
                found[module] |= {f"{node.module}.{a.name}" for a in node.names if (PACKAGE.parent / f"{node.module}.{a.name}".replace(".", "/")).exists()
                                  or (PACKAGE.parent / (f"{node.module}.{a.name}".replace(".", "/") + ".py")).exists()}
            elif isinstance(node, ast.Import):
                found[module] |= {a.name for a in node.names if a.name.startswith("dashboard")}
    return found


GRAPH = imports()


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_a_module_imports_only_the_wings_below_its_own(module: str) -> None:
    own = wing(module)
    allowed = ALLOWED.get(own, set()) | {own, "paths", ""}
    wrong = sorted(m for m in GRAPH[module] if wing(m) not in allowed and not (own in FLAT and wing(m) in FLAT))
    assert not wrong, f"{module} ({own or 'flat'}) imports {wrong}"


def test_the_wings_show_as_folders_with_a_handful_of_modules_left_flat() -> None:
    flat = {p.stem for p in PACKAGE.glob("*.py")}
    assert flat <= FLAT, sorted(flat - FLAT)


def test_no_module_is_over_400_lines() -> None:
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not long, long


def test_no_circle_between_wings() -> None:
    edges = {(wing(a), wing(b)) for a, targets in GRAPH.items() for b in targets if wing(a) != wing(b) and wing(a) and wing(b)}
    circles = sorted((a, b) for a, b in edges if (b, a) in edges)
    assert not circles, circles
