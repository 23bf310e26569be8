"""Number plates under the shorter labels of many languages (`Plate:`, `Immatriculation :`, `Kenteken:`, `Rejestracja`,
`Rendszám:`, `Plaka:`, `Госномер:`), kept only where their record ties them to a person: a name found there, or a word
for the vehicle's owner or keeper (`propriétaire`, `Halter`, `eigenaar`, `registered to`)."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy
from .findings import Finding

DETECTOR = "pii"
PLATE = "vehicle_registration"
UNTIED = "plate_untied"
"""The kind a plate is read as until its record is seen to tie it to a person (then it is `vehicle_registration`)."""
BARE = "plate_bare"
"""The same for a plate after `Registration:` or `Reg:` alone, which must stand among a vehicle's details too."""
KINDS = frozenset({UNTIED, BARE})

_VALUE = (
    r"(?=(?:[A-ZА-ЯЁ -]*[0-9]){2})(?=(?:[0-9 -]*[A-ZА-ЯЁ]){1})[A-ZА-ЯЁ0-9]"
    r"(?:[A-ZА-ЯЁ0-9]|[ -](?=[A-ZА-ЯЁ0-9])){3,11}(?![\w-])"
)
"""A registration mark as written: capitals (Latin or Cyrillic) and at least two digits, single spaces or dashes."""


def plate_ok(value: str) -> bool:
    """Whether a mark holds a letter, two digits or more, and is no year, date or phone-like run of digits."""
    digits = sum(c.isdigit() for c in value)
    letters = sum(c.isalpha() for c in value)
    return letters >= 1 and 2 <= digits <= 8 and letters <= 6


Check = Callable[[str], bool]
GROUPS: tuple[tuple[str, str, tuple[tuple[str, str, Check], ...]], ...] = (
    (
        "plate",
        r"(?:car |vehicle )?plate(?: no\b| number| #)?|vrm(?![a-z])|vrn(?![a-z])|rego(?![a-z])|"
        r"(?:n[°º] d'|num[ée]ro d')?immatriculation|plaque(?! de)|kenteken(?:nummer)?|"
        r"(?:nr\.?|numer) rejestracyjny|rejestracja|tablica rejestracyjna|spz(?![a-z])|rendsz[áa]m|"
        r"rekisterinumero|rek\.? ?nro|registreringsnummer|reg\.? ?nr\b|regnr|kjennemerke|nummerplade|"
        r"placa(?! de video| base| madre)|chapa(?= ?[:#])|plaka(?: no\b| numaras[ıi])?|"
        r"госномер|гос\. ?номер|номерной знак|гос\.? ?рег\.? ?знак|номер автомобиля|номер авто",
        (("plate_untied", _VALUE, plate_ok),),
    ),
    ("bare_registration", r"reg(?:istration)?(?= ?[:#])", (("plate_bare", _VALUE, plate_ok),)),
)
"""(name, labels on the lower-cased text, values), as `pii_ids._GROUPS` reads them."""
NO_CHECK = (plate_ok,)

LEADS = (
    *("plate", "car plate", "vehicle plate", "vrm", "vrn", "rego", "immatriculation", "plaque", "kenteken"),
    *("nr rejestracyjny", "nr. rejestracyjny", "numer rejestracyjny", "rejestracja", "tablica rejestracyjna"),
    *("spz", "rendszam", "rekisterinumero", "rek.nro", "rek. nro", "rek nro", "registreringsnummer", "reg.nr"),
    *("reg nr", "reg. nr", "regnr", "kjennemerke", "nummerplade", "placa", "chapa", "plaka", "registration"),
    *("numero d'immatriculation", "reg:", "reg :", "reg#", "reg #"),
)
"""Words at which every label above starts (looked up in the shared index for long texts)."""
NON_ASCII_LEADS = ("rendszám", "госномер", "гос. номер", "гос.номер", "номерной знак", "номер авто", "гос рег")

_REACH = 240
_OWNER = lazy.compile(
    r"(?i)(?<![^\W\d_])(?:owner|registered (?:to|keeper|owner)|keeper|driver|insured|policy ?holder|lessee|"
    r"halter|fahrer|propri[ée]taire|titulaire|conducteur|eigenaar|houder|bestuurder|w[łl]a[śs]ciciel|kierowca|"
    r"titular|propietario|conductor|propriet[áa]rio|intestat[oa]|proprietario|sahibi|ruhsat sahibi|владелец|"
    r"собственник|водитель|[äa]gare|eier|ejer|omistaja|haltija|tulajdonos|majitel|vlastn[íi]k)(?![^\W\d_])"
)
"""Words that name a vehicle's owner, keeper or driver."""
_VEHICLE = lazy.compile(
    r"(?i)(?<![a-z])(?:vehicle|car|make|model|vin|colou?r|mileage|odometer|motor|van|truck|lorry|bike|motorcycle|"
    r"scooter|insurance|mot|tax disc|parking|permit|fahrzeug|voiture|v[ée]hicule|auto|coche|veh[íi]culo|"
    r"carro|macchina|pojazd|samoch[óo]d|voertuig)(?![a-z])"
)
"""Words of a vehicle's details, beside which a bare `Registration:` names its plate."""


def _record(text: str, start: int, end: int) -> tuple[int, int]:
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    blank = text.rfind("\n\n", lo, start)
    lo = blank + 2 if blank >= 0 else lo
    blank = text.find("\n\n", end, hi)
    return lo, blank if blank >= 0 else hi


def owned(text: str, found: list[Finding]) -> list[Finding]:
    """`found` with the plates read above kept as `vehicle_registration` where their record names a person or an
    owner (and, after a bare `Registration:`, a vehicle's details too); the others dropped: a fleet's, a dealer's or a
    sample's plate is nobody's."""
    names = [f for f in found if f.kind == "person_name"]
    out = []
    for f in found:
        if f.kind in KINDS:
            lo, hi = _record(text, f.start, f.end)
            if not (any(lo <= n.start and n.end <= hi for n in names) or _OWNER.search(text, lo, hi)):
                continue
            if f.kind == BARE and _VEHICLE.search(text, lo, hi) is None:
                continue
            f = Finding(f.detector, PLATE, f.start, f.end, f.score)
        out.append(f)
    return out
