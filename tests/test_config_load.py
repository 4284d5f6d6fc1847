"""config.yaml loads into the typed Config and means what it says."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from rasad.config import ConfigError, load_config, parse_config

REPO = Path(__file__).resolve().parents[1]

MINIMAL = r"""
database: data/rasad.db
sites:
  - name: irna
    base_url: https://www.irna.ir/
    every: 15m                      # used by the daemon
    sources:
      - rss: https://www.irna.ir/rss
      - sitemap: https://www.irna.ir/sitemap.xml
      - listing: https://www.irna.ir/archive
        links: '/news/\d+/'
"""


def test_minimal_form_means_what_it_says(tmp_path):
    (tmp_path / "conf").mkdir()
    path = tmp_path / "conf" / "config.yaml"
    path.write_text(MINIMAL, encoding="utf-8")

    config = load_config(path)

    assert config.path == path.resolve()
    assert config.database == (tmp_path / "conf" / "data" / "rasad.db").resolve()
    site = config.site("irna")
    assert site.enabled and site.base_url == "https://www.irna.ir/"
    assert [(s.kind, s.url) for s in site.sources] == [
        ("rss", "https://www.irna.ir/rss"),
        ("sitemap", "https://www.irna.ir/sitemap.xml"),
        ("listing", "https://www.irna.ir/archive"),
    ]
    listing = site.sources[2]
    assert listing.links == r"/news/\d+/" and listing.max_pages == 1 and listing.next is None
    schedule = config.schedule_for(site)
    assert schedule.every == timedelta(minutes=15) and schedule.cron is None
    # unset schedule keys come from settings.schedule
    assert schedule.timeout == config.settings.schedule.timeout
    assert config.settings.timezone == "Asia/Tehran" and config.settings.obey_robots is True


def test_database_path_is_relative_to_the_config_not_the_cwd(tmp_path, monkeypatch):
    path = tmp_path / "config.yaml"
    path.write_text("database: db/x.db\n" + MINIMAL.split("\n", 2)[2], encoding="utf-8")
    monkeypatch.chdir(REPO)
    assert load_config("config.yaml").database == (REPO / "data" / "rasad.db").resolve()
    assert load_config(path).database == (tmp_path / "db" / "x.db").resolve()


def test_database_defaults_next_to_the_config(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("sites:\n" + MINIMAL.split("sites:\n", 1)[1], encoding="utf-8")
    assert load_config(path).database == (tmp_path / "data" / "rasad.db").resolve()


@pytest.mark.parametrize(
    "value, seconds", [("30s", 30), ("15m", 900), ("2h", 7200), ("1d", 86400), ("90", 90), ("1.5h", 5400)]
)
def test_durations(value, seconds):
    config = parse_config(MINIMAL.replace("every: 15m", f"every: '{value}'"))
    assert config.schedule_for(config.sites[0]).every == timedelta(seconds=seconds)


def test_site_schedule_block_overrides_single_keys_of_the_global_default():
    text = MINIMAL.replace(
        "    every: 15m                      # used by the daemon\n",
        "    schedule:\n      cron: '0 8-22/2 * * *'\n      timeout: 5m\n",
    ).replace("sites:", "settings:\n  schedule:\n    every: 1h\n    jitter: 2m\nsites:")
    config = parse_config(text)
    schedule = config.schedule_for(config.sites[0])
    assert schedule.cron == "0 8-22/2 * * *" and schedule.every is None
    assert schedule.timeout == timedelta(minutes=5)
    assert schedule.jitter == timedelta(minutes=2)


def test_site_without_schedule_uses_the_global_one():
    config = parse_config(MINIMAL.replace("    every: 15m                      # used by the daemon\n", ""))
    assert config.schedule_for(config.sites[0]) == config.settings.schedule
    assert config.settings.schedule.every == timedelta(minutes=30)


def test_listing_options_and_selectors_are_kept():
    text = MINIMAL.replace(
        "        links: '/news/\\d+/'\n",
        "        links: '/news/\\d+/'\n        next: 'a[rel=next]'\n        max_pages: 3\n"
        "    selectors:\n      title: 'h1.first-title'\n      published: '//time/@datetime'\n"
        "    encoding: windows-1256\n    limits:\n      max_articles: 50\n      max_age: 2d\n",
    )
    site = parse_config(text).sites[0]
    assert site.sources[2].next == "a[rel=next]" and site.sources[2].max_pages == 3
    assert site.selectors.title == "h1.first-title"
    assert site.selectors.published == "//time/@datetime"
    assert site.encoding == "windows-1256"
    assert site.limits.max_articles == 50 and site.limits.max_age == timedelta(days=2)


REQUIRED_SITES = {
    "irna": "irna.ir",
    "isna": "isna.ir",
    "mehr": "mehrnews.com",
    "tasnim": "tasnimnews.com",
    "fars": "farsnews.ir",
    "defapress": "defapress.ir",
    "khabaronline": "khabaronline.ir",
    "hamshahri": "hamshahrionline.ir",
}


def test_shipped_config_is_valid_and_has_the_required_sites():
    config = load_config(REPO / "config.yaml")
    names = {s.name for s in config.sites}
    assert set(REQUIRED_SITES) <= names
    assert config.database == (REPO / "data" / "rasad.db").resolve()
    for name, domain in REQUIRED_SITES.items():
        site = config.site(name)
        assert site.enabled, name
        assert domain in site.base_url, name
        kinds = {s.kind for s in site.sources}
        assert "rss" in kinds, name
        for source in site.sources:
            assert domain in source.url, (name, source.url)
            if source.kind == "listing":
                assert source.links, (name, source.url)
        assert config.schedule_for(site).every or config.schedule_for(site).cron


def test_shipped_config_link_patterns_match_real_article_urls():
    """The listing regexes accept the sites' article URLs and reject section pages."""
    import re

    config = load_config(REPO / "config.yaml")
    examples = {
        "irna": ("https://www.irna.ir/news/85123456/عنوان", "https://www.irna.ir/service/politic"),
        "isna": ("https://www.isna.ir/news/1403081207123/عنوان", "https://www.isna.ir/service/Politics"),
        "tasnim": (
            "https://www.tasnimnews.com/fa/news/1398/02/30/2015910/عنوان",
            "https://www.tasnimnews.com/fa/service/1/سیاسی",
        ),
        "fars": ("https://www.farsnews.ir/news/13990815000189/عنوان", "https://www.farsnews.ir/showcase"),
        "defapress": ("https://www.defapress.ir/fa/news/612345/عنوان", "https://www.defapress.ir/fa/service/1"),
    }
    for name, (article, section) in examples.items():
        pattern = next(s.links for s in config.site(name).sources if s.kind == "listing")
        assert re.search(pattern, article), (name, article)
        assert not re.search(pattern, section), (name, section)


def test_a_config_error_lists_every_problem():
    with pytest.raises(ConfigError) as info:
        parse_config("sites:\n  - name: a\n    base_url: nope\n    sources: []\n", "c.yaml")
    assert len(info.value.problems) == 2
    assert all(p.startswith("c.yaml:") for p in info.value.problems)


SHARED = REPO.parent / "shared"


@pytest.mark.corpus
@pytest.mark.skipif(not (SHARED / "corpus" / "html" / "isna_5.html").exists(), reason="../shared absent")
def test_shipped_isna_selectors_read_a_real_isna_page():
    """The selectors config.yaml ships for ISNA work through crawler.extract on a real ISNA page."""
    import json

    from crawler.extract import extract_article

    html = (SHARED / "corpus" / "html" / "isna_5.html").read_bytes().decode("utf-8")
    expected = json.loads((SHARED / "corpus" / "html" / "meta" / "isna_5.expected.json").read_text("utf-8"))
    selectors = load_config(REPO / "config.yaml").site("isna").selectors
    assert selectors.title and selectors.lead and selectors.body and selectors.tags

    article = extract_article(html, expected["url"], selectors)

    assert article["title"] == expected["title"]
    assert expected["tags_first"] in article["tags"]
    assert article["lead"] and article["lead"] not in article["body"]
    assert article["body"].split()[:13] == expected["content_starts_with"].split()[:13]


def test_scrapy_knobs_users_tune_come_from_the_config():
    from crawler.settings import build_settings

    config = parse_config("""
settings: {concurrent_requests: 4, concurrency_per_domain: 1, redirect_max_times: 2, download_timeout: 10s}
sites: []
""")
    scrapy = build_settings(config)
    assert (scrapy["CONCURRENT_REQUESTS"], scrapy["CONCURRENT_REQUESTS_PER_DOMAIN"], scrapy["REDIRECT_MAX_TIMES"],
            scrapy["DOWNLOAD_TIMEOUT"]) == (4, 1, 2, 10.0)
    defaults = build_settings(parse_config("sites: []"))
    assert (defaults["CONCURRENT_REQUESTS"], defaults["REDIRECT_MAX_TIMES"]) == (16, 5)


def test_shipped_config_shows_the_defaults_of_every_setting():
    from rasad.config import Settings

    assert load_config(REPO / "config.yaml").settings == Settings()
