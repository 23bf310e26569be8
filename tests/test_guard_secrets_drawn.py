"""Secrets judged by the value's own shape: keys drawn from every printable character, Laravel's application keys,
YAML values behind tags and anchors; documented development keys, researcher ids, counting stand-ins and file paths
pass."""

from __future__ import annotations

import base64
import random

import pytest

from secure_mcp_gateway.guardrails import secrets

_PRINTABLE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_ []{}<>~`+=,.;:/?|"
_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _drawn(rng: random.Random, n: int) -> str:
    value = "".join(rng.choice(_PRINTABLE) for _ in range(n)).strip()
    return value if len(set(value)) > 20 and "'" not in value else _drawn(rng, n)


def _spans(text: str) -> set[str]:
    return {text[f.start : f.end] for f in secrets.find(text)}


_DRAWN_FORMS = (
    "define('{name}', '{v}');\n",
    'define ( "{name}", "{v}" );\n',
    "  define( '{name}',\n          '{v}' );\n",
)
_DRAWN_NAMES = ("AUTH_KEY", "NONCE_SALT", "JWT_AUTH_SECRET_KEY", "WP_CACHE_KEY_SALT", "WPMS_SMTP_PASS", "APP_TOKEN")


@pytest.mark.parametrize("form", _DRAWN_FORMS)
def test_constants_drawn_from_every_printable_character_are_found(form: str) -> None:
    rng = random.Random(form)
    for name in _DRAWN_NAMES:
        value = _drawn(rng, rng.choice((40, 64)))
        text = form.format(name=name, v=value)
        assert value in _spans(text), text


@pytest.mark.parametrize(
    "form",
    ["AUTH_KEY='{v}'\n", 'WORDPRESS_NONCE_SALT: "{v}"\n', "docker run -e WORDPRESS_LOGGED_IN_KEY='{v}' wordpress\n"],
)
def test_wordpress_keys_handed_to_containers_are_found(form: str) -> None:
    value = _drawn(random.Random(form), 64)
    assert value in _spans(form.format(v=value))


@pytest.mark.parametrize(
    "text",
    [
        "define('AUTH_KEY', 'put your unique phrase here');",
        "define('LOGGED_IN_SALT', getenv('LOGGED_IN_SALT'));",
        "define('HOTKEY', 'Ctrl+Shift+K');",
        "define('CACHE_KEY', 'shop:{id}:%s (v2)');",
        'WORDPRESS_AUTH_KEY: "{{ wordpress_auth_key }}"',
        "AUTH_SALT='${AUTH_SALT:?not set}'",
    ],
)
def test_phrases_templates_and_names_under_those_names_pass(text: str) -> None:
    assert secrets.find(text) == []


def test_laravel_keys_are_found_by_their_shape_and_bytes() -> None:
    rng = random.Random(11)
    for size in (32, 16):
        key = "base64:" + base64.b64encode(rng.randbytes(size)).decode()
        for text in (f"    'key' => '{key}',\n", f"php artisan key:generate --show\n{key}\n", f"APP_KEY={key}\n"):
            assert key in _spans(text), text
    for raw in (bytes(32), b"a-made-up-application-key-text!!"):
        assert secrets.find(f"    'key' => 'base64:{base64.b64encode(raw).decode()}',\n") == []


@pytest.mark.parametrize(
    ("form", "kind"),
    [
        ("db:\n  password: !!str {v}\n", "password"),
        ("defaults: &d\n  api_token: &token {v}\n", "generic_secret"),
        ('smtp:\n  secret: &s !!str "{v}"\nbackup:\n  secret: *s\n', "generic_secret"),
    ],
)
def test_yaml_values_behind_tags_and_anchors_are_found(form: str, kind: str) -> None:
    rng = random.Random(form)
    value = "".join(rng.choice(_ALNUM) for _ in range(28))
    text = form.format(v=value)
    assert (kind, value) in {(f.kind, text[f.start : f.end]) for f in secrets.find(text)}


@pytest.mark.parametrize(
    "text",
    ["api_key: !secret openweather_api_key", "sort_key: &sk !!str created_at", "password: !!str changeme"],
)
def test_yaml_references_and_names_behind_tags_pass(text: str) -> None:
    assert secrets.find(text) == []


def test_substrate_development_keys_pass_and_a_drawn_seed_is_found() -> None:
    alice = "0x" + "e5be9a5092b81bca64be81d212e7f2f9" + "eba183bb7a90954f7b76361f6edb5c0a"
    rng = random.Random(5)
    drawn = "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(64))
    phrase = " ".join(["bottom", "drive", "obey", "lake", "curtain", "smoke", "basket", "hold", "race", "lonely"])
    for seed, found in ((alice, False), (drawn, True)):
        text = f"Secret Key URI `//Alice` is account:\n  Network ID:        substrate\n  Secret seed:       {seed}\n"
        assert (seed in _spans(text)) is found
    assert secrets.find(f"Secret phrase:       {phrase} fit walk\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "token: 0000-0002-1694-233X  # the author's ORCID iD",
        "REDCAP_API_TOKEN=0123456789ABCDEF0123456789ABCDEF",
        "vncviewer -passwd /home/ann/.vnc/passwd 10.0.0.4:1",
        "vncviewer -passwd ./secrets/vncpass studio-pc:2",
        "tool -pass /etc/pw",
    ],
)
def test_researcher_ids_counting_stand_ins_and_paths_pass(text: str) -> None:
    assert secrets.find(text) == []


def test_a_password_given_where_a_path_could_be_is_found() -> None:
    assert "/xK9pq2/Lm3" in _spans("vncviewer -passwd /xK9pq2/Lm3 host:1")


@pytest.mark.parametrize(
    "form",
    [
        "VAR_GLOBAL CONSTANT\n    sApiKey : STRING := '{v}';\nEND_VAR\n",
        "CONSTANTS lc_api_key TYPE string VALUE '{v}'.\n",
    ],
)
def test_secrets_declared_with_their_type_are_found(form: str) -> None:
    rng = random.Random(form)
    value = "".join(rng.choice(_ALNUM) for _ in range(32))
    assert value in _spans(form.format(v=value))


def test_eosio_private_keys_are_found_and_public_ones_pass() -> None:
    rng = random.Random(9)
    body = "".join(rng.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(50))
    assert f"PVT_K1_{body}" in _spans(f"active key: PVT_K1_{body}\n")
    assert secrets.find(f"owner: PUB_K1_{body}\n") == []
