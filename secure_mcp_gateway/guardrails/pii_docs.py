"""Values that documentation shows as examples: after words saying so on their line, in rows of a table whose header
or caption says its values are examples or test data, and the test card numbers that payment providers publish."""

from __future__ import annotations

from . import lazy
from .findings import Finding

WORDS = (
    "example",
    "e.g.",
    "dummy",
    "fictional",
    "fictitious",
    "made-up",
    "made up",
    "test card",
    "test number",
    "test iban",
    "test value",
    "test data",
    "test pan",
    "test account",
    "test phone",
    "sandbox",
    "drama number",
    "drama range",
    "sample",
    "for instance",
    "illustration",
    # the same in other languages, as ASCII parts of the words (`przyk` of `przykład`, `klad` of `příklad`)
    *("ejemplo", "exemple", "beispiel", "esempi", "exemplo", "voorbeeld", "przyk", "klad", "eksempel", "exempel"),
    *("esimerkki", "rnek"),
    # an identifier's format described (`_FORMAT_SAID`)
    *("format", "pattern", "regex", "regular expression", "mask", "such as", "looks like", "written like"),
    *("written as", "consists of", "of the form", "check digit", "checksum", "validat"),
)
"""What a text holds (lower-cased) when `_SAID` or `_FORMAT_SAID` may match in it: a text with none is not read
here."""

_SAID = lazy.compile(
    r"(?i)(?<![a-z@./=_-])(?:examples?(?![.,/_-][a-z])|e\.g\.|dummy|fictional|fictitious|made[- ]up|sandbox|"
    r"drama (?:numbers?|ranges?)|sample (?:values?|data|records?|rows?|payloads?)|"
    r"test (?:cards?|card numbers?|numbers?|ibans?|values?|data|pans?|accounts?|phones?|"
    r"phone numbers?)|"
    # the same said in other languages (`Ejemplo de CURP:`, `Exemple de NIR :`, `Beispiel Steuer-ID:`)
    r"ejemplos?|exemples?|beispiele?|esempi[oi]|exemplos?|voorbeeld(?:en)?|przyk[łl]ad(?:owy|owe)?|p[řr][íi]klad|"
    r"eksempel|exempel|esimerkki|[öo]rnek)(?![a-z])"
)
"""Words saying the values under them are examples or test data (`| Example IBAN |`, `## Test cards`, `Use these
numbers in the sandbox:`); not a name (`mail.example.org`, `dc=example,dc=org`)."""

_FORMAT_SAID = lazy.compile(
    r"(?i)(?<![a-z])(?:formats?|pattern|regexp?|regular expression|(?:input )?mask|such as|looks? like|"
    r"written (?:like|as)|consists? of|of the form|check digit|checksum|validat(?:e|es|ing|ors?)|is_valid)"
    r"(?![a-z])"
)
"""Words of a sentence that describes an identifier's format before showing one (`The AMKA is written like ...`,
`Input mask for CNP: ...`, `assert validate_pesel('...')`): documentation or a validator's test, not a record (a
record's `validated` or `validation` is no such word)."""
_OWNER = lazy.compile(
    r"(?i)(?<![a-z])(?:my|your|his|her|their|our|mr|mrs|ms|miss|dr|name|named|patient|customer|client|applicant|"
    r"employee|member|holder|cardholder|tenant|resident|user|born|dob|record)(?![a-z])"
)
"""Words that give a value in such a sentence an owner (`her PESEL, validated: ...`, `Patient record format: ...`)."""
_FORMAT_KINDS_NOT = frozenset(
    {"phone_number", "email", "person_name", "street_address", "date_of_birth", "ip_address", "private_ip_address"}
)
"""Kinds whose format a sentence may describe while giving someone's (a phone's `format +44 ...`, an address's)."""
_SENTENCE = 160
"""How far before a value its sentence is read for `_FORMAT_SAID` (and after it for an owner's word)."""


def _format_described(text: str, f: Finding, found: list[Finding]) -> bool:
    """Whether an identifier stands in a sentence that describes its format before it (see `_FORMAT_SAID`), with
    no word giving it an owner and no name found in that sentence."""
    if f.kind in _FORMAT_KINDS_NOT:
        return False
    lo = max(0, f.start - _SENTENCE)
    dot = text.rfind(". ", lo, f.start)
    lo = max(lo, text.rfind("\n", lo, f.start) + 1, dot + 2 if dot >= 0 else 0, text.rfind(";", lo, f.start) + 1)
    top = min(len(text), f.end + _SENTENCE)
    hi = min(
        i for i in (text.find("\n", f.end, top), text.find(". ", f.end, top), text.find(";", f.end, top), top) if i >= 0
    )
    return (
        _FORMAT_SAID.search(text, lo, f.start) is not None
        and _OWNER.search(text, lo, hi) is None
        and not any(g.kind == "person_name" and lo <= g.start < hi for g in found)
    )


_BEFORE = 60
"""How far before a value on its line such words are looked for (`Example NHS number (documentation): ...`)."""
_ROWS_UP = 40
"""How many lines above a value its table's header is looked for."""
_CAPTION = 120
"""The longest line read as a table's caption or heading."""


_WIDE = 1000
"""The longest line read as a table's row (a longer one is prose or a record on one line, and is not read back)."""


def _start(text: str, at: int) -> int:
    """Where the line holding `at` starts, or -1 if it starts more than `_WIDE` characters before."""
    lo = text.rfind("\n", max(0, at - _WIDE), at) + 1
    return lo if lo or at <= _WIDE else -1


def _line(text: str, at: int) -> tuple[int, int]:
    """The line holding `at` (-1, -1 if it is longer than `_WIDE` characters)."""
    lo = _start(text, at)
    hi = text.find("\n", at, at + _WIDE)
    if lo < 0 or (hi < 0 and len(text) - at > _WIDE):
        return -1, -1
    return lo, hi if hi >= 0 else len(text)


def _row(line: str) -> bool:
    """Whether a line is a row of a table (cells between bars or tabs)."""
    return line.count("|") >= 2 or "\t" in line.strip()


_BLOCK_SAID = lazy.compile(
    r"(?i)(?<![a-z@./=_-])(?:examples?|e\.g\.|for instance|illustration|"
    r"sample (?:output|input|request|response|records?|data|payload|values?|files?|rows?|entry|entries|"
    r"config(?:uration)?|usage|call|code|query|results?|document|message|card))(?![a-z])"
    r"[^:\n]{0,60}:"
    r"[ \t]*(?:```\w*)?[ \t]*\Z"
)
"""A caption that introduces the block under it as an example (`Example request:`, `Sample output:`, `For
example:`, `e.g.:`), ending in a colon."""
_BLOCK_LINES = 40
"""How many lines above a value its block's caption is looked for."""


def _captioned_block(text: str, lo: int) -> bool:
    """Whether the line starting at `lo` belongs to a block (contiguous lines, a fenced or indented example) whose
    caption says it is an example (see `_BLOCK_SAID`): the short line right above the block, one blank line between
    allowed."""
    first, blanks = lo, 0
    for _ in range(_BLOCK_LINES):
        if first == 0:
            return False
        up = _start(text, first - 1)
        if up < 0:
            return False
        above = text[up : first - 1].strip()
        first = up
        if not above:
            blanks += 1
            if blanks > 1:
                return False
            continue
        if above.startswith("```") or above.startswith("~~~"):
            continue  # the fence opening the block: its caption is above
        if len(above) <= _CAPTION and _BLOCK_SAID.search(above) is not None:
            return True
        if blanks:
            return False  # a paragraph above a blank line is no caption of this block
    return False


def _documented(text: str, lo: int, hi: int) -> bool:
    """Whether the line `text[lo:hi]` is a row of a table whose header row or caption says its values are examples:
    the first of the contiguous rows above it, and up to two short headings or lines ending in a colon above those (a
    blank line between allowed)."""
    if lo < 0:
        return False
    line = text[lo:hi]
    if line.count("|") >= 2 and _SAID.search(line) is not None:
        return True  # `| Example | +44 20 7946 0321 |`
    if not _row(line):
        return _captioned_block(text, lo)
    first = lo
    for _ in range(_ROWS_UP):
        if first == 0:
            break
        up = _start(text, first - 1)
        if up < 0:
            break
        above = text[up : first - 1].rstrip("\r")
        if not above.strip() or not _row(above):
            break
        first = up
    if first != lo and _SAID.search(text, first, lo) is not None:
        return True  # the rows above, up to the header
    captions, at = 0, first
    while at > 0 and captions < 2:
        up = _start(text, at - 1)
        if up < 0:
            break
        above = text[up : at - 1].strip()
        at = up
        if not above:
            if captions == 0 and at > 0 and text[at - 2 : at - 1] not in ("\n", ""):
                continue  # one blank line between a heading and its table
            break
        if len(above) > _CAPTION:
            break
        captions += 1
        if (above[0] in "#=*" or above[-1] in ":=*#") and _SAID.search(above) is not None:
            return True
    return False


def examples(text: str, found: list[Finding]) -> list[Finding]:
    """`found` less the values (and the names beside them) written as examples: after such words on their line, in
    a sentence describing an identifier's format (see `_format_described`), or in rows of a table or list that
    documentation shows as examples (see `_documented`)."""
    out = []
    answered: dict[int, bool] = {}
    for f in found:
        lo, hi = _line(text, f.start)
        line_start = text.rfind("\n", max(0, f.start - _BEFORE), f.start) + 1
        if _SAID.search(text, max(line_start, f.start - _BEFORE), f.start) is not None:
            continue
        if _format_described(text, f, found):
            continue
        said = answered.get(lo)
        if said is None:
            said = answered[lo] = _documented(text, lo, hi)
        if not said:
            out.append(f)
    return out


PUBLISHED_CARDS = frozenset(
    (
        "4242424242424242 4000056655665556 5555555555554444 2223003122003222 5200828282828210 5105105105105100 "
        "378282246310005 371449635398431 6011111111111117 6011000990139424 6011981111111113 3056930009020004 "
        "36227206271667 3566002020360505 6200000000000005 4111111111111111 4012888888881881 4222222222222 "
        "5500000000000004 5454545454545454 5431111111111111 340000000000009 30000000000004 6011000000000004 "
        "3530111333300000 4000000000000002 4000000000009995 4000000000000077 4000002500003155 4000002760003184 "
        "5425233430109903 2222420000001113 4917610000000000 4988438843884305 6759649826438453 6304000000000000"
    ).split()
)
"""Card numbers that payment providers publish for tests: two or more of them in one text are a list of test cards."""


def published(text: str, found: list[Finding]) -> list[Finding]:
    """`found` less the published test card numbers when the text lists two or more of them."""
    digits = {i: "".join(c for c in text[f.start : f.end] if c.isdigit()) for i, f in enumerate(found)}
    listed = {d for i, d in digits.items() if found[i].kind == "credit_card" and d in PUBLISHED_CARDS}
    if len(listed) < 2:
        return found
    return [f for i, f in enumerate(found) if not (f.kind == "credit_card" and digits[i] in listed)]
