"""Personal data in certificate dumps: a natural person's semantics identifier in the subject (ETSI EN 319 412-1:
`PNOEE-...`, `IDCBE-...`, `PASPL-...`, `TINIT-...`) and the personal code in an identity card's common name
(`CN="TAMM,MARI,48012155277"`)."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy, pii_ids
from .findings import Finding
from .scan import INDEX, holds_any

DETECTOR = "pii"
_SEMANTICS = lazy.compile(r"(?<![A-Za-z0-9])(?:PNO|IDC|PAS|TIN)[A-Z]{2}-[A-Z0-9][A-Z0-9./+-]{4,24}(?<![./+-])")
"""A natural person's identifier by type (national personal number, identity card, passport, tax) and country, in a
subject's serial number (`serialNumber=`, `SERIALNUMBER=`, `2.5.4.5=`)."""
_CHECKS: dict[str, Callable[[str], bool]] = {
    **dict.fromkeys(("EE", "LT"), pii_ids.ee_ik_ok),
    "LV": pii_ids.lv_code_ok,
    "BE": pii_ids.be_nrn_ok,
    "PL": pii_ids.pesel_bare_ok,
    "FI": pii_ids.fi_hetu_ok,
    "SE": pii_ids.se_pnr_ok,
    "NO": pii_ids.no_fnr_ok,
    "DK": pii_ids.dk_cpr_ok,
    "IS": pii_ids.kennitala_ok,
    **dict.fromkeys(("CZ", "SK"), pii_ids.cz_rc_ok),
    "RO": pii_ids.cnp_ok,
    "BG": pii_ids.egn_ok,
    **dict.fromkeys(("SI", "RS", "MK", "BA", "ME"), pii_ids.jmbg_ok),
    "TR": pii_ids.tr_id_ok,
}
"""The check of a national personal number (PNO) by country, where the number has one: a number that fails it is no
one's."""
_CODE_CHECKS = (pii_ids.ee_ik_ok, pii_ids.lv_code_ok, pii_ids.be_nrn_ok, pii_ids.pesel_bare_ok, pii_ids.no_fnr_ok)
"""The checks an ID card's 11-digit personal code in a common name must pass one of."""
_KINDS = {"PNO": "id_card_number", "IDC": "id_card_number", "PAS": "passport_number", "TIN": "id_card_number"}
_COMMON_NAME = lazy.compile(r"(?i:CN) ?= ?\"?([^\W\d_][^,\"\n]{0,40}),([^\W\d_][^,\"\n]{0,40}),(\d{8,14})\"?")
"""An identity card's certificate common name: surname, given names and personal code, separated by commas."""


_SERIALS = ("serialnumber", "2.5.4.5")
_NAMES = ("cn=", "cn =")
INDEX.add((*_SERIALS, *_NAMES), where=False)  # whether they occur (see `scan.holds_any`)


def find(text: str, low: str) -> list[Finding]:
    """Natural persons' identifiers and personal codes in certificate subjects (`low`: `text` lower-cased)."""
    out = []
    if holds_any(low, _SERIALS):
        for m in _SEMANTICS.finditer(text):
            value = m.group()
            check = _CHECKS.get(value[3:5]) if value.startswith("PNO") else None
            if sum(c.isdigit() for c in value) >= 5 and (check is None or check(value[6:])):
                out.append(Finding(DETECTOR, _KINDS[value[:3]], *m.span()))
    if holds_any(low, _NAMES):
        for m in _COMMON_NAME.finditer(text):
            if len(m.group(3)) == 11 and not any(check(m.group(3)) for check in _CODE_CHECKS):
                continue
            out.append(Finding(DETECTOR, "person_name", m.start(1), m.end(2)))
            out.append(Finding(DETECTOR, "id_card_number", *m.span(3)))
    return out
