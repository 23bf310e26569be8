"""Names in a person's record whatever its container: a name-shaped value under a key that names a name or a person,
in the record around another datum of that person (a mailbox, a phone, a birth date, an identifier)."""

from __future__ import annotations

import itertools

from . import lazy
from .findings import Finding
from .pii_people import (
    _CAPITALS,
    _COMPANY_AFTER,
    _INVERTED,
    _NAME,
    _NAME_END,
    _PERSON_TYPES,
    _THINGS,
    THING_COLUMNS,
    _keyed_type,
    _name_ok,
    _record_type,
    _words,
)

DETECTOR = "pii"

_NOT_ANCHORS = frozenset(
    {"person_name", "person_name_alone", "ip_address", "private_ip_address", "mac_address", "crypto_address"}
)
"""Kinds that are no person's own datum (a name is what is looked for; an address, a device or a wallet may be
anyone's): a record holding a datum of any other kind (a mailbox, a phone, a birth date, an identifier of any
scheme) is a person's record."""
_REACH = 240
"""How far around a person's datum its record is read (not past a blank line)."""
_WINDOWS = 64
"""Records read at most in one text."""

_FIELD = lazy.compile(
    # `key: value`, `key=value`, `"key": "value"`, `'key' => 'value'`, `:key => "..."`, `Key = Value`, PHP's
    # `["key"]=>\n  string(12) "..."`, Erlang's `key => <<"...">>`
    r"(?<![\w.$-])[:@]?[\"'\[]{0,2}(?P<key>[A-Za-z][\w.-]{0,40})\\?[\"'\]]{0,2}[ \t]*(?:=>|->|:=|[:=])[ \t]*"
    r"(?:\r?\n[ \t]*)?(?:string\(\d{1,3}\)[ \t]*|chr[ \t]+)?(?:<<)?\\?[\"']?|"
    # R's printed list (`$name` over `[1] "..."`)
    r"(?m:^)\$(?P<listed>[A-Za-z][\w.]{0,40})\r?\n\[1\][ \t]+\"|"
    # an element named for its value (`<nick xmlns=...>`, `<span class="p-name">`), or an amateur-radio log's field
    # (`<NAME:13>`)
    r"<(?P<tag>[A-Za-z][\w.:-]{0,40}?)(?::\d{1,4}(?::[A-Za-z])?)?(?P<attrs>[ \t][^<>]{0,200})?>|"
    # a key opening a line before its value, set apart by spaces (`NAME1 ...` in a segment's dump, `name    ...`)
    r"(?m:^)[ \t]*(?:(?P<upper>[A-Z][A-Z0-9_]{1,20})[ \t]+|"
    r"(?P<spaced>[A-Za-z][\w.-]{1,30})(?:[ \t]*\|[ \t]*|\t|[ \t]{2,}))"
)
"""Where a field's value starts, after its key in any of the ways records print keys."""

_MARKUP_KEY = lazy.compile(r"\b(?:class|itemprop|property)=[\"']([^\"'<>]{1,80})[\"']")
"""Microformats' and structured markup's names of an element's value (`class="p-name"`, `itemprop="name"`)."""
_SPLIT = lazy.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_NAME_TOKENS = frozenset(
    """
    name names fullname displayname fn nick nickname gecos user usr person contact owner holder member customer
    client patient employee student pupil learner guest passenger buyer recipient sender attendee applicant
    tenant payee payer driver subscriber signer guardian parent mother father spouse consignee addressee
    beneficiary insured debtor creditor requester reporter assignee operator participant registrant resident
    vorname nachname nombre nom nome naam navn namn cognome apellido apellidos surname suser duser player athlete
    runner competitor entrant contestant recep receptor destinatario destinataire comprador cliente kunde
    """.split()
)
"""Words of a key that names a person's name (`user.full_name`, `displayName`, `cs1=` aside, `duser`'s `user`)."""
_THING_TOKENS = (_THINGS - {"display"}) | frozenset(
    """
    company companies org organisation organization employer business firm city town street road country state
    province region venue job title position department product brand hostname filename room channel server team
    vessel ship boat place site station school hotel club work song track album recording chemical compound
    substance lab security fund instrument issuer bank agent class event kind device software os browser
    """.split()
)
"""Words of a key that names a thing (`company_name`, `hostName`, `user_agent`): its value is not a person's."""
_NEXT_KEY = lazy.compile(r"[ \t]+[A-Za-z][\w.-]{0,40}[:=]")
"""The next key of a line of fields, right after a value (`Name:Aroha Ngata Email:...`, `duser=... cs2=...`)."""
_POSITIONAL = lazy.compile(r"(?<![\w.])(?:[A-Za-z_]\w*\.)*(?P<type>[A-Z][A-Za-z0-9]{1,40})\((?P<args>[^()\n]{1,300})\)")
"""A record printed with its fields by place (`Customer(4471,Amara Okafor,...)`, `Person("Amara Okafor", ...)`)."""
_TYPE_WORD = lazy.compile(r"[A-Z][a-z0-9]*$|[A-Z]+$")


def _tokens(key: str) -> set[str]:
    """The lower-cased words of a key (`user.full_name` -> user, full, name; `displayName` -> display, name), each
    also joined to the next (`full`+`name`), digits left out (`NAME1`)."""
    words = [w.lower() for w in _SPLIT.findall(key)]
    return {*words, *(a + b for a, b in itertools.pairwise(words))}


def _key_ok(key: str) -> bool:
    """Whether a key names a person's name and no thing's."""
    tokens = _tokens(key)
    return not tokens.isdisjoint(_NAME_TOKENS) and tokens.isdisjoint(_THING_TOKENS)


def _windows(text: str, found: list[Finding]) -> list[tuple[int, int]]:
    """The records around the person's data found: each datum's reach, not past a blank line, joined when they
    overlap."""
    spans: list[tuple[int, int]] = []
    for f in sorted(found, key=lambda f: f.start):
        if f.kind in _NOT_ANCHORS:
            continue
        lo = max(0, f.start - _REACH)
        blank = text.rfind("\n\n", lo, f.start)
        lo = blank + 2 if blank >= 0 else lo
        hi = min(len(text), f.end + _REACH)
        blank = text.find("\n\n", f.end, hi)
        hi = blank if blank >= 0 else hi
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
        if len(spans) >= _WINDOWS:
            break
    return spans


_INVERTED_CAPITALS = lazy.compile(
    r"(?P<surname>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'-]+(?: [A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'-]+)?), "
)
"""A surname in capitals before a comma (`ETXEBERRIA GOIKOETXEA, MIREN`): the given names follow."""
_GIVEN_CAPITALS = lazy.compile(
    r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'-]+(?: [A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'-]+){0,2}"
)


def _other_forms(text: str, at: int, hi: int) -> tuple[int, int] | None:
    """A name written in capitals (`MARIA APARECIDA DOS SANTOS`, `ETXEBERRIA GOIKOETXEA, MIREN`) or surname first
    (`Lindqvist, Karin`) starting at `at` and ending a field, or None."""
    inverted = _INVERTED.match(text, at, hi)
    if inverted is not None:
        value = inverted.group().replace(",", "")
        return inverted.span() if 2 <= len(_words(value)) <= 4 and _name_ok(value, False) else None
    caps = _INVERTED_CAPITALS.match(text, at, hi)
    given = _GIVEN_CAPITALS.match(text, caps.end(), hi) if caps is not None else None
    caps = _CAPITALS.match(text, at, hi) if given is None else None
    end = given.end() if given is not None else caps.end() if caps is not None else -1
    if end < 0 or _NAME_END.match(text, end) is None:
        return None
    value = text[at:end].replace(",", "").title()
    if not 2 <= len(_words(value)) <= 4 or _COMPANY_AFTER.match(text, end) is not None:
        return None
    return (at, end) if _name_ok(value, False) else None


def _value(text: str, at: int, hi: int) -> tuple[int, int] | None:
    """The name-shaped value starting at `at` and ending a field, or None."""
    if text[at + 1 : at + 2].isupper() or text[at : at + 40].find(", ") > 0:
        other = _other_forms(text, at, hi)
        if other is not None:
            return other
    name = _NAME.match(text, at, hi)
    if name is None:
        return None
    end = name.end()
    if text[end : end + 1] in (":", "="):  # the next key glued after the value: `Name:Aroha Ngata Email:`
        end = text.rfind(" ", at, end)
        if end < 0:
            return None
    if _NAME_END.match(text, end) is None and _NEXT_KEY.match(text, end) is None:
        return None
    value = text[at:end]
    if not 2 <= len(_words(value)) <= 4 or _COMPANY_AFTER.match(text, end) is not None:
        return None
    return (at, end) if _name_ok(value, False) else None


def _positional(text: str, lo: int, hi: int) -> list[Finding]:
    """Names among the fields of a person's record printed by place (its type a person's: `Customer(`)."""
    out = []
    for m in _POSITIONAL.finditer(text, lo, hi):
        word = _TYPE_WORD.search(m.group("type"))
        if word is None or word.group().lower() not in _PERSON_TYPES:
            continue
        at = m.start("args")
        for arg in m.group("args").split(","):
            cell = arg.strip(" \t\"'")
            start = at + arg.find(cell) if cell else at
            at += len(arg) + 1
            if cell and _NAME.fullmatch(cell) and 2 <= len(_words(cell)) <= 4 and _name_ok(cell, False):
                out.append(Finding(DETECTOR, "person_name", start, start + len(cell)))
    return out


def names(text: str, found: list[Finding]) -> list[Finding]:
    """Names in the records around the person's data found in `text` (see the module's docstring)."""
    out: list[Finding] = []
    for lo, hi in _windows(text, found):
        for m in _FIELD.finditer(text, lo, hi):
            key = m.group("key") or m.group("tag") or m.group("upper") or m.group("spaced") or m.group("listed")
            if not _key_ok(key):
                attrs = m.group("attrs")
                marked = _MARKUP_KEY.search(attrs) if attrs else None
                if marked is None or not _key_ok(marked.group(1)):
                    continue
            span = _value(text, m.end(), hi)
            if span is None:
                continue
            typed = _record_type(text, m.start())
            if typed and typed not in _PERSON_TYPES and typed in _THING_TOKENS:
                continue
            kind = _keyed_type(text, m.start(), span[1])
            if kind == "thing":
                continue
            out.append(Finding(DETECTOR, "person_name", *span))
        if "(" in text[lo:hi]:
            out += _positional(text, lo, hi)
    return out


_CELL = lazy.compile(r"[^\s|│┃,;]+(?: [^\s|│┃,;]+)*")
"""A cell of a header line: words apart by single spaces between separators or wider gaps (`full name`, `NAME1`)."""
_HEADER_CELL = lazy.compile(r"[A-Za-z_#<][\w .#/()<>-]{0,40}")
"""What every cell of a header holds: a column's name (no mailbox, no number first)."""
_RULE = lazy.compile(r"[ \t]*[-=_+|│┃─━═┼╪┬┴├┤┌┐└┘╞╡:. \t]*\r?")
"""A rule between a table's header and its rows (`---+---`, `├──┼──┤`, `____`), or a blank line."""
_UP_LINES = 30
_UP_REACH = 4000
_ROWS = 200
"""Lines, characters and rows read up from a person's datum for its table's header, at most."""


def _header(text: str, row: int) -> tuple[int, int, int] | None:
    """The header line over the table row starting at `row` whose cell names a person's name: (line start, cell
    start, cell end), or None (lines of columns' types, `<chr>` or `varchar`, are passed over like rules)."""
    at, lines = row, 0
    floor = max(0, row - _UP_REACH)
    while at > floor and lines < _UP_LINES:
        lo = text.rfind("\n", 0, at - 1) + 1
        line = text[lo : at - 1]
        at, lines = lo, lines + 1
        if _RULE.fullmatch(line):
            continue
        cells = list(_CELL.finditer(line))
        if len(cells) < 2 or not all(_HEADER_CELL.fullmatch(c.group()) for c in cells):
            continue
        if THING_COLUMNS.search(line.lower()) is not None:
            return None  # `name  phone  elevation`: places, products, settings
        for c in cells:
            if _key_ok(c.group()):
                return lo, lo + c.start(), lo + c.end()
    return None


def _cell(text: str, row: int, head: tuple[int, int, int]) -> tuple[int, int] | None:
    """The name in the row starting at `row` under the header cell `head`: a separated cell at the header's place
    among separators, else the name-shaped words the header's column spans."""
    line_end = text.find("\n", row)
    line_end = len(text) if line_end < 0 else line_end
    lo, c_lo, c_hi = head
    header = text[lo : text.find("\n", lo)]
    for sep in (",", ";", "\t"):
        count = header.count(sep)
        if count and text.count(sep, row, line_end) == count:
            index = header.count(sep, 0, c_lo - lo)
            cells = text[row:line_end].split(sep)
            at = row + sum(len(c) + 1 for c in cells[:index])
            value = cells[index].strip(" \t\r\"'")
            if not value:
                return None
            start = at + cells[index].find(value)
            return start, start + len(value)
    col_lo, col_hi = c_lo - lo, c_hi - lo
    for name in _NAME.finditer(text, row, line_end):
        if name.start() - row < col_hi and name.end() - row > col_lo:
            return name.span()
    return None


def rows(text: str, found: list[Finding]) -> list[Finding]:
    """Names in the rows of tables (a database shell's, a data frame's, a flat file's) beside a person's data in the
    same row, under a header that names a name."""
    out: list[Finding] = []
    seen: set[int] = set()
    for f in found:
        if f.kind in _NOT_ANCHORS or len(seen) >= _ROWS:
            continue
        row = text.rfind("\n", 0, f.start) + 1
        if row == 0 or row in seen:
            continue
        seen.add(row)
        head = _header(text, row)
        if head is None:
            continue
        span = _cell(text, row, head)
        if span is None or span[0] <= f.start < span[1]:
            continue
        value = text[span[0] : span[1]]
        if _NAME.fullmatch(value) and 2 <= len(_words(value)) <= 4 and _name_ok(value, False):
            out.append(Finding(DETECTOR, "person_name", *span))
    return out
