"""Benchmark of the dashboard on a national-size store: `python -m benchmarks.run`."""
