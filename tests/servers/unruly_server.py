"""A misbehaving MCP server for robustness tests: dies, floods, forks helpers that outlive it, answers huge.

Plain JSON-RPC over stdio (no SDK) so that it starts fast. Each tool does one bad thing; see TOOLS.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time

P = argparse.ArgumentParser()
P.add_argument("--pid-file", default=None, help="append this process's pid (and its helpers') to this file")
P.add_argument("--helper", choices=["none", "group", "setsid", "daemon"], default="none")
P.add_argument("--ignore-term", action="store_true")
P.add_argument("--ignore-eof", action="store_true")
P.add_argument("--stderr-at-start", type=int, default=0, help="write this many stderr lines at start")
ARGS = P.parse_args()

TOOLS = ["echo", "die", "flood", "sample", "notify", "huge", "huge_unended", "glued", "unended", "garbage", "slow"]
_out_lock = threading.Lock()


def send(msg: dict) -> None:
    data = (json.dumps(msg) + "\n").encode()
    with _out_lock:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()


def record(pid: int) -> None:
    if ARGS.pid_file:
        with open(ARGS.pid_file, "a") as f:
            f.write(f"{pid}\n")


def start_helper() -> None:
    """A child that sleeps forever holding our stdout and stderr, in our group, a new session, or double-forked."""
    if ARGS.helper == "none":
        return
    code = "import time\nwhile True: time.sleep(60)"
    if ARGS.helper == "daemon":
        code = (
            "import os, sys, time\n"
            "if os.fork(): os._exit(0)\n"
            "os.setsid()\n"
            f"open({ARGS.pid_file!r}, 'a').write(str(os.getpid()) + chr(10))\n"
            "while True: time.sleep(60)"
        )
        proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.DEVNULL, start_new_session=True)
        proc.wait()
        return
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.DEVNULL, start_new_session=ARGS.helper == "setsid"
    )
    record(proc.pid)


def result(rid, value: dict) -> None:
    send({"jsonrpc": "2.0", "id": rid, "result": value})


def text(rid, body: str) -> None:
    result(rid, {"content": [{"type": "text", "text": body}]})


def call(rid, name: str, args: dict) -> None:
    n = int(args.get("n", 1))
    if name == "echo":
        text(rid, json.dumps(args))
    elif name == "die":
        os._exit(3)
    elif name == "flood":
        line = "x" * int(args.get("width", 100))
        for i in range(n):
            sys.stderr.write(f"flood {i} {line}\n")
        sys.stderr.flush()
        text(rid, "flooded")
    elif name == "sample":
        for i in range(n):
            send({"jsonrpc": "2.0", "id": f"s{i}", "method": "sampling/createMessage", "params": {"messages": []}})
        text(rid, "asked")
    elif name == "notify":
        for i in range(n):
            data = f"n{i}" + "x" * int(args.get("width", 0))
            send({"jsonrpc": "2.0", "method": "notifications/message", "params": {"level": "info", "data": data}})
        text(rid, "notified")
    elif name == "huge":
        result(rid, {"content": [{"type": "text", "text": "y" * (int(args.get("mb", 1)) << 20)}]})
    elif name == "huge_unended":  # an answer over the limit and no newline after it (`id_last`: the other layout)
        body = {"content": [{"type": "text", "text": "y" * (int(args.get("mb", 1)) << 20)}]}
        if args.get("id_last"):
            msg = {"result": body, "jsonrpc": "2.0", "id": rid}
        else:
            msg = {"jsonrpc": "2.0", "id": rid, "result": body}
        with _out_lock:
            sys.stdout.buffer.write(json.dumps(msg).encode())
            sys.stdout.buffer.flush()
    elif name == "glued":  # a log line and the answer written on one line, no newline between them
        note = {"jsonrpc": "2.0", "method": "notifications/message", "params": {"level": "info", "data": "a}{b"}}
        answer = {"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": "glued answer"}]}}
        with _out_lock:
            sys.stdout.buffer.write(json.dumps(note).encode() + json.dumps(answer).encode() + b"\n")
            sys.stdout.buffer.flush()
    elif name == "unended":  # the answer and no newline after it (then nothing until the next request)
        answer = {"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": "unended answer"}]}}
        with _out_lock:
            sys.stdout.buffer.write(json.dumps(answer).encode())
            sys.stdout.buffer.flush()
    elif name == "garbage":
        with _out_lock:
            sys.stdout.buffer.write(b'{"jsonrpc": "2.0", "id": ' + json.dumps(rid).encode() + b', "result": {tru\n')
            sys.stdout.buffer.flush()
    elif name == "slow":
        if args.get("mark"):
            with open(args["mark"], "w") as f:
                f.write("started")
        time.sleep(float(args.get("seconds", 1)))
        text(rid, "slow done")
    else:
        send({"jsonrpc": "2.0", "id": rid, "error": {"code": -32602, "message": f"no tool {name}"}})


def handle(msg: dict) -> None:
    method, rid = msg.get("method"), msg.get("id")
    if method is None or rid is None:
        return
    if method == "initialize":
        result(
            rid,
            {
                "protocolVersion": msg["params"]["protocolVersion"],
                "capabilities": {"tools": {}},
                "serverInfo": {"name": "unruly", "version": "0"},
            },
        )
    elif method == "tools/list":
        schema = {"type": "object", "properties": {"n": {"type": "integer"}}}
        result(rid, {"tools": [{"name": t, "description": f"{t} tool", "inputSchema": schema} for t in TOOLS]})
    elif method == "tools/call":
        params = msg.get("params") or {}
        threading.Thread(target=call, args=(rid, params.get("name"), params.get("arguments") or {})).start()
    elif method == "ping":
        result(rid, {})


def main() -> None:
    if ARGS.ignore_term:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    record(os.getpid())
    start_helper()
    for i in range(ARGS.stderr_at_start):
        sys.stderr.write(f"start line {i}\n")
    sys.stderr.flush()
    for line in sys.stdin.buffer:
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if isinstance(msg, dict):
            handle(msg)
    if ARGS.ignore_eof:
        while True:
            time.sleep(60)


if __name__ == "__main__":
    main()
