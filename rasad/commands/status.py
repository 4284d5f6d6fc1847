"""`rasad status [--config PATH] [--json]`: per site, what the daemon did and will do next."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import click

from rasad.commands import config_option, load_or_exit
from rasad.daemon.status import human_duration, parse_time, site_status

STYLE = {"ok": "green", "failed": "red", "timed_out": "red", "interrupted": "yellow", "running": "cyan"}


def _when(iso: str | None, seconds: float | None, tz: ZoneInfo) -> str:
    """'22:10:03 (3m ago)' today, '11-28 22:10 (1d2h ago)' otherwise, in the configured zone."""
    moment = parse_time(iso)
    if moment is None:
        return iso or "-"
    local = moment.astimezone(tz)
    today = datetime.now(timezone.utc).astimezone(tz).date() == local.date()
    text = local.strftime("%H:%M:%S" if today else "%m-%d %H:%M")
    if seconds is not None:
        text += f" (in {human_duration(seconds)})" if seconds >= 0 else f" ({human_duration(-seconds)} ago)"
    return text


NARROW = 120  # columns below which each site is a block of lines instead of a table row


def _cells(row: dict, tz: ZoneInfo) -> dict[str, list[str]]:
    """The lines shown for one site (rich markup), by column."""
    last = row["last_run"] or {}
    if last:
        style = STYLE.get(last["status"], "dim")
        ago = row["last_run_seconds_ago"]
        run = [*_when(last["ended"] or last["started"], None if ago is None else -ago, tz).split(" ("),
               f"[{style}]{last['status']}[/] · {last['new_articles'] or 0} new"]
        run[1:-1] = [f"({part}" for part in run[1:-1]]
    else:
        run = ["[dim]never run[/dim]"]
    if row["running_since"]:
        run.append("[cyan]running now[/cyan]")
    nxt = _when(row["next_run"], row["next_run_in_seconds"], tz).split(" (")
    interval = [human_duration(row["effective_interval_seconds"] or row["interval_seconds"]) or row["schedule"]]
    if row["effective_interval_seconds"] and row["effective_interval_seconds"] != row["interval_seconds"]:
        interval.append(f"(base {human_duration(row['interval_seconds'])})")
    error = (row["last_error"] or "").strip()
    errors = [error.splitlines()[-1][:200]] if error else []
    if row["last_page_error"]:
        page = row["last_page_error"]
        errors.append(f"{page['url']}: {page['reason'][:200]}")
    return {
        "site": [row["site"]] if row["enabled"] else [f"[dim]{row['site']}[/dim]", "[dim](disabled)[/dim]"],
        "last run": run,
        "next run": nxt[:1] + [f"({part}" for part in nxt[1:]],
        "interval": interval,
        "fails": [f"[red]{row['failing_streak']}[/red]" if row["failing_streak"] else "0"],
        "last error": errors,
    }


def _table(cells: list[dict[str, list[str]]], title: str):
    """One row per site (wide terminals)."""
    from rich import box
    from rich.table import Table

    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("site", no_wrap=True)
    table.add_column("last run", min_width=16)
    table.add_column("next run", min_width=16)
    table.add_column("interval", min_width=8)
    table.add_column("fails", justify="right")
    table.add_column("last error", overflow="fold", ratio=1)
    for c in cells:
        table.add_row(*("\n".join(lines) for lines in c.values()))
    return table


def _blocks(cells: list[dict[str, list[str]]], title: str):
    """One block per site, a line per field (narrow terminals), so nothing is squeezed."""
    from rich.console import Group
    from rich.table import Table

    parts = [f"[bold]{title}[/bold]"]
    for c in cells:
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="dim", no_wrap=True)
        grid.add_column(overflow="fold")
        for label in ("last run", "next run", "interval", "fails", "last error"):
            if c[label] and c[label] != ["0"]:
                grid.add_row(label, ("\n" if label == "last error" else " ").join(c[label]))
        parts += ["", f"[bold]{' '.join(c['site'])}[/bold]", grid]
    return Group(*parts)


@click.command("status")
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON instead of a table.")
def status(config_path: Path, as_json: bool) -> None:
    """Show each site's last run, next run, current interval, failing streak and last error
    (a table on a wide terminal, one block per site on a narrow one)."""
    config = load_or_exit(config_path)
    rows = site_status(config)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return

    from rich.console import Console

    tz = ZoneInfo(config.settings.timezone)
    console = Console()
    title = f"rasad status · {config.database} · times in {tz.key}"
    cells = [_cells(row, tz) for row in rows]
    console.print(_table(cells, title) if console.width >= NARROW else _blocks(cells, title))
