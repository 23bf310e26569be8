"""Personal data in ASC X12 EDI transactions (benefit enrollment 834, claims 837, eligibility 270/271), by the
segments and qualifiers that hold it: a person's name (`NM1` of the insured, patient or dependent), an id whose
qualifier says it is a social security number (`NM1 ... *34*`, `REF*SY`, and the 834's subscriber number
`REF*0F` when it has an SSN's shape), a birth date (`DMG*D8`), a street address (`N3`) and a phone (`PER ... *TE*`)."""

from __future__ import annotations

from . import lazy
from .findings import Finding

DETECTOR = "pii"
_PEOPLE = r"IL|QC|03|QD|74|E1|GD|70"
"""`NM1` entity codes of people: insured or subscriber, patient, dependent, responsible party, corrected insured,
person, guardian and the 834's prior-name entries."""
_NM1 = lazy.compile(
    r"(?:^|(?<=[~\r\n]))[ \t]*NM1\*(?:" + _PEOPLE + r")\*1\*(?P<last>[^*~\r\n]{1,60})(?:\*(?P<first>[^*~\r\n]{0,35}))?"
    r"(?:\*[^*~\r\n]{0,25}){0,3}(?:\*(?P<q>[^*~\r\n]{1,3})\*(?P<id>[^*~\r\n]{1,80}))?"
)
_REF = lazy.compile(r"(?:^|(?<=[~\r\n]))[ \t]*REF\*(?P<q>SY|0F)\*(?P<id>\d{3}-?\d{2}-?\d{4})(?=[*~\r\n]|\Z)")
_DMG = lazy.compile(
    r"(?:^|(?<=[~\r\n]))[ \t]*DMG\*D8\*(?P<date>(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
)
_N3 = lazy.compile(r"(?:^|(?<=[~\r\n]))[ \t]*N3\*(?P<street>[^*~\r\n]{3,55})")
_PER_PHONE = lazy.compile(r"(?:^|(?<=[~\r\n]))[ \t]*PER\*[^~\r\n]{0,80}?\*(?:TE|HP|WP|CP)\*(?P<phone>[\d() +.-]{7,20})")
_SEGMENT_ANY = lazy.compile(r"(?:^|[~\r\n])[ \t]*(?:NM1|REF|DMG|N3|PER)\*")


def _ssn_shape(value: str) -> bool:
    """Whether 9 digits could be an issued SSN (area not 000, 666 or 9xx; group and serial not zero)."""
    d = value.replace("-", "")
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def find(text: str) -> list[Finding]:
    """The spans of the personal fields of X12 segments in `text` (only where segments end with `~` or a line)."""
    if "*" not in text or _SEGMENT_ANY.search(text) is None:
        return []
    out: list[Finding] = []
    for m in _NM1.finditer(text):
        for group in ("last", "first"):
            if m.group(group):
                out.append(Finding(DETECTOR, "person_name", *m.span(group)))
        if m.group("q") == "34" and m.group("id") and _ssn_shape(m.group("id")):
            out.append(Finding(DETECTOR, "ssn", *m.span("id")))
    for m in _REF.finditer(text):
        if _ssn_shape(m.group("id")):
            out.append(Finding(DETECTOR, "ssn", *m.span("id")))
    out += [Finding(DETECTOR, "date_of_birth", *m.span("date")) for m in _DMG.finditer(text)]
    if "NM1*" in text:  # an address or phone belongs to the person the transaction names
        out += [Finding(DETECTOR, "street_address", *m.span("street")) for m in _N3.finditer(text)]
        out += [Finding(DETECTOR, "phone_number", *m.span("phone")) for m in _PER_PHONE.finditer(text)]
    return out
