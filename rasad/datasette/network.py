"""Who met whom, drawn on the server as SVG (no JavaScript, nothing loaded from elsewhere):
nodes on a circle, the busiest first, each edge a link to the meetings it counts."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable

from markupsafe import escape


def _positions(nodes: list, size: int) -> dict:
    """Each node's (x, y) on a circle, the first at the top, going clockwise."""
    r, c = size / 2 - 130, size / 2
    step = 2 * math.pi / max(len(nodes), 1)
    return {n: (c + r * math.sin(i * step), c - r * math.cos(i * step)) for i, n in enumerate(nodes)}


def _edge(p: tuple, q: tuple, n: int, widest: int, tip: str, href: str) -> str:
    width = 1 + 7 * n / widest
    return (f'<a class="edge" href="{escape(href)}"><title>{escape(tip)}</title>'
            f'<line x1="{p[0]:.1f}" y1="{p[1]:.1f}" x2="{q[0]:.1f}" y2="{q[1]:.1f}" '
            f'stroke="#2b6a99" stroke-opacity="0.55" stroke-width="{width:.1f}"/></a>')


def _node(xy: tuple, label: str, degree: int, href: str, size: int) -> str:
    anchor = "start" if xy[0] > size / 2 + 1 else "end" if xy[0] < size / 2 - 1 else "middle"
    dx = 9 if anchor == "start" else -9 if anchor == "end" else 0
    return (f'<a class="node" href="{escape(href)}"><title>{escape(label)}: {degree}</title>'
            f'<circle cx="{xy[0]:.1f}" cy="{xy[1]:.1f}" r="{4 + min(degree, 20) / 2:.1f}" fill="#c0392b"/>'
            f'<text x="{xy[0] + dx:.1f}" y="{xy[1] + 4:.1f}" text-anchor="{anchor}" font-size="12" '
            f'direction="rtl" unicode-bidi="embed">{escape(label)}</text></a>')


def svg(edges: list[tuple], label: Callable, node_href: Callable, edge_href: Callable,
        size: int = 760) -> str:
    """An SVG of *edges* (a, b, count); *label*, *node_href* and *edge_href* name and link them."""
    if not edges:
        return ""
    degree = Counter()
    for a, b, n in edges:
        degree[a] += n
        degree[b] += n
    at = _positions([node for node, _ in degree.most_common()], size)
    widest = max(n for _, _, n in edges)
    body = [_edge(at[a], at[b], n, widest, f"{label(a)} — {label(b)}: {n}", edge_href(a, b))
            for a, b, n in edges]
    body += [_node(at[node], label(node), d, node_href(node), size) for node, d in degree.items()]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="rasad-network" viewBox="0 0 {size} {size}" '
            f'width="{size}" height="{size}" role="img" aria-label="who met whom">' + "".join(body) + "</svg>")
