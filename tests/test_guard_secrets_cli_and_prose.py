"""Secrets that package and service tools take by position or by their own flags, and passwords written in a
sentence right after a user name; the references, prompts and prose about passwords beside them pass."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import nested_keys, secrets

_CONFLUENT = "Tk8+Lq2Zp7Wm4Xr9Vn3Bs6Hd1Jf5Gc0Ay2Ek8Ru4Io7Pa3Sd9Fg1Hj6Kl0Zx5Cv"


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in secrets.find(text)]


@every(
    ("text", "value"),
    [
        ("$ poetry config http-basic.nexus release-bot Zq8#Lm2pWx7Rk4Tn", "Zq8#Lm2pWx7Rk4Tn"),
        ("poetry config --local http-basic.gitlab ci 'Vb3!xQz9Lp2Mk7Ws'", "Vb3!xQz9Lp2Mk7Ws"),
        ("poetry config pypi-token.staging Kd7Rq2Lz9Xw4Pm8Nv3Bt", "Kd7Rq2Lz9Xw4Pm8Nv3Bt"),
        (
            "confluent api-key store QWERTYUI23456789 " + _CONFLUENT + " --resource lkc-7x2p9",
            _CONFLUENT,
        ),
        ("mc alias set archive https://minio.lab.internal:9000 archiver Pw7Lz2Qx9Rk4Mn8Vt3Bc", "Pw7Lz2Qx9Rk4Mn8Vt3Bc"),
        ("sudo rabbitmqctl change_password telemetry 'Gx4!pLq8Zw2K'", "Gx4!pLq8Zw2K"),
        ("pnpm config set //npm.pkg.github.com/:_authToken Rm2Zq7Lx9Wk4Pt8Vn3Bc6Hd", "Rm2Zq7Lx9Wk4Pt8Vn3Bc6Hd"),
        ('ldapmodify -x -D "cn=directory manager" -w "Hq5#zLm8Wp2X" -f users.ldif', "Hq5#zLm8Wp2X"),
        ("sqlcmd -S tcp:sql02,1433 -U etl -P Yw6!kPz3Lq8M -d staging -i load.sql", "Yw6!kPz3Lq8M"),
        ("bcp dbo.orders out orders.dat -S sql02 -U etl -P Nz4$wQp7Lk2R -c", "Nz4$wQp7Lk2R"),
        ("lftp -u uploader,Fk9pQ2zLw7Xm sftp://drop.vendor.example", "Fk9pQ2zLw7Xm"),
        ("PsExec64.exe \\\\build07 -u LAB\\svc -p Tq3#mWz8Lp5K ipconfig", "Tq3#mWz8Lp5K"),
        ("netlify env:set DATABASE_PASSWORD 'Vb7#qLm2Xz9w' --context production", "Vb7#qLm2Xz9w"),
        ("netlify env:set SIGNING_KEY Rk2wZq7Hm4pTx9Lv --scope functions", "Rk2wZq7Hm4pTx9Lv"),
        ("npx convex env set OPENAI_API_KEY Gm7xQv2Tz5kWp9Lr", "Gm7xQv2Tz5kWp9Lr"),
        ("doppler secrets set STRIPE_KEY Pz3kWm8Qr6tYx2Lv", "Pz3kWm8Qr6tYx2Lv"),
        ("sst secret set StripeSecret Mv4wQz8Lt3kRx6Yn", "Mv4wQz8Lt3kRx6Yn"),
        ("gh secret set DEPLOY_TOKEN --repo acme/web --body 'Qv8mLz3Wt6pXr5Kn'", "Qv8mLz3Wt6pXr5Kn"),
        ("glab variable set REGISTRY_PASSWORD Hk4!zWq9Lm2t --masked", "Hk4!zWq9Lm2t"),
        ("travis env set DOCKER_PASSWORD Rz2%mWq8Kt5p --private", "Rz2%mWq8Kt5p"),
        ("koyeb secrets create db-pass --value 'Kx7^pQz3Lw9m'", "Kx7^pQz3Lw9m"),
        ("aws ssm put-parameter --name /prod/db --type SecureString --value 'Nq5&zLm8Wt2k'", "Nq5&zLm8Wt2k"),
        ("user default on nopass ~* +@all\nuser worker on >Hw3$zPq7Lm5n ~jobs:* +@all", "Hw3$zPq7Lm5n"),
        ("user reporter off resetpass >Tq4!nRw8Kp2s ~stats:* +get", "Tq4!nRw8Kp2s"),
        ("redis-cli -h cache.internal --user ops AUTH ops Nc6^vRp2Lq8x", "Nc6^vRp2Lq8x"),
        ("[perform]\nn0=/join #ops,#staff Kz5rTq9W,Mv4wQz8Lt3", "Mv4wQz8Lt3"),
        ("/mode #ops +k Fq8vLp3Zw7", "Fq8vLp3Zw7"),
        ("PRIVMSG #a :hi\nJOIN #staff Jr8kWq2Zt6", "Jr8kWq2Zt6"),
        ("sudo -u www-data php occ ldap:set-config s01 ldapAgentPassword 'Wz4#qLp8Mt2k'", "Wz4#qLp8Mt2k"),
        ("php occ config:system:set mail_smtppassword --value='Hq7!zWm3Lp9x'", "Hq7!zWm3Lp9x"),
        ("./occ config:app:set richdocuments wopi_secret --type=string --value Rt5pQz8Lw2Kn", "Rt5pQz8Lw2Kn"),
        ("grafana-cli admin reset-admin-password Mk3#wZq7Lp2v", "Mk3#wZq7Lp2v"),
        ("grafana cli --homepath /usr/share/grafana admin reset-admin-password 'Pz6!mQw2Lk8r'", "Pz6!mQw2Lk8r"),
        ("redis-cli -h cache CONFIG SET requirepass 'Lq9#vWz4Mp7t'", "Lq9#vWz4Mp7t"),
        ("redis-cli config set masterauth Tn2$kQz8Wm5p", "Tn2$kQz8Wm5p"),
        ("curl --proxy-user squid:Xw8!pLq3Zm6k -x http://proxy:3128 https://example.org", "Xw8!pLq3Zm6k"),
        ("curl -U squid:Vm4#zQp9Lw2t -x http://proxy:3128 https://example.org", "Vm4#zQp9Lw2t"),
        ("SSHPASS='Kp7!wZq2Lm9x' sshpass -e ssh deploy@10.0.0.5", "Kp7!wZq2Lm9x"),
        ("export SMBPASS=Qz5#mWp8Lt3k", "Qz5#mWp8Lt3k"),
    ],
)
def test_a_secret_a_tool_takes_by_position_or_flag_is_found(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "ldapsearch -x -W -D cn=admin,dc=corp,dc=local -b dc=corp,dc=local",
        "sqlcmd -S sql02 -U etl -P $env:SQL_PASSWORD -Q 'select 1'",
        "npm config set registry https://registry.npmjs.org/",
        "yarn config set npmAuthToken ${NPM_AUTH_TOKEN}",
        "poetry config http-basic.nexus release-bot $NEXUS_PASSWORD",
        "rabbitmqctl add_user telemetry <password>",
        "Use mc alias set to register a deployment, then mc ls to list its buckets.",
    ],
)
def test_references_and_prompts_on_those_lines_pass(text: str) -> None:
    assert not secrets.find(text)


@every(
    "text",
    [
        "netlify env:set API_TOKEN $API_TOKEN --context production",
        "vercel env add DB_PASSWORD preview",
        "doppler secrets set STRIPE_KEY",
        "gh secret set DEPLOY_TOKEN < token.txt",
        "gh secret set -f .env",
        "docker secret create db_password ./db_password.txt",
        "fly secrets set DATABASE_URL=postgres://user:password@host/db",
        "The secrets set by the operator are rotated weekly.",
        "dokku config:set shop DEBUG=false LOG_LEVEL=info",
        "netlify env:set NODE_VERSION 20.11.1",
        "user default on nopass ~* +@all",
        "user alice on #" + "5e88" * 16 + " ~* +@all",
        "redis-cli -h cache AUTH $REDIS_PASSWORD",
        "/join #python",
        "/mode #ops +o alice",
        "JOIN #staff :Welcome",
        "join the #staff channel today",
        "php occ ldap:set-config s01 ldapHost ldap.example.com",
        "php occ config:system:set mail_smtppassword --value=$SMTP_PASSWORD",
        "php occ config:system:set trusted_domains 1 --value=cloud.example.com",
        "grafana-cli admin reset-admin-password --password-from-stdin",
        "Run grafana-cli admin reset-admin-password to set a new one.",
        "redis-cli CONFIG SET maxmemory-policy allkeys-lru",
        "redis-cli config set requirepass $REDIS_PASSWORD",
        "curl --proxy-user squid -x http://proxy:3128 https://example.org",
        "psql -U postgres -h db01 shop",
        "sshpass -f ~/.ssh/pass.txt ssh deploy@10.0.0.5",
    ],
)
def test_setters_acl_lines_and_joins_without_a_secret_pass(text: str) -> None:
    assert not secrets.find(text)


@every(
    ("text", "value"),
    [
        ("Acceso a la consola: usuario soporte, clave Wq8#zLp3Km7X", "Wq8#zLp3Km7X"),
        ("Para el NAS: usuario backup y contraseña Tz5!rLq9Pw2M.", "Tz5!rLq9Pw2M"),
        ("new vm is up, login root / password Hx7pQ2zLm9Rk", "Hx7pQ2zLm9Rk"),
        ("Zugang Drucker: Benutzer: service, Kennwort Lm4#qZw8Pt2X", "Lm4#qZw8Pt2X"),
        ("guest wifi box: user admin pass Kq9zW2pLx7Rt", "Kq9zW2pLx7Rt"),
        ("Accès FTP : utilisateur depot et mot de passe Vp3!kWz7Lq9M", "Vp3!kWz7Lq9M"),
        ("Inloggen: gebruiker beheer, wachtwoord Rz8#pLq2Wm5K", "Rz8#pLq2Wm5K"),
        ("Пользователь operator, пароль Qm7zL2pWx9Rk", "Qm7zL2pWx9Rk"),
    ],
)
def test_a_password_written_right_after_a_user_name_is_found(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "The user name and password fields are required. Enter your user and password below.",
        "user admin password reset required before the next login",
        "Each user has a password hash stored with bcrypt.",
        "def login(user, password):\n    return check(user, password)",
        "user: alice, password: ${ALICE_PASSWORD}",
        "The usuario y contraseña predeterminados se cambian en el primer inicio.",
        "Log in as user guest with password guest to try the demo.",
    ],
)
def test_prose_about_users_and_passwords_passes(text: str) -> None:
    assert not secrets.find(text)


def test_a_conda_channel_token_in_a_url_path_is_found() -> None:
    token = "qz-" + "3f9a1c2e-7b4d-4e8f-9a0b-1c2d3e4f5a6b"
    text = f"channels:\n  - https://conda.anaconda.org/t/{token}/lab-private\n  - conda-forge"
    assert token in _values(text)
    assert not secrets.find("channels:\n  - https://conda.anaconda.org/conda-forge\n  - defaults")


def test_a_digest_after_a_login_keyword_is_not_a_password() -> None:
    assert not secrets.find("CREATE ROLE audit WITH LOGIN ENCRYPTED PASSWORD 'md5a1b2c3d4e5f60718293a4b5c6d7e8f90';")
    assert not secrets.find("login deploy password " + "9f" * 32)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "printer:\n  api:\n    enabled: true\n    key: 9C4E1A7B3F5D2E8C6A0B4D9F1E3C7A5B\n  port: 5000",
            "9C4E1A7B3F5D2E8C6A0B4D9F1E3C7A5B",
        ),
        (
            '{\n  "license": {\n    "owner": "lab",\n    "key": "LK-4hQ9zW2pLx7Rt3Vm8Nc6Bd1Fg5Js0Ka"\n  }\n}',
            "LK-4hQ9zW2pLx7Rt3Vm8Nc6Bd1Fg5Js0Ka",
        ),
        (
            '{"webhook": {"secret": "wq8Zr2LmP4xVt7NwK9bYc3HsJ6dFg1Qa", "url": "https://hooks.example.org/in"}}',
            "wq8Zr2LmP4xVt7NwK9bYc3HsJ6dFg1Qa",
        ),
        (
            "service:\n  token: 7e3a9c1f5b2d4e8a6c0f1b3d5e7a9c2e4f6b8d0a  # rotated 2026-11",
            "7e3a9c1f5b2d4e8a6c0f1b3d5e7a9c2e4f6b8d0a",
        ),
    ],
)
def test_a_bare_key_under_a_parent_that_names_a_credential_is_found(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "translations:\n  key: checkout_page_title_v2",
        "api:\n  version: v2\n  key: ${PRINTER_API_KEY}",
        "sort:\n  key: created_at_2024_utc\n  order: desc",
        '{"api": {"key": "YOUR_API_KEY_HERE_1234567890"}}',
        "index:\n  key: user_id_hash_v3\napi:\n  timeout: 30",
    ],
)
def test_bare_keys_of_other_parents_and_stand_ins_pass(text: str) -> None:
    assert not secrets.find(text)


@pytest.mark.parametrize(
    "lead",
    [
        '{"webhook": {"',
        '{"api" :  {\t"',
        "{'auth': { '",
        '{"api": {"key": "x"}, "auth": {"',
        '{"eventtime": "2026-03-01", "requestparameters": {"bucketname": "build-artifacts-3", "',
        '{"api": {"name": "x", "',
        '{"sort": {"',
        '{"api": {',
        '  "',
        "",
    ],
)
def test_a_parent_on_the_childs_line_is_told_as_its_expression_tells_it(lead: str) -> None:
    # (the expression is searched for only on a line that ends as the parent's object opens)
    assert nested_keys._inline_parent(lead) == (nested_keys._INLINE_PARENT.search(lead) is not None)


def test_a_changelog_line_about_letting_users_pass_values_passes() -> None:
    assert not secrets.find("- **async_wrap**: allow user to pass execution_async_id to the hook (#1234)")


@every(
    ("text", "value"),
    [
        (
            'az storage blob list --account-name media --account-key "Pq7Lz2Wm9Rk4Tn8Vb3Hc6Jd1Fg0Sa2E=="',
            "Pq7Lz2Wm9Rk4Tn8Vb3Hc6Jd1Fg0Sa2E==",
        ),
        ("vendorctl activate --license-key 'LK7q-Zp2W-m9Rk-4Tn8-Vb3H' --seat 4", "LK7q-Zp2W-m9Rk-4Tn8-Vb3H"),
        ('backupd init --encryption-key "Hq4Zr8Lm2Pw7Xt9Vn3Bc6Kd1Fs5Ga0E" /srv', "Hq4Zr8Lm2Pw7Xt9Vn3Bc6Kd1Fs5Ga0E"),
        ('nats-server --auth-key "Rw2Lq8Zp4Xm7Tk9Vn3Bc6Hd1Jf5Gs0Aa"', "Rw2Lq8Zp4Xm7Tk9Vn3Bc6Hd1Jf5Gs0Aa"),
        ("meili --master-key 'Mz6Kq1Lw8Pr3Xt5Vn9Bc2Hd7Jf4Gs0Ae'", "Mz6Kq1Lw8Pr3Xt5Vn9Bc2Hd7Jf4Gs0Ae"),
        ('relay serve --shared-key "Ts9Wq3Lz7Pm2Xr6Kv4Bn8Hc1Jd5Fg0Ab"', "Ts9Wq3Lz7Pm2Xr6Kv4Bn8Hc1Jd5Fg0Ab"),
    ],
)
def test_a_quoted_value_of_a_flag_named_for_a_services_key_is_found(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        'az storage blob list --account-name media --account-key "$AZURE_STORAGE_KEY"',
        'cosign sign --signing-key "./keys/cosign.key" registry.example.org/app:1.4',
        'vendorctl activate --license-key "YOUR_LICENSE_KEY"',
        'backupd init --encryption-key "<encryption-key>" /srv/repo',
        'deployer add --public-key "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx7 ops@bastion"',
        'proxy --server-key "certs/server-key.pem" --client-key "certs/client-key.pem"',
    ],
)
def test_references_paths_and_public_keys_after_such_flags_pass(text: str) -> None:
    assert not secrets.find(text)
