"""The pure pieces behind issue 11's pages: folding, input problems, CSV, Jalali filters, the SVG."""

from __future__ import annotations

from rasad.datasette import export, network, query_args
from rasad.datasette.folding import fts_any_spelling
from rasad.datasette.validate import date_problem, range_problems, text_problem
from rasad.persian import squash


def test_squash_folds_every_way_persian_is_written():
    assert squash("هیأت") == squash("هیئت")
    assert squash("حسینی نژاد") == squash("حسینی‌نژاد") == squash("حسيني‌نژاد")
    assert squash("كريميان") == squash("کریمیان")
    assert squash("۱۴۰۵") == squash("1405")
    assert squash("تهران") != squash("تبریز")


def test_fts_expression_has_each_hamza_spelling():
    expr = fts_any_spelling("هیأت")
    assert "هیئت" in expr and "هیات" in expr
    assert fts_any_spelling("  ") == '""'


def test_date_problems():
    assert date_problem("1405-08-01", "تاریخ", "date", True) is None
    assert date_problem("۱۴۰۵/۸/۱", "تاریخ", "date", True) is None
    assert date_problem("", "تاریخ", "date", False) is None
    assert "empty" in date_problem("", "تاریخ", "date", True)[1]
    assert "month 13" in date_problem("1405/13/01", "تاریخ", "date", True)[1]
    assert "not a date" in date_problem("آبان", "تاریخ", "date", True)[1]
    assert "Day 31" in date_problem("1405-12-31", "تاریخ", "date", True)[1]  # Esfand has 29 days in 1405
    assert "after the end" in range_problems("1405-09-01", "1405-08-01")[0][1]
    assert "no letters" in text_problem("123", "نام", "name")[1]


def test_csv_has_a_byte_order_mark_and_joined_lists():
    text = export.to_csv(["id", "names"], [{"id": 1, "names": '["الف", "ب"]'}, (2, None)])
    assert text.startswith("\ufeff") and "الف؛ ب" in text and text.endswith("2,\r\n")


def test_jalali_filter_values_become_gregorian():
    q = "date__gte=1405-09-01&label__contains=1405-09-01&_sort=date".encode()
    assert query_args.rewrite(q) == b"date__gte=2026-11-22&label__contains=1405-09-01&_sort=date"


def test_persian_contains_filters_become_folded_ones():
    q = "label__contains=كريميان&site__contains=irna".encode()
    assert query_args.rewrite(q).decode() == "_fa_label=%D9%83%D8%B1%D9%8A%D9%85%D9%8A%D8%A7%D9%86&site__contains=irna"
    assert query_args.rewrite(b"date__lt=2026-01-01") == b"date__lt=2026-01-01"


def test_network_svg_escapes_and_links():
    svg = network.svg([("<a>", "b", 3), ("b", "c", 1)], str, lambda n: f"/n/{n}", lambda a, b: f"/e/{a}/{b}")
    assert "&lt;a&gt;" in svg and "<a>" not in svg.replace('<a class', '')
    assert svg.count('class="edge"') == 2 and svg.count('class="node"') == 3
    assert network.svg([], str, str, str) == ""
