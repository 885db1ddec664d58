"""Benchmarks: run each from the repository root as ``python -m bench.<name>`` (docs/performance.md)."""
