"""canonical_url: one key per article however the link is spelled."""

from __future__ import annotations

import pytest

from rasad.urls import canonical_url

SAME_ARTICLE = [
    "https://www.irna.ir/news/85123456/دیدار-وزیر-خارجه",
    "http://irna.ir/news/85123456/%D8%AF%DB%8C%D8%AF%D8%A7%D8%B1-%D9%88%D8%B2%DB%8C%D8%B1-%D8%AE%D8%A7%D8%B1%D8%AC%D9%87/",
    "https://m.irna.ir/news/85123456?utm_source=telegram&utm_medium=social",
    "https://mobile.irna.ir:443/news/85123456/#comments",
    "https://www.irna.ir/news/85123456/?fbclid=IwAR0abc&gclid=xyz&ref=home",
]


@pytest.mark.parametrize("url", SAME_ARTICLE)
def test_variants_fold_to_one_key(url):
    assert canonical_url(url) == canonical_url(SAME_ARTICLE[0])


def test_meaningful_query_kept_and_sorted():
    a = canonical_url("http://www.farsnews.com/newstext.php?nn=13930418000036&utm_campaign=x&b=2")
    b = canonical_url("https://farsnews.com/newstext.php?b=2&nn=13930418000036")
    assert a == b
    assert "nn=13930418000036" in a and "utm" not in a
    assert canonical_url("https://x.ir/print?id=1") != canonical_url("https://x.ir/print?id=2")


def test_persian_comes_out_decoded_and_other_paths_differ():
    key = canonical_url("https://www.isna.ir/service/%D8%B3%DB%8C%D8%A7%D8%B3%DB%8C")
    assert key == "https://isna.ir/service/سیاسی"
    assert canonical_url("https://isna.ir/news/1") != canonical_url("https://isna.ir/news/2")
    assert canonical_url("https://isna.ir/a/b") != canonical_url("https://isna.ir/a")


def test_slug_without_news_id_is_not_dropped():
    assert canonical_url("https://x.ir/fa/page/درباره-ما") == "https://x.ir/fa/page/درباره-ما"


@pytest.mark.parametrize("bad", ["mailto:a@b.ir", "javascript:void(0)", "ftp://x.ir/a", "/relative"])
def test_non_http_rejected(bad):
    with pytest.raises(ValueError):
        canonical_url(bad)
