"""Secrets as literal defaults after environment reads, in JCL job streams, FTP scripts, classic ASP, mainframe and
database declarations, markup, tables and Expect scripts, in reversible encodings (Jetty's `OBF:`, Liberty's
`{xor}`) and in SMB device URIs; ports, paths, public keys, symbolic parameters, stand-ins and hashes beside them
pass."""

from __future__ import annotations

import base64
import random

import pytest

from secure_mcp_gateway.guardrails import secrets

_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _value(seed: str, n: int) -> str:
    rng = random.Random(seed)
    while True:
        value = "".join(rng.choice(_ALNUM) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def _spans(text: str) -> set[str]:
    return {text[f.start : f.end] for f in secrets.find(text)}


@pytest.mark.parametrize(
    "form",
    [
        'const apiKey = process.env.STRIPE ?? "{v}";\n',
        "  secret: process.env['JWT_SECRET'] || '{v}',\n",
        'api_key = ENV["PAYMENT_KEY"] || "{v}"\n',
        'token = ENV.fetch("SLACK_TOKEN") {{ "{v}" }}\n',
        'stripe_key: System.get_env("STRIPE") || "{v}"\n',
        'var key = Environment.GetEnvironmentVariable("API_KEY") ?? "{v}";\n',
        "$secret = getenv('APP_SECRET') ?: '{v}';\n",
        "'password' => $_SERVER['DB_PASS'] ?? '{v}',\n",
        'String pw = Optional.ofNullable(System.getenv("DB_PASS")).orElse("{v}");\n',
        'token <- Sys.getenv("GITHUB_PAT", unset = "{v}")\n',
        "my $token = $ENV{{'API_TOKEN'}} || '{v}';\n",
        'api_token: "{{{{ env "API_TOKEN" | default "{v}" }}}}"\n',
    ],
)
def test_literal_defaults_after_environment_reads_are_found(form: str) -> None:
    value = _value(form, 24)
    assert value in _spans(form.format(v=value))


@pytest.mark.parametrize(
    "text",
    [
        'const port = process.env.PORT || "8080";',
        'const region = process.env.AWS_REGION || "eu-west-1";',
        'const apiUrl = process.env.API_URL || "https://api.example.org/v1";',
        'const keyFile = process.env.TLS_KEY_FILE || "/etc/ssl/private/site.pem";',
        'const key = process.env.STRIPE_PUBLISHABLE_KEY || "pk_test_Xq8Lm2Vb6Rt4Nz9Kc3Wd";',
        'const key = import.meta.env.VITE_MAPS_KEY || "Xq8Lm2Vb6Rt4Nz9Kc3Wd";',
        'const token = process.env.API_TOKEN || "changeme";',
        'const token = process.env.API_TOKEN || "your-api-token-here";',
        'const secret = process.env.SESSION_SECRET || "keyboard cat";',
        'const label = process.env.APP_NAME || "Xq8Lm2Vb6Rt4Nz9Kc3Wd";',
    ],
)
def test_ordinary_defaults_after_environment_reads_pass(text: str) -> None:
    assert secrets.find(text) == []


def test_a_shell_default_is_found_without_its_operator() -> None:
    value = _value("shell", 10)
    text = f'POSTGRES_PASSWORD: "${{POSTGRES_PASSWORD:-{value}}}"\n'
    assert [(f.kind, text[f.start : f.end]) for f in secrets.find(text)] == [("password", value)]


def test_a_job_cards_password_is_found_and_symbolic_ones_pass() -> None:
    card = "//NIGHTLY  JOB (ACCT01),'PAYROLL',CLASS=A,MSGCLASS=X,\n//             USER=PAYBAT,PASSWORD={}\n"
    value = "QK7" + "W2M9"
    assert value in _spans(card.format(value))
    for other in ("&PW", "XXXXXXXX", "PAYROLL"):
        assert secrets.find(card.format(other)) == [], other
    assert secrets.find(f"// password={value} used by the old job\nint x = 1;\n") == []


def test_an_ftp_scripts_login_is_found_after_its_open_line() -> None:
    value = _value("ftp", 12)
    script = f"//SYSIN    DD *\nopen ftp.example.org 21\nuser paybat {value}\nput 'PAY.OUT' pay.txt\nquit\n"
    assert value in _spans(script)
    assert secrets.find(f"Read the notes\nuser paybat {value}\n") == []  # no `open` line: not a script


def test_classic_asp_variables_named_for_secrets_are_found() -> None:
    value = _value("asp", 14)
    text = f'<%\nApplication("DBPassword") = "{value}"\nSession("Theme") = "{_value("theme", 14)}"\n%>\n'
    assert [(f.kind, text[f.start : f.end]) for f in secrets.find(text)] == [("password", value)]


@pytest.mark.parametrize("name", ["apikey", "pwd", "smtp-pass"])
def test_lisp_settings_of_bare_secret_names_are_found(name: str) -> None:
    value = _value(name, 20)
    assert value in _spans(f'(setq {name} "{value}")\n')


def test_reversible_encodings_are_found_and_hashes_pass() -> None:
    rng = random.Random("obf")
    obf = "OBF:" + "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(32))
    xor = "{xor}" + base64.b64encode(bytes(b ^ 0x5F for b in _value("xor", 10).encode())).decode()
    assert obf in _spans(f"admin: {obf}, server-administrator\n")
    assert xor in _spans(f'<keyStore id="defaultKeyStore" password="{xor}" />\n')
    digest = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    assert secrets.find(f"admin: MD5:{digest}, server-administrator\n") == []
    assert secrets.find("Jetty reads OBF:, MD5: and CRYPT: prefixes in realm files.\n") == []


def test_smb_device_uris_with_a_workgroup_are_found() -> None:
    value = _value("smb", 11)
    assert value in _spans(f"DeviceURI smb://STUDIO/printsvc:{value}@fileserver/Plotter\n")
    assert secrets.find("DeviceURI smb://STUDIO/fileserver/Plotter\n") == []


@pytest.mark.parametrize(
    "form",
    [
        "       01 WS-PASSWORD     PIC X(12) VALUE '{v}'.\n",
        '       MOVE "{v}" TO WS-API-KEY.\n',
        'Api_Key : constant String := "{v}";\n',
        "l_api_token CONSTANT VARCHAR2(64) := '{v}';\n",
        "DECLARE @ApiKey NVARCHAR(100) = N'{v}';\n",
        "DCL PASSWORD CHAR(16) INIT('{v}');\n",
        "dcl-c API_KEY '{v}';\n",
        "CONNECT TO PAYDB USER paybat USING {v};\n",
        "exp userid=system/{v}@xe file=full.dmp\n",
        '(def api-key "{v}")\n',
        '(define db-password "{v}")\n',
    ],
)
def test_secrets_declared_in_mainframe_database_and_lisp_formats_are_found(form: str) -> None:
    value = _value(form, 16)
    assert value in _spans(form.format(v=value))


@pytest.mark.parametrize("form", ["ALTUSER PAYBAT PASSWORD({v}) NOEXPIRED\n", "LOGON PAYBAT/{v}\n"])
def test_mainframe_passwords_are_found_and_words_or_symbols_pass(form: str) -> None:
    value = "PB4" + "K9Q"
    assert value in _spans(form.format(v=value))
    for other in ("PAYBAT", "&PW"):
        assert secrets.find(form.format(v=other)) == [], other


@pytest.mark.parametrize(
    "text",
    [
        "       01 WS-PASSWORD     PIC X(12) VALUE SPACES.\n",
        '       01 WS-API-KEY      PIC X(32) VALUE "APIKEY-NOT-SET".\n',
        "       MOVE WS-INPUT TO WS-PASSWORD.\n",
        "Key_Count : constant Integer := 42;\n",
        "l_key_name CONSTANT VARCHAR2(64) := 'customer_id';\n",
        "DECLARE @TokenType NVARCHAR(20) = N'bearer';\n",
        "dcl-s pwd char(12) inz(*blanks);\n",
        "CONNECT TO PAYDB USER paybat USING :hostpw;\n",
        "check_password(secret1)\n",
    ],
)
def test_declarations_without_a_secret_pass(text: str) -> None:
    assert secrets.find(text) == []


@pytest.mark.parametrize(
    "form",
    [
        '<ResourceDictionary>\n  <x:String x:Key="ApiKey">{v}</x:String>\n</ResourceDictionary>\n',
        'vars:\n  "db_password" string => "{v}";\n',
        'let apiKey* = "{v}"\n',
        "| Setting | Value |\n|---|---|\n| password | {v} |\n| host | db.example.org |\n",
        '{{| class="wikitable"\n! Setting !! Value\n|-\n| api_key || {v}\n|}}\n',
        'spawn ssh admin@10.0.0.5\nexpect "*assword:"\nsend "{v}\\r"\ninteract\n',
        'expect "Password:" {{ send "{v}\\r" }}\n',
    ],
)
def test_secrets_in_markup_policies_tables_and_dialogue_scripts_are_found(form: str) -> None:
    value = _value(form, 18)
    assert value in _spans(form.format(v=value))


@pytest.mark.parametrize(
    "text",
    [
        "| Name | Type | Description |\n|---|---|---|\n| password | string | The password of the account |\n",
        "| Setting | Value |\n|---|---|\n| api_key | `YOUR_API_KEY` |\n| secret_name | db-credentials-prod |\n",
        'spawn ssh admin@host\nexpect "login:"\nsend "admin\\r"\nexpect "$ "\nsend "uptime2024\\r"\n',
        'expect "Password:"\nsend -- "$env(SSH_PASS)\\r"\n',
        'Please send "Hello123world" to the team.\n',
        '<x:String x:Key="ApiKeyLabel">Enter your key</x:String>\n',
        '"password" string => "$(sys.password)";\n',
        'let apiKey* = getEnv("API_KEY")\n',
    ],
)
def test_markup_and_scripts_without_a_secret_pass(text: str) -> None:
    assert secrets.find(text) == []


def test_a_password_sent_deep_in_a_long_script_is_found() -> None:
    value = _value("long", 14)
    pad = "puts [clock seconds]\n" * 4000
    text = f'{pad}spawn ssh admin@10.0.0.5\nexpect "password:"\nsend "{value}\\r"\n{pad}'
    assert value in _spans(text)
