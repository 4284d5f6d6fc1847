"""Issue 14: `rasad registry` and the Datasette pages over the registry, on a store with one named call."""

from __future__ import annotations

import asyncio
import json

from click.testing import CliRunner
from eventstore_fixtures import add_article, ensure_sites

from rasad.commands.registry import registry
from rasad.config import Settings
from rasad.schema import open_db
from rasad.serve import build_datasette


def _store(tmp_path):
    db = open_db(tmp_path / "rasad.db")
    ensure_sites(db, ["irna"])
    body = "بدر البوسعیدی وزیر امور خارجه عمان امروز وارد تهران شد و با مقامات کشورمان گفت‌وگو کرد."
    add_article(db, Settings(), {"site": "irna", "url": "https://irna.example/1", "title": "سفر",
                                 "published": "2025-06-10T08:00:00+00:00", "body": body, "events": []})
    (tmp_path / "config.yaml").write_text(
        "database: rasad.db\nsites:\n  - name: irna\n    base_url: https://irna.example/\n"
        "    sources:\n      - rss: https://irna.example/rss\n", encoding="utf-8")
    return tmp_path / "config.yaml"


def test_registry_command_filters_and_prints_json(tmp_path):
    config = _store(tmp_path)
    out = CliRunner().invoke(registry, ["--config", str(config), "--office", "وزیر امور خارجه",
                                        "--country", "عمان", "--json"])
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert out.exit_code == 0 and {r["country"] for r in rows} == {"عمان"}
    learned = [r for r in rows if r["source"] == "article"]
    assert [(r["name"], r["from"], r["articles"]) for r in learned] == [("بدر البوسعیدی", "2025-06-10", 1)]
    assert {r["name"] for r in rows if r["source"] == "seed"} == {"یوسف بن علوی", "بدر البوسعیدی"}
    check = CliRunner().invoke(registry, ["--config", str(config), "--check-seed"])
    assert check.exit_code == 0 and "0 problems" in check.output


def test_who_held_saved_query_and_person_offices(tmp_path):
    _store(tmp_path)
    ds = build_datasette(tmp_path / "rasad.db")

    async def get(path):
        return (await ds.client.get(path)).json()

    held = asyncio.run(get("/rasad/who_held.json?office=وزیر خارج / ایران&date=2021-08-10&_shape=array"))
    assert [r["name"] for r in held] == ["محمدجواد ظریف"]
    boundary = asyncio.run(get("/rasad/who_held.json?office=وزیر خارج / ایران&date=2021-08-25&_shape=array"))
    assert {r["name"] for r in boundary} == {"محمدجواد ظریف", "حسین امیرعبداللهیان"}
    offices = asyncio.run(get("/rasad/person_offices.json?person=البوسعیدی&_shape=array"))
    assert {(r["source"], r["office"]) for r in offices} == {("seed", "وزیر خارج / عمان"), ("article", "وزیر خارج / عمان")}
