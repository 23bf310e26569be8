"""Public places' and companies' addresses and phones: a venue's, a shop's, an institution's or a company's name
(its legal form), or an event's label, right before an address on its line (`Village Hall, 22 Station Road`,
`Restaurante Botín, Calle de Cuchilleros 17`, `Gig: The Leadmill, 6 Leadmill Road`); a business's name heading a
line of its address and phone (`Apotheke am Markt, Marktplatz 3, 79098 Freiburg, 0761 ...`): the address and the
phone are the place's, and the place's name is no person's."""

from __future__ import annotations

import re

from . import lazy, pii_people
from .findings import Finding
from .pii_orgs import LEGAL_FORM

_PLACES = frozenset(
    """
    hall halls primary secondary academy school schools college university campus library museum gallery theatre
    theater cinema arena stadium centre center church chapel cathedral abbey priory minster mosque temple
    synagogue gurdwara shrine market markets hotel hostel inn pub tavern motel guesthouse takeaway pizzeria diner
    bar restaurant cafe café bistro brasserie bakery deli shop store stores boutique mall arcade studio studios
    warehouse depot workshop garage showroom station terminal airport marina harbour harbor
    zoo aquarium observatory pavilion lido leisure gym club institute council embassy consulate
    restaurante ristorante trattoria osteria taberna cervecería cerveceria panadería panaderia pastelería
    pasteleria tienda mercado mercato museo teatro biblioteca iglesia chiesa catedral ayuntamiento
    municipio escuela scuola colegio universidad università estación estacion
    stazione aeropuerto aeroporto hôtel musée musee théâtre bibliothèque bibliotheque église eglise mairie
    boulangerie pâtisserie patisserie épicerie epicerie marché marche gare école ecole lycée lycee
    collège bäckerei baeckerei metzgerei gasthaus gasthof wirtshaus kneipe
    brauerei kirche rathaus bahnhof flughafen schule gymnasium bibliothek stadion
    halle markt galerie kino
    """.split()
)
"""Words of a public place's or a business's name (a hall, a school, a shop, a museum), in several languages; not a
clinic's, whose letters carry its patients' addresses."""
_SUFFIXES = ("museum", "kirche", "markt", "schule", "halle", "bibliothek", "theater", "bahnhof", "stadion")
"""Ends of one-word names of places (`Rijksmuseum`, `Marienkirche`, `Viktualienmarkt`)."""
_EVENT_LABEL = lazy.compile(
    r"(?i)(?<![a-z])(?:venue|gig|concert|exhibition|polling (?:station|place)|donor session|quiz|services|"
    r"market|fair|festival|match|fixture|screening|performance|workshop|meeting point|collection point|"
    r"pick-?up point|drop-?off point|returns|open day|tienda|magasin|lieu|lugar|veranstaltungsort)(?![a-z])"
)
"""An event's or a public place's label before a place's name and address (`Gig: The Leadmill, ...`, `Polling
station: ...`, `Pub quiz at ...`)."""
_PERSONAL = lazy.compile(
    r"(?i)(?<![a-z])(?:mr|mrs|ms|miss|dr|mx|my|our home|his|her|their|home|private|personal|resident|residence|lives|"
    r"living|moved|tenant|owner|landlord|patient|guest|member|employee|student|pupil|born|dob|c/o|care of|attn|"
    r"next of kin|emergency contact|mobile|cell)(?![a-z])"
)
"""Words that tie an address to a person (a name's title, a home, a patient's or a tenant's)."""
_TRADE = lazy.compile(r"(?i)(?<![a-z])(?:customer|client|deliver to|ship to|bill to|sold to|invoice to)(?![a-z])")
"""Words of a delivery or a sale, a person's or a company's: the address is a person's unless a company's legal
form names who it is (`Ship to: Dupont SARL, 14 rue de Rivoli`)."""
_BOUNDARY = re.compile(r"[\n:;(]|\. |\bat |\bin |\bà |\ben ")
_REACH = 80


def _name_start(text: str, lo: int, start: int) -> int:
    """Where the name right before an address at `start` begins: after the last label, bracket or sentence end."""
    last = lo
    for m in _BOUNDARY.finditer(text, lo, start):
        last = m.end()
    return last


def _place(name: str) -> bool:
    """Whether a name is a public place's or a business's (see `_PLACES`, `_SUFFIXES`), not a person's whose surname
    is such a word (`Sarah Hall`, `David Church`: a given name first)."""
    words = [w for w in re.split(r"[^\w'’-]+", name.lower()) if w]
    if not words or words[0] in pii_people.GIVEN:
        return False
    return any(w in _PLACES or (len(w) > 7 and w.endswith(_SUFFIXES)) for w in words)


_BUSINESSES = frozenset(
    """
    clinic clinics clinique clinica clínica klinik kliniek dental dentist dentists dentistry tandarts tandartspraktijk
    praktijk zahnarzt zahnarztpraxis praxis cabinet pharmacy pharmacie apotheke apotheek farmacia farmácia apteka
    lékárna lekarna eczane eczanesi veterinary vet vets hospital hôpital hopital spital krankenhaus ziekenhuis
    ospedale hospital motel hostal pousada pension pensione guesthouse guest-house albergo herberge jugendherberge
    posada hotell hotelli café caffè caffe konditorei pizzeria trattoria bodega diner grill kitchen sushi
    salon barber barbers coiffeur friseur peluquería peluqueria parrucchiere plumbing plumbers heating electrical
    electricians roofing glazing locksmith locksmiths cleaners launderette laundromat opticians optician optiker
    opticien óptica optica physio physiotherapy chiropractic surgery practice kanzlei notariat notaire notaría
    bank sparkasse volksbank comune gemeente gemeinde stadtverwaltung mairie préfecture prefecture ayuntamiento
    municipalidad prefeitura câmara police polizei politie gendarmerie commissariat bibliotheek bibliothèque
    """.split()
)
"""Words of a business's or a public office's name heading its own line of address and phone (a clinic, a pharmacy,
a hotel, a town hall: their numbers are published for all)."""
_HEAD_END = re.compile(r"[,:]| [-\u2013\u2014\u00b7|] |\t")
_HEAD_PERSONAL = lazy.compile(
    r"(?i)(?<![a-z])(?:mr|mrs|ms|miss|mx|my|our home|his|her|their|home|private|personal|resident|residence|lives|"
    r"living|moved|tenant|owner|landlord|patient|guest|member|employee|student|pupil|born|dob|c/o|care of|attn|"
    r"next of kin|emergency contact|mobile|cell|contact person|ask for|manager|doctor|gp|consultant|referred|"
    r"appointment|booked|booking for|reservation|reserved|prescription|prescribed)(?![a-z])"
)
"""Words on a business's line that tie its address or phone to a person (a patient's, a guest's, a named contact's,
someone's own mobile)."""
_HEAD_KINDS = frozenset({"phone_number", "street_address"})
_HEAD_MAX = 60
_BLOCK = 4
_BLANK = " \t\r\x00"
"""What a blank line between blocks holds (a NUL line parts a message's joined values)."""


def _business(name: str) -> bool:
    """Whether a line's head of two words or more is a business's or a public office's name (see `_PLACES`,
    `_BUSINESSES`), not a person's (no given name first) nor an address."""
    words = [w for w in re.split(r"[^\w'’&-]+", name.lower()) if w]
    if len(words) < 2 or words[0] in pii_people.GIVEN or words[0][:1].isdigit() or words[-1][:1].isdigit():
        return False  # (a number first or last: a house's, the head is an address: `12 Church Lane`, `Station Road 22`)
    return any(w in _PLACES or w in _BUSINESSES or (len(w) > 7 and w.endswith(_SUFFIXES)) for w in words)


def _field_after(text: str, colon: re.Match[str], end: int) -> tuple[int, int] | None:
    """Where the field after a label's colon starts and ends when it is a company's or a business's name heading
    the rest of the line (`Registro Imprese: Rossi Costruzioni S.r.l., Via Roma 15, ...`), else None."""
    start = colon.end()
    while start < end and text[start] in " \t":
        start += 1
    cut = _HEAD_END.search(text, start, min(end, start + _HEAD_MAX))
    if cut is None or text[cut.start()] == ":":
        return None
    name = text[start : cut.start()]
    return (start, cut.start()) if LEGAL_FORM.search(name) is not None or _business(name) else None


def _head(text: str, line: int) -> tuple[int, int, int] | None:
    """The business's name heading the line at `line` (`Hotel Bellevue, Seestrasse 12, ...`) or its block (the
    name alone on the block's first line, the address and phone on the next few): where the name starts and ends and
    where the line ends; None when there is none, or a word on the line ties it to a person."""
    end = text.find("\n", line)
    end = end if end >= 0 else len(text)
    cut = _HEAD_END.search(text, line, min(end, line + _HEAD_MAX))
    field = _field_after(text, cut, end) if cut is not None and text[cut.start()] == ":" else None
    if cut is not None and text[cut.start()] != ":" and _business(text[line : cut.start()]):
        start, stop = line, cut.start()
    elif field is not None and _HEAD_PERSONAL.search(text, line, cut.start()) is None:
        start, stop = field
    else:
        start, steps = line, 0
        while start > 0 and steps < _BLOCK:
            above = text.rfind("\n", 0, start - 1) + 1
            if not text[above : start - 1].strip(_BLANK):
                break
            start, steps = above, steps + 1
        stop = text.find("\n", start)
        if start == line or (start > 0 and text[text.rfind("\n", 0, start - 1) + 1 : start - 1].strip(_BLANK)):
            return None
        if stop - start > _HEAD_MAX or _HEAD_END.search(text, start, stop) or not _business(text[start:stop]):
            return None  # (a label before a colon heads a field, not a business's lines)
            return None
    if _HEAD_PERSONAL.search(text, stop, end) is not None:
        return None
    if _HEAD_PERSONAL.search(re.sub(r"(?i)^\W*dr\b\.?", "", text[start:stop])) is not None:
        return None
    return start, stop, end


def headed(text: str, found: list[Finding]) -> list[Finding]:
    """`found` without the phones and addresses on a line or a block headed by a business's or a public office's
    name (`Hotel Bellevue, Seestrasse 12, 6004 Luzern, Tel. ...`), and that name found as a person's, unless a word
    there ties them to a person (see `_HEAD_PERSONAL`) or a person is named beside it."""
    drop: set[int] = set()
    heads: dict[int, tuple[int, int, int] | None] = {}
    for i, f in enumerate(found):
        if f.kind not in _HEAD_KINDS:
            continue
        line = text.rfind("\n", 0, f.start) + 1
        if line not in heads:
            heads[line] = _head(text, line)
        head = heads[line]
        if head is None or f.start < head[1]:
            continue
        start, stop, end = head
        names = [j for j, g in enumerate(found) if g.kind == "person_name" and start <= g.start and g.end <= end]
        own = [j for j in names if found[j].end <= stop and _business(text[start : found[j].end])]
        if len(own) < len(names):
            continue  # a person named beside the business's name: the phone or the address may be theirs
        drop.add(i)
        drop.update(own)
    return [f for i, f in enumerate(found) if i not in drop] if drop else found


def venues(text: str, found: list[Finding]) -> list[Finding]:
    """`found` without the addresses right after a public place's name or an event's label on their line (and the
    place's name found as a person's), unless the line ties the address to a person (see `_PERSONAL`) or names a
    person elsewhere."""
    drop: set[int] = set()
    for i, f in enumerate(found):
        if f.kind != "street_address":
            continue
        line = text.rfind("\n", max(0, f.start - _REACH), f.start) + 1
        lo = max(line, f.start - _REACH)
        end = text.find("\n", f.end)
        end = end if end >= 0 else len(text)
        if lo == f.start or _PERSONAL.search(text, lo, end) is not None:
            continue
        named = _name_start(text, lo, f.start)
        company = LEGAL_FORM.search(text, named, f.start) is not None
        if not company and _TRADE.search(text, lo, end) is not None:
            continue
        place = company or _place(text[named : f.start])
        if not place and _EVENT_LABEL.search(text, lo, f.start) is None:
            continue
        names = [j for j, g in enumerate(found) if g.kind == "person_name" and lo <= g.start and g.end <= end]
        own = [j for j in names if place and named <= found[j].start and found[j].end <= f.start]
        if len(own) < len(names):
            continue  # a person named elsewhere on the line: the address may be theirs
        drop.add(i)
        drop.update(own)
    return [f for i, f in enumerate(found) if i not in drop] if drop else found
