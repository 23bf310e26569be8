"""Passwords in connection poolers' user files and in database connect calls by position, Backblaze application
keys, and references to secrets kept in a secrets manager (names, not values)."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import secrets

_PW = "".join(("q8Zr", "T2vL", "x9Kp", "M4wN", "b7Yc"))
_B2 = "".join(("K004", "aB3dE5f/G7hJ", "9kL1m+N3pQ5rS7t"))


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in secrets.find(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f'# /etc/pgbouncer/userlist.txt\n"app" "{_PW}"', _PW),
        (f'"app" "{_PW}"\n"report" "md5a3f5c0e0d2b5e1a9c7e3f4d2a1b0c9e8"', _PW),
        (f'my $dbh = DBI->connect($dsn, "app", "{_PW}", {{RaiseError => 1}});', _PW),
        (f'conn = psycopg2.connect(dsn, "app", "{_PW}")', _PW),
        (f'db = pymysql.connect("db", "root", "{_PW}", "shop")', _PW),
        (f'$c = oci_connect("scott", "{_PW}", "//db/orcl");', _PW),
        (f"[b2remote]\ntype = b2\naccount = 004c1d2e3f4a\nkey = {_B2}\n", _B2),
    ],
)
def test_the_password_or_key_is_found(text: str, value: str) -> None:
    assert value in [v for _, v in _found(text)]


@every(
    "text",
    [
        '"en" "English"\n"fr" "French"',  # a translation table: two quoted words per line, no password
        '"v1" "2024-01-01"\n"v2" "2024-02-01"',
        "DBI->connect($dsn, $user, $pass)",  # variables, not literals
        "db_secret_arn = arn:aws:secretsmanager:eu-west-1:123456789012:secret:app/db-creds-x7Yz9Q",
        "password_arn: arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db/password-AbC1eF",
        "secret = projects/my-proj/secrets/db-pass/versions/3",
        "api_key = @Microsoft.KeyVault(SecretUri=https://myvault.vault.azure.net/secrets/ApiKey/"
        "0123456789abcdef0123456789abcdef)",
        "K0041234567890123456789012345678",  # digits only: no key
        '"report" "md5a3f5c0e0d2b5e1a9c7e3f4d2a1b0c9e8"',  # stored hashes, not passwords
        '# userlist.txt\n"ops" "SCRAM-SHA-256$4096:c2FsdA==$c3Rvcg==:c2VydmVy"\n'
        '"app" "md5a3f5c0e0d2b5e1a9c7e3f4d2a1b0c9e8"',
    ],
)
def test_look_alikes_and_references_pass(text: str) -> None:
    assert _found(text) == []


def test_a_tab_separated_user_line_gives_its_password() -> None:
    text = f"userlist stats\n\tuser\tops\tinsecure-password\t{_PW}\n"
    assert ("password", _PW) in _found(text)


def test_a_sentence_with_password_and_a_word_after_it_passes() -> None:
    assert _found("Reset the password monthly") == []
