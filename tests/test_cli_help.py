"""The `rasad` command line: every command is listed, has working --help, and loads lazily."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasad.cli import COMMANDS, cli

EXPECTED = {"check-config", "crawl", "demo", "extract", "reprocess", "dedupe", "run", "status", "serve"}


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rasad", *args], capture_output=True, text=True, timeout=120)


def test_top_level_help_lists_every_command():
    proc = _run("--help")
    assert proc.returncode == 0, proc.stderr
    section = proc.stdout.split("Commands:", 1)[1]
    listed = set(re.findall(r"^  (\S+)  ", section, flags=re.M))  # name column, not wrapped help
    assert listed == set(COMMANDS)
    assert EXPECTED <= listed


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_working_help(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, (name, result.output, result.exception)
    assert f"Usage: cli {name}" in result.output or f"Usage: rasad {name}" in result.output
    # a one-line description is shown under the usage line
    assert len(result.output.strip().splitlines()) >= 3


def test_unknown_command_is_a_usage_error():
    proc = _run("crawll")
    assert proc.returncode == 2
    assert "No such command 'crawll'" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_check_config_does_not_import_scrapy_or_hazm(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text(
        "sites:\n  - name: irna\n    base_url: https://www.irna.ir/\n    sources:\n"
        "      - rss: https://www.irna.ir/rss\n",
        encoding="utf-8",
    )
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from rasad.cli import cli\n"
        f"r = CliRunner().invoke(cli, ['check-config', {str(config)!r}])\n"
        "print(r.exit_code, sorted(m for m in ('scrapy', 'hazm', 'datasette') if m in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[1])
    assert proc.stdout.split("\n")[0] == "0 []", proc.stdout + proc.stderr


def test_other_commands_refuse_a_broken_config_with_the_same_messages(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("sites:\n  - name: irna\n    base_url: nope\n    sources: []\n", encoding="utf-8")
    proc = _run("status", "--config", str(bad))
    assert proc.returncode == 2
    assert f"{bad}:3: site 'irna': base_url: expected an http(s) URL" in proc.stderr
    assert f"{bad}:4: site 'irna': sources: expected at least one source" in proc.stderr
    assert "Traceback" not in proc.stderr
