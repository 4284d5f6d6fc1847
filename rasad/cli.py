"""The `rasad` command line. Each command lives in its own module under rasad/commands/ and
is imported only when invoked, so `rasad check-config` does not pay for Scrapy or hazm."""

from __future__ import annotations

import importlib

import click

# command name -> "module:attribute" of a click.Command
COMMANDS = {
    "check-config": "rasad.commands.check_config:check_config",
    "crawl": "rasad.commands.crawl:crawl",
    "demo": "rasad.commands.demo:demo",
    "extract": "rasad.commands.extract:extract",
    "reprocess": "rasad.commands.reprocess:reprocess",
    "dedupe": "rasad.commands.dedupe:dedupe",
    "run": "rasad.commands.run:run",
    "status": "rasad.commands.status:status",
    "serve": "rasad.commands.serve:serve",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup)
@click.version_option(package_name="rasad")
def cli() -> None:
    """rasad (رصد): monitor Persian news sites and the meetings they report."""
