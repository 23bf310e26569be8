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


@pytest.mark.parametrize(
    ("text", "path", "after"),
    [
        ('{\n  "a": 1,\n  // about b\n  "b": 2\n}\n', ["a"], '{\n  // about b\n  "b": 2\n}\n'),
        ('{\n  "a": 1, // about a\n  /* b */ "b": 2\n}', ["a"], '{\n  /* b */ "b": 2\n}'),
        ('{\n  "a": 1, // about a\n  "b": 2\n}\n', ["b"], '{\n  "a": 1 // about a\n}\n'),
        ('{\r\n  "a": 1, // about a\r\n  // about b\r\n  "b": 2, // b\r\n}', ["b"], '{\r\n  "a": 1 // about a\r\n}'),
        ('{\n  "a": 1,\n\n  "b": 2\n}\n', ["a"], '{\n  "b": 2\n}\n'),
        ('{\n  "a": 1,\n  "b": 2\n}\n', ["b"], '{\n  "a": 1\n}\n'),
        ('{"a": 1, "b": 2}', ["b"], '{"a": 1}'),
        ('{"a": 1, "b": 2}', ["a"], '{"b": 2}'),
    ],
)
def test_a_comment_stays_with_the_member_it_was_written_for(text, path, after):
    """A comment on a line of its own before a member is that member's; one after a member's comma is the member's
    before it: removing a member takes its own comments and leaves its neighbours' (VS Code's `mcp.json`)."""
    assert jsonedit.remove_member(text, path) == after
    assert jsonedit.remove_members(text, [path]) == after


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ('{\n  "a": 1, // about a\n}\n', '{\n  "a": 1, // about a\n  "b": 2\n}\n'),
        ('{\n  "a": 1 // about a\n}\n', '{\n  "a": 1, // about a\n  "b": 2\n}\n'),
        ('{\n  "a": 1 /* about a */\n}\n', '{\n  "a": 1,\n  "b": 2 /* about a */\n}\n'),  # (as before)
    ],
)
def test_a_member_added_after_a_commented_line_leaves_the_comment_there(text, after):
    assert jsonedit.set_member(text, ["b"], 2) == after
