"""Card numbers in the encodings payment systems write them in: magnetic stripe tracks (ISO 7813), track 2
equivalents, EMV tags (5A, 57, 5F20) in TLV dumps and smart-card traces, card-switch (ISO 8583) fields; and a card
named as test or certification data, which is nobody's."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy
from .findings import Finding

DETECTOR = "pii"

_TRACK1 = lazy.compile(r"%?B(\d{12,19})\^([A-Za-z][A-Za-z .'/-]{0,25})\^\d{4}")
"""Track 1 (format B): the card number, the holder's name (`SURNAME/GIVEN`) and the expiry."""
_TRACK2 = lazy.compile(r"(\d{12,19})[=D]\d{4}")
"""Track 2 or its EMV equivalent (tag 57): the card number, a separator (`=`, or the nibble `D`) and the expiry."""
_TAG = lazy.compile(
    r"5(?:(?P<pan>[Aa])[ :]?(?P<size>0[6-9Aa])|(?P<track>7)[ :]?(?P<tsize>0[D-Fd-f]|1[0-3])|(?P<name>F) ?20|"
    r"(?P<one>6)(?<![0-9A-Fa-f]56)[ :]?[0-9A-Fa-f]{2}[ :]?(?=(?:25[ :]?)?42[ :]?3\d))[ :]?"
)
"""The EMV tags that hold a card number or its holder's name, in a dump or a stream of tags (one expression for all:
each starts with `5`, which is searched for fast): 5A (the card number, packed digits padded with `F`) and 57 (track 2
equivalent data: the card number up to the `D` nibble) with their length byte, 5F20 (the cardholder's name) and 56
(track 1 equivalent data in ASCII)."""
_TLV_NAME = lazy.compile(r"5F ?20[ :]?([0-9A-Fa-f]{2})[ :]?((?:[0-9A-Fa-f]{2}[ :]?){2,26})")
"""EMV tag 5F20 (the cardholder's name, in ASCII), its length byte and the bytes as hex (in a dump or a stream)."""
_TLV_TRACK1 = lazy.compile(r"56[ :]?([0-9A-Fa-f]{2})[ :]?((?:25[ :]?)?42[ :]?3\d[ :]?(?:[0-9A-Fa-f]{2}[ :]?){18,77})")
"""EMV tag 56 (track 1 equivalent data, in ASCII), its length byte and the bytes as hex (`%B` or `B`, then digits)."""
_SWITCH = lazy.compile(r"8583|MTI\b|[Bb]itmap|BITMAP")
"""Words naming a card-switch message, in whose raw form a card number follows its length (LLVAR: `16` and 16
digits)."""
_NAME_SAID = lazy.compile(r"5F ?20\b[^\n]{0,40}?[:=][ \t]*([A-Z][A-Z .'-]*/[A-Z][A-Z .'-]*[A-Z])")
"""Tag 5F20 read out (`5F20 (Cardholder Name): KHAN/SONIA`)."""
_NAME_HEX_SAID = lazy.compile(
    r"5F ?20\b[^\n]{0,40}?(?:[Vv]alue|VALUE|[:=|])[ \t:=|]*((?:[2-5][0-9A-Fa-f] ?){4,26})(?![0-9A-Fa-f])"
)
"""Tag 5F20 in a table of tags, its value as hex (`Tag: 5F20  Len: 0A  Value: 4B48414E2F534F4E4941`)."""
_TEST = lazy.compile(
    r"(?i)(?<![a-z])(?:test(?:ing)?|sandbox|(?:sample|dummy|specimen|example) (?:tracks?|cards?|pans?)|certification|"
    r"emvco|card simulator|not a real (?:card|account)|gift[ -]?cards?|prepaid|(?:network |payment )?token(?:i[sz]ed)?|"
    r"dpan)(?![a-z])"
)
"""Words saying a card number is test or certification data, a gift or prepaid card's or a token standing for a card
(on its line, before it or just after it)."""
_THING_BEFORE = lazy.compile(
    r"(?i)(?<![a-z])(?:(?:merchant|card acceptor|acceptor|terminal|acquirer|acquiring institution|"
    r"forwarding institution|mid|tid|arn|rrn|stan|imsi|iccid|meid|esn|pan[ _-]?hash|hash|fingerprint|"
    r"(?:loyalty|library)(?:[ _-]?card)?|voucher|coupon)(?:[ _-]?(?:id|identification(?: code)?|code|number|no\.?|"
    r"nr|#))?|(?:txn|transaction|device|policy)[ _-]?(?:id|number|no\.?|nr|#))[)\"']*[ \t]*[:#=]?[ \t\"']*\Z"
)
"""The name of a thing's code right before a number that passes a card's checks: a merchant's or terminal's id, a
transaction's, a device's or a SIM's id, a hash, a loyalty or library card's number, a voucher or a policy's
number (`DE042 (Card acceptor ID): 4001...`, `Loyalty number: 6011...`)."""
_NOBODY = frozenset(
    {"VALUED CUSTOMER", "GIFT CARD", "CARDHOLDER", "CARD HOLDER", "INSTANT ISSUE", "PREPAID", "CUSTOMER", "MEMBER"}
)
"""Names embossed on cards issued to no one in particular (gift, prepaid and instant-issue cards)."""
_LINE_REACH = 160


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def find(text: str, runs: list[tuple[int, int]], card_ok: Callable[[str], bool]) -> list[Finding]:
    """Card numbers (and holders' names) in tracks, TLV dumps and traces; `runs` are the text's runs of five digits
    or more (a track's or a compact TLV's card number is one of twelve digits or more)."""
    out: list[Finding] = []
    for lo, hi in runs:
        if hi - lo < 12:
            continue
        if lo and text[lo - 1] == "B":
            m = _TRACK1.match(text, lo - 1 - (lo > 1 and text[lo - 2] == "%"))
            if m is not None and card_ok(m.group(1)):
                if m.group(2).strip(" /").upper() in _NOBODY:
                    continue
                out.append(Finding(DETECTOR, "credit_card", *m.span(1)))
                if any(c.isalpha() for c in m.group(2)):
                    out.append(Finding(DETECTOR, "person_name", *m.span(2)))
                continue
        if hi < len(text) and text[hi] in "=D":
            m = _TRACK2.match(text, lo)
            if m is not None and card_ok(m.group(1)):
                out.append(Finding(DETECTOR, "credit_card", *m.span(1)))
                continue
    long = [(lo, hi) for lo, hi in runs if hi - lo >= 14]
    if long:
        out += _llvar(text, long, card_ok)
    for m in _TAG.finditer(text):
        if m.group("name") is not None:
            out += _name(text, m.start())
        elif m.group("one") is not None:
            out += _track1_hex(text, m.start(), card_ok)
        else:
            size = int(m.group("size") or m.group("tsize"), 16)
            span = _tlv_card(text, m.end(), size, m.group("track") is not None, card_ok)
            if span is not None:
                out.append(Finding(DETECTOR, "credit_card", *span))
    return out


def _llvar(text: str, runs: list[tuple[int, int]], card_ok: Callable[[str], bool]) -> list[Finding]:
    """Card numbers after their two-digit length inside a raw card-switch message's runs of digits (`runs`: those of
    fourteen digits or more): the first such length (12 to 19) in a run whose digits after it make a card number of
    that length, in a message named as one in the lines before it."""
    out = []
    for lo, hi in runs:
        if _SWITCH.search(text, max(0, lo - _LINE_REACH * 2), lo) is None:
            continue
        for at in range(lo, hi - 13):
            size = int(text[at : at + 2])
            if 12 <= size <= 19 and at + 2 + size <= hi and card_ok(text[at + 2 : at + 2 + size]):
                out.append(Finding(DETECTOR, "credit_card", at + 2, at + 2 + size))
                break
    return out


def _track1_hex(text: str, at: int, card_ok: Callable[[str], bool]) -> list[Finding]:
    """The card number and name in EMV tag 56 at `at` (track 1 equivalent data written as hex bytes of ASCII)."""
    m = _TLV_TRACK1.match(text, at)
    if m is None:
        return []
    size = int(m.group(1), 16)
    places = [m.start(2) + i for i, c in enumerate(m.group(2)) if c not in " :"]
    if len(places) < 2 * size:
        return []
    raw = "".join(text[i] for i in places[: 2 * size])
    t = _TRACK1.match(bytes.fromhex(raw).decode("latin-1"))
    if t is None or not card_ok(t.group(1)):
        return []
    out = []
    for group, kind in ((1, "credit_card"), (2, "person_name")):
        a, b = t.span(group)
        out.append(Finding(DETECTOR, kind, places[2 * a], places[2 * b - 1] + 1))
    return out


def _tlv_card(text: str, at: int, size: int, track: bool, card_ok: Callable[[str], bool]) -> tuple[int, int] | None:
    """The span of the card number in a TLV value of `size` bytes at `at` (hex, bytes spaced by one space or colon
    or not at all): packed digits padded with `F` (tag 5A) or ending at the `D` nibble (tag 57, `track`)."""
    digits, end, i, limit = [], at, at, len(text)
    while len(digits) < 2 * size and i < limit:
        c = text[i]
        if c in " :" and digits and len(digits) % 2 == 0 and i + 1 < limit and text[i + 1] not in " :":
            i += 1
            continue
        if not c.isdigit():
            break
        digits.append(c)
        i += 1
        end = i
    stop = text[i : i + 1].upper()
    if (track and stop != "D") or (not track and len(digits) < 2 * size and stop != "F"):
        return None
    value = "".join(digits)
    return (at, end) if 12 <= len(value) <= 19 and card_ok(value) else None


def _name(text: str, at: int) -> list[Finding]:
    """The cardholder's name under tag 5F20 at `at`, as hex bytes or read out."""
    m = _TLV_NAME.match(text, at)
    if m is not None:
        size = int(m.group(1), 16)
        raw = m.group(2).replace(" ", "").replace(":", "")
        if 2 <= size <= len(raw) // 2:
            name = bytes.fromhex(raw[: 2 * size]).decode("latin-1").rstrip()
            if "/" in name and sum(c.isalpha() for c in name) >= 3 and all(c.isalpha() or c in " ./'-" for c in name):
                end, seen = m.start(2), 0
                while seen < 2 * len(name):  # (the padding spaces after the name are not its)
                    seen += text[end] not in " :"
                    end += 1
                return [Finding(DETECTOR, "person_name", m.start(2), end)]
    m = _NAME_SAID.match(text, at)
    if m is not None:
        return [Finding(DETECTOR, "person_name", *m.span(1))]
    m = _NAME_HEX_SAID.match(text, at)
    if m is not None:
        hexed = m.group(1).replace(" ", "")
        if len(hexed) % 2 == 0:
            name = bytes.fromhex(hexed).decode("latin-1").rstrip()
            if "/" in name and all(c.isalpha() or c in " ./'-" for c in name):
                return [Finding(DETECTOR, "person_name", m.start(1), m.start(1) + len(m.group(1).rstrip()))]
    return []


def test_data(text: str, found: list[Finding]) -> list[Finding]:
    """`found` less the card numbers (and the names on them) written as test or certification data (words saying so
    on the card's line or just before it) and the numbers right after the name of a thing's code (see
    `_THING_BEFORE`)."""
    out = []
    for f in found:
        if f.kind == "credit_card" and _THING_BEFORE.search(text, max(0, f.start - 48), f.start) is not None:
            continue
        if f.kind in ("credit_card", "person_name"):
            lo = max(text.rfind("\n", 0, f.start) + 1, f.start - _LINE_REACH)
            hi = text.find("\n", f.end)
            hi = min(hi if hi >= 0 else len(text), f.end + _LINE_REACH)
            if (f.kind == "credit_card" or text[f.start - 1 : f.start] == "^") and _TEST.search(text, lo, hi):
                continue
        out.append(f)
    return out
