"""Persian text normalisation (pure functions).

- ``normalize``: hazm 0.12 ``Normalizer`` (Arabic ي/ك → ی/ک, spacing, diacritics, «» quotes) with
  newlines kept, a guarded «می‌» separation (hazm's own turns «میدانی» into «می‌دانی»), and repair of
  stripped ZWNJs (گفتوگو → گفت‌وگو, تحریمها → تحریم‌ها) from hazm's bundled lexicon ``words.dat``.
  **Digits**: the output always uses Persian digits (۰-۹), as hazm writes them; Latin and
  Arabic-Indic digits are converted. ``rasad.persian_dates`` reads all three. Numbers stay in one piece
  where hazm would split them: «۱۴۰۳/۰۸/۱۲», «۱۰٫۵» (Persian decimal sign), «۲۶ می ۲۰۱۹»; a dotted
  date «1398.03.05» becomes «۱۳۹۸/۰۳/۰۵». Idempotent: normalize(normalize(x)) == normalize(x).
- ``dedup_key``: aggressive folded form for hashing and comparison (Latin digits, no ZWNJ, no punctuation).
- ``strip_boilerplate``: removes agency boilerplate («به گزارش …،», «انتهای پیام», «کد خبر: …»).
- ``search_forms``: text for a full-text index, where a word with a ZWNJ is findable joined and split.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from rasad.persian import LETTER_OR_ZWNJ, LETTERS, PERSIAN_DIGITS, ZWNJ, replace_chars, search_fold

_DATA = Path(__file__).parent / "data"
# A run of Persian letters and ZWNJs: a word, or a compound already spelled with its ZWNJ.
_WORD = re.compile(f"[{LETTERS}{ZWNJ}]+")
# «می»/«نمی» + stem, joined or (as a separate word) followed by one space.
_MI = re.compile(f"(ن?می)( ?)([{LETTERS}]+)")
# Fix-ups after hazm. Each pattern starts with a literal or a small class so that re can skip
# ahead quickly; a pattern that opens with a lookbehind costs ~1 ms per article.
# hazm puts spaces around «/» even between digits: «۱۴۰۳ / ۰۸ / ۱۲». Dates need them joined.
_DIGIT_SLASH = re.compile(r"([0-9۰-۹]) ?/ ?(?=[0-9۰-۹])")
# hazm writes a decimal as «۱۰ ٫ ۵»; joined again: «۱۰٫۵». Its decimal rule skips every other dot
# of «1.2.3»/«10.0.0.1» (a second pass would take them): all of them become «٫» at once.
_DIGIT_DECIMAL = re.compile(r"([0-9۰-۹])(?: ?٫ ?|\.)(?=[0-9۰-۹])")
# A dotted date («94.4.23», «1398.03.05») would come out of hazm half decimal («۹۴ ٫ ۴.۲۳»), and
# differently again on a second pass; it is written with slashes before hazm sees it.
_DOTTED_DATE = re.compile(r"(?<![\d.])(\d{2}|\d{4})\.(\d{1,2})\.(\d{1,2})(?![.\d])")
# hazm writes «است. \n» (a space after a full stop even before a newline), and its spacing pass
# can leave double spaces and ZWNJs next to spaces behind.
_SPACES_BEFORE_NEWLINE = re.compile(r"[ \t]+\n")
_SPACES_AFTER_NEWLINE = re.compile(r"\n[ \t]+")
_ZWNJ_BEFORE_SPACE = re.compile(r"\u200c+ ")
_ZWNJ_AFTER_SPACE = re.compile(r" \u200c+")
_DOUBLE_SPACES = re.compile(r"  +")
# hazm also glues every «می » to the next word; «می» the month («۲۶ می ۲۰۱۹», «ماه می») must stay apart.
_MI_ZWNJ = re.compile(f"می{ZWNJ}")
_DIGIT_CHARS = frozenset("0123456789" + PERSIAN_DIGITS)

# Minimum corpus frequency of a base that a suffix is split from.
_MIN_BASE_FREQ = 1000


def _read_lines(name: str) -> list[str]:
    """Non-comment, non-empty lines of a file in pipeline/data."""
    text = (_DATA / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def _normalizer():
    from hazm import Normalizer

    # seperate_mi off: hazm splits «میدانی» ("field") wrongly; _separate_mi does it with a guard.
    return Normalizer(seperate_mi=False)


@lru_cache(maxsize=1)
def _hazm_data() -> Path:
    import hazm

    return Path(hazm.__file__).parent / "data"


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, tuple[int, str]], dict[str, tuple[str, int]]]:
    """(ZWNJ-free word → (frequency, POS tags), ZWNJ-stripped form → (spelled form, frequency)).

    The first map keeps frequency-0 words too: words.dat lists «رویتر», «دکترین», «آنها» with no
    count, and a word it knows as written is never split.
    """
    words: dict[str, tuple[int, str]] = {}
    stripped: dict[str, tuple[str, int]] = {}
    with open(_hazm_data() / "words.dat", encoding="utf-8") as fh:
        for line in fh:
            word, f, tags = line.rstrip("\n").split("\t")
            n = int(f)
            if ZWNJ not in word:
                if n >= words.get(word, (-1, ""))[0]:
                    words[word] = (n, tags)
            elif n > 0:
                key = word.replace(ZWNJ, "")
                if key not in stripped or stripped[key][1] < n:
                    stripped[key] = (word, n)
    for line in _read_lines("zwnj_extra.tsv"):
        key, spelled = line.split("\t")
        stripped[key] = (spelled, 10**9)
    return words, stripped


@lru_cache(maxsize=1)
def _mi_verbs() -> frozenset[str]:
    """Every «می‌»/«نمی‌» verb form built from hazm's verbs.dat (past#present stems)."""
    forms: set[str] = set()
    with open(_hazm_data() / "verbs.dat", encoding="utf-8") as fh:
        for line in fh:
            past, _, present = line.strip().partition("#")
            stems = []
            if past:
                stems.append((past, ("م", "ی", "", "یم", "ید", "ند")))
            if present:
                endings = ["م", "ی", "د", "یم", "ید", "ند"]
                if present[-1] in "اوآ":
                    endings += ["یم", "یی", "ید", "ییم", "یید", "یند"]
                stems.append((present, tuple(endings)))
            for prefix in ("می", "نمی"):
                for stem, endings in stems:
                    forms.update(prefix + ZWNJ + stem + e for e in endings)
    # impersonal forms with a bare stem (a bare stem in general would make «میدان» «می‌دان»)
    forms.update(p + ZWNJ + stem for p in ("می", "نمی") for stem in ("توان", "بایست", "بایستی"))
    return frozenset(forms)


@lru_cache(maxsize=1)
def _mi_exceptions() -> frozenset[str]:
    return frozenset(_read_lines("mi_exceptions.txt"))


def _isolated(m: re.Match) -> bool:
    """The match is a whole word: no letter or ZWNJ right before or after it."""
    start, end, text = m.start(), m.end(), m.string
    return (start == 0 or text[start - 1] not in LETTER_OR_ZWNJ) and (
        end == len(text) or text[end] not in LETTER_OR_ZWNJ
    )


def _separate_mi(text: str) -> str:
    """«میکند»/«می کند» → «می‌کند» for real verb forms; words in mi_exceptions.txt stay joined."""
    verbs, exceptions = _mi_verbs(), _mi_exceptions()

    def fix(m: re.Match) -> str:
        prefix, space, rest = m.groups()
        if not _isolated(m) or (not space and prefix + rest in exceptions):
            return m.group(0)
        spelled = prefix + ZWNJ + rest
        return spelled if spelled in verbs else m.group(0)

    return _MI.sub(fix, text)


class _Suffix(NamedTuple):
    """A suffix that may follow a base word whose ZWNJ was stripped."""

    text: str
    tags: frozenset[str]  # the base must carry one of these POS tags in words.dat
    zwnj: bool = True  # written after a ZWNJ
    ends: str | None = None  # the base must end in one of these letters
    avoid_ends: str = ""  # ... or must not
    plain: bool = False  # the base must be a lexicon word as written, not a ZWNJ compound


_NOUN = frozenset({"N", "AJ"})
# «ه + ‌ای» competes with plurals on base frequency (منطقه‌ای, not منطق‌های); it needs a plain base so
# that «رخدادهای» is not read as «رخ‌داده‌ای». «‌اش»/«‌شان» take a ZWNJ only after ه/ی (خانه‌اش,
# شخصیتی‌اش), where joining is wrong; «مان» is left alone (متهمان is not «مته‌مان»), and so is an
# ezafe «ی» after ه, since many Arabic words end in a pronounced ه (مشابهی).
_SUFFIXES = (
    _Suffix("هایی", _NOUN), _Suffix("های", _NOUN), _Suffix("ها", _NOUN),
    _Suffix("ترین", frozenset({"AJ", "ADV"})), _Suffix("تر", frozenset({"AJ", "ADV"})),
    _Suffix("ی", _NOUN, zwnj=False, avoid_ends="ه"), _Suffix("ای", _NOUN, ends="ه", plain=True),
    _Suffix("اش", _NOUN, ends="هی"), _Suffix("شان", _NOUN, ends="هی"),
)


def _lookup(base: str) -> tuple[str, int, frozenset[str]] | None:
    """Spelled form, frequency and POS tags of a base word: through its ZWNJ-stripped form when
    words.dat counts only that spelling, as written, or as a known noun/adjective + «ی» (نقاشی,
    شخصیتی are not in words.dat)."""
    words, stripped = _lexicon()
    if base in stripped and words.get(base, (0, ""))[0] == 0:  # ضمانتنامه (count 0) → ضمانت‌نامه
        spelled, n = stripped[base]
        return spelled, n, _NOUN
    if base in words:
        n, tags = words[base]
        return base, n, frozenset(tags.split(","))
    if base.endswith("ی") and base[:-1] in words and _NOUN & set(words[base[:-1]][1].split(",")):
        return base, words[base[:-1]][0] // 10, _NOUN  # a guess: ranks below attested bases
    return None


def _analyses(word: str) -> tuple[str, int] | None:
    """Best (spelled, base frequency) over base + suffix analyses of a word."""
    best = None
    for suffix in _SUFFIXES:
        base = word[: -len(suffix.text)]
        if not word.endswith(suffix.text) or len(base) < 2:
            continue
        if (suffix.ends and base[-1] not in suffix.ends) or base[-1] in suffix.avoid_ends:
            continue
        if suffix.ends and base.endswith(("اه", "وه")):
            continue  # a pronounced ه (راه، دانشگاه، کوه) takes «ی»/«ای» joined: دانشگاهی
        found = _lookup(base)
        if (found is None or found[1] < _MIN_BASE_FREQ or (suffix.plain and found[0] != base)
                or not found[2] & suffix.tags):
            continue
        if best is None or found[1] > best[1]:
            best = (found[0] + (ZWNJ if suffix.zwnj else "") + suffix.text, found[1])
    return best


@lru_cache(maxsize=65536)
def repair_zwnj(word: str) -> str:
    """Restore the ZWNJs stripped from one word (گفتوگو → گفت‌وگو, کمکهای → کمک‌های).

    A word words.dat lists as written is kept, even with frequency 0: joined spellings such as
    «دستگیری», «قالیباف», «همزمان» are legitimate and names must not change. Otherwise the spelled
    form of the whole word competes with base + suffix analyses (ها/های/هایی on nouns, تر/ترین on
    adjectives, ی, ه + ‌ای, ‌اش/‌شان after ه/ی), scored by the base's corpus frequency; the ranking
    keeps «انتهای» (انتها + ی) from becoming «انت‌های».
    """
    words, stripped = _lexicon()
    if word in words:
        return word
    direct = stripped.get(word)
    best = _analyses(word)
    if direct and (best is None or direct[1] > best[1]):
        best = direct
    return best[0] if best else word


@lru_cache(maxsize=1)
def _char_maps() -> tuple[dict[str, str], dict[str, str]]:
    """hazm's own character tables (Arabic letter forms → Persian, digits → Persian), as dicts."""
    from hazm.constants import (
        NUMBERS_DST,
        NUMBERS_SRC,
        TRANSLATION_DST,
        TRANSLATION_SRC,
    )
    from hazm.utils import maketrans

    def changed(table: dict[int, str]) -> dict[str, str]:
        return {chr(k): v for k, v in table.items() if chr(k) != v}

    return changed(maketrans(TRANSLATION_SRC, TRANSLATION_DST)), changed(maketrans(NUMBERS_SRC, NUMBERS_DST))


def _hazm_normalize(text: str) -> str:
    """hazm 0.12 ``Normalizer(seperate_mi=False).normalize`` step by step, with three changes: its two
    translate passes are done by replace_chars, special characters (emoji, ﷺ…) go before the
    spacing pass instead of after it (otherwise the gaps they leave make normalize non-idempotent),
    and the repeated-letter pass is skipped when no letter repeats 3 times."""
    hz = _normalizer()
    letters, digits = _char_maps()
    text = hz.persian_style(replace_chars(text, letters))
    text = hz.remove_diacritics(replace_chars(text, digits))
    text = hz.correct_spacing(hz.remove_specials_chars(hz.unicodes_replacement(text)))
    if hz.more_than_two_repeat_pattern.search(text):
        text = hz.decrease_repeated_chars(text)
    return text


def _month_may(m: re.Match) -> str:
    """«می‌» → «می » where «می» is the month: before a year, or after a day number or «ماه» when
    what follows is no verb («۱۰ می‌رسد», «یک ماه می‌گذرد» stay)."""
    text, start, end = m.string, m.start(), m.end()
    if start and text[start - 1] in LETTER_OR_ZWNJ:
        return m.group(0)
    if end < len(text) and text[end] in _DIGIT_CHARS:
        return "می "
    before = text[max(0, start - 4):start]
    if not ((len(before) >= 2 and before[-1] == " " and before[-2] in _DIGIT_CHARS) or before == "ماه "):
        return m.group(0)
    word = _WORD.match(text, end)
    return m.group(0) if word and m.group(0) + word.group(0) in _mi_verbs() else "می "


def _tidy_spaces(text: str) -> str:
    """No ZWNJ beside a space, no double spaces, no spaces at line or text edges."""
    if " \u200c" in text or "\u200c " in text:
        text = _ZWNJ_AFTER_SPACE.sub(" ", _ZWNJ_BEFORE_SPACE.sub(" ", text))
    if "  " in text:
        text = _DOUBLE_SPACES.sub(" ", text)
    if " \n" in text or "\t" in text:
        text = _SPACES_BEFORE_NEWLINE.sub("\n", text)
    if "\n " in text or "\t" in text:
        text = _SPACES_AFTER_NEWLINE.sub("\n", text)
    return text.strip(" \t")


def _base_normalize(text: str) -> str:
    """hazm's normaliser, newlines kept, with dates and decimals kept in one piece («۱۴۰۳/۰۸/۱۲»,
    «۱۰٫۵»), «می» the month kept apart and spaces tidied."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "." in text:
        text = _DOTTED_DATE.sub(r"\1/\2/\3", text)
    text = _hazm_normalize(text)
    if "/" in text:
        text = _DIGIT_SLASH.sub(r"\1/", text)
    if "٫" in text or "." in text:
        text = _DIGIT_DECIMAL.sub(r"\1٫", text)
    return _tidy_spaces(_MI_ZWNJ.sub(_month_may, text))


# The last results of normalize, oldest first: the article chain normalises a text, then indexes
# it for search, which needs its normal form again (the same text, normalize being idempotent).
_RECENT: OrderedDict[str, None] = OrderedDict()
_KEEP_RECENT = 64


def normalize(text: str | None) -> str | None:
    """Normalised Persian text (ی/ک, Persian digits, spacing, «می‌», ZWNJ repair); None stays None.

    Results for texts up to 4,000 characters (titles, names, sentences) are cached, 1,024 of them:
    the crawler, the event extractor and dedup may each ask for the same one."""
    if not text:
        return text
    result = _normalized(text) if len(text) <= 4000 else _normalize_uncached(text)
    _RECENT[result] = None
    if len(_RECENT) > _KEEP_RECENT:
        _RECENT.popitem(last=False)
    return result


def _normal_form(text: str) -> str:
    """normalize(text), without running hazm again on one of normalize's recent results (each is
    its own normal form: normalize is idempotent)."""
    return text if text in _RECENT else normalize(text)


def _normalize_uncached(text: str) -> str:
    return _WORD.sub(_repair_word, _separate_mi(_base_normalize(text)))


_normalized = lru_cache(maxsize=1024)(_normalize_uncached)


def _repair_word(m: re.Match) -> str:
    word = m.group(0)
    return word if ZWNJ in word else repair_zwnj(word)


# --- folded forms -------------------------------------------------------------------------------

_NON_WORD = re.compile(r"[^\w\s\u200c]+|_")


def _join_compounds(words: list[str]) -> list[str]:
    """Join runs of 2-3 words that spell a known ZWNJ compound without its ZWNJ («گفت و گو»,
    «رئیس جمهور»), so that space, ZWNJ and nothing between its parts compare equal."""
    compounds = _lexicon()[1]
    out: list[str] = []
    i, n = 0, len(words)
    while i < n:
        two = words[i] + words[i + 1] if i + 1 < n else None
        if i + 2 < n and two + words[i + 2] in compounds:
            out.append(two + words[i + 2])
            i += 3
        elif two is not None and two in compounds:
            out.append(two)
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def dedup_key(text: str | None, normalized: bool = False) -> str:
    """Aggressive comparison form: letters unified, no diacritics/ZWNJ/punctuation, known compounds
    joined whatever separated their parts, Latin digits, lower case.

    *normalized*: the text is normalize's result (or that less its boilerplate), on which hazm's pass
    changes nothing this form keeps (tests/test_persian_corpus.py checks it on the corpus): skipped."""
    if not text:
        return ""
    text = search_fold(text if normalized else _base_normalize(text), drop_zwnj=True)
    return " ".join(_join_compounds(_NON_WORD.sub(" ", text).lower().split()))


_TOKEN = re.compile(r"[\w\u200c]+")


def search_forms(text: str | None) -> str:
    """Full-text-index form: folded words; each ZWNJ word is emitted split and joined.

    «گفت‌وگوی تلفنی» → «گفت وگوی گفتوگوی تلفنی», so both «گفت‌وگو…» and «گفتوگو…» queries match.
    Apply the same function to the query.
    """
    if not text:
        return ""
    out: list[str] = []
    for token in _TOKEN.findall(search_fold(_normal_form(text)).lower()):
        parts = [p for p in token.split(ZWNJ) if p]
        out.extend(parts)
        if len(parts) > 1:
            out.append("".join(parts))
    return " ".join(out)


# --- boilerplate --------------------------------------------------------------------------------


def _tolerant(phrase: str) -> str:
    """Regex for a Persian phrase that accepts ي/ك variants and space/ZWNJ/nothing between words."""
    out = []
    for ch in phrase:
        if ch == " ":
            out.append(r"[\s\u200c]*")
        elif ch == "ی":
            out.append("[یيى]")
        elif ch == "ک":
            out.append("[کك]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


_LEAD = re.compile(
    rf"^[ \t\u200c]*(?:{_tolerant('به گزارش')}|{_tolerant('به نقل از')})[^،,\n]{{1,120}}?[،,][ \t]*"
)
# IRNA-style dateline: «تهران- ایرنا- …», «ایرنا- …».
_DATELINE = re.compile(
    r"^[ \t\u200c]*(?:[^\s\-–،,]{2,20}[ \t]*[-–][ \t]*)?"
    rf"(?:{'|'.join(_tolerant(a) for a in ('ایرنا', 'ایسنا', 'ایلنا', 'ایبنا', 'پانا', 'مهر', 'فارس', 'تسنیم'))})"
    r"[ \t]*[-–][ \t]*"
)
_REPORT = re.compile(rf"^[ \t\u200c]*{_tolerant('به گزارش')}[^،,\n]{{1,120}}?[،,][ \t]*", re.M)
# Agency sign-offs and the short codes that follow them on the same line.
_END = re.compile(
    rf"(?:{'|'.join(_tolerant(s) for s in ('انتهای پیام', 'انتهای خبر', 'پایان پیام'))})[^\n]{{0,20}}"
)
_LABEL_LINE = re.compile(
    rf"^[ \t]*(?:{_tolerant('منبع')}|{_tolerant('کد خبر')}|{_tolerant('کد مطلب')}|{_tolerant('شناسه خبر')})"
    r"[ \t]*[:：][^\n]*\n?",
    re.M,
)
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


# Words that show an attribution ran into the news itself («به گزارش فارس جرج بوش در سخنان … گفت،»).
_NOT_ATTRIBUTION = re.compile(r"(?:^|\s)(?:گفت|کرد|كرد|است|شد|بود|خود|اعلام|اظهار|تاکید|تأکید)")


def _drop_attribution(m: re.Match) -> str:
    phrase = m.group(0)
    return m.group(0) if len(phrase.split()) > 16 or _NOT_ATTRIBUTION.search(phrase) else ""


def strip_boilerplate(text: str | None) -> str:
    """Text without agency boilerplate: a «تهران- ایرنا-» dateline, «به گزارش …،»/«به نقل از …،» leads,
    sign-offs («انتهای پیام», «انتهای خبر», «پایان پیام»), «منبع:»/«کد خبر:» lines."""
    if not text:
        return ""
    text = _LEAD.sub(_drop_attribution, _DATELINE.sub("", text.strip(), count=1), count=1)
    text = _REPORT.sub(_drop_attribution, text)
    text = _END.sub("", text)
    text = _LABEL_LINE.sub("", text)
    return _BLANK_LINES.sub("\n\n", text).strip()
