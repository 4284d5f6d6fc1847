"""Article processing: normalisation, dates, meeting events, dedup and storage.

Pure functions live in their own modules (normalize, jalali, events, dedup); the Scrapy item
pipelines in pipeline.pipelines are thin wrappers around them.
"""
