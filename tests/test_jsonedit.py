"""Surgical JSON(C) edits: removing several members at once gives what removing them one by one gives."""

from __future__ import annotations

import itertools

import pytest

from secure_mcp_gateway.cli import jsonedit

DOCS = [
    '{"a": 1, "b": {"x": [1, 2], "y": "}"}, "c": null}',
    '{\n  "a": 1,\n  "b": {\n    "x": 1,\n    "y": 2\n  },\n  "c": 3\n}\n',
    '// head\n{\r\n  "a": 1, // one\r\n  /* two */ "b": {"x": 1, "y": 2,},\r\n  "c": "//not a comment",\r\n}\r\n',
    '\ufeff{"a": {"x": "\\"/*"}, "b": {"x": 1}, "c": {}}',
]
PATHS = [["a"], ["b"], ["c"], ["b", "x"], ["b", "y"], ["nope"], ["a", "x"]]


@pytest.mark.parametrize("doc", DOCS)
def test_removing_members_at_once_is_removing_them_in_turn(doc):
    for count in (1, 2, 3):
        for paths in itertools.permutations(PATHS, count):
            one_by_one = doc
            for path in paths:
                one_by_one = jsonedit.remove_member(one_by_one, list(path))
            assert jsonedit.remove_members(doc, [list(p) for p in paths]) == one_by_one, paths


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ('{"a": "// x", "b": 1} // end', '{"a": "// x", "b": 1}       '),
        ('{"a": 1, /* c\n d */ "b": [1, 2,],}', '{"a": 1,     \n      "b": [1, 2 ] }'),
        ('{"a": "\\" // still a string", "b": 1,\n}', '{"a": "\\" // still a string", "b": 1 \n}'),
        ('{"a": 1, // c\r\n}', '{"a": 1       \n}'),  # (the line's \r goes with its comment)
        ('{"a": "open', '{"a": "open'),
        ("{/* open", "{       "),
    ],
)
def test_comments_and_trailing_commas_are_blanked_in_place(text, blanked):
    assert jsonedit.blank_comments(text) == blanked
