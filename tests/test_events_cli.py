"""`rasad extract` end to end on a small JSON-lines file written here."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from rasad.cli import cli

ARTICLES = [
    {"id": "a1", "url": "https://example.ir/1", "title": "دیدار باقری با سفیر بلغارستان", "published": "2021-03-10T09:30:00+03:30",
     "text": "حمید باقری وزیر نیرو امروز با «ماریا کووالوا» سفیر بلغارستان دیدار کرد.\nدو طرف درباره انرژی گفت‌وگو کردند."},
    {"id": "a2", "url": "https://example.ir/2", "title": "پیروزی سپاهان", "published": "2021-03-10",
     "text": "تیم فوتبال سپاهان در دیدار با ذوب آهن با دو گل به برتری رسید."},
    {"id": 3, "url": None, "title": None, "published": None,
     "text": "«کاظم جلالی» سفیر ایران پنجم خرداد ۱۳۹۸ با «سرگئی ورشنین» معاون وزیر خارجه روسیه تلفنی گفت‌وگو کرد."},
]


def _write_input(tmp_path: Path) -> Path:
    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES]
    lines.insert(1, "{not json")
    lines.insert(3, json.dumps({"title": "no id", "text": "متن"}, ensure_ascii=False))
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(*args: str):
    result = CliRunner().invoke(cli, ["extract", *args])
    result.returncode = result.exit_code
    return result


def _check(rows: list[dict]) -> None:
    assert [r["id"] for r in rows] == ["a1", "a2", 3]
    first, sports, dated = (r["events"] for r in rows)
    assert len(first) == 1 and first[0]["type"] == "meeting"
    assert [p["name"] for p in first[0]["participants"]] == ["حمید باقری", "ماریا کووالوا"]
    assert first[0]["date"] == "2021-03-10"
    assert sports == []
    assert len(dated) == 1 and dated[0]["type"] == "phone_call" and dated[0]["date"] == "2019-05-26"
    for key in ("type", "participants", "date", "date_jalali", "location", "topics", "evidence", "cameo", "span", "confidence"):
        assert key in first[0]


def test_extract_to_stdout_reports_bad_lines_and_keeps_the_rest(tmp_path):
    path = _write_input(tmp_path)
    done = _run("--input", str(path))
    assert done.returncode == 1, done.stderr  # after processing every good line
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    _check(rows)
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert errors[0].startswith(f"error: {path}:2: not JSON")
    assert errors[1].startswith(f"error: {path}:4: ") and '"id"' in errors[1]
    assert len(errors) == 2
    assert done.stderr.splitlines()[-1] == f"{path}: 2 line(s) with errors, the rest processed"


def test_extract_exits_0_when_every_line_is_extracted(tmp_path):
    path = _write_input(tmp_path)
    good = [line for line in path.read_text(encoding="utf-8").splitlines() if '"id"' in line]
    path.write_text("\n".join(good) + "\n", encoding="utf-8")
    done = _run("--input", str(path))
    assert done.returncode == 0, done.stderr
    _check([json.loads(line) for line in done.stdout.splitlines()])


def test_extract_to_a_file(tmp_path):
    path = _write_input(tmp_path)
    out = tmp_path / "events.jsonl"
    done = _run("--input", str(path), "--output", str(out))
    assert done.returncode == 1, done.stderr  # two bad lines, the rest written
    assert done.stdout == ""
    _check([json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()])


def test_missing_input_file_is_a_clear_error(tmp_path):
    done = _run("--input", str(tmp_path / "nope.jsonl"))
    assert done.returncode != 0
    assert "nope.jsonl" in done.stderr
