"""`rasad registry`: who held which office, when (seed holders and holders learned from articles)."""

from __future__ import annotations

import json
import sys

import click

from rasad.commands import config_option, load_or_exit

_SQL = ("SELECT office_key, country, name, coalesce(start, first_seen) AS since, coalesce(end, last_seen) AS until,"
        " source, n_articles, provenance FROM office_holders"
        " WHERE (:office IS NULL OR office_key LIKE '%' || :office || '%' OR title LIKE '%' || :office || '%')"
        " AND (:country IS NULL OR country = :country) ORDER BY office_key, since, name")


@click.command()
@click.option("--office", help="Only offices whose key or title contains this (e.g. «وزیر خارج»).")
@click.option("--country", help="Only this country's offices (e.g. عمان).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--check-seed", is_flag=True, help="Check the seed file; one line per problem, exit 2 if any.")
@config_option
def registry(office, country, as_json, check_seed, config_path):
    """Print the registry of office holders, filterable by office or country."""
    if check_seed:
        _check_seed()
    from pipeline.registry.store import sync_seed
    from pipeline.rows import DictRows
    from rasad.schema import open_db

    db = open_db(load_or_exit(config_path).database)
    with db.atomic():
        sync_seed(DictRows(db.conn))
    args = {"office": _words(office), "country": country}
    rows = [dict(zip(("office", "country", "name", "from", "to", "source", "articles", "provenance"), r))
            for r in db.execute(_SQL, args).fetchall()]
    for r in rows:
        click.echo(json.dumps(r, ensure_ascii=False) if as_json else
                   f"{r['office']}\t{r['name']}\t{r['from'] or '?'} – {r['to'] or ''}\t{r['source']}"
                   f"\t{r['provenance']}" + (f" ({r['articles']} articles)" if r["articles"] else ""))


def _words(office: str | None) -> str | None:
    """The office words of what was typed, as keys hold them («وزیر امور خارجه» -> «وزیر خارج»)."""
    from pipeline.registry.offices import office_of
    from rasad.persian import span_fold

    if not office:
        return None
    found = office_of(office, "?")
    return found.key.split(" / ")[0] if found else span_fold(office).strip()[:4]


def _check_seed() -> None:
    from pipeline.registry.seed import SEED, read_seed

    rows, problems = read_seed(SEED)
    for p in problems:
        click.echo(p, err=True)
    click.echo(f"{SEED}: {len(rows)} holders, {len(problems)} problems")
    sys.exit(2 if problems else 0)
