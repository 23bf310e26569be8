"""Passwords named by a phrase (`password for the printer: ...`), user-and-password pairs in tool syntaxes, and URL
credentials with a mail-address user: found whole; the same phrases without a password pass."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import secrets

PW = "Qm7vT2xLr9Kb"


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in secrets.find(text)]


@every(
    "template",
    [
        "Password for the lab printer: {v}",
        "password of the backup user = {v}",
        "The guest wifi password at the cabin is {v}.",
        "VPN passphrase for contractors: {v}",
        "Kennwort für den Kiosk-Rechner: {v}",
        "Contraseña de la cuenta compartida: {v}",
        "mot de passe du routeur : {v}",
        "Hasło do serwera plików: {v}",
        "Пароль от почты: {v}",
        "wifi pw upstairs is {v}",
        "notes.txt\n- door code 4410\n- Password for the camera NVR: {v}\n- call Sam",
        "x" * 3000 + "\nAdmin password of the old NAS: " + "{v}\n" + "y" * 3000,
        "Login: tom@example.com\nTemp PW: {v}\n",
        "the wifi pw is {v} btw",
        "root pw = {v}",
        '{{"user": "svc", "pw": "{v}"}}',
        "| Service | User | Pass |\n|---|---|---|\n| grafana | admin | {v} |\n",
    ],
)
def test_a_password_after_a_naming_phrase_is_found(template: str) -> None:
    text = template.format(v=PW)
    assert PW in _values(text)


@every(
    "text",
    [
        "Password for the lab printer: ask the front desk",
        "Password for the lab printer: printed on its back panel.",
        "The guest wifi password at the cabin is written on the fridge.",
        "Password manager for the whole team is Bitwarden2",
        "The password hash for the admin account is $2b$12$Ck1vQm7vT2xLr9Kbq0Zp1uXyA",
        "password for user {user}: {secret}",
        "Failed password for invalid user oracle from 203.0.113.9 port 52144 ssh2",
        "if password is not None: return verify(password)",
        "Password field of the signup form: required, 12 characters minimum",
        "Kennwort für den Kiosk-Rechner: steht im Tresor",
        "Password for 'https://dana@git.example.org': ",
        "pw = getpass.getpass()",
        "pw: ********",
        "the pw field is required",
        "| Test | Result | Pass |\n|---|---|---|\n| login | ok | yes |\n",
        "id,test,pass,fail\n1,unit,42,0\n",
    ],
)
def test_phrases_without_a_password_pass(text: str) -> None:
    assert secrets.find(text) == []


@every(
    "template",
    [
        'db, err := sql.Open("mysql", "billing:{v}@tcp(10.1.2.3:3306)/ledger")',
        "cfg.DSN = reporter:{v}@unix(/var/run/mysqld/mysqld.sock)/stats",
        "sqlplus -s hr/{v}@//db7.corp.example:1521/HRPDB",
        "rman target sys/{v}@PRODCDB",
        "url=jdbc:oracle:thin:app/{v}@db7.corp.example:1521:ORCL",
        "docker run -e NEO4J_AUTH=neo4j/{v} neo4j:5",
        "htpasswd -bc /srv/auth/users kiosk {v}",
        "htpasswd -nbB admin {v}",
        "SMTP_URL=smtps://alerts@mail.example.org:{v}@smtp.example.org:465",
        "REPORTS_DB=mysql+pymysql://ro_user:{v}#x@db.example.org/reports",
    ],
)
def test_a_password_in_a_tool_pair_is_found(template: str) -> None:
    text = template.format(v=PW)
    assert any(PW in value for value in _values(text)), _values(text)


@pytest.mark.parametrize(
    "text",
    [
        'dsn := fmt.Sprintf("%s:%s@tcp(%s)/ledger", user, password, host)',
        "sqlplus / as sysdba",
        "sqlplus -s hr/${HR_PASSWORD}@//db7.corp.example:1521/HRPDB",
        "NEO4J_AUTH=none",
        "htpasswd -c /srv/auth/users kiosk",
        "npm install @scope/widgets@2.4.1 && uses: actions/setup-python@v5",
        "ssh://git@git.example.org:2222/team/repo.git",
    ],
)
def test_pairs_without_a_password_pass(text: str) -> None:
    assert secrets.find(text) == []


_CODE = "def performance(report, informant):\n    return report.rman_total / max(1, informant.runs)  # -rman\n" * 40


@pytest.mark.parametrize(
    ("tail", "found"),
    [
        ("rman target sys/{v}@PRODCDB", True),
        ("(sqlplus -s hr/{v}@//db7.corp.example:1521/HRPDB)", True),
        ("informant hr/{v}@//db7.corp.example:1521/HRPDB", True),  # EZConnect, after any word
        ("url=jdbc:oracle:thin:app/{v}@db7.corp.example:1521:ORCL", True),
        ("xrman target sys/{v}@PRODCDB", False),  # a tool's name inside a word
        ("pre-rman target sys/{v}@PRODCDB", False),
        ("performance sys/{v}@PRODCDB", False),
    ],
)
def test_oracle_pairs_in_long_code_are_found_where_a_tool_or_connect_string_stands(tail: str, found: bool) -> None:
    text = _CODE + tail.format(v=PW) + "\n" + _CODE
    assert len(text) > 4096
    assert any(PW in value for value in _values(text)) is found, _values(text)


def test_the_next_variable_of_an_environment_list_is_not_a_password() -> None:
    text = '"Env": ["REDIS_PASSWORD_FILE=/run/secrets/redis", "REDIS_USER=cache", "TZ=UTC"]'
    assert secrets.find(text) == []
    text = 'props.setProperty("REDIS_PASSWORD", "' + PW + '")'
    assert _values(text) == [PW]


KEY = "Zq4Wm8Rt2YbN6Vx0Lc3Jh7Kp5Dg9Fs1Ha"


@pytest.mark.parametrize(
    "template",
    [
        "Q1={v}\nQ2=us-east-2",
        "k = '{v}'  # pasted from the console",
        "settings:\n  p9: {v}\n  p10: 12",
        "export V2={v}",
        "- z: {v}",
    ],
)
def test_a_random_value_under_a_name_that_says_nothing_is_found(template: str) -> None:
    assert KEY in _values(template.format(v=KEY))


@every(
    "text",
    [
        "uuid = '" + KEY + "'",  # an id by its name
        "iv: " + KEY,
        "sha: 9e107d9d372bb6826bd81d3542a419d6a8f3c2b1e0d4f5a6",  # hexadecimal
        "x = 'ThisIsOneLongCamelCaseNameForAHelper2024'",  # words, not random case
        "btc: 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",  # a wallet address (base58 alone)
        "see https://files.example.org/d/?f=" + KEY + "&dl=1",  # in a URL, not a line of its own
        "Q1=" + KEY[:20],  # too short to tell
        "result: " + KEY + " and more words after it",
    ],
)
def test_ids_digests_names_and_short_values_under_such_names_pass(text: str) -> None:
    assert secrets.find(text) == []
