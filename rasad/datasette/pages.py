"""rasad's own pages: a person, a meeting, finding a person, and who met whom (the network).

Each only reads (the queries are in ``queries.py``); every scraped string reaches the page through
Jinja's autoescaping."""

from __future__ import annotations

import json
from collections import defaultdict
from urllib.parse import urlencode

from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup

from rasad.datasette import charts, network, queries
from rasad.datasette.dates import jalali_label, parse_stored, tehran_time, to_gregorian
from rasad.datasette.served import rasad_database
from rasad.datasette.validate import range_problems
from rasad.persian import squash

CAMEO = {
    "040": ("رایزنی", "Consult"),
    "041": ("گفت‌وگوی تلفنی", "Discuss by telephone"),
    "042": ("سفر برای دیدار", "Make a visit"),
    "043": ("میزبانی دیدار", "Host a visit"),
    "044": ("دیدار در کشور ثالث", "Meet at a third location"),
    "045": ("میانجی‌گری", "Mediate"),
    "046": ("مذاکره", "Engage in negotiation"),
}
_CONTEXT = 160  # characters of the article shown either side of the evidence


def _db(datasette):
    db = rasad_database(datasette)
    if db is None:
        raise NotFound("No rasad database is being served.")
    return db


def _int(request, name: str) -> int:
    try:
        return int(request.url_vars[name])
    except (KeyError, ValueError):
        raise NotFound("not found") from None


def _jalali(value: str | None) -> str:
    parsed = parse_stored(value) if value else None
    return jalali_label(parsed) if parsed else ""


async def _page(datasette, request, template: str, context: dict) -> Response:
    filters = {"jalali": _jalali, "tehran": tehran_time, "type_fa": charts.type_label}
    html = await datasette.render_template(template, {**context, **filters}, request=request)
    return Response.html(html)


def _range(request) -> tuple[str, str, list]:
    """The start and end dates asked for (either calendar) as Gregorian, and what is wrong with them."""
    start, end = (request.args.get(k, "").strip() for k in ("start", "end"))
    problems = range_problems(start, end, start_required=False)
    if problems:
        return "", "", problems
    return to_gregorian(start) or "", to_gregorian(end) or "", []


async def person(request, datasette):
    """/-/person/ID: names, offices, the meetings timeline, frequent counterparts, articles."""
    db, pid = _db(datasette), _int(request, "id")
    row = (await db.execute(queries.PERSON, {"id": pid})).first()
    if row is None:
        raise NotFound(f"no person {pid}")
    start, end, problems = _range(request)
    with_id = request.args.get("with", "").strip()
    args = {"id": pid, "start": start, "end": end, "with": with_id if with_id.isdigit() else ""}
    events = (await db.execute(queries.PERSON_EVENTS, args)).rows
    others = defaultdict(list)
    shown = json.dumps([e["id"] for e in events])
    for r in (await db.execute(queries.COUNTERPARTS, {"id": pid, "events": shown})).rows:
        others[r["event_id"]].append(r)
    return await _page(datasette, request, "rasad_person.html", {
        "database": db.name, "person": row, "aliases": json.loads(row["aliases"] or "[]"),
        "offices": (await db.execute(queries.OFFICES, {"id": pid})).rows,
        "events": events, "others": others, "problems": problems,
        "top": (await db.execute(queries.TOP_COUNTERPARTS, {"id": pid})).rows,
        "articles": (await db.execute(queries.PERSON_ARTICLES, {"events": shown})).rows,
        "filtered": bool(start or end or args["with"]),
    })


def _evidence(mention) -> tuple[str, str, str]:
    """(before, evidence, after): the evidence sentence with some of the article around it."""
    evidence, body = mention["evidence"] or "", mention["body"] or ""
    at = body.find(evidence) if evidence else -1
    if at < 0:
        return "", evidence, ""
    before = body[max(0, at - _CONTEXT):at]
    after = body[at + len(evidence):at + len(evidence) + _CONTEXT]
    return ("…" + before if at > _CONTEXT else before), evidence, after + ("…" if after else "")


async def meeting(request, datasette):
    """/-/meeting/ID: participants, type, CAMEO, date, place, reporting articles and evidence."""
    db, eid = _db(datasette), _int(request, "id")
    event = (await db.execute(queries.EVENT, {"id": eid})).first()
    if event is None:
        raise NotFound(f"no meeting {eid}")
    mentions = [dict(m) | {"parts": _evidence(m)} for m in (await db.execute(queries.MENTIONS, {"id": eid})).rows]
    return await _page(datasette, request, "rasad_meeting.html", {
        "database": db.name, "event": event, "cameo": CAMEO.get(event["cameo"] or ""),
        "participants": (await db.execute(queries.PARTICIPANTS, {"id": eid})).rows,
        "topics": json.loads(event["topics"] or "[]"), "mentions": mentions,
    })


async def persons(request, datasette):
    """/-/persons?q=…: people whose any spelling matches; ?name=… goes straight to the one so named."""
    db = _db(datasette)
    name = request.args.get("name", "").strip()
    q = request.args.get("q", "").strip() or name
    found = (await db.execute(queries.FIND_PERSONS, {"q": q})).rows if q else []
    if name:
        exact = [r for r in found if squash(r["name"]) == squash(name)]
        only = exact if len(exact) == 1 else found if len(found) == 1 else []
        if only:
            return Response.redirect(datasette.urls.path(f"/-/person/{only[0]['id']}"))
    return await _page(datasette, request, "rasad_persons.html", {"database": db.name, "q": q, "found": found})


async def _labels(db, by: str, edges) -> dict:
    if by == "country":
        return {n: n for a, b, _ in edges for n in (a, b)}
    ids = json.dumps(sorted({n for a, b, _ in edges for n in (a, b)}))
    return {r["id"]: r["name"] for r in (await db.execute(queries.PERSON_NAMES, {"ids": ids})).rows}


async def who_met_whom(request, datasette):
    """/-/network?by=person|country&start=&end=[&a=&b=]: the graph, and the meetings of one edge."""
    db = _db(datasette)
    by = "country" if request.args.get("by") == "country" else "person"
    start, end, problems = _range(request)
    sql = queries.COUNTRY_EDGES if by == "country" else queries.PERSON_EDGES
    edges = [tuple(r) for r in (await db.execute(sql, {"start": start, "end": end, "limit": 80})).rows]
    label = await _labels(db, by, edges)
    here = {"by": by, "start": request.args.get("start", ""), "end": request.args.get("end", "")}
    path = datasette.urls.path("/-/network")

    def edge_href(a, b):
        return f"{path}?{urlencode(here | {'a': a, 'b': b})}#edge"

    def node_href(n):
        if by == "person":
            return datasette.urls.path(f"/-/person/{n}")
        return datasette.urls.database(db.name) + "/country_meetings?" + urlencode({"country_a": n, "country_b": ""})

    a, b = request.args.get("a", ""), request.args.get("b", "")
    pair = []
    if a and b and (by == "country" or (a.isdigit() and b.isdigit())):
        side, other = ("x.country", "y.country") if by == "country" else ("x.person_id", "y.person_id")
        sql = queries.EDGE_EVENTS.format(side=side, other=other)
        params = {"start": start, "end": end, "by": by, "a": a if by == "country" else int(a),
                  "b": b if by == "country" else int(b)}
        pair = (await db.execute(sql, params)).rows
    return await _page(datasette, request, "rasad_network.html", {
        "database": db.name, "by": by, "here": here, "problems": problems,
        "svg": Markup(network.svg(edges, lambda n: label.get(n, str(n)), node_href, edge_href)),
        "pair": pair, "pair_names": (label.get(int(a) if by == "person" and a.isdigit() else a, a),
                                     label.get(int(b) if by == "person" and b.isdigit() else b, b)),
    })


ROUTES = [
    (r"^/-/person/(?P<id>\d+)$", person),
    (r"^/-/meeting/(?P<id>\d+)$", meeting),
    (r"^/-/persons$", persons),
    (r"^/-/network$", who_met_whom),
]
