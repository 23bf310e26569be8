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
    r"horse|patient species|sire|dam|litter|whelped|foaled|cattle|cows?|heifers?|calf|calves|bulls?|steers?|"
    r"lactation|ear[ _-]?tags?|livestock|animal|ewes?|lambs?|sheep|goats?|sows?|gilts?|boars?|piglets?|flock|"
    r"poultry|mares?|stallion|gelding|foal|pedigree|herd ?book|kennel|bitch|stud ?book)(?![a-z])"
)
"""Words of an animal's record, before which a birth date is the animal's."""
_KEEPER = lazy.compile(r"(?i)(?<![a-z])(?:owner|keeper|farmer|handler|breeder|holder|herdsman|stockman)(?![a-z])")
"""Words of a person in an animal's record (its owner, keeper or breeder), whose own birth date may follow."""
_PET_REACH = 80
_HEAD_REACH = 4000
_CELLS = frozenset(",;\t|")


def _table_head(text: str, start: int) -> tuple[int, int] | None:
    """The first line of the table whose row holds `start` (the lines above it split into as many cells by the
    same character), when there is one: its header names what each row describes."""
    lo = text.rfind("\n", 0, start) + 1
    sep = next((c for c in _CELLS if c in text[lo:start]), None)
    if sep is None:
        return None
    end = text.find("\n", start)
    cells = text.count(sep, lo, len(text) if end < 0 else end)
    head, floor = lo, max(0, lo - _HEAD_REACH)
    while head > floor:
        above = text.rfind("\n", 0, head - 1) + 1
        if text.count(sep, above, head - 1) != cells:
            break
        head = above
    return (head, text.find("\n", head)) if head < lo else None


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
            if _PET.search(text, lo, f.start) is not None and _KEEPER.search(text, lo, f.start) is None:
                continue
            head = _table_head(text, f.start)
            if head is not None and _PET.search(text, *head) is not None:
                continue  # a row of a herd's or a litter's table
        out.append(f)
    return out
