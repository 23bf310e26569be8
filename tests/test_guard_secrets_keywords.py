"""Secrets written after a keyword (network devices, VPN and Wi-Fi configs, clients' directives, XML name/value pairs),
admin tools' passwords on their command lines, environment tables aligned by spaces and PowerShell's cookies."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import secrets

S = "Qm7vXr2pLk9w"
"""A made-up password."""


def _covered(text: str, value: str) -> bool:
    at = text.index(value)
    return any(f.start <= at and at + len(value) <= f.end for f in secrets.find(text))


FOUND = [
    f"!\nusername backup privilege 15 password 0 {S}\n!",
    f"hostname edge-2\nusername ops secret 0 {S}\nline vty 0 4",
    f"radius server R1\n address ipv4 192.0.2.10 auth-port 1812\n key 0 {S}\n",
    f"snmp-server community {S} RO 20\nsnmp-server host 192.0.2.50 version 2c",
    f'config system admin\n    edit "audit"\n        set password {S}\n    next\nend',
    f"config vpn ipsec phase1-interface\n    edit branch\n        set psksecret {S}\n    next",
    f'radius-server {{\n    192.0.2.16 {{\n        secret "{S}";\n    }}\n}}',
    f'192.0.2.1 198.51.100.1 : PSK "{S}"\n',
    f'alice : XAUTH "{S}"',
    f'/interface wifi security add name=home authentication-types=wpa2-psk pre-shared-key="{S}"',
    "<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n"
    + "\n".join("9f2c4b7a1e0d83f6" * 2 for _ in range(16))
    + "\n-----END OpenVPN Static key V1-----\n</tls-auth>",
    f"Profile information\n    Security key           : Present\n    Key Content            : {S}\n",
    f"Guests: WIFI:S:Loft 3B;T:WPA;P:{S};;",
    f'<map>\n    <string name="refresh_token">{S}X8d2kPq</string>\n</map>',
    f"<dict>\n\t<key>Password</key>\n\t<string>{S}</string>\n</dict>",
    f'<Entry><String><Key>Password</Key><Value ProtectInMemory="True">{S}</Value></String></Entry>',
    f"account work\nhost smtp.example.org\nuser me@example.org\npassword {S}\n",
    f"<source>\n  @type forward\n  shared_key_secret {S}\n</source>",
    f'sv_region 3\nrcon_password "{S}"\n',
    f"poll imap.example.org proto imap user 'me' password '{S}'",
    f'autosendcmd = "/msg nickserv identify {S}";',
    f"$ etcdctl get /apps/billing/smtp_password\n/apps/billing/smtp_password\n{S}\n",
    f"ipmitool -H 192.0.2.44 -U root -P {S} sel list",
    f"wfreerdp /v:host.example.org /u:admin /p:{S} /cert:ignore",
    f"smbclient -L //nas.example.org -U 'backup%{S}'",
    f"keytool -genkeypair -alias app -keystore app.p12 -storepass {S} -keyalg RSA",
    f"7za a -p{S} secrets.7z notes/",
    f"zip -r -P {S} export.zip export/",
    f"$ http -a ops:{S} PUT https://api.example.org/v1/flags on:=true",
    f"$ https --auth-type bearer --auth {S}Z4tY8nQ GET api.example.org/v1/me",
    f"Name              Value\n----              -----\nSERVICE_TOKEN     {S}A7fK2mZ9\n",
    f'$s.Cookies.Add((New-Object System.Net.Cookie("sessionid", "{S}d8Kq2Lm3Zx7P", "/", "example.org")))',
    f'<variable name="DB_PASS">\n  <value>{S}</value>\n</variable>',
    f'<bean id="ds" class="org.example.Pool">\n  <property name="password"><value>{S}</value></property>\n</bean>',
    f"knife bootstrap 192.0.2.15 -x root -P {S} -N web1",
    f"[Server 2]\nHost=irc.example.net\nPassword2={S}\n",
    f"DB_PASSWORD_2={S}\n",
    f'secret_1 = "{S}"',
    f"[server]\nname0=libera\nhost0=irc.libera.chat\npass0={S}\n",
    f'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d {S} /f',
    f'Set-ItemProperty -Path "HKLM:\\SOFTWARE\\App" -Name ApiToken -Type String -Value "{S}"',
    f"redis-cli ACL SETUSER app on resetpass >{S} ~cache:* +get +set",
    f"bin/elasticsearch-users useradd ops -p {S} -r superuser",
    f"influx user password -n ops --password {S}",
    f"ansible-vault encrypt_string --vault-id prod@prompt '{S}' --name 'db_password'",
    f'Server {{\n  org.apache.zookeeper.server.auth.DigestLoginModule required\n  user_super="{S}";\n}};',
    'KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  username="admin"\n'
    f'  password="${{ADMIN_PASS}}"\n  user_alice="{S}";\n}};',
]


@every("text", FOUND)
def test_a_secret_after_a_keyword_or_a_tool_flag_is_found_whole(text: str) -> None:
    if "OpenVPN Static key" in text:
        value = text[text.index("-----BEGIN") : text.index("V1-----\n</tls") + 7]
    else:
        value = next(v for v in (f"{S}X8d2kPq", f"{S}Z4tY8nQ", f"{S}A7fK2mZ9", f"{S}d8Kq2Lm3Zx7P", S) if v in text)
    assert _covered(text, value), secrets.find(text)


PASS = [
    "username backup privilege 15 secret 9 $9$kT2mPq8vR1xZ4c$Xr3tYw8uBq2Lm9nA0pS5dF7gH1jK3lZ6vC4bN8mQ2e\n",
    "username ops password 7 045802150C2E1D1C5A\nenable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0",
    "snmp-server community <community> RO 20",
    "snmp-server community public RO",
    f'config system admin\n    edit "audit"\n        set password ENC SH2{S}aa9d==\n    next\nend',
    'secret "$9$abcDEF123ghiJKL";',
    ': RSA "gateway.key"\n: PSK ""',
    "Key Content            : (run the command as an administrator)",
    "WIFI:S:Cafe Guest;T:nopass;;",
    '<string name="password_hint">Your favourite pet</string>',
    "<key>PasswordPolicy</key>\n<string>strict</string>",
    "auth      required    pam_env.so\npassword  required    pam_pwquality.so retry=3\npassword  include  common",
    "If the server rejects the username/\n    password combination.\n",
    "The new password mechanism\nsecret sharing\n",
    "ipmitool -H 192.0.2.44 -U root -E sel list   # password from IPMI_PASSWORD",
    "keytool -list -keystore app.p12 -storepass:env STORE_PASS",
    "7z x archive.7z -oout/",
    "http -a ops GET https://api.example.org/v1/me   # asks for the password",
    "https://example.org/docs/http -a ops:demo is how the docs write it",
    "Name                Value\n----                -----\nSERVICE_TOKEN_FILE  /run/secrets/token\n",
    '$s.Cookies.Add((New-Object System.Net.Cookie("theme", "dark-high-contrast-v2", "/", "example.org")))',
    "$ etcdctl get /apps/billing/replicas\n/apps/billing/replicas\n3\n",
    '<variable name="DB_PASS">\n  <value>${DB_PASS}</value>\n</variable>',
    '<variable name="DB_PASS" secure="true">\n  <encryptedValue>AES:Zm9vYmFy:YmF6cXV4</encryptedValue>\n</variable>',
    '<property name="passwordEncoder"><ref bean="encoder"/></property>',
    "knife bootstrap 192.0.2.15 -x root -N web1 --sudo",
    'password1 = forms.CharField(widget=forms.PasswordInput)\npassword2 = self.cleaned_data.get("password2")',
    "token2 = tokenizer.next_token()\nsecret1 = os.environ['SECRET1']",
    'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v AutoAdminLogon /t REG_SZ /d 1',
    "Set-ItemProperty -Path HKLM:\\Software\\App -Name PasswordExpiryDays -Value 90",
    "Set-ItemProperty -Path HKLM:\\Software\\App -Name Password -Value $Password",
    "ACL SETUSER app on nopass ~* +@all",
    "ansible-vault encrypt_string --stdin-name 'db_password' < secret.txt",
    'Client {\n  org.apache.zookeeper.server.auth.DigestLoginModule required\n  username="bob"\n'
    '  password="${ZK_PASSWORD}";\n};',
]


@every("text", PASS)
def test_hashes_references_stand_ins_and_prose_pass(text: str) -> None:
    assert secrets.find(text) == []


@every(
    ("text", "value"),
    [
        ('Dim strPassword : strPassword = "Wq7#zLm2Kp9X"\nobjConn.Open strDsn', "Wq7#zLm2Kp9X"),
        ('Dim sApiKey: sApiKey = "Rk4Zq8Lm2Wt7Xp3Vn9Bc6Hd"', "Rk4Zq8Lm2Wt7Xp3Vn9Bc6Hd"),
        ("scrape:\n  auth:\n    bearer: Tz9Kq3Lm7Wp2Xr6Vn4Bc8Hd1Jf5", "Tz9Kq3Lm7Wp2Xr6Vn4Bc8Hd1Jf5"),
        ('{"auth": {"bearer": "Mq2Wz8Lk4Tp9Xr3Vn7Bc1Hd6Jf5"}}', "Mq2Wz8Lk4Tp9Xr3Vn7Bc1Hd6Jf5"),
    ],
)
def test_a_name_set_after_a_statement_separator_and_a_bearer_key_are_found(text: str, value: str) -> None:
    assert _covered(text, value)


@every(
    "text",
    [
        'Dim strPassword : strPassword = InputBox("Password")',
        'Dim strPassword : strPassword = ""',
        "auth:\n  type: bearer\n  bearer: ${API_TOKEN}",
        "auth:\n  bearer: <your-token-here>",
        '{"scheme": "bearer", "bearerFormat": "JWT"}',
        "securitySchemes:\n  bearerAuth:\n    type: http\n    scheme: bearer\n    bearerFormat: JWT",
    ],
)
def test_prompts_references_and_scheme_names_pass(text: str) -> None:
    assert secrets.find(text) == []


@every(
    ("text", "value"),
    [
        (
            "<property>\n  <name>fs.s3a.secret.key</name>\n  <value>Wq4Zr8Lm2Kp7Xt9Vn3Bc6Hd1Jf5Gs0Ay2Ek8Ru4I</value>\n"
            "</property>",
            "Wq4Zr8Lm2Kp7Xt9Vn3Bc6Hd1Jf5Gs0Ay2Ek8Ru4I",
        ),
        (
            "<property><name>javax.jdo.option.ConnectionPassword</name><value>Hz7#qLm2Wp9K</value>"
            "<description>metastore</description></property>",
            "Hz7#qLm2Wp9K",
        ),
        ("sentinel monitor cache 10.0.0.5 6379 2\nsentinel auth-pass cache Rq5!zWm8Lt3K", "Rq5!zWm8Lt3K"),
    ],
)
def test_a_hadoop_style_property_and_a_sentinels_password_are_found(text: str, value: str) -> None:
    assert _covered(text, value)


@every(
    "text",
    [
        "<property><name>ssl.server.keystore.password</name><value>${KEYSTORE_PASSWORD}</value></property>",
        "<property><name>hive.server2.authentication.ldap.password.file</name><value>/etc/hive/ldap.pw</value>"
        "</property>",
        "<property><name>hbase.security.authentication</name><value>kerberos</value></property>",
        "<property><name>ranger.db.password</name><value>changeme</value></property>",
        "<globalVariable><name>DbPassword</name><value>#!Kq8Zr3Lm7Wp2Xt9Vn4Bc6Hd1Jf5Gs0Ay</value></globalVariable>",
        "sentinel auth-pass <master-name> <password>",
    ],
)
def test_references_paths_and_settings_of_those_shapes_pass(text: str) -> None:
    assert secrets.find(text) == []
