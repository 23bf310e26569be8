"""Personal data in HL7 v2 messages, by the fields that hold it: the patient's (PID), next of kin's (NK1), guarantor's
(GT1) and insured's (IN1) names, birth dates, addresses, phone numbers and social security numbers, and the patient's
identifiers whose type code names a person's id (national, passport, licence, tax, health insurance)."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .scan import INDEX, holds

DETECTOR = "pii"
_FIELDS: dict[str, dict[int, str]] = {
    "PID": {5: "person_name", 6: "person_name", 7: "date_of_birth", 9: "person_name", 11: "street_address"}
    | {13: "phone_number", 14: "phone_number", 19: "us_ssn", 20: "driver_license"},
    "NK1": {2: "person_name", 4: "street_address", 5: "phone_number", 6: "phone_number", 16: "date_of_birth"}
    | {37: "us_ssn"},
    "GT1": {3: "person_name", 5: "street_address", 6: "phone_number", 7: "phone_number", 8: "date_of_birth"}
    | {12: "us_ssn"},
    "IN1": {16: "person_name", 18: "date_of_birth", 19: "street_address"},
}
"""Per segment, the (1-based) fields that hold a person's data and the kind each is reported as."""
_PERSON_TYPES = frozenset(
    {"NI", "NN", "NNxxx", "SS", "SSN", "PPN", "DL", "TAX", "TN", "PEN", "NH", "HC", "JHN", "MA", "MC", "CZ", "PRC"}
)
"""Identifier type codes (HL7 table 0203) of a person's own ids: national (`NI`, `NN` and `NNxxx` with a country
code), social security, passport, driver's licence, tax, pension, national health, health card, Medicaid and
Medicare, citizenship and permanent residence cards (not a hospital's record, visit or account numbers)."""
_IDS = 3
"""PID-3, the patient identifier list: `value^check^scheme^authority^type` repetitions joined by `~`."""
_SEGMENT = lazy.compile(r"(?:^|(?<=[\r\n]))(?P<name>PID|NK1|GT1|IN1)\|(?P<fields>[^\r\n]{0,8192})")
_HEADER = lazy.compile(r"MSH\|\^~\\&|(?:^|(?<=[\r\n]))PID\|\d{0,4}\|[^|\r\n]*\|[^|\r\n^]+\^[^|\r\n]*\|")
"""A message's header with its usual encoding characters, or a patient segment of one whose identifiers have their
components (`PID|1||123^^^HOSP^MR|`): only then are segments read as HL7."""


INDEX.add(["msh|", "pid|"], where=False)  # whether it occurs (see `scan.holds`)


def find(text: str, low: str = "") -> list[Finding]:
    """The spans of the personal fields of an HL7 v2 message's segments (a field's repetitions and components whole;
    an empty or `""` field is nothing)."""
    if not (holds(text, low, "MSH|") or holds(text, low, "PID|")) or _HEADER.search(text) is None:
        return []
    out: list[Finding] = []
    for m in _SEGMENT.finditer(text):
        kinds = _FIELDS[m.group("name")]
        at = m.start("fields")
        for n, field in enumerate(m.group("fields").split("|"), 1):
            if n == _IDS and m.group("name") == "PID":
                out += _typed_ids(field, at)
            kind = kinds.get(n)
            value = field.strip("^~ ")
            if kind is not None and value and value != '""' and any(c.isalnum() for c in value):
                lead = field.index(value[0])
                out.append(Finding(DETECTOR, kind, at + lead, at + lead + len(value)))
            at += len(field) + 1
    return out


def _typed_ids(field: str, at: int) -> list[Finding]:
    """The repetitions of a PID-3 field (starting at `at`) whose type code names a person's own id."""
    out = []
    for rep in field.split("~"):
        parts = rep.split("^")
        kind = parts[4].strip() if len(parts) > 4 else ""
        value = parts[0].strip()
        personal = kind in _PERSON_TYPES or (kind.startswith("NN") and len(kind) == 5)
        if personal and sum(c.isdigit() for c in value) >= 4:
            lead = rep.index(value)
            out.append(Finding(DETECTOR, "national_id", at + lead, at + lead + len(value)))
        at += len(rep) + 1
    return out
