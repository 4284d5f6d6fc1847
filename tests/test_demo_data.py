"""The bundled sample articles: they load, their annotations agree with their text, and together
they cover the cases the demo is meant to show (each kind of event, hard negatives, page quirks)."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from rasad.demo.articles import (
    demo_articles,
    load_agencies,
    load_articles,
    parse_printed,
)
from rasad.persian import name_tokens, same_person

ARTICLES = demo_articles()


def _text(a) -> str:
    return " ".join([a.title, a.lead, *a.body])


def test_records_load_with_unique_ids_and_known_agencies():
    agencies = load_agencies()
    assert len(ARTICLES) >= 30
    assert len({a.id for a in ARTICLES}) == len(ARTICLES)
    assert {a.agency for a in ARTICLES} == set(agencies)
    assert all(a.published_at.year == 2026 and a.published_jalali.startswith("1405-") for a in ARTICLES)


def test_printed_dates_parse_persian_digits_to_tehran_time():
    dt = parse_printed("۱۴۰۵/۰۸/۱۲ - ۱۰:۲۵")
    assert (dt.year, dt.month, dt.day, dt.hour, dt.minute) == (2026, 11, 3, 10, 25)
    assert dt.utcoffset() == timedelta(hours=3, minutes=30)
    with pytest.raises(ValueError, match="۱۴۰۵/۱۳/۴۰"):
        parse_printed("۱۴۰۵/۱۳/۴۰ - ۱۰:۲۵")


def test_every_expected_participant_is_named_in_the_article():
    for a in ARTICLES:
        words = set(name_tokens(_text(a)))
        for event in a.expected_events:
            for name in event.participants:
                assert set(name_tokens(name)) <= words, f"{a.id}: {name} not in the text"


def test_event_dates_are_on_or_before_publication():
    for a in ARTICLES:
        for event in a.expected_events:
            assert event.date <= a.published_at.date(), a.id


def test_the_sample_covers_what_the_demo_must_show():
    types = Counter(e.type for a in ARTICLES for e in a.expected_events)
    assert types["meeting"] >= 8 and types["phone_call"] >= 3 and types["video_call"] >= 1
    negatives = [a for a in ARTICLES if a.hard_negative]
    assert len(negatives) >= 5 and all(not a.expected_events for a in negatives)
    assert sum(1 for a in ARTICLES if not a.expected_events and not a.hard_negative) >= 4
    texts = " ".join(_text(a) for a in ARTICLES)
    for cue in ("امروز (دوشنبه)", "دیروز", "روز سه‌شنبه", "دهم آبان", "ششم مهر ۱۴۰۵", "در حاشیه",
                "دیدار دو تیم", "دیدار خواهد کرد", "تکذیب", "نامه", "هیئت دولت", "ویدئوکنفرانس"):
        assert cue in texts, cue
    pages = [a.page for a in ARTICLES]
    assert sum(p.strip_zwnj for p in pages) >= 2
    assert any(p.arabic_letters for p in pages) and any(p.title_ncr for p in pages)
    assert any(p.encoding == "windows-1256" for p in pages) and any(p.iso_jalali for p in pages)


def test_republished_copy_is_another_agencys_edited_version():
    by_id = {a.id: a for a in ARTICLES}
    copies = [a for a in ARTICLES if a.republished_from]
    assert copies
    for copy in copies:
        original = by_id[copy.republished_from]
        assert copy.agency != original.agency
        assert copy.title != original.title and copy.lead != original.lead
        shared = set(copy.body) & set(original.body)
        assert copy.body != original.body and len(shared) >= len(original.body) / 2
        assert copy.published_at > original.published_at
        assert [e.model_dump() for e in copy.expected_events] == \
            [e.model_dump() for e in original.expected_events]


def test_bad_record_is_reported_with_file_and_id(tmp_path: Path):
    path = tmp_path / "pegah.yaml"
    path.write_text('- id: "77"\n  section: سیاسی\n  title: t\n  lead: l\n  body: [b]\n'
                    '  published: "yesterday"\n  author: a\n  expected_events: []\n', "utf-8")
    with pytest.raises(ValueError, match=r"pegah\.yaml: record 0 \(id 77\): published: expected .* got .yesterday.$"):
        load_articles(path)


def test_name_matching_unifies_letters_and_zwnj_but_needs_every_token():
    assert same_person("مرتضی سلیمانی‌فرد", "مرتضی سلیمانیفرد")
    assert same_person("کريميان", "مسعود کریمیان")
    assert not same_person("مسعود کریمیان", "مسعود رحمانی")
