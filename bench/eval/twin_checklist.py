"""The checklist's twin: the same generator and templates with other people's names and another seed.

A rule that learned the checklist's names instead of its constructions scores lower here. The lexicon of
../shared/eval/checklist is copied with every person who has no Arabic lineage renamed from the pools
below (invented names, drawn with a fixed seed), the suite is generated into a temporary folder, run
through `rasad extract` and scored per capability by the checklist's own report.

    python bench/eval/twin_checklist.py [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

CHECKLIST = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "checklist"
IR_FIRST = "کیومرث هوشنگ سیاوش پرستو یگانه آرمین بردیا شهرام نوشین کاوه فرزین رامتین سپیده بابک مهرداد غلامحسین".split()
IR_LAST = ("زرین‌کوب شاه‌محمدی بهمن‌پور نوروزیان خسروشاهی افشارزاده کیانی‌فر مهرآیین توکلی‌نیا دلاوری فراهانی "
           "سلطان‌زاده جهانبخش آذرنوش یزدان‌پناه رستمی کهنمویی بیگدلی ملک‌زاده نیکوکار حق‌شناس پورمختار").split()
FX_FIRST = "تورگوت اسکار ماتیاس آندره کنجی ایگور رافائل یوهانس سباستین آنتونیو رودریگو هاکان الیاس مارکو".split()
FX_LAST = ("ایلدیریم برگستروم کوالسکی دوبوا تاناکا ولکوف مونتیرو هافمن لارسن پرالتا کاستلو فریرا شاهین مارتینز "
           "بیانکی اوکانر پتروف شنایدر نواک لمبرت گرانت سوبوتا میلر کراوس اوکافور ندیایه سیلوا آلمیدا یاماموتو چوی").split()


def twin_lexicon(lexicon: dict, rng: random.Random) -> dict:
    """The lexicon with every person who has no «bin» form renamed; each surname used once."""
    pools = {"ir": iter(rng.sample(IR_LAST, len(IR_LAST))), "fx": iter(rng.sample(FX_LAST, len(FX_LAST)))}

    def rename(person: dict, first: list[str], key: str) -> dict:
        last = next(pools[key], None)
        if "bin" in person or last is None:
            return person
        return {**person, "name": f"{rng.choice(first)} {last}", "short": last}

    lexicon["iran"]["persons"] = [rename(p, IR_FIRST, "ir") for p in lexicon["iran"]["persons"]]
    for country in lexicon["countries"]:
        country["persons"] = [rename(p, FX_FIRST, "fx") for p in country["persons"]]
    return lexicon


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=7)
    seed = ap.parse_args().seed
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        lexicon = twin_lexicon(json.loads((CHECKLIST / "lexicon_public.json").read_text(encoding="utf-8")),
                               random.Random(seed))
        (out / "lexicon.json").write_text(json.dumps(lexicon, ensure_ascii=False), encoding="utf-8")
        run = lambda *args: subprocess.run(args, check=True, cwd=CHECKLIST)  # noqa: E731
        run(sys.executable, str(CHECKLIST / "gen_checklist.py"), "--lexicon", str(out / "lexicon.json"),
            "--seed", str(seed), "--out", str(out))
        run(sys.executable, "-m", "rasad", "extract", "--input", str(out / "articles.jsonl"),
            "--output", str(out / "pred.jsonl"))
        run(sys.executable, str(CHECKLIST / "checklist_report.py"), str(out / "gold.jsonl"), str(out / "pred.jsonl"))


if __name__ == "__main__":
    main()
