"""Scrapy settings built from rasad's typed config (politeness, limits, pipelines).

The item pipeline is named here, not imported: it reads the database path and rasad's settings
from RASAD_DATABASE and RASAD_SETTINGS."""

from __future__ import annotations

from rasad.config import Config

ITEM_PIPELINES = {"pipeline.pipelines.ArticlePipeline": 300}

DOWNLOADER_MIDDLEWARES = {
    # Above RedirectMiddleware (600) so it sees a 3xx first: loops and known targets stop here.
    "crawler.middlewares.RedirectGuardMiddleware": 650,
}


def build_settings(config: Config, log_level: str = "WARNING") -> dict:
    """The Scrapy settings dict for one crawl process."""
    s = config.settings
    return {
        "BOT_NAME": "rasad",
        "USER_AGENT": s.user_agent,
        "ROBOTSTXT_OBEY": s.obey_robots,
        "DOWNLOAD_DELAY": s.download_delay,
        "CONCURRENT_REQUESTS": s.concurrent_requests,
        "CONCURRENT_REQUESTS_PER_DOMAIN": s.concurrency_per_domain,
        "DOWNLOAD_TIMEOUT": s.download_timeout.total_seconds(),
        "DOWNLOAD_MAXSIZE": s.max_response_size,
        "DOWNLOAD_WARNSIZE": 0,
        "RETRY_TIMES": s.retries,
        "REDIRECT_MAX_TIMES": s.redirect_max_times,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "HTTPCACHE_ENABLED": False,
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "ITEM_PIPELINES": ITEM_PIPELINES,
        "RASAD_DATABASE": str(config.database),
        "RASAD_SETTINGS": s,
        "DOWNLOADER_MIDDLEWARES": DOWNLOADER_MIDDLEWARES,
        "LOG_LEVEL": log_level,
        "LOG_INSTALL_ROOT_HANDLER": False,  # crawler.logs installs the terminal and file handlers
        "STATS_DUMP": False,
        "LOGSTATS_INTERVAL": 0,
    }
