"""`rasad check-config`: one precise `file:line: site: key: expected` line per problem, exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasad.cli import cli

REPO = Path(__file__).resolve().parents[1]

GOOD = """\
database: data/rasad.db
sites:
  - name: irna
    base_url: https://www.irna.ir/
    every: 15m
    sources:
      - rss: https://www.irna.ir/rss
      - listing: https://www.irna.ir/archive
        links: '/news/\\d+/'
"""


def check(tmp_path: Path, text: str | bytes | None):
    """Run `rasad check-config` on `text` written to a file; return (exit code, stderr lines, path)."""
    path = tmp_path / "config.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    elif text is not None:
        path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check-config", str(path)])
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), (
        result.exception
    )
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr.splitlines(), str(path), result.stdout


def one_problem(tmp_path, text):
    code, lines, path, stdout = check(tmp_path, text)
    assert code == 2, lines
    assert stdout == ""
    problems, summary = lines[:-1], lines[-1]
    assert summary == f"{path}: 1 problem", lines
    assert len(problems) == 1, problems
    assert problems[0].startswith(path + ":")
    return problems[0][len(path) + 1:]


def test_valid_config_exits_0_with_a_one_line_summary(tmp_path):
    code, errors, path, stdout = check(tmp_path, GOOD)
    assert code == 0 and errors == []
    assert stdout.count("\n") == 1
    assert stdout.startswith(f"{path}: ok: 1 sites (1 enabled, 2 sources)")
    assert str((tmp_path / "data" / "rasad.db").resolve()) in stdout


def test_verbose_lists_each_site_with_its_effective_schedule(tmp_path):
    text = ("settings:\n  schedule:\n    every: 2h\n    timeout: 7m\n" + GOOD
            + "  - name: quiet\n    base_url: https://quiet.ir/\n    enabled: false\n"
              "    schedule:\n      cron: '0 8 * * sat'\n    sources:\n      - sitemap: https://quiet.ir/s.xml\n"
              "  - name: plain\n    base_url: https://plain.ir/\n    sources:\n      - rss: https://plain.ir/rss\n")
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check-config", "--verbose", str(path)])
    assert result.exit_code == 0, result.stderr
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert lines[1:] == [
        "irna enabled every 15m timeout 7m sources: rss, listing",
        "quiet disabled cron '0 8 * * sat' timeout 7m sources: sitemap",
        "plain enabled every 2h timeout 7m sources: rss",
    ]


def test_shipped_config_passes(tmp_path):
    result = CliRunner().invoke(cli, ["check-config", str(REPO / "config.yaml")])
    assert result.exit_code == 0, result.stderr
    assert ": ok: " in result.stdout


def test_unknown_key_suggests_the_close_one(tmp_path):
    line = one_problem(tmp_path, GOOD.replace("    every: 15m", "    evry: 15m"))
    assert line == "5: site 'irna': evry: unknown key 'evry' (did you mean 'every'?)"


def test_unknown_key_without_a_close_match_lists_the_keys(tmp_path):
    line = one_problem(tmp_path, GOOD.replace("database:", "colour: red\ndatabase:"))
    assert line.startswith("1: colour: unknown key 'colour'; expected one of: database, settings, sites")


def test_unknown_key_in_settings(tmp_path):
    line = one_problem(tmp_path, "settings:\n  download_dealy: 2\n" + GOOD)
    assert line == "2: settings.download_dealy: unknown key 'download_dealy' (did you mean 'download_delay'?)"


def test_bad_url(tmp_path):
    line = one_problem(tmp_path, GOOD.replace("rss: https://www.irna.ir/rss", "rss: www.irna.ir/rss"))
    assert line.startswith("7: site 'irna': sources[0].rss: expected an http(s) URL")
    assert "'www.irna.ir/rss'" in line


def test_bad_regex(tmp_path):
    line = one_problem(tmp_path, GOOD.replace("'/news/\\d+/'", "'/news/(\\d+/'"))
    assert line.startswith("9: site 'irna': sources[1].links: bad regular expression '/news/(")
    assert "missing )" in line


def test_bad_selector(tmp_path):
    line = one_problem(tmp_path, GOOD + "    selectors:\n      title: 'h1..title'\n")
    assert line.startswith("11: site 'irna': selectors.title: bad CSS selector 'h1..title'")


def test_css_pseudo_elements_are_refused_with_a_hint(tmp_path):
    line = one_problem(tmp_path, GOOD + "    selectors:\n      tags: 'footer.tags a::text'\n")
    assert line.startswith("11: site 'irna': selectors.tags: bad CSS selector 'footer.tags a::text'")
    assert "use XPath for attributes" in line


def test_bad_xpath(tmp_path):
    line = one_problem(tmp_path, GOOD + "    selectors:\n      published: '//time[@datetime'\n")
    assert line.startswith("11: site 'irna': selectors.published: bad XPath '//time[@datetime'")


def test_empty_source_list(tmp_path):
    text = GOOD.split("    sources:\n")[0] + "    sources: []\n"
    line = one_problem(tmp_path, text)
    assert line == ("6: site 'irna': sources: expected at least one source "
                    "(- rss: URL, - sitemap: URL or - listing: URL)")


def test_source_with_two_kinds(tmp_path):
    line = one_problem(tmp_path, GOOD.replace(
        "      - rss: https://www.irna.ir/rss\n",
        "      - rss: https://www.irna.ir/rss\n        sitemap: https://www.irna.ir/sitemap.xml\n"))
    assert line == "7: site 'irna': sources[0]: a source needs exactly one of rss, sitemap or listing"


def test_duplicate_site_name_is_reported_with_other_problems(tmp_path):
    text = GOOD.replace("every: 15m", "every: soon") + GOOD.split("sites:\n")[1]
    code, lines, path, _ = check(tmp_path, text)
    assert code == 2
    assert lines == [
        f"{path}:5: site 'irna': every: expected a duration such as 30s, 15m, 2h or 1d, got 'soon'",
        f"{path}:10: site 'irna': name: duplicate site name (first on line 3)",
        f"{path}: 2 problems",
    ]


def test_duplicate_site_name_alone(tmp_path):
    line = one_problem(tmp_path, GOOD + GOOD.split("sites:\n")[1].replace("irna", "irna", 1))
    assert line == "10: site 'irna': name: duplicate site name (first on line 3)"


def test_duplicate_yaml_key(tmp_path):
    line = one_problem(tmp_path, GOOD.replace("    every: 15m\n", "    every: 15m\n    every: 1h\n"))
    assert line == "6: every: key given twice (first on line 5)"


@pytest.mark.parametrize("value", ["15 minutes", "-5m", "0s", "m15"])
def test_bad_duration(tmp_path, value):
    line = one_problem(tmp_path, GOOD.replace("every: 15m", f"every: '{value}'"))
    assert line.startswith("5: site 'irna': every: expected a duration")


def test_bad_duration_in_settings(tmp_path):
    line = one_problem(tmp_path, "settings:\n  schedule:\n    timeout: forever\n" + GOOD)
    assert line == ("3: settings.schedule.timeout: expected a duration such as 30s, 15m, 2h or 1d, "
                    "got 'forever'")


@pytest.mark.parametrize("cron", ["61 * * * *", "* * * *", "0 8 * * someday"])
def test_bad_cron(tmp_path, cron):
    line = one_problem(tmp_path, GOOD.replace("every: 15m", f"cron: '{cron}'"))
    assert line.startswith(f"5: site 'irna': cron: bad cron expression '{cron}' (expected 5 fields")


def test_every_and_cron_together(tmp_path):
    line = one_problem(tmp_path, GOOD.replace("every: 15m", "every: 15m\n    cron: '0 * * * *'"))
    assert line == "3: site 'irna': a site has either every or cron, not both"


def test_unknown_time_zone(tmp_path):
    line = one_problem(tmp_path, "settings:\n  timezone: Asia/Tehrn\n" + GOOD)
    assert line == "2: settings.timezone: unknown time zone 'Asia/Tehrn'"


def test_wrong_type(tmp_path):
    line = one_problem(tmp_path, "settings:\n  retries: many\n" + GOOD)
    assert line == "2: settings.retries: expected a whole number, got 'many'"


def test_missing_name(tmp_path):
    line = one_problem(tmp_path, GOOD.replace("  - name: irna\n    base_url", "  - base_url"))
    assert line == "3: sites[0]: missing required key 'name'"


def test_yaml_syntax_error(tmp_path):
    line = one_problem(tmp_path, GOOD.replace("    base_url:", "   base_url:"))
    assert line.startswith("4: not valid YAML: ")
    assert "indentation" in line


def test_tab_indentation(tmp_path):
    line = one_problem(tmp_path, GOOD.replace("    every:", "\tevery:"))
    assert line.startswith("5: not valid YAML: ") and "tabs" in line


@pytest.mark.parametrize("text", ["", "\n# only a comment\n"])
def test_empty_file(tmp_path, text):
    line = one_problem(tmp_path, text)
    assert line.startswith("1: the file is empty")


def test_self_referencing_alias(tmp_path):
    line = one_problem(tmp_path, GOOD.replace("    sources:\n", "    sources: &loop\n      - *loop\n"))
    assert line.startswith("6: not valid YAML: an alias (*name) refers to its own anchor")


def test_not_a_mapping(tmp_path):
    line = one_problem(tmp_path, "- irna\n- isna\n")
    assert line.startswith("1: expected a mapping")


def test_not_utf8(tmp_path):
    code, lines, path, _ = check(tmp_path, GOOD.replace("irna", "\u0627\u064a\u0631\u0646\u0627", 1)
                                 .encode("cp1256"))
    assert code == 2
    assert lines[0].startswith(f"{path}: not UTF-8 text")


def test_missing_file(tmp_path):
    code, lines, path, _ = check(tmp_path, None)
    assert code == 2
    assert lines == [f"{path}: no such file (give the path of your config.yaml)", f"{path}: 1 problem"]


def test_many_problems_each_on_its_own_line_in_file_order(tmp_path):
    text = (
        "settings:\n  timezone: Mars/Olympus\n"
        + GOOD.replace("https://www.irna.ir/", "ftp://irna", 1).replace("every: 15m", "cron: '* *'")
    )
    code, lines, path, _ = check(tmp_path, text)
    assert code == 2
    numbers = [int(x.split(":")[1]) for x in lines[:-1]]
    assert numbers == sorted(numbers) == [2, 6, 7]
    assert lines[-1] == f"{path}: 3 problems"


def test_real_process_exit_status_and_no_traceback(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("every: 15m", "every: often"), encoding="utf-8")
    rasad = Path(sys.executable).with_name("rasad")
    proc = subprocess.run([str(rasad), "check-config", str(bad)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.splitlines()[0].startswith(f"{bad}:5: site 'irna': every: expected a duration")
    assert "Traceback" not in proc.stderr
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    proc = subprocess.run([str(rasad), "check-config", str(good)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stderr == ""


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, prefix + (i,))


def test_no_value_of_any_shape_anywhere_gives_anything_but_config_error():
    """Every key of a valid file replaced by every kind of YAML value: a Config or a ConfigError."""
    import copy

    import yaml

    from rasad.config import Config, ConfigError, parse_config

    base = yaml.safe_load(GOOD + "settings:\n  schedule:\n    jitter: 1m\n")
    values = [None, 0, -1, True, 1.5, float("inf"), float("nan"), "", "x", "\u06f1\u06f5m", [], {}, [1],
              {"a": 1}, "https://www.irna.ir/", "(", "//a["]
    outcomes = {"ok": 0, "error": 0}
    for path in list(_paths(base))[1:]:
        for value in values:
            data = copy.deepcopy(base)
            node = data
            for part in path[:-1]:
                node = node[part]
            node[path[-1]] = value
            try:
                parse_config(yaml.safe_dump(data, allow_unicode=True), "f.yaml")
                outcomes["ok"] += 1
            except ConfigError as exc:
                outcomes["error"] += 1
                assert exc.problems and all(p.startswith("f.yaml") and "\n" not in p for p in exc.problems)
    assert outcomes["ok"] and outcomes["error"]
    assert isinstance(parse_config(GOOD), Config)


def test_explain_prints_every_key_and_docs_config_md_is_its_output():
    from rasad.config_doc import explain

    result = CliRunner().invoke(cli, ["check-config", "--explain"])
    assert result.exit_code == 0 and result.output == explain()
    for key in ("settings.concurrent_requests", "settings.redirect_max_times", "schedule.jitter", "sources[].links"):
        assert f"| `{key}` |" in result.output
    assert "| None |" not in result.output   # every key has a description
    config_md = Path(__file__).resolve().parents[1] / "docs" / "CONFIG.md"
    assert config_md.read_text(encoding="utf-8") == explain(), "regenerate: rasad check-config --explain > docs/CONFIG.md"
