"""Persian text normalisation (pure functions).

- ``normalize``: hazm 0.12 ``Normalizer`` (Arabic ي/ك → ی/ک, spacing, diacritics, «» quotes) with
  newlines kept, a guarded «می‌» separation (hazm's own turns «میدانی» into «می‌دانی»), and repair of
  stripped ZWNJs (گفتوگو → گفت‌وگو, تحریمها → تحریم‌ها) from hazm's bundled lexicon ``words.dat``.
  **Digits**: the output always uses Persian digits (۰-۹), as hazm writes them; Latin and
  Arabic-Indic digits are converted. ``pipeline.jalali`` reads all three.
- ``dedup_key``: aggressive folded form for hashing and comparison (Latin digits, no ZWNJ, no punctuation).
- ``strip_boilerplate``: removes agency boilerplate («به گزارش …،», «انتهای پیام», «کد خبر: …»).
- ``search_forms``: text for a full-text index, where a word with a ZWNJ is findable joined and split.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

ZWNJ = "\u200c"
_DATA = Path(__file__).parent / "data"
_LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc"
# A run of Persian letters that is not part of a ZWNJ-joined compound.
_WORD = re.compile(rf"(?<![{_LETTERS}{ZWNJ}])[{_LETTERS}]+(?![{_LETTERS}{ZWNJ}])")
# «می»/«نمی» + stem, joined or (as a separate word) followed by one space.
_MI = re.compile(rf"(?<![{_LETTERS}{ZWNJ}])(ن?می)( ?)([{_LETTERS}]+)(?![{_LETTERS}{ZWNJ}])")
# hazm puts spaces around «/» even between digits: «۱۴۰۳ / ۰۸ / ۱۲». Dates need them joined.
_DIGIT_SLASH = re.compile(r"(?<=[0-9۰-۹]) ?/ ?(?=[0-9۰-۹])")
# hazm also glues every «می » to the next word; «می» the month («۲۶ می ۲۰۱۹», «ماه می») must stay apart.
_MONTH_MAY = re.compile(rf"(?:(?<=[0-9۰-۹] )|(?<=ماه ))می{ZWNJ}|(?<![{_LETTERS}{ZWNJ}])می{ZWNJ}(?=[0-9۰-۹])")

# Suffixes written after a ZWNJ, and the minimum corpus frequency of the base they attach to.
_ZWNJ_SUFFIXES = ("هایی", "های", "ها", "ترین", "تر")
_MIN_BASE_FREQ = 100


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
def _lexicon() -> tuple[dict[str, int], dict[str, tuple[str, int]]]:
    """(word → frequency for words seen in the corpus, ZWNJ-stripped form → (spelled form, frequency))."""
    freq: dict[str, int] = {}
    stripped: dict[str, tuple[str, int]] = {}
    with open(_hazm_data() / "words.dat", encoding="utf-8") as fh:
        for line in fh:
            word, f, _tags = line.rstrip("\n").split("\t")
            n = int(f)
            if n <= 0:
                continue
            if ZWNJ in word:
                key = word.replace(ZWNJ, "")
                if key not in stripped or stripped[key][1] < n:
                    stripped[key] = (word, n)
            else:
                freq[word] = n
    for line in _read_lines("zwnj_extra.tsv"):
        key, spelled = line.split("\t")
        stripped[key] = (spelled, 10**9)
    return freq, stripped


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
    return frozenset(forms)


@lru_cache(maxsize=1)
def _mi_exceptions() -> frozenset[str]:
    return frozenset(_read_lines("mi_exceptions.txt"))


def _separate_mi(text: str) -> str:
    """«میکند»/«می کند» → «می‌کند» for real verb forms; words in mi_exceptions.txt stay joined."""
    verbs, exceptions = _mi_verbs(), _mi_exceptions()

    def fix(m: re.Match) -> str:
        prefix, space, rest = m.groups()
        if not space and prefix + rest in exceptions:
            return m.group(0)
        spelled = prefix + ZWNJ + rest
        return spelled if spelled in verbs else m.group(0)

    return _MI.sub(fix, text)


def _lookup(base: str) -> tuple[str, int] | None:
    """Spelled form and frequency of a base word, directly or through its ZWNJ-stripped form."""
    freq, stripped = _lexicon()
    if base in freq:
        return base, freq[base]
    return stripped.get(base)


@lru_cache(maxsize=65536)
def repair_zwnj(word: str) -> str:
    """Restore the ZWNJs stripped from one word (گفتوگو → گفت‌وگو, کمکهای → کمک‌های).

    A word the lexicon knows as written is kept. Otherwise each analysis (the word itself, or base +
    suffix ها/های/هایی/تر/ترین/ی/ای) is scored by the frequency of its base, and the best one wins;
    this ranking keeps «انتهای» (انتها + ی) from becoming «انت‌های».
    """
    freq, stripped = _lexicon()
    if word in freq:
        return word
    best = stripped.get(word)
    for suffix in _ZWNJ_SUFFIXES + ("ای", "ی"):
        base = word[: -len(suffix)]
        if not word.endswith(suffix) or len(base) < 2:
            continue
        found = _lookup(base)
        if found is None or found[1] < _MIN_BASE_FREQ:
            continue
        spelled, n = found
        ends_h = base.endswith("ه")
        if suffix == "ای" and not ends_h:
            continue
        if suffix == "ی":
            if ends_h:
                continue
            candidate = spelled + suffix
        else:
            candidate = spelled + ZWNJ + suffix
        if best is None or n > best[1]:
            best = (candidate, n)
    return best[0] if best else word


def _base_normalize(text: str) -> str:
    """hazm's normaliser, newlines kept, with digit/slash/digit rejoined."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _DIGIT_SLASH.sub("/", _normalizer().normalize(text))
    return _MONTH_MAY.sub("می ", text)


def normalize(text: str | None) -> str | None:
    """Normalised Persian text (ی/ک, Persian digits, spacing, «می‌», ZWNJ repair); None stays None."""
    if not text:
        return text
    text = _separate_mi(_base_normalize(text))
    return _WORD.sub(lambda m: repair_zwnj(m.group(0)), text)


# --- folded forms -------------------------------------------------------------------------------

_FOLD = {ord(a): b for a, b in zip("يىكةۀأإٱ", "ییکههااا")}
_FOLD.update({ord(d): str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")})
_FOLD.update({ord(d): str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")})
_FOLD.update({c: None for c in range(0x064B, 0x0660)})  # harakat, tanwin, shadda, sukun…
_FOLD.update({0x0670: None, 0x0640: None})  # superscript alef, tatweel
_KEEP_ZWNJ = str.maketrans(_FOLD)
_DROP_ZWNJ = str.maketrans({**_FOLD, ord(ZWNJ): None})
_NON_WORD = re.compile(r"[^\w\s\u200c]+|_")
_SPACES = re.compile(r"\s+")


def dedup_key(text: str | None) -> str:
    """Aggressive comparison form: letters unified, no diacritics/ZWNJ/punctuation, Latin digits, lower case."""
    if not text:
        return ""
    text = _base_normalize(text).translate(_DROP_ZWNJ)
    return _SPACES.sub(" ", _NON_WORD.sub(" ", text)).strip().lower()


_TOKEN = re.compile(r"[\w\u200c]+")


def search_forms(text: str | None) -> str:
    """Full-text-index form: folded words; each ZWNJ word is emitted split and joined.

    «گفت‌وگوی تلفنی» → «گفت وگوی گفتوگوی تلفنی», so both «گفت‌وگو…» and «گفتوگو…» queries match.
    Apply the same function to the query.
    """
    if not text:
        return ""
    out: list[str] = []
    for token in _TOKEN.findall(normalize(text).translate(_KEEP_ZWNJ).lower()):
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
_REPORT = re.compile(rf"^[ \t\u200c]*{_tolerant('به گزارش')}[^،,\n]{{1,120}}?[،,][ \t]*", re.M)
_END = re.compile(rf"{_tolerant('انتهای پیام')}[^\n]{{0,20}}")
_LABEL_LINE = re.compile(
    rf"^[ \t]*(?:{_tolerant('منبع')}|{_tolerant('کد خبر')}|{_tolerant('کد مطلب')}|{_tolerant('شناسه خبر')})"
    r"[ \t]*[:：][^\n]*\n?",
    re.M,
)
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def strip_boilerplate(text: str | None) -> str:
    """Text without agency boilerplate: «به گزارش …،»/«به نقل از …،» leads, «انتهای پیام», «منبع:»/«کد خبر:» lines."""
    if not text:
        return ""
    text = _LEAD.sub("", text.strip(), count=1)
    text = _REPORT.sub("", text)
    text = _END.sub("", text)
    text = _LABEL_LINE.sub("", text)
    return _BLANK_LINES.sub("\n\n", text).strip()
