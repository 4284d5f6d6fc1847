"""Country tagging: an Iranian body with no country is Iran's, an international organisation is an
organisation and not a country, and `rasad reprocess` fills a database stored before the rule."""

from __future__ import annotations

from click.testing import CliRunner
from test_eventstore_reprocess import _store_stale

from pipeline.events import extract_events
from pipeline.events.bodies import tag
from rasad.cli import cli
from rasad.persian import span_fold
from rasad.schema import open_db

OIL = "داوود رحمانی وزیر نفت با عبدالعزیز الکواری وزیر انرژی قطر در تهران دیدار و گفت‌وگو کرد."
RED_CROSS = ("کلر دوبوا رئیس هیئت منطقه‌ای کمیته بین‌المللی صلیب سرخ با علی رضایی استاندار خوزستان "
             "در اهواز دیدار کرد.")


def test_iranian_titles_without_a_country_are_irans():
    for title in ("وزیر نفت", "استاندار خوزستان", "نماینده مجلس شورای اسلامی", "فرمانده سپاه",
                  "سخنگوی قوه قضاییه", "فرماندار", "شهردار تهران", "رئیس کمیسیون امنیت ملی"):
        assert tag(span_fold(title), None, None) == ("ایران", None), title


def test_a_country_named_wins_and_prime_ministers_are_not_irans():
    assert tag(span_fold("وزیر انرژی قطر"), "قطر", None) == ("قطر", None)
    assert tag(span_fold("نخست‌وزیر"), None, None) == (None, None)


def test_international_organisations_are_organisations_not_countries():
    for title in ("دبیرکل سازمان ملل متحد", "معاون دبیرکل سرویس اقدام خارجی اتحادیه اروپا",
                  "مدیرکل آژانس بین‌المللی انرژی اتمی", "دبیرکل اوپک"):
        country, org = tag(span_fold(title), None, None)
        assert country is None and org, title
    # A country's envoy to one keeps the country.
    assert tag(span_fold("نماینده روسیه در سازمان ملل"), "روسیه", None)[0] == "روسیه"


def _participants(text: str) -> dict[str, dict]:
    events = extract_events(text, title=text, published="2026-10-20")
    return {p["name"]: p for e in events for p in e["participants"]}


def test_the_extractor_tags_each_participant():
    people = _participants(OIL)
    assert people["داوود رحمانی"]["country"] == "ایران"
    assert people["عبدالعزیز الکواری"]["country"] == "قطر"
    people = _participants(RED_CROSS)
    assert people["علی رضایی"]["country"] == "ایران"
    dubois = people["کلر دوبوا"]
    assert dubois["country"] is None and "صلیب سرخ" in dubois["organization"]


def test_reprocess_fills_countries_of_an_existing_database(tmp_path):
    cfg = tmp_path / "config.yaml"
    cfg.write_text("database: rasad.db\nsites: []\n", encoding="utf-8")
    db = open_db(tmp_path / "rasad.db")
    for i, text in enumerate((OIL, RED_CROSS)):
        art = {"site": "irna", "url": f"https://www.irna.ir/news/{i + 1}/", "title": text, "lead": text,
               "body": text, "published": "2026-10-20T08:00:00+00:00"}
        _store_stale(db, art)
    runner = CliRunner()
    assert runner.invoke(cli, ["reprocess", "--config", str(cfg)]).exit_code == 0
    # As an extractor without the rule left them.
    db.execute("UPDATE event_participants SET country = NULL, organization = NULL")
    db.conn.commit()
    result = runner.invoke(cli, ["reprocess", "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in db.query("SELECT name, country, organization FROM event_participants")}
    assert rows["داوود رحمانی"]["country"] == "ایران"
    assert rows["علی رضایی"]["country"] == "ایران"
    assert rows["کلر دوبوا"]["country"] is None and "صلیب سرخ" in rows["کلر دوبوا"]["organization"]
