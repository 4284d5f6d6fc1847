"""Persian letters, digits and ZWNJ: the folding tables and name matching everyone uses (pure).

Light enough for the crawler (no hazm). Each fold has one meaning:

- ``span_fold``: same length as its input, so a match in the folded text is a span of the original.
  Every letter variant unified, ZWNJ and other invisible marks as spaces, Latin digits.
- ``light_fold``: same length; Latin digits and ی/ک/ه only (ZWNJ, «آ» and hamza kept), for dates.
- ``search_fold``: for comparison and search, not same length: letters unified, Latin digits,
  diacritics and tatweel dropped (ZWNJ too if asked).
- ``squash``: a hamza-blind key where spacing does not count (هیأت = هیئت = هیات).

Names: ``name_tokens`` and ``same_person`` compare names as ../shared/eval/GUIDE.md says.
"""

from __future__ import annotations

import re
from functools import lru_cache

ZWNJ = "\u200c"
_INVISIBLE = ZWNJ + "\u200d\u200e\u200f"  # ZWNJ, ZWJ, LRM, RLM
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
# Persian letters, for a regular expression's character class.
LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc"
LETTER_OR_ZWNJ = frozenset(chr(c) for c in range(0x0621, 0x064B)) | frozenset("پچژکگی" + ZWNJ)
# Diacritics (harakat, tanwin, shadda, sukun, superscript alef) and tatweel, for a character class.
MARKS = "\u064b-\u065f\u0670\u0640"

_TO_LATIN = dict(zip(PERSIAN_DIGITS + ARABIC_DIGITS, "0123456789" * 2))
_TO_PERSIAN = dict(zip("0123456789", PERSIAN_DIGITS))
_YEH_KEH = {"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه"}  # Arabic code points for Persian letters
_ALEFS = {"ة": "ه", "أ": "ا", "إ": "ا"}  # teh marbuta, hamza on or under alef
_WASLA = {"ٱ": "ا"}
_MADDA_SEATS = {"آ": "ا", "ئ": "ی", "ؤ": "و"}
_NAME_LETTERS = {**_YEH_KEH, **_ALEFS, **_MADDA_SEATS}
_SPAN = {**_NAME_LETTERS, **_WASLA, **_TO_LATIN, **dict.fromkeys(_INVISIBLE + "\xa0\t", " "),
         "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"}
_LIGHT = {**_YEH_KEH, **_TO_LATIN}
_SEARCH = {**_YEH_KEH, **_ALEFS, **_WASLA, **_TO_LATIN}
_SQUASH = {**_SEARCH, "ئ": "ا", "ؤ": "ا",
           **dict.fromkeys("ء\u0654\u0640 \t\n" + _INVISIBLE + "".join(map(chr, range(0x064B, 0x0653))), "")}
_DROP_MARKS = re.compile(f"[{MARKS}]+")
_DROP_MARKS_ZWNJ = re.compile(f"[{MARKS}{ZWNJ}]+")
_NAME_PUNCT = re.compile(f"[{MARKS}«»\"'()\\[\\]،,.:؛]")
_NO_INVISIBLE = dict.fromkeys(_INVISIBLE, "")
_GLUED_POSSESSIVE = re.compile(r"ی(?:اش|ش|شان)(?!\w)")
# pictographs, dingbats, arrows and variation selectors: one code point each, so a space keeps the length
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2190-\u21FF\u2300-\u23FF\u25A0-\u27BF\u2B00-\u2BFF\uFE0E\uFE0F]")


def replace_chars(text: str, table: dict[str, str]) -> str:
    """str.translate for a table without chains, over the characters present only: str.translate
    costs about 1 µs per Persian character, several ms per article."""
    for ch in set(text).intersection(table):
        text = text.replace(ch, table[ch])
    return text


def latin_digits(text: str) -> str:
    """Persian and Arabic-Indic digits as 0-9."""
    return replace_chars(text, _TO_LATIN)


def persian_digits(text: str) -> str:
    """0-9 as Persian digits."""
    return replace_chars(text, _TO_PERSIAN)


def unglue_possessive(text: str) -> str:
    """An adjective in «ی» with a possessive glued on where the text lost its ZWNJ, as the adjective alone
    ("همتای ایرانیاش" -> "همتای ایرانی"). A word that only ends like one is cut too ("اتریش" -> "اتری"), so
    callers read the text as written first."""
    return _GLUED_POSSESSIVE.sub("ی", text)


_GLUED_ON = re.compile(f"(?:{ZWNJ}[^\\s،,.:«»()]*)*")


def glued_end(text: str, at: int) -> int:
    """Where the word that reaches `at` ends once the parts a ZWNJ glues on are counted ("نوری|‌وند" -> after
    «وند»): folding turns a ZWNJ into a space, so a word read in folded text may stop inside a surname."""
    return _GLUED_ON.match(text, at).end()


def span_fold(text: str) -> str:
    """Letter variants unified (ي ى ئ → ی, ك → ک, ة ۀ → ه, أ إ آ ٱ → ا, ؤ → و), ZWNJ, ZWJ, bidi
    marks, no-break spaces, tabs and emoji («🔹ظریف», as social posts write) as spaces, curly quotes
    straight, Latin digits; same length."""
    return _EMOJI.sub(" ", replace_chars(text, _SPAN))


def light_fold(text: str) -> str:
    """Latin digits and ي ى ك ۀ as ی ی ک ه, nothing else; same length."""
    return replace_chars(text, _LIGHT)


def search_fold(text: str, drop_zwnj: bool = False) -> str:
    """Letters unified (ی ک ه ا; «آ» and hamza seats kept), Latin digits, no diacritics or tatweel;
    ZWNJ removed if asked."""
    return (_DROP_MARKS_ZWNJ if drop_zwnj else _DROP_MARKS).sub("", replace_chars(text, _SEARCH))


@lru_cache(maxsize=262144)
def squash(text: str | None) -> str:
    """A comparison key: ي/ك and the hamza forms folded (هیأت = هیئت = هیات), Latin digits,
    lower case, no spaces, ZWNJ or diacritics. Cached: SQL calls it on every row of a view."""
    return replace_chars(text or "", _SQUASH).lower()


def name_tokens(name: str | None) -> list[str]:
    """A name's words as GUIDE.md compares them: letters unified, no ZWNJ, diacritics or punctuation."""
    if not name:
        return []
    return replace_chars(_NAME_PUNCT.sub(" ", replace_chars(name, _NAME_LETTERS)), _NO_INVISIBLE).split()


@lru_cache(maxsize=65536)
def same_person(a: str | None, b: str | None) -> bool:
    """Every token of the shorter name is in the longer one, or (four letters or more) inside the
    longer name written without spaces: «خاجی» = «علی‌اصغر خاجی», «سلیمانی‌مقدم» = «سلیمانی مقدم»; or both the same
    letters but for spaces and the Arabic article «ال»; or the shorter name's words, joined, end the longer name
    («خامنه ای» = «سید علی خامنه‌ای»).
    Cached: the registry compares every pair of an office's holders for each role it resolves."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    joined = "".join(long_)
    if all(t in long_ or (len(t) >= 4 and t in joined) for t in short):
        return True
    if len(written := "".join(short)) >= 6 and joined.endswith(written) and len(short) > 1:
        return True  # «خامنه ای» (a ZWNJ written as a space) = «سید علی خامنه‌ای»: the surname, in pieces
    # «جوادالمالکی» = «جواد مالکی»: the same words, glued, with or without the Arabic article
    return "".join(short).replace("ال", "") == joined.replace("ال", "")
