"""What `pip install -e .` gives a fresh machine: every import of the shipped code is declared."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

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


def test_the_license_is_an_spdx_string():
    """setuptools deprecates `license = {text = ...}`; PEP 639's SPDX string needs setuptools 77."""
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["license"] == "MIT"
    assert "setuptools>=77" in pyproject["build-system"]["requires"]
    assert pyproject["project"]["requires-python"] == ">=3.12"


OLD_PYTHON_LINE = re.compile(r"^rasad needs Python ≥ 3\.12 \(this is Python 3\.11\.\d+\); see the set-up in README\.md$")


def test_an_older_python_gets_one_line_from_rasad_itself():
    code = "import sys; sys.version_info = (3, 11, 9, 'final', 0); import rasad.cli"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert done.returncode == 1 and done.stdout == ""
    assert OLD_PYTHON_LINE.match(done.stderr.strip()) and len(done.stderr.splitlines()) == 1


def test_a_real_python_3_11_gets_the_same_line():
    python = shutil.which("python3.11")
    if python is None:
        pytest.skip("no python3.11 on PATH")
    done = subprocess.run([python, "-m", "rasad", "--help"], capture_output=True, text=True, cwd=REPO,
                          timeout=60, env={"PATH": str(Path(python).parent) + ":/usr/bin:/bin",
                                           "PYENV_VERSION": "3.11"})
    if "not installed" in done.stderr:  # a pyenv shim without that version
        pytest.skip("python3.11 shim without an installed 3.11")
    assert done.returncode == 1, done.stderr
    assert OLD_PYTHON_LINE.match(done.stderr.strip()), done.stderr


def test_the_demo_folder_and_crawl_log_are_ignored_by_git():
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    paths = ["rasad-demo/config.yaml", "rasad-demo/rasad.db", "rasad-demo/crawl.log", "data/crawl.log"]
    done = subprocess.run(["git", "check-ignore", *paths], cwd=REPO, capture_output=True, text=True)
    assert done.stdout.split() == paths
