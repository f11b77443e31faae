"""Common Crawl -> curated documents -> token shards. The run lives in `pipeline.run`."""
