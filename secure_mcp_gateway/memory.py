"""The C allocator's and the cyclic collector's settings for a long-running gateway: memory of large messages goes
back to the system, long-lived objects are not walked again and again."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import logging
import os
import platform
import sys
import threading
from collections.abc import Iterator
from typing import Any

log = logging.getLogger(__name__)

LARGE_BLOCK = 4 * 1024 * 1024
"""Blocks at least this large get their own mapping, returned to the system as soon as they are freed."""
KEEP_FREE = 8 * 1024 * 1024
"""Free memory at the top of the heap kept for reuse rather than returned (smaller blocks come and go often)."""
YOUNG_OBJECTS = 5000
"""Net new container objects between two collections of the youngest generation (Python's default is 700)."""
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3


def return_large_blocks() -> bool:
    """On glibc, fix the thresholds for mapping and trimming; whether they were set.

    glibc raises its mapping threshold each time a mapped block is freed, so after one large message the next ones
    come from the heap, which holds on to the memory they leave (a 10 MB result then costs several times its size
    in resident memory). Fixed thresholds keep each large message's memory its own. Settings given in the
    environment (`MALLOC_MMAP_THRESHOLD_`, `MALLOC_TRIM_THRESHOLD_`) are left as they are.
    """
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return False
    if "MALLOC_MMAP_THRESHOLD_" in os.environ or "MALLOC_TRIM_THRESHOLD_" in os.environ:
        return False
    try:
        libc = ctypes.CDLL(None)
        ok = libc.mallopt(_M_MMAP_THRESHOLD, LARGE_BLOCK) == 1 and libc.mallopt(_M_TRIM_THRESHOLD, KEEP_FREE) == 1
    except (OSError, AttributeError):
        return False
    if not ok:
        log.debug("the allocator's thresholds could not be set")
    return ok


def release_free() -> bool:
    """On glibc, give the free memory of every arena back to the system now (`malloc_trim`): after a large message,
    the pieces it was read in leave free memory behind that would otherwise stay resident; whether it was asked."""
    global _LIBC
    if _LIBC is None:
        _LIBC = False
        if sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc":
            with contextlib.suppress(OSError, AttributeError):
                _LIBC = ctypes.CDLL(None).malloc_trim
    if not _LIBC:
        return False
    _LIBC(0)
    return True


_LIBC: Any = None


def tune_collector() -> None:
    """Set Python's cyclic garbage collector up for a long-running server, once its modules are loaded.

    What is loaded so far (modules, rules, word lists: hundreds of thousands of objects that live as long as the
    process) is frozen, so a full collection no longer walks it; and the youngest generation is collected after
    `YOUNG_OBJECTS` net new objects rather than 700, so the lines queued for the audit writer between two batches
    are not promoted, generation by generation, into full collections. Under load (small calls, 20 in flight) the
    collector took about 15 us of CPU per call before and next to nothing after.
    """
    gc.freeze()
    young, middle, old = gc.get_threshold()
    if young:  # (0: the collector is off, and stays off)
        gc.set_threshold(max(young, YOUNG_OBJECTS), middle, old)


_PAUSE = threading.Lock()
_paused = 0
_resume = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Run bulk work without the cyclic collector's passes, which resume (if they were on) once the last such block
    on any thread ends.

    Merging a catalog of thousands of definitions (pins read, definitions encoded and named, the merged list built)
    makes tens of thousands of containers that live on, and each batch of them started a pass over the young objects
    and, as they piled up, over every object made since the start: a tenth of the instructions of merging 5,000
    definitions screened before. What the block leaves as garbage is collected by the first pass after it."""
    global _paused, _resume
    with _PAUSE:
        if not _paused:
            _resume = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _PAUSE:
            _paused -= 1
            if not _paused and _resume:
                gc.enable()
