"""One test over many corpus cases: every case is checked, and a failure names each case that failed and why."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def check_every(cases: Sequence[T], check: Callable[[T], object], label: Callable[[T], str]) -> None:
    """Runs `check` on every case (none stops the others) and fails with the label and error of each that failed."""
    assert cases, "no cases to check"
    failed = []
    for case in cases:
        try:
            check(case)
        except Exception as error:  # an assertion, or the detector failing on the case: both are the case's failure
            failed.append(f"{label(case)}: {type(error).__name__}: {error}")
    assert not failed, f"{len(failed)} of {len(cases)} cases failed:\n" + "\n\n".join(failed)
