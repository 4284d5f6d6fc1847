"""`rasad demo`: a bundled Persian sample news site (two fictional agencies), the page renderer,
a synthetic site generator for benchmarks, and the runner that crawls them into a fresh database."""
