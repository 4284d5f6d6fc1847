"""Small server-side SVG charts for the dashboard (pure; no JavaScript, nothing from a CDN).

Every mark is a ``<rect class="mark">`` with a ``<title>`` tooltip; all text is escaped.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, timedelta
from html import escape
from typing import Callable

from rasad.datasette.dates import jalali_label

TYPE_LABELS = {"meeting": "دیدار", "phone_call": "تماس تلفنی", "video_call": "تماس تصویری"}
TYPE_COLORS = {"meeting": "#2b6a99", "phone_call": "#d9822b", "video_call": "#3d9a5f"}
_OTHER_COLOR = "#8a8f98"
_FONT = "Vazirmatn, 'Noto Sans Arabic', 'Noto Naskh Arabic', Tahoma, sans-serif"


def type_label(kind: str | None) -> str:
    return TYPE_LABELS.get(kind or "", kind or "؟")


def _color(kind: str) -> str:
    return TYPE_COLORS.get(kind, _OTHER_COLOR)


def _nice_max(value: int) -> tuple[int, int]:
    """An axis maximum >= value and a tick step, both round numbers."""
    if value <= 5:
        return max(value, 1), 1
    raw = value / 5
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    return int(math.ceil(value / step) * step), int(step)


def _ordered_types(rows: list[tuple]) -> list[str]:
    known = [t for t in TYPE_COLORS if any(r[1] == t for r in rows)]
    return known + sorted({r[1] for r in rows} - set(known), key=str)


def _legend(types: list[str], width: int) -> list[str]:
    out, x = [], width - 10
    for kind in types:
        label = escape(type_label(kind))
        out.append(f'<rect x="{x - 12}" y="8" width="12" height="12" fill="{_color(kind)}"/>')
        out.append(f'<text x="{x - 18}" y="18" text-anchor="end" font-size="12">{label}</text>')
        x -= 30 + 8 * len(type_label(kind))
    return out


def _mark(x: float, y: float, w: float, h: float, color: str, tip: str, href: str | None) -> str:
    rect = (f'<rect class="mark" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" '
            f'fill="{color}"><title>{escape(tip)}</title></rect>')
    return f'<a href="{escape(href)}">{rect}</a>' if href else rect


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="rasad-chart" role="img" '
        f'viewBox="0 0 {width} {height}" width="100%" font-family="{escape(_FONT)}" '
        f'aria-label="{escape(title)}">' + "".join(body) + "</svg>"
    )


def weekly_timeline(rows: list[tuple[str, str, int]], *, width: int = 900, height: int = 280,
                    href: Callable[[date, str], str] | None = None) -> str:
    """Stacked bars of events per week: rows are (week start 'YYYY-MM-DD', type, count).

    Weeks start on Saturday, as the Iranian week does; weeks without events are drawn empty.
    *href(week, type)* makes each bar a link (to the events it counts).
    """
    if not rows:
        return ""
    counts: dict[date, dict[str, int]] = defaultdict(dict)
    for week, kind, n in rows:
        counts[date.fromisoformat(week)][kind] = counts[date.fromisoformat(week)].get(kind, 0) + n
    first, last = min(counts), max(counts)
    weeks = [first + timedelta(days=7 * i) for i in range((last - first).days // 7 + 1)]
    types = _ordered_types(rows)
    top, axis_max_count = 34, max(sum(c.values()) for c in counts.values())
    axis_max, step = _nice_max(axis_max_count)
    left, right, bottom = 36, 10, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    slot = plot_w / len(weeks)
    bar_w = max(1.0, slot * 0.8)
    body = _legend(types, width)
    for tick in range(0, axis_max + 1, step):
        y = top + plot_h - tick / axis_max * plot_h
        body.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e6ea"/>')
        body.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">{tick}</text>')
    label_every = max(1, math.ceil(len(weeks) / 10))
    for i, week in enumerate(weeks):
        x = left + i * slot + (slot - bar_w) / 2
        y = top + plot_h
        for kind in types:
            n = counts.get(week, {}).get(kind, 0)
            if not n:
                continue
            h = n / axis_max * plot_h
            y -= h
            tip = f"{jalali_label(week)} ({week.isoformat()}): {n} {type_label(kind)}"
            body.append(_mark(x, y, bar_w, h, _color(kind), tip, href and href(week, kind)))
        if i % label_every == 0:
            cx = left + i * slot + slot / 2
            body.append(
                f'<text x="{cx:.1f}" y="{top + plot_h + 16}" text-anchor="middle" font-size="11" direction="rtl" unicode-bidi="embed">'
                f"{escape(jalali_label(week))}</text>"
                f'<text x="{cx:.1f}" y="{top + plot_h + 30}" text-anchor="middle" font-size="10" '
                f'fill="#777">{week.isoformat()}</text>'
            )
    return _svg(width, height, "رویدادها در هر هفته", body)


def type_by_country(rows: list[tuple[str, str, int]], *, width: int = 900, limit: int = 15,
                    href: Callable[[str, str], str] | None = None) -> str:
    """Horizontal stacked bars, one per country, split by event type: rows are (country, type, count).

    Bars grow from the right, where the Persian country names stand. *href(country, type)* makes
    each segment a link.
    """
    if not rows:
        return ""
    totals: dict[str, dict[str, int]] = defaultdict(dict)
    for country, kind, n in rows:
        totals[country][kind] = totals[country].get(kind, 0) + n
    countries = sorted(totals, key=lambda c: (-sum(totals[c].values()), c))[:limit]
    types = _ordered_types(rows)
    top, row_h, label_w, left = 34, 26, 150, 40
    height = top + row_h * len(countries) + 24
    axis_max, step = _nice_max(max(sum(totals[c].values()) for c in countries))
    plot_w = width - label_w - left
    x0 = width - label_w
    body = _legend(types, width)
    for tick in range(0, axis_max + 1, step):
        x = x0 - tick / axis_max * plot_w
        body.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top}" y2="{height - 20}" stroke="#e3e6ea"/>')
        body.append(f'<text x="{x:.1f}" y="{height - 6}" text-anchor="middle" font-size="11">{tick}</text>')
    for i, country in enumerate(countries):
        y = top + i * row_h + 4
        body.append(
            f'<text x="{width - 8}" y="{y + 14}" text-anchor="end" font-size="13">{escape(country)}</text>'
        )
        x = x0
        for kind in types:
            n = totals[country].get(kind, 0)
            if not n:
                continue
            w = n / axis_max * plot_w
            x -= w
            tip = f"{country}: {n} {type_label(kind)}"
            body.append(_mark(x, y, w, row_h - 8, _color(kind), tip, href and href(country, kind)))
        body.append(
            f'<text x="{x - 6:.1f}" y="{y + 14}" text-anchor="end" font-size="11" fill="#555">'
            f"{sum(totals[country].values())}</text>"
        )
    return _svg(width, height, "رویدادها به تفکیک نوع و کشور", body)
