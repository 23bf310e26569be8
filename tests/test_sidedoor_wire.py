"""What passes beside a call, on the real gateway process: a server's own requests, their progress and their
cancellation, numbers as written, resources read only where they live."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import RawGateway

SERVER = Path(__file__).parent / "servers" / "sidedoor_server.py"
RECORDING = Path(__file__).parent / "servers" / "recording_server.py"
Reply = Callable[[dict[str, Any]], list[dict[str, Any]]]


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RawGateway, Path]]:
    tmp = tmp_path_factory.mktemp("sidedoor_wire")
    record = tmp / "received.jsonl"
    servers = {name: {"command": sys.executable, "args": [str(SERVER), name]} for name in ("side", "other")}
    servers["rec"] = {"command": sys.executable, "args": [str(RECORDING), str(record)]}
    gateway = RawGateway(tmp, {"mcpServers": servers})
    capabilities = {"sampling": {"context": {}}}
    gateway.request(
        "initialize",
        {"protocolVersion": "2025-11-25", "capabilities": capabilities, "clientInfo": {"name": "t", "version": "0"}},
    )
    gateway.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
    for method in ("tools/list", "resources/list", "resources/templates/list"):
        gateway.request(method)
    tools = {t["name"] for t in gateway.request("tools/list")["result"]["tools"]}
    assert {"side__link", "other__link"} <= tools, f"both servers are up; stderr:\n{gateway.stderr()}"
    yield gateway, record
    gateway.close()


def exchange(gateway: RawGateway, method: str, params: dict[str, Any], reply: Reply) -> tuple[dict, list[dict]]:
    """Send a request; answer what the gateway asks meanwhile with `reply`; its answer and all that came first."""
    gateway._next += 1
    rid = gateway._next
    gateway.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
    seen: list[dict[str, Any]] = []
    while True:
        msg = gateway.recv()
        if msg.get("id") == rid and "method" not in msg:
            return msg, seen
        seen.append(msg)
        if "method" in msg and "id" in msg:
            for out in reply(msg):
                gateway.send(out)


def answer_line(gateway: RawGateway, rid: int) -> str:
    """The line of the answer to request `rid`, as written (a notification sent meanwhile, such as a changed tool list
    once the gateway's background checks end, is passed over)."""
    assert gateway.proc.stdout is not None
    while True:
        line = gateway.proc.stdout.readline().decode()
        assert line, f"the gateway closed its output; stderr:\n{gateway.stderr()}"
        msg = json.loads(line)
        if msg.get("id") == rid and "method" not in msg:
            return line


def answered(msg: dict[str, Any]) -> dict[str, Any]:
    content = {"type": "text", "text": "teal"}
    return {"jsonrpc": "2.0", "id": msg["id"], "result": {"role": "assistant", "content": content, "model": "m"}}


def text_of(answer: dict[str, Any]) -> str:
    return answer["result"]["content"][0]["text"]


def test_the_clients_progress_on_a_servers_request_reaches_that_server_only(gw) -> None:
    gateway, _ = gw
    tokens: list[Any] = []

    def with_progress(msg: dict[str, Any]) -> list[dict[str, Any]]:
        token = msg["params"]["_meta"]["progressToken"]
        tokens.append(token)
        note = {"progressToken": token, "progress": 1, "total": 2, "message": "thinking"}
        return [{"jsonrpc": "2.0", "method": "notifications/progress", "params": note}, answered(msg)]

    first, _ = exchange(gateway, "tools/call", {"name": "side__ask_progress"}, with_progress)
    second, _ = exchange(gateway, "tools/call", {"name": "other__ask_progress"}, with_progress)
    note = {"progressToken": "tok-1", "progress": 1, "total": 2, "message": "thinking"}
    assert json.loads(text_of(first))["progress"] == [note], "the server gets its own token back"
    assert json.loads(text_of(second))["progress"] == [note], "each server only its own request's progress"
    assert tokens[0] != tokens[1], "two servers' equal tokens are told apart by the client"


def test_progress_the_client_sends_is_checked_on_its_way_to_the_server(gw) -> None:
    gateway, _ = gw
    secret = "ghp_R4nD0mT0k3nV4lu3F0rT3st1ngXyZ9876543"

    def with_progress(msg: dict[str, Any]) -> list[dict[str, Any]]:
        token = msg["params"]["_meta"]["progressToken"]
        notes = [{"progressToken": token, "progress": 1, "message": secret}, {"progressToken": token, "progress": 2}]
        return [{"jsonrpc": "2.0", "method": "notifications/progress", "params": n} for n in notes] + [answered(msg)]

    answer, _ = exchange(gateway, "tools/call", {"name": "side__ask_progress"}, with_progress)
    assert secret not in text_of(answer)
    told = json.loads(text_of(answer))["progress"]
    assert told[-1] == {"progressToken": "tok-1", "progress": 2}, "what passes the checks goes on"


def test_a_servers_own_cancel_is_not_shown_as_the_clients(gw) -> None:
    gateway, _ = gw
    gateway.send({"jsonrpc": "2.0", "id": "asking", "method": "tools/call", "params": {"name": "side__ask_cancel"}})
    asked = gateway.recv()
    assert asked["method"] == "sampling/createMessage"
    gateway.send({"jsonrpc": "2.0", "id": "cancel", "method": "tools/call", "params": {"name": "side__cancel_asks"}})
    seen = [gateway.recv() for _ in range(3)]
    answers = {m["id"]: text_of(m) for m in seen if "result" in m}
    cancels = [m["params"] for m in seen if m.get("method") == "notifications/cancelled"]
    assert answers == {"asking": "gave up", "cancel": "cancelled"}
    assert cancels == [{"requestId": asked["id"], "reason": "cancelled by the server"}]


@pytest.mark.parametrize("tool", ["numbers", "numbers_odd"])
def test_numbers_reach_the_client_as_the_server_wrote_them(gw, tool: str) -> None:
    """`numbers_odd` answers with a lone surrogate beside them (the encoder's slower path)."""
    gateway, _ = gw
    assert gateway.proc.stdout is not None
    gateway._next += 1
    gateway.send({"jsonrpc": "2.0", "id": gateway._next, "method": "tools/call", "params": {"name": f"side__{tool}"}})
    line = answer_line(gateway, gateway._next)
    assert "error" not in json.loads(line), line
    for written in ('"big":1E400', '"sci":1e5', '"neg":-0.0', '"zero":-0,', '"small":2.50e-3', '"plain":7'):
        assert written in line
    assert '"long":123456789012345678901234567890' in line
    assert tool == "numbers" or '"figures \\ud83d"' in line


def test_numbers_in_a_definition_are_listed_as_the_server_wrote_them(gw) -> None:
    gateway, _ = gw
    assert gateway.proc.stdout is not None
    gateway._next += 1
    gateway.send({"jsonrpc": "2.0", "id": gateway._next, "method": "tools/list", "params": {}})
    line = answer_line(gateway, gateway._next)
    assert '"maximum":1E400,"default":1e5' in line, "the server's tools are all listed, its numbers as written"


def test_numbers_reach_the_server_as_the_client_wrote_them(gw) -> None:
    gateway, _ = gw
    assert gateway.proc.stdin is not None
    gateway._next += 1
    args = '{"sci":1e5,"big":-1E400,"neg":-0.0,"zero":-0}'
    params = f'{{"name":"side__echo","arguments":{args}}}'
    line = f'{{"jsonrpc":"2.0","id":{gateway._next},"method":"tools/call","params":{params}}}'
    gateway.proc.stdin.write(line.encode() + b"\n")
    gateway.proc.stdin.flush()
    answer = json.loads(answer_line(gateway, gateway._next))
    assert args in text_of(answer), answer


def test_a_uri_no_server_lists_is_not_sent_to_every_server(gw) -> None:
    gateway, record = gw
    before = {n: json.loads(text_of(gateway.request("tools/call", {"name": f"{n}__reads"}))) for n in ("side", "other")}
    answer = gateway.request("resources/read", {"uri": "elsewhere://notes/7"})
    assert answer["error"]["code"] == -32002 and "elsewhere://notes/7" in answer["error"]["message"]
    answer = gateway.request("resources/read", {"uri": "other://notes/7"})
    assert answer.get("result", {}).get("contents", [{}])[0].get("text") == "other has it", (answer, gateway.stderr())
    reads = {n: json.loads(text_of(gateway.request("tools/call", {"name": f"{n}__reads"}))) for n in ("side", "other")}
    assert {n: reads[n][len(before[n]) :] for n in reads} == {"side": [], "other": ["other://notes/7"]}
    got = [json.loads(line) for line in record.read_text().splitlines()]
    assert [m for m in got if m.get("method") == "resources/read"] == []


def test_a_uri_a_server_links_to_is_read_from_that_server(gw) -> None:
    """A file a server links to (or embeds) in a tool result or a prompt, without listing it, is read from that
    server, and from no other, though several servers offer resources."""
    gateway, _ = gw
    for name in ("side", "other"):
        assert "result" in gateway.request("prompts/list")
        answer = gateway.request("tools/call", {"name": f"{name}__link"})
        content = answer.get("result", {}).get("content", [])
        assert len(content) == 2 and content[1]["uri"] == f"{name}://files/report.txt", (answer, gateway.stderr())
        prompt = gateway.request("prompts/get", {"name": f"{name}__linked"})
        assert len(prompt["result"]["messages"]) == 2, prompt
    before = {n: json.loads(text_of(gateway.request("tools/call", {"name": f"{n}__reads"}))) for n in ("side", "other")}
    for name in ("side", "other"):
        for path in ("report.txt", "prompt-link.md", "embedded.md"):
            answer = gateway.request("resources/read", {"uri": f"{name}://files/{path}"})
            assert answer.get("result", {}).get("contents", [{}])[0].get("text") == f"{name} has it", answer
    reads = {n: json.loads(text_of(gateway.request("tools/call", {"name": f"{n}__reads"}))) for n in ("side", "other")}
    assert {n: reads[n][len(before[n]) :] for n in reads} == {
        n: [f"{n}://files/{p}" for p in ("report.txt", "prompt-link.md", "embedded.md")] for n in ("side", "other")
    }
    answer = gateway.request("resources/read", {"uri": "side://files/never-linked.txt"})
    assert answer["error"]["code"] == -32002, answer
    for name in ("side", "other"):  # (a folder read through a link: what it holds is read from the same server)
        answer = gateway.request("resources/read", {"uri": f"{name}://files/"})
        assert "error" in answer, "not linked yet"
        linked = gateway.request("tools/call", {"name": f"{name}__link_folder"})
        assert linked["result"]["content"][1]["uri"] == f"{name}://files/", linked
        folder = gateway.request("resources/read", {"uri": f"{name}://files/"})
        assert [c["uri"] for c in folder["result"]["contents"]][1:] == [f"{name}://files/inner.txt"], folder
        inner = gateway.request("resources/read", {"uri": f"{name}://files/inner.txt"})
        assert inner.get("result", {}).get("contents", [{}])[0].get("text") == f"{name} has it", inner


def test_progress_on_a_read_reaches_the_client(gw) -> None:
    """Progress asked for on a request other than a call (a resource read) reaches the client before the answer."""
    gateway, _ = gw
    params = {"uri": "other://notes", "_meta": {"progressToken": "read-1"}}
    answer, seen = exchange(gateway, "resources/read", params, lambda msg: [])
    assert answer["result"]["contents"][0]["text"] == "other has it", answer
    progress = [m["params"] for m in seen if m.get("method") == "notifications/progress"]
    assert progress == [{"progressToken": "read-1", "progress": 1}], seen


def test_a_client_gets_only_the_log_lines_at_the_level_it_asked_for(gw) -> None:
    gateway, _ = gw
    assert "result" in gateway.request("logging/setLevel", {"level": "error"})
    answer, seen = exchange(gateway, "tools/call", {"name": "side__log"}, lambda msg: [])
    assert text_of(answer) == "logged"
    assert [m["params"]["level"] for m in seen if m.get("method") == "notifications/message"] == ["error"]


def test_a_server_never_gets_other_servers_context_through_the_clients_model(gw) -> None:
    """Through the gateway the client sees one server: the context it would include is every server's."""
    gateway, _ = gw
    asked: list[dict[str, Any]] = []

    def keep(msg: dict[str, Any]) -> list[dict[str, Any]]:
        asked.append(msg)
        return [answered(msg)]

    answer, _ = exchange(gateway, "tools/call", {"name": "side__ask_context"}, keep)
    assert "teal" in text_of(answer)
    assert asked[0]["params"]["includeContext"] == "none"
    init = json.loads(text_of(gateway.request("tools/call", {"name": "side__init"})))
    assert init["capabilities"]["sampling"] == {}, "servers are not told the client can include context"


def test_an_answer_in_a_batch_the_protocol_version_does_not_allow_fails_at_once(gw) -> None:
    gateway, _ = gw
    answer = gateway.request("tools/call", {"name": "side__batch"})
    assert answer["result"]["isError"] and "server side sent its answer in a batch" in text_of(answer), answer


PLANTED = "ghp_Wq7Zp3Lm9Kx2Vb8Nc4Rt6Yh1Jd5Fg0SaE3uQ"


def _call(gateway: RawGateway, tool: str) -> tuple[dict, list[dict]]:
    return exchange(gateway, "tools/call", {"name": f"side__{tool}", "arguments": {}}, lambda m: [answered(m)])


def test_answers_a_server_was_never_asked_for_or_already_gave_reach_no_client(gw) -> None:
    gateway, _ = gw
    for tool, first in (("stray", "after strays"), ("twice", "first answer")):
        answer, seen = _call(gateway, tool)
        after, between = _call(gateway, "echo")  # (what the server wrote before this answer was read before it)
        assert (text_of(answer), seen, between) == (first, [], []), (answer, seen, between)
        assert '"name":"echo"' in text_of(after)
    assert PLANTED not in gateway.stderr()


def test_a_servers_request_with_the_id_of_the_call_it_serves_is_answered_as_its_own(gw) -> None:
    gateway, _ = gw
    answer, seen = _call(gateway, "same_id")
    assert [m.get("method") for m in seen] == ["sampling/createMessage"], seen
    assert json.loads(text_of(answer))["answer"]["content"]["text"] == "teal"


def test_an_answer_written_a_few_bytes_at_a_time_arrives_whole(gw) -> None:
    gateway, _ = gw
    answer, seen = _call(gateway, "dribble")
    assert (text_of(answer), seen) == ("in pieces", [])


def test_an_answer_that_is_not_utf8_fails_its_call_unseen_and_the_server_goes_on(gw) -> None:
    gateway, _ = gw
    answer, _ = _call(gateway, "latin1")
    assert answer["result"]["isError"] and "refused" in text_of(answer) and PLANTED not in json.dumps(answer), answer
    assert '"name":"echo"' in text_of(_call(gateway, "echo")[0])
    assert PLANTED not in gateway.stderr()
