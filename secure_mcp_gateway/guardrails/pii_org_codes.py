"""Codes of organisations and animals shaped like a person's: a bank's routing number, a clinic's or pharmacy's NPI or
DEA registration beside the organisation's name, and a pet's birth date in its record."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .pii_orgs import LEGAL_FORM

DETECTOR = "pii"
_ORG_KINDS = frozenset({"aba_routing_number", "medical_license"})
KINDS = _ORG_KINDS | {"date_of_birth"}
_ORGANISATION = lazy.compile(
    r"(?i)(?<![a-z])(?:bank|bancorp|banco|credit union|savings|trust company|federal reserve|chase|wells fargo|"
    r"citibank|clinic|hospital|pharmacy|pharmacies|drug ?store|medical (?:center|centre|group)|"
    r"health(?:care)? (?:system|center|centre)|practice|laborator(?:y|ies)|walgreens|cvs|rite aid|walmart|"
    r"kroger|costco|rescue|shelter|animal|veterinary|vet)(?![a-z])"
)
"""Words of an organisation's name that a routing number, NPI or DEA registration beside it belongs to."""
_REACH = 60
_PET = lazy.compile(
    r"(?i)(?<![a-z])(?:pet|pets|breed|species|canine|feline|equine|microchip|neutered|spayed|dog|cat|puppy|kitten|"
    r"horse|patient species|sire|dam|litter|whelped|foaled)(?![a-z])"
)
"""Words of an animal's record, before which a birth date is the animal's."""
_PET_REACH = 80


def _line(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    lo = max(text.rfind("\n", 0, start) + 1, start - reach)
    hi = text.find("\n", end)
    return lo, min(hi if hi >= 0 else len(text), end + reach)


def codes(text: str, found: list[Finding]) -> list[Finding]:
    """`found` less organisations' codes beside their names and animals' birth dates."""
    out = []
    for f in found:
        if f.kind in _ORG_KINDS:
            lo, hi = _line(text, f.start, f.end, _REACH)
            if _ORGANISATION.search(text, lo, hi) is not None or LEGAL_FORM.search(text, lo, hi) is not None:
                continue
        elif f.kind == "date_of_birth":
            lo, _ = _line(text, f.start, f.end, _PET_REACH)
            if _PET.search(text, lo, f.start) is not None:
                continue
        out.append(f)
    return out
