"""Score the event extractor on every labelled set of ../shared/eval in one run.

    python bench/eval/score_all.py [--verbose SET] [--blind]

Sets: dev (seed + dev + dev2), dev3-tune, checklist (overall and per capability), corpus-tune (labelled
corpus text, see corpus_labels/README.md), web-tune, news-tune, news8-tune … news12-tune, news14-tune … news16-tune, news18-tune and news19-tune (labelled
news excerpts and articles, see web_labels/README.md, when their texts are beside the project), fars20-tune,
arman20-tune (round 20), fars23-tune (round 21), ud22-tune (round 22), ner23-tune (round 23), perdt24-tune (round 24)
khabar25-tune (round 25), hamshahri26-tune (round 26), news27-tune (round 27), khabar28-tune and hamshahri29-tune
(rounds 28–29 whole, scored blind at the end of wave 17 and tuned on since), khabar32-tune and hamshahri33-tune
(rounds 32–33 whole, scored once at the end of wave 18), read from dataset snapshots (see snapshots.py) when they
are beside the project, and, only with
--blind, dev3-blind (the half of dev3 kept out of tuning, see split_dev3.py), corpus-blind (farsB + armanB),
web-blind, web3-blind, news-blind, news8-blind … news12-blind, news13-blind, news14-blind … news16-blind, news17-blind, news18-blind, news19-blind, fars20-blind, arman20-blind, fars23-blind, ud22-blind, ner23-blind, perdt24-blind, khabar25-blind, hamshahri26-blind, news27-blind, khabar30-blind and hamshahri31-blind (rounds 30–31, blind
whole), hamshahri34-blind and khabar35-blind (rounds 34–35, blind whole, labelled in wave 20), to be read at the end.
--verbose SET prints that set's misses, spurious events and wrong dates (never for a blind set).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parents[1].parent / "shared" / "eval"


def _module(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    spec.loader.exec_module(mod)
    return mod


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def _sets(blind: bool) -> dict[str, tuple[list[dict], list[dict]]]:
    split = json.loads((HERE / "dev3_split.json").read_text(encoding="utf-8"))
    dev = [(a, g) for name in ("seed", "dev", "dev2")
           for a, g in zip(_jsonl(EVAL / f"{name}_articles.jsonl"), _jsonl(EVAL / f"{name}_gold.jsonl"))]
    dev3 = list(zip(_jsonl(EVAL / "dev3_articles.jsonl"), _jsonl(EVAL / "dev3_gold.jsonl")))
    check = list(zip(_jsonl(EVAL / "checklist" / "articles.jsonl"), _jsonl(EVAL / "checklist" / "gold.jsonl")))
    sets = {"dev": dev, "dev3-tune": [p for p in dev3 if p[0]["id"] in split["tune"]], "checklist": check,
            "corpus-tune": _corpus(("farsA", "isna", "armanA"))}
    web = {**_web(), **_snapshot_rounds()}
    sets.update({k: v for k, v in web.items() if blind or "blind" not in k})
    if blind:
        sets["dev3-blind"] = [p for p in dev3 if p[0]["id"] in split["blind"]]
        sets["corpus-blind"] = _corpus(("farsB", "armanB"))
    return {k: ([a for a, _ in v], [g for _, g in v]) for k, v in sets.items()}


def _web() -> dict[str, list[tuple[dict, dict]]]:
    """web_labels/README.md: web-tune (the tuning halves of rounds 1 and 2, round 4 whole), web-blind (the other
    halves) and web3-blind (round 3 whole); news-tune and news-blind, the halves of rounds 5–7 (older papers,
    agencies and ~150 other sites, Dari among them); news8-* … news11-*, the halves of rounds 8–11 (~300 more
    sites, collected and labelled in wave 7); news12-*, the halves of round 12 (gathered at the end of wave 7,
    scored whole then, split in wave 8); news13-blind, round 13 whole, gathered in wave 8 and only ever
    scored; news14-* … news16-*, the halves of rounds 14–16 (gathered in wave 8); news17-blind, round 17 whole,
    gathered in wave 9 and only ever scored; news18-*, the halves of round 18 (wave 9); news19-*, those of
    round 19 (wave 10). A round whose texts in ../labels are not
    beside the project is left out."""
    labels = HERE.parents[1].parent / "labels"
    out: dict[str, list[tuple[dict, dict]]] = {}
    for name, folder in [("web1", "web")] + [(f"web{n}", f"web{n}") for n in range(2, 20)]:
        path = labels / folder / f"{folder}_articles.jsonl"
        gold = HERE / "web_labels" / f"{name}_gold.jsonl"
        if not path.exists() or not gold.exists():
            continue
        texts = {a["id"]: a for a in _jsonl(path)}
        pairs = [(texts[g["id"]], g) for g in _jsonl(gold)]
        if name in ("web3", "web4", "web13", "web17"):
            # round 4: tuned whole; rounds 3, 13 and 17: blind whole (13 and 17: collected in waves 8 and 9, never read)
            out.setdefault({"web3": "web3-blind", "web4": "web-tune", "web13": "news13-blind",
                            "web17": "news17-blind"}[name], []).extend(pairs)
            continue
        halves = json.loads((HERE / "web_labels" / f"{name}_split.json").read_text(encoding="utf-8"))
        prefix = "web" if name in ("web1", "web2") else "news" if name in ("web5", "web6", "web7") else "news" + name[3:]
        out.setdefault(f"{prefix}-tune", []).extend(p for p in pairs if p[0]["id"] in halves["tune"])
        out.setdefault(f"{prefix}-blind", []).extend(p for p in pairs if p[0]["id"] in halves["blind"])
    return out


def _snapshot_rounds() -> dict[str, list[tuple[dict, dict]]]:
    """fars20-*, arman20-*, fars23-*, ud22-*, ner23-*, perdt24-*, khabar25-*, hamshahri26-*, news27-*, khabar28-tune,
    hamshahri29-tune, khabar30-blind, hamshahri31-blind, khabar32-tune, hamshahri33-tune, hamshahri34-blind and
    khabar35-blind (corpus_labels/README.md): the halves of rounds 20–27 and rounds 28–35 whole, when the snapshots
    and labels are here."""
    snapshots = _module(HERE / "snapshots.py")
    out = {}
    for name, read in (("fars20", snapshots.fars_articles), ("arman20", snapshots.arman_sentences),
                       ("fars23", snapshots.fars23_articles), ("ud22", snapshots.ud_sentences),
                       ("ner23", snapshots.ner23_sentences), ("perdt24", snapshots.perdt24_sentences),
                       ("khabar25", snapshots.khabar25_articles), ("hamshahri26", snapshots.hamshahri26_articles),
                       ("news27", snapshots.news27_articles), ("khabar28", snapshots.khabar25_articles),
                       ("hamshahri29", snapshots.hamshahri26_articles), ("khabar30", snapshots.khabar25_articles),
                       ("hamshahri31", snapshots.hamshahri26_articles), ("khabar32", snapshots.khabar25_articles),
                       ("hamshahri33", snapshots.hamshahri26_articles), ("hamshahri34", snapshots.hamshahri26_articles),
                       ("khabar35", snapshots.khabar25_articles)):
        gold_path = HERE / "corpus_labels" / f"{name}_gold.jsonl"
        texts = read() if gold_path.exists() else {}
        gold = _jsonl(gold_path) if texts else []
        if not gold or any(g["id"] not in texts for g in gold):
            continue  # (a round is scored whole or not at all: round 22 reads PerDT from ../shared, Seraji from a snapshot)
        halves = json.loads((HERE / "corpus_labels" / f"{name}_split.json").read_text(encoding="utf-8"))
        pairs = [(texts[g["id"]], g) for g in gold]
        # (rounds 28–29 and 32–33 are tuning sets whole, rounds 30–31 and 34–35 blind whole: one half is empty)
        out.update({f"{name}-{half}": [p for p in pairs if p[0]["id"] in halves[half]] for half in ("tune", "blind")
                    if halves[half]})
    return out


def _corpus(names: tuple[str, ...]) -> list[tuple[dict, dict]]:
    """Labelled articles of ../shared/corpus/text (see corpus_labels/README.md), with the publication date their
    Jalali `date` field gives."""
    text = EVAL.parent / "corpus" / "text"
    articles = {a["id"]: a for f in ("fars_news_language-ml", "isna_persian_sites_spiders", "arman_ner_sentences")
                for a in _jsonl(text / f"{f}.jsonl")}
    gold = [g for name in names for g in _jsonl(HERE / "corpus_labels" / f"{name}_gold.jsonl")]
    return [({**articles[g["id"]], "published": _jalali_day(articles[g["id"]].get("date"))}, g) for g in gold]


def _jalali_day(written: str | None) -> str | None:
    """"1397-05-06" or "شنبه ۱ خرداد ۱۳۹۵ - ۲۳:۵۲" -> the Gregorian day, ISO."""
    import jdatetime

    from rasad.persian import latin_digits

    s = latin_digits(written or "")
    if m := re.match(r"(\d{4})-(\d\d)-(\d\d)", s):
        return jdatetime.date(*map(int, m.groups())).togregorian().isoformat()
    if (m := re.search(r"(\d+) (\S+) (\d{4})", s)) and m.group(2) in _MONTHS:
        return jdatetime.date(int(m.group(3)), _MONTHS.index(m.group(2)) + 1, int(m.group(1))).togregorian().isoformat()
    return None


_MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()


def _predict(articles: list[dict]) -> dict[str, list[dict]]:
    from pipeline.events import extract_events
    return {a["id"]: extract_events(a.get("text") or "", a.get("title"), a.get("published")) for a in articles}


def _f(v) -> str:
    return "-" if v is None else f"{v:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", default=None)
    ap.add_argument("--blind", action="store_true")
    args = ap.parse_args()
    scorer = _module(EVAL / "score_events.py")
    report = _module(EVAL / "checklist" / "checklist_report.py")
    cols = ("articles", "gold_events", "predicted_events", "precision", "recall", "f1",
            "date_accuracy", "participant_f1", "location_accuracy")
    print(f"{'set':<12}" + "".join(f"{c[:10]:>11}" for c in cols))
    for name, (articles, gold_rows) in _sets(args.blind).items():
        pred = _predict(articles)
        gold = {g["id"]: g["events"] for g in gold_rows}
        result, misses = scorer.score(gold, pred)
        print(f"{name:<12}" + "".join(f"{str(result[c]):>11}" for c in cols))
        if name == "checklist":
            out = report.report(gold_rows, pred)
            caps = {k: v for k, v in out["capabilities"].items()}
            print("   " + "  ".join(f"{k} {_f(v['f1'])}" for k, v in caps.items()))
            print("   orthography delta: " + "  ".join(f"{k} {_f(v['delta'])}" for k, v in out["orthography"].items()))
        if args.verbose == name and "blind" not in name:
            for kind, aid, what in misses:
                print(kind, aid, json.dumps(what, ensure_ascii=False))


if __name__ == "__main__":
    main()
