"""Passwords named by a phrase (`password for the printer: ...`), user-and-password pairs in tool syntaxes, and URL
credentials with a mail-address user: found whole; the same phrases without a password pass."""

from __future__ import annotations

import pytest

from secure_mcp_gateway.guardrails import secrets

PW = "Qm7vT2xLr9Kb"


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in secrets.find(text)]


@pytest.mark.parametrize(
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
    ],
)
def test_a_password_after_a_naming_phrase_is_found(template: str) -> None:
    text = template.format(v=PW)
    assert PW in _values(text)


@pytest.mark.parametrize(
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
    ],
)
def test_phrases_without_a_password_pass(text: str) -> None:
    assert secrets.find(text) == []


@pytest.mark.parametrize(
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


def test_the_next_variable_of_an_environment_list_is_not_a_password() -> None:
    text = '"Env": ["REDIS_PASSWORD_FILE=/run/secrets/redis", "REDIS_USER=cache", "TZ=UTC"]'
    assert secrets.find(text) == []
    text = 'props.setProperty("REDIS_PASSWORD", "' + PW + '")'
    assert _values(text) == [PW]
