"""rasad.persian: letters, digits, ZWNJ, the four folds, name tokens and same_person."""

from __future__ import annotations

import ast
from pathlib import Path

from crawler import pagedates
from rasad import persian, persian_dates
from rasad.persian import (
    LETTER_OR_ZWNJ,
    ZWNJ,
    latin_digits,
    light_fold,
    name_tokens,
    persian_digits,
    same_person,
    search_fold,
    span_fold,
    squash,
    unglue_possessive,
)

MIXED = "هيأت كشور ة أإآٱ ؤئ ـ ۱۲۳ ١٢٣ \u200c\u200d\u200e\u200f\xa0\t“x” ‘y’ مُحَمَّد"


def test_digits_both_ways():
    assert latin_digits("۱۴۰۳/۰۸/۱۲ و ١٤٠٣") == "1403/08/12 و 1403"
    assert persian_digits("1403-08-12") == "۱۴۰۳-۰۸-۱۲"
    assert latin_digits(persian_digits("0123456789")) == "0123456789"


def test_span_fold_keeps_the_length_so_spans_map_back():
    for text in (MIXED, "گفت‌وگوی «ظريف» با لاوروف در ۱۲ آبان", ""):
        assert len(span_fold(text)) == len(text)
    folded = span_fold("وزير كشور")
    assert folded == "وزیر کشور" and folded[5:9] == "کشور"


def test_span_fold_unifies_every_letter_variant_and_spaces_invisible_marks():
    assert span_fold("يىئ ك ةۀ أإآٱ ؤ") == "ییی ک هه اااا و"
    assert span_fold("علی\u200cاصغر") == span_fold("علی اصغر") == "علی اصغر"
    assert span_fold("\u200d\u200e\u200f\xa0\t") == "     "
    assert span_fold("“x” ‘y’ ۱٢") == "\"x\" 'y' 12"
    assert span_fold("ـ") == "ـ" and span_fold("مُحَمَّد") == "مُحَمَّد"  # tatweel, diacritics: same length


def test_light_fold_touches_only_digits_and_yeh_keh_heh():
    assert light_fold("۱۲ آبان ١٤٠٣ يكشنبه ۀ") == "12 آبان 1403 یکشنبه ه"
    kept = "ة أإآٱ ؤئ \u200c"
    assert light_fold(kept) == kept
    assert len(light_fold(MIXED)) == len(MIXED)


def test_search_fold_drops_diacritics_and_tatweel_and_zwnj_when_asked():
    assert search_fold("مُحَمَّد") == "محمد"
    assert search_fold("تـــهران") == "تهران"
    assert search_fold("مدرسة أإٱ ۲") == "مدرسه ااا 2"
    assert search_fold("آ ؤ ئ") == "آ ؤ ئ"  # madda and hamza seats are kept
    assert search_fold(f"گفت{ZWNJ}وگو") == f"گفت{ZWNJ}وگو"
    assert search_fold(f"گفت{ZWNJ}وگو", drop_zwnj=True) == "گفتوگو"


def test_squash_ignores_spacing_hamza_seats_and_case():
    assert squash("هیأت") == squash("هیئت") == squash("هیات")
    assert squash("حسینی نژاد") == squash(f"حسینی{ZWNJ}نژاد") == squash("حسيني‌نژاد")
    assert squash("۱۴۰۵ IRNA") == squash("1405 irna")
    assert squash(None) == ""


def test_name_tokens_unify_letters_and_drop_zwnj_diacritics_punctuation():
    assert name_tokens("كريميان") == name_tokens("کریمیان") == ["کریمیان"]
    assert name_tokens(f"علی{ZWNJ}اصغر خاجی") == ["علیاصغر", "خاجی"]
    assert name_tokens("«محمدجواد» ظریف، (وزیر)") == ["محمدجواد", "ظریف", "وزیر"]
    assert name_tokens("مسئول مؤسسه آرین") == ["مسیول", "موسسه", "ارین"]
    assert name_tokens("") == [] and name_tokens(None) == []


def test_unglue_possessive_drops_only_a_glued_possessive():
    assert unglue_possessive("همتای ایرانیاش") == "همتای ایرانی"
    assert unglue_possessive("همتای هندیشان") == "همتای هندی"
    # a word that only ends like one is cut too («اتریش» -> «اتری»): callers read the text both ways
    assert unglue_possessive("وزیر خارجه اتریش") == "وزیر خارجه اتری"


def test_span_fold_turns_emoji_into_spaces_and_keeps_the_length():
    text = "🔹ظریف ✅ گفت ▪️"
    assert span_fold(text) == " ظریف   گفت   "
    assert len(span_fold(text)) == len(text)


def test_same_person_is_the_guides_rule_with_spacing_tolerated():
    assert same_person("کريميان", "مسعود کریمیان")
    assert same_person(f"مرتضی سلیمانی{ZWNJ}فرد", "مرتضی سلیمانیفرد")
    assert same_person("بهرام سلیمانی مقدم", f"بهرام سلیمانی{ZWNJ}مقدم")
    assert not same_person("مسعود کریمیان", "مسعود رحمانی")
    # a surname's ZWNJ written as a space: its pieces, joined, end the fuller name
    assert same_person("خامنه ای", f"سید علی خامنه{ZWNJ}ای")
    assert not same_person("رضا زاده", "محمد علیزاده")
    assert not same_person("علی", "علیرضا")  # a short token must stand whole
    assert same_person("جوادالمالکی", "جواد مالکی")  # glued, with the Arabic article
    assert not same_person("جوادالمالکی", "جواد مالکی زاده")
    assert not same_person("", "ظریف") and not same_person(None, None)


def test_letter_or_zwnj():
    assert {"ی", "ک", "پ", ZWNJ, "ء"} <= LETTER_OR_ZWNJ
    assert not {" ", "1", "۱", "«"} & LETTER_OR_ZWNJ


def _imports(module) -> set[str]:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    return {n.module if isinstance(n, ast.ImportFrom) else a.name
            for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))
            for a in (n.names if isinstance(n, ast.Import) else [n])}


def test_the_text_and_date_modules_stay_light():
    """The crawler imports them: no hazm, nothing from pipeline/."""
    assert _imports(persian) <= {"__future__", "re", "functools"}
    for module in (persian_dates, pagedates):
        assert not {m for m in _imports(module) if m.split(".")[0] in ("pipeline", "hazm")}, module
