"""Secrets sent base64-encoded: a `.env` file or a JSON credential as a blob, `Basic <user:password>`."""

from __future__ import annotations

import base64
import json

import pytest
from every_case import every

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails import scan, secrets
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.guardrails.redact import Vault

_DOTENV = (
    "# orders-api, staging\nLOG_LEVEL=info\nORDERS_DB_URL=mysql://orders:Wn4rT8qLz2Vb@10.2.0.7:3306/orders\n"
    "QUEUE_NAME=orders-staging\n"
)
_CREDENTIAL = json.dumps(
    {
        "kind": "deploy-credential",
        "account": "ci-runner@build.internal",
        "client_secret": "Yp3mV8xQ2rT6wK9zB4nJ7cF1",
        "issued": "2026-10-02",
    }
)


def _b64(text: str, url_safe: bool = False) -> str:
    raw = text.encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode().rstrip("=") if url_safe else base64.b64encode(raw).decode()


_BLOBS = {
    "a .env file": _b64(_DOTENV),
    "a JSON credential, URL-safe without padding": _b64(_CREDENTIAL, url_safe=True),
    "base64 of base64": _b64(_b64("session_secret: Hq6vN3zR8tW2mK5p")),
}


@pytest.mark.parametrize("blob", list(_BLOBS.values()), ids=list(_BLOBS))
def test_an_encoded_blob_in_arguments_is_found_and_replaced_whole(blob: str) -> None:
    guard = LocalGuard(GuardrailPolicy())
    arguments = {"path": "deploy/staging.env", "content": blob, "encoding": "base64"}
    verdict = guard.check_input(arguments, Vault())
    assert [(h.detector, h.kind, h.where) for h in verdict.hits] == [("secrets", "encoded_secret", "arguments.content")]
    shown = json.dumps(verdict.shown)
    assert blob[:24] not in shown and blob[-24:] not in shown
    assert "deploy/staging.env" in shown


def test_basic_credentials_are_found_without_an_authorization_name() -> None:
    """A header value alone, a curl flag and a data URL's neighbour: `Basic` and base64 of `user:password`."""
    pair = _b64("svc-reports:Gk7#pQ2zLm9x")
    for text in (f"Basic {pair}", f"curl -H 'X-Upstream-Auth: basic {pair}' https://reports.internal/export"):
        found = secrets.find(text)
        assert [(f.kind, text[f.start : f.end]) for f in found] == [("basic_auth", pair)], text


@pytest.mark.parametrize("accelerate", [False, True])
@pytest.mark.parametrize("lead", ["log line\n" * 400, "Журнал развёртывания\n" * 200])
def test_an_encoded_blob_in_a_long_text_is_found(monkeypatch: pytest.MonkeyPatch, accelerate: bool, lead: str) -> None:
    """In a long text, ASCII (with and without Hyperscan) or not, a blob and a short `Basic` pair are found whole."""
    if accelerate:
        pytest.importorskip("hyperscan")
        assert secrets._ASSIGN_STARTS.prepare()
    else:
        monkeypatch.setattr(scan, "ACCELERATE", False)
    blob, pair = _BLOBS["a .env file"], _b64("ops:Zt5#wq8M")
    text = f"{lead}upload {blob} done\n{lead}header Basic {pair}\n{lead}"
    found = secrets.find(text)
    assert sorted((f.kind, text[f.start : f.end]) for f in found) == [("basic_auth", pair), ("encoded_secret", blob)]


@pytest.mark.parametrize("accelerate", [False, True])
def test_a_blob_cut_by_slashes_is_read_whole_in_a_long_text(monkeypatch: pytest.MonkeyPatch, accelerate: bool) -> None:
    """Base64 holds `/` where the text holds `?` at every third byte: its short first pieces still lead to it."""
    if accelerate:
        pytest.importorskip("hyperscan")
        assert secrets._ASSIGN_STARTS.prepare()
    else:
        monkeypatch.setattr(scan, "ACCELERATE", False)
    blob = _b64("#!?orders-api???\n" + _DOTENV)
    assert blob[3] == "/" and blob[19] == "/"
    pad = "build step ok\n" * 300
    text = f"{pad}artifact={blob}\n{pad}"
    assert [(f.kind, text[f.start : f.end]) for f in secrets.find(text)] == [("encoded_secret", blob)]


@every(
    "text",
    [
        _b64("LOG_LEVEL=info\nQUEUE_NAME=orders-staging\nREGION=eu-west-1\n"),
        _b64("Quarterly report: revenue up 4% on the same quarter last year."),
        base64.b64encode(bytes(range(256)) * 3).decode(),
        "Basic " + _b64("user:password"),
        "Basic " + _b64("admin:changeme"),
        "/usr/share/doc/python3/examples/demo",
        "ConfigurationManagerFactoryBuilder",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    ],
)
def test_encoded_text_without_a_secret_and_other_runs_pass(text: str) -> None:
    assert secrets.find(text) == []


def test_decoding_is_bounded_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """However many large blobs a text holds, at most `_B64_MOST` characters of them are decoded."""
    decoded: list[int] = []
    real = secrets._decoded

    def counting(run: str) -> str | None:
        decoded.append(len(run))
        return real(run)

    monkeypatch.setattr(secrets, "_decoded", counting)
    blob = _b64("note: nothing to see here, only words repeated.\n" * 9000)
    text = "\n".join([blob] * 4)
    secrets.find(text)
    assert len(decoded) >= 2
    assert sum(decoded) <= secrets._B64_MOST
