"""Addresses as their lines stand: a street found, widened to its line's end over the town, postcode and country
written after it (`14 Front Street, Hamilton` + `HM 11, Bermuda`) and back over the words of its name before it
(`Via della` + `Repubblica 22, ...`); and an address line right under a person's name (`Rue Hamra, Building 12,
Beirut 1103` under `Tenant: ...`), whatever the country's way of writing one."""

from __future__ import annotations

import re

from . import lazy, pii_people
from .findings import Finding
from .pii_address_labels import SCREEN_MAX
from .pii_orgs import LEGAL_FORM
from .pii_venues import _place
from .scan import INDEX, occurrences

DETECTOR = "pii"
_PART = r"(?:[A-Z][\w'’.-]*|[A-Z]{1,3}\d{0,2}[ -]?\d{1,4}[A-Z]{0,2}|\d{1,6}|[a-z]{1,4}(?= [A-Z]))"
"""A word of a town, a country or a postcode (`Hamilton`, `HM 11`, `KY1-1104`, `98000`, `de` before a capital)."""
_REST = lazy.compile(rf"(?:,?[ \t]+{_PART}(?: {_PART}){{0,4}}){{1,5}}[ \t]*(?=\r?\n|[;|\"<]|\Z)")
"""What may follow a street to its line's end: town, postcode and country words, parted by commas or spaces."""
_HEAD = lazy.compile(
    r"(?:(?<=^)|(?<=[\n\"'>:,;|\t]))[ \t]*"
    r"((?:[A-Z][\w'’.-]*[ \t]+)?(?:de|del|della|di|da|do|dos|du|des|la|le|van|von)[ \t]+)\Z"
)
"""A street's word and its particle before the start found (`Via della `), opening a line or a field: a word alone
there may be a label (`Osoite Mannerheimintie 10`)."""
_LINE = lazy.compile(
    r"[ \t]*(?P<line>(?=[^\n]*\d)(?:[A-Z0-9][\w'’.-]*)(?: [\w'’.-]+){0,5}"
    r"(?:, [A-Z0-9][\w'’.-]*(?: [\w'’.-]+){0,4}){1,4})"
    r"[ \t]*\r?(?=\n|\Z)"
)
"""A line of comma-parted words opened by a capital or a number and holding a digit: an address's line."""
_NOT_ADDRESS = lazy.compile(
    r"(?i)(?<![a-z])(?:version|release|page|chapter|step|total|subtotal|invoice|order|amount|qty|price|born|dob|"
    r"tel|phone|fax|email|mobile|id|no|ref|date|due|balance|room|floor|level|rev|v\d)(?![a-z])"
)
"""Words of a line that lists something else (a version, an amount, a phone, a date, a reference)."""
_BLOCK_LINES = 2
"""Lines under a name read for its address line."""
_POSTAL_LINE = lazy.compile(
    r"[ \t]*(?P<line>(?:[A-Z0-9][\w'’.-]*|[a-zø-ÿ]{1,4})(?:,? (?:[A-Z0-9][\w'’.-]*|[a-zø-ÿ]{1,5})){0,5})"
    r"[ \t]*\r?(?=\n|\Z)"
)
"""A line of a postal block: capitalised words, numbers and postcodes, short particles (`La Rue de la Ville`,
`Niels Finsens gøta 14`, `FO-100 Tórshavn`, `Isle of Man IM1 1JE`)."""
_POSTCODE = lazy.compile(
    r"(?<![\w-])(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|(?:[A-Z]{1,3}-)?\d{3,6}(?:-\d{3,4})?(?: [A-Z]{2})?)(?![\w-])"
)
"""A postcode: British-style (`JE2 3QA`, `IM1 1JE`), or digits with a country's letters or a second group (`FO-100`,
`1100-048`, `1015 CJ`, `96913`)."""
_NOT_POSTAL = lazy.compile(
    r"(?i)(?<![a-z])(?:vehicle|car|route|ward|bed|team|review|flight|seat|gate|terminal|platform|week|day|year|"
    r"class|grade|group|batch|item|part|volume|issue|chapter|episode|season|level|stage)(?![a-z])"
)
"""Words of a line that numbers something other than a house (`Ward 7`, `Flight BA 123`, `Team 4`)."""
_NUMBERED = lazy.compile(r"(?<![\w/.-])\d{1,5}[A-Za-z]?(?![\w/.-])")
"""A house's number in a block's first line (`4 La Rue de la Ville`, `Niels Finsens gøta 14`)."""
_BLOCK_MAX = 4


def widened(text: str, found: list[Finding]) -> list[Finding]:
    """`found` with each street address widened over the rest of its line and the start of its street's name."""
    out = []
    for f in found:
        if f.kind == "street_address":
            start, end = f.start, f.end
            rest = _REST.match(text, end)
            if rest is not None and "\n" not in text[start:end]:
                end = rest.end()
                while end > f.end and text[end - 1] in " \t":
                    end -= 1
            head = _HEAD.search(text, max(0, start - 40), start)
            if head is not None:
                start = head.start(1)
            if (start, end) != (f.start, f.end):
                f = Finding(f.detector, f.kind, start, end, f.score)
        out.append(f)
    return out


def under_names(text: str, found: list[Finding]) -> list[Finding]:
    """Address lines right under (at most `_BLOCK_LINES` lines below) a line that ends with a person's name."""
    out: list[Finding] = []
    taken = [(f.start, f.end) for f in found if f.kind == "street_address"]
    for f in found:
        if f.kind != "person_name" or text[f.end : f.end + 1] not in ("\n", "\r"):
            continue
        at = text.find("\n", f.end) + 1
        for _ in range(_BLOCK_LINES):
            if at <= 0 or at >= len(text):
                break
            m = _LINE.match(text, at)
            if m is not None and _NOT_ADDRESS.search(m.group("line")) is None:
                lo, hi = m.span("line")
                if not any(a < hi and lo < b for a, b in taken):
                    out.append(Finding(DETECTOR, "street_address", lo, hi))
                break
            block = _postal_block(text, at)
            if block is not None:
                out.append(Finding(DETECTOR, "street_address", *block))
                break
            at = text.find("\n", at) + 1
    return out


def _postal_block(text: str, at: int) -> tuple[int, int] | None:
    """The span of a postal block opening at `at`: two to `_BLOCK_MAX` lines of words, the first with a house's
    number, the last but one or the last with a postcode, no line listing something else (`4 La Rue de la Ville` /
    `St Helier` / `Jersey JE2 3QA`)."""
    lines = []
    while len(lines) < _BLOCK_MAX and at < len(text):
        m = _POSTAL_LINE.match(text, at)
        if m is None or _NOT_ADDRESS.search(m.group("line")) or _NOT_POSTAL.search(m.group("line")) is not None:
            break
        lines.append(m.span("line"))
        at = m.end() + 1
    if len(lines) < 2 or _NUMBERED.search(text, *lines[0]) is None:
        return None
    coded = [i for i, (lo, hi) in enumerate(lines) if i and _POSTCODE.search(text, lo, hi) is not None]
    if not coded or coded[-1] < len(lines) - 2:
        return None
    return lines[0][0], lines[-1][1]


MAX = 65536
"""Texts longer than this are not read for house-named addresses (`house_named`): a long text's cost stays flat."""
_BRITISH_POSTCODE = lazy.compile(r"(?<=[ \t])[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}(?![\w-])")
"""A British, Channel Islands or Isle of Man postcode after a town (`Kington HR5 3AA`, `St Helier JE2 3SF`)."""
_INWARD = lazy.compile(r" \d[A-Z]{2}(?![\w-])")
"""A British postcode's second half after a space (` 3AA`): looked for first, a pass several times cheaper."""
_NAMED_WORD = r"[A-Z][\w'’.-]*"
_NAMED_PART = (
    rf"{_NAMED_WORD}(?: (?:(?:de|du|des|la|le|les|upon|on|en|sur|super|cum|next|the|of) )*{_NAMED_WORD}){{0,4}}"
)
_NAMED_RUN = lazy.compile(rf"(?<![\w'’.-])(?:{_NAMED_PART}, ){{1,5}}{_NAMED_PART}[ \t]+\Z")
"""Capitalised parts between commas up to a postcode: a house's or a farm's name, a street, a village, a town."""
_HOME_WORDS = frozenset(
    """
    street st road rd lane ln avenue ave drive dr close way crescent cres gardens grove row mews hill walk terrace
    place court square green rise view parade lea brae wynd vale meadow meadows route rue chemin clos ruette croft
    fold cottage cottages farm farmhouse house lodge barn barns manor grange villa bungalow rectory vicarage mill
    """.split()
)
"""Last words of a street's or a dwelling's name (`Mill Lane`, `Rose Cottage`, `La Route de St Aubin`)."""
_FRENCH_STREETS = frozenset(("rue", "route", "chemin", "clos", "ruette", "allée", "impasse", "mont", "grande"))
"""First words of a street's name in the Channel Islands (`La Route de St Aubin`, `Rue des Pres`)."""
_FIRM_WORDS = frozenset("office offices headquarters hq business industrial trading ltd limited plc llp inc".split())
"""Words of a firm's address anywhere in it (`Riverside Business Park`, `Acme Ltd`): not a person's."""
_PUBLIC_HEADS = frozenset(
    """
    estate unit units centre center park hospital school college university council church chapel station airport
    hotel inn pub surgery clinic practice shop store depot warehouse works plant services group library museum hall
    """.split()
)
"""Last words of a part that name a public place or a firm's premises (`Oak Farm Shop`, `Cottage Hospital`)."""
_HOUSE_NUMBER = lazy.compile(r"(?<![\w-])\d{1,4}[A-Za-z]?[ \t]+\Z")


def _home_part(part: str) -> bool:
    """Whether a part names a street or a dwelling: its last word (`Mill Lane`, `Rose Cottage`), or the first of a
    French name (`La Route de St Aubin`)."""
    words = [w.lower().strip(".") for w in part.split()]
    if words[-1] in _HOME_WORDS:
        return True
    first = words[1] if words[0] in ("la", "le", "les") and len(words) > 1 else words[0]
    return first in _FRENCH_STREETS


def house_named(text: str) -> list[Finding]:
    """Addresses that end in a British-style postcode read back over their capitalised parts, a house's number
    before them or none: a dwelling's or a street's name, then the village, town and postcode (`Rose Cottage, Mill
    Lane, Kington HR5 3AA`, `14 La Route de St Aubin, St Helier, Jersey JE2 3SF`)."""
    out: list[Finding] = []
    if _INWARD.search(text) is None:
        return out  # (one cheap pass: no postcode's second half, ` 3AA`, anywhere)
    for pc in _BRITISH_POSTCODE.finditer(text):
        lo = max(0, pc.start() - 160, text.rfind("\n", 0, pc.start()) + 1)
        run = _NAMED_RUN.search(text, lo, pc.start())
        if run is None:
            continue
        parts = [p.strip() for p in run.group().split(",")]
        if not any(_home_part(p) for p in parts[:-1]):
            continue
        words = [w.lower().strip(".") for p in parts for w in p.split()]
        if any(w in _FIRM_WORDS for w in words) or any(p.split()[-1].lower() in _PUBLIC_HEADS for p in parts):
            continue
        start = run.start()
        of = parts[0].rfind(" of ")
        if of >= 0 and not parts[0].startswith("Isle of"):  # `Ingrid Halvorsen of Rose Cottage, ...`: after `of`
            start += run.group().index(parts[0]) + of + 4
        number = _HOUSE_NUMBER.search(text, max(lo, start - 8), start)
        if number is not None and _place(text[lo : number.start()]):
            continue  # `The Harbour Lights Memorial is at 1964 Quay Road, ...`: a public place's address
        out.append(Finding(DETECTOR, "street_address", start if number is None else number.start(), pc.end()))
    return out


_LABEL_LINE = lazy.compile(
    r"[ \t]*(?:(?:home|mailing|postal|delivery|shipping|billing|residential|permanent|current|private)[ \t]+)?"
    r"(?:address|adresse|adres|adresa|adress|direcci[oó]n|endere[cç]o|morada|indirizzo|anschrift|osoite|"
    r"domicilio|domicile)[ \t]*[:：]?[ \t]*\r?\n",
    re.I,
)
"""A line holding an address's label alone (`Address:`, `Mailing address`, `Adresse :`), the address under it."""


_LABEL_STEMS = ("ddress", "dres", "direcci", "endere", "morada", "indirizzo", "anschrift", "osoite", "domicil")


INDEX.add(list(_LABEL_STEMS))
_ANY_LABEL = lazy.compile("|".join(re.escape(stem) for stem in _LABEL_STEMS))
"""Any of `_LABEL_STEMS`: one pass that tells a short text holds none of them (cheaper than a search per stem)."""


def _label_lines(text: str, low: str) -> list[re.Match[str]]:
    """The lines holding an address's label alone (see `_LABEL_LINE`), found from where its stems occur (the shared
    index's places) rather than by a pass of the expression over every line."""
    if len(low) <= SCREEN_MAX and _ANY_LABEL.search(low) is None:
        return []
    starts = {text.rfind("\n", 0, at) + 1 for stem in _LABEL_STEMS for at in occurrences(low, stem)}
    found = (_LABEL_LINE.match(text, at) for at in sorted(starts))
    return [m for m in found if m is not None]


def under_labels(text: str, low: str) -> list[Finding]:
    """Postal blocks under a line holding an address's label alone: two to four lines of words, the first with a
    house's number, none listing something else (`Address:` / `Caya Betico Croes 112` / `Oranjestad` / `Aruba`)."""
    out: list[Finding] = []
    for m in _label_lines(text, low):
        lines = []
        at = m.end()
        while len(lines) < _BLOCK_MAX and at < len(text):
            line = _POSTAL_LINE.match(text, at)
            if line is None or _NOT_ADDRESS.search(line.group("line")) or _NOT_POSTAL.search(line.group("line")):
                break
            lines.append(line.span("line"))
            at = line.end() + 1
        if len(lines) >= 2 and _NUMBERED.search(text, *lines[0]) is not None:
            out.append(Finding(DETECTOR, "street_address", lines[0][0], lines[-1][1]))
    return out


_UNDER_NUMBERED = lazy.compile(r"\n(?P<line>[ \t]*[A-Z][^\n]{2,60})(?=\n[^\n]*\d)")
"""A line opened by a capital, a line holding a digit under it: where an addressee's line may stand."""
_ADDRESSEE = lazy.compile(
    r"[ \t]*(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})"
    r"[ \t]*\r?\n"
)
"""A line holding two to four capitalised words alone (maybe after a title): an envelope's or a label's addressee."""


def addressed(text: str) -> list[Finding]:
    """An addressee's line right over a postal block (see `_postal_block`): the line as a person's name and the block
    as their address, where the line reads as a person's name (no firm's, team's or place's word in it)."""
    out: list[Finding] = []
    for candidate in _UNDER_NUMBERED.finditer("\n" + text):  # (a short capitalised line over a line with a digit)
        m = _ADDRESSEE.match(text, candidate.start("line") - 1)
        if m is None:
            continue
        name = m.group("name")
        if not pii_people.name_ok(name) or _place(name) or LEGAL_FORM.search(name) is not None:
            continue  # a firm's, a team's or a place's block: no one's home
        if any(w.lower() in pii_people._TRADES or w.lower() in _PUBLIC_HEADS for w in name.split()):
            continue
        block = _postal_block(text, m.end())
        if block is not None:
            out += [Finding(DETECTOR, "person_name", *m.span("name")), Finding(DETECTOR, "street_address", *block)]
    return out
