"""Secrets that configs write after a keyword rather than an assignment: network devices' clear-text passwords (IOS
`password 0 ...`, `snmp-server community ...`, FortiOS `set psksecret ...`, Junos `secret "...";`), strongSwan's
`: PSK "..."`, OpenVPN static keys, Wi-Fi profiles (`Key Content : ...`, `WIFI:...;P:...;;`, `pre-shared-key=`),
XML name and value pairs (`<string name="password">...`, `<Key>Password</Key><Value>...`), a directive and its value
alone on a line (`password ...`, `rcon_password "..."`), NickServ's `IDENTIFY ...` and `etcdctl get` output."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .config_values import Places, on_lines
from .line_starts import in_lines, merged_places
from .scan import INDEX, occurrences

Check = Callable[[str], bool]
Span = tuple[int, int, str]

_END = r"[ \t]*;?[ \t]*(?=\r?\n|\Z)"
_IOS = lazy.compile(
    r"[ \t]*(?:username[ \t]+\S{1,64}(?:[ \t]+privilege[ \t]+\d{1,2})?[ \t]+(?:password|secret)[ \t]+(?:0[ \t]+)?"
    r"|(?:enable[ \t]+)?(?:password|secret|key)[ \t]+0[ \t]+|snmp-server[ \t]+community[ \t]+"
    r"|(?:radius|tacacs)-server[ \t]+(?:host[ \t]+\S{1,64}[ \t]+(?:[a-z-]{2,12}[ \t]+\d{1,5}[ \t]+){0,4})?key[ \t]+"
    r"(?:0[ \t]+)?)"
    r"(?P<value>\S{4,128})(?:[ \t]+(?:ro|rw)(?![\w-])[^\r\n]{0,64})?" + _END
)
"""On the lower-cased text: an IOS line with a clear-text (type 0) password or key, an SNMP community, or a RADIUS or
TACACS+ server's shared key."""
_IOS_SEVEN = lazy.compile(
    r"[ \t]*(?:username[ \t]+\S{1,64}(?:[ \t]+privilege[ \t]+\d{1,2})?[ \t]+password|(?:enable[ \t]+)?password"
    r"|(?:radius|tacacs)-server[ \t]+(?:host[ \t]+\S{1,64}[ \t]+(?:[a-z-]{2,12}[ \t]+\d{1,5}[ \t]+){0,4})?key"
    r"|(?:server-private[ \t]+\S{1,64}[ \t]+)?key|ppp[ \t]+(?:chap|pap)[ \t]+(?:password|sent-username[ \t]+\S{1,64}"
    r"[ \t]+password))[ \t]+7[ \t]+(?P<value>[0-9]{2}(?:[0-9a-f]{2}){2,64})" + _END
)
"""On the lower-cased text: an IOS line with a type 7 password or key (Cisco's reversible encoding: as good as clear
text; a type 5, 8 or 9 hash is not one)."""
_XLAT = b"dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"
"""The key stream of Cisco's type 7 encoding (published: anyone reverses it)."""
_WORD_NUMBER = lazy.compile(r"[A-Za-z]+[0-9]{0,4}")
_FORTI = lazy.compile(
    r"[ \t]*set[ \t]+[a-z0-9-]{0,20}(?:psksecret|password|passwd|secret)[ \t]+(?!enc[ \t])"
    r"(?:\"(?P<quoted>[^\"\r\n]{4,128})\"|(?P<value>[^\s\"]{4,128}))" + _END
)
"""On the lower-cased text: FortiOS' `set psksecret ...` or `set password ...` typed in, not `ENC ...`."""
_QUOTED_KEYWORD = lazy.compile(
    r"(?<![\w-])(?:secret|authentication-key|simple-password|plain-text-password|ascii-text"
    r"|:[ \t]*(?:psk|eap|xauth|ntlm))[ \t]+"
    r"\"(?P<quoted>[^\"\r\n]{4,256})\""
)
"""On the lower-cased text: Junos' `secret "...";`, `authentication-key "..."`, strongSwan's `: PSK "..."`."""
_KEY_MATERIAL = lazy.compile(
    r"<protected>[ \t]*false[ \t]*</protected>\s{0,80}<keymaterial>[ \t]*(?P<value>[^<\r\n]{8,63}?)[ \t]*</keymaterial>"
)
"""On the lower-cased text: a Wi-Fi profile exported in clear (`<protected>false</protected>` then `<keyMaterial>`;
a protected one holds an encrypted blob)."""
_ENCODED_PASS = lazy.compile(
    r"<pass(?:word)?[ \t]+encoding=[\"']base64[\"'][ \t]*>(?P<value>[a-z0-9+/]{4,512}={0,2})</pass(?:word)?>"
)
"""On the lower-cased text: a password kept in base64 (FileZilla's `<Pass encoding="base64">...</Pass>`): encoded,
not encrypted."""
_ENCODED_WORDS = ('encoding="base64">', "encoding='base64'>")
_STATIC_MAP = lazy.compile(r"password_maps[ \t]*=[ \t]*static:[^\s:]{1,128}:(?P<value>\S{4,128})")
"""On the lower-cased text: Postfix's client credentials given in place of a map (`smtp_sasl_password_maps =
static:user:password`)."""
_AUTH_INFO = lazy.compile(r"authinfo:[^\r\n]{0,200}?\"p:(?P<value>[^\"\r\n]{4,128})\"")
"""On the lower-cased text: a sendmail `authinfo` entry's password (`AuthInfo:host "U:user" "P:..."`)."""
_GOSSIP_KEY = lazy.compile(
    r"(?<![\w-])(?:encrypt|gossip[_-]?key|encryption[_-]?key)[\"']?[ \t]*[=:][ \t]*[\"']"
    r"(?P<value>[a-z0-9+/]{22}==|[a-z0-9+/]{43}=)[\"']"
)
"""On the lower-cased text: a cluster's gossip or encryption key as 16 or 32 bytes of base64 (Consul's and Nomad's
`encrypt = "..."`)."""
_UNSEAL = lazy.compile(
    r"unseal[ \t]+key(?:[ \t]+\d{1,2})?[ \t]*:[ \t]*(?P<value>[a-z0-9+/]{20,88}={0,2})(?![a-z0-9+/=])"
)
"""On the lower-cased text: a vault's unseal key as its initialisation prints it (`Unseal Key 1: ...`)."""
_HEADER_SET = lazy.compile(
    r"(?:proxy_set_header|grpc_set_header|add_header|more_set_headers[ \t]+[\"']?|header_up|requestheader[ \t]+"
    r"(?:set|add|append)|header[ \t]+(?:always[ \t]+)?(?:set|add)|set-header)[ \t]+[\"']?(?:x-)?"
    r"[\w-]{0,30}?(?:api[-_]?key|token|secret|access[-_]?key|auth[-_]?key)[\"']?:?[ \t]+(?![\"']?[$%{])"
    r"(?:[\"'](?P<quoted>[^\"'\r\n]{6,512})[\"']|(?P<value>[^\s\"';]{6,512}))"
)
"""On the lower-cased text: a web server's or proxy's directive that sets a request or response header named for a
key or token to a value typed in (nginx's `proxy_set_header X-Api-Key "..."`, Apache's `RequestHeader set`, Caddy's
`header_up`, HAProxy's `set-header`); a variable (`$http_x_api_key`, `{env.KEY}`, `%{...}`) is not one."""
_HEADER_WORDS = (
    "_set_header",
    "add_header",
    "more_set_headers",
    "header_up",
    "requestheader",
    "header set",
    "header add",
    "set-header",
    "header always",
)
_APP_PASSWORD = lazy.compile(
    r"app(?:lication)?[ _-]?pass(?:word)?s?(?:[ \t]+(?:for|of)[ \t]+[^:=\r\n]{1,40})?[\"']?[ \t]*(?:[:=,]|=>)?"
    r"[ \t]*[\"']?(?P<value>[a-z0-9]{4}(?:[ \t][a-z0-9]{4}){5})(?![\w-])"
)
"""On the lower-cased text: an application password as WordPress prints it (six groups of four letters and digits)
after its name."""
_APP_WORDS = ("app_pass", "app pass", "apppass", "app-pass", "application pass", "application_pass")
_PRESHARED = lazy.compile(r"pre-shared-key[ \t]*=[ \t]*(?:\"(?P<quoted>[^\"\r\n]{8,63})\"|(?P<value>[^\s\"]{8,63}))")
"""On the lower-cased text: RouterOS' `wpa2-pre-shared-key="..."`."""
_OVPN = lazy.compile(r"-----begin openvpn static key v1-----[0-9a-f\s]{32,4096}?-----end openvpn static key v1-----")
_KEY_CONTENT = lazy.compile(r"[ \t]*key content[ \t]*:[ \t]*(?P<value>\S(?:[^\r\n]{0,62}\S)?)[ \t]*(?=\r?\n|\Z)")
"""On the lower-cased text: `netsh wlan show profile ... key=clear`'s line."""
_WIFI_QR = lazy.compile(r"(?<![a-z0-9])wifi:(?:[a-z]:(?:\\.|[^;\\\r\n]){0,128};){1,8}")
_QR_FIELD = lazy.compile(r"(?P<name>[a-z]):(?P<value>(?:\\.|[^;\\\r\n]){0,128});")
_SECRET_NAME = r"(?:password|passwd|passphrase|presharedkey|pre_shared_key|secret|token|psk|api_?key)"
_XML_NAMED = lazy.compile(
    r"<(?P<tag>[a-z][\w:.-]{0,30})[ \t][^<>\r\n]{0,200}?name=[\"'][\w.-]{0,40}?" + _SECRET_NAME + r"[\"']>"
    r"(?:&quot;)?(?P<value>[^<&\r\n]{4,512}?)(?:&quot;)?</(?P=tag)>"
)
"""On the lower-cased text: `<string name="auth_token">...</string>`, Android's `<string name="PreSharedKey">`."""
_XML_KEY = lazy.compile(
    r"<key>[ \t]*[\w .-]{0,40}?" + _SECRET_NAME + r"[ \t]*</key>\s{0,40}<(?P<tag>value|string)(?:[ \t][^<>]{0,100})?>"
    r"(?P<value>[^<\r\n]{4,512})</(?P=tag)>"
)
"""On the lower-cased text: a KeePass entry's `<Key>Password</Key><Value ...>...</Value>`, a plist's
`<key>password</key><string>...</string>`."""
_XML_PROPERTY = lazy.compile(
    r"<name>[ \t]*[\w .-]{0,60}?" + _SECRET_NAME + r"(?:[._-]?key)?[ \t]*</name>\s{0,40}"
    r"<value>[ \t]*(?!#!)(?P<value>[^<\s]{4,512})[ \t]*</value>"
)
"""On the lower-cased text: a property of a Hadoop-style XML config (`core-site.xml`, `hive-site.xml`):
`<name>fs.s3a.secret.key</name>` or `<name>javax.jdo.option.ConnectionPassword</name>` and its `<value>`; not a
value TIBCO's tools encrypted (`#!...`)."""
_DIRECTIVE = lazy.compile(
    r"[ \t]*(?:[a-z]{2,12}[ \t]+(?:[\w.-]{1,40}[ \t]+)?)?(?:[a-z][\w.-]{0,40}?)?"
    r"(?:password|passwd|secret|(?<=[a-z])_(?:pass|pwd?)|(?<![\w-])(?:root|bind)pw)[ \t]+"
    r"(?:\"(?P<quoted>[^\"\r\n]{4,256})\"|(?P<value>[^\s\"'=:{]{4,256}))" + _END
)
"""On the lower-cased text: a directive and its one value alone on a line (msmtp's and Fluentd's `password ...`,
a game server's `rcon_password "..."`, vpnc's `IPSec secret ...`, a load balancer's `user name insecure-password ...`,
slapd's `rootpw ...`, nss-pam-ldapd's `bind_pw ...`)."""
_SAID = lazy.compile(r"(?<![\w-])password[ \t]+(?P<q>['\"])(?P<quoted>[^'\"\r\n]{4,256})(?P=q)")
"""On the lower-cased text: `password '...'` inside a line (fetchmail's `with password '...'`)."""
_HASHED = lazy.compile(
    r"(?i:md5[0-9a-f]{32}\Z|scram-sha-\d+\$|\*[0-9a-f]{40}\Z|\$(?!9\$[a-z0-9./-]{6,}\Z)\w{1,3}\$"
    r"|\{(?!plain|clear)[a-z0-9.-]{2,20}\})"
)
"""A password's hash (PostgreSQL's `md5...` and `SCRAM-SHA-256$...`, MySQL's `*...`, crypt's `$9$...$...`, LDAP's and
Dovecot's `{SSHA}...`), not the password. Junos' `$9$...` (no `$` after it) is the password, only obfuscated: it
decodes back."""
_JUNOS = lazy.compile(r"\$9\$[A-Za-z0-9./-]{6,}")
"""Junos' reversible `$9$...`: what follows the mark is judged."""
_SCHEMED = lazy.compile(r"\{(?:plain|cleartext|clear|plain-trunc)\}(?P<value>[^\s:\"'{}]{4,128})")
"""On the lower-cased text: a password stored in clear under its scheme's name (Dovecot's passwd-file
`user:{PLAIN}...:...`, LDAP's `{CLEARTEXT}...`)."""
_STATS_AUTH = lazy.compile(r"(?<![\w-])stats[ \t]+auth[ \t]+[^\s:]{1,64}:(?P<value>\S{4,128})")
"""On the lower-cased text: a load balancer's statistics page login (`stats auth admin:...`)."""
_MAP = (
    r"[ \t]*(?:\[[a-z0-9.-]{1,253}\](?::\d{1,5})?|(?P<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+(?::\d{1,5})?))"
    r"[ \t]+[^\s:]{1,128}:(?![/<])(?P<value>\S{4,128})" + _END
)
_MAP_LINE = lazy.compile(_MAP)
_MAP_LINES = lazy.compile("(?m)^" + _MAP)
"""On the lower-cased text: a mail relay's credentials map line (Postfix's `sasl_passwd`: `[smtp.host]:587
user:password`); a host without brackets only where the text names such a map."""
_PAIR_FILE_WORDS = ("auth-user-pass", "openvpn", "auth.txt", "pass.txt", "credentials.txt", "login.conf")
"""Words that name a file holding a user name on one line and its password on the next (OpenVPN's
`auth-user-pass`)."""
_PEER_SECRETS = ("chap-secrets", "pap-secrets", "authentication using chap", "authentication using pap")
"""Files of point-to-point links that give a client, a server and the secret on each line (by name, or by the
heading such files start with)."""
_TOKEN_LINE = lazy.compile(r"[ \t]*[^\s#;<>\-][^\s]{0,127}[ \t]*\Z")
"""A line of one word (maybe indented), not a comment, a tag or a separator."""
_SERVICE = (
    r"(?<![\w-])(?:/(?:ns|cs) |(?:/?(?:msg|privmsg|quote|raw)[ \t]+)?/?(?:nickserv|chanserv|authserv|userserv)"
    r"|/?(?:msg|privmsg) (?:ns|cs|q|x)(?=[ \t@]))(?:@[a-z0-9.-]{1,64})?(?:[ \t]+|(?<= )):?"
)
_IDENTIFY = lazy.compile(
    _SERVICE + r"(?:(?:identify|id)[ \t]+(?:[^\s;\"']{1,64}[ \t]+)?|(?:auth|login|ghost|recover|release)[ \t]+"
    r"[^\s;\"']{1,64}[ \t]+|register[ \t]+(?=[^\s;\"']{4,128}[ \t]+[^\s@]{1,64}@))"
    r"(?P<value>[^\s;\"']{4,128})(?=[\s;\"']|\Z)"
)
"""On the lower-cased text: a password given to an IRC network's services (`/msg NickServ IDENTIFY <pass>`, `/ns id
<account> <pass>`, ChanServ's `identify #chan <pass>`, QuakeNet's `/msg Q@CServe.quakenet.org AUTH <user> <pass>`,
Undernet's `/msg x@... login <user> <pass>`, `GHOST`/`RECOVER <nick> <pass>`, `REGISTER <pass> <mail>`)."""
_SERVICE_WORDS = ("nickserv", "/ns ", "msg ns ", "chanserv", "/cs ", "msg cs ", "authserv", "userserv")
_SERVICE_WORDS += ("msg q", "msg x")
_ETCD = lazy.compile(
    r"etcdctl[ \t]+get[ \t]+(?P<key>\S{1,200}" + _SECRET_NAME + r")[ \t]*\r?\n(?P=key)\r?\n"
    r"(?P<value>\S[^\r\n]{3,255}?)[ \t]*(?=\r?\n|\Z)"
)
"""On the lower-cased text: `etcdctl get /path/db_password` and its output (the key, then its value)."""

_IOS_WORDS = (
    "password 0 ",
    "secret 0 ",
    "key 0 ",
    "username ",
    "snmp-server community ",
    "radius-server ",
    "tacacs-server ",
)
_SEVEN_WORDS = ("password 7 ", "key 7 ")
_SCHEME_WORDS = ("{plain}", "{clear")
_FORTI_WORDS = ("set psksecret ", "set password ", "set passwd ", "set secret ")
_QUOTED_WORDS = (
    *('secret "', 'authentication-key "', 'simple-password "', 'plain-text-password "', 'ascii-text "', 'psk "'),
    *('eap "', 'xauth "'),
)
_DIRECTIVE_WORDS = (
    *("password ", "passwd ", "secret ", "_pass ", "password\t", "passwd\t", "secret\t", "_pass\t"),
    *("rootpw ", "bindpw ", "rootpw\t", "bindpw\t", "_pw ", "_pwd ", "_pw\t", "_pwd\t"),
)
_NAMED = (
    "password",
    "passwd",
    "passphrase",
    "presharedkey",
    "pre_shared_key",
    "secret",
    "token",
    "psk",
    "api_key",
    "apikey",
)
LINE_WORDS = (*_IOS_WORDS, *_SEVEN_WORDS, *_FORTI_WORDS, *_DIRECTIVE_WORDS, "key content", "]:")
"""The literals whose lines are read (the shared index tells where a long text holds each: see `find`'s `places`)."""
_NAMED_WORDS = tuple(f"{name}{q}>" for name in _NAMED for q in "\"'")
WORDS = (
    *_IOS_WORDS,
    *_FORTI_WORDS,
    *_QUOTED_WORDS,
    *(
        "pre-shared-key",
        "<keymaterial>",
        *_ENCODED_WORDS,
        *("password_maps", "authinfo:", "encrypt", "unseal", *_HEADER_WORDS),
        *_APP_WORDS,
        "openvpn static key v1",
        "key content",
        "wifi:",
        "</key>",
        "</name>",
        *_SERVICE_WORDS,
        "etcdctl",
    ),
    *_NAMED_WORDS,
    *_DIRECTIVE_WORDS,
    *("password '", 'password "'),
    *_SCHEME_WORDS,
    *("stats auth", "]:", "sasl", *_PAIR_FILE_WORDS, *_PEER_SECRETS),
)
"""The literals these finders need in the lower-cased text (the shared index tells whether a long text holds each)."""
LOW_GATES = (
    r"(?:password|secret|key)[ \t]+[07][ \t]",
    r"username[ \t]+\S+[ \t]+(?:privilege[ \t]+\d+[ \t]+)?(?:password|secret)[ \t]",
    r"snmp-server[ \t]+community[ \t]|(?:radius|tacacs)-server[ \t]",
    r"set[ \t]+[a-z0-9-]*(?:psksecret|password|passwd|secret)[ \t]",
    r"(?:secret|authentication-key|simple-password|ascii-text|psk|eap|xauth|ntlm)[ \t]+\"",
    r"app(?:lication)?[ _-]?pass",
    r"password_maps|authinfo:|encrypt|unseal|_set_header|add_header|more_set_headers|header_up|requestheader",
    r"header[ \t]+(?:set|add|always)|set-header",
    r"pre-shared-key[ \t]*=|<keymaterial>|encoding=[\"']base64|openvpn static key v1|key content[ \t]*:|wifi:[a-z]:",
    r"(?:password|passwd|passphrase|presharedkey|pre_shared_key|secret|token|psk|api_?key)[\"']>",
    r"</key>|</name>",
    r"(?:password|passwd|secret|_pass|_pwd?|rootpw|bindpw)[ \t]+\S+[ \t]*;?[ \t]*(?:\r?\n|\Z)",
    r"password[ \t]+['\"]",
    r"nickserv|/ns |chanserv|/cs |authserv|userserv|msg[ \t]+(?:ns|cs|q|x)[ \t@]",
    r"etcdctl",
    r"\{(?:plain|clear)",
    r"stats[ \t]+auth[ \t]",
    r"\]:|sasl|auth-user-pass|openvpn|auth\.txt|pass\.txt|credentials\.txt|login\.conf",
    r"chap-secrets|pap-secrets|authentication using (?:chap|pap)",
)
"""For short texts: what one of these finders needs before it may find anything."""


def _type7(value: str) -> bool:
    """Whether `value` decodes as Cisco's type 7 to a password of printable characters (a salt of 0 to 15 and the
    bytes after it), not digits alone nor a word with a number after it, as manuals print (`cisco`, `cisco123`)."""
    salt = int(value[:2])
    if salt > 15:
        return False
    data = bytes.fromhex(value[2:])
    plain = bytes(b ^ _XLAT[(salt + i) % len(_XLAT)] for i, b in enumerate(data))
    if len(plain) < 4 or not all(32 < c < 127 for c in plain) or len(set(plain)) < 4:
        return False
    return plain.isdigit() is False and _WORD_NUMBER.fullmatch(plain.decode()) is None


_ANCHORS = {
    _GOSSIP_KEY: ("encrypt", "gossip"),
    _IDENTIFY: _SERVICE_WORDS,
    _SAID: ("password",),
    _STATS_AUTH: ("stats",),
}
"""What every match of each of these holds (on its one line: searched for on the lines that hold one, see
`line_starts.in_lines`; the regex engine would try each at every character of the text)."""
# Where each starts: `occurrences` takes a long text's places from the shared index.
INDEX.add(w for words in (*_ANCHORS.values(), ("header",)) for w in words if w.isascii())


def find(text: str, low: str, holds: Check, plausible: Check, places: Places | None = None) -> list[Span]:
    """The secrets of these shapes whose values `plausible` finds a credential (not a stand-in, a reference or a
    word); `places`, when given, tells where one of `LINE_WORDS` starts in `low` (in order)."""
    found: list[re.Match[str]] = []
    found += on_lines(_IOS, low, low, _IOS_WORDS, holds, places)
    found += on_lines(_FORTI, low, low, _FORTI_WORDS, holds, places)
    found += [
        m for m in on_lines(_DIRECTIVE, low, low, _DIRECTIVE_WORDS, holds, places) if _typed(text[slice(*_span(m))])
    ]
    found += on_lines(_KEY_CONTENT, low, low, ("key content",), holds, places)
    for words, pattern in (
        (_QUOTED_WORDS, _QUOTED_KEYWORD),
        (("pre-shared-key",), _PRESHARED),
        (("<keymaterial>",), _KEY_MATERIAL),
        (_ENCODED_WORDS, _ENCODED_PASS),
        (("password_maps",), _STATIC_MAP),
        (("authinfo:",), _AUTH_INFO),
        (("encrypt",), _GOSSIP_KEY),
        (("unseal",), _UNSEAL),
        (("</key>",), _XML_KEY),
        (("</name>",), _XML_PROPERTY),
        (_SERVICE_WORDS, _IDENTIFY),
        (("etcdctl",), _ETCD),
        (("password '", 'password "'), _SAID),
        (_SCHEME_WORDS, _SCHEMED),
        (("stats auth",), _STATS_AUTH),
    ):
        if any(holds(w) for w in words):
            anchors = _ANCHORS.get(pattern)
            found += pattern.finditer(low) if anchors is None else in_lines(pattern, low, merged_places(low, anchors))
    if any(holds(w) for w in _NAMED_WORDS):
        found += _XML_NAMED.finditer(low)
    if holds("]:"):
        found += [m for m in on_lines(_MAP_LINE, low, low, ("]:",), holds, places) if _typed(_at(text, m))]
    if holds("sasl"):  # a text that names such a map: every line of that shape, a host without brackets too
        found += [m for m in _MAP_LINES.finditer(low) if m.group("host") is not None]
    out: list[Span] = [
        (*m.span("value"), "password")
        for m in on_lines(_IOS_SEVEN, low, low, _SEVEN_WORDS, holds, places)
        if _type7(m.group("value"))
    ]
    for m in found:
        start, end = _span(m)
        value = text[start:end]
        if _HASHED.match(value) is None and plausible(value[3:] if _JUNOS.fullmatch(value) else value):
            out.append((start, end, "password"))
    if any(holds(w) for w in _APP_WORDS):
        for m in _APP_PASSWORD.finditer(low):
            start, end = m.span("value")
            value = text[start:end]
            if (
                any(c.isdigit() for c in value)
                and any(c.isalpha() for c in value)
                and plausible(value.replace(" ", ""))
            ):
                out.append((start, end, "password"))
    if any(holds(w) for w in _HEADER_WORDS):
        for m in in_lines(_HEADER_SET, low, occurrences(low, "header")):
            start, end = _span(m)
            if plausible(text[start:end]):
                out.append((start, end, "generic_secret"))
    if any(holds(w) for w in _PAIR_FILE_WORDS):
        out += [(*span, "password") for span in _pair_files(text, plausible)]
    if any(holds(w) for w in _PEER_SECRETS):
        out += [(*span, "password") for span in _peer_secrets(text, plausible)]
    if holds("openvpn static key v1"):
        out += [(*m.span(), "private_key") for m in _OVPN.finditer(low)]
    if holds("wifi:"):
        out += _wifi_codes(text, low, plausible)
    return out


def _at(text: str, m: re.Match[str]) -> str:
    """The value of match `m` (made on the lower-cased text) as `text` writes it."""
    return text[slice(*_span(m))]


def _span(m: re.Match[str]) -> tuple[int, int]:
    return m.span("quoted" if "quoted" in m.re.groupindex and m.group("quoted") is not None else "value")


def _typed(value: str) -> bool:
    """Whether a value alone after a directive's name is typed in, not the next word of a sentence that a line break
    put there (`password combination.`): it holds a digit, or capitals and small letters."""
    return any(c.isdigit() for c in value) or (value.lower() != value and value.upper() != value)


def _wifi_codes(text: str, low: str, plausible: Check) -> list[Span]:
    """The password field (`P:`) of Wi-Fi QR codes' payloads (`WIFI:T:WPA;S:name;P:...;;`)."""
    out: list[Span] = []
    for m in _WIFI_QR.finditer(low):
        for field in _QR_FIELD.finditer(low, m.start() + 5, m.end()):
            if field.group("name") == "p" and plausible(text[field.start("value") : field.end("value")]):
                out.append((*field.span("value"), "password"))
    return out


def _pair_files(text: str, plausible: Check) -> list[tuple[int, int]]:
    """The password of a two-line credentials file (OpenVPN's `auth-user-pass`: the user, then the password): two
    one-word lines standing alone (a blank line, a line of several words, or the text's edge around them), the
    second typed in."""
    lines: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, at + len(line.rstrip("\r"))))
        at += len(line) + 1
    out = []
    for i in range(len(lines) - 1):
        (a0, a1), (b0, b1) = lines[i], lines[i + 1]
        if not (_TOKEN_LINE.match(text, a0, a1) and _TOKEN_LINE.match(text, b0, b1)):
            continue
        if i > 0 and _TOKEN_LINE.match(text, *lines[i - 1]):
            continue  # a third one-word line above: a block of encoded lines (a certificate), not a pair
        if i + 2 < len(lines) and _TOKEN_LINE.match(text, *lines[i + 2]):
            continue
        user, value = text[a0:a1].strip(), text[b0:b1].strip()
        if len(user) <= 64 and user != value and _typed(value) and plausible(value):
            start = text.index(value, b0)
            out.append((start, start + len(value)))
    return out


def _peer_secrets(text: str, plausible: Check) -> list[tuple[int, int]]:
    """The secrets of a PPP `chap-secrets` or `pap-secrets` file: the third field of each line (`client server
    secret addresses`), quoted or not."""
    out = []
    at = 0
    for line in text.split("\n"):
        start = at
        at += len(line) + 1
        if line.lstrip().startswith("#"):
            continue
        fields = list(re.finditer(r'"[^"\r\n]*"|[^\s"]+', line))
        if len(fields) < 3:
            continue
        lo, hi = fields[2].span()
        if line[lo] == '"':
            lo, hi = lo + 1, hi - 1
        value = line[lo:hi]
        if value != "*" and _typed(value) and plausible(value):
            out.append((start + lo, start + hi))
    return out
