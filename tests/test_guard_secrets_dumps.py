"""Secrets in dumps and exports: SQL statements and rows, Terraform state, API clients' auth blocks, HAR captures,
environment tables of error pages; and the ids, hashes and references beside them that pass."""

from __future__ import annotations

import pytest

from secure_mcp_gateway.guardrails import secrets


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in secrets.find(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("CREATE USER 'etl'@'10.%' IDENTIFIED BY 'Wm4#tQz8Lp2x';", "Wm4#tQz8Lp2x"),
        ("ALTER USER hr_app IDENTIFIED BY Kf7vNq2Rt9Ls;", "Kf7vNq2Rt9Ls"),
        ("CREATE USER 'ro'@'%' IDENTIFIED WITH caching_sha2_password BY 'Zr5!mXk2Pw8q';", "Zr5!mXk2Pw8q"),
        ("CREATE DATABASE LINK sales CONNECT TO rep IDENTIFIED BY \"Hy3nBq8Vw2Tz\" USING 'SALES';", "Hy3nBq8Vw2Tz"),
        ("ALTER ROLE metabase WITH LOGIN PASSWORD 'Qe9vTz4Km7Wb';", "Qe9vTz4Km7Wb"),
        ("CREATE LOGIN reporting WITH PASSWORD = 'Gt6#Lp3Xv8Nq', CHECK_POLICY = ON;", "Gt6#Lp3Xv8Nq"),
    ],
)
def test_a_password_set_by_a_sql_statement_is_found(text: str, value: str) -> None:
    assert value in _values(text)


def test_the_secret_column_of_copy_and_insert_rows_is_found() -> None:
    copy = "COPY public.webhooks (id, url, signing_secret) FROM stdin;\n7\thttps://hooks.example/a\tv8Kq2WmZ4tRb9LxN3pYc\n\\.\n"
    insert = (
        "INSERT INTO `oauth_apps` (`id`, `name`, `client_secret`) VALUES\n"
        "(1, 'mobile', 'Nq8Zt3VkLw6Rb2Xm'),\n(2, 'desk', 'Pf4Yc9QwTz7Lm3Hv');"
    )
    assert "v8Kq2WmZ4tRb9LxN3pYc" in _values(copy)
    assert {"Nq8Zt3VkLw6Rb2Xm", "Pf4Yc9QwTz7Lm3Hv"} <= set(_values(insert))


@pytest.mark.parametrize(
    "text",
    [
        "CREATE ROLE ro WITH LOGIN ENCRYPTED PASSWORD 'md5f1e2d3c4b5a697887766554433221100';",
        "ALTER ROLE ro PASSWORD 'SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy';",
        "CREATE USER 'backup'@'localhost' IDENTIFIED WITH auth_socket;",
        "Messages are identified by UID, not by sequence number.",
        "COPY public.webhooks (id, url, signing_secret) FROM stdin;\n7\thttps://hooks.example/a\t\\N\n\\.\n",
        "INSERT INTO `oauth_apps` (`id`, `name`, `client_secret`) VALUES (1, 'mobile', '');",
    ],
)
def test_hashes_plugins_prose_and_empty_cells_pass(text: str) -> None:
    assert _values(text) == []


def test_terraform_state_marks_what_is_sensitive() -> None:
    state = (
        '{"type": "random_password", "instances": [{"attributes": {"id": "none", "length": 20, '
        '"result": "Lx7_qW2-nZ9tRk4mPv8y", "special": true}, '
        '"sensitive_attributes": [[{"type": "get_attr", "value": "result"}]]}]}'
    )
    outputs = '{"api_token": {"sensitive": true, "type": "string", "value": "Tk3vQz9Wm2Lp7Xr4"}}'
    assert "Lx7_qW2-nZ9tRk4mPv8y" in _values(state)
    assert "Tk3vQz9Wm2Lp7Xr4" in _values(outputs)


def test_terraform_values_not_marked_sensitive_pass() -> None:
    outputs = '{"bucket": {"sensitive": false, "type": "string", "value": "acme-logs-eu-north-1"}}'
    assert _values(outputs) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            '"auth": {"type": "apikey", "apikey": [{"key": "value", "value": "Rm8vXq3TzK7wLp2N", "type": "string"}, '
            '{"key": "key", "value": "X-Api-Key", "type": "string"}]}',
            "Rm8vXq3TzK7wLp2N",
        ),
        (
            '"oauth2": [{"key": "clientSecret", "value": "Hq4Zt8VmW2kLr7Xp", "type": "string"}, '
            '{"key": "grant_type", "value": "client_credentials", "type": "string"}]',
            "Hq4Zt8VmW2kLr7Xp",
        ),
        (
            '"cookies": [{"name": "laravel_session", "value": "eyJpdiI6Ik5xM3ZaOHRXMmtMcjdYcCIsInZhbHVlIjoi", '
            '"httpOnly": true}]',
            "eyJpdiI6Ik5xM3ZaOHRXMmtMcjdYcCIsInZhbHVlIjoi",
        ),
        ('"headers": [{"name": "x-api-key", "value": "Lk7Vq2Zm9Tw4Rx8B"}]', "Lk7Vq2Zm9Tw4Rx8B"),
        ('"header": [{"key": "X-Goog-Api-Key", "value": "Bv3Nq8Wz2Lm7Tk4R", "type": "text"}]', "Bv3Nq8Wz2Lm7Tk4R"),
        (
            '{"name": "Set-Cookie", "value": "auth=Wq2Lz8Tv4Km7Xp3Rb9Nc; Path=/; HttpOnly"}',
            "Wq2Lz8Tv4Km7Xp3Rb9Nc",
        ),
    ],
)
def test_api_client_exports_and_har_captures_give_their_secrets(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        '"apikey": [{"key": "value", "value": "{{apiKey}}", "type": "string"}, {"key": "in", "value": "header"}]',
        '"cookies": [{"name": "theme", "value": "dark-high-contrast"}, {"name": "lang", "value": "is-IS"}]',
        '{"name": "set-cookie", "value": "consent=necessary-analytics; Path=/; Max-Age=31536000"}',
        '"header": [{"key": "Content-Type", "value": "application/json"}, {"key": "x-api-key", "value": "{{apiKey}}"}]',
        '{"key": "monkey", "value": "Lk7Vq2Zm9Tw4Rx8B"}',
    ],
)
def test_variables_and_ordinary_cookies_pass(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("APP_ENV\tproduction\nAPP_KEY\tbase64:q3Zt8VmW2kLr7XpNb4Yc6Tw9Hs1Qe5Rf0Ag3Ju2Ki8=\n", "base64:"),
        ('<tr><td class="e">STRIPE_SECRET </td><td class="v">Zp4Wq8Lt2Vm7Kx3R </td></tr>', "Zp4Wq8Lt2Vm7Kx3R"),
    ],
)
def test_environment_tables_of_error_pages_give_their_secrets(text: str, value: str) -> None:
    assert any(value in v for v in _values(text))


@pytest.mark.parametrize(
    "text",
    [
        "APP_ENV\tproduction\nDB_PASSWORD\t********\nAPP_DEBUG\tfalse",
        "user.name=Ada Berg\nuser.signingkey=9C41E07B22D5F3A8\ncommit.gpgsign=true",
        "db_pass: \"{{ lookup('hashi_vault', 'secret=kv/data/warehouse:password') }}\"",
    ],
)
def test_masked_tables_key_ids_and_vault_paths_pass(text: str) -> None:
    assert _values(text) == []
