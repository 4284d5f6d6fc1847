"""`rasad extract --input ARTICLES.jsonl [--output EVENTS.jsonl]`: meeting events, one line per article."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path

import click


@click.command("extract")
@click.option("--input", "input_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help='JSON lines: {"id", "url", "title", "published", "text"}.')
@click.option("--output", "output_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write {\"id\", \"events\"} lines (default: standard output).")
def extract(input_path: Path, output_path: Path | None) -> None:
    """Extract meeting events from every article of INPUT, in the format of ../shared/eval/*_gold.jsonl.

    A line that cannot be read or extracted is reported on stderr and the rest processed; the exit
    status is then 1."""
    from pipeline.events import extract_events

    lines = input_path.read_text(encoding="utf-8", errors="replace").splitlines()
    bad = 0
    out = output_path.open("w", encoding="utf-8") if output_path else nullcontext(sys.stdout)
    with out as sink, _progress(len(lines), enabled=output_path is not None) as advance:
        for n, line in enumerate(lines, 1):
            advance()
            if not line.strip():
                continue
            try:
                article = _article(line)
            except ValueError as exc:
                bad += 1
                click.echo(f"error: {input_path}:{n}: {exc}", err=True)
                continue
            try:
                events = extract_events(article["text"], article["title"], article["published"])
            except Exception as exc:  # one broken article never stops the rest
                bad += 1
                click.echo(f"error: {input_path}:{n}: id {article['id']}: extraction failed: {exc!r}", err=True)
                events = []
            sink.write(json.dumps({"id": article["id"], "events": events}, ensure_ascii=False) + "\n")
    if bad:
        click.echo(f"{input_path}: {bad} line(s) with errors, the rest processed", err=True)
        sys.exit(1)


def _article(line: str) -> dict:
    """The fields of one input line, or ValueError naming what is wrong."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    if obj.get("id") is None:
        raise ValueError('no "id"')
    text = obj.get("text")
    if text is not None and not isinstance(text, str):
        raise ValueError('"text" is not a string')
    title = obj.get("title")
    published = obj.get("published")
    return {
        "id": obj["id"],
        "text": text or "",
        "title": title if isinstance(title, str) else None,
        "published": published if isinstance(published, str) else None,
    }


class _progress:
    """A rich progress bar on stderr when `enabled`; yields a function that advances it by one."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled, self.bar = total, enabled, None

    def __enter__(self):
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(console=Console(stderr=True), transient=False)
        self.bar.start()
        task = self.bar.add_task("extracting", total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc):
        if self.bar:
            self.bar.stop()
        return False
