"""What the test run prepares once for every process it starts (see conftest.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import secure_mcp_gateway

PACKAGE = Path(secure_mcp_gateway.__file__).resolve().parent


def _current(source: Path) -> bool:
    """Whether Python would load `source`'s bytecode file instead of compiling the source again."""
    cached = Path(importlib.util.cache_from_source(str(source)))
    try:
        head = cached.read_bytes()[:16]
    except OSError:
        return False
    if head[:4] != importlib.util.MAGIC_NUMBER:
        return False
    flags = int.from_bytes(head[4:8], "little")
    if flags & 1:  # checked against a hash of the source
        return head[8:16] == importlib.util.source_hash(source.read_bytes())
    info = source.stat()
    mtime, size = int.from_bytes(head[8:12], "little"), int.from_bytes(head[12:16], "little")
    return mtime == int(info.st_mtime) & 0xFFFFFFFF and size == info.st_size & 0xFFFFFFFF


def test_every_module_of_the_package_has_current_bytecode_before_a_gateway_starts() -> None:
    """Even where PYTHONDONTWRITEBYTECODE is set, a gateway started by a test loads bytecode, not sources."""
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 50
    assert [str(p.relative_to(PACKAGE)) for p in sources if not _current(p)] == []


def test_this_module_s_rewritten_code_is_kept_for_the_next_run() -> None:
    """Pytest writes the test modules' rewritten code even where PYTHONDONTWRITEBYTECODE is set."""
    here = Path(__file__)
    kept = [p.name for p in (here.parent / "__pycache__").glob(f"{here.stem}.*-pytest-*.pyc")]
    assert kept, "the rewritten test module was not kept"
