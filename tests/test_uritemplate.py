"""Matching URIs against a server's URI templates (routing of `resources/read`)."""

from __future__ import annotations

import gc
import re
import tracemalloc

from secure_mcp_gateway import uritemplate
from secure_mcp_gateway.uritemplate import matches


def test_expressions_match_what_they_expand_to() -> None:
    assert matches("file:///{path}", "file:///notes.txt")
    assert not matches("file:///{path}", "file:///docs/notes.txt")
    assert matches("file:///{+path}", "file:///docs/notes.txt")
    assert matches("db://{table}/rows{?limit,offset}", "db://orders/rows?limit=5")
    assert not matches("db://{table}/rows", "db://orders/rows/7")


def test_a_long_template_gets_the_answers_of_its_full_expression() -> None:
    pad = "archive/" * 200
    templates = [
        f"notes://{pad}{{id}}",
        f"notes://{pad}{{+path}}/raw",
        f"{{scheme}}://{pad}{{id}}{{?v}}",
        f"notes://{pad}{{id}}/{pad}{{#part}}",
        f"notes://{pad}fixed",
    ]
    uris = [
        f"notes://{pad}7",
        f"notes://{pad}a/b/raw",
        f"notes://{pad}a/b/raw/x",
        f"db://{pad}7?v=2",
        f"notes://{pad}7/{pad}#intro",
        f"notes://{pad}7/{pad}",
        f"notes://{pad}fixed",
        f"notes://{pad}",
        "notes://7",
        f"notes://{pad}{pad}7",
    ]
    for t in templates:
        assert len(t) > uritemplate._KEPT_LENGTH
        whole = re.compile(uritemplate._source(t), re.DOTALL)
        for u in uris:
            assert matches(t, u) == (whole.match(u) is not None), (t[:40], u[:40])


def test_long_templates_matched_are_not_kept() -> None:
    matches("warm://{x}", "warm://up")
    gc.collect()
    tracemalloc.start()
    try:
        for n in range(4):
            template = f"notes://{n}/" + "quarterly-figures-follow/" * 80 + "{page}"  # ~2 KB
            assert matches(template, template.replace("{page}", "7"))
        del template
        gc.collect()
        kept, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert kept < 20_000  # not the templates and their expressions (~150 KB)
