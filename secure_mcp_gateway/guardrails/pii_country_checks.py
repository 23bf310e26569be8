"""Identifiers that fail the check of the country their line names, or of the one scheme their shape is: a number
that looks like an id, not a person's."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy, pii_ids
from .findings import Finding

NOT_IDS = frozenset(
    {
        *("phone_number", "email", "person_name", "street_address", "date_of_birth", "passport_number"),
        *("driver_license", "vehicle_registration", "bank_account_number", "iban", "credit_card", "crypto_address"),
        *("ip_address", "private_ip_address", "mac_address", "imei", "medical_license", "professional_license"),
    }
)
"""Kinds that are no national number, whatever country their line names."""


def _luhn(value: str) -> bool:
    return pii_ids.luhn_ok("".join(c for c in value if c.isdigit()))


def _ni_letter(value: str) -> bool:
    """Whether a Nicaraguan cédula's letter is its thirteen digits' remainder by 23 in `ABCDEFGHJKLMNPQRSTUVWXY`."""
    digits = "".join(c for c in value if c.isdigit())
    return len(digits) == 13 and "ABCDEFGHJKLMNPQRSTUVWXY"[int(digits) % 23] == value[-1].upper()


def _by_personal(value: str) -> bool:
    """Whether a Belarusian personal number's last digit is its other characters' sum (digits as they are, letters
    from A = 10, weights 7, 3, 1 in turn) mod 10."""
    v = value.upper()
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * (7, 3, 1)[i % 3] for i, c in enumerate(v[:-1]))
    return total % 10 == int(v[-1])


_ALONE: tuple[tuple[str, Callable[[str], bool], str | None], ...] = (
    (r"\d{3}-?\d{6}-?\d{4}[A-Za-z]", _ni_letter, None),
    (r"80\d{18}", _luhn, None),
    # Ecuador's provinces (01-24, 30) lead, not 10 or 11 as Colombia's ten-digit cédulas do
    (
        r"(?:0[1-9]|1[2-9]|2[0-4]|30)[0-5]\d{7}|(?:0[1-9]|1[2-9]|2[0-4]|30)[0-5]\d{6}-\d",
        pii_ids.ec_cedula_ok,
        r"c[ée]dula|c\.i\.|(?<![a-z])ci(?![a-z])",
    ),
)
"""Numbers whose shape is one scheme's only (Nicaragua's cédula, a health card's ISO 7812 number with its Luhn
digit, an Ecuadorian cédula after a cédula's label): (shape, check, the label the text before it on its line must
hold, if any)."""
_SCHEMES: tuple[tuple[str, str, str, Callable[[str], bool]], ...] = (
    ("ec", r"ecuador|ecuatorian", r"\d{10}|\d{9}-\d", pii_ids.ec_cedula_ok),
    ("uy", r"urugua", r"\d\.?\d{3}\.?\d{3}-?\d", pii_ids.uy_ci_ok),
    ("by", r"belarus|беларус", r"\d{7}[A-Za-z]\d{3}[A-Za-z]{2}\d", _by_personal),
    ("tw", r"taiwan|台灣|臺灣|身分證|身份證", r"[A-Za-z][1289]\d{8}", pii_ids.tw_id_ok),
    ("pe", r"(?<![a-z])per[uú](?![a-z])|peruan|reniec", r"\d{8}-?[0-9A-Ka-k]", pii_ids.pe_cui_ok),
    ("ni", r"nicaragu", r"\d{3}-?\d{6}-?\d{4}[A-Za-z]", _ni_letter),
    ("do", r"dominican|rep[úu]blica dominicana", r"\d{3}-?\d{7}-?\d", _luhn),
    ("gt", r"guatemal", r"\d{4} ?\d{5} ?\d{4}", pii_ids.gt_cui_ok),
    ("bg", r"bulgari|българ|(?<![a-z])egn(?![a-z])|егн", r"\d{10}", pii_ids.egn_ok),
    ("pl", r"poland|polish|polsk|dow[óo]d osobist", r"[A-Za-z]{3} ?\d{6}", pii_ids.pl_id_card_ok),
    ("pl", r"poland|polish|polsk", r"\d{11}", pii_ids.pesel_bare_ok),
    ("ua", r"ukrain|україн|рнокпп|іпн", r"\d{10}", pii_ids.ua_rnokpp_ok),
    ("eg", r"egypt|مصر", r"[23]\d{13}", pii_ids.eg_national_id_ok),
    ("pt", r"portug|cart[ãa]o de cidad", r"\d{8} ?\d ?[A-Za-z0-9]{2}\d", pii_ids.pt_cc_ok),
    ("tr", r"turk|türk|t\.c\. kimlik", r"[1-9]\d{10}", pii_ids.tr_id_ok),
    ("il", r"israel", r"\d{9}", pii_ids.il_id_ok),
    ("ro", r"romania|român", r"[1-9]\d{12}", pii_ids.cnp_ok),
    ("rs", r"serbia|srbij|montenegr|crna gora|macedonia|bosnia", r"\d{13}", pii_ids.jmbg_ok),
    ("za", r"south africa", r"\d{13}", pii_ids.za_id_ok),
    ("kz", r"kazakh|қазақ", r"\d{12}", pii_ids.kz_iin_ok),
    ("sa", r"saudi|سعود", r"[12]\d{9}", pii_ids.sa_id_ok),
    ("ir", r"(?<![a-z])iran(?![a-z])|iranian|ایران", r"\d{10}", pii_ids.ir_code_ok),
    ("gr", r"greece|greek|ελλ", r"\d{11}", pii_ids.amka_ok),
    ("ee", r"estonia|eesti", r"[1-6]\d{10}", pii_ids.ee_ik_ok),
    ("lt", r"lithuania|lietuv", r"[1-6]\d{10}", pii_ids.ee_ik_ok),
    ("md", r"moldov", r"\d{13}", pii_ids.md_idnp_ok),
    ("lu", r"luxemb", r"\d{13}", pii_ids.lu_matricule_ok),
)
"""(the country's code, as its kinds start; the country or scheme named, as the lower-cased text writes it; the
shape of its number; the number's check)."""
_ALONE_SHAPES = tuple((lazy.compile(shape), ok, lazy.compile(label) if label else None) for shape, ok, label in _ALONE)
_NAMED = lazy.compile("|".join(f"(?P<s{i}>{cue})" for i, (_, cue, _, _) in enumerate(_SCHEMES)))
_SHAPES = tuple((lazy.compile(shape), ok) for _, _, shape, ok in _SCHEMES)
_KEYED = lazy.compile(
    r"(?im)^[ \t]*(?:country|nationality|citizenship|nacionalidad|pa[íi]s|nationalit[ée]|pays|"
    r"staatsangeh[öo]rigkeit|land|nazionalit[àa]|cittadinanza|issuing (?:country|state)|issued by|"
    r"country of (?:issue|citizenship))[ \t]*[:=|][^\n]*"
)
"""A record's line that names its holder's or its document's country (`Nationality: Ecuadorian`)."""
_RECORD_LINES = 6
_REACH = 80
"""How far before or after a number on its line the name of its country or its scheme's label may be."""


def failed(text: str, low: str, found: list[Finding]) -> list[tuple[int, int, frozenset[str]]]:
    """The spans of the ids in `found` shaped as one scheme's only (see `_ALONE`), or whose line or a country line of
    their record names a country whose number they are shaped as, that fail that check (`low`: `text` lower-cased):
    nothing read there is personal."""
    out: list[tuple[int, int, frozenset[str]]] = []
    for f in found:
        if f.kind in NOT_IDS:
            continue
        start = text.rfind("\n", 0, f.start) + 1
        value = text[f.start : f.end]
        if any(
            shape.fullmatch(value) is not None
            and not ok(value)
            and (label is None or label.search(low, max(start, f.start - _REACH), f.start) is not None)
            for shape, ok, label in _ALONE_SHAPES
        ):
            out.append((f.start, f.end, frozenset()))
            continue
        end = text.find("\n", f.end)
        end = len(text) if end < 0 else end
        schemes = {
            int(m.lastgroup[1:])
            for m in _NAMED.finditer(low, max(start, f.start - _REACH), min(end, f.end + _REACH))
            if m.lastgroup
        }
        if not schemes:
            schemes = _record_countries(text, low, start)
        if f.kind in pii_ids.CHECKED_KINDS:  # a scheme's number that passed its own check: only its country's counts
            schemes = {i for i in schemes if f.kind.startswith(_SCHEMES[i][0] + "_")}
        if any(_SHAPES[i][0].fullmatch(value) is not None and not _SHAPES[i][1](value) for i in schemes) and not any(
            _SHAPES[i][0].fullmatch(value) is not None and _SHAPES[i][1](value) for i in schemes
        ):
            out.append((f.start, f.end, frozenset()))
    return out


def _record_countries(text: str, low: str, start: int) -> set[int]:
    """The schemes of the countries named on the country lines of the record (lines without a blank one between)
    that ends at `start`."""
    top = start
    for _ in range(_RECORD_LINES):
        if top == 0:
            break
        above = text.rfind("\n", 0, top - 1) + 1
        if not text[above : top - 1].strip():
            break
        top = above
    found: set[int] = set()
    for line in _KEYED.finditer(low, top, start):
        found |= {int(m.lastgroup[1:]) for m in _NAMED.finditer(low, *line.span()) if m.lastgroup}
    return found
