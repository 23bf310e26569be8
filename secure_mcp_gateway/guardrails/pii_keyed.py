"""Name parts and birth dates under the keys that name them, in containers the other readers leave: an R `person()`
call's given and family names, a chess game's `[WhiteBirthDate "..."]` tag, an archival agent's `primary_name` and
`rest_of_name`, an ERP field dump's `NAME1 ... NAME2 ...` or `VORNA ... NACHN ...` set apart by spaces, and the
contact, street, post town and phone of an SIE file's `#ADRESS` record."""

from __future__ import annotations

import re

from . import lazy
from .findings import Finding
from .pii_orgs import LEGAL_FORM
from .pii_people import _NOT_NAME, _PLACE_HEADS
from .scan import INDEX, holds_any

DETECTOR = "pii"

_DUMP_WORDS = ("name1", "vorna", "nachn", "telf1", "telnr")
_WORDS = ("person", "birthdate", "primary_name", "rest_of_name", *_DUMP_WORDS, "adress")
INDEX.add(_WORDS, where=False)

_R_PERSON = lazy.compile(r"\bperson\(\s*(?:\"(?P<given>[^\"\n]{1,60})\"\s*,\s*\"(?P<family>[^\"\n]{1,60})\")?")
_R_NAMED = lazy.compile(r"\b(?:given|family)\s*=\s*(?:c\(\s*)?\"(?P<value>[^\"\n]{1,60})\"")
_R_REACH = 300
"""R's `person("Given", "Family", ...)`; or its arguments named (`given = c("A", "B")`, `family = "C"`), read up to
the next call (at most `_R_REACH` characters on)."""
_BIRTH_TAG = lazy.compile(r"\[\w{0,20}BirthDate\s+\"(?P<value>\d{4}[.-]\d\d[.-]\d\d)\"\]", re.I)
"""A chess game's tag pair for a player's birth date (`[WhiteBirthDate "1991.04.17"]`; `?` parts left out)."""
_AGENT = lazy.compile(r"\"(?P<key>primary_name|rest_of_name|sort_name)\"\s*:\s*\"(?P<value>[^\"\n]{1,120})\"")
"""An archival agent's name parts (ArchivesSpace's JSON model)."""
_AGENT_REACH = 400
"""How far apart a person's `primary_name` and `rest_of_name` stand (a corporate agent's name has no rest)."""
_DUMP = lazy.compile(
    r"(?<![\w-])(?:(?P<key>NAME[12]|NAMEV|NAME_FIRST|NAME_LAST|VORNA|NACHN|NAME2_P|RUFNM)[ \t]+"
    r"(?P<value>[^\W\d_][^\W\d_'’.-]*(?:[ '’.-][^\W\d_][^\W\d_'’.-]*){0,3}?)"
    r"|(?:TELF[12X]|TELNR|TEL_NUMBER|MOB_NUMBER|TELNR_LONG)[ \t]+(?P<phone>\+?\d[\d /-]{4,20}\d))"
    r"(?=[ \t]+[A-Z][A-Z0-9_]{3,}[ \t]|[ \t]*$)",
    re.M,
)
"""An ERP record dumped as `KEY value KEY value ...` (SAP's `NAME1 Berger NAME2 Anna STRAS ...`, an employee's
`VORNA Lukas NACHN Hoffmann`, `TELF1 089 1234567`): a name part or phone runs to the next key in capitals."""
_SIE = lazy.compile(
    r"^#ADRESS[ \t]+\"(?P<name>[^\"\n]*)\"[ \t]+\"(?P<street>[^\"\n]*)\"[ \t]+\"(?P<town>[^\"\n]*)\""
    r"(?:[ \t]+\"(?P<phone>[^\"\n]*)\")?",
    re.M,
)
"""An SIE file's `#ADRESS contact street post-town phone` record."""
_SIE_KINDS = (("name", "person_name"), ("street", "street_address"), ("town", "street_address"))


def _name(value: str) -> bool:
    """Whether a value is a person's name part: capitalised words of letters, none a heading's or a place's word and
    no company's legal form among them."""
    words = value.split()
    if not words or not value[0].isupper() or LEGAL_FORM.search(value) is not None:
        return False
    return not any(w.lower() in _NOT_NAME for w in words) and words[-1].lower() not in _PLACE_HEADS


def _at(m: re.Match[str], group: str, kind: str) -> Finding:
    return Finding(DETECTOR, kind, m.start(group), m.end(group))


def find(text: str, low: str) -> list[Finding]:
    """The name parts, birth dates and contacts under the keys above (`low`: `text` lower-cased)."""
    if not holds_any(low, _WORDS):
        return []
    out: list[Finding] = []
    if "person(" in low:
        for m in _R_PERSON.finditer(text):
            if m.group("given") is not None:
                out += [_at(m, g, "person_name") for g in ("given", "family") if _name(m.group(g))]
                continue
            after = text.find("person(", m.end(), m.end() + _R_REACH)
            named = _R_NAMED.finditer(text, m.end(), after if after >= 0 else m.end() + _R_REACH)
            out += [_at(n, "value", "person_name") for n in named if _name(n.group("value"))]
    if "birthdate" in low:
        out += [_at(m, "value", "date_of_birth") for m in _BIRTH_TAG.finditer(text)]
    if "rest_of_name" in low:
        agents = list(_AGENT.finditer(text))
        rests = [m.start() for m in agents if m.group("key") == "rest_of_name"]
        for m in agents:
            if any(abs(m.start() - r) <= _AGENT_REACH for r in rests) and _name(m.group("value").replace(",", " ")):
                out.append(_at(m, "value", "person_name"))
    if holds_any(low, _DUMP_WORDS):
        for m in _DUMP.finditer(text):
            if m.group("phone") is not None:
                out.append(_at(m, "phone", "phone_number"))
            elif _name(m.group("value")):
                out.append(_at(m, "value", "person_name"))
    if "#adress" in low:
        for m in _SIE.finditer(text):
            out += [_at(m, g, kind) for g, kind in _SIE_KINDS if m.group(g).strip()]
            phone = m.group("phone")
            if phone and sum(c.isdigit() for c in phone) >= 6:
                out.append(_at(m, "phone", "phone_number"))
    return out
