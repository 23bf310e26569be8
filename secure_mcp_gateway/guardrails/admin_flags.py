"""Passwords that admin tools take on their command line in their own syntax: `ipmitool -P ...`, FreeRDP's `/p:...`,
Samba's `-U user%password`, `keytool -storepass ...`, archivers' `-p...` (7-Zip, RAR) and `-P ...` (zip), HTTPie's
`-a user:password` and `--auth TOKEN` with a bearer auth type; secrets that package and service tools take by position
(`poetry config http-basic.REPO USER PASSWORD`, `confluent api-key store KEY SECRET`, MinIO's `mc alias set NAME URL
ACCESS SECRET`, `rabbitmqctl add_user NAME PASSWORD`, `npm|yarn|pnpm config set ...authToken VALUE`) and the password
flags of LDAP and SQL Server clients (`ldapsearch -w`, `sqlcmd -P`), `lftp -u user,password`, PsExec's `-p`,
Kerberos' and FreeIPA's setup tools (`kdb5_util create -P`, `kadmin -w`, `ipa-server-install -a ... -p ...`), cloud
and database CLIs' short token flags (`doctl auth init -t`, `influx ... -t`, `glab auth login -t`), Oracle's wallet
tools (`mkstore ... -createCredential <alias> <user> <password>`, `orapki ... -pwd`), `ldappasswd -s`/`-a`,
`neo4j-admin ... set-initial-password`, unixODBC's `isql <dsn> <user> <password>`, `qpdf --encrypt <user> <owner>`
a TSIG key given to `dig`/`nsupdate -y [alg:]name:secret` and Chef's `knife bootstrap -P`/`--ssh-password`,
Nextcloud's `occ` setting a password or secret (`occ ldap:set-config <id> ldapAgentPassword <password>`,
`occ config:system:set mail_smtppassword --value=...`, `occ config:app:set <app> <key> --value ...`) and
`grafana-cli admin reset-admin-password <password>`."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy, scan

Check = Callable[[str], bool]
Span = tuple[int, int]

_VALUE = r"(?:\"(?P<quoted>[^\"\r\n]{3,256})\"|'(?P<single>[^'\r\n]{3,256})'|(?P<value>[^\s\"'`|;&]{3,256}))"
_OCC_KEY = r"(?i:[\w.-]{0,64}(?:password|passwd|secret|token|api_?key|private_?key)[\w.-]{0,64})"
"""A Nextcloud setting's key that names a secret (`ldapAgentPassword`, `mail_smtppassword`, `wopi_secret`)."""
_SAMBA = lazy.compile(r"(?<=[ \t])(?:-U|--user(?:name)?=)[ \t]*['\"]?[^\s%'\"]{1,64}%" + _VALUE)
_TOOLS: dict[str, re.Pattern[str]] = {
    "ipmitool": lazy.compile(r"(?<=[ \t])-P[ \t]*" + _VALUE),
    "freerdp": lazy.compile(r"(?<=[ \t])/p:" + _VALUE),
    "smbclient": _SAMBA,
    "rpcclient": _SAMBA,
    "keytool": lazy.compile(r"(?<=[ \t])-(?:src|dest|new)?(?:storepass|keypass)[ \t]+" + _VALUE),
    "jarsigner": lazy.compile(r"(?<=[ \t])-(?:storepass|keypass)[ \t]+" + _VALUE),
    "7z": lazy.compile(r"(?<=[ \t])-p" + _VALUE),
    "rar": lazy.compile(r"(?<=[ \t])-p" + _VALUE),
    "zip": lazy.compile(r"(?<=[ \t])(?:-P[ \t]+|--password[ \t]+)" + _VALUE),
    "poetry": lazy.compile(
        r"(?<=[ \t])config[ \t]+(?:--local[ \t]+)?(?:http-basic\.[\w.-]{1,64}[ \t]+[^\s'\"]{1,64}"
        r"|(?:pypi-)?token\.[\w.-]{1,64})[ \t]+" + _VALUE
    ),
    "confluent": lazy.compile(
        r"(?<=[ \t])api-key[ \t]+store[ \t]+(?:--[\w-]{1,30}[ \t]+[^\s-][^\s]{0,63}[ \t]+)*"
        r"[A-Za-z0-9]{8,64}[ \t]+" + _VALUE
    ),
    "mc": lazy.compile(
        r"(?<=[ \t])(?:alias[ \t]+set|config[ \t]+host[ \t]+add)[ \t]+[^\s]{1,64}[ \t]+https?://[^\s]{1,256}[ \t]+"
        r"[^\s]{3,128}[ \t]+" + _VALUE
    ),
    "rabbitmqctl": lazy.compile(r"(?<=[ \t])(?:add_user|change_password)[ \t]+[^\s]{1,64}[ \t]+" + _VALUE),
    "pkgconfig": lazy.compile(
        r"(?<=[ \t])config[ \t]+set[ \t]+(?:(?:--global|-g|--location[= ][a-z]+)[ \t]+)?[\"']?"
        r"[\w./:@-]{0,200}(?:auth(?:token|ident)?|token|password|_password|secret)[\"']?(?:=|[ \t]+)" + _VALUE
    ),
    "ldap": lazy.compile(r"(?<=[ \t])-w[ \t]*" + _VALUE),
    "sqlcmd": lazy.compile(r"(?<=[ \t])-P[ \t]*" + _VALUE),
    "lftp": lazy.compile(r"(?<=[ \t])-u[ \t]+[\"']?[^\s,'\"]{1,64}," + _VALUE),
    "psexec": lazy.compile(r"(?<=[ \t])-p[ \t]+" + _VALUE),
    "kdb5_util": lazy.compile(r"(?<=[ \t])-P[ \t]*" + _VALUE),
    "kadmin": lazy.compile(r"(?<=[ \t])-w[ \t]*" + _VALUE),
    "ipa": lazy.compile(r"(?<=[ \t])-[apw][ \t]+" + _VALUE),
    "ipaclient": lazy.compile(r"(?<=[ \t])-w[ \t]+" + _VALUE),
    "token": lazy.compile(r"(?<=[ \t])-t[ \t]+" + _VALUE),
    "mkstore": lazy.compile(
        r"(?<=[ \t])-(?:create|modify)credential[ \t]+[^\s\"']{1,128}[ \t]+[^\s\"']{1,128}[ \t]+" + _VALUE,
        re.I,
    ),
    "orapki": lazy.compile(r"(?<=[ \t])-pwd[ \t]+" + _VALUE),
    "ldappasswd": lazy.compile(r"(?<=[ \t])-[wsa][ \t]*" + _VALUE),
    "neo4j-admin": lazy.compile(r"(?<=[ \t])set-initial-password[ \t]+" + _VALUE),
    "isql": lazy.compile(
        r"(?<=[ \t])(?:-[a-z]\w*[ \t]+)*[\w.-]{1,64}[ \t]+[\w.@\\-]{1,64}[ \t]+" + _VALUE + r"(?=[ \t]*(?:$|-))", re.M
    ),
    "qpdf": lazy.compile(r"(?<=[ \t])--encrypt[ \t]+" + _VALUE + r"(?:[ \t]+(?P<owner>[^\s\"'`|;&]{3,256}))?"),
    "knife": lazy.compile(r"(?<=[ \t])(?:-P|--ssh-password|--winrm-password)(?:=|[ \t]+)" + _VALUE),
    "tsig": lazy.compile(r"(?<=[ \t])-y[ \t]+(?:hmac-[a-z0-9-]{2,12}:)?[\w.-]{1,128}:" + _VALUE),
    "occ": lazy.compile(
        r"(?<=[ \t])(?:ldap:set-config[ \t]+[\w-]{1,32}[ \t]+" + _OCC_KEY + r"[ \t]+"
        r"|config:(?:system|app):set[ \t]+(?:[\w.-]{1,64}[ \t]+)?" + _OCC_KEY + r"[ \t]+"
        r"(?:--(?!value)[\w-]{1,30}(?:=[^\s]{1,64})?[ \t]+)*--value(?:=|[ \t]+))" + _VALUE
    ),
    "grafana": lazy.compile(
        r"(?<=[ \t])admin[ \t]+reset-admin-password[ \t]+(?:--[\w-]{1,30}(?:=|[ \t]+)[^\s-][^\s]{0,255}[ \t]+)*"
        + _VALUE
    ),
}
"""Per tool (its name as a literal of the lower-cased line), the flag that carries a password and its value, on the
line as written (`-P` and `-p` differ)."""
_TOOL_AT = lazy.compile(
    r"(?<![^\s;&|(`$/])(?P<tool>ipmitool|[a-z]{0,4}freerdp\d?|smbclient|rpcclient|keytool|jarsigner|7z[az]?|"
    r"(?:un)?rar|(?:un)?zip|https?|xhs?|poetry|confluent|mc|mcli|rabbitmqctl|(?:npm|yarn|pnpm)(?=[ \t]+config[ \t])"
    r"|ldap(?:search|add|modify|delete|passwd|whoami|compare|modrdn)|sqlcmd|bcp|osql|lftp|psexec(?:64)?"
    r"|kdb5_util|kadmin(?:\.local)?|ipa-(?:server|replica|client)-install|doctl|influx|glab|mkstore|orapki"
    r"|neo4j-admin|isql|qpdf|dig|nsupdate|knife|occ|grafana-cli|grafana(?=[ \t]+cli[ \t]))(?:\.exe)?[ \t]"
)
_COMMAND_BEFORE = lazy.compile(r"(?:^|[\n$#>|;&(`:/-]|sudo|exec|run|time|nohup|env|do|then|php)[ \t]*\Z")
"""What stands before a tool's name where it starts a command (a line's start, a prompt, a pipe, `sudo`, `RUN`), not
in prose (`call http with ...`)."""
_HTTPIE_AUTH = lazy.compile(r"(?<=[ \t])(?:-a|--auth)(?:=|[ \t]+)" + _VALUE)
_BEARER_TYPE = lazy.compile(r"(?:-A|--auth-type)(?:=|[ \t]+)bearer(?![\w-])")
WORDS = ("ipmitool", "freerdp", "smbclient", "rpcclient", "keytool", "jarsigner", "7z", "rar ", "zip ", "http ")
WORDS += ("https ", "xh ", "xhs ", "poetry ", "confluent ", "mc ", "mcli ", "rabbitmqctl", "npm config", "yarn config")
WORDS += ("pnpm config", "ldapsearch", "ldapadd", "ldapmodify", "ldapdelete", "ldappasswd", "ldapwhoami", "sqlcmd")
WORDS += ("bcp ", "osql", "lftp", "psexec", "kdb5_util", "kadmin", "ipa-server-install", "ipa-replica-install")
WORDS += ("ipa-client-install", "doctl ", "influx ", "glab ", "mkstore ", "orapki ", "neo4j-admin ", "isql ")
WORDS += ("qpdf ", "dig ", "nsupdate ", "knife ", "occ ", "grafana-cli ", "grafana cli ")
"""The literals these finders need in the lower-cased text (the shared index tells whether a long text holds each)."""
_FLAGS = {"ipmitool": (" -p",), "freerdp": ("/p:",), "smbclient": ("%",), "rpcclient": ("%",), "keytool": ("pass",)}
_FLAGS |= {"jarsigner": ("pass",), "7z": (" -p",), "rar ": (" -p",), "zip ": (" -p", "--password")}
_FLAGS |= dict.fromkeys(("http ", "https ", "xh ", "xhs "), (" -a", "--auth"))
_FLAGS |= {"poetry ": ("http-basic.", "token."), "confluent ": ("api-key",), "mc ": ("alias", "host")}
_FLAGS |= {"mcli ": ("alias",)}
_FLAGS |= {"rabbitmqctl": ("add_user", "change_password"), "lftp": (" -u",), "psexec": (" -p",)}
_FLAGS |= dict.fromkeys(("npm config", "yarn config", "pnpm config"), ("auth", "token", "password", "secret"))
_FLAGS |= dict.fromkeys(("ldapsearch", "ldapadd", "ldapmodify", "ldapdelete", "ldapwhoami"), (" -w",))
_FLAGS |= {"ldappasswd": (" -w", " -s", " -a")}
_FLAGS |= dict.fromkeys(("sqlcmd", "bcp ", "osql"), (" -p",))
_FLAGS |= {"kdb5_util": (" -p",), "kadmin": (" -w",), "ipa-client-install": (" -w",)}
_FLAGS |= dict.fromkeys(("ipa-server-install", "ipa-replica-install"), (" -p", " -a", " -w"))
_FLAGS |= dict.fromkeys(("doctl ", "influx ", "glab "), (" -t",))
_FLAGS |= {"mkstore ": ("credential",), "orapki ": ("-pwd",), "neo4j-admin ": ("initial-password",), "isql ": (" ",)}
_FLAGS |= {"qpdf ": ("--encrypt",), "dig ": (" -y",), "nsupdate ": (" -y",), "knife ": (" -p", "-password")}
_FLAGS |= {"occ ": ("ldap:set-config", ":set "), "grafana-cli ": ("reset-admin-password",)}
_FLAGS |= {"grafana cli ": ("reset-admin-password",)}
"""Per literal of `WORDS`, what a text must hold for its tool to be given a password (on the lower-cased text): a
text without it is not read for that tool."""
scan.INDEX.add({flag for flags in _FLAGS.values() for flag in flags if len(flag) > 1}, where=False)  # see `scan.holds`
LOW_GATES = (
    r"(?:ipmitool|freerdp|smbclient|rpcclient|keytool|jarsigner|7z[az]?|rar|zip)(?:\.exe)?[ \t]",
    r"(?:https?|xhs?)[ \t][^\r\n]{0,400}(?:-a|--auth)[ =\t]",
    r"(?:poetry|confluent|mc|mcli|rabbitmqctl|lftp|psexec(?:64)?|sqlcmd|bcp|osql)(?:\.exe)?[ \t]",
    r"(?:npm|yarn|pnpm)[ \t]+config[ \t]+set[ \t]",
    r"ldap(?:search|add|modify|delete|passwd|whoami|compare|modrdn)[ \t]",
    r"(?:kdb5_util|kadmin(?:\.local)?|ipa-(?:server|replica|client)-install)[ \t]",
    r"(?:doctl|influx|glab|mkstore|orapki|neo4j-admin|isql|qpdf|dig|nsupdate|knife)[ \t]",
    r"occ[ \t][^\r\n]{0,200}(?:ldap:set-config|:set)[ \t]|grafana(?:-cli|[ \t]+cli)[ \t]",
)
"""For short texts: what one of these finders needs before it may find anything."""
_LINE_MOST = 4096


def find(text: str, low: str, holds: Check, typed: Check) -> list[Span]:
    """The spans of passwords given to these tools that `typed` finds typed in (not a variable or a stand-in)."""
    if not any(holds(w) for w in WORDS):
        return []
    out: list[Span] = []
    read: dict[str, int] = {}
    for m in _tools(low, holds):
        key = _key(m.group("tool"))
        if m.start() < read.get(key, 0):
            continue  # each tool's flags are read once over a line (or 4 KB of one), from its first name on it
        end = low.find("\n", m.end(), m.end() + _LINE_MOST)
        end = min(len(low), m.end() + _LINE_MOST) if end < 0 else end
        read[key] = end
        if key == "http":
            out += _httpie(text, m.end() - 1, end, typed)
            continue
        for f in _TOOLS[key].finditer(text, m.end() - 1, end):
            span = _span(f)
            if typed(text[span[0] : span[1]]):
                out.append(span)
            if key == "qpdf" and f.group("owner") is not None and typed(f.group("owner")):
                out.append(f.span("owner"))
    return out


def _tools(low: str, holds: Check) -> list[re.Match[str]]:
    """Where a tool of `_TOOL_AT` starts a command, found from its literals (a text without one is not read)."""
    starts: set[int] = set()
    for word in WORDS:
        if not holds(word) or not any(scan.holds(low, low, flag) for flag in _FLAGS[word]):
            continue
        at = low.find(word)
        while at >= 0:
            start = at
            while start > 0 and start > at - 4 and low[start - 1].isalnum():
                start -= 1  # `xfreerdp`, `unzip`, `7za`
            starts.add(start)
            at = low.find(word, at + len(word))
    return [
        m
        for m in (_TOOL_AT.match(low, at) for at in sorted(starts) if _COMMAND_BEFORE.search(low, max(0, at - 12), at))
        if m is not None
    ]


def _httpie(text: str, start: int, end: int, typed: Check) -> list[Span]:
    """HTTPie's (and xh's) credentials: the password of `-a user:password`, or the token of `--auth TOKEN` when the
    auth type is bearer."""
    out: list[Span] = []
    bearer = _BEARER_TYPE.search(text, start, end) is not None
    for f in _HTTPIE_AUTH.finditer(text, start, end):
        s, e = _span(f)
        value = text[s:e]
        user, colon, password = value.partition(":")
        if bearer and typed(value):
            out.append((s, e))
        elif colon and user and password and typed(password):
            out.append((s + len(user) + 1, e))
    return out


def _key(tool: str) -> str:
    """The key of `_TOOLS` for a tool's name as written (`xfreerdp`, `7za`, `unrar`, `unzip`)."""
    if tool in ("doctl", "influx", "glab"):
        return "token"
    if tool in ("dig", "nsupdate"):
        return "tsig"
    if tool.startswith("grafana"):
        return "grafana"
    if tool == "ldappasswd":
        return tool
    for key in ("freerdp", "7z", "rar", "zip", "http", "xh", "ldap", "psexec"):
        if key in tool:
            return "http" if key == "xh" else key
    if tool in ("npm", "yarn", "pnpm"):
        return "pkgconfig"
    if tool.startswith("ipa-"):
        return "ipaclient" if tool == "ipa-client-install" else "ipa"
    if tool.startswith("kadmin"):
        return "kadmin"
    if tool in ("bcp", "osql"):
        return "sqlcmd"
    return "mc" if tool == "mcli" else tool


def _span(m: re.Match[str]) -> tuple[int, int]:
    for group in ("quoted", "single", "value"):
        if m.group(group) is not None:
            return m.span(group)
    return m.span()
