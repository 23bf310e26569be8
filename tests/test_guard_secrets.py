"""Secret detection: the corpus of real-format fake credentials, near misses and known false-positive shapes."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from every_case import check_every, every

from secure_mcp_gateway.guardrails import secrets

CORPUS = json.loads((Path(__file__).parent / "corpus" / "secrets.json").read_text(encoding="utf-8"))


def _case(entry: dict) -> tuple[str, str]:
    secret = "".join(entry["secret"])
    return entry["text"].replace("{}", secret), secret


def _positive_found_with_exact_span(entry: dict) -> None:
    text, secret = _case(entry)
    found = secrets.find(text)
    spans = [(f.kind, text[f.start : f.end]) for f in found]
    assert (entry["kind"], secret) in spans


def test_positive_found_with_exact_span() -> None:
    check_every(CORPUS["positives"], _positive_found_with_exact_span, lambda e: f"{e['kind']}:{e['text'][:24]}")


def _negative_passes(text: str) -> None:
    assert [(f.kind, text[f.start : f.end]) for f in secrets.find(text)] == []


def test_negative_passes() -> None:
    check_every(CORPUS["negatives"], _negative_passes, lambda t: t[:40])


def test_overlapping_matches_report_the_specific_format_once() -> None:
    token = "gh" + "p_" + "FakeGitHubToken0ForTests0Only0abcdef"
    text = f"token: {token}"
    found = secrets.find(text)
    assert [f.kind for f in found] == ["github_token"]


def test_private_key_without_end_marker_is_covered_to_the_end_of_its_body() -> None:
    header = "-----BEGIN " + "PRIVATE KEY-----"
    text = f"cat key.pem | head -3\n{header}\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nAbCdEf0123456789+/==\nnext line? no"
    (finding,) = secrets.find(text)
    assert text[finding.start :].startswith(header)
    assert "AbCdEf0123456789" in text[finding.start : finding.end]


def test_jwt_needs_a_json_header_with_alg() -> None:
    body = ".eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl"
    good = "eyJhbGciOiAiSFMyNTYifQ" + body
    bad = "eyJ0eXAiOiAiSldUIn0" + body  # {"typ": "JWT"}: JSON but no "alg"
    assert [f.kind for f in secrets.find(f"t={good}")] == ["jwt"]
    assert secrets.find(f"t={bad}") == []


def test_discord_token_needs_a_numeric_id_in_its_first_part() -> None:
    tail = ".GhIjKl." + "FakeDiscordTokenForTests0Only0"
    assert [f.kind for f in secrets.find("MTIzNDU2Nzg5MDEyMzQ1Njc4" + tail)] == ["discord_bot_token"]
    assert secrets.find("TWFueSBoYW5kcyBtYWtlIGxp" + tail) == []  # "Many hands make li": not digits


def test_url_with_credentials_keeps_user_and_host_visible() -> None:
    text = "postgres://app:S3cretPassw0rd@db.internal:5432/app"
    (finding,) = secrets.find(text)
    assert text[: finding.start] == "postgres://app:"
    assert text[finding.end :] == "@db.internal:5432/app"


@every(
    "value, expected",
    [
        ("Hunter22!", True),
        ("9f8e7d6c5b4a39281706f5e4d3c2b1a0", True),
        ("correcthorsebatterystaple", True),
        ("changeme", False),
        ("aaaaaaaaaaaa", False),
        ("12345678", False),
        ("DB_PASSWORD", False),
        ("settings.SECRET_KEY", False),
        ("required_field", False),
        ("passwordField", False),
        ("your-api-key", False),
        ("${TOKEN}", False),
    ],
)
def test_plausible_secret(value: str, expected: bool) -> None:
    assert secrets.plausible_secret(value) is expected


def test_entropy() -> None:
    assert secrets.entropy("") == 0.0
    assert secrets.entropy("aaaa") == 0.0
    assert secrets.entropy("abcd") == pytest.approx(2.0)


def test_uppercase_i_with_dot_keeps_positions() -> None:
    token = "gh" + "p_" + "FakeGitHubToken0ForTests0Only0abcdef"
    text = f"İİİ password=Hunter22! {token}"
    spans = {f.kind: text[f.start : f.end] for f in secrets.find(text)}
    assert spans == {"password": "Hunter22!", "github_token": token}


def test_elided_keys_and_default_logins_are_not_secrets() -> None:
    for text in (
        "ANTHROPIC_API_KEY=sk-ant-api03-...",
        "OPENAI_API_KEY=sk-proj-\u2026",
        "DATABASE_URL=postgres://postgres:postgres@localhost:5432/app",
    ):
        assert secrets.find(text) == [], text
    assert [f.kind for f in secrets.find("postgres://app:Qv8r2LmTz4Ws@db.internal/app")] == ["database_password"]


def test_php_array_entries_are_assignments_and_their_code_values_are_not_secrets() -> None:
    from secure_mcp_gateway.guardrails import secrets

    entry = "'plaid_secret' => 'q8Zr2Lw9Xv4Tn6Pb1Ks3',"
    assert [entry[f.start : f.end] for f in secrets.find(entry)] == ["q8Zr2Lw9Xv4Tn6Pb1Ks3"]
    for code in ("'password' => $request->input('password'),", "'token' => env('API_TOKEN'),", "if len_token > 3:"):
        assert secrets.find(code) == [], code


@pytest.mark.parametrize(
    "text",
    [
        "aws_secret: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf",
        "db_password = arn:aws-us-gov:ssm:us-gov-west-1:210987654321:parameter/billing/pg",
        "token = vault:secret/data/ci#token",
        "API_KEY=gcpsm:projects/acme-prod/secrets/payments-key",
        "client_secret: azkv:orders-vault/oauth-client-secret",
        "SECRET_TOKEN=ref+awssm://ci/deploy-token",
        "password: ${DB_PASSWORD:?DB_PASSWORD must be set}",
    ],
)
def test_secret_store_addresses_and_shell_references_are_not_secrets(text: str) -> None:
    assert secrets.find(text) == []


@pytest.mark.parametrize("text", ["password = vault:S3cr3tPassw0rdXyz", "token = secret:Abc9dEf3GhI2jKl5"])
def test_a_scheme_like_prefix_without_a_path_is_still_judged_as_a_value(text: str) -> None:
    assert secrets.find(text)


@pytest.mark.parametrize(
    "text",
    [
        'Sentry.init({ dsn: "https://4f9e2b7c1a4d5e6f8091a2b3c4d5e6f7@o450112.ingest.sentry.io/5523901" });',
        'datadogRum.init({ clientToken: "pub4f9e2b7c1a4d5e6f8091a2b3c4d5e6f7", site: "datadoghq.eu" })',
        'mixpanel.init("4f9e2b7c1a4d5e6f8091a2b3c4d5e6f7", { track_pageview: true });',
        "ALGOLIA_SEARCH_ONLY_API_KEY=3f9e2b7c1a4d5e6f8091a2b3c4d5e6f7",
        "TAILSCALE_NODE_KEY=nodekey:4f9e2b7c1a4d5e6f8091a2b3c4d5e6f74f9e2b7c1a4d5e6f8091a2b3c4d5e6f7",
    ],
)
def test_keys_public_by_design_are_not_secrets(text: str) -> None:
    assert secrets.find(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ALGOLIA_ADMIN_KEY=3f9e2b7c1a4d5e6f8091a2b3c4d5e6f7",
        "MIXPANEL_API_SECRET=4f9e2b7c1a4d5e6f8091a2b3c4d5e6f7",
        "SENTRY_AUTH_TOKEN=4f9e2b7c1a4d5e6f8091a2b3c4d5e6f7",
    ],
)
def test_the_private_keys_of_the_same_services_are_still_secrets(text: str) -> None:
    assert secrets.find(text)


@every(
    ("text", "secret"),
    [
        ("username,password,role\nalice,Tr0ub4dor&3x,admin\nbob,N9qLm2Vx7Rt,viewer", "N9qLm2Vx7Rt"),
        ("id;name;api_key\n1;prod;Zk8Qx3Lm7Vr2Tp9N\n", "Zk8Qx3Lm7Vr2Tp9N"),
        ("user\tdb_password\nalice\tTr0ub4dor&3x\n", "Tr0ub4dor&3x"),
        ("| host | user | password |\n|---|---|---|\n| db01 | app | Pg9Xq2Lm7Vz |\n", "Pg9Xq2Lm7Vz"),
        (" username | password\n----------+--------------\n etl      | Kq8#zWp3Lm5t\n(1 row)\n", "Kq8#zWp3Lm5t"),
        (
            "+-----+--------------+\n| usr | password     |\n+-----+--------------+\n| etl | Rw4!mZq9Lp2x |\n",
            "Rw4!mZq9Lp2x",
        ),
        ("   service user  password\n0       db  etl  Tz7$kQw2Lm8p\n1      api  svc  Vm3#pLz6Qw9k\n", "Vm3#pLz6Qw9k"),
        ("NAME      TOKEN                   AGE\nci-bot    Qx7mL2pZ9wR4tK8vN3bY    3d\n", "Qx7mL2pZ9wR4tK8vN3bY"),
        ('"account","access token"\n"ci","Wm4Rt8Zq2Xn6Lp3KqT"\n', "Wm4Rt8Zq2Xn6Lp3KqT"),
        ("requirepass Xq9Lm3Zp7Rt5Yp1Q\nmaxmemory 2gb", "Xq9Lm3Zp7Rt5Yp1Q"),
        ("replicaof 10.0.0.7 6379\nmasterauth Vx7Rt2Zq8Lm3Kp4", "Vx7Rt2Zq8Lm3Kp4"),
        ("jdbc:sqlserver://sql01:1433;databaseName=hr;user=hr_app;password=Hr4pp!Xz92q;encrypt=true", "Hr4pp!Xz92q"),
        ("MJ_APIKEY_PRIVATE=4f9e2b7c1a4d5e6f8091a2b3c4d5e6f7", "4f9e2b7c1a4d5e6f8091a2b3c4d5e6f7"),
        ("PASSWORD_PROD=Xq9Lm3Zp7Rt5", "Xq9Lm3Zp7Rt5"),
        ("secret_key_base: 8f2e4c6a0b1d3f5e7a9c2b4d6f8e0a1c3e5b7d9f1a3c5e7b9d0f2a4c6e8b1d3f", None),
    ],
)
def test_credentials_in_tables_server_configs_and_qualified_names(text: str, secret: str | None) -> None:
    secret = secret or text.split(": ", 1)[1]
    at = text.index(secret)
    assert any(f.start <= at and at + len(secret) <= f.end for f in secrets.find(text))


@pytest.mark.parametrize(
    "text",
    [
        "def login(user, password, remember):\n    return check(user, password)\n",
        "name,token,scope\nci,${CI_TOKEN},repo\nbot,<set in vault>,read\n",
        "col1|col2|password\n--|--|--\na|b|********\n",
        "user,password\nalice,changeme\nbob,\n",
        "requirepass foobared",
        "keys = [key, other_key]\nfor key, value in items:\n    print(key)\n",
        "password_hash = bcrypt(pw)",
        "Enter your user password\nThen click the sign-in button\n",
        "NAME      TOKEN       AGE\nci-bot    <none>      3d\nweb       ********    5d\n",
        " username | password\n----------+----------\n etl      | changeme\n(1 row)\n",
        "column   type     password\nid       int      no\n",
    ],
)
def test_tables_code_and_stand_ins_without_a_secret_pass(text: str) -> None:
    assert secrets.find(text) == []


def test_a_german_password_name_is_read_as_password() -> None:
    """`Passwort` (German for password) names a password in one string too, short or long; a longer word built on it
    (`Passwortrichtlinie`, a policy) and a stand-in do not."""
    pad = "def f(x):\n    return x + 1\n" * 4000
    found = ("Passwort: Tr0ub4dor&3xq-9Lk", "DB_PASSWORT=Tr0ub4dor&3xq-9Lk", f"{pad}Ihr Passwort: Tr0ub4dor&3xq-9Lk")
    for text in found:
        assert [text[f.start : f.end] for f in secrets.find(text)] == ["Tr0ub4dor&3xq-9Lk"], text[-40:]
    for text in ("Passwortrichtlinie: min12Zeichen!", "Passwort: ********", "Passwort vergessen? Hier klicken"):
        assert secrets.find(text) == [], text


_LABELS = (
    *("Dienst-Kennwort:", "Contraseña =", "Mot de passe : ", "Пароль:"),
    *("管理者パスワード：", "数据库密码:", "Lösenord:", "hasło=", "DB_SENHA=", "Wachtwoord:", "비밀번호:"),
    *("kata sandi:", "Şifre:", "wagwoord ="),
)


@every("label", _LABELS)
def test_a_password_labelled_in_another_language_is_found_in_one_text(label: str) -> None:
    """A password after a label in another language, alone, at the end of a long note, and in a long text that
    holds other letters outside ASCII, is found whole."""
    value = "vQ4#tz9Lm-Wp2s"
    line = f"{label} {value}" if not label.endswith(("=", ":", "：")) else f"{label}{value}"
    code = "config_step(n)\n" * 300
    note = "Protokoll für Mandant Nord: Übergabe an das Betriebsteam.\n" * 120
    for text in (line, f"{code}{line}\n", f"{note}{line}\nEnde."):
        assert [text[f.start : f.end] for f in secrets.find(text)] == [value], text[-60:]


@every(
    "sentence",
    [
        "Das neue Kennwort lautet {}.",
        "Tu nueva contraseña es {}",
        "Votre mot de passe est {} (à changer).",
        "A senha é {}.",
        "Новый пароль — {}",
        "Hasło jest {}",
        "管理画面のパスワードは {} です。",
        "测试环境的数据库密码是{}。",
        "관리자 비밀번호는 {} 입니다",
    ],
)
def test_a_password_given_in_a_sentence_in_another_language_is_found(sentence: str) -> None:
    value = "Lr8%mN2qTz6w"
    text = sentence.format(value)
    assert [text[f.start : f.end] for f in secrets.find(text)] == [value]


@every(
    "text",
    [
        "Kennwortrichtlinie: mindestens zwölf Zeichen",
        "Contraseña: ********",
        "Mot de passe : <votre mot de passe>",
        "Пароль: ${DB_PAROL}",
        "パスワード：未設定",
        "Wachtwoord: wachtwoord123",
        "clave: configuracion_general",
        "Hasło: os.environ['DB_HASLO']",
        "Das Kennwort ist abgelaufen.",
        "La contraseña es demasiado corta",
        "パスワードは八文字以上にしてください。",
        "密码是必填项",
        "Salasana on vaihdettava 90 päivän välein.",
    ],
)
def test_stand_ins_and_words_after_a_label_in_another_language_pass(text: str) -> None:
    assert secrets.find(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "token:2026-12-31T23:59:59Z",
        "Token expires:2026-12-31T23:59:59Z",
        "access_token=2025-03-04T10:15:30.123+02:00",
        '{"secret": "2024-01-01 00:00:00"}',
    ],
)
def test_a_time_where_a_secret_could_stand_is_no_secret(text: str) -> None:
    """An ISO 8601 time after a secret's name (when it expires, when it was made) is not the secret; a date alone
    still may be a password, and a time with more after it is judged as any value."""
    assert secrets.find(text) == []
    assert [f.kind for f in secrets.find("password=1987-05-14")] == ["password"]
    assert secrets.find("secret=2024-01-01T00:00:00Zx9Kq") != []


def test_a_short_text_is_searched_whenever_one_of_the_joined_expressions_matches_it() -> None:
    import random
    import re

    from secure_mcp_gateway.guardrails.scan import any_of

    patterns = [p.pattern for p in secrets._LOW_EXPRESSIONS]
    written = [r"(?<![^ \t=])-(?:[paub]|-user|-pass)" if p.startswith("-(?<!") else p for p in patterns]
    reference = re.compile(any_of(written).pattern)
    pieces = [
        *("-p", "-a", "-u", "-b", "--user", "--pass", "-x", "--", "=", " ", "\t", "\n", "x", "1", ":", '"', "'"),
        *("pass", "pwd", "secret", "token", "key", "credential", "authorization", "bearer ", "basic ", "aws"),
        *("value", "requirepass ", "masterauth ", "word", "s", "_prod", "= ", ": ", "Tr0ub4dor&3x", "abcdefgh1234"),
    ]
    rng = random.Random(7)
    searched = 0
    for _ in range(20000):
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        want = reference.search(low) is not None
        assert secrets._low_any(low) == want, low  # (each expression tried where its words occur)
        searched += want
    assert 2000 < searched < 18000  # both answers occur often


def test_a_short_text_with_a_word_but_no_expression_is_not_read_in_full() -> None:
    assert not secrets._low_any("returns the key of the object in eu-west-1.")
    assert secrets._low_any("api_key = x7qp2vlm9rtz")
    assert secrets.find("Returns the key of the object in eu-west-1.") == []
    assert [f.kind for f in secrets.find("password=Tr0ub4dor&3xq")] == ["password"]


@pytest.mark.parametrize("accelerate", [False, True])
def test_each_assigned_value_of_a_long_text_is_judged_once(monkeypatch: pytest.MonkeyPatch, accelerate: bool) -> None:
    """Names and references repeat through a long text (`string`, `Settings.token`): an assignment's value is judged
    once per text, and every assignment holding a secret is still found."""
    from collections import Counter

    from secure_mcp_gateway.guardrails import scan

    if accelerate:
        pytest.importorskip("hyperscan")
        assert secrets._ASSIGN_STARTS.prepare()
    else:
        monkeypatch.setattr(scan, "ACCELERATE", False)
    real = secrets.plausible_secret
    judged: Counter[str] = Counter()

    def counting(value: str) -> bool:
        judged[value] += 1
        return real(value)

    monkeypatch.setattr(secrets, "plausible_secret", counting)
    block = (
        "api_token = Settings.token\n"
        "password = changeme_later\n"
        "db_password = Qm7tR2vX9kL4pW8z\n"
        "description = 'the session token is refreshed hourly'\n"
    )
    text = block * (scan.LONG // len(block) + 40)
    assert len(text) >= scan.LONG
    found = secrets.find(text)
    assert [text[f.start : f.end] for f in found] == ["Qm7tR2vX9kL4pW8z"] * text.count(block)
    assert judged["Qm7tR2vX9kL4pW8z"] == 1
    assert judged["changeme_later"] == 1
    assert judged["Settings.token"] == 1


_FLAG_PIECES = (
    *("--", "-", "--token", "--password", "--db-pass", "--api-key", "--client-secret", "--body", "token", "pass"),
    *("secret", "credentials", "x", "9", " ", "  ", "\t", "=", '"', "'", "|", ";", "\n", "abcd", "Hunter22!"),
    *("value", "value:", 'value": ', "value = ", "value\t : ", "'value'  =", "name: db_password\n"),
    *("- name: API_TOKEN\n  ",),
    *("aB3dE5fG7hJ9kL1m", "s3cr3t-Pa55word", "--token=--password=Zq8Wx7Cv6Bn5", "-" * 40),
)


def _flag_texts(seed: int, count: int) -> list[str]:
    """Long ASCII texts dense with flags, dashes, names, operators and values (made up)."""
    from secure_mcp_gateway.guardrails import scan

    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        weights = [rng.random() ** 2 for _ in _FLAG_PIECES]
        text = ""
        while len(text) < scan.LONG + 200:
            text += rng.choices(_FLAG_PIECES, weights)[0]
        texts.append(text)
    return texts


def test_flags_are_tried_at_every_place_where_their_search_finds_them() -> None:
    """The places the assignments' Hyperscan pass reports for the secret flags (see `secrets._ASSIGN_STARTS`) give
    every match their search gives, in texts dense with dashes, names and values."""
    pytest.importorskip("hyperscan")
    assert secrets._ASSIGN_STARTS.prepare()
    flags = 0
    for low in [t.lower() for t in _flag_texts(17, 120)]:
        starts = secrets._ASSIGN_STARTS.find(low)
        assert starts is not None
        want = [(m.span(), m.groups()) for m in secrets._FLAG_SECRET.finditer(low)]
        assert [(m.span(), m.groups()) for m in secrets._flags(low, starts)] == want, low
        flags += len(want)
    assert flags > 500


def test_a_flag_after_a_value_cut_at_its_longest_is_found() -> None:
    """A flag's value is read up to `_FLAG_MOST` characters: the next flag may then start inside a run of dashes that
    began in that value, where the place Hyperscan reports for it lies before the value's end."""
    pytest.importorskip("hyperscan")
    from secure_mcp_gateway.guardrails import scan

    assert secrets._ASSIGN_STARTS.prepare()
    text = "run --token=" + "-" * (secrets._FLAG_MOST + 10) + "token Zq8Wx7Cv6Bn5Mq2\n" + "x = 1\n" * 800
    assert len(text) >= scan.LONG
    starts = secrets._ASSIGN_STARTS.find(text)
    assert starts is not None
    want = [m.span() for m in secrets._FLAG_SECRET.finditer(text)]
    assert len(want) == 2
    assert [m.span() for m in secrets._flags(text, starts)] == want


@pytest.mark.parametrize("seed", [3, 5])
def test_secrets_found_alike_with_and_without_the_places_of_flags(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    pytest.importorskip("hyperscan")
    assert secrets._ASSIGN_STARTS.prepare()
    texts = _flag_texts(seed, 40)
    fast = [[(f.kind, f.start, f.end) for f in secrets.find(t)] for t in texts]
    assert sum(map(len, fast)) > 100
    monkeypatch.setattr(secrets._ASSIGN_STARTS, "find", lambda low: None)
    assert fast == [[(f.kind, f.start, f.end) for f in secrets.find(t)] for t in texts]


def _refuse(*args: object) -> list[object]:
    raise AssertionError("read for provider formats or credential files")


_PLAIN = ("Extra tool 12.", "extra_0042", "Returns a list", "Unix seconds", "utf-8 or ascii", "list_issues")
_PLAIN_LONGER = (
    "Returns the list of open issues for repository 42, newest first.",
    "Deployed version 2.3.1 to staging in 41 s; 3 pods ready.",
    "Path of the space relative to the team root.",
)


def test_a_text_too_short_for_a_token_and_without_any_format_s_literal_is_not_read_further(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from secure_mcp_gateway.guardrails import provider_keys

    monkeypatch.setattr(provider_keys, "find", _refuse)
    monkeypatch.setattr(secrets, "_credential_files", _refuse)
    for text in _PLAIN:
        assert secrets._find(text, text.lower()) == []


class _NotSearched:
    """Stands for `provider_keys.LITERAL_ANY`: a search with it fails the test."""

    def search(self, *args: object) -> None:
        raise AssertionError("searched for all the literals at once")


def test_a_string_of_prose_is_not_read_for_credential_files_nor_searched_for_all_literals_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One search for all the providers' literals would try most positions of prose (several start with letters common
    in it, `s`, `d`, `h`, `m`, `w`): only a string too short for a token is searched so."""
    from secure_mcp_gateway.guardrails import provider_keys

    monkeypatch.setattr(provider_keys, "LITERAL_ANY", _NotSearched())
    monkeypatch.setattr(secrets, "_credential_files", _refuse)
    for text in _PLAIN_LONGER:
        assert secrets._find(text, text.lower()) == []
        assert provider_keys.find(text + " " + text * 10, (text + " " + text * 10).lower(), secrets._genuine) == []


def _short_texts(seed: int, count: int) -> list[str]:
    """Texts of 8-80 characters built from the literals of provider formats and credential files, their case changed
    at times, among words, digits, punctuation and token characters (`*:*:db:u:Xk9#q` is a .pgpass line holding a
    password; `glc_` and 40 token characters a Grafana token)."""
    from secure_mcp_gateway.guardrails import provider_keys

    rng = random.Random(seed)
    pieces = [literal for _, literal, _ in provider_keys.LITERALS]
    pieces += [":5432:", ":*:", "*:*:", "auth", "AUTH", "Auth", "machine", "MaChInE", "LS0tLS1CRUdJTi", "PuTTY-User"]
    pieces += ["db:", "u:", "Xk9#q", "Tr0ub4", "pw", "tool", " ", "_", "-", "=", ".", "7", "42", "x", "Q"]
    pieces += ["Zq8Wx7Cv6Bn5Mq2Lp4Kd3Jf9Hs1Ga0Tz", "password ", "login ", "\n"]
    out: list[str] = []
    while len(out) < count:
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(2, 9)))
        if rng.random() < 0.2:
            text = text.swapcase()
        if 8 <= len(text) <= 80:
            out.append(text)
    out += ["*:*:db:u:Xk9#q", "h:5432:d:u:Zq8!", "*:*:d:u:Tr0ub4", "glc_" + "Zq8Wx7Cv6Bn5Mq2Lp4Kd3Jf9Hs1Ga0Tz" * 2]
    out += ["machine db.internal login ops password Tr0ub4dor&3x", *_PLAIN, *_PLAIN_LONGER]
    return out


def test_short_texts_are_found_alike_with_and_without_the_literal_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    from secure_mcp_gateway.guardrails import provider_keys

    texts = _short_texts(11, 6000)
    found = [secrets._find(t, t.lower()) for t in texts]
    assert sum(map(len, found)) >= 20
    # As before the checks: every short text read on, each literal asked of it, every credential file's form read
    monkeypatch.setattr(provider_keys, "MIN_RUN", 0)
    monkeypatch.setattr(provider_keys, "LITERAL_ANY", re.compile(""))
    monkeypatch.setattr(secrets, "_files_may", lambda text, low: True)
    assert [secrets._find(t, t.lower()) for t in texts] == found


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#$%&*@?-"
_ASSIGNED = ("AWS_SECRET_ACCESS_KEY={}", "DB_PASSWORD={}", 'password: "{}"', '{{"client_secret": "{}"}}')


def _led(rng: random.Random, lead: str, alphabet: str, size: int) -> str:
    """A random value of `size` characters that starts with `lead` and mixes cases and digits."""
    while True:
        value = lead + "".join(rng.choice(alphabet) for _ in range(size - 1))
        if secrets._mixed(value[1:]) and value[-1] not in "%>":
            return value


@every("lead", list("/+$%*~#&@!-?"))
def test_a_random_key_or_password_is_found_whatever_character_it_starts_with(lead: str) -> None:
    rng = random.Random(lead)
    for form in _ASSIGNED:
        for value in (_led(rng, lead, _B64, 40), _led(rng, lead, _PASSWORD_CHARS, 16)):
            text = form.format(value)
            assert [text[f.start : f.end] for f in secrets.find(text)] == [value], text


@every(
    "value",
    [
        *("$DB_PASS", "${DB_PASSWORD}", "$(cat /run/secrets/Db9Xk2)", "%DB_PASSWORD%", "*db_password", "&db_password"),
        *("/run/secrets/Db9XkPq2Lm", "~/.secrets/Db9XkPq2Lm", "./Db9XkPq2Lm.txt", "<YourPassw0rd123>"),
        *("$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW", "@/run/secrets/db", "#section-2"),
        *("$dbPassword1", "/home/Ada9/keys/Prod2Key", "--token-file=Db9XkPq2Lm", "{{Secret9Xk2}}"),
    ],
)
def test_a_reference_or_stand_in_led_by_such_a_character_is_not_a_secret(value: str) -> None:
    for form in _ASSIGNED[1:]:
        assert secrets.find(form.format(value)) == [], form.format(value)


@pytest.mark.parametrize(
    "text",
    [
        "aws route53domains ... see https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/domain-transfer.html",
        '"PolicyArn": "arn:aws:iam::aws:policy/AmazonRoute53AutoNamingFullAccess"',
        'AWS::Lambda::Function "$ref": "/properties/CaCertificatesBundleS3Bucket"',
        "aws s3 cp ./build s3://assets-bucket/site/v2026/releases/Android",
        '"PolicyArn": "arn:aws:iam::aws:policy/AmazonSSMManagedEC2InstanceDefaultPolicy"',
        '"Arn": "arn:aws:iam::aws:role/AmazonEC2ContainerServiceforEC2Role"',
    ],
)
def test_a_path_of_forty_characters_near_aws_is_not_a_secret_key(text: str) -> None:
    assert secrets.find(text) == [], text


def test_an_aws_secret_key_with_slashes_in_it_is_still_found() -> None:
    rng = random.Random(40)
    for _ in range(200):
        key = "".join(rng.choice(_B64) for _ in range(40))
        if "/" in key and secrets._mixed(key):
            text = f"aws configure set aws_secret_access_key {key}"
            assert [text[f.start : f.end] for f in secrets.find(text)] == [key], text


@every(
    "name",
    [
        *("NextToken", "nextPageToken", "next_token", "continuationToken", "x-amz-continuation-token"),
        *("progressToken", "ClientRequestToken", "LifecycleActionToken"),
    ],
)
def test_a_token_that_marks_a_page_or_a_lock_is_not_a_credential(name: str) -> None:
    for value in ("eyJOZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAyfQ==", "Zq8Wx7Cv6Bn5Mq2Lp4Kd3Jf9"):
        for text in (f'{{"{name}": "{value}"}}', f"{name}={value}"):
            assert secrets.find(text) == [], text
    for flag in ("--next-page-token", "--starting-token", "--change-token", "--next-token"):
        text = f'aws swf list-domains {flag} "AAAAKgAAAAEAAAAAAAAAA2QJKNtidVgd49TTeNwYcpD+QKT2ynuEbibcQWe2"'
        assert secrets.find(text) == [], text


@pytest.mark.parametrize("name", ["access_token", "refreshToken", "SYNC_API_TOKEN", "page_token_secret"])
def test_a_credential_named_beside_such_words_is_still_found(name: str) -> None:
    for text in (f'{{"{name}": "Zq8Wx7Cv6Bn5Mq2Lp4Kd3Jf9"}}', "gh auth login --with-token Zq8Wx7Cv6Bn5Mq2Lp4Kd3Jf9"):
        assert [text[f.start : f.end] for f in secrets.find(text)] == ["Zq8Wx7Cv6Bn5Mq2Lp4Kd3Jf9"], text


_SHA = "6dcb09b5b57875f334f61aebed695e2e4193db5e"


@pytest.mark.parametrize(
    "text",
    [
        f'{{"html_url": "https://github.com/octocat/hello/pull/1", "head": {{"ref": "topic", "sha": "{_SHA}"}}}}',
        f"GitHub Actions: actions/checkout pinned to {_SHA} (v4.2.2)",
        f"Merged https://github.com/octocat/hello/pull/12 as {_SHA}",
        f"deps: update googletest to {_SHA} (GitHub Bot)",
        f'{{"oid": "{_SHA}", "url": "https://github.com/octocat/hello"}}',
    ],
)
def test_a_commit_id_in_github_text_is_not_a_secret(text: str) -> None:
    assert secrets.find(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        f"GITHUB_CLIENT_SECRET={_SHA}",
        f"GitHub OAuth App\nClient ID: Iv1.8a61f9b3a7aba766\nClient secret: {_SHA}",
        f'github_secret="{_SHA}"',
    ],
)
def test_an_oauth_app_secret_named_for_github_is_found(text: str) -> None:
    assert [text[f.start : f.end] for f in secrets.find(text)] == [_SHA], text


@every(
    "text",
    [
        "const token = metadata?.progressToken;",
        "const secret = config.enterpriseManagedAuth?.idp?.clientSecret;",
        "progressToken: ProgressTokenSchema$1,",
        "return}c=e.token,l=e.scopes,u=e.expiresAt,d=e.refresh;",
        "{clientId:`test-${n}`,clientSecret:this.expectedAuthMethod===`none`?void 0:r}",
        "return{token:`cc-token-${Date.now()}`}",
        "redact({ paths: ['users.*.password', 'users.*.profile.apiKey'] })",
        "node app.js | pino-http-send -u http://localhost:8080/logs",
    ],
)
def test_javascript_that_names_tokens_is_not_a_secret(text: str) -> None:
    assert secrets.find(text) == [], text


@pytest.mark.parametrize(
    "value", ["Xk29mPqL8vR2wZ5nT$1", "dGhpcyBpcyBhIHNlY3JldCBrZXk9==", "Zq8Wx7Cv6Bn5Mq2Lp4Kd3Jf9:"]
)
def test_a_random_value_with_such_an_ending_is_still_a_secret(value: str) -> None:
    text = f"token={value}\n"
    assert [text[f.start : f.end] for f in secrets.find(text)] == [value], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("GET /orders HTTP/1.1\nCookie: lang=en; sessionid=r8Tq2LmZ5xWc9VbN3kPd7HsJ\n", "r8Tq2LmZ5xWc9VbN3kPd7HsJ"),
        ("Set-Cookie: PHPSESSID=h2k9m4q7t1v8x3z6b5n0c2r7w4; path=/; secure", "h2k9m4q7t1v8x3z6b5n0c2r7w4"),
        ('{"headers": {"Cookie": "_shop_session=Vq7Zr2Kp9Lm4Xt8Nc3Bw6Hd1"}}', "Vq7Zr2Kp9Lm4Xt8Nc3Bw6Hd1"),
        ("set-cookie: connect.sid=s%3AGm4Wq8Zr2Tx6Lk9Pc3Vb7Nd5.Hj2Kq; HttpOnly", "s%3AGm4Wq8Zr2Tx6Lk9Pc3Vb7Nd5.Hj2Kq"),
        ("Cookie: JSESSIONID=9C4E1B7A2F8D6E3C5A0B9F1D7E2C4A6B", "9C4E1B7A2F8D6E3C5A0B9F1D7E2C4A6B"),
    ],
)
def test_a_session_cookie_in_a_header_is_found(text: str, value: str) -> None:
    found = [text[f.start : f.end] for f in secrets.find(text)]
    assert found == [value]
    pad = "INFO request served in 12 ms\n" * 120
    long_text = f"{pad}{text}\n{pad}"
    assert [long_text[f.start : f.end] for f in secrets.find(long_text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Cookie: csrftoken=Qw8Er2Ty6Ui0Op4As8Df2Gh6",
        "Set-Cookie: session=; Max-Age=0; Path=/",
        "Cookie: sessionid=<paste-your-session-cookie>",
        "Cookie: sessionid=${SESSION_COOKIE}",
        "Cookie: theme=solarized-dark-high-contrast; lang=pt-BR",
        "Set-Cookie: AWSALBCORS=Zq3Wx8Ec1Rv5Tb9Yn2Um6Ik0; Path=/",
    ],
)
def test_other_cookies_and_stand_ins_pass(text: str) -> None:
    assert secrets.find(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('network={\n    ssid="Atelier-5G"\n    psk="Rue des Lilas 14, 2e"\n}', "Rue des Lilas 14, 2e"),
        ("wpa_psk=9e3f1c7a5b2d8e4f6a0c3b7d1e9f5a2c8b4d6e0f3a7c1b5d9e2f8a4c6b0d3e7f", None),
        ("ipsec-psk: Kx7-Vb2-Qm9-Zt4", "Kx7-Vb2-Qm9-Zt4"),
    ],
)
def test_a_preshared_key_is_found(text: str, value: str | None) -> None:
    want = value or text.partition("=")[2]
    assert [text[f.start : f.end] for f in secrets.find(text)] == [want]


@pytest.mark.parametrize("text", ['psk="<your Wi-Fi passphrase>"', "psk=$WIFI_PSK", "key_mgmt=WPA-PSK\nproto=RSN"])
def test_preshared_key_stand_ins_pass(text: str) -> None:
    assert secrets.find(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '("number2symbol", "dfas", "keywords",\n "tokens", "symbol2label"):',
        "['pkcs7_encrypted_st', 'RC4_KEY', '__darwin_ucontext64_t', 'N13ss']",
        'OKPKey.derive_key("secret", "Ed25519", key)',
    ],
)
def test_the_next_name_in_a_list_of_strings_is_not_a_secret(text: str) -> None:
    assert secrets.find(text) == [], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('System.setProperty("DB_PASSWORD", "S3cr3t!Xq9")', "S3cr3t!Xq9"),
        ('os.environ.setdefault("API_TOKEN", "Zq8Wx7Cv6Bn5Mq2Lp4Kd3Jf9")', "Zq8Wx7Cv6Bn5Mq2Lp4Kd3Jf9"),
    ],
)
def test_a_secret_set_by_a_call_is_still_found(text: str, value: str) -> None:
    assert [text[f.start : f.end] for f in secrets.find(text)] == [value], text


@pytest.mark.parametrize(
    "text", ['_PSK = lazy.compile(r"psk=")', 'PSK = os.environ["WIFI_PSK"]', "psk = settings.wifi_psk"]
)
def test_code_that_assigns_a_preshared_key_is_not_one(text: str) -> None:
    assert secrets.find(text) == [], text


def test_every_key_of_the_demo_s_env_file_is_redacted() -> None:
    """The demo's `.env` with keys drawn as the demo draws them (a base64 secret may start with `/` and hold a short
    lower-case part between slashes: `/ojwiXFr8v21Ub8wIa5tbJPZelCvB2xJHJn/ypds`)."""
    from secure_mcp_gateway.config import GuardrailPolicy
    from secure_mcp_gateway.guardrails.local import LocalGuard
    from secure_mcp_gateway.guardrails.redact import Vault

    guard = LocalGuard(GuardrailPolicy())
    rng = random.Random(7)
    keys = ["/ojwiXFr8v21Ub8wIa5tbJPZelCvB2xJHJn/ypds"]
    keys += ["".join(rng.choice(_B64) for _ in range(40)) for _ in range(300)]
    for key in keys:
        text = f"# deploy/.env\nREGION=eu-west-1\nAWS_SECRET_ACCESS_KEY={key}\n"
        shown = guard.check_output({"content": [{"type": "text", "text": text}]}, Vault()).value
        assert key not in shown["content"][0]["text"], key


def test_url_credentials_tried_before_each_at_sign_are_those_a_search_finds() -> None:
    rng = random.Random(5)
    pieces = ["a" * 250, "c" * 257, "://", "://u:p@h", "x@y", "@@", "b1", *':@/ \n#?"u[']
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        if rng.random() < 0.05:
            text *= rng.randint(20, 100)  # `@`s dense enough that the search takes over
        expected = [m.span() + m.span(1) + m.span(2) for m in secrets._URL_CREDS.finditer(text)]
        assert [m.span() + m.span(1) + m.span(2) for m in secrets._url_creds(text)] == expected, text
        found += len(expected)
    assert found > 1000


def test_test_chains_documented_account_keys_pass_and_others_are_found() -> None:
    documented = "0x" + "ac0974bec39a17e36ba4a6b4d238ff94" + "4bacb478cbed5efcae784d7bf4f2ff80"
    other = "0x" + "9f41c07a2be35d8816c0e4aa7b95d3e2" + "0c6f18b4d7a35e92c41f0b8e6d2a7c13"
    assert secrets.find(f"Private Keys\n(0) {documented}\nPRIVATE_KEY={documented}") == []
    assert [f.kind for f in secrets.find(f"PRIVATE_KEY={other}")] != []


def test_jwt_of_the_anonymous_role_passes() -> None:
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    anon = head + ".eyJyb2xlIjoiYW5vbiJ9." + "Qm9ndXNTaWduYXR1cmVGb3JUZXN0c09ubHkx"  # {"role":"anon"}
    service = head + ".eyJyb2xlIjoic2VydmljZV9yb2xlIn0." + "Qm9ndXNTaWduYXR1cmVGb3JUZXN0c09ubHkx"
    assert secrets.find(f"SUPABASE_ANON_KEY={anon}") == []
    assert [f.kind for f in secrets.find(f"SUPABASE_SERVICE_KEY={service}")] == ["jwt"]
