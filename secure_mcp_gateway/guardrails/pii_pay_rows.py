"""Names in payroll and bank-transfer listings whose only other cells are an id and amounts (`448213 OKONKWO, CHIDI A.
0412   4,812.50`, `00731942  Herrera Salinas, Lucia   1 840,00 EUR`): fixed-width or delimited rows of a text that
names its pay, salary, payee or account columns, two such rows at least."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .pii_bare_rows import _GAP, _SEPARATORS, _WORD_CELL, _cells, _names, _read
from .pii_people import _name_ok
from .pii_prose_names import _ORG_WORDS
from .scan import INDEX, holds_any

DETECTOR = "pii"

WORDS = (
    *("payroll", "salary", "salaries", "gross", "net pay", "payee", "payees", "empno", "emp no", "emp id"),
    *("employee no", "employee id", "staff no", "staff id", "sort code", "acct", "beneficiary", "remittance"),
    *("pay run", "payslip", "wages", "lohn", "gehalt", "personalnr", "nomina", "paie", "salaire"),
    *("salario", "stipendio", "loon", "salaris", "bacs", "ach batch", "direct deposit"),
)
"""A listing's words for pay and payees (a title or a header): the cue that its rows are people's."""
INDEX.add(WORDS, where=False)

_ROWS = 400
_LINE = 200
_AMOUNT = r"-?[$€£]?(?:\d{1,3}(?:[ .,']\d{3})+|\d+)(?:[.,]\d{2})?(?: ?(?:[A-Z]{3}|[$€£]))?"
_ID = lazy.compile(r"[A-Z]{0,3}\d[\d/-]{2,12}|\d{2,6}(?: \d{2,8}){1,2}|" + _AMOUNT)
"""A cell of an id or an amount (`448213`, `102-448-19`, `4,812.50`, `1 840,00 EUR`)."""
_LEADING_ID = lazy.compile(r"(\d[\d-]{3,11}) (?=[^\W\d_])")
"""An id at the start of a cell, one space before the name (`448213 OKONKWO, CHIDI A.`)."""
_TRAILING_AMOUNT = lazy.compile(r"(?<=[^\W\d_]) (" + _AMOUNT + ")")
"""An amount at the end of a cell, one space after the name (`Małgorzata Wiśniewska 3.980,50`)."""
_WORDS_CELL = lazy.compile(r"[^\W\d_](?:[^\W\d_]|[.,'’-])*(?: [^\W\d_](?:[^\W\d_]|[.,'’-])*){0,5}")
"""A cell of words only (`MRS P KOWALCZYK`, `Van der Berg, Joost`)."""
_TITLED = lazy.compile(r"(?i:mr|mrs|ms|miss|mx|dr)\.? (?:[A-Z]\.? ){0,2}[^\W\d_]{2,}(?:[ -][^\W\d_]{2,})?")
"""A payee written with a title and initials (`MRS P KOWALCZYK`, `Dr A. Mensah`)."""
_INVERTED = lazy.compile(
    r"([^\W\d_][^\W\d_'’ -]*(?:[ -][^\W\d_][^\W\d_'’-]*){0,2}), ([^\W\d_][^\W\d_'’.-]*(?: [A-Z]\.?)?)"
)
"""A name written surname first (`Herrera Salinas, Lucia`, `OKONKWO, CHIDI A.`)."""


def _row(line: str) -> tuple[bool, list[tuple[int, int]]]:
    """Whether a line is a listing's row (ids and amounts beside one to three cells of capitalised words), and the
    cells of it that read as a person's name."""
    sep = max(_SEPARATORS, key=line.count)
    if line.count(sep) < 2 or (sep == "," and len(_GAP.findall(line)) >= 2):
        sep = ""  # fixed width (a comma inside `OKONKWO, CHIDI` or `4,812.50` is no column's end)
    split = []
    for a, b in _cells(line, sep):
        lead = _LEADING_ID.match(line, a, b)
        if lead is not None:
            split.append((a, lead.end(1)))
            a = lead.end()
        tail = _TRAILING_AMOUNT.search(line, a, b)
        if tail is not None and tail.end() == b:
            split += [(a, tail.start()), (tail.start(1), b)]
        elif b > a:
            split.append((a, b))
    numbers = [(a, b) for a, b in split if _ID.fullmatch(line, a, b) is not None]
    words = [(a, b) for a, b in split if (a, b) not in numbers]
    if not numbers or not words or len(words) > 3:
        return False, []
    inverted = [(a, b, _INVERTED.fullmatch(line, a, b)) for a, b in words]
    shaped = all(_WORDS_CELL.fullmatch(line, a, b) is not None for a, b, _ in inverted)
    if not shaped:
        return False, []
    names = []
    for a, b, m in inverted:
        if m is None:
            continue
        read = _read(f"{m.group(2)} {m.group(1)}")
        if (
            _WORD_CELL.fullmatch(read) is not None
            and _name_ok(read, True)
            and not _ORG_WORDS & set(read.lower().split())
        ):
            names.append((a, b))  # a surname first, then a comma and a known given name: a person's
    names += [(a, b) for a, b, _ in inverted if _TITLED.fullmatch(line, a, b) is not None]
    return True, names or _names(line, split)


def find(text: str, low: str) -> list[Finding]:
    """Names in the rows of a payroll or bank-transfer listing in `text` (`low`: lower-cased), where two rows or more
    hold a name beside ids and amounts only."""
    if not holds_any(low, WORDS):
        return []
    out: list[Finding] = []
    at = rows = 0
    for _ in range(_ROWS):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end]
        if 8 <= len(line) <= _LINE and any(c.isdigit() for c in line):
            shaped, names = _row(line)
            rows += shaped
            out += [Finding(DETECTOR, "person_name", at + a, at + b) for a, b in names]
        if end >= len(text):
            break
        at = end + 1
    return out if rows >= 2 else []
