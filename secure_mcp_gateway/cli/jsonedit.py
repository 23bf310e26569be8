"""Surgical edits of JSON (and JSONC) text: replace, insert or remove one member, keeping every other byte."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any


class JsonEditError(ValueError):
    """Text that is not a JSON object we can edit; the message says where."""


_STRING_OR_COMMENT = re.compile(r'"(?:[^"\\]|\\.)*(?:"|\Z)|//[^\n]*|/\*.*?(?:\*/|\Z)', re.S)
_STRING_OR_TRAILING_COMMA = re.compile(r'"(?:[^"\\]|\\.)*(?:"|\Z)|,(?=[ \t\r\n]*[}\]])', re.S)


def blank_comments(text: str) -> str:
    """`text` with `//` and `/* */` comments and trailing commas turned into spaces (same length, same lines)."""

    def comment(m: re.Match[str]) -> str:
        found = m.group()
        return found if found[0] == '"' else re.sub(r"[^\n]", " ", found)

    blanked = _STRING_OR_COMMENT.sub(comment, text) if "/" in text else text
    # trailing commas: a comma outside strings followed only by blanks before `}` or `]`
    return _STRING_OR_TRAILING_COMMA.sub(lambda m: " " if m.group() == "," else m.group(), blanked)


def loads(text: str) -> Any:
    """Parse JSON or JSONC (comments, trailing commas); a leading byte-order mark is allowed."""
    text = text[1:] if text.startswith("\ufeff") else text
    return json.loads(blank_comments(text))


@dataclass
class Node:
    """A value's span in the text; objects keep their members' spans by key."""

    start: int
    end: int
    members: dict[str, tuple[int, Node]] = field(default_factory=dict)
    """key -> (start of the key's opening quote, value node); only for objects."""
    is_object: bool = False


_WS = " \t\r\n"
_BLANKS = re.compile(r"[ \t\r\n]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null")


class _Parser:
    def __init__(self, text: str) -> None:
        self.t = text
        self.i = 0

    def ws(self) -> None:
        self.i = _BLANKS.match(self.t, self.i).end()  # type: ignore[union-attr]  # (it matches the empty string)

    def fail(self, what: str) -> JsonEditError:
        line = self.t.count("\n", 0, self.i) + 1
        col = self.i - (self.t.rfind("\n", 0, self.i) + 1) + 1
        return JsonEditError(f"line {line} column {col}: {what}")

    def string(self) -> str:
        m = _STRING.match(self.t, self.i)
        if m is None:
            raise self.fail("unterminated string")
        self.i = m.end()
        return m.group()

    def value(self) -> Node:
        self.ws()
        if self.i >= len(self.t):
            raise self.fail("unexpected end of text")
        c = self.t[self.i]
        start = self.i
        if c == "{":
            node = Node(start, start, is_object=True)
            self.i += 1
            self.ws()
            if self.t[self.i : self.i + 1] == "}":
                self.i += 1
                node.end = self.i
                return node
            while True:
                self.ws()
                if self.t[self.i : self.i + 1] != '"':
                    raise self.fail("expected a key")
                key_start = self.i
                key = json.loads(self.string())
                self.ws()
                if self.t[self.i : self.i + 1] != ":":
                    raise self.fail("expected ':'")
                self.i += 1
                node.members[key] = (key_start, self.value())
                self.ws()
                c = self.t[self.i : self.i + 1]
                self.i += 1
                if c == "}":
                    node.end = self.i
                    return node
                if c != ",":
                    raise self.fail("expected ',' or '}'")
        if c == "[":
            self.i += 1
            self.ws()
            if self.t[self.i : self.i + 1] == "]":
                self.i += 1
                return Node(start, self.i)
            while True:
                self.value()
                self.ws()
                c = self.t[self.i : self.i + 1]
                self.i += 1
                if c == "]":
                    return Node(start, self.i)
                if c != ",":
                    raise self.fail("expected ',' or ']'")
        if c == '"':
            self.string()
            return Node(start, self.i)
        m = _SCALAR.match(self.t, self.i)
        if not m:
            raise self.fail("unexpected character")
        self.i = m.end()
        return Node(start, self.i)


def parse(text: str) -> Node:
    """The span tree of a JSON(C) document (comments and trailing commas allowed)."""
    blanked = blank_comments(text)
    offset = 1 if blanked.startswith("\ufeff") else 0
    p = _Parser(blanked)
    p.i = offset
    root = p.value()
    p.ws()
    if p.i != len(blanked):
        raise p.fail("text after the end of the document")
    return root


def find(text: str, path: list[str]) -> Node | None:
    """The node at `path` (object keys), if there is one."""
    node: Node | None = parse(text)
    for key in path:
        if node is None or not node.is_object or key not in node.members:
            return None
        node = node.members[key][1]
    return node


def _indent_unit(text: str) -> str:
    m = re.search(r"\n([ \t]+)\S", text)
    if not m:
        return "  "
    lead = m.group(1)
    return "\t" if lead.startswith("\t") else " " * min(len(lead), 8)


def _newline(text: str) -> str:
    """The file's line break: CRLF when it uses them, else LF."""
    return "\r\n" if "\r\n" in text else "\n"


def _line_indent(text: str, pos: int) -> str:
    line_start = text.rfind("\n", 0, pos) + 1
    m = re.match(r"[ \t]*", text[line_start:pos])
    return m.group() if m else ""


def dumps_at(text: str, pos: int, value: Any) -> str:
    """`value` as JSON in the file's style, for a place at `pos` (indented like that line, or compact)."""
    if "\n" not in text.strip():
        return json.dumps(value, ensure_ascii=False)
    unit = _indent_unit(text)
    body = json.dumps(value, ensure_ascii=False, indent=unit)
    return body.replace("\n", _newline(text) + _line_indent(text, pos))


def set_member(text: str, path: list[str], value: Any) -> str:
    """`text` with the value at `path` replaced (or the member added, parents created); nothing else changes."""
    root = parse(text)
    if not root.is_object:
        raise JsonEditError("the document is not a JSON object")
    node, depth = root, 0
    while depth < len(path) and path[depth] in node.members:
        child = node.members[path[depth]][1]
        if depth < len(path) - 1 and not child.is_object:
            raise JsonEditError(f"{'.'.join(path[: depth + 1])} is not an object")
        node, depth = child, depth + 1
    if depth == len(path):
        return text[: node.start] + dumps_at(text, node.start, value) + text[node.end :]
    # build the missing part as one nested value and add it as the last member of `node`
    nested: Any = value
    for key in reversed(path[depth + 1 :]):
        nested = {key: nested}
    return _append_member(text, node, path[depth], nested)


_LINE_COMMENT = re.compile(r"[ \t]*,?[ \t]*//[^\r\n]*")


def _append_member(text: str, obj: Node, key: str, value: Any) -> str:
    close = obj.end - 1  # the `}`
    multiline = "\n" in text.strip()
    name = json.dumps(key, ensure_ascii=False)
    if not obj.members:
        if multiline:
            base = _line_indent(text, obj.start)
            indent = base + _indent_unit(text)
            member = name + ": " + _dumps_indented(text, indent, value)
            nl = _newline(text)
            return text[: obj.start + 1] + nl + indent + member + nl + base + "}" + text[obj.end :]
        return text[: obj.start + 1] + name + ": " + json.dumps(value, ensure_ascii=False) + text[obj.start + 1 :]
    blanked = blank_comments(text)
    last_key_start, last = max(obj.members.values(), key=lambda kv: kv[0])
    after = j = last.end
    while j < close and blanked[j] in _WS:
        j += 1
    if multiline:
        indent = _line_indent(text, last_key_start)
        member = _newline(text) + indent + name + ": " + _dumps_indented(text, indent, value)
        eol = _line_end(blanked, after)
        rest = text[after:eol] if eol is not None else ""
        if _LINE_COMMENT.fullmatch(rest):  # (the last member's own `// comment` stays on its line)
            comma = "" if rest.lstrip(" \t").startswith(",") else ","
            return text[:after] + comma + rest + member + text[eol:]
    else:
        member = " " + name + ": " + json.dumps(value, ensure_ascii=False)
    if j < close and blanked[j] == ",":  # a trailing comma (JSONC): the new member goes after it
        return text[: j + 1] + member + text[j + 1 :]
    return text[:after] + "," + member + text[after:]


def _dumps_indented(text: str, indent: str, value: Any) -> str:
    body = json.dumps(value, ensure_ascii=False, indent=_indent_unit(text))
    return body.replace("\n", _newline(text) + indent)


def remove_member(text: str, path: list[str]) -> str:
    """`text` without the member at `path` (its comma, and comments of its own); unchanged if it is not there."""
    return remove_members(text, [path])


def remove_members(text: str, paths: list[list[str]]) -> str:
    """`text` without the members at `paths` (those not there are skipped), read once (a client file of megabytes,
    one member a server): what removing them one by one gives. A comment on a member's lines goes with it; one on
    a line of its own before the next member is that member's and stays."""
    root = parse(text)
    blanked = blank_comments(text)
    groups: dict[int, tuple[Node, set[int]]] = {}
    for path in paths:
        if not path:
            raise JsonEditError("cannot remove the whole document")
        parent: Node | None = root
        for key in path[:-1]:
            parent = parent.members[key][1] if parent.is_object and key in parent.members else None
            if parent is None:
                break
        if parent is not None and parent.is_object and path[-1] in parent.members:
            groups.setdefault(id(parent), (parent, set()))[1].add(parent.members[path[-1]][0])
    cuts: list[tuple[int, int]] = []
    for parent, gone in groups.values():
        cuts += _cuts(text, blanked, parent, gone)
    out, at = [], 0
    for start, end in sorted(cuts):
        if end <= at:
            continue
        out.append(text[at : max(start, at)])
        at = end
    out.append(text[at:])
    return "".join(out)


def _cuts(text: str, blanked: str, parent: Node, gone: set[int]) -> list[tuple[int, int]]:
    """The spans to delete for removing the members of `parent` whose keys start at `gone`."""
    ordered = sorted(parent.members.values(), key=lambda kv: kv[0])
    kept = [i for i, (k, _) in enumerate(ordered) if k not in gone]
    if not kept:  # every member: an empty object is left
        return [(parent.start + 1, parent.end - 1)]
    cuts = []
    for i, (key_start, node) in enumerate(ordered):
        if key_start in gone and i < kept[-1]:  # a member follows: up to it (or its own comment), keeping the indent
            comma = blanked.index(",", node.end)
            line_end = _line_end(blanked, comma + 1)
            if line_end is None:
                cuts.append((key_start, ordered[i + 1][0]))
            else:
                nxt = line_end
                while text[nxt] in _WS:
                    nxt += 1
                cuts.append((key_start, nxt))
    if kept[-1] < len(ordered) - 1:  # the last members: from the comma after the last one kept
        comma = blanked.index(",", ordered[kept[-1]][1].end)
        last = ordered[-1][1].end
        end = _line_end(blanked, last)
        line_end = _line_end(blanked, comma + 1)
        if end is None or line_end is None:
            cuts.append((comma, last))
        else:  # (the kept member's own comment after its comma stays on its line)
            cuts += [(comma, comma + 1), (line_end, end)]
    return cuts


def _line_end(blanked: str, pos: int) -> int | None:
    """The line break after `pos` when only blanks (comments and trailing commas, blanked) come before it."""
    while pos < len(blanked) and blanked[pos] in " \t":
        pos += 1
    return pos if pos < len(blanked) and blanked[pos] in "\r\n" else None
