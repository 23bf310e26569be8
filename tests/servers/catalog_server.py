"""A test MCP server over stdio with a large, realistic catalog (about 100 tools per domain) and huge results.

Run: python catalog_server.py --domain github|files|chat|sql|tracker [--name N]
Besides its domain's tools it offers `echo`, `dump {chars}` (log-like text of exactly `chars` characters with the
LEAK_VALUE setting near both ends), `typed_dump {chars}` (the same as structured content, with an output schema)
and `mixed` (several blocks of different kinds, one of them huge).
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import sys

DOMAINS: dict[str, tuple[str, list[str], list[tuple[str, str]]]] = {
    "github": (
        "GitHub",
        [
            "issue",
            "pull request",
            "branch",
            "commit",
            "release",
            "repository",
            "workflow run",
            "gist",
            "label",
            "milestone",
            "review comment",
            "deploy key",
            "webhook",
            "collaborator",
            "tag",
            "check run",
            "secret",
        ],
        [
            ("create", "Create a new {n} in a GitHub repository"),
            ("get", "Get one {n} of a GitHub repository by id"),
            ("list", "List the {p} of a GitHub repository, newest first"),
            ("update", "Update fields of a {n}"),
            ("delete", "Delete a {n} for good"),
            ("search", "Search {p} across GitHub with a query string"),
        ],
    ),
    "files": (
        "the local file system",
        [
            "file",
            "directory",
            "symlink",
            "archive",
            "text file",
            "image file",
            "temporary file",
            "file lock",
            "file watcher",
            "mount point",
            "trash item",
            "backup snapshot",
            "file permission",
            "file tag",
            "checksum",
        ],
        [
            ("read", "Read the complete contents of a {n}"),
            ("write", "Write (create or overwrite) a {n}"),
            ("move", "Move or rename a {n}"),
            ("copy", "Copy a {n} to another path"),
            ("delete", "Delete a {n}"),
            ("stat", "Show size, owner and times of a {n}"),
            ("find", "Find {p} whose names match a glob pattern"),
        ],
    ),
    "chat": (
        "Slack",
        [
            "channel",
            "message",
            "user",
            "reaction",
            "thread",
            "reminder",
            "shared file",
            "user group",
            "emoji",
            "bookmark",
            "pinned item",
            "scheduled message",
            "workflow",
            "huddle",
            "canvas",
            "team",
        ],
        [
            ("post", "Post or create a {n} in Slack"),
            ("get", "Get the details of a Slack {n}"),
            ("list", "List the {p} of the Slack workspace"),
            ("edit", "Edit a Slack {n}"),
            ("archive", "Archive a Slack {n} so it no longer shows"),
            ("remove", "Remove a Slack {n}"),
        ],
    ),
    "sql": (
        "PostgreSQL",
        [
            "table",
            "schema",
            "index",
            "query",
            "view",
            "role",
            "extension",
            "sequence",
            "trigger",
            "function",
            "materialized view",
            "partition",
            "constraint",
            "replication slot",
            "tablespace",
            "vacuum job",
        ],
        [
            ("describe", "Describe the columns and types of a PostgreSQL {n}"),
            ("list", "List every {n} in the database"),
            ("create", "Create a PostgreSQL {n}"),
            ("drop", "Drop a PostgreSQL {n}"),
            ("run", "Run a read-only SQL statement against a {n}"),
            ("explain", "Explain the plan of a {n}"),
        ],
    ),
    "tracker": (
        "Jira",
        [
            "issue",
            "sprint",
            "board",
            "project",
            "epic",
            "worklog",
            "transition",
            "attachment",
            "component",
            "version",
            "filter",
            "dashboard",
            "watcher",
            "issue link",
            "custom field",
            "permission scheme",
        ],
        [
            ("create", "Create a Jira {n}"),
            ("get", "Fetch a Jira {n} by key"),
            ("find", "Find Jira {p} with JQL"),
            ("update", "Update a Jira {n}"),
            ("delete", "Delete a Jira {n}"),
            ("assign", "Assign a Jira {n} to a person"),
        ],
    ),
}


def _plural(noun: str) -> str:
    last = noun.split()[-1]
    plural = last[:-1] + "ies" if last.endswith("y") and last[-2] not in "aeiou" else last + "s"
    return " ".join([*noun.split()[:-1], plural])


def domain_tools(domain: str) -> list[dict]:
    """About a hundred tools of one domain, each with a title, a description and an input schema."""
    where, nouns, verbs = DOMAINS[domain]
    out = []
    for noun in nouns:
        for verb, text in verbs:
            name = f"{verb}_{noun.replace(' ', '_')}"
            if verb in ("list", "search", "find"):
                name = f"{verb}_{_plural(noun).replace(' ', '_')}"
            props = {"id": {"type": "string", "description": f"The {noun}'s id."}}
            if verb in ("search", "find", "list"):
                props = {"query": {"type": "string"}, "limit": {"type": "integer", "minimum": 1}}
            out.append(
                {
                    "name": name,
                    "title": f"{verb.capitalize()} {noun}",
                    "description": text.format(n=noun, p=_plural(noun)) + f" ({where}).",
                    "inputSchema": {"type": "object", "properties": props},
                }
            )
    return out


def extra_tools() -> list[dict]:
    """The tools every instance offers besides its domain's."""
    chars = {"chars": {"type": "integer", "minimum": 0}}
    return [
        {"name": "echo", "description": "Echo the arguments back as JSON text.", "inputSchema": {"type": "object"}},
        {"name": "dump", "description": "Return a log of exactly `chars` characters.", "inputSchema": _obj(chars)},
        {
            "name": "typed_dump",
            "description": "Return a log of `chars` characters as structured content.",
            "inputSchema": _obj(chars),
            "outputSchema": _obj({"log": {"type": "string"}}),
        },
        {"name": "mixed", "description": "Return blocks of several kinds, one huge.", "inputSchema": _obj(chars)},
    ]


def _obj(props: dict) -> dict:
    return {"type": "object", "properties": props}


def log_text(chars: int, secret: str) -> str:
    """Log-like lines, the secret on the first and the last line, exactly `chars` characters long."""
    head = f"2026-11-30T09:00:00Z start token={secret}\n"
    tail = f"\n2026-11-30T09:59:59Z end token={secret}"
    body = []
    size, i = 0, 0
    room = chars - len(head) - len(tail)
    while size < room:
        line = f'2026-11-30T09:{i % 60:02d}:{(i * 7) % 60:02d}Z job={i} step=build status=ok "quoted" path=/srv/{i}\n'
        body.append(line)
        size += len(line)
        i += 1
    text = head + "".join(body)[: max(room, 0)] + tail
    return text[:chars] if chars < len(head) + len(tail) else text


def call(name: str, args: dict) -> dict:
    secret = os.environ.get("LEAK_VALUE", "none")
    if name == "echo":
        return {"content": [{"type": "text", "text": json.dumps(args, sort_keys=True)}]}
    if name == "dump":
        return {"content": [{"type": "text", "text": log_text(int(args.get("chars", 1000)), secret)}]}
    if name == "typed_dump":
        text = log_text(int(args.get("chars", 1000)), secret)
        return {"content": [{"type": "text", "text": json.dumps({"log": text})}], "structuredContent": {"log": text}}
    if name == "mixed":
        png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40).decode()
        return {
            "content": [
                {"type": "text", "text": "summary: three parts follow"},
                {"type": "image", "data": png, "mimeType": "image/png"},
                {"type": "text", "text": log_text(int(args.get("chars", 100000)), secret)},
                {
                    "type": "resource",
                    "resource": {"uri": "file:///tmp/notes.txt", "mimeType": "text/plain", "text": "notes " * 50},
                },
            ]
        }
    return {"content": [{"type": "text", "text": f"{ARGS.name}: {name} done with {json.dumps(args, sort_keys=True)}"}]}


def handle(msg: dict) -> dict:
    method = msg.get("method")
    params = msg.get("params") or {}
    if method == "initialize":
        return {
            "protocolVersion": params.get("protocolVersion", "2025-06-18"),
            "capabilities": {"tools": {}},
            "serverInfo": {"name": f"catalog-{ARGS.domain}", "version": "1"},
        }
    if method == "tools/list":
        return {"tools": TOOLS}
    if method == "tools/call":
        return call(params.get("name"), params.get("arguments") or {})
    if method == "ping":
        return {}
    raise LookupError(method)


def main() -> None:
    for line in sys.stdin:
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if "id" not in msg or "method" not in msg:
            continue
        try:
            reply = {"jsonrpc": "2.0", "id": msg["id"], "result": handle(msg)}
        except LookupError as exc:
            reply = {"jsonrpc": "2.0", "id": msg["id"], "error": {"code": -32601, "message": f"unknown: {exc}"}}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    P = argparse.ArgumentParser()
    P.add_argument("--domain", choices=sorted(DOMAINS), required=True)
    P.add_argument("--name", default="catalog")
    ARGS = P.parse_args()
    TOOLS = domain_tools(ARGS.domain) + extra_tools()
    main()
