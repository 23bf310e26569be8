"""Passwords a call or a command takes by position, and secrets config files and tools' output write apart from
their name (`reg query`, answer files, server directives, WordPress salts, cookie jars); the references, stand-ins
and ordinary values beside them pass."""

from __future__ import annotations

import base64

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import secrets


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in secrets.find(text)]


@every(
    ("text", "value"),
    [
        ("$db = mysqli_connect('db.internal', 'crm', 'Vb7#qLm2Xz9w', 'crm');", "Vb7#qLm2Xz9w"),
        ('$m = new mysqli("localhost", "shop", "Tq4!nRw8Kp2s", "shop");', "Tq4!nRw8Kp2s"),
        ("$h = new PDO('mysql:host=db;dbname=erp', 'erp', 'Hw3$zPq7Lm5n');", "Hw3$zPq7Lm5n"),
        ('client.Credentials = new System.Net.NetworkCredential("svc-print", "Jr8%kWq2Zt6v");', "Jr8%kWq2Zt6v"),
        ('Connection c = DriverManager.getConnection(jdbcUrl, "ledger", "Yp5&mTq9Wz3k");', "Yp5&mTq9Wz3k"),
        ('imap.login("alerts@corp.example", "Nc6^vRp2Lq8x")', "Nc6^vRp2Lq8x"),
        ('resp = httpx.get(url, auth=("ops", "Rk2*wZq7Hm4p"))', "Rk2*wZq7Hm4p"),
        ('a := smtp.PlainAuth("", "bot@corp.example", "Lx9!tWq3Vn6b", "mail.corp.example")', "Lx9!tWq3Vn6b"),
        ('req.SetBasicAuth("metrics", "Dq4@pZk8Rw2m")', "Dq4@pZk8Rw2m"),
        ('.basic_auth("exporter", Some("Gm7#xQv2Tz5k"))', "Gm7#xQv2Tz5k"),
        ('new PasswordAuthentication("relay", "Pz3$kWm8Qr6t".toCharArray())', "Pz3$kWm8Qr6t"),
        ("$s = ConvertTo-SecureString -String 'Wt6!qHz2Km9p' -AsPlainText -Force", "Wt6!qHz2Km9p"),
        ("net use \\\\nas02\\scans Fq8#vLp3Zw7m /user:CORP\\scanner /persistent:no", "Fq8#vLp3Zw7m"),
        ("net user support Kz5!rTq9Wm2v /add /expires:never", "Kz5!rTq9Wm2v"),
        ("cqlsh db-2.internal -u reporter -p 'Mv4$wQz8Lt3k'", "Mv4$wQz8Lt3k"),
        ("creds = pika.PlainCredentials('ingest', 'Qv8#mLz3Wt6p')", "Qv8#mLz3Wt6p"),
        ('client.username_pw_set("sensor-07", "Hk4!zWq9Lm2t")', "Hk4!zWq9Lm2t"),
        ('ftp = ftplib.FTP_TLS("drop.vendor.example", "upload", "Tz6$kPq2Wm8v")', "Tz6$kPq2Wm8v"),
        ('mgr.add_password(None, "https://intranet.example/", "svc", "Wm3#qLz7Kp9x")', "Wm3#qLz7Kp9x"),
        ("const db = new Sequelize('shop', 'shop_rw', 'Lp9!wZq4Tm7k', { dialect: 'postgres' });", "Lp9!wZq4Tm7k"),
        ('{ok, C} = epgsql:connect("db01", "ledger", "Rz2%mWq8Kt5p", #{database => "ledger"}).', "Rz2%mWq8Kt5p"),
        ("Net::SMTP.start('smtp.example.org', 587, 'example.org', 'alerts', 'Kx7^pQz3Lw9m', :login)", "Kx7^pQz3Lw9m"),
        ('val auth = Credentials.basic("ci-bot", "Nq5&zLm8Wt2k")', "Nq5&zLm8Wt2k"),
        ('conn = SMBConnection("svc_scan", "Pv4*kWz9Qm3t", "scanner", "fs01")', "Pv4*kWz9Qm3t"),
        ('curl_setopt($ch, CURLOPT_USERPWD, "billing:Zt8#qWm4Lk6p");', "Zt8#qWm4Lk6p"),
        ('curl_easy_setopt(h, CURLOPT_PASSWORD, "Mw2!pZq7Kt5x");', "Mw2!pZq7Kt5x"),
        ("$c = new GuzzleHttp\\Client(['auth' => ['reports', 'Gq6$zLw3Mt8k']]);", "Gq6$zLw3Mt8k"),
        ('let r = http.get(url).bearer_auth("Yq4Lz8Wm2Kt7Pv3Xn9Bc6Hd1").send()?;', "Yq4Lz8Wm2Kt7Pv3Xn9Bc6Hd1"),
        (
            'h.Authorization = new AuthenticationHeaderValue("Bearer", "Rt5Kq9Zw3Lm7Xp2Vn8Bc4Hd");',
            "Rt5Kq9Zw3Lm7Xp2Vn8Bc4Hd",
        ),
        ('local con = assert(env:connect("shop", "shop_rw", "Qv8#mLz3Wt6p", "db.internal", 3306))', "Qv8#mLz3Wt6p"),
        ('JedisPool pool = new JedisPool(cfg, "cache.internal", 6379, 2000, "Hk4!zWq9Lm2t");', "Hk4!zWq9Lm2t"),
        ('r = redis.Redis("cache", 6379, 0, "Kx7^pQz3Lw9m")', "Kx7^pQz3Lw9m"),
        ('ssh.connect("10.0.0.5", 22, "deploy", "Gq6$zLw3Mt8k")', "Gq6$zLw3Mt8k"),
        ('influx = InfluxDBClient("influx", 8086, "admin", "Wm3#qLz7Kp9x", "metrics")', "Wm3#qLz7Kp9x"),
        ("const client = new Client('https://es.internal:9200', 'elastic', 'Tz6$kPq2Wm8v');", "Tz6$kPq2Wm8v"),
    ],
)
def test_a_password_given_by_position_is_found(text: str, value: str) -> None:
    assert value in _values(text)


def test_an_smtp_auth_plain_line_is_found_whole() -> None:
    token = base64.b64encode(b"\0billing@corp.example\0Qn7!vTz3Wk8m").decode()
    text = f"C: EHLO relay\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN {token}\nS: 235 Authentication succeeded"
    assert token in _values(text)


@every(
    "text",
    [
        "$db = mysqli_connect($host, $user, $pass, $name);",
        "conn = DriverManager.getConnection(url, props);",
        'imap.login(user, os.environ["IMAP_PASSWORD"])',
        "$s = ConvertTo-SecureString $cipher -Key $aesKey",
        "$pass = Read-Host -Prompt 'Password' -AsSecureString",
        "net use \\\\nas02\\scans /user:CORP\\scanner *",
        "net user support /delete",
        "C: AUTH PLAIN ****\nS: 235 Authentication succeeded",
        "Call login() after connect(); pass the user and password from the vault.",
        "creds = pika.PlainCredentials('guest', 'guest')",
        'client.username_pw_set("sensor-07", os.environ["MQTT_PASSWORD"])',
        "const db = new Sequelize('database', 'username', 'password', { dialect: 'mysql' });",
        'curl_setopt($ch, CURLOPT_USERPWD, "$user:$pass");',
        'curl_easy_setopt(h, CURLOPT_USERAGENT, "report-fetcher/2.1");',
        "$c = new GuzzleHttp\\Client(['auth' => [$user, $pass, 'digest']]);",
        'http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);',
        "local con = assert(env:connect(db, user, pass))",
        "JedisPool pool = new JedisPool(cfg, host, port, timeout, password);",
        'pool = new JedisPool(cfg, "localhost", 6379, 2000, System.getenv("REDIS_PASS"))',
        'client = MongoClient("localhost", 27017, "admin", "password123")',
        'c = Client("localhost", 9000, "reports_2024")',
        'client = Client("https://api.example.com", "v2", "application/json")',
        'conn = http.client.HTTPSConnection("api.example.com", 443, timeout=10)',
        'r = redis.Redis("localhost", 6379, 0, "<REDIS_PASSWORD>")',
        'client = InfluxDBClient("localhost", 8086, "root", "root", "example")',
    ],
)
def test_references_and_prompts_pass(text: str) -> None:
    assert secrets.find(text) == []


def test_a_powershell_command_assigned_to_a_password_variable_is_not_the_password() -> None:
    text = "$pwd = ConvertTo-SecureString 'Hq5#mZw2Rk7t' -AsPlainText -Force"
    assert _values(text) == ["Hq5#mZw2Rk7t"]


@every(
    ("text", "value"),
    [
        (
            "HKEY_CURRENT_USER\\Software\\Sync\n    AuthToken    REG_SZ    c1Zq8RmT4wXk2PvN7bLs\n",
            "c1Zq8RmT4wXk2PvN7bLs",
        ),
        ("<UserAccounts><AdministratorPassword><Value>Rv3!kTq8Zm5w</Value>", "Rv3!kTq8Zm5w"),
        ("<Password>\n    <Value>Pw9#zLq4Kt2m</Value>\n    <PlainText>true</PlainText>\n</Password>", "Pw9#zLq4Kt2m"),
        ('    SetEnv MAIL_PASSWORD "Zk4$wRq9Tm2p"\n', "Zk4$wRq9Tm2p"),
        ("fastcgi_param STRIPE_SECRET qX7mT2wK9pL4vR8z;\n", "qX7mT2wK9pL4vR8z"),
        ("ENV SENTRY_AUTH_TOKEN 9f8e7d6c5b4a39281706f5e4d3c2b1a0\n", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
        ("define('NONCE_SALT', 'x#9]K(v2!mQ{z7~Lp&4w^Rt8@Yb3|Hn');", "x#9]K(v2!mQ{z7~Lp&4w^Rt8@Yb3|Hn"),
        (
            ".app.example\tTRUE\t/\tTRUE\t1798761600\tPHPSESSID\tq8v2k7m4z9w3t6r1p5x0n8b2c7\n",
            "q8v2k7m4z9w3t6r1p5x0n8b2c7",
        ),
        ("language: ruby\nenv:\n  global:\n    - secure: Hw3$zPq7Lm5n\n", "Hw3$zPq7Lm5n"),
        ("deploy:\n  provider: npm\n  api_key:\n    secure: Gm7xQv2Tz5kWp9Lr\n", "Gm7xQv2Tz5kWp9Lr"),
        ("kind: Secret\nstringData:\n  user: mailer\n  relay-auth: Kz5rTq9Wm2vXp8\n", "Kz5rTq9Wm2vXp8"),
        ('vpn_shared_key = "Tz6kPq2Wm8vXr3Ln"', "Tz6kPq2Wm8vXr3Ln"),
        ('tunnel1_preshared_key = "Lp9wZq4Tm7kXr2Vn"', "Lp9wZq4Tm7kXr2Vn"),
    ],
)
def test_a_secret_written_apart_from_its_name_is_found(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "HKEY_LOCAL_MACHINE\\Software\\Sync\n    TokenLifetime    REG_SZ    3600\n    Server    REG_SZ    sync01\n",
        "<Password><Value>*SENSITIVE*DATA*DELETED*</Value><PlainText>true</PlainText></Password>",
        '    SetEnv APP_ENV "production"\n    SetEnv MAIL_PASSWORD_FILE "/run/secrets/mail"\n',
        "fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n",
        "define( 'AUTH_KEY', 'put your unique phrase here' );",
        ".app.example\tTRUE\t/\tFALSE\t1798761600\tlocale\tpt-BR\n",
    ],
)
def test_ordinary_values_of_those_shapes_pass(text: str) -> None:
    assert secrets.find(text) == []


@every(
    "text",
    [
        "env:\n  global:\n    - secure: " + "QmFzZTY0" * 43,
        "environment:\n  api_token:\n    secure: BSNfEghqDWD8zjuzIvQ1Og==",
        "deploy:\n  api_key:\n    secure: " + base64.b64encode(bytes(range(32))).decode(),
        "env:\n  secure: true",
        "cookie:\n  secure: strict_mode",
        "server:\n  secure: sslOnly2",
        "kind: Secret\nstringData:\n  username: app\n  host: db.internal\n  port: '5432'\n  password: changeme",
        "kind: Secret\nstringData:\n  password: ${DB_PASSWORD}",
        'cache_shared_key = "users"',
        'hmac_key = os.environ["HMAC_KEY"]',
    ],
)
def test_ciphertext_settings_and_plain_entries_of_those_fields_pass(text: str) -> None:
    assert secrets.find(text) == []
