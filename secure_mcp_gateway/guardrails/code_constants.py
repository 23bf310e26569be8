"""Secrets that code declares with a type or hands to a signing call: C's and C++'s `char pass[] = "..."`, `const
char *api_key = "..."`, Arduino's `PROGMEM` strings, Objective-C's `@"..."`, Rust's `const API_KEY: &str = "..."`,
Zig's `[]const u8`, Go's `[]byte("...")`, a literal copied into a buffer named for a secret (`strcpy(cfg.password,
"...")`), Erlang's `-define(API_SECRET, "...")`, OpenEdge ABL's `DEFINE VARIABLE ... INITIAL "..."`, an
assembler's string data (`password: .asciz "..."`), a function that returns a literal (`defp api_key, do: "..."`),
the literal key of a JWT or HMAC call (`jwt.encode(payload, "...")`, `hmac.new(b"...")`) and a password handed to
the system's keyring."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .config_values import Places, on_lines

Check = Callable[[str], bool]
Span = tuple[int, int, str]

_NAME = (
    r"[\w$#]{0,60}?(?:password|passwd|passphrase|pass|pwd|secret|token|api[_-]?key|apikey|[_-]key"
    r"|(?:jwt|hmac|signing|aes|cipher|encryption|master)key|credentials?)"
    r"[\w]{0,20}"
)
_STRING = r"(?P<q>[\"'])(?P<value>[^\"'\\\r\n]{6,512})(?P=q)"
_DECLARED = lazy.compile(
    r"[^\r\n]{0,200}?(?<![\w$*-])\*?(?P<name>" + _NAME + r")\*?"
    r"(?:[ \t]*\[[ \t]*\d{0,4}[ \t]*\])?"
    r"(?:[ \t]*:[ \t]*(?:&[ \t]*(?:'static[ \t]+)?str|\[\][ \t]*const[ \t]+u8|string|text|vector<u8>"
    r"|constant\([ \t]*string\[\d{1,4}\][ \t]*\)))?"
    r"(?:[ \t]+progmem)?[ \t]*:?=[ \t]*"
    r"(?:string::from\([ \t]*|\[\]byte\([ \t]*|(?:g_|_)?strdup\([ \t]*|new[ \t]+textencoder\(\)\.encode\([ \t]*"
    r"|(?:@|l|u8|u|b)(?=[\"']))?" + _STRING
)
"""From a line's start (lower-cased): a secret's name declared with a C array, a Rust, Zig, Move or Vyper string type
or Arduino's `PROGMEM`, or given a wide, UTF-8, Objective-C or byte string literal (`L"..."`, `u8"..."`, `@"..."`,
`b"..."`), Rust's `String::from("...")`, Go's `[]byte("...")`, C's `strdup("...")` or the bytes of a JavaScript
`new TextEncoder().encode("...")`."""
_COPIED = lazy.compile(
    r"(?:strn?cpy|strlcpy|strn?cpy_s|wcsn?cpy|lstrcpy[aw]?|stpcpy)[ \t]*\([ \t]*[\w.>&\[\]-]{0,60}?(?<![\w$])"
    r"(?P<name>" + _NAME + r")[ \t]*,[ \t]*(?:(?:\d{1,5}|sizeof[^,\r\n]{1,60})[ \t]*,[ \t]*)?(?:l|u8)?" + _STRING
)
"""At the call (lower-cased): a literal copied into a buffer named for a secret (`strcpy(cfg.password, "...")`,
`strncpy(conf->api_key, "...", n)`, `strcpy_s(pass, size, "...")`)."""
_COPY_WORDS = ("cpy(", "cpy_s(", "cpya(", "cpyw(")
_DECLARED_MORE = ("strdup(", ') = "')
_DECLARED_WORDS = (
    *_DECLARED_MORE,
    *('] = "', '] = l"', '] = u8"', ']="'),
    "progmem",
    '@"',
    'str = "',
    'u8 = "',
    "[]byte(",
    "string::from(",
    "textencoder().encode(",
    '= l"',
    '= b"',
)
_DEFINE = lazy.compile(
    r"[ \t]*(?:-define\([ \t]*'?(?P<name>" + _NAME + r")'?[ \t]*,[ \t]*(?:<<)?"
    r"|#[ \t]*define[ \t]+(?P<objc>" + _NAME + r")[ \t]+@)" + _STRING
)
"""From a line's start (lower-cased): an Erlang macro (`-define(API_SECRET, "...")`, `<<"...">>`) or an
Objective-C string constant (`#define kClientSecret @"..."`) under a secret's name."""
_ABL = lazy.compile(
    r"[ \t]*def(?:ine)?[ \t]+(?:(?:new[ \t]+)?(?:global[ \t]+)?shared[ \t]+)?var(?:iable)?[ \t]+(?P<name>"
    + _NAME
    + r")"
    r"[ \t]+as[ \t]+char(?:acter)?[^\r\n]{0,80}?(?<![\w-])init(?:ial)?[ \t]+" + _STRING
)
"""From a line's start (lower-cased): OpenEdge ABL's `DEFINE VARIABLE cPassword AS CHARACTER ... INITIAL "..."`."""
_WORD_STRING = r"(?P<q>[\"'])(?P<value>[^\"'\\\s]{6,512})(?P=q)"
"""A string literal of one word (what these finders read as a secret; `"Enter password: "` is a prompt)."""
_ASSEMBLY = lazy.compile(
    r"[ \t]*(?P<name>" + _NAME + r"):?[ \t]+(?:\.(?:asciz|asciiz|ascii|string|string8)|db|dc\.b|dcb|defb|defm"
    r"|\.?byte|\.?equ)[ \t]+" + _WORD_STRING
)
"""From a line's start (lower-cased): an assembler's string data under a secret's label (`password: .asciz "..."`,
`api_key db "...", 0`, `TOKEN EQU "..."`, `secret DC.B '...'`)."""
_ASSEMBLY_WORDS = tuple(
    f"{d} {q}"
    for d in (".asciz", ".asciiz", ".ascii", ".string", "db", "dc.b", "dcb", "defb", "defm", "equ")
    for q in "\"'"
)
_RETURNED = lazy.compile(
    r"[^\r\n]{0,200}?(?<![\w$])(?:defp?[ \t]+(?P<ex>" + _NAME + r")(?:[ \t]*\([ \t]*\))?[ \t]*,[ \t]*do:"
    r"|(?P<name>" + _NAME + r")[ \t]*\([ \t]*\)[ \t]*(?::[ \t]*[\w.?]{1,30}[ \t]*)?(?:=>?|\{[ \t]*return))"
    r"[ \t]*" + _WORD_STRING + r"[ \t]*;?[ \t]*\}?[ \t]*(?:end)?[ \t]*(?=\r?\n|\Z)"
)
"""From a line's start (lower-cased): a function or method under a secret's name that returns a literal (Elixir's
`defp api_key, do: "..."`, Kotlin's `fun apiKey() = "..."`, `getApiKey() { return "..." }`)."""
_RETURNED_WORDS = tuple(
    f"{w}{q}" for w in ("do: ", "() = ", "() => ", "{ return ", "{return ", "): string = ") for q in "\"'"
)
_ARG = r"(?:\"[^\"\r\n]{0,40}\"|'[^'\r\n]{0,40}'|\{[^{}\r\n]{0,200}\}|[^,()\"'\r\n]{1,120}),[ \t]*"
_SIGNED = lazy.compile(
    r"(?:jwt(?:\.|::)(?:encode|sign|decode|verify)[ \t]*\("
    + _ARG
    + r"|signwith[ \t]*\("
    + _ARG
    + r"|hmac(?:256|384|512)\("
    r"|hmac\.new\((?:"
    + _ARG
    + r")?|createhmac\("
    + _ARG
    + r"|(?:hash_hmac|keyring\.set_password|openssl_(?:en|de)crypt)\("
    + _ARG
    + _ARG
    + r"|hmac\.(?:hex)?digest\("
    + _ARG
    + r"|(?:create(?:de)?cipheriv|aes\.(?:en|de)crypt)\("
    + _ARG
    + r"|hmacsha(?:1|256|384|512)\((?:"
    + _ARG
    + r")?|(?:hmacshakeyfor|secretkeyspec|from_secret|new_from_slice|fernet|aes\.new|signedstring"
    r"|urlsafe(?:timed)?serializer|timestampsigner|message(?:verifier|encryptor)\.new)\((?:key[ \t]*=[ \t]*)?"
    + r")[ \t]*(?:\[\]byte\([ \t]*|b(?=[\"'])|encoding\.(?:utf8|ascii|default)\.getbytes\([ \t]*)?"
    + _STRING
)
"""At a call's name (lower-cased): the literal key of a JWT library's `encode`/`sign`/`decode`/`verify` (the second
argument), of `signWith(alg, "...")`, of `Algorithm.HMAC256("...")`, of `hmac.new(...)` (Python's first argument,
Go's second), of `createHmac(alg, "...")`, of PHP's `hash_hmac(alg, data, "...")` and of Ruby's
`OpenSSL::HMAC.hexdigest(alg, "...", data)`, the key given to a cipher or a signer (`createCipheriv(alg, "...",
iv)`, `openssl_encrypt(data, alg, "...")`, `AES.new(b"...")`, `Fernet(b"...")`, `new SecretKeySpec("...".getBytes(),
alg)`, `Keys.hmacShaKeyFor(...)`, `EncodingKey::from_secret(b"...")`, `new HMACSHA256(Encoding.UTF8.GetBytes(
"..."))`, `token.SignedString([]byte("..."))`, itsdangerous' serializers, Rails' message verifiers), and the
password Python's `keyring.set_password(service, user, "...")` stores."""
_SIGNED_WORDS = (
    *("jwt.encode(", "jwt.sign(", "jwt.decode(", "jwt.verify(", "signwith(", "hmac256(", "hmac384(", "hmac512("),
    *("hmac.new(", "createhmac(", "hash_hmac(", "hmac.hexdigest(", "hmac.digest(", "keyring.set_password("),
    *("jwt::encode(", "jwt::decode(", "openssl_encrypt(", "openssl_decrypt(", "createcipheriv(", "createdecipheriv("),
    *("aes.encrypt(", "aes.decrypt(", "hmacsha1(", "hmacsha256(", "hmacsha384(", "hmacsha512(", "hmacshakeyfor("),
    *("secretkeyspec(", "from_secret(", "new_from_slice(", "fernet(", "aes.new(", "signedstring(", "timestampsigner("),
    *("urlsafeserializer(", "urlsafetimedserializer(", "messageverifier.new(", "messageencryptor.new("),
)
_NOT_VALUE_NAME = lazy.compile(
    r"(?:header|name|label|prompt|env|var|path|file|field|param|url|uri|endpoint|prefix|suffix|format|pattern|type"
    r"|id|len|length|size|hint|msg|message|text|title|policy|regex)s?\Z"
)
"""The end of a name that holds something about a secret (its header's or variable's name, its path, its label), not
the secret."""
_WORDS_JOINED = lazy.compile(r"[a-z]{1,}(?:[ _.-][a-z]{2,})+")
"""Words joined (`api-key-here`, `change_me_please`), lower-cased: a stand-in, not a secret."""

LINE_WORDS = (
    *(*_DECLARED_WORDS, "-define(", "#define", "define var", "def var", "define new", "def new"),
    *(*_ASSEMBLY_WORDS, *_RETURNED_WORDS),
)
"""The literals whose lines are read (the shared index tells where a long text holds each)."""
PLACED = (*_SIGNED_WORDS, *_COPY_WORDS)
"""The literals where these finders read, not from a line's start (the shared index tells where each starts)."""
WORDS = (*LINE_WORDS, *PLACED)
"""The literals these finders need in the lower-cased text (the shared index tells whether a long text holds each)."""
LOW_GATES = (
    r"\][ \t]*=[ \t]*(?:l|u8)?\"|progmem|@\"|str[ \t]*=[ \t]*\"|u8[ \t]*=[ \t]*\"",
    r"\[\]byte\(|string::from\(|textencoder\(\)\.encode\(|=[ \t]*[lb]\"",
    r"-define\(|#[ \t]*define|def(?:ine)?[ \t]+(?:new[ \t]+|var)",
    r"jwt\.|jwt::|signwith\(|hmac|cpy(?:_s|a|w)?\(|strdup\(|\)[ \t]*=[ \t]*\"",
    r"openssl_(?:en|de)crypt\(|cipheriv\(|aes\.|secretkeyspec\(|from_secret\(|new_from_slice\(|fernet\("
    r"|signedstring\(|serializer\(|timestampsigner\(|message(?:verifier|encryptor)\.new\(",
    r"(?:\.asci|\.string|db|dc\.b|dcb|defb|defm|equ)[ \t]+[\"']",
    r"do:[ \t]+[\"']|\(\)[ \t]*(?::[ \t]*string[ \t]*)?=>?[ \t]+[\"']|\{[ \t]*return[ \t]+[\"']",
)
"""For short texts: what one of these finders needs before it may find anything."""


def find(text: str, low: str, places: Places, holds: Check, plausible: Check) -> list[Span]:
    """The secrets of these shapes that `plausible` judges credentials (not a reference or a stand-in)."""
    out: list[Span] = []
    for pattern, words in (
        (_DECLARED, _DECLARED_WORDS),
        (_DEFINE, ("-define(", "#define")),
        (_ABL, ("define var", "def var", "define new", "def new")),
        (_ASSEMBLY, _ASSEMBLY_WORDS),
        (_RETURNED, _RETURNED_WORDS),
    ):
        for m in on_lines(pattern, low, low, words, holds, places):
            _add(text, m, plausible, out)
    for word in _COPY_WORDS:
        if holds(word):
            for at in places(word):
                line = max(low.rfind("\n", 0, at) + 1, at - 12)
                if (m := _COPIED.search(low, line, at + 600)) is not None and m.start() <= at:
                    _add(text, m, plausible, out)
    for word in _SIGNED_WORDS:
        if holds(word):
            for at in places(word):
                if at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "_"):
                    m = _SIGNED.match(low, at)
                    if m is not None:
                        _add(text, m, plausible, out)
    return out


def _add(text: str, m: re.Match[str], plausible: Check, out: list[Span]) -> None:
    """The value of match `m` (made on the lower-cased text) when `plausible` judges it a credential."""
    start, end = m.span("value")
    name = next((n for n in (m.groupdict().get(g) for g in ("name", "objc", "ex")) if n), "")
    if _NOT_VALUE_NAME.search(name) is not None:
        return
    if plausible(text[start:end]) and _WORDS_JOINED.fullmatch(m.group("value")) is None:
        out.append((start, end, "password" if "pass" in name or "pwd" in name else "generic_secret"))
