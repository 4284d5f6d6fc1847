"""The `rasad` command line. Each command lives in its own module under rasad/commands/ and
is imported only when invoked, so `rasad check-config` does not pay for Scrapy or hazm."""

from __future__ import annotations

import importlib

import click

# command name -> ("module:attribute" of a click.Command, short help for `rasad --help`).
# The short help is kept here so listing commands imports none of them.
COMMANDS = {
    "backfill": ("rasad.commands.backfill:backfill", "Fetch sites' dated archives, newest day first; resumable."),
    "check-config": ("rasad.commands.check_config:check_config", "Validate a config file and list every problem in it."),
    "crawl": ("rasad.commands.crawl:crawl", "Crawl sites once now."),
    "demo": ("rasad.commands.demo:demo", "Crawl two bundled sample sites offline and show the result."),
    "extract": ("rasad.commands.extract:extract", "Extract meeting events from a JSONL file of articles."),
    "reprocess": ("rasad.commands.reprocess:reprocess", "Re-extract every stored article from its stored HTML."),
    "registry": ("rasad.commands.registry:registry", "Show who held which office, when (seed and learned)."),
    "dedupe": ("rasad.commands.dedupe:dedupe", "Show or rebuild duplicate links."),
    "run": ("rasad.commands.run:run", "Run the daemon: crawl every enabled site on its schedule."),
    "status": ("rasad.commands.status:status", "Show each site's last run, next run, interval and failures."),
    "serve": ("rasad.commands.serve:serve", "Browse the database in Datasette."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attr = COMMANDS[name][0].split(":")
        return getattr(importlib.import_module(module), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List commands from the registry, without importing them."""
        with formatter.section("Commands"):
            formatter.write_dl([(name, COMMANDS[name][1]) for name in self.list_commands(ctx)])


@click.group(cls=LazyGroup)
@click.version_option(package_name="rasad")
def cli() -> None:
    """rasad (رصد): monitor Persian news sites and the meetings they report."""
