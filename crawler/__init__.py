"""Scrapy side of rasad: one generic spider driven by each site's config."""
