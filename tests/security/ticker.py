"""A monotonic clock in seconds that moves only when a test says so (the limiter's injectable time)."""

from __future__ import annotations


class Ticker:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
