"""Hand-written articles and events for the dedup and event-store tests (gold event format)."""

from __future__ import annotations

from pipeline.dedup import link_article
from pipeline.event_store import store_events

KHAJI = {"name": "علی‌اصغر خاجی", "title": "دستیار ارشد وزیر امور خارجه در امور ویژه سیاسی",
         "organization": "وزارت امور خارجه", "country": "ایران"}
VERSHININ = {"name": "سرگئی ورشنین", "title": "معاون وزیر امور خارجه", "organization": "وزارت امور خارجه",
             "country": "روسیه"}
LAVROV = {"name": "سرگئی لاوروف", "title": "وزیر امور خارجه", "organization": None, "country": "روسیه"}
ZARIF = {"name": "محمدجواد ظریف", "title": "وزیر امور خارجه", "organization": None, "country": "ایران"}

_BODY = (
    "{attr}علی‌اصغر خاجی دستیار ارشد وزیر امور خارجه در امور ویژه سیاسی روز دوشنبه در تماسی تلفنی با "
    "سرگئی ورشنین معاون وزیر امور خارجه روسیه درباره آخرین تحولات سوریه و یمن گفت‌وگو کرد.\n"
    "دو طرف در این گفت‌وگو بر ضرورت ادامه رایزنی‌های سیاسی میان تهران و مسکو درباره بحران‌های منطقه "
    "تاکید کردند و آمادگی خود را برای برگزاری نشست بعدی در قالب آستانه اعلام کردند.\n"
    "خاجی در این تماس به روند سیاسی در سوریه و نشست‌های آستانه اشاره کرد و خواستار توقف حملات به "
    "غیرنظامیان در یمن و ارسال کمک‌های بشردوستانه به مردم این کشور شد.\n"
    "ورشنین نیز از همکاری ایران در حل بحران سوریه قدردانی کرد و گفت روسیه آماده ادامه هماهنگی با "
    "ایران در ۱۲ موضوع منطقه‌ای است.{end}"
)


def call_event(khaji=KHAJI, date="2020-05-11", evidence="خاجی در تماسی تلفنی با ورشنین گفت‌وگو کرد"):
    return {"type": "phone_call", "participants": [dict(khaji), dict(VERSHININ)], "date": date,
            "date_jalali": None, "location": None, "topics": ["سوریه", "یمن"], "evidence": evidence,
            "cameo": "041", "span": [0, 40], "confidence": 0.9}


def three_agencies() -> list[dict]:
    """One IRNA report and the Tasnim and Mehr rewrites of it (new headline, reordered lead,
    agency boilerplate, ZWNJ and letter-form differences, one edited sentence)."""
    irna = _BODY.format(attr="به گزارش خبرگزاری ایرنا از تهران، ", end="\nانتهای پیام")
    tasnim = (_BODY.format(attr="به گزارش خبرگزاری تسنیم به نقل از ایرنا، ", end=" /")
              .replace("گفت‌وگو", "گفتوگو").replace("رایزنی‌های", "رایزنیهای").replace("ی", "ي")
              .replace("ک", "ك").replace("۱۲", "12"))
    mehr = (_BODY.format(attr="به گزارش خبرنگار سیاسی خبرگزاری مهر، ", end="\nانتهای خبر")
            .replace("نشست‌های آستانه", "نشست های آستانه")
            .replace("قدردانی کرد", "تشکر کرد"))
    return [
        {"site": "irna", "url": "https://www.irna.ir/news/1", "published": "2020-05-11T08:00:00+00:00",
         "title": "گفت‌وگوی تلفنی خاجی و ورشنین درباره سوریه",
         "lead": "دستیار ارشد وزیر خارجه و معاون وزیر خارجه روسیه تلفنی گفت‌وگو کردند.", "body": irna,
         "events": [call_event()]},
        {"site": "tasnim", "url": "https://www.tasnimnews.com/fa/news/2", "published": "2020-05-11T09:30:00+00:00",
         "title": "رایزنی تهران و مسکو درباره سوریه و یمن",
         "lead": "معاون وزیر خارجه روسیه و دستیار ارشد وزیر خارجه تلفنی گفت‌وگو کردند.", "body": tasnim,
         "events": [call_event(khaji={"name": "خاجی", "title": None, "organization": None, "country": "ایران"})]},
        {"site": "mehr", "url": "https://www.mehrnews.com/news/3", "published": "2020-05-11T10:15:00+00:00",
         "title": "تاکید ایران و روسیه بر ادامه رایزنی‌ها",
         "lead": "گفت‌وگوی تلفنی خاجی و ورشنین درباره تحولات منطقه انجام شد.", "body": mehr,
         "events": [call_event(khaji=dict(KHAJI, name="علی اصغر خاجی"))]},
    ]


def add_article(db, settings, art: dict) -> int:
    """Store one article as pipeline.store does: row, dedup link and events in one transaction."""
    with db.atomic():
        aid = db["articles"].insert({
            "site": art["site"], "url": art["url"], "canonical_url": art["url"], "title": art.get("title"),
            "lead": art.get("lead"), "body": art.get("body"), "published": art.get("published"),
            "fetched": art.get("fetched", art.get("published") or "2020-01-01T00:00:00+00:00"),
        }).last_pk
        link_article(db, aid, settings)
        store_events(db, aid, art.get("events", []), settings)
    return aid


def ensure_sites(db, names) -> None:
    for name in names:
        db["sites"].insert({"name": name, "base_url": f"https://{name}.example/"}, ignore=True)


def snapshot(db) -> dict:
    """Tables compared up to row ids: links by URL, events by content, persons by names."""
    url = {r["id"]: r["url"] for r in db.query("SELECT id, url FROM articles")}
    links = frozenset((r["url"], url.get(r["duplicate_of"]), r["duplicate_reason"])
                      for r in db.query("SELECT url, duplicate_of, duplicate_reason FROM articles"))
    events = set()
    for e in db.query("SELECT * FROM events"):
        names = frozenset(r["name"] for r in db.query(
            "SELECT p.name FROM event_participants ep JOIN persons p ON p.id = ep.person_id WHERE ep.event_id = ?",
            [e["id"]]))
        urls = frozenset(r["url"] for r in db.query("SELECT url FROM event_mentions WHERE event_id = ?", [e["id"]]))
        events.add((e["type"], e["date"], names, urls, e["n_mentions"], e["n_sources"], e["first_published"]))
    persons = frozenset((r["name"], r["aliases"]) for r in db.query("SELECT name, aliases FROM persons"))
    return {"links": links, "events": frozenset(events), "persons": persons}
