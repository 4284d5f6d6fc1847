"""The package rules of docs/ARCHITECTURE.md, read from the modules' imports and SQL."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from rasad.schema import TABLES

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(p for d in ("crawler", "pipeline", "rasad") for p in (ROOT / d).rglob("*.py")) + [ROOT / "scheduler.py"]

# What pipeline/ may use of the crawler: known URLs (crawler.state) and re-reading a stored page
# (crawler.extract, for `rasad reprocess`); never the spider, the runner or Scrapy's parts.
PIPELINE_FROM_CRAWLER = {"crawler.state", "crawler.extract"}
# The bottom layer: every package imports these, they import none of the packages above them.
CORE = ("rasad/config.py", "rasad/urls.py", "rasad/runs.py", "rasad/schema.py")
UPPER = ("crawler", "pipeline", "rasad.commands", "rasad.daemon", "rasad.cli", "scheduler")
# The config checks archive URL templates and days with the crawler's pure parser of them.
CORE_ALLOWED = {("rasad/config.py", "crawler.archive")}


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every module *path* imports, at the top or inside a function (relative imports resolved)."""
    package = _module(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package[:len(package) - node.level + 1]) if node.level else ""
            module = ".".join(p for p in (base, node.module or "") if p)
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}
    return found


def _under(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _allowed(path: Path, module: str, allowed) -> bool:
    """*allowed* holds module names any file may import, or (file, module) pairs."""
    return any(_under(module, a) if isinstance(a, str) else (a[0] == _rel(path) and _under(module, a[1]))
               for a in allowed)


def _violations(files, forbidden, allowed=frozenset()) -> list[str]:
    return sorted(f"{_rel(p)} imports {m}" for p in files for m in imports(p)
                  if any(_under(m, f) for f in forbidden) and not _allowed(p, m, allowed))


def test_the_crawler_never_imports_the_pipeline():
    files = [p for p in SOURCES if _rel(p).startswith("crawler/")]
    assert _violations(files, ["pipeline"]) == []


def test_the_pipeline_imports_no_command_daemon_or_crawl_machinery():
    files = [p for p in SOURCES if _rel(p).startswith("pipeline/")]
    assert _violations(files, ["rasad.commands", "rasad.daemon", "rasad.cli", "scheduler"]) == []
    assert _violations(files, ["crawler"], PIPELINE_FROM_CRAWLER) == []


def test_the_core_imports_nothing_above_it():
    files = [ROOT / name for name in CORE]
    assert _violations(files, UPPER, CORE_ALLOWED) == []


def test_the_daemon_runs_crawls_as_children_and_datasette_only_reads():
    daemon = [p for p in SOURCES if _rel(p) == "scheduler.py" or _rel(p).startswith("rasad/daemon/")]
    # the poll reads the validators and records the 304s through the crawler's own bookkeeping
    allowed = {"crawler.archive", "crawler.backfill_days", "crawler.state"}
    assert _violations(daemon, ["crawler", "pipeline"], allowed) == []
    served = [p for p in SOURCES if _rel(p) == "rasad/serve.py" or _rel(p).startswith("rasad/datasette/")]
    assert _violations(served, ["crawler", "pipeline", "rasad.runs"]) == []


def test_commands_are_imported_by_the_cli_only():
    files = [p for p in SOURCES if not _rel(p).startswith("rasad/commands/") and _rel(p) != "rasad/cli.py"]
    assert _violations(files, ["rasad.commands"]) == []


_DDL = re.compile(r"\bCREATE\s+(?:UNIQUE\s+|VIRTUAL\s+|TEMP\s+|TEMPORARY\s+)?(?:TABLE|INDEX|TRIGGER|VIEW)\b"
                  r"|\]\.(?:create|create_index|transform|enable_fts|add_column)\(|\.(?:create_table|create_view)\(",
                  re.I)


def test_only_the_schema_creates_tables_indexes_triggers_and_views():
    found = [f"{_rel(p)}: {m.group(0)}" for p in SOURCES if _rel(p) != "rasad/schema.py"
             for m in _DDL.finditer(p.read_text(encoding="utf-8"))]
    assert found == []


_TABLE = re.compile(r"""\b(?:db|conn|self\.db|database)\[["'](\w+)["']\]""")


def test_every_table_written_through_sqlite_utils_is_in_the_schema():
    """sqlite-utils creates a missing table on insert: a typo would make a table behind the schema's back."""
    names = {(_rel(p), m.group(1)) for p in SOURCES for m in _TABLE.finditer(p.read_text(encoding="utf-8"))}
    assert {(f, n) for f, n in names if n not in TABLES} == set()


_RUN_WRITES = re.compile(r"""\[["'](?:crawl_runs|sites)["']\]\.(?:insert|insert_all|upsert|update|delete)"""
                         r"|\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+\[?(?:crawl_runs|sites)\b", re.I)


def test_the_run_ledger_is_the_one_writer_of_crawl_runs_and_sites():
    found = [f"{_rel(p)}: {m.group(0)}" for p in SOURCES if _rel(p) != "rasad/runs.py"
             for m in _RUN_WRITES.finditer(p.read_text(encoding="utf-8"))]
    assert found == []


def test_no_module_imports_another_modules_private_names():
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                found += [f"{_rel(path)}: {node.module}.{a.name}" for a in node.names
                          if a.name.startswith("_") and not a.name.startswith("__")]
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                found += [f"{_rel(path)}: {m}" for m in modules if any(p.startswith("_") for p in m.split("."))
                          and m != "__future__"]
    assert found == []
