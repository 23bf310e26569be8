"""Personal data in payment QR payloads, read by their layout: SEPA transfers (EPC/GiroCode, its Hungarian twin),
Swiss QR bills, Czech SPAYD, Polish transfer codes, merchant-presented EMV codes (PIX, PromptPay, PayNow, QRIS...)
and UPI links."""

from __future__ import annotations

import re
from urllib.parse import unquote_plus

from . import lazy
from .findings import Finding
from .scan import INDEX, holds_any

DETECTOR = "pii"

_EPC_BODY = r"\r?\n00[12]\r?\n[12]\r?\nSCT\r?\n[^\r\n]{0,11}\r?\n(?P<name>[^\r\n]{2,70})"
_EPC = (lazy.compile("BCD" + _EPC_BODY), lazy.compile("HCT" + _EPC_BODY))
"""A SEPA credit transfer's QR text: service tag, version, encoding, `SCT`, the BIC (maybe empty), then the
beneficiary's name (its IBAN follows and is found as one)."""
_SWISS = lazy.compile(r"SPC\r?\n0[12]\d\d\r?\n[12]\r?\n")
"""The head of a Swiss QR bill's text: `SPC`, version, coding; its fields follow one a line."""
_SWISS_PARTIES = ((2, 3, 6), (18, 19, 22))
"""Per party (creditor, ultimate debtor): the line of its name, its first and its last address line, counted from
the IBAN's line (0)."""
_UPN = lazy.compile(r"UPNQR\r?\n")
"""The head of a Slovenian UPN QR payment's text; its fields follow one a line."""
_UPN_PARTIES = ((4, 5, 6), (15, 16, 17))
"""Per party (payer, recipient): the line of its name, its street and its town, counted after `UPNQR`."""
_SPAYD = lazy.compile(r"SPD\*1\.\d\*(?P<fields>[^\r\n\"'<]{0,1000})")
"""A Czech or Slovak QR payment (`SPD*1.0*ACC:CZ...*AM:480.50*RN:...`): `KEY:value` fields between asterisks."""
_EMV = lazy.compile(r"000201(?=(?:01021[12])?[2-5]\d\d\d)")
"""The start of a merchant-presented EMV payload (payload format `01`, maybe the point of initiation, then a
merchant account's template, tags 26 to 51)."""
_EMV_DIGITS = lazy.compile(r"\d{4}")
_UPI = lazy.compile(r"(?i)upi://(?:pay|mandate|collect)\?(?P<query>[^\s\"'<>]{1,600})")
_BANK_LINK = lazy.compile(
    r"(?i)bank://(?:single|periodic)(?:payment|directdebit)(?:sepa)?\?(?P<query>[^\s\"'<>]{1,600})"
)
"""A BezahlCode link (`bank://singlepaymentsepa?name=...&iban=...`)."""
_VPA = lazy.compile(r"[A-Za-z0-9][\w.-]{1,63}@[A-Za-z][A-Za-z0-9]{1,31}")
_PHONE_KEY = lazy.compile(r"\+?\d{10,14}")
_EMAIL_KEY = lazy.compile(r"[\w.%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_NAME_CHARS = lazy.compile(r"[^\W\d_]")
_PERSON = lazy.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[ ]+[^\W\d_][^\W\d_'’.-]*){1,4}")
"""Two to five words of letters: a payee who is a person (a shop's or a company's name is checked further)."""
_ORGANISATION = frozenset(
    """
    gmbh ag sa ltd ltda llc inc sarl sas srl spa bv nv oy oyj ab as asa kg ohg ev e.v. eg mbh plc pty co corp
    company limited eireli epp sl slu sc kft zrt bt doo sro a.s. s.r.o. d.o.o. ooo tov stadtwerke verein stiftung
    foundation association asociacion associacao fundacion fundacao club cafe café restaurant restaurante bar shop
    store stores market mercado supermercado padaria loja farmacia pharmacy hotel school escola university bank
    banco services servicos solutions trading group holding industries studio kiosk bakery bäckerei boulangerie
    ministry city council gemeinde municipality mairie prefeitura church igreja parish charity trust
    cross fund society relief mission hospital clinic federation union institute museum library shelter unicef
    """.split()
)
"""Words of a payee that is an organisation (`Stadtwerke Nord GmbH`, `PADARIA BOA VISTA LTDA`)."""


def _person(value: str) -> bool:
    """Whether a payee's name reads as a person's: two to five words of letters, none an organisation's word."""
    return _PERSON.fullmatch(value) is not None and _ORGANISATION.isdisjoint(value.lower().split())


_OPENS = frozenset("\n\"'>")
"""What may stand right before a payload's first line: the start of the text or of a line, a quote, a tag."""


def _opens(text: str, at: int) -> bool:
    """Whether a payload's head found at `at` starts the text, a line, a quoted value or an element's content."""
    return at == 0 or text[at - 1] in _OPENS


def _finding(kind: str, start: int, value: str) -> Finding:
    return Finding(DETECTOR, kind, start, start + len(value))


def _epc(text: str) -> list[Finding]:
    out = []
    for m in (m for head in _EPC for m in head.finditer(text)):
        if not _opens(text, m.start()):
            continue
        name = m.group("name").strip()
        if _person(name):
            out.append(_finding("person_name", m.start("name") + m.group("name").index(name), name))
    return out


def _swiss(
    text: str, head: re.Pattern[str] = _SWISS, parties: tuple[tuple[int, int, int], ...] = _SWISS_PARTIES
) -> list[Finding]:
    out = []
    for m in head.finditer(text):
        if not _opens(text, m.start()):
            continue
        lines, at = [], m.end()
        for line in text[at:].split("\n", 24)[:24]:
            lines.append((at, line.rstrip("\r")))
            at += len(line) + 1
        for name_at, first, last in parties:
            if last >= len(lines):
                break
            start, name = lines[name_at]
            if _organisation(name):
                continue  # a company's address, not a person's
            if _person(name.strip()):
                out.append(_finding("person_name", start + len(name) - len(name.lstrip()), name.strip()))
            filled = [(s, v) for s, v in lines[first : last + 1] if v.strip()]
            if filled and any(c.isdigit() for _, v in filled for c in v):
                lo, hi = filled[0][0], filled[-1][0] + len(filled[-1][1])
                out.append(Finding(DETECTOR, "street_address", lo, hi))
    return out


def _spayd(text: str) -> list[Finding]:
    out = []
    for m in _SPAYD.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isupper():
            continue
        at = m.start("fields")
        for field in m.group("fields").split("*"):
            key, _, value = field.partition(":")
            if key in ("RN", "X-PER") and _person(value.strip()):
                out.append(_finding("person_name", at + len(key) + 1, value))
            at += len(field) + 1
    return out


def _emv_fields(text: str, at: int, end: int) -> list[tuple[str, int, str]]:
    """The tag, start and value of each TLV field of an EMV payload from `at` (to its CRC field or the first
    field that does not parse)."""
    fields = []
    while at + 4 <= end:
        head = _EMV_DIGITS.match(text, at)
        if head is None:
            break
        tag, size = text[at : at + 2], int(text[at + 2 : at + 4])
        if size == 0 or at + 4 + size > end:
            break
        fields.append((tag, at + 4, text[at + 4 : at + 4 + size]))
        if tag == "63":
            break
        at += 4 + size
    return fields


def _account_key(value: str) -> str | None:
    """The kind of a payment account's key in an EMV template (a phone number, an e-mail address, a person's
    national number); None for a random key, a URL or a merchant's number."""
    if _EMAIL_KEY.fullmatch(value):
        return "email"
    if _PHONE_KEY.fullmatch(value):
        if value.startswith(("+", "00")) or len(value) in (10, 13):
            return "phone_number"
        if len(value) == 11:
            return "br_cpf"
    return None


def _emv(text: str) -> list[Finding]:
    out = []
    for m in _EMV.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue
        end = m.start()
        while end < len(text) and end - m.start() < 512 and text[end] not in "\r\n\"'<":
            end += 1
        fields = _emv_fields(text, m.start(), end)
        if not any(tag == "63" for tag, _, _ in fields):
            continue  # not a whole payload: a number that starts with `000201`
        for tag, start, value in fields:
            if tag == "59" and _person(value.strip()):
                out.append(_finding("person_name", start, value))
            elif "26" <= tag <= "51":
                for sub, sub_at, sub_value in _emv_fields(text, start, start + len(value)):
                    kind = _account_key(sub_value) if sub != "00" else None
                    if kind is not None:
                        out.append(_finding(kind, sub_at, sub_value))
    return out


def _query_findings(text: str, m: re.Match[str], keys: dict[str, str]) -> list[Finding]:
    out = []
    at = m.start("query")
    for part in m.group("query").split("&"):
        key, eq, value = part.partition("=")
        kind = keys.get(key.lower())
        if kind is not None and eq and value:
            if kind == "upi_id" and _VPA.fullmatch(unquote_plus(value)) is None:
                kind = ""
            if kind == "person_name" and not _person(unquote_plus(value).strip()):
                kind = ""
            if kind:
                out.append(_finding(kind, at + len(key) + 1, value))
        at += len(part) + 1
    return out


_PL_QR = lazy.compile(
    r"(?<![\w|])(?:\d{10})?\|PL\|(?P<account>\d{26})\|\d{6}\|(?P<name>[^|\r\n]{2,20})\|[^|\r\n]{0,32}\|"
)
"""A Polish transfer QR code (`NIP|PL|account|amount|payee|title|...`, the banks' association's layout): the payee's
26-digit account and name."""


def _polish(text: str) -> list[Finding]:
    out = []
    for m in _PL_QR.finditer(text):
        out.append(_finding("bank_account_number", m.start("account"), m.group("account")))
        name = m.group("name").strip()
        if _person(name):
            out.append(_finding("person_name", m.start("name") + m.group("name").index(name), name))
    return out


_UPI_KEYS = {"pa": "upi_id", "pn": "person_name"}
_BANK_KEYS = {"name": "person_name"}
_WORDS = ("bcd", "hct", "spc", "upnqr", "spd*", "000201", "upi://", "bank://", "|pl|")
INDEX.add(_WORDS, where=False)  # whether they occur (see `scan.holds`)


def _organisation(name: str) -> bool:
    """Whether a payee's name is an organisation's: one of its words is an organisation's (see `_ORGANISATION`)."""
    return not _ORGANISATION.isdisjoint(name.lower().replace(",", " ").split())


def _lines_end(text: str, at: int, count: int) -> int:
    """Where the `count`th line from `at` ends (or the text does)."""
    for _ in range(count):
        nl = text.find("\n", at)
        if nl < 0:
            return len(text)
        at = nl + 1
    return at


def _organisations(text: str, low: str) -> list[tuple[int, int]]:
    """The spans of the payment codes (SEPA transfers, Swiss QR bills) whose payee is an organisation: from the
    payload's head to the payee's account, name and address."""
    spans = []
    if holds_any(low, ("bcd", "hct")):
        for m in (m for head in _EPC for m in head.finditer(text)):
            if _opens(text, m.start()) and _organisation(m.group("name")):
                spans.append((m.start(), _lines_end(text, m.end("name"), 2)))
    if holds_any(low, ("spc",)):
        for m in _SWISS.finditer(text):
            if not _opens(text, m.start()):
                continue
            name_end = _lines_end(text, m.end(), 3)
            name_start = _lines_end(text, m.end(), 2)
            if _organisation(text[name_start:name_end]):
                spans.append((m.start(), _lines_end(text, m.end(), 7)))
    return spans


def payees(text: str, low: str, found: list[Finding]) -> list[Finding]:
    """`found` less what lies in a payment code whose payee is an organisation (its IBAN, name and address): a
    company's, a charity's or a utility's account, not a person's."""
    if not holds_any(low, ("bcd", "hct", "spc")):
        return found
    spans = _organisations(text, low)
    if not spans:
        return found
    return [f for f in found if not any(lo <= f.start and f.end <= hi for lo, hi in spans)]


def find(text: str, low: str = "") -> list[Finding]:
    """The names, addresses and account keys of the payment codes in `text`."""
    out: list[Finding] = []
    low = low or text.lower()
    if not holds_any(low, _WORDS):
        return out
    if holds_any(low, ("bcd", "hct")):
        out += _epc(text)
    if holds_any(low, ("spc",)):
        out += _swiss(text)
    if holds_any(low, ("upnqr",)):
        out += _swiss(text, _UPN, _UPN_PARTIES)
    if holds_any(low, ("spd*",)):
        out += _spayd(text)
    if holds_any(low, ("000201",)):
        out += _emv(text)
    if holds_any(low, ("upi://",)):
        out += [f for m in _UPI.finditer(text) for f in _query_findings(text, m, _UPI_KEYS)]
    if holds_any(low, ("|pl|",)):
        out += _polish(text)
    if holds_any(low, ("bank://",)):
        out += [f for m in _BANK_LINK.finditer(text) for f in _query_findings(text, m, _BANK_KEYS)]
    return out
