"""Multilateral meetings told by a «N‌جانبه» meeting noun and «برگزار شد», or told back by their attendees (pure).

"نشست سه‌جانبه A، B و C، وزیران امور خارجه ایران، اتیوپی و عراق، … برگزار شد" and "نشست چهارجانبه وزیران نفت
ایران، عمان، غنا و هند با حضور A، B، C و D … برگزار شد": one meeting of every named participant, each with
the shared title and the country written in the same place of its list."""

from __future__ import annotations

from pipeline.events.lexicon import B, E
from pipeline.events.parties import Party, cut, named_list, plural_role, split_parties
from pipeline.events.text import folded_rx

SUMMIT = folded_rx(B + r"(?:نشست|دیدار|اجلاس|گفت ?و ?گو|مذاکرات)(?:ی)? (?:سه|چهار|پنج|شش|چند) ?جانبه" + E)
_HELD = folded_rx(B + r"(?:برگزار|تشکیل) (?:شد|گردید|شده است|شده بود)" + E)
_PRESENCE = folded_rx(B + r"با حضور" + E)
# "در این نشست A، TITLE، B، TITLE و C، TITLE حضور داشتند": the people a meeting told before is told back with
# (a relative clause may tell where and by whom it was hosted: "در این نشست که به میزبانی X، TITLE، در … برگزار شد، …")
_ATTENDED = folded_rx(r"\s*(?:در|طی) (?:این|آن) (?:نشست|دیدار|اجلاس|گفت ?و ?گو|مذاکرات)\w*"
                      r"(?: که (?P<rel>[^.:«»]{3,200}?(?:برگزار|تشکیل) (?:شد|گردید)))?\s*[،,]?\s*")
_HOSTED_BY = folded_rx(B + r"به میزبانی" + E)
_WERE_PRESENT = folded_rx(r"\s+(?:حضور|شرکت) (?:داشتند|کردند|یافتند)\s*[.]?\s*$")
# the sentence before tells a meeting of many: a «N‌جانبه» noun, or a contact verb with a plural subject
_MANY_MET = folded_rx(B + r"(?:(?:دیدار|گفت ?و ?گو|رایزنی|مذاکره|تبادل نظر)(?: و (?:گفت ?و ?گو|رایزنی|تبادل نظر))? "
                      r"(?:کردند|نمودند)|(?:سه|چهار|پنج|شش|چند) ?جانبه|گرد هم (?:آمدند|امدند))" + E)


def attendee_parties(folded: str, start: int, end: int) -> tuple[int, list[Party], int] | None:
    """(cue position, parties, start of the sentence told back) of "در این نشست A، TITLE، B، TITLE و C حضور داشتند"
    right after a sentence that tells a meeting of many without naming them ("وزرای خارجه سه کشور … گفت‌وگو
    کردند"), or None."""
    m = _ATTENDED.match(folded, start, end)
    present = _WERE_PRESENT.search(folded, m.end(), end) if m else None
    if not present:
        return None
    before = folded[:start].rstrip()
    lead = max(before.rfind(".", 0, len(before) - 1), before.rfind("\n")) + 1
    if not _MANY_MET.search(folded, lead, len(before)):
        return None
    parties = split_parties(folded, m.end(), present.start())
    if len(parties) < 2 or any(p.role_only or p.pronoun or p.weak for p in parties):
        return None
    host = _HOSTED_BY.search(folded, *m.span("rel")) if m.group("rel") else None
    hosts = split_parties(folded, host.end(), m.end("rel"))[:1] if host else []
    return m.start(), [p for p in hosts if not (p.role_only or p.pronoun or p.weak)] + parties, lead


def summit_parties(folded: str, start: int, end: int) -> tuple[int, list[Party]] | None:
    """(cue position, parties) of a multilateral meeting held in folded[start:end], or None."""
    m = SUMMIT.search(folded, start, end)
    held = _HELD.search(folded, m.end(), end) if m else None
    if not held:
        return None
    presence = _PRESENCE.search(folded, m.end(), held.start())
    if presence:  # the roles first, then the people
        shared = plural_role(folded, m.end(), presence.start())
        listed = split_parties(folded, *cut(folded, presence.end(), held.start()))
        if len(listed) >= 3 and all(p.title and not p.role_only for p in listed):
            return m.start(), listed  # "با حضور A، TITLE، B، TITLE و C، TITLE": each name with its own title
        names = named_list(folded, *cut(folded, presence.end(), held.start()))
    else:  # the people first, then the roles set off by commas
        shared = plural_role(folded, m.end(), held.start())
        names = named_list(folded, m.end(), shared[0].start()) if shared else []
    if not names and shared and len(shared[2]) >= 3:
        # "نشست سه‌جانبه وزرای خارجه ایران، روسیه و ترکیه … برگزار شد": one role per country, none named
        _, role, countries = shared
        return m.start(), [Party(name=shared[0].span(), role_only=True, literal=f"{role} {c}", joint=True)
                           for c in countries]
    if len(names) < 3:
        return None  # a bilateral meeting is told by the other constructions
    if shared and len(shared[2]) == len(names):
        _, role, countries = shared
        return m.start(), [Party(name=span, role=f"{role} {c}", joint=True) for span, c in zip(names, countries)]
    return m.start(), [Party(name=span) for span in names]
