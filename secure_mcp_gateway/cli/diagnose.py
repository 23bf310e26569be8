"""The root cause of a failed server start, in one line: the innermost exception, the last meaningful stderr."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

_NOISE = re.compile(
    r"^\s*$|^npm (notice|warn|WARN|http|info)\b|^npm ERR! (A complete log|Log files were not)|"
    r"^\s*(at |File \"|Traceback \(most recent call last\))|^\s*\^+\s*$|^-{3,}$|^\s*\|"
)
_NPM_ERR = re.compile(r"^npm ERR!\s*(code\s+)?")
_MAX = 240


def innermost(exc: BaseException) -> BaseException:
    """The exception at the bottom: through exception groups (first member), causes and contexts."""
    seen: set[int] = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        members = getattr(exc, "exceptions", None)
        if isinstance(members, (list, tuple)) and members:
            exc = members[0]
        elif exc.__cause__ is not None:
            exc = exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            exc = exc.__context__
        else:
            break
    return exc


def describe_exception(exc: BaseException) -> str:
    """`innermost(exc)` as one line: its message, or its type when it has none."""
    inner = innermost(exc)
    text = str(inner).strip().splitlines()[0] if str(inner).strip() else type(inner).__name__
    return text[:_MAX]


def meaningful(lines: Iterable[str], keep: int = 2) -> str:
    """The last `keep` stderr lines worth reading (npm notices, blank lines and stack frames dropped), joined."""
    picked = []
    for line in lines:
        for part in line.split(" | "):
            part = part.strip()
            if part and not _NOISE.search(part):
                picked.append(_NPM_ERR.sub("npm: ", part))
    text = " | ".join(picked[-keep:])
    return text[:_MAX]


def root_cause(detail: str, records: list[logging.LogRecord], stderr: list[str]) -> str:
    """One line naming why a server failed, from its supervisor's detail, its log records and its stderr."""
    for record in reversed(records):
        if record.exc_info and record.exc_info[1] is not None:
            return describe_exception(record.exc_info[1])
    detail = detail.strip()
    head, sep, tail = detail.partition(": ")
    exited = re.search(r"exited( with code -?\d+)?", head if sep else detail)
    if exited is None:  # a server still running: what it said last is context, not why it exited
        said = meaningful(stderr)
        return (f"{detail}; its stderr: {said}" if said else detail)[:_MAX] or "unknown"
    why = meaningful(stderr) or (meaningful([tail]) if sep else "")
    if why:
        return f"{exited.group()}: {why}"
    return detail[:_MAX]
