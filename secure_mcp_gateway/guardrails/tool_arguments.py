"""Passwords and keys that well-known tools take as plain arguments, not after a telling option: a game depot's
login (`steamcmd +login <user> <password>`), a game server's console variables on its command line
(`+rcon_password ...`, `+set g_password ...`, `+sv_setsteamaccount <token>`), SNMPv3's pass phrases (`-A`, `-X`),
`mysqladmin ... password <new>`, `wpa_passphrase <ssid> <passphrase>`, NetworkManager's `password`/`wifi-sec.psk`,
a scheduled task's run-as password (`schtasks ... /RP <password>`), a setting named for a secret (`git config
sendemail.smtppass ...`, `defaults write <domain> ApiToken -string ...`), a key-value store's key named for one
(`consul kv put .../password ...`, `etcdctl put .../token ...`), a secret store's value set on its command line
(`az keyvault secret set ... --value`, `aws ssm put-parameter ... SecureString ... --value`, `aws secretsmanager
create-secret ... --secret-string`, `gcloud secrets create ... <<< "..."`), `echo user:password | chpasswd` and
`echo ... | vncpasswd`, a hash field, a ZooKeeper node or a Pulumi setting named for a secret (`HSET user:1 password
...`, `create /app/db_password ...`, `pulumi config set dbPassword ...` without `--secret`), `dotnet user-secrets
set`, `cf set-env` and a secret's `--name ... --value ...` on a platform's command line."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy

_VALUE = r"(?P<q>[\"'])?(?P<value>[^\s\"'+;&|](?(q)[^\s\"']|[^\s\"';&|]){3,127})(?(q)(?P=q))"
"""A value, quoted or not: inside quotes it may hold the shell's `;`, `&` and `|`."""
_NAMED = r"(?:pass(?:word|wd|phrase)?|secret|token|api[_-]?key|private[_-]?key)"
"""The end of a key's or a setting's name that says its value is a secret."""
_NAMED_IN = _NAMED + r"(?:[_-]?key)?"
"""The same at a name's end, or followed by `key` (`SecretKey`, `token_key`)."""
_KEY_VALUE = r"[\"']?[ \t]+" + _VALUE
_STEAM_LOGIN = lazy.compile(r"\+login[ \t]+(?P<user>[^\s\"'+;&|]{1,64})[ \t]+" + _VALUE)
"""On the lower-cased text: a game depot client's login with its password (`+login <user> <password>`; SteamCMD's
`+login anonymous` takes none, and a next `+command` is no password)."""
_CONSOLE_PASSWORD = lazy.compile(
    r"\+(?:set[as]?[ \t]+)?(?:[a-z]{1,12}_)?(?:rcon|admin|server|join|spectator|private)?_?pass(?:word|wd)?"
    r"[ \t]+" + _VALUE
)
"""On the lower-cased text: a game server's password set as a console variable on its command line (`+rcon_password
...`, `+sv_password ...`, `+set g_password ...`, `+set rconpassword ...`)."""
_CONSOLE_WORDS = ("+set", "+rcon", "+sv_pass", "+g_pass", "+pass", "+admin", "+server", "+join")
_GAME_TOKEN = lazy.compile(r"sv_setsteamaccount[ \t]+[\"']?(?P<value>[0-9a-f]{32})(?![0-9a-z])")
"""On the lower-cased text: a game server's login token (`+sv_setsteamaccount <32 hex>`, in a command line or a
`server.cfg`)."""
_KEY_DISTINCT = 10
"""How many different digits a login token holds at least (a run of one digit or a pattern is a stand-in)."""
_SNMP_TOOL = lazy.compile(r"snmp(?:[a-z]{0,12}|-[a-z]{1,12})[ \t]")
_SNMP_PHRASE = lazy.compile(r"(?<!\S)-[AX](?:[ \t]+|(?=[^\s-]))(?P<q>[\"']?)(?P<value>[^\s\"'-][^\s\"']{3,127})(?P=q)")
"""Net-SNMP's version 3 pass phrases on a tool's line: `-A <authentication>` and `-X <privacy>` (read in the text's
own case: `-a` and `-x` name their protocols)."""
_VAULT_VALUED = r"(?:--(?:vault-id|vault-password-file|vault-pass-file|encrypt-vault-id|name|stdin-name|output)|-[np])"
"""`ansible-vault encrypt_string`'s options that take a value (the others are flags)."""
_LINE_ARGUMENTS = (
    ("mysqladmin", lazy.compile(r"mysqladmin[^\n|;&]{0,200}?[ \t]password[ \t]+" + _VALUE)),
    (
        "wpa_passphrase",
        lazy.compile(
            r"wpa_passphrase[ \t]+(?:\"[^\"\n]{1,32}\"|'[^'\n]{1,32}'|[^\s\"']{1,32})[ \t]+"
            r"(?P<q>[\"']?)(?P<value>[^\s\"']{8,63})(?P=q)"
        ),
    ),
    (
        "nmcli",
        lazy.compile(
            r"nmcli[^\n|;&]{0,300}?[ \t](?:password|(?:wifi-sec|802-11-wireless-security)\.psk)[ \t]+"
            r"(?P<q>[\"']?)(?P<value>[^\s\"']{8,63})(?P=q)"
        ),
    ),
    ("schtasks", lazy.compile(r"schtasks[^\n|;&]{0,300}?[ \t]/rp[ \t]+" + _VALUE)),
    ("git config", lazy.compile(r"git[ \t]+config[ \t]+(?:--?[\w-]+[ \t]+)*[\w.-]*" + _NAMED + r"[ \t]+" + _VALUE)),
    (
        "defaults write",
        lazy.compile(
            r"defaults[ \t]+write[ \t]+\S+[ \t]+[\"']?\w*" + _NAMED + r"[\"']?[ \t]+(?:-string[ \t]+)?" + _VALUE
        ),
    ),
    (
        "consul kv put",
        lazy.compile(r"consul[ \t]+kv[ \t]+put[ \t]+(?:-[\w-]+(?:=\S+)?[ \t]+)*\S*" + _NAMED + _KEY_VALUE),
    ),
    ("etcdctl", lazy.compile(r"etcdctl[ \t]+(?:--[\w-]+(?:=\S+)?[ \t]+)*put[ \t]+\S*" + _NAMED + _KEY_VALUE)),
    (
        "keyvault secret set",
        lazy.compile(r"keyvault[ \t]+secret[ \t]+set[^\n|;&]{0,300}?[ \t]--value[ \t=]+" + _VALUE),
    ),
    (
        "put-parameter",
        lazy.compile(r"put-parameter(?=[^\n]{0,400}securestring)[^\n|;&]{0,300}?[ \t]--value[ \t=]+" + _VALUE),
    ),
    (
        "netsh",
        lazy.compile(
            r"netsh[ \t]+wlan[ \t][^\n|;&]{0,300}?[ \t]key(?:material)?=(?P<q>[\"']?)(?P<value>[^\s\"']{8,63})(?P=q)"
        ),
    ),
    (
        "openssl ",
        lazy.compile(
            r"openssl[ \t]+(?:passwd(?:[ \t]+-(?:1|5|6|apr1|crypt|aixmd5|quiet|table|salt[ \t]+\S{1,64}))*[ \t]+"
            r"|[^\n|;&]{0,300}?[ \t]-k[ \t]+)" + _VALUE
        ),
    ),
    *(
        (
            f"{word} ",
            lazy.compile(
                word + r"[ \t]+[a-z][^\n|;&]{0,200}?[ \t]-h?p(?P<q>[\"']?)(?P<value>[^\s\"'-][^\s\"']{3,127})(?P=q)"
            ),
        )
        for word in ("rar", "unrar", "winrar")
    ),
    *(
        (
            word,
            lazy.compile(
                r"secrets?[ \t]+(?:add|update|create|set)[ \t][^\n|;&]{0,300}?[ \t]--(?:data|value|secret)[ \t=]+"
                r"(?![\"']?[@<$])" + _VALUE
            ),
        )
        for word in ("secret add", "secret update", "secrets add")
    ),
    ("-auth ", lazy.compile(r"-auth[ \t]+[^\s:\"']{1,64}:" + _VALUE)),
    (
        "user-secrets set",
        lazy.compile(
            r"user-secrets[ \t]+set[ \t]+(?:--?[\w-]+(?:[ =]\S+)?[ \t]+)*[\"']?[\w:.-]*?"
            + _NAMED_IN
            + r"[\"']?[ \t]+"
            + _VALUE
        ),
    ),
    *(
        (
            word,
            lazy.compile(
                r"hm?set[ \t]+\S{1,200}"
                r"(?:[ \t]+(?:\"[^\"\n]{0,128}\"|[^\s\"]{1,128})[ \t]+(?:\"[^\"\n]{0,256}\"|[^\s\"]{1,256})){0,8}?"
                r"[ \t]+[\"']?[\w.:-]*?" + _NAMED_IN + r"[\"']?[ \t]+" + _VALUE
            ),
        )
        for word in ("hset ", "hmset ")
    ),
    ("create /", lazy.compile(r"create[ \t]+(?:-[a-z][ \t]+)*/\S{0,200}?" + _NAMED_IN + r"[ \t]+" + _VALUE)),
    (
        "pulumi config set ",
        lazy.compile(
            r"pulumi[ \t]+config[ \t]+set[ \t]+(?:--(?:plaintext|path|stack[ =]\S+|cwd[ =]\S+)[ \t]+)*(?!-)[\w:.-]*?"
            + _NAMED_IN
            + r"[ \t]+(?:--(?:plaintext|path)[ \t]+)*"
            + _VALUE
        ),
    ),
    ("set-env ", lazy.compile(r"set-env[ \t]+[\w.-]{1,64}[ \t]+[\w.-]*?" + _NAMED_IN + r"[ \t]+" + _VALUE)),
    (
        "--name",
        lazy.compile(
            r"--name[ \t=]+[\"']?[\w.:/-]*?"
            + _NAMED_IN
            + r"[\"']?(?:[ \t]+--?[\w-]+(?:[ =]\S+)?)*?[ \t]+--value[ \t=]+"
            r"(?![\"']?[@<$])" + _VALUE
        ),
    ),
    *(
        (f"{word} ", lazy.compile(word + r"[ \t][^\n|;&]{0,300}?[ \t](?:-p|--pat)[ \t=]+" + _VALUE))
        for word in ("vsce", "ovsx")
    ),
    (
        "choco ",
        lazy.compile(
            r"choco[ \t]+(?:push|apikey|setapikey)[^\n|;&]{0,300}?[ \t](?:-k|--key|--api-?key)[ \t=]+" + _VALUE
        ),
    ),
    ("cloudsmith ", lazy.compile(r"cloudsmith[ \t][^\n|;&]{0,300}?[ \t]-k[ \t=]+" + _VALUE)),
    ("netlify ", lazy.compile(r"netlify[ \t][^\n|;&]{0,300}?[ \t]--auth[ \t=]+" + _VALUE)),
    ("vmrun ", lazy.compile(r"vmrun[ \t][^\n|;&]{0,300}?[ \t]-[gv]p[ \t]+" + _VALUE)),
    ("winrs ", lazy.compile(r"winrs[ \t][^\n|;&]{0,300}?[ \t][-/]p(?:assword)?:" + _VALUE)),
    ("pdftk ", lazy.compile(r"pdftk[ \t][^\n|;&]{0,300}?[ \t](?:input|owner|user)_pw[ \t]+" + _VALUE)),
    ("http-basic.", lazy.compile(r"http-basic\.[\w.-]{1,200}[ \t]+[^\s\"']{1,64}[ \t]+" + _VALUE)),
    (
        "bundle config ",
        lazy.compile(
            r"bundle[ \t]+config[ \t]+(?:set[ \t]+)?(?:--(?:global|local)[ \t]+)?[\w-]+(?:\.[\w-]+)+[ \t]+"
            r"[^\s:\"']{1,64}:" + _VALUE
        ),
    ),
    *(
        (word, lazy.compile(word + r"[ \t=]+[^\s:\"']{1,64}:" + _VALUE))
        for word in ("--creds", "--src-creds", "--dest-creds")
    ),
    (
        "reg add ",
        lazy.compile(
            r"reg[ \t]+add[ \t][^\n|;&]{0,300}?[ \t]/v[ \t]+[\"']?\w{0,40}?" + _NAMED_IN + r"[\"']?"
            r"(?:[ \t]+/[tfs](?:[ \t]+[^\s/]\S*)?)*[ \t]+/d[ \t]+" + _VALUE
        ),
    ),
    *(
        (
            f"{verb}-itemproperty ",
            lazy.compile(
                verb + r"-itemproperty[ \t][^\n|;&]{0,300}?[ \t]-name[ \t]+[\"']?\w{0,40}?" + _NAMED_IN + r"[\"']?"
                r"(?:[ \t]+-(?!value)[a-z]+(?:[ \t]+[^\s-]\S*)?)*[ \t]+-value[ \t]+" + _VALUE
            ),
        )
        for verb in ("new", "set")
    ),
    ("acl setuser ", lazy.compile(r"acl[ \t]+setuser[ \t]+\S{1,64}(?:[ \t]+[^\s>]\S{0,200}){0,12}?[ \t]+>" + _VALUE)),
    (
        "elasticsearch-users ",
        lazy.compile(r"elasticsearch-users[ \t]+(?:useradd|passwd)[ \t][^\n|;&]{0,200}?[ \t]-p[ \t]+" + _VALUE),
    ),
    (
        "encrypt_string ",
        lazy.compile(
            r"encrypt_string[ \t]+(?:" + _VAULT_VALUED + r"[ =](?:\"[^\"\n]*\"|'[^'\n]*'|\S+)[ \t]+"
            r"|(?!" + _VAULT_VALUED + r"(?![\w-]))--?[\w-]+[ \t]+)*(?![\"']?-)" + _VALUE
        ),
    ),
    ("influx user ", lazy.compile(r"influx[ \t]+user[ \t][^\n|;&]{0,200}?[ \t](?:-p|--password)[ \t=]+" + _VALUE)),
    (
        "secretsmanager",
        lazy.compile(
            r"secretsmanager[ \t]+(?:create-secret|put-secret-value|update-secret)[^\n|;&]{0,300}?[ \t]"
            r"--secret-string[ \t=]+" + _VALUE
        ),
    ),
)
"""On the lower-cased text, each read where its tool is named: `mysqladmin -u root password <new>`, `wpa_passphrase
<ssid> <passphrase>`, `nmcli ... password <psk>` or `wifi-sec.psk <psk>`, `schtasks ... /RP <password>` (`/RP *`
asks for it), a marketplace's token to its publishing tool (`vsce publish -p <token>`, `ovsx`, `choco push -k`,
`cloudsmith push -k`), `netlify ... --auth <token>`, a guest's or a VM's password to `vmrun` (`-gp`, `-vp`), WinRM's
`winrs -p:<password>`, a PDF's password to `pdftk` (`input_pw <password>`), a package host's login (`composer config
http-basic.<host> <user> <password>`, `bundle config <host> <user>:<password>`), a registry's `--creds
<user>:<password>` to image tools, a registry value named for a secret (`reg add ... /v DefaultPassword ... /d
<password>`, PowerShell's `Set-ItemProperty ... -Name Password -Value <password>`), Redis' `ACL SETUSER <user> ...
><password>`, the users' passwords of `elasticsearch-users useradd ... -p` and `influx user ... --password`, and a
value handed in clear to `ansible-vault encrypt_string '<secret>' --name ...`; users' passwords in a JAAS login
module's entry (`user_admin="..."`, see `_JAAS_USER`)."""
_SET_NAMED = (
    r"(?:" + _NAMED_IN + r"|(?:access|auth|signing|encryption|master|app|client|license|session|webhook)[_-]?key"
    r"|pwd|credentials?|dsn)"
)
"""The end of a variable's name that says its value is a secret (`_NAMED_IN`, `SIGNING_KEY`, `SENTRY_DSN`)."""
_SET_TAIL = (
    r"[\"']?(?:[ \t]*=[ \t]*|(?:[ \t]+--?[a-z][\w-]*(?:=\S+|[ \t]+(?![\"']?-)\S+)?)*?[ \t]+--?(?:body|value|b|v)"
    r"[ \t=]+|[ \t]+(?![\"']?-))(?![\"']?[^\s\"']{0,40}://)" + _VALUE
)
"""After a variable's name: `=` and its value, the value after an option that takes it (`--body`, `--value`), or
the value as the next argument (not a URL: its password is judged as one)."""
_SET_HEAD = r"(?:[ \t]+(?!--?(?:body|value|b|v)[ \t=])[^\s=]{1,64}){0,3}?[ \t]+[\"']?"
"""Between a command's verb and the variable's name: at most three arguments (an app's name, `--app x`)."""
_ENV_SET = lazy.compile(_SET_HEAD + r"(?:[a-z_][\w.:-]*?)?" + _SET_NAMED + _SET_TAIL)
_SECRET_SET = lazy.compile(_SET_HEAD + r"[a-z_][\w.:/-]{0,127}?" + _SET_TAIL)
_SETTER_WORDS = (
    *("env:set", "env set", "env:add", "env add", "env:create", "env create", "config:set", "config:add"),
    *("variables set", "variable set", "variables:set", "variable:set", "variables create", "variable create"),
    *("vars set", "var set", "secrets set", "secret set", "secrets:set", "secret:set", "secret:create"),
    *("secrets create", "secret create", "secrets add", "secret put", "secrets put"),
)
"""A deploy tool's command that sets an app's variable or secret from its arguments (`netlify env:set NAME value`,
`fly secrets set NAME=value`, `gh secret set NAME --body value`, `doppler secrets set NAME value`, `dokku config:set
app NAME=value`): a variable's value counts when its name says it is a secret, a secret's whatever its name."""
_ACL_USER = lazy.compile(
    r"user[ \t]+[^\s>]{1,64}(?:[ \t]+(?:on|off|nopass|reset(?:pass|keys|channels)?|all(?:keys|channels|commands)"
    r"|nocommands|[~&%+\-]\S{0,200}|#[0-9a-f]{64}|<\S{1,128}|!\S{1,64}))*?[ \t]+>" + _VALUE
)
"""On the lower-cased text, from a line's start: a Redis ACL file's (or `redis.conf`'s) user with a password in
clear (`user worker on >... ~jobs:* +@all`; `#<sha256>` is its hash)."""
_PASSWORD_TOOLS = frozenset(
    {"mysqladmin", "wpa_passphrase", "nmcli", "schtasks", "openssl ", "rar ", "unrar ", "winrar ", "vmrun ", "winrs "}
    | {"pdftk ", "http-basic.", "bundle config ", "--creds", "--src-creds", "--dest-creds", "acl setuser "}
    | {"elasticsearch-users ", "influx user "}
)
"""The tools of `_LINE_ARGUMENTS` whose value is a password whatever its name."""
_HERE_STRING = lazy.compile(r"<<<[ \t]*" + _VALUE)
_STORE_COMMAND = lazy.compile(
    r"(?<![\w-])(?:secrets?[ \t]+(?:create|put|set|add|versions[ \t]+add)|env[ \t]+add|create[ \t]+secret"
    r"|secret-tool[ \t]+store)[ \t][^\n|;&]{0,160}\Z"
)
"""On the lower-cased text: a secret handed to a platform's secret store as a here-string (`gcloud secrets create
NAME --data-file=- <<< "..."`, `wrangler secret put NAME <<< ...`, `vercel env add NAME production <<< "..."`)."""
_ECHOED = lazy.compile(
    r"(?:echo|printf)[ \t]+(?:-[en]{1,2}[ \t]+)?(?:[\"']%s(?:\\n)?[\"'][ \t]+)?" + _VALUE + r"[ \t]*\|[ \t]*"
)
"""On the lower-cased text: a value echoed into a pipe (`echo -n "..." | `, `printf "%s" "..." | `), read before a
secret store's command (see `_STORE_COMMAND`)."""
_STORE_WORDS = (
    *("secret set", "secret put", "secret create", "secrets set", "secrets put", "secrets create"),
    *("secrets versions add", "create secret", "secret-tool store", "env add"),
)
"""Where a secret store's command may stand (the pipe or the here-string that feeds it is read on its line)."""
_KEYCHAIN = lazy.compile(
    r"(?<![\w-])security[ \t]+add-(?:generic|internet)-password[^\n|;&]{0,300}?[ \t]-w[ \t]+(?!-)" + _VALUE
)
"""On the lower-cased text: macOS' keychain given a password on its command line (`security add-generic-password ...
-w <password>`; `-w` last asks for it)."""
_CHPASSWD = lazy.compile(
    r"(?:echo|printf)[ \t]+(?:-e[ \t]+)?(?P<o>[\"']?)[\w.@-]{1,64}:(?P<value>[^\s\"':]{4,128})(?P=o)[ \t]*\|[ \t]*"
    r"(?:sudo[ \t]+)?chpasswd"
)
"""On the lower-cased text: a user's password set by `chpasswd` from an echoed `user:password`."""
_CASED = lazy.compile(r"(?<=[ \t])-[NP][ \t]+" + _VALUE)
"""On the text as written, on `ssh-keygen`'s line: `-N <new passphrase>` or `-P <old passphrase>` (`-n` names
principals)."""
_PIPED = (
    ("sudo -s", lazy.compile(r"(?:echo|printf)[ \t]+(?:-[en]{1,2}[ \t]+)?" + _VALUE + r"[ \t]*\|[ \t]*sudo[ \t]+-s")),
    (
        "vncpasswd",
        lazy.compile(
            r"(?:echo|printf)[ \t]+(?:-[en]{1,2}[ \t]+)?(?:[\"']%s(?:\\n)?[\"'][ \t]+)?"
            + _VALUE
            + r"[ \t]*\|[ \t]*vncpasswd"
        ),
    ),
    (
        "<(echo ",
        lazy.compile(
            r"(?<![\w-])[\w-]{0,30}(?:pass[\w-]{0,20}|pw|passwd)[= \t]+<\(echo[ \t]+(?:-n[ \t]+)?" + _VALUE + r"\)"
        ),
    ),
)
"""On the lower-cased text, searched on the line of the word: a password echoed into `sudo -S` (the `-S` checked
in the text as written: `-s` runs a shell), and one echoed into a password option's file (`--password-file=<(echo
...)`)."""
_JAAS_USER = lazy.compile(r"(?<![\w.-])user_[\w.-]{1,64}[ \t]*=[ \t]*\"(?P<value>[^\"\r\n]{4,128})\"")
"""On the lower-cased text, in a JAAS login module's entry (up to its `;`): a user's password as Kafka's
`PlainLoginModule` and ZooKeeper's `DigestLoginModule` list them (`user_admin="..."`)."""
_JAAS_MOST = 2000
_LINE_MOST = 400
"""How far back on its line a here-string's or `chpasswd`'s command is looked for."""
WORDS = (
    "+login",
    *_CONSOLE_WORDS,
    "sv_setsteamaccount",
    "snmp",
    *(word for word, _ in _LINE_ARGUMENTS),
    "<<<",
    "chpasswd",
    "ssh-keygen",
    *(word for word, _ in _PIPED),
    *_STORE_WORDS,
    "add-generic-password",
    "add-internet-password",
    "loginmodule",
    *_SETTER_WORDS,
    "\nuser ",
)
"""The words these arguments need, asked of the shared index: a text without any of them holds none."""
LOW_GATES = (
    r"\+login[ \t]",
    r"\+(?:set[as]?[ \t]+)?[a-z_]{0,24}pass",
    r"sv_setsteamaccount",
    r"snmp[a-z-]{0,13}[ \t][^\n]{0,200}-[ax]",
    r"mysqladmin|wpa_passphrase|nmcli|schtasks|git[ \t]+config|defaults[ \t]+write|consul[ \t]+kv|etcdctl",
    r"keyvault[ \t]+secret|put-parameter|secretsmanager|<<<|chpasswd",
    r"secrets?[ \t]+(?:add|update)[ \t]|-auth[ \t]",
    r"netsh[ \t]+wlan|openssl[ \t]|rar[ \t]|ssh-keygen|sudo[ \t]+-s|<\(echo[ \t]",
    r"secrets?[ \t]+(?:set|put|create|versions)|create[ \t]+secret|secret-tool|env[ \t]+add|add-(?:generic|internet)-",
    r"hm?set[ \t]|create[ \t]+/|pulumi[ \t]+config|vncpasswd|user-secrets|set-env[ \t]|--name[ \t=]",
    r"vsce[ \t]|ovsx[ \t]|choco[ \t]|cloudsmith[ \t]|netlify[ \t]|vmrun[ \t]|winrs[ \t]|pdftk[ \t]|http-basic\.",
    r"bundle[ \t]+config[ \t]|-creds[ \t=]",
    r"reg[ \t]+add[ \t]|-itemproperty[ \t]|acl[ \t]+setuser|elasticsearch-users|influx[ \t]+user[ \t]",
    r"encrypt_string[ \t]|loginmodule",
    r"(?:env|config|variables?|vars?|secrets?)[: \t](?:set|add|create|put)[ \t]",
    r"user[ \t][^\n]{0,200}[ \t]>",
)
"""On a short lower-cased text: what one of these arguments needs (see `secrets._low_any`)."""


def find(
    text: str,
    low: str,
    typed: Callable[[str], bool],
    places: Callable[[str], list[int]],
) -> list[tuple[int, int, str]]:
    """These passwords and keys with their kind (`typed`: whether a password is typed in; `places(word)`: where a
    word of `WORDS` starts in `low`)."""
    out: list[tuple[int, int, str]] = []
    for at in places("+login"):
        m = _STEAM_LOGIN.match(low, at)
        if m is not None and _alone(low, at) and m.group("user") not in ("anonymous", "anon"):
            out += _typed(text, m, typed)
    for at in sorted({at for word in _CONSOLE_WORDS for at in places(word)}):
        m = _CONSOLE_PASSWORD.match(low, at)
        if m is not None and _alone(low, at):
            out += _typed(text, m, typed)
    for at in places("sv_setsteamaccount"):
        m = _GAME_TOKEN.match(low, at)
        if (
            m is not None
            and _alone(low, at - (low[at - 1 : at] == "+"))
            and len(set(m.group("value"))) >= _KEY_DISTINCT
        ):
            out.append((*m.span("value"), "generic_secret"))
    if "-A" in text or "-X" in text:
        for at in places("snmp"):
            tool = _SNMP_TOOL.match(low, at)
            if tool is not None and _alone(low, at):
                end = low.find("\n", at)
                for m in _SNMP_PHRASE.finditer(text, tool.end(), len(text) if end < 0 else end):
                    out += _typed(text, m, typed)
    for word, pattern in _LINE_ARGUMENTS:
        for at in places(word):
            m = pattern.match(low, at)
            if m is not None and _alone(low, at):
                out += _typed(text, m, typed, word not in _PASSWORD_TOOLS)
    for at in places("loginmodule"):
        end = low.find(";", at, at + _JAAS_MOST)
        for m in _JAAS_USER.finditer(low, at, at + _JAAS_MOST if end < 0 else end):
            out += _typed(text, m, typed)
    for word in _SETTER_WORDS:
        pattern = _SECRET_SET if word.startswith("secret") else _ENV_SET
        for at in places(word):
            if _alone(low, at) and (m := pattern.match(low, at + len(word))) is not None:
                out += _typed(text, m, typed, True)
    for at in [-1, *places("\nuser ")] if low.startswith("user ") else places("\nuser "):
        if (m := _ACL_USER.match(low, at + 1)) is not None:
            out += _typed(text, m, typed)
    for at in places("<<<"):
        line = max(low.rfind("\n", 0, at) + 1, at - _LINE_MOST)
        m = _HERE_STRING.match(low, at)
        if m is not None and _STORE_COMMAND.search(low, line, at) is not None:
            out += _typed(text, m, typed, True)
    for at in sorted({at for word in _STORE_WORDS for at in places(word)}):
        line = max(low.rfind("\n", 0, at) + 1, at - _LINE_MOST)
        pipe = low.rfind("|", line, at)
        end = low.find("\n", at)
        m = _ECHOED.search(low, line, pipe + 1) if pipe >= 0 else None
        if m is not None and _STORE_COMMAND.search(low, m.end(), len(low) if end < 0 else end) is not None:
            out += _typed(text, m, typed, True)
    for at in places("add-generic-password") + places("add-internet-password"):
        line = max(low.rfind("\n", 0, at) + 1, at - _LINE_MOST)
        if (m := _KEYCHAIN.search(low, line)) is not None and m.start() <= at:
            out += _typed(text, m, typed)
    for at in places("ssh-keygen"):
        if _alone(low, at):
            end = low.find("\n", at)
            end = min(len(low) if end < 0 else end, at + _LINE_MOST)
            for m in _CASED.finditer(text, at, end):
                out += _typed(text, m, typed)
    for word, pattern in _PIPED:
        for at in places(word):
            end = low.find("\n", at)
            m = pattern.search(low, max(low.rfind("\n", 0, at) + 1, at - _LINE_MOST), len(low) if end < 0 else end)
            if m is not None and (word != "sudo -s" or text[m.end() - 1] == "S"):
                out += _typed(text, m, typed)
    for at in places("chpasswd"):
        line = max(low.rfind("\n", 0, at) + 1, at - _LINE_MOST)
        m = _CHPASSWD.search(low, line, at + len("chpasswd"))
        if m is not None:
            out += _typed(text, m, typed)
    return out


def _alone(low: str, at: int) -> bool:
    """Whether the word at `at` starts a word of its own (not `x+login`, `my_nmcli`)."""
    return at == 0 or not (low[at - 1].isalnum() or low[at - 1] in "_+-")


def _typed(
    text: str, m: re.Match[str], typed: Callable[[str], bool], named: bool = False
) -> list[tuple[int, int, str]]:
    """The password of `m` when it is typed in (`named`: a secret unless its line names a password before it)."""
    start, end = m.span("value")
    if not typed(text[start:end]):
        return []
    line = text.rfind("\n", 0, start) + 1
    kind = "generic_secret" if named and "pass" not in text[line:start].lower() else "password"
    return [(start, end, kind)]
