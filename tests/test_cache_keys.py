"""Cache keys: what changes them, what does not, and that they never carry a value."""

from __future__ import annotations

import re

import pytest

from secure_mcp_gateway import cache_keys
from secure_mcp_gateway.cache_keys import catalog_key, launch_spec, verdict_key
from secure_mcp_gateway.config import ServerConfig

HEX64 = re.compile(r"^[0-9a-f]{64}$")


def server(**over: object) -> ServerConfig:
    spec: dict[str, object] = {
        "command": "npx",
        "args": ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"],
        "env": {"API_TOKEN": "tok-1", "MODE": "fast"},
    }
    spec.update(over)
    return ServerConfig.model_validate(spec)


def test_catalog_key_is_a_stable_hex_digest() -> None:
    assert HEX64.match(catalog_key("files", server()))
    assert catalog_key("files", server()) == catalog_key("files", server())


def test_catalog_key_ignores_env_order() -> None:
    a = server(env={"A": "1", "B": "2"})
    b = server(env={"B": "2", "A": "1"})
    assert catalog_key("files", a) == catalog_key("files", b)


@pytest.mark.parametrize(
    "change",
    [
        {"command": "uvx"},
        {"args": ["-y", "@modelcontextprotocol/server-filesystem", "/home"]},
        {"env": {"API_TOKEN": "tok-2", "MODE": "fast"}},
        {"env": {"API_TOKEN": "tok-1", "MODE": "fast", "EXTRA": "1"}},
        {"env": {"OTHER_TOKEN": "tok-1", "MODE": "fast"}},
        {"cwd": "/srv"},
        {"inherit_env": ["HOME"]},
    ],
)
def test_catalog_key_changes_with_the_launch_spec(change: dict[str, object]) -> None:
    assert catalog_key("files", server(**change)) != catalog_key("files", server())


def test_catalog_key_of_a_remote_server_follows_url_and_header_values() -> None:
    base = ServerConfig(url="https://mcp.example.com/mcp", headers={"Authorization": "Bearer one"})
    assert catalog_key("r", base) != catalog_key("r", base.model_copy(update={"url": "https://other.example.com"}))
    assert catalog_key("r", base) != catalog_key(
        "r", base.model_copy(update={"headers": {"Authorization": "Bearer two"}})
    )
    assert catalog_key("r", base) != catalog_key("r", base.model_copy(update={"type": "sse"}))


def test_catalog_key_changes_with_the_name_and_the_gateway_version(monkeypatch: pytest.MonkeyPatch) -> None:
    before = catalog_key("files", server())
    assert catalog_key("files2", server()) != before
    monkeypatch.setattr(cache_keys, "__version__", "99.0.0")
    assert catalog_key("files", server()) != before


def test_launch_spec_holds_env_and_header_names_but_never_their_values() -> None:
    spec = launch_spec(
        "r",
        ServerConfig(
            url="https://mcp.example.com",
            headers={"Authorization": "Bearer s3cr3t-header"},
            env={"TOKEN": "s3cr3t-env"},
        ),
    )
    text = cache_keys.canonical(spec).decode()
    assert "Authorization" in text and "TOKEN" in text
    assert "s3cr3t" not in text


def test_verdict_key_is_a_hex_digest_that_follows_every_field() -> None:
    base = verdict_key("enkrypt", "policy-1", "input", "hello")
    assert HEX64.match(base)
    assert verdict_key("enkrypt", "policy-1", "input", "hello") == base
    assert verdict_key("webhook", "policy-1", "input", "hello") != base
    assert verdict_key("enkrypt", "policy-2", "input", "hello") != base
    assert verdict_key("enkrypt", "policy-1", "output", "hello") != base
    assert verdict_key("enkrypt", "policy-1", "input", "hello!") != base


def test_verdict_key_fields_cannot_run_into_each_other() -> None:
    assert verdict_key("a", "bc", "input", "x") != verdict_key("ab", "c", "input", "x")
    assert verdict_key("p", "q", "input", 'x","y') != verdict_key("p", "q", "input", "x")


def test_verdict_key_accepts_any_text_and_never_contains_it() -> None:
    content = "secret \ud800 lone surrogate and ünïcödé"
    key = verdict_key("p", "q", "output", content)
    assert HEX64.match(key)
    assert "secret" not in key
