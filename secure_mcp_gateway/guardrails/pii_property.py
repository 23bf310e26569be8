"""Properties' addresses: an address in a listing for sale or rent (`For rent: 2-bed flat, 14 Albert Road, ...`,
`Zu vermieten: ...`, `Se alquila piso, ...`, its price a month or a night, its rooms, floor area or energy class) or
in a public register of properties (a planning application, a title number, a price paid), and an agency's phone
there: a property's and a business's, not a person's, unless a person has a part in it."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .pii_orgs import nobody_in, paragraph

_LISTING = lazy.compile(
    r"(?i)(?<![a-z])(?:for (?:rent|sale|let|lease)|to let|just listed|new listing|listed at|listing (?:#|id|no)|"
    r"open (?:house|home)|sold (?:stc|for|subject)|sold:|under offer|asking price|guide price|"
    r"offers (?:over|in excess)|price paid|planning application|title number|mls ?(?:#|no|number|id)|"
    r"\d+[ -]?(?:bed(?:room)?s?|baths?|bathrooms?)(?![a-z])|\d ?(?:bd|br)[ ,/]{1,3}\d ?ba(?![a-z])|"
    r"sq\.? ?ft|sqft|square feet|land \d|"
    r"pcm|p/m|per (?:month|week|night|calendar month)|/ ?(?:night|month|mo|mois|mes|mese|monat|nacht)(?![a-z])|"
    r"(?:epc|dpe|ber|energy)(?: rating| class)?:? [a-g][1-3]?(?![a-z])|classe energetica|energieausweis|"
    r"airbnb|superhost|vrbo|rightmove|zoopla|idealista|immoscout|immobilienscout|seloger|funda|"
    r"zu (?:vermieten|verkaufen)|\d-zimmer|kaltmiete|warmmiete|nebenkosten|provisionsfrei|"
    r"[àa] (?:louer|vendre)|meubl[ée]|charges comprises|"
    r"se (?:alquila|vende|arrienda)|en (?:venta|alquiler|arriendo)|affittasi|vendesi|in (?:vendita|affitto)|"
    r"te (?:huur|koop)|k[öo]pes|s[äa]ljes|uthyres|til (?:salg|leie)|do wynaj[eę]cia|na sprzeda[żz]|"
    r"aluga-se|vende-se|para (?:alugar|venda))(?![a-z])|\d ?(?:m²|(?-i:m2))(?![\w])"
)
"""Words of a property's listing for sale or rent, in several languages, or of a public register of properties."""
_PERSONAL = lazy.compile(
    r"(?i)(?<![a-z])(?:mr|mrs|ms|miss|dr|mx|my|our home|his|her|their|private|personal|resident|residence|lives|"
    r"living at|moved|tenant|tenants|occupant|owner|owners|landlord|landlady|vendor|buyer|purchaser|applicant|"
    r"guest|member|employee|student|born|dob|c/o|care of|attn|next of kin|emergency contact|mobile|cell|"
    r"whatsapp|mieter|vermieter|eigent[üu]mer|locataire|propri[ée]taire|inquilino|propietario|"
    r"affittuario|proprietario|huurder|eigenaar|ask for|home address|home:|at home|me)(?![a-z0-9])"
)
"""Words that tie a property's address or a phone to a person (its tenant, owner or buyer, someone's mobile)."""
_AGENCY = lazy.compile(
    r"(?i)(?<![a-z])(?:agent|agents|agency|agence|agenzia|inmobiliaria|imobili[áa]ria|immobilien|makelaar|"
    r"realtor|realty|estate agents?|lettings|letting agent|property management|office)(?![a-z])[^\n\d+(]{0,16}$"
)
"""An agency's label right before a phone in a listing (`call the agent on`, `agence`, `inmobiliaria`)."""
KINDS = frozenset({"street_address", "phone_number"})
_REACH = 240


def listed(text: str, found: list[Finding]) -> list[Finding]:
    """`found` without the addresses in a property's listing or register record (see `_LISTING`) and the phones
    there after an agency's label, when no person has a part in its paragraph (at most `_REACH` characters either
    side): no word of a person's part (see `_PERSONAL`) and no name found."""
    kept = []
    for f in found:
        if f.kind in KINDS:
            lo, hi = paragraph(text, f, _REACH)
            if (
                (f.kind == "street_address" or _AGENCY.search(text[max(lo, f.start - 40) : f.start]) is not None)
                and _LISTING.search(text, lo, hi) is not None
                and nobody_in(text, lo, hi, _PERSONAL, found)
            ):
                continue
        kept.append(f)
    return kept
