"""Identifiers in a table's id column beside the people its rows name: registers, rosters, HR exports, clinic, school
and customer lists written as CSV, TSV, semicolon or pipe tables (`Name,Id` then `Hans Becker,774102`; `| No. | Student
| Class |`): the id cell of a row that names a person (a name found there, or a name cell under a person's column
with the person's other data beside it), and the name cell of a row whose id is read so."""

from __future__ import annotations

import bisect
import re

from . import lazy
from .findings import Finding
from .pii_bare_rows import _cells, _read
from .pii_people import _name_ok
from .pii_staff_ids import staff_ok

DETECTOR = "pii"

_ID_HEADER = lazy.compile(
    r"(?i)(?:(?P<employee_id>(?:employee|emp|staff|personnel|payroll|badge|worker)[ _.-]?(?:id|no\.?|nr\.?|number|#|"
    r"code)?|personal(?:nummer|-?nr\.?)|mitarbeiter(?:nummer|-?nr\.?|-?id)|matricule|matr[íi]cula|legajo|"
    r"personeelsnummer|n[°º] (?:d'employ[ée]|matricule)|sicil no)"
    r"|(?P<student_id>(?:student|pupil|learner|admission|roll|enrol(?:l?ment)?)[ _.-]?(?:id|no\.?|nr\.?|number|#|"
    r"code)|matrikel(?:nummer|-?nr\.?)|n[°º] [ée]tudiant|num[ée]ro (?:d')?[ée]tudiant|mssv|upn)"
    r"|(?P<member_id>member(?:ship)?[ _.-]?(?:id|no\.?|nr\.?|number|#|code)?|mitglieds(?:nummer|-?nr\.?)|"
    r"n[°º] (?:d')?adh[ée]rent|n[°º] (?:de )?socio|lidnummer)"
    r"|(?P<health_record_number>mrn|patient[ _.-]?(?:id|no\.?|nr\.?|number|#|code)?|chart[ _.-]?(?:no\.?|#|number)|"
    r"medical record(?: no\.?| number| #)?|hospital (?:no\.?|number)|patientennummer|fallnummer|"
    r"n[°º] (?:de )?patient|dossier(?: n[°º])?)"
    r"|(?P<id_card_number>id|#|no\.?|nr\.?|n[°º]\.?|nro\.?|num(?:ber|[ée]ro)?|n[úu]mero|numer|nummer|code|uid|"
    r"(?:customer|client|cust|person|user|contact|record|subscriber|account holder|kunden|klant|kund|kunde|asiakas|"
    r"cliente|socio)[ _.-]?(?:id|no\.?|nr\.?|number|#|code|nummer|numero|n[°º])|"
    r"kunden(?:nummer|-?nr\.?)|klantnummer|kundnummer|kundenummer|asiakasnumero|nr klienta|n[°º] client|"
    r"num[ée]ro (?:de )?client|id cliente|n[úu]mero de cliente))\Z"
)
"""A header cell that names its column's identifiers, grouped by the kind reported."""
_NAME_HEADER = lazy.compile(
    r"(?i)(?:(?:full |first |last |given |family |sur|display |contact |person |employee |student |patient |"
    r"member |customer |client )?name|student|pupil|patient|employee|member|customer|client|person|contact|"
    r"nom(?: complet)?|pr[ée]nom|nombre(?: completo)?|apellidos?|naam|navn|namn|nimi|nama|imi[ęe](?: i nazwisko)?|"
    r"nazwisko|vorname|nachname|name, vorname|cognome|nome(?: completo)?|jm[ée]no|n[ée]v|ad soyad|isim|фио|имя)\Z"
)
"""A header cell over people's names."""
_CODE = lazy.compile(r"(?:[A-Z]{1,4}[-/]?)?\d[\d/.-]{2,14}[A-Z]?")
"""An id cell: digits, a prefix of capitals before them, a letter after."""
_SEPARATORS = (",", ";", "|", "\t")
_MAX = 65536
_HEAD_REACH = 40
"""How many lines above a row its header may stand (no blank line between)."""
ANCHORS = frozenset(("email", "phone_number", "date_of_birth", "street_address"))
"""Kinds of a person's other data, which make a row a person's where its name was not found by itself."""


def _header(text: str, row: int, sep: str) -> tuple[int, str] | None:
    """The header line of the table holding the row starting at `row`: the nearest line above in its block with as
    many separators and no digit (a Markdown rule line between them is skipped)."""
    at, n = row, 0
    count = text[row : _line_end(text, row)].count(sep)
    while at > 0 and n < _HEAD_REACH:
        start = text.rfind("\n", 0, at - 1) + 1
        line = text[start : at - 1].rstrip("\r")
        if not line.strip():
            return None
        if line.count(sep) == count and not any(c.isdigit() for c in line):
            if sep == "|" and not line.replace("|", "").replace("-", "").replace(":", "").strip():
                at, n = start, n + 1
                continue  # `|---|---|`
            return start, line
        at, n = start, n + 1
    return None


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def columns(text: str, found: list[Finding]) -> list[Finding]:
    """The ids (and names) of the rows of headed tables that name people, as set out above (`found`: what was found
    in `text`)."""
    if len(text) > _MAX or "\n" not in text:
        return []
    spans = sorted((f.start, f.end) for f in found)
    starts = [s for s, _ in spans]
    rows: dict[int, set[str]] = {}
    for f in found:
        if f.kind == "person_name" or f.kind in ANCHORS:
            rows.setdefault(text.rfind("\n", 0, f.start) + 1, set()).add(f.kind)
    out: list[Finding] = []
    heads: dict[tuple[int, str], tuple[int | None, int | None, str]] = {}
    for row, kinds in sorted(rows.items()):
        end = _line_end(text, row)
        line = text[row:end].rstrip("\r")
        sep = max(_SEPARATORS, key=line.count)
        if sep not in line:
            continue
        head = _header(text, row, sep)
        if head is None:
            continue
        if (head[0], sep) not in heads:
            heads[(head[0], sep)] = _columns(head[1], sep)
        id_col, name_col, kind = heads[(head[0], sep)]
        if id_col is None:
            continue
        cells = _cells(line, sep)
        if id_col >= len(cells):
            continue
        a, b = cells[id_col]
        value = line[a:b]
        if _CODE.fullmatch(value) is None or not staff_ok(value) or _taken(spans, starts, row + a, row + b):
            continue
        named = "person_name" in kinds
        name = None
        if name_col is not None and name_col < len(cells):
            c, d = cells[name_col]
            if not _taken(spans, starts, row + c, row + d) and _name_ok(_read(line[c:d]), True):
                name = (row + c, row + d)
        if not named and name is None:
            continue
        out.append(Finding(DETECTOR, kind, row + a, row + b))
        if name is not None and not named:
            out.append(Finding(DETECTOR, "person_name", *name))
    return out


def _columns(head: str, sep: str) -> tuple[int | None, int | None, str]:
    """The header's id column, its name column (None where it has none) and the kind of its ids."""
    id_col = name_col = None
    kind = ""
    for i, (a, b) in enumerate(_cells(head, sep)):
        cell = head[a:b].strip().rstrip(":")
        m = _ID_HEADER.match(cell)
        if m is not None and id_col is None:
            id_col, kind = i, m.lastgroup or "id_card_number"
        elif name_col is None and _NAME_HEADER.match(cell) is not None:
            name_col = i
    return id_col, name_col, kind


def _taken(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    i = bisect.bisect_left(starts, b)
    return any(s < b and a < e for s, e in spans[max(0, i - 8) : i])


_AFTER_NAME = lazy.compile(
    r"[ \t]*(?P<sep>[(\[,;/|\t–—-]|(?<=[ \t])(?=[#A-Z0-9]))[ \t]*(?P<named>#|(?i:id|no|nr|n[°º])\.?:?[ \t]*)?"
    r"(?P<code>(?:[A-Z]{1,4}-?)?\d{4,10}[A-Z]?)"
    r"(?(named)(?=[)\]]?(?:$|[ \t\r\n,;:|)\]]|\.(?!\w)))|(?=[)\]]?[ \t]*(?:$|[\r\n,;|)\]]|[ \t]+[-–—|/(]|\t)))",
    re.M,
)
"""An id right after a person's name, in brackets or after a comma, dash, slash, pipe or tab (`Olusegun Adeyemi
(KX492017)`, `Jan de Vries - 0045821 - Inkoop`, `Ms Chloe Martin ID: 0087451`), and nothing but the end of a cell
after it unless a word or `#` names it (`Ms Chloe Martin ID: 0087451 joined in May`)."""
_BEFORE_NAME = lazy.compile(
    r"(?:^|[\t|,;(]|(?<=[^\w.,-]) )[ \t]*(?P<named>#)?(?P<code>(?:[A-Z]{1,4}-?)?\d{4,10}[A-Z]?)"
    r"[ \t]*(?:[-–—|:,/)\t]|(?= ))[ \t]*\Z",
    re.M,
)
"""An id right before a person's name at the start of a line or a cell (`88301275 - Priya Nair`, `#40217 | Aisha
Khan`)."""
_THING_HEADER = lazy.compile(
    r"(?i)(?<![a-z])(?:stock|sku|order|product|item|part|invoice|deal|ticket|vin|plate|serial|model|lot|batch|ref|"
    r"reference|asset|device|booking|case|job|project|contract|policy|claim|loan|account|iban|amount|price|total)"
)
"""Words of a header cell over things' codes or amounts, not a person's id."""
_REFERENCE = lazy.compile(
    r"(?i)(?<![a-z])(?:order|invoice|inv|ticket|case|booking|ref(?:erence)?|po|tracking|shipment|flight|room|unit|"
    r"table|seat|gate|page|p|pp|vol|issue|item|sku|lot|batch|serial|version|v|build|release|year|since|from|to|"
    r"tel|phone|fax|zip|postcode|plz|cp|box|suite|apt|route|bus|train|line|no\.? of|total|amount|price|qty|"
    r"[$€£¥])[ \t.:#-]*\Z"
)
"""Words before a number that make it a thing's or a quantity's, not the person's."""


def _plain_ok(text: str, m: re.Match[str], value: str) -> bool:
    """Whether an id beside a name is one: a word or `#` names it, or it holds a capital, or it has five digits or
    more; after a cell's comma, semicolon, pipe or tab, only in a row with no header above (a header names its
    columns: a number under another name is an amount, a count or a thing's, see `columns`)."""
    sep = m.groupdict().get("sep") or text[m.end("code") : m.end()].strip()[:1]
    plain = not m.group("named") and value.isdigit()
    if sep in _SEPARATORS:
        row = text.rfind("\n", 0, m.start()) + 1
        head = _header(text, row, sep)
        if head is not None:
            if plain:
                return False
            column = text[row : m.start("code")].count(sep)
            cells = _cells(head[1], sep)
            if column < len(cells) and _THING_HEADER.search(head[1][slice(*cells[column])]) is not None:
                return False
    return not plain or len(value) >= 5


def inline(text: str, found: list[Finding]) -> list[Finding]:
    """Ids of no named kind written right beside a person's name (see `_AFTER_NAME`, `_BEFORE_NAME`), not a
    reference, a year, a date or an amount, and not inside what was found already."""
    if len(text) > _MAX:
        return []
    spans = sorted((f.start, f.end) for f in found)
    starts = [s for s, _ in spans]
    out: list[Finding] = []
    for f in found:
        if f.kind != "person_name":
            continue
        m = _AFTER_NAME.match(text, f.end, min(len(text), f.end + 40))
        if m is None:
            line = text.rfind("\n", 0, f.start) + 1
            m = _BEFORE_NAME.search(text, max(line, f.start - 24), f.start)
        if m is None:
            continue
        a, b = m.span("code")
        value = text[a:b]
        if not staff_ok(value) or _taken(spans, starts, a, b) or not _plain_ok(text, m, value):
            continue
        if _REFERENCE.search(text, max(0, a - 16), a) is not None:
            continue
        out.append(Finding(DETECTOR, "id_card_number", a, b))
    return out
