"""A module-level name bound twice must be read in between: a second binding otherwise replaces the first unseen."""

from __future__ import annotations

import ast
from pathlib import Path

from every_case import check_every

PACKAGE = Path(__file__).resolve().parent.parent / "secure_mcp_gateway"


def _bound(node: ast.stmt) -> list[str]:
    """The names a top-level statement binds."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
        return [node.target.id]
    return []


def _read_at_import(node: ast.AST) -> set[str]:
    """The names a top-level statement reads while the module is imported (not inside function bodies)."""
    found: set[str] = set()
    stack = [node]
    while stack:
        here = stack.pop()
        if isinstance(here, ast.Name) and isinstance(here.ctx, ast.Load):
            found.add(here.id)
        if isinstance(here, (ast.FunctionDef, ast.AsyncFunctionDef)):
            stack.extend(here.decorator_list)
            stack.extend(here.args.defaults)
            stack.extend(d for d in here.args.kw_defaults if d is not None)
            continue
        if isinstance(here, ast.Lambda):
            stack.extend(here.args.defaults)
            continue
        stack.extend(ast.iter_child_nodes(here))
    return found


def shadowed(source: str) -> list[tuple[str, int, int]]:
    """Names bound twice at module level with no read at import time in between: (name, first line, second line)."""
    first: dict[str, int] = {}
    read: set[str] = set()
    out = []
    for node in ast.parse(source).body:
        reads = _read_at_import(node)
        for name in _bound(node):
            if name in first and name not in read and name not in reads:
                out.append((name, first[name], node.lineno))
            first[name] = node.lineno
            read.discard(name)
        read |= reads
    return out


def _not_rebound(path: Path) -> None:
    assert shadowed(path.read_text(encoding="utf-8")) == []


def test_no_module_name_is_silently_rebound() -> None:
    check_every(sorted(PACKAGE.rglob("*.py")), _not_rebound, lambda p: str(p.relative_to(PACKAGE)))


def test_the_check_sees_a_rebinding_and_allows_a_built_up_one() -> None:
    source = "A = {'x'}\n\ndef f(w):\n    return w in A\n\nA = '(?:x|y)'\nB = 1\nC = B + 1\nB = C\nD = 1\nD = D + 1\n"
    assert shadowed(source) == [("A", 1, 6)]
