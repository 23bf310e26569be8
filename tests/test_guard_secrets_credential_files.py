"""Passwords in mail and VPN credential files written without `key=value`: a mail relay's map line, a two-line
`auth-user-pass` file, a passwd-file's clear-text scheme, PPP secrets, directives with a user before them."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import secrets

_PW = "".join(("Vq7#", "pLm2", "Rx9t"))


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in secrets.find(text)]


@every(
    "text",
    [
        f"[smtp.relay-host.test]:587 relayuser:{_PW}",
        f"[mail.corp.test]:465 alerts@corp.test:{_PW}",
        f"# sasl_passwd\nsmtp.mailer.test notify:{_PW}",
        f"# auth.txt\nvpnuser01\n{_PW}",
        f"auth-user-pass creds\n\nalice.vpn\n{_PW}\n",
        f"dana:{{PLAIN}}{_PW}::::::",
        f"ldap rootpw {{CLEARTEXT}}{_PW}",
        f"backend web\n  stats auth admin:{_PW}",
        f"userlist L1\n  user ops insecure-password {_PW}",
        f"rootpw {_PW}",
        f"rpcpassword={_PW}",
        f'requirepass "{_PW}"',
        f'set system login user ops authentication plain-text-password "{_PW}"',
        f"# chap-secrets\n# client server secret IP\nbob   pptpd   {_PW}   *",
    ],
)
def test_the_password_is_found(text: str) -> None:
    assert _PW in _values(text)


@every(
    "text",
    [
        "[docs]: https://docs.example.test/v2/guide",  # a Markdown link reference, not a map line
        "def f(a: list[int]) -> dict[str, int]:\n    pass",
        "carol:{SHA512-CRYPT}$6$abcdefgh$ijklmnopqrstuvwxyz0123456789::::::",  # a hash
        "rootpw {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=",
        "hashedpassword=Xy8kP2qL7mZ4AbCd",
        "nopassword=true",
        "client\ndev tun\nproto udp\nauth-user-pass\nnobind\npersist-key",  # an OpenVPN profile, no credentials
        "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd",
    ],
)
def test_look_alikes_pass(text: str) -> None:
    assert _values(text) == []


def test_lines_of_an_encoded_block_are_no_user_and_password() -> None:
    block = "\n".join("".join(("MIIBkTCB", "+wIJAKHH", str(i) * 8, "Qw9zLm4x")) for i in range(4))
    cert = f"-----BEGIN CERTIFICATE-----\n{block}\n-----END CERTIFICATE-----"
    assert _values(f"openvpn profile\n<ca>\n{cert}\n</ca>") == []


def test_an_azure_devops_token_with_its_signature_near_the_end_is_found() -> None:
    token = "".join(("Qw8zLm4xTk7pRv2n" * 5)[:76]) + "AZDO" + "b7Yc"
    assert _values(f"[section]\nname = {token}\n") == [token]


@pytest.mark.parametrize(
    "text", ['token = "abcdefghijklmnopqrstuvwxyz"', "api_key=0123456789abcdef", 'secret: "zyxwvutsrqponmlk"']
)
def test_a_run_of_the_alphabet_is_a_stand_in(text: str) -> None:
    assert _values(text) == []
