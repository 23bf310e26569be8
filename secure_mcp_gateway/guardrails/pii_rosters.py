"""Staff and members' numbers beside their people: a number under its label kept only where its record names a
person, and numbers in the header-less rows of a roster beside a cell naming one."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .pii_bare_rows import _GAP, _SEPARATORS, _cells, _names
from .pii_staff_ids import staff_ok

DETECTOR = "pii"
KINDS = frozenset({"employee_id", "member_id"})
_REACH = 240
"""How far from a staff or member number the name of its person is looked for (not past a blank line)."""


def owned(text: str, found: list[Finding]) -> list[Finding]:
    """`found` less the staff and member numbers with no person named in their record (a club's or a firm's own
    numbering in a manual, a form's template): such a number is personal data beside its person's name."""
    names = [f for f in found if f.kind == "person_name"]
    out = []
    for f in found:
        if f.kind in KINDS:
            lo, hi = max(0, f.start - _REACH), min(len(text), f.end + _REACH)
            blank = text.rfind("\n\n", lo, f.start)
            lo = blank + 2 if blank >= 0 else lo
            blank = text.find("\n\n", f.end, hi)
            hi = blank if blank >= 0 else hi
            if not any(lo <= n.start and n.end <= hi for n in names):
                continue
        out.append(f)
    return out


_CODE = lazy.compile(r"(?P<lettered>[A-Z]{1,4}-?)?\d{4,9}")
"""A roster's staff or member number as a cell holds it: digits, a site's or a grade's capitals before them."""
_CELL_ENDS = frozenset(("", " ", "\t", "\r", "\n", ",", ";", "|", '"', "'"))
"""What may follow a roster's number in its cell."""
_ROSTER_MAX = 65536
"""The longest text read for rosters (a listing of people is a short tool result; a long text is no roster)."""
_ROWS = 400
_LINE = 400


def _headed(text: str, at: int, sep: str) -> bool:
    """Whether the rows around the one starting at `at` stand under a header: the first line of their block (after a
    blank line or the text's start) holds no digit and as many separators as the row (or gaps, for fixed width)."""
    blank = text.rfind("\n\n", 0, at)
    first = blank + 2 if blank >= 0 else 0
    if first == at:
        return False
    end = text.find("\n", first)
    head = text[first : end if end >= 0 else len(text)]
    row = text[at : text.find("\n", at) if text.find("\n", at) >= 0 else len(text)]
    if any(c.isdigit() for c in head):
        return False
    if sep:
        return head.count(sep) == row.count(sep)
    return len(_GAP.findall(head)) >= 2


def rosters(text: str, found: list[Finding], runs: list[tuple[int, int]]) -> list[Finding]:
    """Staff numbers in the header-less rows of a roster (`Priya Raman    E104827    Finance`, `OKAFOR, GRACE |
    EMP0041 | Leeds`): a cell of a number beside a cell naming a person, in a row where nothing else was found; a
    number of digits alone where two rows or more hold one in the same column. The row's name is reported too
    (`runs`: the text's runs of digits, see `pii_digits`)."""
    if len(text) > _ROSTER_MAX or ("\n" not in text and len(text) > _LINE):
        return []
    taken = [(f.start, f.end) for f in found]
    rows: list[tuple[int, list[tuple[int, int]], int, bool, tuple[int, int]]] = []
    done = -1
    for start, stop in runs:
        if stop - start > 9 or start <= done or text[stop : stop + 1] not in _CELL_ENDS:
            continue
        at = text.rfind("\n", 0, start) + 1
        end = text.find("\n", stop)
        done = end = len(text) if end < 0 else end
        line = text[at:end]
        if len(line) > _LINE or len(rows) >= _ROWS:
            continue
        sep = max(_SEPARATORS, key=line.count)
        if line.count(sep) < 2:
            if len(_GAP.findall(line)) < 2:
                continue
            sep = ""
        if any(at <= s < at + len(line) for s, _ in taken):
            continue  # a row whose person's data is found already
        if _headed(text, at, sep):
            continue  # a table with a header: its columns are read by their names (see `pii_ids`)
        cells = _cells(line, sep)
        codes = [
            (n, m.group("lettered") is not None, (a, b))
            for n, (a, b) in enumerate(cells)
            if (m := _CODE.fullmatch(line, a, b)) is not None and staff_ok(line[a:b])
        ]
        if len(codes) != 1:
            continue  # no number, or several (amounts, counts): no roster's row
        names = _names(line, cells)
        if names:
            n, lettered, span = codes[0]
            rows.append((at, names, n, lettered, span))
    columns = [n for _, _, n, lettered, _ in rows if not lettered]
    out: list[Finding] = []
    for at, names, n, lettered, (a, b) in rows:
        if lettered or columns.count(n) >= 2:
            out.append(Finding(DETECTOR, "employee_id", at + a, at + b))
            out += [Finding(DETECTOR, "person_name", at + c, at + d) for c, d in names]
    return out
