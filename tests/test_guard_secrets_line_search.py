"""Secrets whose expressions are searched for only on the lines (or near the words) every match holds: what they
find in a long text is what a search of the whole text finds, and a word outside ASCII is not looked for in a text
that lacks its characters."""

from __future__ import annotations

import re

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import chain_keys, key_tables, keyword_values, secrets, tool_lines
from secure_mcp_gateway.guardrails.line_starts import in_lines, merged_places
from secure_mcp_gateway.guardrails.scan import lacks, matches_at, occurrences

_CODE = "def handler(event):\n    return {'status': 200, 'body': event.get('body')}\n"
"""Ordinary code the secrets are written between, repeated into a long text."""


def _long(line: str, times: int = 60) -> str:
    return _CODE * times + line + "\n" + _CODE * times


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in secrets.find(text)]


_KEY = "".join(["Qm7vXr2T", "kP9sLw4N", "hZ8cJd3F"])


@every(
    ("line", "value"),
    [
        (f"curl -H 'X-Acme-Auth: {_KEY}' https://api.acme.example/v1", _KEY),
        (f"X-Honeycomb-Team: {_KEY}", _KEY),
        ("echo 'Tq4!nRw8Kp2sZ' | docker login registry.example --password-stdin", "Tq4!nRw8Kp2sZ"),
        ('proxy_set_header X-Api-Key "Hw3zPq7Lm5nVb8";', "Hw3zPq7Lm5nVb8"),
        ("-users alice=Kz5rTq9Wm2vB,bob=Mv4wQz8Lt3kP", "Kz5rTq9Wm2vB"),
    ],
)
def test_a_secret_on_one_line_of_a_long_text_is_found(line: str, value: str) -> None:
    assert value in _values(_long(line))
    assert value in _values(line)


def test_a_gossip_key_on_one_line_of_a_long_text_is_found() -> None:
    key = "".join(["pUqJrVyVRj5jsiYEkM", "/q3w=="])
    text = _long(f'encrypt = "{key}"')
    assert key in _values(text)


def test_a_crypt_key_under_its_parent_across_lines_is_found() -> None:
    key = "".join(["b7Kq2ZrX9pLm", "4TvW8sNc3HdF"])
    text = _long(f"'encryption' => [\n    'key' => '{key}',\n],")
    assert key in _values(text)


def test_a_wallet_key_handed_to_a_toolchain_in_a_long_text_is_found() -> None:
    key = "".join(["4c0883a69102937d", "6231471b5dbb6204", "fe5129617082792a", "e468d01a3f362318"])
    text = _long(f'const wallet = new Wallet("0x{key}");')
    assert any(key in v for v in _values(text))


_WINDOWS = (
    (secrets._AUTH_HEADER, secrets._AUTH_HEADER_WORDS),
    (tool_lines._USERS, ("-user",)),
    (keyword_values._HEADER_SET, ("header",)),
    *tool_lines._TYPED_ANCHORS.items(),
    *keyword_values._ANCHORS.items(),
)
_LINES = (
    "x-acme-auth: aB3dE5gH7jK9mN1pQ3 ",
    "x-team-auth abc",
    "echo 'zz9!yy8xx' | sudo docker login --password-stdin",
    "--users a=b1c2d3e4,c=f5g6h7i8",
    "header set x-api-token abcdef123456",
    'encrypt = "abcdefghijklmnopqrstuv=="',
    "nickserv identify bot s3cr3tpw",
    "with password 'hunter2x'",
    "stats auth admin:adm1np4ss",
    "smbpasswd -a bob <<< 'Pq7rs8tu'",
    "geth --password <( echo pw12345 )",
    "rpc-login=user:pa55w0rd",
)


@pytest.mark.parametrize("seed", range(40))
def test_the_searches_on_lines_find_what_the_whole_text_search_finds(seed: int) -> None:
    import random

    rnd = random.Random(seed)
    pieces = [*_LINES, "\n", "\r\n", " ", "=", "'", "-auth", "header", "identify", "x" * 40]
    text = "".join(rnd.choice(pieces) for _ in range(200))
    for pattern, words in _WINDOWS:
        whole = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in in_lines(pattern, text, merged_places(text, words))] == whole


@pytest.mark.parametrize("seed", range(20))
def test_the_crypt_and_wallet_searches_find_what_the_whole_text_search_finds(seed: int) -> None:
    import random

    rnd = random.Random(seed)
    hexes = ["".join(rnd.choice("0123456789abcdef") for _ in range(n)) for n in (63, 64, 65, 64)]
    pieces = ["'crypt' => [", '"encrypt"=>array(', "'key' => '0123456789abcdefgh'", "\n ", "<crypt>", "<key>",
              "accounts: [", "wallet(", "private key ", "0x", "z" * 70, " ", '"', *hexes]  # fmt: skip
    text = "".join(rnd.choice(pieces) for _ in range(150))
    whole = [m.span() for m in key_tables._CRYPT.finditer(text)]
    assert [m.span() for m in matches_at(key_tables._CRYPT, text, key_tables._crypt_starts(text))] == whole

    def handed(m: re.Match[str]) -> bool:
        return chain_keys._HANDED.search(text, max(0, m.start() - chain_keys._HANDED_REACH), m.start()) is not None

    whole = [m.span() for m in chain_keys._HEX_KEY.finditer(text) if handed(m)]
    assert [m.span() for m in chain_keys._handed_hex(text, text) if handed(m)] == whole


def test_a_word_outside_ascii_is_found_only_where_its_characters_are() -> None:
    text = "x = 1\n" * 3000 + "la contraseña es Vb7qLm2Xz9w\n"
    assert occurrences(text, "contraseña") == [text.index("contraseña")]
    assert occurrences(text, "пароль") == []
    assert lacks(text, "пароль") and not lacks(text, "contraseña")
    assert lacks("plain ascii", "пароль") and not lacks("plain ascii", "plain")
