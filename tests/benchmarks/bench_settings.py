"""Production settings plus the bare views of the benchmark (``make bench`` only, never deployed)."""

from vendorscore.settings import *  # noqa: F403

ROOT_URLCONF = "tests.benchmarks.bench_urls"
