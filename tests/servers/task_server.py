"""An MCP server (raw JSON-RPC over stdio) that runs some tools only as tasks (MCP 2025-11-25), and writes every
message it receives to a file, to see what reached it.

    task_server.py RECORD_FILE

Tools: `report` (`taskSupport: required`) finishes after `seconds` with a result that holds a deploy token, or
never with `stuck`; `survey` (required) asks the client a question (elicitation, related to its task) and reports
the answer; `lookup` (`optional`) and `plain` answer at once, saying what params they got. `ping_client` sends the
client a sampling request with task metadata.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from datetime import datetime, timezone

RECORD = open(sys.argv[1], "a", encoding="utf-8")  # noqa: SIM115
LOCK = threading.Lock()
TOKEN = "ghp_R4nD0mT0k3nF0rT4sk5xQ8wL2mZ7vB1nC6y"
RELATED = "io.modelcontextprotocol/related-task"
TASKS: dict[str, dict] = {}
RESULTS: dict[str, dict] = {}
DONE: dict[str, threading.Event] = {}
WAITING: dict[object, tuple[str, threading.Event, list]] = {}
"""id of a request we sent the client -> (task, event set on the answer, [answer])."""
COUNTER = [0]


def send(msg: dict) -> None:
    with LOCK:
        sys.stdout.write(json.dumps(msg) + "\n")
        sys.stdout.flush()


def now() -> str:
    return datetime.now(timezone.utc).isoformat()


def tools() -> list[dict]:
    schema = {"type": "object", "properties": {"seconds": {"type": "number"}, "stuck": {"type": "boolean"}}}
    plain_schema = {"type": "object", "properties": {"q": {"type": "string"}}}
    return [
        {
            "name": "report",
            "description": "The quarterly report.",
            "inputSchema": schema,
            "execution": {"taskSupport": "required"},
        },
        {
            "name": "survey",
            "description": "Asks the user one question.",
            "inputSchema": {"type": "object"},
            "execution": {"taskSupport": "required"},
        },
        {
            "name": "lookup",
            "description": "Looks a word up.",
            "inputSchema": plain_schema,
            "execution": {"taskSupport": "optional"},
        },
        {"name": "plain", "description": "Answers at once.", "inputSchema": plain_schema},
        {"name": "ping_client", "description": "Asks the client's model.", "inputSchema": {"type": "object"}},
    ]


def status(tid: str, value: str, message: str = "") -> None:
    task = TASKS[tid]
    task.update(status=value, lastUpdatedAt=now())
    if message:
        task["statusMessage"] = message
    send({"jsonrpc": "2.0", "method": "notifications/tasks/status", "params": dict(task)})
    if value in ("completed", "failed", "cancelled"):
        DONE[tid].set()


def finish(tid: str, result: dict) -> None:
    if TASKS[tid]["status"] == "cancelled":
        return
    RESULTS[tid] = {**result, "_meta": {RELATED: {"taskId": tid}}}
    status(tid, "completed")


def run_report(tid: str, args: dict) -> None:
    if args.get("stuck"):
        return
    time.sleep(float(args.get("seconds", 0.2)))
    finish(tid, {"content": [{"type": "text", "text": f"Q3 report ready. Deploy with token {TOKEN}"}]})


def run_survey(tid: str) -> None:
    COUNTER[0] += 1
    rid = f"ask-{COUNTER[0]}"
    answered = threading.Event()
    box: list = []
    WAITING[rid] = (tid, answered, box)
    status(tid, "input_required", "waiting for the user")
    schema = {"type": "object", "properties": {"colour": {"type": "string"}}, "required": ["colour"]}
    params = {"message": "Favourite colour?", "requestedSchema": schema, "_meta": {RELATED: {"taskId": tid}}}
    send({"jsonrpc": "2.0", "id": rid, "method": "elicitation/create", "params": params})
    answered.wait(30)
    status(tid, "working")
    said = box[0] if box else {"error": "no answer"}
    finish(tid, {"content": [{"type": "text", "text": f"survey answer: {json.dumps(said, sort_keys=True)}"}]})


def create(rid: object, name: str, args: dict, task: dict) -> None:
    COUNTER[0] += 1
    tid = f"task-{COUNTER[0]}"
    stamp = now()
    TASKS[tid] = {
        "taskId": tid,
        "status": "working",
        "createdAt": stamp,
        "lastUpdatedAt": stamp,
        "ttl": task.get("ttl", 60000),
        "pollInterval": 50,
    }
    DONE[tid] = threading.Event()
    send({"jsonrpc": "2.0", "id": rid, "result": {"task": dict(TASKS[tid])}})
    target = run_survey if name == "survey" else run_report
    threading.Thread(target=target, args=(tid, *(() if name == "survey" else (args,))), daemon=True).start()


def call(rid: object, params: dict) -> None:
    name, args, task = params.get("name"), params.get("arguments") or {}, params.get("task")
    required = name in ("report", "survey")
    if isinstance(task, dict) and name in ("report", "survey", "lookup"):
        create(rid, name, args, task)
    elif required:
        send(
            {
                "jsonrpc": "2.0",
                "id": rid,
                "error": {"code": -32601, "message": f"Tool {name} requires task augmentation"},
            }
        )
    elif name == "ping_client":
        COUNTER[0] += 1
        ask = {
            "messages": [{"role": "user", "content": {"type": "text", "text": "Name a colour."}}],
            "maxTokens": 5,
            "task": {"ttl": 1000},
        }
        send({"jsonrpc": "2.0", "id": f"sample-{COUNTER[0]}", "method": "sampling/createMessage", "params": ask})
        send({"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": "asked"}]}})
    else:
        got = json.dumps(params, sort_keys=True)
        send({"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": f"params: {got}"}]}})


def tasks_result(rid: object, tid: str) -> None:
    DONE[tid].wait()
    if tid in RESULTS:
        send({"jsonrpc": "2.0", "id": rid, "result": RESULTS[tid]})
    else:
        send({"jsonrpc": "2.0", "id": rid, "error": {"code": -32603, "message": f"task {tid} was cancelled"}})


def answer(msg: dict) -> None:
    method, rid, params = msg.get("method"), msg.get("id"), msg.get("params") or {}
    if method is None:  # an answer to one of our requests
        waiting = WAITING.pop(rid, None)
        if waiting is not None:
            waiting[2].append(msg.get("result", msg.get("error")))
            waiting[1].set()
        return
    if rid is None:
        return
    tid = params.get("taskId")
    if method == "initialize":
        caps = {"tools": {}, "tasks": {"list": {}, "cancel": {}, "requests": {"tools": {"call": {}}}}}
        version = params.get("protocolVersion", "2025-11-25")
        send(
            {
                "jsonrpc": "2.0",
                "id": rid,
                "result": {
                    "protocolVersion": version,
                    "capabilities": caps,
                    "serverInfo": {"name": "tasks", "version": "1"},
                },
            }
        )
    elif method == "tools/list":
        send({"jsonrpc": "2.0", "id": rid, "result": {"tools": tools()}})
    elif method == "tools/call":
        threading.Thread(target=call, args=(rid, params), daemon=True).start()
    elif method in ("tasks/get", "tasks/result", "tasks/cancel") and tid not in TASKS:
        send({"jsonrpc": "2.0", "id": rid, "error": {"code": -32602, "message": f"no task {tid}"}})
    elif method == "tasks/get":
        send({"jsonrpc": "2.0", "id": rid, "result": dict(TASKS[tid])})
    elif method == "tasks/result":
        threading.Thread(target=tasks_result, args=(rid, tid), daemon=True).start()
    elif method == "tasks/cancel":
        status(tid, "cancelled", "cancelled by request")
        send({"jsonrpc": "2.0", "id": rid, "result": dict(TASKS[tid])})
    elif method == "ping":
        send({"jsonrpc": "2.0", "id": rid, "result": {}})
    else:
        send({"jsonrpc": "2.0", "id": rid, "error": {"code": -32601, "message": f"Method not found: {method}"}})


def main() -> None:
    for line in sys.stdin:
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if isinstance(msg, dict):
            RECORD.write(json.dumps(msg) + "\n")
            RECORD.flush()
            answer(msg)


if __name__ == "__main__":
    main()
