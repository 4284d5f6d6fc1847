"""The lexicons in pipeline/events/data, loaded once, folded and compiled into regular expressions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasad.persian import span_fold as fold

DATA = Path(__file__).with_name("data")
# Persian words are \w in Python's re; a boundary is "not a letter or digit" on that side.
B, E = r"(?<!\w)", r"(?!\w)"


def data_lines(name: str) -> list[str]:
    """The entries of a word list in data/: its lines without comments and blank lines."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.rstrip("\n"))
    return rows


def _phrase(p: str) -> str:
    """Regex for a folded phrase whose inner spaces may be spaces, ZWNJs (folded to spaces) or absent."""
    return r" ?".join(re.escape(w) for w in fold(p).split())


def alternation(phrases) -> str:
    """One regex alternation of folded phrases, longest first, each written as _phrase allows."""
    ordered = sorted({fold(p).strip() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(_phrase(p) for p in ordered)


class FirstNames(frozenset):
    """Folded first names; a word is one too when a name prefix is glued to a known name ("سیدعباس", "میرحسین")."""

    prefixes: tuple[str, ...] = ()

    def __contains__(self, word) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return any(word.startswith(p) and frozenset.__contains__(self, word[len(p):]) for p in self.prefixes)


    def compound(self, words: list[str]) -> int:
        """How many leading words form one first name: 2 for «علی اکبر», «سید محمد», «محمد جواد» (written with a
        space or a ZWNJ, which folding turns into a space), else 1."""
        if len(words) >= 3 and words[0] in self and (words[1] in self or words[0] in self.prefixes):
            return 2
        return 1


def _first_names() -> FirstNames:
    # "اقای" (آقای without its مد); "ایتالله", an honorific glued where the text lost its ZWNJ
    honorifics = {"".join(fold(h).split()) for h in data_lines("honorifics.txt")}
    names = FirstNames(f for f in (fold(n) for n in data_lines("first_names.txt") + data_lines("foreign_first_names.txt"))
                       if "".join(f.split()) not in honorifics)
    names.prefixes = tuple(fold(p) for p in data_lines("name_prefixes.txt"))
    return names


# a word this frequent in hazm's corpus counts is a common word, not a surname standing alone
COMMON = 5_000_000


@lru_cache(maxsize=1)
def _hazm_words() -> list[tuple[str, int, tuple[str, ...]]]:
    from hazm import words_list

    return words_list()


def _participles() -> frozenset[str]:
    """Past participles of hazm's verbs.dat (past stem + «ه»), folded, plain and negated."""
    from hazm import verbs_list

    stems = [v.split("#")[0] for v in verbs_list()]
    return frozenset(fold(p + s + "ه") for s in stems if s for p in ("", "ن"))


def name_particles() -> list[str]:
    """Words that stand inside names although they are also common words («بن», «آل», «ابو»), as written."""
    return data_lines("name_particles.txt")


def _function_words() -> frozenset[str]:
    """hazm's stopwords (pronouns, conjunctions, auxiliaries …): a word of them never stands in a person's name."""
    from hazm import stopwords_list

    particles = {fold(w) for w in name_particles()}
    return frozenset(f for f in (" ".join(fold(w).split()) for w in stopwords_list()) if f and f not in particles)


@dataclass(frozen=True)
class Lexicon:
    title: re.Pattern
    honorific: re.Pattern
    country: re.Pattern
    organization: re.Pattern
    noun: re.Pattern
    phone: re.Pattern
    video: re.Pattern
    light_verb: re.Pattern
    adjective: str  # (a regex fragment) what a contact noun was about or for («تجاری», «خداحافظی»)
    negative: dict[str, re.Pattern]
    phone_only: re.Pattern  # meeting nouns that are a contact only by phone («تماس», «صحبت»)
    joint: re.Pattern  # verbs by which two sides take up a matter together («… را بررسی کردند»)
    frames: tuple[tuple[re.Pattern, str, str], ...]  # (pattern with a (?P<y>…) counterpart, type, CAMEO)
    country_of: dict[str, str]  # folded form (country, adjective, city) -> country
    country_glued: dict[str, str]  # the same forms with no spaces ("ترکیهای" = "ترکیه ای", as `country` matches it)
    cities: frozenset[str]  # folded city names
    country_names: frozenset[str]  # folded country names (not adjectives)
    first_names: FirstNames  # folded
    word_first_names: frozenset[str]  # folded: first names that are common words too («بهمن», «امید»)
    surname_endings: frozenset[str]  # folded: endings a text without ZWNJ writes apart («پور», «زاده»)
    topic: re.Pattern
    outlet: re.Pattern  # news agencies, papers, channels: never a party to a meeting
    ambiguous_places: frozenset[str]  # folded city names that are also common words
    function_words: frozenset[str]  # folded: hazm's stopword list, less the particles of names (بن، آل، ابو …)
    plural_nouns: frozenset[str]  # folded: words hazm's lexicon tags as plural nouns ("اسرا", "مقامات")
    common_words: frozenset[str]  # folded: hazm's most frequent words (count >= COMMON): "حضور", "مردم", "امام"
    frequent_words: frozenset[str]  # folded: hazm's words counted a million times or more ("پلیس", "ارتش")
    person_nouns: frozenset[str]  # folded: words hazm tags both noun and adjective ("شهروند", "کارشناس", "محقق")
    nouns_in_he: frozenset[str]  # folded: nouns ending in «ه» ("نواده", "نماینده"), whose plural ends in «گان»
    nouns: frozenset[str]  # folded: words hazm tags as nouns ("فرهنگ", "دانشجو"), the bases of «…یان» plurals
    participles: frozenset[str]  # folded: past participles of hazm's verbs, plain and negated ("کرده", "نرفته")

    def country_in(self, matched: str) -> str | None:
        """The country a match of `country` names, however its inner spaces are written."""
        return self.country_of.get(" ".join(matched.split())) or self.country_glued.get("".join(matched.split()))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile every lexicon (cached: call it freely)."""
    country_of: dict[str, str] = {}
    cities = set()
    for row in data_lines("countries.tsv"):
        cells = (row.split("\t") + ["", ""])[:3]
        country = cells[0].strip()
        for form in [country, *cells[1].split(",")]:
            if form.strip():
                country_of[" ".join(fold(form).split())] = country
        for city in cells[2].split(","):
            if city.strip():
                key = " ".join(fold(city).split())
                cities.add(key)
                country_of.setdefault(key, country)
    cues: dict[str, list[str]] = {}
    for row in data_lines("meeting_cues.tsv"):
        kind, pattern = row.split("\t", 1)
        cues.setdefault(kind, []).append(pattern)
    negatives: dict[str, list[str]] = {}
    for row in data_lines("negative_cues.tsv"):
        kind, pattern = row.split("\t", 1)
        negatives.setdefault(kind, []).append(pattern)

    def rx(alternatives: str) -> re.Pattern:
        return re.compile(B + "(?:" + alternatives + ")" + E)

    places = sorted(country_of, key=len, reverse=True)
    return Lexicon(
        # a rank is a title only before a country ("امیر قطر"), not inside a name ("شاه‌محمدی")
        title=rx(alternation(data_lines("titles.txt")) + "|(?:" + alternation(data_lines("rank_titles.txt")) + ")(?= (?:جدید |سابق |فقید )?(?:"
                 + "|".join(_phrase(p) for p in places) + "))"),
        honorific=rx(alternation(data_lines("honorifics.txt"))),
        country=rx("|".join(_phrase(p) for p in places)),
        organization=rx(alternation(data_lines("organizations.txt"))),
        noun=rx("|".join(cues["noun"])),
        phone=rx("|".join(fold(p) for p in cues["channel_phone"])),
        video=rx("|".join(fold(p) for p in cues["channel_video"])),  # "آنلاین" as the folded text has it
        light_verb=re.compile(B + "(?:" + "|".join(cues["verb"]) + ")" + E),
        adjective="|".join(fold(p) for p in cues["adjective"]),
        negative={k: rx("|".join(fold(p) for p in v)) for k, v in negatives.items()},
        phone_only=re.compile("|".join(fold(p) for p in cues["phone_only"])),
        joint=rx("|".join(fold(p) for p in cues["joint"])),
        frames=tuple((rx(fold(pattern)), kind, cameo)
                     for kind, cameo, pattern in (row.split("\t", 2) for row in data_lines("verb_frames.tsv"))),
        country_of=country_of,
        country_glued={"".join(k.split()): v for k, v in country_of.items()},
        cities=frozenset(cities),
        country_names=frozenset(" ".join(fold(r.split("\t")[0]).split()) for r in data_lines("countries.tsv")),
        first_names=_first_names(),
        word_first_names=frozenset(fold(w) for w in data_lines("word_first_names.txt")),
        surname_endings=frozenset(fold(w) for w in data_lines("surname_endings.txt")),
        topic=rx(alternation(data_lines("topics.txt"))),
        # … and any site named in the usual way: "آریانا نیوز", "ایران پرس", "خبر آنلاین", "جهان‌صنعت‌نیوز"
        outlet=rx(alternation(data_lines("outlets.txt")) + r"|(?:[^\s:،,.«»]+ ){1,2}(?:نیوز|پرس|انلاین)(?!\S)"),
        ambiguous_places=frozenset(fold(w) for w in data_lines("ambiguous_places.txt")),
        function_words=_function_words(),
        plural_nouns=frozenset(fold(w) for w, _, tags in _hazm_words() if "PL" in tags),
        common_words=frozenset(fold(w) for w, count, _ in _hazm_words() if count >= COMMON),
        frequent_words=frozenset(fold(w) for w, count, _ in _hazm_words() if count >= COMMON // 5),
        person_nouns=frozenset(fold(w) for w, count, tags in _hazm_words() if count and "N" in tags and "AJ" in tags),
        nouns_in_he=frozenset(fold(w) for w, count, tags in _hazm_words() if count and "N" in tags and w.endswith("ه")),
        nouns=frozenset(fold(w) for w, count, tags in _hazm_words() if count and "N" in tags),
        participles=_participles(),
    )
