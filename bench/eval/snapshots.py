"""Round 20: texts of two dataset repositories that ../shared/corpus sampled, the rest of them, read from the
snapshots that the tool library's `fetch` puts beside the project (`../.mirror/<owner>+<name>/repo`) and never
copied anywhere.

- Fars: language-ml/course-nlp-ir-1-text-exploring (Apache-2.0), the 1,181 articles not in ../shared. An
  article's text is its abstract and paragraphs, as in ../shared/corpus/text; its publication day comes from the
  Fars id in its link (14 digits since 1390, «8406280228»-style 10 digits before). The set: the articles with a
  meeting cue word plus 40 without one (the first by SHA-1 of "neg20" + id).
- Arman: HaniehP/PersianNER (for academic research use), the 7,230 sentences of ArmanPersoNERCorpus's test folds
  not in ../shared, tokens joined by spaces as there; no date. The set: the sentences with a cue word plus 24
  without one (the first by SHA-1 of "neg20" + id).
Each is split by SHA-1 of "split20" + id (corpus_labels/*20_split.json, committed before any label existed).

Round 21 (wave 13): faezeh-gholamrezaie/Persian-News-Article-Classification (no licence stated; read for
evaluation only, never copied), the 245 Fars articles of 2023 in its `farsnews.csv` (commit c01f8d1; a later
commit deleted it), six categories. The set: the articles with a meeting cue word plus 25 without one (the first
by SHA-1 of "neg21" + id), split by SHA-1 of "split21" + id (corpus_labels/fars23_split.json, committed before
any label existed).

Round 22 (wave 13): the sentences of two Universal Dependencies treebanks (CC BY-SA 4.0) with a meeting cue word,
plus 20 without one: UD_Persian-PerDT's dev and test (in ../shared/corpus/ud) and UD_Persian-Seraji's dev and test
(news of the Bijankhan corpus, read from its snapshot), each sentence's `# text` as written; no date. Split by
SHA-1 of "split22" + id (corpus_labels/ud22_split.json, committed before any label existed).

Round 23 (wave 13): the 6,000 sentences of the test and eval files of PouriaYazdani/Persian-NER (a mix of
Persian NER corpora, news among them, none of them ../shared's Arman sentences; no licence stated: read for
evaluation only, never copied), tokens joined by spaces: those with a meeting cue word plus 25 without one (the
first by SHA-1 of "neg23" + id), split by SHA-1 of "split23" + id (corpus_labels/ner23_split.json, committed before
any label existed).

Round 24 (wave 14): the 26,196 sentences of UD_Persian-PerDT's training part (CC BY-SA 4.0; ../shared holds only
dev and test), read from the snapshot's `not-to-release/train_ner.txt` (one token per line, a blank line between
sentences; the treebank's own `.conllu` train file is absent from the snapshot), tokens joined by spaces: those
with a meeting cue word plus 25 without one (the first by SHA-1 of "neg24" + id), split by SHA-1 of "split24" + id
(corpus_labels/perdt24_split.json, committed before any label existed).

Round 26 (wave 17): AwesDea/Hamshahri-Information-Retrieval (the Hamshahri corpus, for research use; read for
evaluation only, never copied), the 5,375 articles of the newspaper Hamshahri of 2003–2007 in its
`HamshahriData/HamshahriCorpus` (commit 97aa218), one file each, written with Arabic «ي» and «ك» and no ZWNJ. An
article's first line is its title, the rest its text (the 121 files of 2003 laid out in the print's wrapped lines
are left out: their title is not told from their text); its publication day is the Jalali day its file's name gives ("HAM2-811011-007": 1381/10/11). The
set: 160 of the articles with a meeting cue word (the first by SHA-1 of "pick26" + id) plus 20 without one (by
SHA-1 of "neg26" + id), split by SHA-1 of "split26" + id (corpus_labels/hamshahri26_split.json, committed before
any label existed).

Round 27 (wave 17): Arefee/NLP-PersianNews (no licence stated; read for evaluation only, never copied), the 220
articles of Asr-e Iran (July 2018) and Fars (November 2018) in its `asrirandata.jsonl` and `farsnewsdata.jsonl`
(commit ca2c9ee). An article's text is its subtitle (the lead) and its body, HTML entities resolved; its title the
title, else the kicker; its publication day the one its date field gives. The set: the articles with a meeting
cue word plus 20 without one (by SHA-1 of "neg27" + id), split by SHA-1 of "split27" + id
(corpus_labels/news27_split.json, committed before any label existed).

Rounds 28 and 29 (end of wave 17): 200 more of round 25's cue articles and 200 more of round 26's (the first by
SHA-1 of "pick28" / "pick29" + id among those not in rounds 25 and 26), blind whole: chosen after wave 17's rules
were written, labelled after, scored only (corpus_labels/khabar28_split.json, hamshahri29_split.json). Once scored
at the end of wave 17 they became tuning sets whole (wave 18).

Rounds 30 and 31 (wave 18): 200 more of round 25's cue articles and 200 more of round 26's (the first by SHA-1 of
"pick30" / "pick31" + id among those in no earlier round), blind whole: chosen and labelled before wave 18's rules,
their errors never read (corpus_labels/khabar30_split.json, hamshahri31_split.json).

Rounds 32 and 33 (end of wave 18): 200 more of each, the same way with "pick32" / "pick33", labelled after wave 18's
rules and scored once; tuning sets whole from then on (corpus_labels/khabar32_split.json, hamshahri33_split.json).

Rounds 34 and 35 (wave 20): 200 more of round 26's cue articles (the first by SHA-1 of "pick34" + id among those in
no earlier round) and the rest of round 25's (the 76 cue articles in no earlier round), blind whole: chosen and
labelled before wave 20's rules, their errors never read (corpus_labels/hamshahri34_split.json, khabar35_split.json).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import subprocess
import zipfile
from functools import lru_cache
from pathlib import Path

MIRRORS = Path(__file__).resolve().parents[2].parent / ".mirror"
FARS = MIRRORS / "language-ml+course-nlp-ir-1-text-exploring" / "repo"
ARMAN = MIRRORS / "HaniehP+PersianNER" / "repo"
FARS23 = MIRRORS / "faezeh-gholamrezaie+Persian-News-Article-Classification" / "repo"
FARS23_CSV = "c01f8d1:data collection/farsnews.csv"
SERAJI = MIRRORS / "UniversalDependencies+UD_Persian-Seraji" / "repo"
PERDT = MIRRORS.parent / "shared" / "corpus" / "ud"
NER23 = MIRRORS / "PouriaYazdani+Persian-NER" / "repo"
PERDT_TRAIN = MIRRORS / "UniversalDependencies+UD_Persian-PerDT" / "repo"
KHABAR = MIRRORS / "sarb9+KhabarYaab" / "repo"
KHABAR_XLSX = "f6e023dd0b4eab9252bd7307b573bf560fcdea53:Backend/data/news.xlsx"
HAMSHAHRI = MIRRORS / "AwesDea+Hamshahri-Information-Retrieval" / "repo"
NEWS27 = MIRRORS / "Arefee+NLP-PersianNews" / "repo"
_XLSX = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _show(repo: Path, path: str) -> bytes:
    ref = path if ":" in path else f"HEAD:{path}"
    return subprocess.run(["git", "-C", str(repo), "show", ref], capture_output=True, check=True).stdout


def _published(link: str) -> str | None:
    """The Gregorian day a Fars id in the link gives, ISO."""
    import jdatetime

    if m := re.search(r"(1[34]\d\d)(\d\d)(\d\d)\d{6}", link):
        y, mo, d = m.groups()
    elif m := re.search(r"/news/([89]\d)(\d\d)(\d\d)\d{4}$", link):
        y, mo, d = "13" + m[1], m[2], m[3]
    else:
        return None
    return jdatetime.date(int(y), int(mo), int(d)).togregorian().isoformat()


def fars_articles() -> dict[str, dict]:
    """Every Fars article of the snapshot by id ("fars-lml-<file>-<index>"), or {} when the snapshot is absent."""
    if not FARS.exists():
        return {}
    out = {}
    for i in range(1, 6):
        for j, a in enumerate(json.loads(_show(FARS, f"exploring-datasets/news/fars-news-{i}.json"))):
            text = "\n\n".join([a.get("abstract") or "", *(a.get("paragraphs") or [])]).strip()
            out[f"fars-lml-{i}-{j:03d}"] = {"id": f"fars-lml-{i}-{j:03d}", "title": a.get("title"), "text": text,
                                              "published": _published(a.get("link") or "")}
    return out


def arman_sentences() -> dict[str, dict]:
    """Every sentence of the Arman test folds by id ("arman-test_fold<k>-<index>"), or {} when the snapshot is absent."""
    if not ARMAN.exists():
        return {}
    out = {}
    with zipfile.ZipFile(io.BytesIO(_show(ARMAN, "ArmanPersoNERCorpus.zip"))) as z:
        for k in (1, 2, 3):
            blocks = z.read(f"test_fold{k}.txt").decode("utf-8").split("\n\n")
            tokens = [[line.split()[0] for line in b.splitlines() if line.strip()] for b in blocks]
            for i, words in enumerate(t for t in tokens if t):
                aid = f"arman-test_fold{k}-{i:04d}"
                out[aid] = {"id": aid, "title": None, "text": " ".join(words), "published": None}
    return out


def fars23_articles() -> dict[str, dict]:
    """Every article of round 21's Fars CSV by id ("fars23-<row>"), or {} when the snapshot is absent."""
    import jdatetime

    if not FARS23.exists():
        return {}
    csv.field_size_limit(1 << 30)
    rows = csv.DictReader(io.StringIO(_show(FARS23, FARS23_CSV).decode("utf-8")))
    out = {}
    for row in rows:
        text = re.sub(r"[ \t\xa0]+", " ", row["text"]).strip()
        if not text:
            continue
        day = re.search(r"([۰-۹]{4})-([۰-۹]{1,2})-([۰-۹]{1,2})", row["date"])
        y, mo, d = (int(g.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))) for g in day.groups())
        aid = f"fars23-{int(row['']):03d}"
        out[aid] = {"id": aid, "title": " ".join(row["title"].split()), "text": text, "category": row["label"],
                    "published": jdatetime.date(y, mo, d).togregorian().isoformat()}
    return out


CUE21 = re.compile(r"دیدار|ملاقات|تماس\s*تلفنی|گفت[\s\u200c]*و[\s\u200c]*گو|گفتگو|رایزنی|به\s*حضور|استقبال|نشست|مذاکره|"
                   r"میزبان|ویدئو\s*کنفرانس|همتای|هیئت|هیات")


def fars23_selection() -> dict[str, list[str]]:
    """Round 21's labelled set, its halves: {"tune": ids, "blind": ids} (see the module docstring)."""
    return _selection(fars23_articles(), "21", 25)


def ud_sentences() -> dict[str, dict]:
    """Every sentence of PerDT's and Seraji's dev and test files by id ("perdt-dev-s1"), those present here."""
    files = {f"perdt-{part}": (PERDT / f"fa_perdt-ud-{part}.conllu").read_text(encoding="utf-8")
             for part in ("dev", "test") if (PERDT / f"fa_perdt-ud-{part}.conllu").exists()}
    if SERAJI.exists():
        files.update({f"seraji-{part}": _show(SERAJI, f"fa_seraji-ud-{part}.conllu").decode("utf-8") for part in ("dev", "test")})
    out = {}
    for prefix, conllu in files.items():
        for sid, text in re.findall(r"^# sent_id = \S*?(s\d+)\n# text = (.+)$", conllu, re.M):
            aid = f"{prefix}-{sid}"
            out[aid] = {"id": aid, "title": None, "text": text.strip(), "published": None}
    return out


def ner23_sentences() -> dict[str, dict]:
    """Every sentence of round 23's two NER files by id ("ner-test-0001"), or {} when the snapshot is absent."""
    import ast

    if not NER23.exists():
        return {}
    out = {}
    for part in ("test", "eval"):
        rows = csv.DictReader(io.StringIO(_show(NER23, f"data_analysis/stratified/{part}.csv").decode("utf-8")))
        for i, row in enumerate(rows):
            aid = f"ner-{part}-{i:04d}"
            out[aid] = {"id": aid, "title": None, "text": " ".join(ast.literal_eval(row["tokens"])), "published": None}
    return out


def ner23_selection() -> dict[str, list[str]]:
    """Round 23's labelled set, its halves: {"tune": ids, "blind": ids} (see the module docstring)."""
    return _selection(ner23_sentences(), "23", 25)


def perdt24_sentences() -> dict[str, dict]:
    """Every sentence of PerDT's training part by id ("perdt-train-00001"), or {} when the snapshot is absent."""
    if not PERDT_TRAIN.exists():
        return {}
    blocks = _show(PERDT_TRAIN, "not-to-release/train_ner.txt").decode("utf-8").strip().split("\n\n")
    out = {}
    for i, block in enumerate(blocks):
        aid = f"perdt-train-{i:05d}"
        out[aid] = {"id": aid, "title": None, "text": " ".join(t for t in block.splitlines() if t.strip()),
                    "published": None}
    return out


def perdt24_selection() -> dict[str, list[str]]:
    """Round 24's labelled set, its halves: {"tune": ids, "blind": ids} (see the module docstring)."""
    return _selection(perdt24_sentences(), "24", 25)


def ud22_selection() -> dict[str, list[str]]:
    """Round 22's labelled set, its halves: {"tune": ids, "blind": ids} (see the module docstring)."""
    return _selection(ud_sentences(), "22", 20)


def _xlsx_rows(data: bytes) -> list[dict[str, str]]:
    """The rows of a workbook's first sheet as dicts keyed by its header row (the standard library's zip and XML)."""
    from xml.etree import ElementTree

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        shared = [''.join(t.text or "" for t in si.iter(_XLSX + "t"))
                  for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml")).iter(_XLSX + "si")]
        sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in sheet.iter(_XLSX + "row"):
        cells = {}
        for c in row.iter(_XLSX + "c"):
            v = c.find(_XLSX + "v")
            value = "" if v is None else shared[int(v.text)] if c.get("t") == "s" else v.text
            cells[re.match(r"[A-Z]+", c.get("r")).group()] = value or ""
        rows.append(cells)
    header = rows[0]
    return [{header[k]: v for k, v in r.items() if k in header} for r in rows[1:]]


@lru_cache(maxsize=1)
def khabar25_articles() -> dict[str, dict]:
    """Every article of round 25's workbook by id ("khabar25-<row>"), or {} when the snapshot is absent."""
    from datetime import datetime

    from w3lib.html import remove_tags, replace_entities

    if not KHABAR.exists():
        return {}
    out = {}
    for i, row in enumerate(_xlsx_rows(_show(KHABAR, KHABAR_XLSX)), start=1):
        paragraphs = [" ".join(replace_entities(remove_tags(p)).split())
                      for p in re.split(r"</p>|<br\s*/?>", row.get("content") or "")]
        text = "\n\n".join(p for p in [" ".join((row.get("summary") or "").split()), *paragraphs] if p)
        day = re.sub(r"(\d)(?:st|nd|rd|th)", r"\1", (row.get("publish_date") or "").split(",")[0])
        aid = f"khabar25-{i:04d}"
        out[aid] = {"id": aid, "title": " ".join((row.get("title") or "").split()), "text": text,
                    "site": row.get("url"), "published": datetime.strptime(day, "%B %d %Y").date().isoformat()}
    return out


def khabar25_selection() -> dict[str, list[str]]:
    """Round 25's labelled set, its halves: {"tune": ids, "blind": ids} (see the module docstring)."""
    texts = khabar25_articles()
    picked = sorted((a for a in texts if CUE21.search(texts[a]["text"])), key=lambda a: _sha("pick25", a))[:180]
    return _selection({a: texts[a] for a in texts if a in picked or not CUE21.search(texts[a]["text"])}, "25", 20)


@lru_cache(maxsize=1)
def hamshahri26_articles() -> dict[str, dict]:
    """Every article of round 26's Hamshahri files by id ("ham26-<file name>"), or {} when the snapshot is absent."""
    import jdatetime

    if not HAMSHAHRI.exists():
        return {}
    names = subprocess.run(["git", "-C", str(HAMSHAHRI), "ls-tree", "-r", "--name-only", "HEAD"], capture_output=True,
                           text=True, check=True).stdout.split("\n")
    names = [n for n in names if n.endswith(".ham")]
    batch = "".join(f"HEAD:{n}\n" for n in names).encode()
    raw = subprocess.run(["git", "-C", str(HAMSHAHRI), "cat-file", "--batch"], input=batch, capture_output=True,
                         check=True).stdout
    out, at = {}, 0
    for name in names:
        head_end = raw.index(b"\n", at)
        size = int(raw[at:head_end].split()[2])
        body = raw[head_end + 1:head_end + 1 + size].decode("utf-8", "replace")
        at = head_end + 1 + size + 1
        lines = [" ".join(x.split()) for x in body.splitlines() if x.strip()]
        if len(lines) < 2 or re.search(r"[ \t]\r?\n", body):
            continue  # (121 files of 2003 keep the print layout's wrapped lines: their title is not told from the text)
        stem = name.rsplit("/", 1)[-1][:-4]
        y, mo, d = re.match(r"HAM2-(\d\d)(\d\d)(\d\d)", stem).groups()
        aid = f"ham26-{stem}"
        out[aid] = {"id": aid, "title": lines[0], "text": "\n\n".join(lines[1:]),
                    "published": jdatetime.date(1300 + int(y), int(mo), int(d)).togregorian().isoformat()}
    return out


def hamshahri26_selection() -> dict[str, list[str]]:
    """Round 26's labelled set, its halves: {"tune": ids, "blind": ids} (see the module docstring)."""
    texts = hamshahri26_articles()
    cued = {a for a in texts if CUE21.search(_persian_letters(texts[a]["text"]))}
    picked = set(sorted(cued, key=lambda a: _sha("pick26", a))[:160])
    rest = sorted((a for a in texts if a not in cued), key=lambda a: _sha("neg26", a))[:20]
    chosen = sorted(picked | set(rest))
    return {half: [a for a in chosen if (int(_sha("split26", a), 16) % 2 == 0) == (half == "tune")]
            for half in ("tune", "blind")}


def khabar28_selection() -> dict[str, list[str]]:
    """Round 28, blind whole: 200 more cue articles of round 25's snapshot (see the module docstring)."""
    return _more_cued(khabar25_articles(), khabar25_selection(), salt="pick28")


def hamshahri29_selection() -> dict[str, list[str]]:
    """Round 29, blind whole: 200 more cue articles of round 26's snapshot (see the module docstring)."""
    return _more_cued(hamshahri26_articles(), hamshahri26_selection(), salt="pick29")


def khabar30_selection() -> dict[str, list[str]]:
    """Round 30, blind whole: 200 more cue articles of round 25's snapshot, none of rounds 25 and 28."""
    return _more_cued(khabar25_articles(), khabar25_selection(), khabar28_selection(), salt="pick30")


def hamshahri31_selection() -> dict[str, list[str]]:
    """Round 31, blind whole: 200 more cue articles of round 26's snapshot, none of rounds 26 and 29."""
    return _more_cued(hamshahri26_articles(), hamshahri26_selection(), hamshahri29_selection(), salt="pick31")


def khabar32_selection() -> dict[str, list[str]]:
    """Round 32, a tuning set whole: 200 more cue articles of round 25's snapshot, none of rounds 25, 28 and 30."""
    return _more_cued(khabar25_articles(), khabar25_selection(), khabar28_selection(), khabar30_selection(),
                      salt="pick32")


def hamshahri33_selection() -> dict[str, list[str]]:
    """Round 33, a tuning set whole: 200 more cue articles of round 26's snapshot, none of rounds 26, 29 and 31."""
    return _more_cued(hamshahri26_articles(), hamshahri26_selection(), hamshahri29_selection(),
                      hamshahri31_selection(), salt="pick33")


def hamshahri34_selection() -> dict[str, list[str]]:
    """Round 34, blind whole: 200 more cue articles of round 26's snapshot, none of rounds 26, 29, 31 and 33."""
    return _more_cued(hamshahri26_articles(), hamshahri26_selection(), hamshahri29_selection(),
                      hamshahri31_selection(), hamshahri33_selection(), salt="pick34")


def khabar35_selection() -> dict[str, list[str]]:
    """Round 35, blind whole: the cue articles of round 25's snapshot in none of rounds 25, 28, 30 and 32."""
    return _more_cued(khabar25_articles(), khabar25_selection(), khabar28_selection(), khabar30_selection(),
                      khabar32_selection(), salt="pick35")


def _more_cued(texts: dict[str, dict], *used: dict[str, list[str]], salt: str = "") -> dict[str, list[str]]:
    taken = {a for halves in used for half in halves.values() for a in half}
    cued = [a for a in texts if a not in taken and CUE21.search(_persian_letters(texts[a]["text"]))]
    return {"tune": [], "blind": sorted(sorted(cued, key=lambda a: _sha(salt, a))[:200])}


def _persian_letters(text: str) -> str:
    return text.translate(str.maketrans("يك", "یک"))


def news27_articles() -> dict[str, dict]:
    """Every article of round 27's two files by id ("news27-<agency>-<news code>"), or {} when the snapshot is absent."""
    import html

    if not NEWS27.exists():
        return {}
    out = {}
    for path in ("asrirandata.jsonl", "farsnewsdata.jsonl"):
        for line in _show(NEWS27, path).decode("utf-8").splitlines():
            if not line.strip():
                continue
            row = {k: html.unescape(v) if isinstance(v, str) else v for k, v in json.loads(line).items()}
            text = "\n\n".join(p for p in (" ".join((row.get("subtitle") or "").split()),
                                            (row.get("body") or "").strip()) if p)
            if not text:
                continue
            aid = f"news27-{row['NewsAgency'].lower()}-{row['newsCode']}"
            out[aid] = {"id": aid, "title": " ".join((row.get("title") or row.get("rutitr") or "").split()),
                        "text": text, "published": _day27(row["date"]) or _published(row["newsLink"])}
    return out


def _day27(written: str) -> str | None:
    """"۲۰:۱۱ - ۲۷ تير ۱۳۹۷ - 18 July 2018" (Asr-e Iran), "۱۸:۲۲ - ۱۳۹۷/۹/۱۰" (Fars): the Gregorian day, ISO."""
    from datetime import datetime

    import jdatetime

    digits = written.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
    if m := re.search(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", digits):
        return datetime.strptime(" ".join(m.groups()), "%d %B %Y").date().isoformat()
    if m := re.search(r"(\d{4})/(\d{1,2})/(\d{1,2})", digits):
        return jdatetime.date(*map(int, m.groups())).togregorian().isoformat()
    return None


def news27_selection() -> dict[str, list[str]]:
    """Round 27's labelled set, its halves: {"tune": ids, "blind": ids} (see the module docstring)."""
    return _selection(news27_articles(), "27", 20)


def _sha(salt: str, aid: str) -> str:
    return hashlib.sha1((salt + aid).encode()).hexdigest()


def _selection(texts: dict[str, dict], round_: str, negatives: int) -> dict[str, list[str]]:
    """The texts with a cue word plus `negatives` without one (by SHA-1 of "neg<round>" + id), split in two halves
    by SHA-1 of "split<round>" + id."""
    cued = [a for a in texts if CUE21.search(texts[a]["text"])]
    rest = sorted((a for a in texts if a not in cued), key=lambda a: _sha("neg" + round_, a))
    chosen = sorted(cued + rest[:negatives])
    return {half: [a for a in chosen if (int(_sha("split" + round_, a), 16) % 2 == 0) == (half == "tune")]
            for half in ("tune", "blind")}
