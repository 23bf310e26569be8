"""Secrets that their neighbours name: a Twilio token after its account id, a Consul or Nomad token's secret id
beside its accessor id, davfs2's, HexChat's and HTTPie's stored passwords, Envoy's inline data sources under a
secret or a key, settings' literal fallbacks in .NET, IRC clients' server and services passwords, file-transfer
scripts' passwords and client builders' credentials; ids, references, stand-ins and public values beside them
pass."""

from __future__ import annotations

import base64
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
    assert server in _spans(f"N=Work\nS=irc.work.example/6697\nP={server}\n")  # (a network listed first)
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


def _drawn(seed: str, n: int = 80) -> str:
    rng = random.Random(seed)
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


@pytest.mark.parametrize(
    "form",
    [
        "session_ticket_keys:\n  keys:\n  - inline_bytes: {v}\n",
        '{{"session_ticket_keys": {{"keys": [{{"inline_bytes": "{v}"}}]}}}}',
        "tls_certificates:\n- certificate_chain: {{ filename: /etc/envoy/cert.pem }}\n"
        '  private_key: {{ inline_bytes: "{v}" }}\n',
        'hmac:\n  inline_bytes: "{v}"\n',
    ],
)
def test_envoy_key_bytes_under_ticket_keys_a_private_key_or_any_key_are_found(form: str) -> None:
    value = _drawn(form)
    assert value in _spans(form.format(v=value))


@pytest.mark.parametrize(
    "form",
    [
        "validation_context:\n  trusted_ca:\n    inline_bytes: {v}\n",
        "tls_certificates:\n- certificate_chain: {{ inline_bytes: {v} }}\n",
        '{{"ocsp_staple": {{"inline_bytes": "{v}"}}}}',
    ],
)
def test_envoy_bytes_of_certificates_and_staples_pass(form: str) -> None:
    assert _spans(form.format(v=_drawn(form))) == set()
    text = 'body:\n  inline_bytes: "' + base64.b64encode(b"Service unavailable, try again later").decode() + '"\n'
    assert _spans(text) == set()  # (text, not drawn bytes)


@pytest.mark.parametrize(
    "form",
    [
        '/server -a irc.example.net -p 6697 -g ExampleNet -w {v} -d "Example Net"\n',
        "/server irc.example.net 6667 {v}\n",
        "/server -m irc.libera.chat:+6697 {v}\n",
        "/connect -tls irc.libera.chat 6697 {v} mynick\n",
        "/network add -sasl_username bob -sasl_password {v} -sasl_mechanism PLAIN liberachat\n",
        "/server add -auto -network libera irc.libera.chat 6697 {v}\n",
        "<Network libera>\n\tServer = irc.libera.chat +6697 {v}\n</Network>\n",
        "/znc AddServer irc.oftc.net +6697 {v}\n",
        "[servers]\nn0=ExampleNet: MainSERVER:irc.example.net:6697:{v}GROUP:ExampleNet\n",
        "PASS {v}\r\nNICK bob\r\nUSER bob 0 * :Bob\r\n",
        "[perform]\nn0=/quote PASS {v}\nn1=/join #ops\n",
        "[perform]\nn0=/msg Q@CServe.quakenet.org AUTH bob {v}\n",
        "[perform]\nn0=/msg x@channels.undernet.org login bob {v}\n",
        "[perform]\nn0=/msg *status connect\nn1=/ns id bob {v}\n",
        "/msg NickServ@services.dal.net IDENTIFY {v}\n",
        "/msg ChanServ identify #ops {v}\n",
        "/msg NickServ GHOST bob {v}\n",
        "/msg NickServ REGISTER {v} bob@example.org\n",
        "PRIVMSG NickServ :IDENTIFY bob {v}\r\n",
        "n0=/authserv auth bob {v}\n",
    ],
)
def test_irc_server_passwords_in_commands_and_client_files_are_found(form: str) -> None:
    value = _value(form, 16)
    assert value in _spans(form.format(v=value))


@pytest.mark.parametrize(
    "text",
    [
        "/server irc.libera.chat 6697\n/join #python\n",
        "/connect -tls irc.libera.chat 6697 $IRC_PASSWORD\n",
        "/server add -auto -network libera irc.libera.chat 6697\n",
        "<Network libera>\n\tServer = irc.libera.chat +6697\n</Network>\n",
        "n3=Random US serverSERVER:irc.us.dal.net:6665-6668,7000GROUP:DALnet\n",
        "Open /server settings and pick 6697 ports\n",
        "PASS <password>\r\nNICK bob\r\n",
        "/msg NickServ IDENTIFY <password>\n",
        "/msg NickServ REGISTER <password> <email>\n",
        "dig ns id.example.org +short\n",
        "msg queue size 4096 bytes\n",
        "/quote PASS $ZNC_PASSWORD\n",
    ],
)
def test_irc_servers_without_a_password_pass(text: str) -> None:
    assert _spans(text) == set()


@pytest.mark.parametrize(
    "form",
    [
        "set ftp:ssl-allow no\nopen -u backup,{v} files.example.org\nmirror -R /var/backups /incoming\n",
        'lftp -e "open -p 2121 -u deploy,{v} ftp.example.net; put dist.tar.gz; bye"\n',
        "ftp -n ftp.example.com <<EOF\nuser deploy {v}\nbinary\nput site.zip\nbye\nEOF\n",
        "ftp -inv $HOST <<END\nquote USER deploy\nquote PASS {v}\nput file\nEND\n",
        'echo "{v}" > /etc/rsync.pass && chmod 600 /etc/rsync.pass\n',
        "echo 'backup:{v}' | sudo tee /etc/rsyncd.secrets\n",
        "echo '{v}' | rsync --password-file=- -av src/ rsync://backup@nas/share\n",
        "echo {v} | sshfs -o password_stdin deploy@files:/srv /mnt/srv\n",
        "echo '{v}' | passwd --stdin deploy\n",
        "sshfs -o password_stdin deploy@files:/srv /mnt <<< '{v}'\n",
    ],
)
def test_transfer_scripts_passwords_without_a_name_are_found(form: str) -> None:
    value = _value(form, 14)
    assert value in _spans(form.format(v=value))


@pytest.mark.parametrize(
    "form",
    [
        "user deploy {v}\n",
        'echo "{v}" > build/version.txt\n',
        'echo "$DB_PASSWORD" > /etc/rsync.pass\n',
        "echo done | tee -a deploy.log\n",
        "echo '{v}' | sha256sum\n",
    ],
)
def test_echoed_values_and_user_lines_outside_transfer_scripts_pass(form: str) -> None:
    assert _spans(form.format(v=_value(form, 14))) == set()


@pytest.mark.parametrize(
    "form",
    [
        'var client = new RestClient(url) {{ Authenticator = new HttpBasicAuthenticator("api", "{v}") }};\n',
        'MinioClient.builder().endpoint("https://s3.example.com").credentials("minioadmin", "{v}").build();\n',
        'client.setCredentials("deploy", "{v}");\n',
        'provider.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("elastic", "{v}"));\n',
        'GraphDatabase.driver(uri, AuthTokens.basic("neo4j", "{v}"));\n',
        'Cluster.builder().addContactPoint("db").withCredentials("cassandra", "{v}").build();\n',
        'CqlSession.builder().withAuthCredentials("cassandra", "{v}").build();\n',
        'auth = PlainTextAuthProvider("cassandra", "{v}")\n',
        'await client.AuthenticateAsync("me@example.org", "{v}");\n',
        'jedis.auth("{v}");\n',
    ],
)
def test_passwords_given_to_client_builders_are_found(form: str) -> None:
    value = _value(form, 14)
    assert value in _spans(form.format(v=value))


def test_client_builders_given_variables_or_modes_pass() -> None:
    text = "fetch(url, opts).credentials(user, password);\nreq.credentials('include', 'same-origin');\n"
    assert _spans(text) == set()
    assert _spans("jedis.auth(password);\nprovider.setCredentials(AuthScope.ANY, creds);\n") == set()
