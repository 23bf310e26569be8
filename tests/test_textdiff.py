"""The unified diff `install --dry-run` prints: the same as difflib's where it is cheap, cheap where difflib is not."""

from __future__ import annotations

import difflib
import json
import re

import pytest

from secure_mcp_gateway.cli import textdiff


def apply(before: list[str], diff: list[str]) -> list[str]:
    """`before` with the hunks of a unified diff applied (each hunk's old lines checked)."""
    out: list[str] = []
    at = 0
    for line in diff[2:]:
        head = re.match(r"@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@", line)
        if head:
            start = int(head[1]) - (0 if head[2] == "0" else 1)
            out.extend(before[at:start])
            at = start
        elif line[0] in " -":
            assert before[at] == line[1:], (at, line)
            at += 1
            if line[0] == " ":
                out.append(line[1:])
        else:
            out.append(line[1:])
    return out + before[at:]


def claude_file(servers: int, projects: int) -> dict:
    """A `~/.claude.json` shape: many projects with the same history lines, servers among them."""
    history = [{"display": "run the tests", "pastedContents": {}} for _ in range(8)]
    return {
        "numStartups": 12,
        "mcpServers": {f"s{i}": {"command": "npx", "args": ["-y", f"pkg{i}"]} for i in range(servers)},
        "projects": {
            f"/src/p{i}": {"allowedTools": [], "history": history, "mcpServers": {f"db{i}": {"command": "x"}}}
            for i in range(projects)
        },
    }


CASES = [
    ({"a": 1, "b": [1, 2, 3]}, {"a": 1, "b": [1, 3], "c": True}),
    ({"x": list(range(30))}, {"x": list(range(30)), "y": 1}),
    ({"same": True}, {"same": True}),
    ({}, {"one": {"two": [3]}}),
]


@pytest.mark.parametrize(("old", "new"), CASES)
def test_small_edits_read_as_difflib_writes_them(old: dict, new: dict) -> None:
    before, after = json.dumps(old, indent=2), json.dumps(new, indent=2)
    expected = difflib.unified_diff(before.splitlines(True), after.splitlines(True), "f (now)", "f (after)")
    assert "".join(textdiff.unified(before, after, "f (now)", "f (after)")) == "".join(expected)


def test_a_large_file_with_repeated_lines_is_diffed_by_its_unique_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """`install --dry-run` on a 2.7 MB `~/.claude.json` spent 5 s of CPU in difflib, which searches the whole file
    for the longest match again and again when most lines repeat; anchored on the lines found once in each file,
    it searches only the stretches between them."""
    doc = claude_file(6, 300)
    before = json.dumps(doc, indent=2)
    doc["mcpServers"] = {"secure-gateway": {"command": "secure-mcp-gateway"}}
    for project in list(doc["projects"].values())[::7]:
        project["mcpServers"] = {}
    after = json.dumps(doc, indent=2)
    searched: list[int] = []
    real = difflib.SequenceMatcher.find_longest_match

    def find(self, alo=0, ahi=None, blo=0, bhi=None):  # type: ignore[no-untyped-def]
        searched.append((ahi if ahi is not None else len(self.a)) - alo)
        return real(self, alo, ahi, blo, bhi)

    monkeypatch.setattr(difflib.SequenceMatcher, "find_longest_match", find)
    diff = [line.rstrip("\n") for line in textdiff.unified(before, after, "a", "b")]
    assert max(searched, default=0) < 100, f"searched {max(searched)} of {before.count(chr(10))} lines at once"
    assert apply(before.splitlines(), diff) == after.splitlines()
    changed = [line for line in diff[2:] if line[0] in "+-"]
    assert len(changed) < 400, "only what changed, not the whole file"
