"""An MCP server (raw JSON-RPC over stdio) for what passes beside a call: its own requests, their progress and their
cancellation, numbers written unusually, resources under its own scheme.

    sidedoor_server.py NAME

Tools: `ask_progress` asks the client's model (sampling, with a progress token) and returns the progress it was told
of since its last such answer, and the answer; `ask_cancel` asks, and waits for `cancel_asks` to cancel its own
request and return; `numbers` returns numbers as JSON allows them to be written (`1e5`, `1E400`, `-0.0`, `-0`),
`numbers_odd` the same beside a lone surrogate; `echo` returns the line it received;
`reads` returns the URIs it was asked to read; `ask_context` asks for every server's context (`includeContext`);
`init` returns the params of the `initialize` it got; `stray` answers requests it never got (a result and an error
holding a token), then its own; `twice` answers its call twice (the second with a token); `same_id` asks the client's
model with the very id of the call it serves and returns the answer; `dribble` writes its answer a few bytes at a
time; `latin1` writes its answer with a byte that is not UTF-8 (and a token); `batch` answers in a JSON array;
`log` logs at `debug` and `error`, whatever level it was asked for; `link` links a file it does not list (`NAME://files/report.txt`),
`link_folder` a folder (`NAME://files/`, whose read gives `NAME://files/inner.txt` too). The prompt `linked` links
and embeds two more files; `asking` asks the client's model for its text. A read asked for progress reports
some. Resources: `NAME://notes` and the template `NAME://notes/{id}`.
"""

from __future__ import annotations

import json
import sys
import time

NAME = sys.argv[1]
OUT = sys.stdout
TOKEN = "tok-1"
"""The progress token of every sampling request it sends (the same in each instance, as SDK servers number theirs)."""
ASKED = 700
CALLS: dict[int, object] = {}
"""id of our sampling request -> id of the tools/call waiting for its answer."""
PROMPTS: dict[int, object] = {}
"""id of our sampling request -> id of the prompts/get (`asking`) waiting for its answer."""
WAITING: dict[int, object] = {}
"""id of a sampling request `cancel_asks` cancels -> id of the tools/call it answers then."""
PROGRESS: list[dict] = []
READS: list[str] = []
INIT: dict = {}
"""The params of the `initialize` it got."""
PLANTED = "ghp_Wq7Zp3Lm9Kx2Vb8Nc4Rt6Yh1Jd5Fg0SaE3uQ"
"""A token (made up, in GitHub's form) a misbehaving answer carries."""
NUMBERS = '{"big":1E400,"sci":1e5,"neg":-0.0,"zero":-0,"small":2.50e-3,"long":123456789012345678901234567890,"plain":7}'
"""Valid JSON numbers as a server may write them."""


def send(msg: dict) -> None:
    OUT.write(json.dumps(msg) + "\n")
    OUT.flush()


def result(rid: object, value: dict) -> None:
    send({"jsonrpc": "2.0", "id": rid, "result": value})


def text(rid: object, value: str) -> None:
    result(rid, {"content": [{"type": "text", "text": value}]})


def sample(rid: int, meta: dict | None) -> None:
    params: dict = {"messages": [{"role": "user", "content": {"type": "text", "text": "Name a colour."}}]}
    params["maxTokens"] = 5
    if meta is not None:
        params["_meta"] = meta
    send({"jsonrpc": "2.0", "id": rid, "method": "sampling/createMessage", "params": params})


def call(rid: object, name: str, line: str) -> None:
    global ASKED
    ASKED += 1
    if name == "ask_progress":
        CALLS[ASKED] = rid
        sample(ASKED, {"progressToken": TOKEN})
    elif name == "ask_context":
        CALLS[ASKED] = rid
        send(
            {
                "jsonrpc": "2.0",
                "id": ASKED,
                "method": "sampling/createMessage",
                "params": {"messages": [], "maxTokens": 5, "includeContext": "allServers"},
            }
        )
    elif name == "batch":  # (its answer in a JSON array, whatever protocol version was agreed)
        OUT.write(json.dumps([{"jsonrpc": "2.0", "id": rid, "result": {"content": []}}]) + "\n")
        OUT.flush()
    elif name == "init":
        text(rid, json.dumps(INIT))
    elif name == "ask_cancel":
        WAITING[ASKED] = rid
        sample(ASKED, None)
    elif name == "cancel_asks":
        for asked, waiting in list(WAITING.items()):
            cancel = {"requestId": asked, "reason": "no longer needed"}
            send({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": cancel})
            text(waiting, "gave up")
        WAITING.clear()
        text(rid, "cancelled")
    elif name in ("numbers", "numbers_odd"):  # (`numbers_odd`: beside a lone surrogate)
        figures = "figures" if name == "numbers" else "figures \\ud83d"
        body = f'{{"content":[{{"type":"text","text":"{figures}"}}],"structuredContent":{NUMBERS}}}'
        OUT.write(f'{{"jsonrpc":"2.0","id":{json.dumps(rid)},"result":{body}}}\n')
        OUT.flush()
    elif name == "log":  # (whatever level it was asked for)
        for level in ("debug", "error"):
            send({"jsonrpc": "2.0", "method": "notifications/message", "params": {"level": level, "data": level}})
        text(rid, "logged")
    elif name in ("link", "link_folder"):  # (a file, or a folder, it does not list, nor matches with its template)
        path = "report.txt" if name == "link" else ""
        link = {"type": "resource_link", "uri": f"{NAME}://files/{path}", "name": path or "files"}
        result(rid, {"content": [{"type": "text", "text": "see the report"}, link]})
    elif name == "stray":
        text(987_650, f"not asked {PLANTED}")
        send({"jsonrpc": "2.0", "id": "never-sent", "error": {"code": -32000, "message": f"not asked {PLANTED}"}})
        text(rid, "after strays")
    elif name == "twice":
        text(rid, "first answer")
        text(rid, f"second answer {PLANTED}")
    elif name == "same_id":  # (its own request, with the id the gateway gave this call)
        CALLS[rid] = rid
        sample(rid, None)
    elif name == "dribble":
        data = json.dumps({"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": "in pieces"}]}})
        for i in range(0, len(data), 7):
            OUT.write(data[i : i + 7])
            OUT.flush()
            time.sleep(0.002)
        OUT.write("\n")
        OUT.flush()
    elif name == "latin1":
        body = {"content": [{"type": "text", "text": f"caf\udce9 {PLANTED}"}]}
        OUT.buffer.write(
            json.dumps({"jsonrpc": "2.0", "id": rid, "result": body}, ensure_ascii=False).encode(
                "utf-8", "surrogateescape"
            )
            + b"\n"
        )
        OUT.buffer.flush()
    elif name == "echo":
        text(rid, line)
    elif name == "reads":
        text(rid, json.dumps(READS))
    else:
        text(rid, f"no tool {name}")


def answer(msg: dict, line: str) -> None:
    method, rid, params = msg["method"], msg["id"], msg.get("params") or {}
    if method == "initialize":
        INIT.update(params)
        caps = {"tools": {}, "resources": {}, "logging": {}, "prompts": {}}
        version = params.get("protocolVersion", "2025-06-18")
        result(rid, {"protocolVersion": version, "capabilities": caps, "serverInfo": {"name": NAME, "version": "1"}})
    elif method == "tools/list":
        names = (
            "ask_progress",
            "ask_context",
            "ask_cancel",
            "cancel_asks",
            "log",
            "echo",
            "reads",
            "init",
            "batch",
            "link",
            "link_folder",
            "stray",
            "twice",
            "same_id",
            "dribble",
            "latin1",
        )
        tools = ",".join(json.dumps({"name": n, "inputSchema": {"type": "object"}}) for n in names)
        schema = '{"type":"object","properties":{"n":{"type":"number","maximum":1E400,"default":1e5}}}'
        numbers = f'{{"name":"numbers","inputSchema":{schema}}},{{"name":"numbers_odd","inputSchema":{schema}}}'
        OUT.write(f'{{"jsonrpc":"2.0","id":{json.dumps(rid)},"result":{{"tools":[{tools},{numbers}]}}}}\n')
        OUT.flush()
    elif method == "tools/call":
        call(rid, params.get("name"), line)
    elif method == "resources/list":
        result(rid, {"resources": [{"uri": f"{NAME}://notes", "name": "notes"}]})
    elif method == "resources/templates/list":
        result(rid, {"resourceTemplates": [{"uriTemplate": f"{NAME}://notes/{{id}}", "name": "note"}]})
    elif method == "prompts/list":
        result(rid, {"prompts": [{"name": "linked"}, {"name": "asking"}]})
    elif method == "prompts/get" and params.get("name") == "asking":  # (its text from the client's model)
        global ASKED
        ASKED += 1
        PROMPTS[ASKED] = rid
        sample(ASKED, None)
    elif method == "prompts/get":  # (a file it does not list, linked and embedded)
        links = [
            {"type": "resource_link", "uri": f"{NAME}://files/prompt-link.md", "name": "prompt-link.md"},
            {"type": "resource", "resource": {"uri": f"{NAME}://files/embedded.md", "text": "embedded"}},
        ]
        result(rid, {"messages": [{"role": "user", "content": block} for block in links]})
    elif method == "resources/read":
        READS.append(params.get("uri"))
        token = (params.get("_meta") or {}).get("progressToken")
        if token is not None:  # (a slow read: how far it got, before the answer)
            send(
                {
                    "jsonrpc": "2.0",
                    "method": "notifications/progress",
                    "params": {"progressToken": token, "progress": 1},
                }
            )
        contents = [{"uri": params.get("uri"), "text": f"{NAME} has it"}]
        if params.get("uri") == f"{NAME}://files/":  # (a folder: what is in it, under URIs it does not list)
            contents.append({"uri": f"{NAME}://files/inner.txt", "text": "inside"})
        result(rid, {"contents": contents})
    else:
        result(rid, {})


for line in sys.stdin:
    msg = json.loads(line)
    if "method" in msg and "id" in msg:
        answer(msg, line.strip())
    elif msg.get("method") == "notifications/progress":
        PROGRESS.append(msg["params"])
    elif "method" not in msg and msg.get("id") in PROMPTS:
        said = (msg.get("result") or {}).get("content") or {"type": "text", "text": json.dumps(msg.get("error"))}
        result(PROMPTS.pop(msg["id"]), {"messages": [{"role": "user", "content": said}]})
    elif "method" not in msg and msg.get("id") in CALLS:
        got = msg.get("result") or {"error": msg.get("error")}
        text(CALLS.pop(msg["id"]), json.dumps({"progress": PROGRESS, "answer": got}, sort_keys=True))
        PROGRESS.clear()  # (each answer tells its own call's progress, whichever test asked before)
