"""One test over many cases: every case is checked, and a failure names each case that failed and why.

A case costs the run no test item of its own (pytest's bookkeeping for an item outweighs most detector checks):
`@every("text", [...])` takes `pytest.mark.parametrize`'s arguments and makes the test one that runs every case."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import pytest

T = TypeVar("T")


def check_every(cases: Sequence[T], check: Callable[[T], object], label: Callable[[T], str]) -> None:
    """Runs `check` on every case (none stops the others) and fails with the label and error of each that failed; a
    case that skips itself (`pytest.skip`) is left out, and the test skips only when every case did."""
    assert cases, "no cases to check"
    failed, skipped = [], []
    for case in cases:
        try:
            check(case)
        except pytest.skip.Exception as skip:
            skipped.append(f"{label(case)}: {skip}")
        except Exception as error:  # an assertion, or the code under test failing on the case: the case's failure
            failed.append(f"{label(case)}: {type(error).__name__}: {error}")
    assert not failed, f"{len(failed)} of {len(cases)} cases failed:\n" + "\n\n".join(failed)
    if len(skipped) == len(cases):
        pytest.skip("every case skipped: " + "; ".join(skipped))


def _label(case: Any) -> str:
    """A case's name where the test gives none (as pytest would name it, cut short)."""
    parts = case if isinstance(case, tuple) else (case,)
    return "-".join(p if isinstance(p, str) else repr(p) for p in parts)[:80]


def every(
    names: str | Sequence[str],
    cases: Iterable[Any],
    ids: Callable[[Any], Any] | Sequence[str] | None = None,
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """`pytest.mark.parametrize(names, cases, ids=...)` as one test that runs the decorated test on every case; the
    test keeps the fixtures it asks for besides `names` (made once, for every case)."""
    names = [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)
    cases = list(cases)
    if ids is None:
        labels = [_label(c) for c in cases]
    elif callable(ids):
        labels = [str(ids(c)) if len(names) == 1 else "-".join(str(ids(v)) for v in c) for c in cases]
    else:
        labels = [str(i) for i in ids]
    numbered = list(zip(labels, cases, strict=True))

    def wrap(test: Callable[..., None]) -> Callable[..., None]:
        def run(**fixtures: Any) -> None:
            def one(case: tuple[str, Any]) -> None:
                values = case[1] if len(names) > 1 else (case[1],)
                test(**fixtures, **dict(zip(names, values, strict=True)))

            check_every(numbered, one, lambda case: case[0])

        signature = inspect.signature(test)
        run.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=[p for p in signature.parameters.values() if p.name not in names]
        )
        run.__name__, run.__qualname__, run.__doc__ = test.__name__, test.__qualname__, test.__doc__
        run.__module__ = test.__module__
        run.pytestmark = getattr(test, "pytestmark", [])  # type: ignore[attr-defined]
        return run

    return wrap
