"""Person names read from a sentence without a closed list: whether words are a name (`a_name`) and the lists of
full names a sentence gives ("A، B و C …", `name_lists`). Pure functions over folded text (see rasad.persian)."""

from __future__ import annotations

import re

from pipeline.events.lexicon import lexicon
from pipeline.events.participants import bare_name
from pipeline.events.parties import LINEAGE, name_length_ok
from pipeline.events.text import folded_rx
from rasad.persian import span_fold as fold

# words that are never part of a name: prepositions, particles, conjunctions
NOT_NAME_WORD = folded_rx(r"در|با|نیز|هم|که|و|از|به|را|طی|ضمن|پس|پیش")
_WORD = re.compile(r"[^\s،,:.«»؛()]+")
_BEFORE_NAME = frozenset({"و", "نوشت", "گفت", "افزود", "کرد", "است", "شد", "بود"})  # (folded words)
_PLACE_PREPOSITIONS = frozenset({"از", "در", "به"})
_APPOSED = re.compile(r"\s*[،,]\s*(\S+)")
_SOURCE = folded_rx(r"(?:گزارش|نوشته|گفته|نقل از|خبرنگار|روزنامه|خبرگزاری)\s*$")


def a_name(name: str, surname: bool = False) -> bool:
    """Two to four words (seven in a name of lineage) that open with a first name (or, where `surname`, one word that
    is no common word): a person, not a role or a phrase."""
    words = fold(name).split()
    lex = lexicon()
    if surname and len(words) == 1:
        return bare_name(words)  # (news tells a side back by surname: «قاسمی در پاسخ», though «قاسمی» is a first name too)
    if len(words) < 2 or not name_length_ok(words):
        return False
    # (with no first name, words that are not all nouns the lexicon knows: "کنجی ماتسودا", not "مرجع تقلید")
    opens = words[0] in lex.first_names or bare_name(words) and not all(w in lex.nouns for w in words) \
        or words[0] in lex.word_first_names and bare_name(words[1:])
    whole = {fold(w) for w in name.split()}  # («قدیری‌فرد»: «فرد» glued on by a ZWNJ is no word of its own)
    return opens and not lex.title.search(fold(name)) and not any(w in lex.function_words for w in words if w in whole)


def name_lists(text: str, folded: str, a: int, b: int) -> list[tuple[list[str], int]]:
    """(names, where the list ends) for each "A، B و C" / "A و B" of full names in the sentence a..b."""
    words = list(_WORD.finditer(folded, a, b))
    found, i = [], 0
    while i < len(words):
        names, j = _name_run(text, folded, words, i)
        if len(names) >= 2:
            found.append(([n for n, _ in names], words[j - 1].end()))
            i = j
        else:
            i += 1
    return found


def sentence_names(text: str, folded: str, a: int, b: int) -> list[tuple[str, int]]:
    """(name, start) for each person the sentence a..b names bare: a full name that opens with a first name, neither
    set off by a title after it ("A، وزیر …") nor given as a source ("به گزارش / به گفته A")."""
    words = list(_WORD.finditer(folded, a, b))
    found, i = [], 0
    while i < len(words):
        k = _name_end(text, folded, words, i) if words[i].group() in lexicon().first_names else None
        if k is None:
            i += 1
            continue
        after = _APPOSED.match(folded, words[k - 1].end())
        if not (after and lexicon().title.match(after.group(1)) or _SOURCE.search(folded, a, words[i].start())):
            found.append((" ".join(text[words[i].start():words[k - 1].end()].split()), words[i].start()))
        i = k
    return found


def _name_run(text: str, folded: str, words: list[re.Match], i: int) -> tuple[list[tuple[str, int]], int]:
    """The names listed from word i on, joined by commas and one final «و» (none when it ends without «و»)."""
    names: list[tuple[str, int]] = []
    while True:
        k = _name_end(text, folded, words, i, bounded=True)
        if k is None:
            return [], i
        names.append((" ".join(text[words[i].start():words[k - 1].end()].split()), k))
        gap = folded[words[k - 1].end():words[k].start()] if k < len(words) else ""
        if k + 1 < len(words) and words[k].group() == "و" and not gap.strip():
            last = _name_end(text, folded, words, k + 1)
            if last is None or len(names) > 4:
                return [], i
            names.append((" ".join(text[words[k + 1].start():words[last - 1].end()].split()), last))
            return names, last
        if gap.strip() not in ("،", ",") or len(names) > 4:
            return [], i
        i = k


def _name_end(text: str, folded: str, words: list[re.Match], i: int, bounded: bool = False) -> int | None:
    """Where a full name that starts at word i ends, `_a_name` taking it: up to the comma or «و» after it where
    `bounded` (two to four words: "اناتولی یوگنیویچ کراسنوف،"); else a first name (one word, or two: «علی اکبر»),
    one surname with what a ZWNJ glues to it («شاه‌حسینی») and its lineage («بن جاسم بن سعود آل ثانی»)."""
    lex = lexicon()
    if i >= len(words) or lex.title.fullmatch(words[i].group()) or words[i].group() in lex.function_words:
        return None
    gap = folded[words[i - 1].end():words[i].start()] if i else "،"
    if words[i].group() not in lex.first_names and not gap.strip() and words[i - 1].group() not in _BEFORE_NAME:
        return None  # (a name with no first name the lexicon knows starts a clause: "…، A B", "نوشت A B", "و A B")
    if i >= 2 and not gap.strip() and words[i - 2].group() in _PLACE_PREPOSITIONS \
            and not folded[words[i - 2].end():words[i - 1].start()].strip():
        return None  # "از اتاق روزولت …": a name in the ezafe of a noun after a preposition names a place or a thing
    if bounded:
        k = next((k for k in range(i + 1, min(i + 4, len(words) - 1) + 1)
                  if folded[words[k - 1].end():words[k].start()].strip() or words[k].group() == "و"), None)
    else:
        first = 1 if i + 1 < len(words) and words[i + 1].group() in LINEAGE else \
            lex.first_names.compound([w.group() for w in words[i:i + 3]])
        # (a surname that is a first name too, «عبدالرحمن فواد»: the name ends there when no surname follows)
        k = _surname_end(text, folded, words, i + first) or _surname_end(text, folded, words, i + 1)
    return k if k and a_name(" ".join(w.group() for w in words[i:k])) else None


def _surname_end(text: str, folded: str, words: list[re.Match], k: int) -> int | None:
    """Where the surname that starts at word k ends (with its ZWNJ-glued parts and its lineage)."""
    lex = lexicon()
    if k >= len(words) or folded[words[k - 1].end():words[k].start()].strip() or words[k].group() not in LINEAGE and (
            NOT_NAME_WORD.fullmatch(words[k].group()) or words[k].group() in lex.function_words
            or any(ch.isdigit() for ch in words[k].group())
            or words[k].group() in lex.common_words or lex.title.fullmatch(words[k].group())):
        return None
    k += 1
    while k < len(words) and (text[words[k - 1].end():words[k].start()] in ("\u200c", " ")
                              and words[k].group() in lex.surname_endings  # «نمازی پور»: a ZWNJ lost
                              or text[words[k - 1].end():words[k].start()] == "\u200c"
                              or words[k - 1].group() in LINEAGE or words[k].group() in LINEAGE and k + 1 < len(words)):
        k += 1
    return k
