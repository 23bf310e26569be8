"""Secrets in Java application servers' and web servers' XML and directives: a `<*-name>` element naming a secret
and its `<*-value>` (`<param-name>api.token</param-name><param-value>...`, `<env-entry-name>`), JMeter's sibling
`Argument.name`/`Argument.value` properties, `<entry key="...">`, `<property name="...">` and `<variable name="...">`
elements (their text or their `<value>` child), .NET's
`<setting name="...">` and its `<value>`, WildFly's `<credential-reference clear-text="...">`, Jetty's
`<Call name="setPassword"><Arg>...</Arg>`, Apache's `RequestHeader set X-Api-Key ...` and nginx's
`set $api_key ...;`."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy
from .scan import matches_at, occurrences

_TELLING = (
    r"[\w.:-]{0,40}?(?:pass(?:word|wd)?|secret|token|api[_.-]?key|apikey|credentials?|private[_.-]?key)[\w.:-]{0,40}?"
)
_PAIR = lazy.compile(
    r"<(?P<tag>[a-z][\w.:-]{0,40}?)-?name>[ \t\r\n]*" + _TELLING + r"[ \t\r\n]*</(?P=tag)-?name>[ \t\r\n]*"
    r"<(?P=tag)-?value>[ \t\r\n]*(?P<value>[^<\s]{4,256})[ \t\r\n]*</(?P=tag)-?value>"
)
"""On the lower-cased text: a name element naming a secret and its value element (`<param-name>`/`<param-value>`)."""
_SIBLING = lazy.compile(
    r"<(?P<tag>[a-z][\w.:-]{0,40})[ \t]+name[ \t]*=[ \t]*\"[\w.-]{0,40}\.name\"[ \t]*>[ \t]*" + _TELLING + r"[ \t]*"
    r"</(?P=tag)>[ \t\r\n]*<(?P=tag)[ \t]+name[ \t]*=[ \t]*\"[\w.-]{0,40}\.value\"[ \t]*>[ \t]*"
    r"(?P<value>[^<\s]{4,256})[ \t]*</"
)
"""On the lower-cased text: sibling properties of a name and its value, as JMeter's test plans write a request's
arguments (`<stringProp name="Argument.name">password</stringProp><stringProp name="Argument.value">...`)."""
_KEYED = lazy.compile(
    r"<(?:entry|property|add|parameter|variable)[ \t]+(?:key|name)[ \t]*=[ \t]*[\"']" + _TELLING + r"[\"']"
    r"(?:[ \t]+[a-z][\w:-]{0,30}[ \t]*=[ \t]*\"[^\"<>]{0,80}\"){0,3}[ \t]*>"
    r"(?:[ \t\r\n]*<value>)?[ \t]*(?P<value>[^<\s]{4,256})[ \t]*</"
)
"""On the lower-cased text: `<entry key="db.password">...</entry>`, `<property name="...password">...</property>`,
or with the value in a `<value>` child (Spring's beans, a CI server's `<variable name="DB_PASS"><value>...`)."""
_SETTING = lazy.compile(
    r"<setting[ \t]+name[ \t]*=[ \t]*\""
    + _TELLING
    + r"\"[^<>]{0,80}>[ \t\r\n]*<value>[ \t]*(?P<value>[^<\s]{4,256})[ \t]*</value>"
)
"""On the lower-cased text: a .NET application's settings (`<setting name="ApiKey" serializeAs="String">` and its
`<value>...</value>`)."""
_CLEAR = lazy.compile(r"clear-text[ \t]*=[ \t]*\"(?P<value>[^\"\r\n]{4,256})\"")
"""WildFly's `<credential-reference clear-text="..."/>`."""
_JETTY = lazy.compile(
    r"<call[ \t]+name[ \t]*=[ \t]*\"set(?:password|secret|token|credential|keystorepassword|keymanagerpassword)\""
    r"[ \t]*>[ \t\r\n]*<arg>[ \t]*(?P<value>[^<\s]{4,256})[ \t]*</arg>"
)
"""Jetty's `<Call name="setPassword"><Arg>...</Arg></Call>`."""
_HEADER = lazy.compile(
    r"(?:requestheader[ \t]+(?:set|append|add|setifempty)|more_set_input_headers|grpc_set_header|add_header)[ \t]+"
    r"[\"']?x-[\w-]{0,40}?(?:key|token|auth|secret)[\w-]{0,20}[\"']?:?[ \t]+[\"']?(?P<value>[^\s\"';]{16,256})"
)
"""Apache's `RequestHeader set X-Api-Key "..."` and like directives that add a vendor's key header."""
_NGINX_SET = lazy.compile(r"set[ \t]+\$" + _TELLING + r"[ \t]+[\"']?(?P<value>[^\s\"';]{8,256})[\"']?[ \t]*;")
"""nginx's `set $api_key "...";`."""
_HEADER_WORDS = ("requestheader", "more_set_input_headers", "grpc_set_header", "add_header")
_KEYED_WORDS = ("<entry", "<property", "<add", "<parameter", "<variable")
_SIBLING_WORD = '.name">'
WORDS = ("name>", _SIBLING_WORD, *_KEYED_WORDS, "<setting", "clear-text", "<call", *_HEADER_WORDS, "set $")
LOW_GATES = (
    *(r"-?name>", r"\.name\">", r"<(?:entry|property|add|parameter|variable)[ \t]", r"<setting[ \t]", r"clear-text"),
    r"<call[ \t]",
    *(r"requestheader[ \t]|more_set_input_headers|grpc_set_header|add_header", r"set[ \t]+\$"),
)


def find(text: str, low: str, typed: Callable[[str], bool], holds: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """These values that `typed` finds secrets, with their kind (`holds(word)`: whether `low` holds a word of
    `WORDS`)."""
    out: list[tuple[int, int, str]] = []
    for words, pattern in (
        (("name>",), _PAIR),
        ((_SIBLING_WORD,), _SIBLING),
        (_KEYED_WORDS, _KEYED),
        (("<setting",), _SETTING),
        (("clear-text",), _CLEAR),
        (("<call",), _JETTY),
        (_HEADER_WORDS, _HEADER),
        (("set $",), _NGINX_SET),
    ):
        if any(map(holds, words)):
            places = sorted(at for w in words for at in occurrences(low, w)) if pattern is _HEADER else None
            for m in pattern.finditer(low) if places is None else matches_at(pattern, low, places):
                if pattern is _NGINX_SET and m.start() and (low[m.start() - 1].isalnum() or low[m.start() - 1] in "_-"):
                    continue  # `reset $x`, `offset $y`: not nginx's `set`
                if typed(text[m.start("value") : m.end("value")]):
                    said = low[m.start() : m.start("value")]
                    kind = "password" if "pass" in said or pattern is _CLEAR else "generic_secret"
                    out.append((*m.span("value"), kind))
    return out
