"""Accounts in banks' fixed-width files: French statements and transfers (CFONB 120 and 160), Spanish transfers and
statements (AEB Norma 34 and 43), Australian direct-entry (ABA) and British Bacs Standard 18 payments, and IBANs
written against the fields before them in any such record."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy
from .findings import Finding

DETECTOR = "pii"
_CFONB120 = lazy.compile(r"(?:01|04|05|07)\d{5}[ 0-9A-Z]{4}\d{5}[A-Z]{3}[0-9 ][ 0-9A-Z]([0-9A-Z]{11})")
"""A CFONB 120 statement record (old balance, movement, detail, new balance): bank and branch codes, currency, then
the account number."""
_CFONB160 = lazy.compile(r"0[36]\d{2}[ 0-9A-Z]{26}(.{24})(?=.{20}[ 0-9A-Z]{8}\d{5}(\d{11}))")
"""A CFONB 160 transfer's beneficiary record: the beneficiary's name, then bank, branch and account number."""
_NORMA43 = lazy.compile(r"11(\d{4})(\d{4})(\d{10})(\d{6})(\d{6})[12]\d{14}\d{3}\d")
"""A Norma 43 statement's account header: bank, branch, account number, first and last dates."""
_ABA = lazy.compile(r"1\d{3}-\d{3}(?P<account>[ \d-]{9})[ NWXY](?:13|5[0-7])\d{10}(?P<name>[ -~]{1,32})")
"""An Australian direct-entry file's detail record: BSB and account, indicator, transaction code, amount, then the
account's title (the payee's name), the lodgement reference and the trace account."""
_BACS18 = lazy.compile(
    r"\d{6}(?P<account>\d{8})[0-9](?:0[1-9]|1[7-9]|99|Z[1-5])\d{6}\d{8}[ -~]{4}\d{11}[ -~]{18}[ -~]{18}"
    r"(?P<name>[ -~]{1,18})"
)
"""A Bacs Standard 18 payment record: the payee's sort code and account, transaction code, the payer's sort code and
account, amount, the payer's name and reference, then the payee's name."""
_GLUED = lazy.compile(r"[A-Z](?<=[0-9 ][A-Z])[A-Z]\d\d[A-Z0-9]{11,30}")
"""Where an IBAN may start in a record against the field before it (`...0001ES9121000418450200051332  0000025000`):
led by its first letter, what stands before it looked at behind it (a look-behind first is tried at every character,
where the engine skips to a capital)."""
_RECORD = 80


def _dated(yymmdd: str) -> bool:
    return 1 <= int(yymmdd[2:4]) <= 12 and 1 <= int(yymmdd[4:6]) <= 31


def find(
    text: str, runs: list[tuple[int, int]], lengths: dict[str, int], iban_ok: Callable[[str], bool]
) -> list[Finding]:
    """Account numbers and IBANs in fixed-width records: lines of 80 characters or more holding a run of ten digits
    or more (`runs`: the text's runs of five digits or more), as every such record has (an amount, zero-padded);
    `lengths` are the IBAN's lengths by country."""
    out: list[Finding] = []
    done = -1
    for lo, hi in runs:
        if hi - lo < 10 or lo < done:
            continue
        start = text.rfind("\n", 0, lo) + 1
        end = text.find("\n", hi)
        done = end = len(text) if end < 0 else end
        if end - start >= _RECORD:
            out += _record(text, start, end, lengths, iban_ok)
    return out


def _record(text: str, lo: int, hi: int, lengths: dict[str, int], iban_ok: Callable[[str], bool]) -> list[Finding]:
    """The accounts of the record on the line `text[lo:hi]`."""
    out: list[Finding] = []
    width = hi - lo
    m = _CFONB120.match(text, lo, hi)
    if m is not None and m.group(1).strip("0") and width >= 100:
        out.append(Finding(DETECTOR, "bank_account_number", *m.span(1)))
    m = _CFONB160.match(text, lo, hi)
    if m is not None and m.group(2).strip("0") and width >= 150:
        out.append(Finding(DETECTOR, "bank_account_number", *m.span(2)))
        if any(c.isalpha() for c in m.group(1)):
            name = m.group(1).rstrip()
            out.append(Finding(DETECTOR, "person_name", m.start(1), m.start(1) + len(name)))
    m = _NORMA43.match(text, lo, hi)
    if m is not None and m.group(3).strip("0") and _dated(m.group(4)) and _dated(m.group(5)):
        out.append(Finding(DETECTOR, "bank_account_number", m.start(1), m.end(3)))
    for m in (_ABA.match(text, lo, hi), _BACS18.match(text, lo, hi)):
        if m is None or not m.group("account").strip(" -0"):
            continue
        account = m.group("account")
        start = m.start("account") + len(account) - len(account.lstrip(" "))
        out.append(Finding(DETECTOR, "bank_account_number", start, m.end("account")))
        name = m.group("name").rstrip()
        if sum(c.isalpha() for c in name) >= 4 and " " in name.strip():
            out.append(Finding(DETECTOR, "person_name", m.start("name"), m.start("name") + len(name)))
    for m in _GLUED.finditer(text, lo, hi):
        size = lengths.get(m.group()[:2])
        if size is not None and m.end() - m.start() >= size and iban_ok(m.group()[:size]):
            out.append(Finding(DETECTOR, "iban", m.start(), m.start() + size))
    return out
