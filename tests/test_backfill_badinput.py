"""Bad input to `rasad backfill` and bad archive blocks: one clear line, exit 2, nothing fetched."""

from __future__ import annotations

import subprocess
import sys

import pytest
from archive_site import ArchiveSite, archive_yaml, run_backfill
from conftest import write_config

from crawler.archive import parse_day, render, template_fields
from rasad.localsite import LocalSite

CASES = {
    "from after to": (["--from", "1404/01/10", "--to", "1404/01/01"], "", "is after --to"),
    "Esfand 30 of a common year": (["--from", "1402/12/30", "--to", "1404/01/01"], "",
                                   "--from: '1402/12/30' is not a date: Esfand 1402 has 29 days"),
    "not a date": (["--from", "yesterday", "--to", "1404/01/01"], "", "--from: expected a date"),
    "unknown template field": (["--from", "1404/01/01", "--to", "1404/01/02"], "jyear",
                               "archive.url: unknown template field {jyear}"),
    "site without archive": (["--from", "1404/01/01", "--to", "1404/01/02"], "no-archive",
                             "site 'plain' has no archive: or sitemap_archive: block"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_one_line_exit_2_and_nothing_fetched(tmp_path, case):
    args, variant, message = CASES[case]
    with LocalSite() as site:
        ArchiveSite(site, first=parse_day("1404/01/01"), last=parse_day("1404/01/02"))
        sites = archive_yaml(site)
        name = "agency"
        if variant == "jyear":
            sites = sites.replace("{jy}", "{jyear}")
        elif variant == "no-archive":
            name = "plain"
            sites += f"  - name: plain\n    base_url: {site.url('/')}\n    sources:\n      - rss: {site.url('/rss')}\n"
        config = write_config(tmp_path, sites)
        result = run_backfill(config, name, *args)
        assert result.returncode == 2, result.stdout + result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], result.stderr
        assert site.requests == [] and not (tmp_path / "rasad.db").exists()


def test_check_config_reports_archive_and_backfill_problems_by_line(tmp_path):
    config = write_config(tmp_path, """  - name: agency
    base_url: https://agency.ir/
    schedule:
      backfill: {from: 1404/01/10, to: 1404/01/01}
    sources:
      - rss: https://agency.ir/rss
    archive:
      url: 'https://agency.ir/archive/{jy}/{jm:02}/{jd:02}/{pages}'
      links: '/news/(\\d+'
      max_pages_per_day: 0
""")
    result = subprocess.run([sys.executable, "-m", "rasad", "check-config", str(config)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    problems = result.stderr.strip().splitlines()
    assert problems[-1].endswith("4 problems"), result.stderr
    expected = [":12: site 'agency': schedule.backfill: from must not be after to",
                ":16: site 'agency': archive.url: unknown template field {pages}",
                ":17: site 'agency': archive.links: bad regular expression",
                ":18: site 'agency': archive.max_pages_per_day: expected a value greater than or equal to 1"]
    for line, want in zip(problems, expected, strict=False):
        assert want in line, result.stderr


def test_a_background_backfill_needs_an_archive(tmp_path):
    config = write_config(tmp_path, """  - name: plain
    base_url: https://plain.ir/
    schedule: {every: 15m, backfill: {from: 1404/01/01}}
    sources:
      - rss: https://plain.ir/rss
""")
    result = subprocess.run([sys.executable, "-m", "rasad", "check-config", str(config)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.splitlines()[0].endswith(
        ":9: site 'plain': schedule: backfill: the site has no archive: or sitemap_archive: block to walk")


def test_templates_and_days():
    assert parse_day("۱۴۰۳/۱۲/۳۰").isoformat() == "2025-03-20"        # Esfand 30 of a leap year
    assert parse_day("1404-1-1").isoformat() == "2025-03-21"           # Nowruz
    assert parse_day("2024-03-20").isoformat() == "2024-03-20"
    day = parse_day("1403/12/30")
    assert render("/a/{jy}/{jm:02}/{jd:02}/{gy}-{gm:02}-{gd:02}/{page}", day, 2) == "/a/1403/12/30/2025-03-20/2"
    assert template_fields("/a/{jy}/{page}") == {"jy", "page"}
    for bad, why in (("/a/{page}", "no date field"), ("/a/{jy!r}", "conversions"), ("/a/{jy:q}", "{jy:q}")):
        with pytest.raises(ValueError, match=why):
            template_fields(bad)
    for bad in ("1403/13/01", "1404/02/32", "1404/07/31", "2025-02-29"):
        with pytest.raises(ValueError, match="not a"):
            parse_day(bad)


def test_the_commented_archive_blocks_of_config_yaml_are_valid_once_uncommented(tmp_path):
    import re

    from conftest import REPO

    from rasad.config import parse_config

    text = (REPO / "config.yaml").read_text(encoding="utf-8")
    uncommented = re.sub(r"(?m)^    # (archive:|  url:|  links:|  max_pages_per_day:)", r"    \1", text)
    config = parse_config(uncommented, "config.yaml")
    with_archive = {s.name for s in config.sites if s.archive}
    assert with_archive == {"irna", "isna", "mehr", "khabaronline", "hamshahri"}
    assert config.site("irna").archive.url.format(jy=1403, jm=12, jd=30, page=2, gy=0, gm=0, gd=0) == \
        "https://www.irna.ir/archive?pi=2&ms=0&dy=30&mn=12&yr=1403"


def test_a_backfill_runs_at_its_archive_pace_not_the_crawls(tmp_path):
    from scrapy.settings import Settings

    from crawler.backfill_runner import spider_class
    from crawler.settings import build_settings
    from rasad.config import load_config

    with LocalSite() as site:
        yaml = archive_yaml(site).replace("download_delay: 0", "download_delay: 3").replace(
            "concurrency: 8", "concurrency: 1")
        config = load_config(write_config(tmp_path, yaml, concurrency_per_domain=8))
    settings = Settings(build_settings(config))
    spider_class(config, "agency").update_settings(settings)
    assert settings.getfloat("DOWNLOAD_DELAY") == 3
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    assert build_settings(config)["CONCURRENT_REQUESTS_PER_DOMAIN"] == 8
