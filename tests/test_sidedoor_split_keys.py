"""A private key cut between results (or tool calls): the piece without the header is found by its footer, the
pieces between by the result before them, which ended inside the key (a server that is a real process)."""

from __future__ import annotations

import base64
import random
import re

import pytest
from memlink import Client, connect
from servers.pem_files import FILES, page

from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.chain import Chain
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.guardrails import secrets
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.guardrails.redact import Vault
from secure_mcp_gateway.handlers import Handlers
from secure_mcp_gateway.pipeline import Pipeline

GUARD = LocalGuard(GatewayConfig().policy_for(""))


def _key(lines: int = 16, seed: int = 7) -> list[str]:
    """A made-up PKCS#8 key in PEM form: header, base64 lines of 64 characters, footer."""
    raw = b"\x30\x82\x04\xbd\x02\x01\x00" + random.Random(seed).randbytes(lines * 48 - 7)
    body = base64.b64encode(raw).decode()
    return [
        "-----BEGIN PRIVATE KEY-----",
        *(body[i : i + 64] for i in range(0, len(body), 64)),
        "-----END PRIVATE KEY-----",
    ]


def _shown(text: str) -> str:
    result = {"content": [{"type": "text", "text": text}]}
    return GUARD.check_output(result, Vault("s")).value["content"][0]["text"]


def test_the_second_result_of_a_cut_key_shows_none_of_its_lines() -> None:
    key = _key()
    first = "Here is the key file, part 1:\n" + "\n".join(key[:9]) + "\n"
    second = "\n".join(key[9:]) + "\n"
    shown = _shown(first) + _shown(second)
    assert not [line for line in key[1:-1] if line[:24] in shown], shown
    assert re.fullmatch(r"<SECRET:private_key:[a-z0-9]+>\n", _shown(second)), "the rest and its footer, as one"


def test_a_piece_cut_inside_a_line_after_other_words_keeps_the_words() -> None:
    key = _key(seed=11)
    tail = "continued from the last call: " + key[5][30:] + "\n" + "\n".join(key[6:]) + "\n\nDone."
    shown = _shown(tail)
    assert shown.startswith("continued from the last call: <") and shown.endswith("\n\nDone."), shown
    assert not [line for line in key[6:-1] if line[:24] in shown]


def test_a_service_account_file_cut_inside_its_key_finds_the_rest_in_its_escaped_lines() -> None:
    key = _key(seed=3)
    escaped = "\\n".join(key[8:]) + '\\n",\n  "client_email": "svc@demo-project.iam.gserviceaccount.com",\n'
    rest = escaped + '  "type": "service_account"\n}'
    found = secrets.find(rest)
    assert [f.kind for f in found if f.kind.endswith("key")] == ["gcp_service_account_key"]
    (hit,) = [f for f in found if f.kind.endswith("key")]
    assert rest[hit.start : hit.end].startswith(key[8]) and rest[hit.end :].startswith('",\n  "client_email"')


def test_footers_without_a_key_before_them_are_not_secrets() -> None:
    key = _key(seed=5)
    quiet = [
        'PEM_FOOTER = "-----END PRIVATE KEY-----"',
        'pem = header + "\\n" + body + "\\n-----END RSA PRIVATE KEY-----\\n"',
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg...\n-----END PRIVATE KEY-----",
        "The file ends with its footer line:\n-----END OPENSSH PRIVATE KEY-----",
    ]
    for text in quiet:
        assert [f for f in secrets.find(text) if f.kind == "private_key"] == [], text
    worded = "Acknowledgements\nSeeAlsoTheReadme\n" + "\n".join(key[-3:])
    (hit,) = [f for f in secrets.find(worded) if f.kind == "private_key"]
    assert worded[: hit.start] == "Acknowledgements\nSeeAlsoTheReadme\n", "lines of words are no part of a key"


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


async def _pages(client: Client, file: str, parts: range, of: int, read: bool = False) -> list[str]:
    """The parts of one of the hostile server's files as the client is shown them (tools/call, or resources/read)."""
    out = []
    for part in parts:
        if read:
            got = await client.call("resources/read", {"uri": f"hostile://pages/{file}/{part}/{of}"})
            out.append(got["contents"][0]["text"])
        else:
            args = {"file": file, "part": part, "of": of}
            got = await client.call("tools/call", {"name": "h__pages", "arguments": args})
            out.append(got["content"][0]["text"])
    return out


def _in_clear(shown: list[str], file_text: str) -> list[str]:
    """The body lines of a PEM file whose first 16 characters are shown."""
    body = [line for line in file_text.splitlines() if line and not line.startswith("-----")]
    return [line for line in body if line[:16] in "".join(shown)]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("file", "of", "read"),
    [("key", 3, False), ("rsa", 6, False), ("key", 28, False), ("rsa", 4, True), ("rsa", 40, False)],
)
async def test_a_key_read_in_three_or_more_parts_shows_none_of_its_lines(
    hostile_client, file: str, of: int, read: bool
) -> None:
    assert await _pages(hostile_client, "cert", range(1), 1) == [
        FILES["cert"]
    ]  # (a result before that leaves nothing open)
    middle = await _pages(hostile_client, file, range(1, 2), of, read)  # alone, the middle part is found clean...
    assert middle[0].strip() and "<SECRET" not in middle[0]
    shown = await _pages(hostile_client, file, range(of), of, read)
    assert _in_clear(shown, FILES[file]) == [], shown  # ...and after the part that opens the key, it is its rest
    body = [text for text in shown if text.strip() and not text.startswith("-----")]  # (40 parts: some empty)
    assert body and all("<SECRET:private_key:" in text for text in body), shown


@pytest.mark.anyio
async def test_certificates_mail_and_what_follows_a_closed_key_are_shown_as_sent(hostile_client) -> None:
    for file in ("cert", "mail"):
        assert "".join(await _pages(hostile_client, file, range(3), 3)) == FILES[file]
    await _pages(hostile_client, "key", range(1), 3)  # a key left open...
    await hostile_client.call("tools/call", {"name": "h__echo", "arguments": {"text": "thanks, that will do"}})
    mail = await _pages(hostile_client, "mail", range(3), 3)  # ...and closed by the next result: the mail is its own
    assert "".join(mail) == FILES["mail"]
    assert (
        "<SECRET:private_key:" in (await _pages(hostile_client, "key", range(1), 1))[0]
    )  # a whole key: closed at its end
    for after in ("key", "rsa"):  # a key left open, then a certificate: a block of its own
        await _pages(hostile_client, after, range(1), 2)
        assert await _pages(hostile_client, "ca", range(1), 1) == [FILES["ca"]]
    assert "".join(await _pages(hostile_client, "cert", range(4), 4)) == FILES["cert"]


@pytest.mark.anyio
async def test_a_key_logged_a_line_at_a_time_shows_none_of_its_lines_and_a_certificate_all(hostile_client) -> None:
    await hostile_client.call("logging/setLevel", {"level": "info"})
    logged = []
    for file in ("key", "ca"):
        await hostile_client.call("tools/call", {"name": "h__log_file", "arguments": {"case": file}})
        lines = [n["params"]["data"] for n in hostile_client.got("notifications/message")]
        logged.append(lines[-len(FILES[file].splitlines()) :])
    key, ca = logged
    assert _in_clear(key, FILES["key"]) == [] and len(key) == len(FILES["key"].splitlines()), key
    assert ca == FILES["ca"].splitlines()


@pytest.mark.anyio
async def test_a_key_one_client_left_open_is_not_continued_in_another_clients_results(hostile_client) -> None:
    other = await connect(hostile_client.hub, Handlers(hostile_client.hub), {})
    try:
        await _pages(hostile_client, "key", range(1), 3)  # one client: a key left open
        mail = await _pages(other, "mail", range(1, 3), 3)  # the other: a page that opens with base64 lines
        assert mail == [page("mail", 1, 3), page("mail", 2, 3)] and mail[0][:1].isalnum()
        shown = await _pages(hostile_client, "key", range(1, 3), 3)
        assert _in_clear(shown, FILES["key"]) == [], "the first client's key still runs on in its own results"
    finally:
        hostile_client.hub.close_session(other.session)


def _der_key(size: int, seed: int) -> str:
    """A made-up PKCS#8 key whose DER sequence gives its length (`size` bytes after its header), in PEM form."""
    raw = b"\x30" + (bytes([size]) if size < 0x80 else b"\x82" + size.to_bytes(2, "big"))
    raw += random.Random(seed).randbytes(size)
    body = base64.b64encode(raw).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "\n".join(["-----BEGIN PRIVATE KEY-----", *lines, "-----END PRIVATE KEY-----"]) + "\n"


async def _shown_in_turn(*texts: str) -> list[str]:
    """Each text as a client is shown it, one tools/call result of one server after another (in process)."""
    chain = Chain(Pipeline(GatewayConfig(cache={"enabled": False})))
    out = []
    for text in texts:
        result = {"content": [{"type": "text", "text": text}]}
        flow = await chain.to_client_value(CallLine("fs", "read", "fs__read"), "tools/call", result)
        out.append(flow.value["content"][0]["text"])
    return out


@pytest.mark.anyio
@pytest.mark.parametrize(
    "after",
    [
        "9f86d081884c7d659a2feaa0c55ad015",  # a hex id alone
        "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12\n",  # a commit
        "q83vEjRWeJq83vEjRWeJqw==",  # a padded base64 token, shorter than what the key needs
        "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg=\nThat was the upload's checksum.",
    ],
)
async def test_an_id_after_a_result_that_ends_inside_a_key_is_shown_as_sent(after: str) -> None:
    key = _der_key(1190, 3)
    first, shown = await _shown_in_turn(key[: len(key) // 2].rsplit("\n", 1)[0] + "\n", after)
    assert "<SECRET:private_key:" in first and shown == after


@pytest.mark.anyio
@pytest.mark.parametrize("cut", [12, 40])
async def test_a_key_of_one_line_cut_inside_it_shows_none_of_it(cut: int) -> None:
    key = _der_key(46, 4)  # (an Ed25519 key's size: one body line of 64)
    line = key.splitlines()[1]
    at = key.index(line) + cut
    shown = "".join(await _shown_in_turn(key[:at], key[at:]))
    assert not any(line[i : i + 8] in shown for i in range(len(line) - 7)), shown
    assert "<SECRET:private_key:" in shown, "the client sees where the key was"
    last = key.replace(line, line[:48] + "\n" + line[48:])  # (a key's short last line, alone in its result)
    parts = last.splitlines(keepends=True)
    shown = "".join(await _shown_in_turn("".join(parts[:2]), parts[2], parts[3]))
    assert line[48:] not in shown and line[:48] not in shown, shown
    assert "<SECRET:private_key:" in shown, "the client sees where the key was"
