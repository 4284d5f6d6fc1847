"""`rasad dedupe [--rebuild]` on a database with one three-agency story."""

from __future__ import annotations

from click.testing import CliRunner
from eventstore_fixtures import add_article, ensure_sites, snapshot, three_agencies

from rasad.cli import cli
from rasad.config import Settings
from rasad.schema import open_db


def test_dedupe_rebuild_restores_links_and_index(tmp_path):
    cfg = tmp_path / "config.yaml"
    cfg.write_text("database: rasad.db\nsites: []\n", encoding="utf-8")
    db = open_db(tmp_path / "rasad.db")
    arts = three_agencies()
    ensure_sites(db, {a["site"] for a in arts})
    for art in arts:
        add_article(db, Settings(), art)
    expected, bands = snapshot(db)["links"], db["minhash_bands"].count
    with db.atomic():  # a damaged index and lost links
        db.execute("DELETE FROM minhash_bands")
        db.execute("DELETE FROM minhash_signatures")
        db.execute("UPDATE articles SET duplicate_of = NULL, similarity = NULL, duplicate_reason = NULL")

    result = CliRunner().invoke(cli, ["dedupe", "--config", str(cfg)])
    assert result.exit_code == 0 and "3 articles in 3 stories" in result.output

    result = CliRunner().invoke(cli, ["dedupe", "--rebuild", "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    assert "3 articles in 1 stories (1 original, 1 exact, 1 near, 0 title)" in result.output
    assert snapshot(db)["links"] == expected and db["minhash_bands"].count == bands


def test_dedupe_reports_a_bad_config(tmp_path):
    cfg = tmp_path / "config.yaml"
    cfg.write_text("database: rasad.db\nsettings:\n  near_duplicate_threshold: 2\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["dedupe", "--rebuild", "--config", str(cfg)])
    assert result.exit_code == 2
    assert "near_duplicate_threshold" in result.output
