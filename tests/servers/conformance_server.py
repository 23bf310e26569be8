"""An MCP "everything" server over stdio with the tools, resources and prompts the conformance suite calls by name.

Written by us against the wire format from the suite's published server requirements: `test_*` tools (text,
image, audio, embedded resource, mixed content, logging, progress, error, sampling, elicitation and its
SEP-1034/SEP-1330 variants, reconnection), `json_schema_2020_12_tool`, `test://` resources and a template,
four prompts, completions, logging levels and subscriptions.

Run: python conformance_server.py
"""

from __future__ import annotations

import asyncio
import base64
import json
import sys

OUT = sys.stdout.buffer
PNG = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108020000009077"
        "53de0000000c4944415478da63f8cfc0000003010100c9fe92ef0000000049454e44ae426082"
    )
).decode()
WAV = base64.b64encode(
    b"RIFF" + (36 + 8).to_bytes(4, "little") + b"WAVEfmt " + (16).to_bytes(4, "little")
    + (1).to_bytes(2, "little") + (1).to_bytes(2, "little") + (8000).to_bytes(4, "little")
    + (8000).to_bytes(4, "little") + (1).to_bytes(2, "little") + (8).to_bytes(2, "little")
    + b"data" + (8).to_bytes(4, "little") + bytes([128] * 8)
).decode()  # fmt: skip
LEVELS = ("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency")
STATE: dict = {"level": "debug", "subscriptions": set(), "caps": {}, "next_id": 0}
PENDING: dict[int, asyncio.Future] = {}


def send(msg: dict) -> None:
    OUT.write((json.dumps(msg) + "\n").encode())
    OUT.flush()


def text(value: str) -> dict:
    return {"type": "text", "text": value}


def obj(props: dict | None = None, required: list[str] | None = None) -> dict:
    schema: dict = {"type": "object", "properties": props or {}}
    if required:
        schema["required"] = required
    return schema


TOOLS = [
    {"name": "test_simple_text", "description": "Returns simple text content", "inputSchema": obj()},
    {"name": "test_image_content", "description": "Returns image content", "inputSchema": obj()},
    {"name": "test_audio_content", "description": "Returns audio content", "inputSchema": obj()},
    {"name": "test_embedded_resource", "description": "Returns an embedded resource", "inputSchema": obj()},
    {"name": "test_multiple_content_types", "description": "Returns mixed content types", "inputSchema": obj()},
    {"name": "test_tool_with_logging", "description": "Sends log messages while it runs", "inputSchema": obj()},
    {"name": "test_tool_with_progress", "description": "Reports progress", "inputSchema": obj()},
    {"name": "test_error_handling", "description": "Always fails", "inputSchema": obj()},
    {
        "name": "test_sampling",
        "description": "Asks the client for an LLM completion",
        "inputSchema": obj({"prompt": {"type": "string"}}, ["prompt"]),
    },
    {
        "name": "test_elicitation",
        "description": "Asks the user for input",
        "inputSchema": obj({"message": {"type": "string"}}, ["message"]),
    },
    {"name": "test_elicitation_sep1034_defaults", "description": "Elicitation with defaults", "inputSchema": obj()},
    {"name": "test_elicitation_sep1330_enums", "description": "Elicitation with enum schemas", "inputSchema": obj()},
    {"name": "test_reconnection", "description": "Answers after a pause (stream resumption)", "inputSchema": obj()},
    {
        "name": "json_schema_2020_12_tool",
        "description": "Tool with JSON Schema 2020-12 features",
        "inputSchema": {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "type": "object",
            "$defs": {
                "address": {"type": "object", "properties": {"street": {"type": "string"}, "city": {"type": "string"}}}
            },
            "properties": {"name": {"type": "string"}, "address": {"$ref": "#/$defs/address"}},
            "additionalProperties": False,
        },
    },
]
RESOURCES = [
    {
        "uri": "test://static-text",
        "name": "Static Text Resource",
        "description": "A static text resource for testing",
        "mimeType": "text/plain",
    },
    {
        "uri": "test://static-binary",
        "name": "Static Binary Resource",
        "description": "A static binary resource (image) for testing",
        "mimeType": "image/png",
    },
    {
        "uri": "test://watched-resource",
        "name": "Watched Resource",
        "description": "A resource that can be subscribed to",
        "mimeType": "text/plain",
    },
]
TEMPLATES = [
    {
        "uriTemplate": "test://template/{id}/data",
        "name": "Resource Template",
        "description": "A resource template with parameter substitution",
        "mimeType": "application/json",
    }
]
PROMPTS = [
    {"name": "test_simple_prompt", "description": "A simple prompt without arguments"},
    {
        "name": "test_prompt_with_arguments",
        "description": "A prompt with required arguments",
        "arguments": [
            {"name": "arg1", "description": "First test argument", "required": True},
            {"name": "arg2", "description": "Second test argument", "required": True},
        ],
    },
    {
        "name": "test_prompt_with_embedded_resource",
        "description": "A prompt with an embedded resource",
        "arguments": [{"name": "resourceUri", "description": "URI of the resource to embed", "required": True}],
    },
    {"name": "test_prompt_with_image", "description": "A prompt with image content"},
]


class RpcFail(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def log(level: str, data: str) -> None:
    if LEVELS.index(level) >= LEVELS.index(STATE["level"]):
        send(
            {
                "jsonrpc": "2.0",
                "method": "notifications/message",
                "params": {"level": level, "logger": "conformance-test-server", "data": data},
            }
        )


async def ask_client(method: str, params: dict) -> dict:
    STATE["next_id"] += 1
    rid = STATE["next_id"]
    fut = asyncio.get_running_loop().create_future()
    PENDING[rid] = fut
    send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
    return await fut


def elicited(result: dict) -> str:
    return f"Elicitation completed: action={result.get('action')}, content={json.dumps(result.get('content', {}))}"


async def call_tool(params: dict) -> dict:
    name = params.get("name")
    args = params.get("arguments") or {}
    token = (params.get("_meta") or {}).get("progressToken")
    if name == "test_simple_text":
        return {"content": [text("This is a simple text response for testing.")]}
    if name == "test_image_content":
        return {"content": [{"type": "image", "data": PNG, "mimeType": "image/png"}]}
    if name == "test_audio_content":
        return {"content": [{"type": "audio", "data": WAV, "mimeType": "audio/wav"}]}
    if name == "test_embedded_resource":
        resource = {
            "uri": "test://embedded-resource",
            "mimeType": "text/plain",
            "text": "This is an embedded resource content.",
        }
        return {"content": [{"type": "resource", "resource": resource}]}
    if name == "test_multiple_content_types":
        resource = {
            "uri": "test://mixed-content-resource",
            "mimeType": "application/json",
            "text": '{"test":"data","value":123}',
        }
        return {
            "content": [
                text("Multiple content types test:"),
                {"type": "image", "data": PNG, "mimeType": "image/png"},
                {"type": "resource", "resource": resource},
            ]
        }
    if name == "test_tool_with_logging":
        log("info", "Tool execution started")
        await asyncio.sleep(0.05)
        log("info", "Tool processing data")
        await asyncio.sleep(0.05)
        log("info", "Tool execution completed")
        return {"content": [text("Tool with logging executed successfully")]}
    if name == "test_tool_with_progress":
        for i, progress in enumerate((0, 50, 100)):
            if i:
                await asyncio.sleep(0.05)
            if token is not None:
                send(
                    {
                        "jsonrpc": "2.0",
                        "method": "notifications/progress",
                        "params": {"progressToken": token, "progress": progress, "total": 100},
                    }
                )
        return {"content": [text("Tool with progress executed successfully")]}
    if name == "test_error_handling":
        return {"content": [text("This tool intentionally returns an error for testing")], "isError": True}
    if name == "test_sampling":
        if "sampling" not in STATE["caps"]:
            raise RpcFail(-32600, "the client does not support sampling")
        result = await ask_client(
            "sampling/createMessage",
            {"messages": [{"role": "user", "content": text(str(args.get("prompt", "")))}], "maxTokens": 100},
        )
        content = result.get("content") or {}
        reply = content.get("text", "") if isinstance(content, dict) else json.dumps(content)
        return {"content": [text(f"LLM response: {reply}")]}
    if name == "test_elicitation":
        if "elicitation" not in STATE["caps"]:
            raise RpcFail(-32600, "the client does not support elicitation")
        schema = obj(
            {
                "username": {"type": "string", "description": "User's response"},
                "email": {"type": "string", "description": "User's email address"},
            },
            ["username", "email"],
        )
        result = await ask_client(
            "elicitation/create", {"message": str(args.get("message", "")), "requestedSchema": schema}
        )
        return {
            "content": [
                text(f"User response: action={result.get('action')}, content={json.dumps(result.get('content', {}))}")
            ]
        }
    if name == "test_elicitation_sep1034_defaults":
        schema = obj(
            {
                "name": {"type": "string", "default": "John Doe"},
                "age": {"type": "integer", "default": 30},
                "score": {"type": "number", "default": 95.5},
                "status": {"type": "string", "enum": ["active", "inactive", "pending"], "default": "active"},
                "verified": {"type": "boolean", "default": True},
            }
        )
        result = await ask_client(
            "elicitation/create", {"message": "Please review your profile", "requestedSchema": schema}
        )
        return {"content": [text(elicited(result))]}
    if name == "test_elicitation_sep1330_enums":
        titled = [
            {"const": f"value{i}", "title": t}
            for i, t in enumerate(("First Option", "Second Option", "Third Option"), 1)
        ]
        choices = [
            {"const": f"value{i}", "title": t}
            for i, t in enumerate(("First Choice", "Second Choice", "Third Choice"), 1)
        ]
        schema = obj(
            {
                "untitledSingle": {"type": "string", "enum": ["option1", "option2", "option3"]},
                "titledSingle": {"type": "string", "oneOf": titled},
                "legacyEnum": {
                    "type": "string",
                    "enum": ["opt1", "opt2", "opt3"],
                    "enumNames": ["Option One", "Option Two", "Option Three"],
                },
                "untitledMulti": {
                    "type": "array",
                    "items": {"type": "string", "enum": ["option1", "option2", "option3"]},
                },
                "titledMulti": {"type": "array", "items": {"anyOf": choices}},
            }
        )
        result = await ask_client("elicitation/create", {"message": "Pick some options", "requestedSchema": schema})
        return {"content": [text(elicited(result))]}
    if name == "test_reconnection":
        await asyncio.sleep(1.0)
        return {"content": [text("Reconnection test completed")]}
    if name == "json_schema_2020_12_tool":
        return {"content": [text(json.dumps(args))]}
    raise RpcFail(-32602, f"Unknown tool: {name}")


def read_resource(uri: str) -> dict:
    if uri == "test://static-text":
        return {
            "contents": [
                {"uri": uri, "mimeType": "text/plain", "text": "This is the content of the static text resource."}
            ]
        }
    if uri == "test://static-binary":
        return {"contents": [{"uri": uri, "mimeType": "image/png", "blob": PNG}]}
    if uri == "test://watched-resource":
        return {"contents": [{"uri": uri, "mimeType": "text/plain", "text": "Watched resource content"}]}
    if uri.startswith("test://template/") and uri.endswith("/data"):
        rid = uri[len("test://template/") : -len("/data")]
        body = json.dumps({"id": rid, "templateTest": True, "data": f"Data for ID: {rid}"}, separators=(",", ":"))
        return {"contents": [{"uri": uri, "mimeType": "application/json", "text": body}]}
    raise RpcFail(-32002, f"Resource not found: {uri}")


def get_prompt(name: str, args: dict) -> dict:
    if name == "test_simple_prompt":
        return {"messages": [{"role": "user", "content": text("This is a simple prompt for testing.")}]}
    if name == "test_prompt_with_arguments":
        said = f"Prompt with arguments: arg1='{args.get('arg1', '')}', arg2='{args.get('arg2', '')}'"
        return {"messages": [{"role": "user", "content": text(said)}]}
    if name == "test_prompt_with_embedded_resource":
        resource = {
            "uri": args.get("resourceUri", "test://example-resource"),
            "mimeType": "text/plain",
            "text": "Embedded resource content for testing.",
        }
        return {
            "messages": [
                {"role": "user", "content": {"type": "resource", "resource": resource}},
                {"role": "user", "content": text("Please process the embedded resource above.")},
            ]
        }
    if name == "test_prompt_with_image":
        return {
            "messages": [
                {"role": "user", "content": {"type": "image", "data": PNG, "mimeType": "image/png"}},
                {"role": "user", "content": text("Please analyze the image above.")},
            ]
        }
    raise RpcFail(-32602, f"Unknown prompt: {name}")


async def handle(msg: dict) -> dict:
    method = msg["method"]
    params = msg.get("params") or {}
    if method == "initialize":
        STATE["caps"] = params.get("capabilities") or {}
        return {
            "protocolVersion": params.get("protocolVersion", "2025-11-25"),
            "capabilities": {
                "tools": {"listChanged": True},
                "resources": {"subscribe": True, "listChanged": True},
                "prompts": {"listChanged": True},
                "logging": {},
                "completions": {},
            },
            "serverInfo": {"name": "mcp-conformance-test-server", "version": "1.0.0"},
        }
    if method == "ping":
        return {}
    if method == "tools/list":
        return {"tools": TOOLS}
    if method == "tools/call":
        return await call_tool(params)
    if method == "resources/list":
        return {"resources": RESOURCES}
    if method == "resources/templates/list":
        return {"resourceTemplates": TEMPLATES}
    if method == "resources/read":
        return read_resource(str(params.get("uri", "")))
    if method == "resources/subscribe":
        STATE["subscriptions"].add(params.get("uri"))
        return {}
    if method == "resources/unsubscribe":
        STATE["subscriptions"].discard(params.get("uri"))
        return {}
    if method == "prompts/list":
        return {"prompts": PROMPTS}
    if method == "prompts/get":
        return get_prompt(str(params.get("name")), params.get("arguments") or {})
    if method == "completion/complete":
        value = str((params.get("argument") or {}).get("value", ""))
        values = [v for v in ("paris", "park", "party", "test", "testing") if v.startswith(value)]
        return {"completion": {"values": values, "total": len(values), "hasMore": False}}
    if method == "logging/setLevel":
        level = params.get("level")
        if level not in LEVELS:
            raise RpcFail(-32602, f"unknown level {level!r}")
        STATE["level"] = level
        return {}
    raise RpcFail(-32601, f"Method not found: {method}")


async def serve_one(msg: dict) -> None:
    try:
        result = await handle(msg)
        send({"jsonrpc": "2.0", "id": msg["id"], "result": result})
    except RpcFail as exc:
        send({"jsonrpc": "2.0", "id": msg["id"], "error": {"code": exc.code, "message": exc.message}})


async def main() -> None:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=64 * 1024 * 1024)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    tasks = set()
    while line := await reader.readline():
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if "method" not in msg:
            fut = PENDING.pop(msg.get("id"), None)
            if fut is not None and not fut.done():
                if "error" in msg:
                    fut.set_exception(RpcFail(msg["error"].get("code", -32603), msg["error"].get("message", "")))
                else:
                    fut.set_result(msg.get("result") or {})
        elif "id" in msg:
            task = loop.create_task(serve_one(msg))
            tasks.add(task)
            task.add_done_callback(tasks.discard)


if __name__ == "__main__":
    asyncio.run(main())
