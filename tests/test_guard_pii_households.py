"""Households and couples (`Daniel and Rosa Whitfield`, `Mr and Mrs Okafor`), names written in lower case after a
person's label, in a person's table or beside their data, people in table columns headed by their role (CSV, LaTeX),
names in linked-data triples, surnames alone in capitals, people named by keys (`organizer`, `user`) and by money moved
between them; teams, firms, horses, programs, remarks, works of fiction and documentation's placeholder people in the
same places are no one, and a business's or a venue's public address is not personal."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text) if f.kind == "person_name"]


@every(
    ("text", "name"),
    [
        (
            "Joint account\nAccount holders: Tobias and Wiebke Langenfeld\nSort code on file",
            "Tobias and Wiebke Langenfeld",
        ),
        ("Dear Mr and Mrs Adeyemi,\nYour booking is confirmed.", "Mr and Mrs Adeyemi"),
        ("Tenant(s): Nadia & Karim Belkacem\nUnit 7, rent due on the 1st", "Nadia & Karim Belkacem"),
        ("Ship to: Priya and Arjun Raghavan\n22 Mill Lane, Bedford", "Priya and Arjun Raghavan"),
        ("Guests: Sofia y Mateo Carvajal (2 adults)", "Sofia y Mateo Carvajal"),
    ],
)
def test_two_people_sharing_a_surname(text: str, name: str) -> None:
    assert name in _names(text)


@every(
    ("text", "name"),
    [
        ("intake form\npatient: olga sorokina\nward: 2", "olga sorokina"),
        ('{"customer": "hassan el-amin", "plan": "family"}', "hassan el-amin"),
        ('{"name": "lucia fernandez", "email": "lucia.f@mail.example"}', "lucia fernandez"),
        ("Pickup sheet\ndriver: mikko lahtinen\nvan: 12", "mikko lahtinen"),
    ],
)
def test_a_name_in_lower_case_after_a_persons_label(text: str, name: str) -> None:
    assert name in _names(text)


@every(
    ("text", "name"),
    [
        ("name,email,plan\nbeatriz santos,bea.s@mail.example,family", "beatriz santos"),
        ("reply-to: dmitri orlov <d.orlov@mail.example>", "dmitri orlov"),
        ("contact,phone\nOmar and Leila Haddad,+44 7700 900123", "Omar and Leila Haddad"),
        ("Ines & Pedro Moura <moura.family@mail.example>", "Ines & Pedro Moura"),
    ],
)
def test_names_in_lower_case_and_couples_beside_a_persons_data(text: str, name: str) -> None:
    assert name in _names(text)


@every(
    ("text", "name"),
    [
        ("Shift,Driver,Bus,Start\nAM-1,Chiara Lombardi,B-14,05:30\nAM-2,Peter Novak,B-22,05:45", "Chiara Lombardi"),
        ("slot;decedent;plot\n4;Walter Brennan;C-12\n5;Ilse Gruber;C-13", "Ilse Gruber"),
        (
            "\\begin{tabular}{ll}\nParticipant & Score \\\\\n\\hline\nMagdalena Wójcik & 71 \\\\\n\\end{tabular}",
            "Magdalena Wójcik",
        ),
        ("\\hline\nName & Lab & Phone \\\\\nTobias Keller & B2 & +49 30 4410 2231 \\\\", "Tobias Keller"),
        ('Student,Assignment 1,Final\n"Lindqvist, Tobias",88,A-', "Lindqvist, Tobias"),
        (
            "| Volunteer | Shift | Area |\n|---|---|---|\n| Ingrid Halvorsen | Sat AM | Reptile House |",
            "Ingrid Halvorsen",
        ),
        ("Voter\tWard\nAbebe Girma\t4", "Abebe Girma"),
        # a plain `name` under a key that holds people (a YAML list of `patients:`, JSON's `"guests": [...]`)
        ("patients:\n  - name: Tobias Lindqvist\n    ward: 4B", "Tobias Lindqvist"),
        ('{"guests": [{"name": "Ingrid Halvorsen", "room": 214}]}', "Ingrid Halvorsen"),
    ],
)
def test_people_in_a_column_headed_by_their_role(text: str, name: str) -> None:
    assert name in _names(text)


@every(
    ("text", "name"),
    [
        ('ex:a17 a foaf:Person ;\n    foaf:name "Rosalind Achterberg" ;\n    foaf:age 52 .', "Rosalind Achterberg"),
        ('<#me> schema:name "Emma Lindqvist" ; schema:jobTitle "Nurse" .', "Emma Lindqvist"),
    ],
)
def test_a_persons_name_in_linked_data(text: str, name: str) -> None:
    assert name in _names(text)


@every(
    ("text", "name"),
    [
        ("Run report 26-0412\nPatient (Last Name): PELLETIER\nAge: 81", "PELLETIER"),
        ("EMS CARE REPORT\nPt Name: Brandt, Ulrike  Age: 58  Sex: F", "Brandt, Ulrike"),
        ('{"organizer": "Rahul Mehta", "event": "Field day"}', "Rahul Mehta"),
        ('audit user="Sandra Kowalski" action=export rows=40', "Sandra Kowalski"),
        ("2026-05-02 Transfer from Grace Mwangi 1,500 KES ref QX71", "Grace Mwangi"),
        ("Registro de bautismo 88\nMadre: Rocío Alvarado\nPadrino: Tomás Ibarra", "Rocío Alvarado"),
        ("CAD 26-1180\nCALLER: Imogen Hartley  CBN: on file\nNATURE: smoke", "Imogen Hartley"),
        # a form's label set off by a dash, a tab or dot leaders, on a form asking for the person's data
        ("Pledge #5521\nPledgor — Tobias Lindqvist\nItem — gold ring 18k\nPhone — 070-123 45 67", "Tobias Lindqvist"),
        ("Passenger\tTobias Lindqvist\nSeat\t14C", "Tobias Lindqvist"),
        ("Customer ........ Tobias Lindqvist\nAccount ......... 44120", "Tobias Lindqvist"),
        ("Owner - Anna Kowalczyk", "Anna Kowalczyk"),
        # an element named for a person's role or that person's name
        ("<GuestName>Tobias Lindqvist</GuestName><Nights>2</Nights>", "Tobias Lindqvist"),
        ("<pledgor>Tobias Lindqvist</pledgor><item>ring</item>", "Tobias Lindqvist"),
        ("<Guest><Name>Tobias Lindqvist</Name><Room>214</Room></Guest>", "Tobias Lindqvist"),
    ],
)
def test_a_person_named_by_a_key_a_role_or_money_moved(text: str, name: str) -> None:
    assert name in _names(text)


@every(
    "text",
    [
        "Sponsors: Alpha and Omega Trust",
        "Show: Romeo and Juliet Cast",
        "Client: Marks and Spencer Foods",
        "Members: Marketing and Sales Operations",
        "driver: mark complete\nstatus: ok",
        "customer: will call back tomorrow",
        "patient: stable, no change",
        "Driver,Version,Vendor\nMesa Intel,23.1,Intel\nAmd Gpu,6.1,AMD",
        "\\begin{tabular}{lll}\nDriver & Kernel & Status\\\\\n\\hline\nNouveau Open & 6.2 & ok\\\\\n\\end{tabular}",
        'ex:b1 a schema:Book ;\n  schema:name "War and Peace" .',
        'ex:r9 a schema:Place ;\n  schema:name "Green River" .',
        "organizer: Sphinx Team\nversion: 7.2",
        "user: Build Agent\nschedule: nightly",
        "Speaker: Keynote Panel",
        "Payment from Stripe Payments Europe 1,200.00",
        "Received from Jordan Valley Farms 40.00",
        "Last Name: REQUIRED\nFirst Name: REQUIRED",
        "Visitor,Pages,Duration\nReturning Visitor,5,00:03:12\nNew Visitor,2,00:00:40",
        "Payer,Claims,Paid\nBlue Cross Shield,40,12000",
        "cities:\n  - name: Port Louis\n    population: 150000",
        "steps:\n  - name: Setup Node\n    uses: actions/setup-node@v4",
        "members:\n  - name: Release Managers",
        "wards:\n  - name: Rose Garden\n    beds: 12",
        "Guest — Special Edition",
        "Member - Login Page",
        "Driver - Nvidia Graphics",
        "Client\tWeb Browser",
        "Member - Gold Tier",
        "See the guest - Special Edition notes",
        "<Client>Web Browser</Client>",
        "<Owner>Platform Team</Owner>",
        "<Operator>Northern Rail</Operator>",
        "<Customer>Acme Holdings Ltd</Customer>",
    ],
)
def test_teams_firms_programs_and_remarks_are_no_one(text: str) -> None:
    assert _names(text) == []


@every(
    "text",
    [
        "Owner: Harbourside Casino\nGaming licence: GL-4410",
        "Applicant: Northern Fire & Rescue Service",
        "Trainer: Kilcullen Racing Stables",
        "Winner: Silver Wake (IRE)\nDistance: 2m",
        'Sample payload: {"name": "Mario Rossi", "tier": "gold"}',
    ],
)
def test_firms_horses_and_placeholder_people_are_no_one(text: str) -> None:
    assert _names(text) == []


def _addresses(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text) if f.kind == "street_address"]


@every(
    "text",
    [
        "Greenway Dental Clinic, 400 Market Street, Springfield (Mon-Fri 8-5)",
        "Visit us: Blue Heron Coffee, 66 Mint Street, Portland",
        "The Eastgate Fire Station is at 12 Water Lane.",
        "Lakeside Hotel, 9 Shore Road, Windermere - rooms from 90 a night",
    ],
)
def test_a_businesss_public_address_is_not_personal(text: str) -> None:
    assert _addresses(text) == []


@every(
    ("text", "address"),
    [
        ("Tenant: Amelia Hall, 12 Larch Close, Leeds", "12 Larch Close"),
        ("Deliver to Oliver Banks, 88 Quarry Road, Bristol", "88 Quarry Road"),
    ],
)
def test_a_persons_address_beside_their_name_is_still_found(text: str, address: str) -> None:
    assert any(address in a for a in _addresses(text))
