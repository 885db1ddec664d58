"""Loaded only by .ci/run's second run (PYTHONPATH=.ci/faketime), the one under libfaketime.

libfaketime 0.9.10 (Debian 12) with FAKETIME_DONT_FAKE_MONOTONIC=1 breaks ``clock_nanosleep(CLOCK_MONOTONIC,
TIMER_ABSTIME)``, which Python 3.11's ``time.sleep`` uses: every sleep fails with EINVAL (wolfcw/libfaketime#426,
also ``subprocess.Popen.wait`` with a timeout). Sleeping through ``select()``, whose timeout is relative, keeps
the real monotonic clock's behaviour. Nothing else is changed: the wall clock stays moved.
"""

from __future__ import annotations

import select
import time


def _sleep(seconds: float) -> None:
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        select.select([], [], [], left)


time.sleep = _sleep
