"""Secrets that their neighbours name: a Twilio token after its account id, a Consul or Nomad token's secret id
beside its accessor id, davfs2's, HexChat's and HTTPie's stored passwords, Envoy's inline data sources under a
secret and settings' literal fallbacks in .NET; ids, references, stand-ins and public values beside them pass."""

from __future__ import annotations

import random

import pytest

from secure_mcp_gateway.guardrails import secrets

_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_HEX = "0123456789abcdef"


def _value(seed: str, n: int, alphabet: str = _ALNUM) -> str:
    rng = random.Random(seed)
    while True:
        value = "".join(rng.choice(alphabet) for _ in range(n))
        if alphabet != _ALNUM or (
            any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value)
        ):
            return value


def _uuid(seed: str) -> str:
    h = _value(seed, 32, _HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _spans(text: str) -> set[str]:
    return {text[f.start : f.end] for f in secrets.find(text)}


@pytest.mark.parametrize(
    "form",
    [
        'client = Client("AC{sid}", "{v}")\n',
        "$twilio = new Client('AC{sid}', '{v}');\n",
        'var client = new TwilioRestClient("AC{sid}", "{v}");\n',
    ],
)
def test_a_token_after_a_twilio_account_id_is_found(form: str) -> None:
    sid, token = _value(form + "sid", 32, _HEX), _value(form, 32, _HEX)
    assert token in _spans(form.format(sid=sid, v=token))


_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def test_an_api_key_secret_after_a_twilio_key_id_is_found() -> None:
    key_id, secret = _value("twilio-sk", 32, _HEX), _value("twilio-secret", 32)
    text = f'client = Client("SK{key_id}", "{secret}", account_sid)\n'
    assert secret in _spans(text)
    assert secret not in _spans(f'digests = ["sk{key_id}", "{secret}"]\n')


@pytest.mark.parametrize("form", ['client = RestClient("{p}{i}", "{v}")\n', "new plivo.Client('{p}{i}', '{v}');\n"])
@pytest.mark.parametrize("prefix", ["MA", "SA"])
def test_a_token_after_a_plivo_auth_id_is_found(form: str, prefix: str) -> None:
    ident, token = _value(form + prefix, 18, _UPPER), _value(form, 40)
    assert token in _spans(form.format(p=prefix, i=ident, v=token))


def test_a_token_after_a_mixed_case_word_like_a_plivo_id_passes() -> None:
    word, other = _value("ma-word", 18), _value("ma-other", 40)
    assert _spans(f'pair = ("Ma{word}", "{other}")\n') == set()


@pytest.mark.parametrize(
    "form",
    [
        'ids = ["ac{sid}", "{v}"]\n',  # lower-case: a digest's run, not an account id as issued
        "GET /2010-04-01/Accounts/AC{sid}/Messages/SM{v}.json\n",
        'client = Client("AC{sid}", token)  # request id {v}\n',
    ],
)
def test_hex_beside_other_ids_is_not_a_twilio_token(form: str) -> None:
    sid, other = _value(form + "sid", 32, _HEX), _value(form, 32, _HEX)
    assert other not in _spans(form.format(sid=sid, v=other))


@pytest.mark.parametrize(
    "form",
    [
        "AccessorID:       {a}\nSecretID:         {s}\nDescription:      deploy token\nLocal:            false\n",
        '{{"AccessorID": "{a}", "SecretID": "{s}", "Description": "ci", "Policies": []}}\n',
        "Accessor ID  = {a}\nSecret ID    = {s}\nName         = ci\nType         = client\n",
    ],
)
def test_a_token_secret_id_beside_its_accessor_id_is_found(form: str) -> None:
    accessor, secret = _uuid(form + "a"), _uuid(form)
    found = _spans(form.format(a=accessor, s=secret))
    assert secret in found
    assert accessor not in found


@pytest.mark.parametrize(
    "text",
    [
        f"Application (client) ID: {_uuid('app')}\nSecret ID: {_uuid('azure')}\nValue: (hidden)\n",
        f"AccessorID: {_uuid('acc')}\nSecretID: <hidden>\n",
        "AccessorID: 00000000-0000-0000-0000-000000000002\nSecretID: 00000000-0000-0000-0000-000000000002\n",
    ],
)
def test_a_secret_id_alone_a_hidden_one_or_a_stand_in_passes(text: str) -> None:
    assert _spans(text) == set()


def test_davfs2_secrets_lines_are_found_where_davfs2_is_named() -> None:
    url_pw, mount_pw = _value("davfs-url", 14), _value("davfs-mount", 12)
    text = (
        "# /etc/davfs2/secrets\n"
        f"https://dav.example.net/remote.php/webdav  alice  {url_pw}\n"
        f'/media/share  "bob"  "{mount_pw}"\n'
    )
    assert {url_pw, mount_pw} <= _spans(text)
    assert _spans(f"/media/share  bob  {mount_pw}\n") == set()  # (no davfs2 named: any three words)
    assert _spans("# davfs2\nhttps://dav.example.net/dav /mnt/dav davfs user,noauto 0 0\n") == set()


def test_hexchat_server_and_login_passwords_are_found_under_a_network() -> None:
    server, login = _value("hexchat-p", 16), _value("hexchat-b", 14)
    text = (
        "v=2.16.1\n\nN=Example Net\nL=6\nE=UTF-8 (Unicode)\nF=23\nD=0\nS=irc.example.net/+6697\n"
        f"P={server}\nA=nick\nB={login}\n"
    )
    assert {server, login} <= _spans(text)
    assert _spans("v=2.16.1\n\nN=Example Net\nE=UTF-8 (Unicode)\nF=19\nD=0\nS=irc.example.net\n") == set()


def test_httpie_raw_auth_password_or_token_is_found() -> None:
    password, token = _value("httpie-pw", 16), _value("httpie-token", 40)
    basic = f'{{"auth": {{"type": "basic", "raw_auth": "alice:{password}"}}}}'
    bearer = f'{{"auth": {{"type": "bearer", "raw_auth": "{token}"}}}}'
    assert password in _spans(basic)
    assert token in _spans(bearer)
    assert _spans('{"auth": {"password": null, "raw_auth": null, "type": null}}') == set()


@pytest.mark.parametrize(
    "form",
    [
        "  - name: hmac\n    generic_secret:\n      secret:\n        inline_string: {v}\n",
        '    private_key:\n      filename: /etc/envoy/key.pem\n    password:\n      inline_string: "{v}"\n',
        '{{"name": "client_secret", "generic_secret": {{"secret": {{"inline_string": "{v}"}}}}}}',
    ],
)
def test_envoy_inline_data_under_a_secret_is_found(form: str) -> None:
    value = _value(form, 32)
    assert value in _spans(form.format(v=value))


def test_envoy_inline_data_of_a_certificate_authority_passes() -> None:
    text = "validation_context:\n  trusted_ca:\n    inline_string: ca-bundle-from-config-map\n"
    assert _spans(text) == set()


@pytest.mark.parametrize(
    "form",
    [
        'var key = ConfigurationManager.AppSettings["ApiKey"] ?? "{v}";\n',
        'string pw = Configuration["Database:Password"] ?? "{v}";\n',
        'const token = config["slack_token"] || "{v}";\n',
    ],
)
def test_literal_fallbacks_after_settings_reads_are_found(form: str) -> None:
    value = _value(form, 24)
    assert value in _spans(form.format(v=value))


@pytest.mark.parametrize(
    "text",
    [
        'var url = ConfigurationManager.AppSettings["ApiUrl"] ?? "https://api.example.org/v2";\n',
        'var k = Configuration["Maps:PublicKey"] ?? "Xq8Lm2Vb6Rt4Nz9Kc3Wd";\n',
        'var keyFile = Configuration["Tls:KeyFile"] ?? "/etc/ssl/private/site.pem";\n',
        'var region = config["region"] || "eu-west-1";\n',
    ],
)
def test_public_settings_paths_and_addresses_as_fallbacks_pass(text: str) -> None:
    assert _spans(text) == set()
