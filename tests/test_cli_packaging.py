"""What `pip install -e .` gives a fresh machine: every import of the shipped code is declared."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHIPPED = ["rasad", "crawler", "pipeline", "scheduler.py"]
FIRST_PARTY = {"rasad", "crawler", "pipeline", "scheduler"}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_canonical(re.split(r"[\s<>=!~;\[(]", req, maxsplit=1)[0]) for req in project["dependencies"]}


def _imports() -> dict[str, set[str]]:
    """top-level module -> files importing it (absolute imports only)."""
    found: dict[str, set[str]] = {}
    for entry in SHIPPED:
        path = REPO / entry
        files = [path] if path.is_file() else sorted(path.rglob("*.py"))
        for file in files:
            tree = ast.parse(file.read_text(encoding="utf-8"), str(file))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    found.setdefault(name.split(".")[0], set()).add(str(file.relative_to(REPO)))
    return found


def test_every_third_party_import_is_a_declared_dependency():
    declared = _declared()
    providers = importlib.metadata.packages_distributions()
    undeclared = []
    for module, files in sorted(_imports().items()):
        if module in sys.stdlib_module_names or module in FIRST_PARTY:
            continue
        dists = {_canonical(d) for d in providers.get(module, [])}
        if not dists & declared:
            undeclared.append(f"{module} (from {', '.join(sorted(dists)) or 'no installed package'}) "
                              f"imported by {', '.join(sorted(files))}")
    assert not undeclared, "imports missing from [project] dependencies in pyproject.toml:\n" + "\n".join(
        undeclared
    )


def test_the_scan_sees_the_real_imports():
    imports = _imports()
    # config.py's own third-party imports must be found, or the check above proves nothing
    assert {"yaml", "pydantic", "apscheduler", "lxml", "click"} <= set(imports)
    assert "rasad/config.py" in imports["pydantic"]
