"""A business's own lines and places: numbers in the North American range kept for fiction, a business's phones in its
own voice (`Contact us`, `Main line`, `press 1`, `24 hours`), practices named for a doctor, and a business's address
after its name; a person's number and name beside the same words are still found."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _kinds(text: str) -> set[str]:
    return {f.kind for f in pii.find(text)}


def _values(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text) if f.kind == kind]


@every(
    "text",
    [
        "Phone: 555-0123",
        "In the pilot episode the detective dials (212) 555-0187 from a payphone.",
        '{"contact_phone": "+1 (646) 555-0142"}',
        "Mr Adeyemi can be reached on 1-312-555-0199 after six.",
        "tel:4155550176",
        "Reach Dana on (555) 234-7781 after the show.",
        "Contact: 1-555-867-5309",
        "Tel: +1 555 234 7781",
    ],
)
def test_the_range_kept_for_fiction_is_no_ones_line(text: str) -> None:
    assert "phone_number" not in _kinds(text)


@every(
    ("text", "phone"),
    [
        ("Mr Adeyemi can be reached on 1-312-448-0199 after six.", "1-312-448-0199"),
        ("Phone: 555-2210", "555-2210"),
        ("Rufnummer: +49 30 5550 1234", "+49 30 5550 1234"),
        ("Reach Dana on (212) 555-7734.", "(212) 555-7734"),
        ("Tel: +52 55 5552 7781", "+52 55 5552 7781"),
    ],
)
def test_numbers_outside_that_range_are_still_found(text: str, phone: str) -> None:
    assert phone in _values(text, "phone_number")


@every(
    "text",
    [
        "Contact us: Tel +49 30 1234 5670 · Fax +49 30 1234 5679 · info@kestrel-werkzeug.de",
        "For sales, press 1. For technical support, press 2. Main line: (646) 448-0142.",
        "Reservations line: +33 1 42 68 53 00",
        "Our Melbourne office can be reached on (03) 9012 3456.",
        "KeyRight Locksmiths\n24 hour emergency call-out\n0412 558 901\nLicensed & insured",
        "Taxi bookings: 0161 228 1133 (24 hours)",
        "Lift breakdown? Call our engineers on 0345 600 2211.",
        "Moving quote line 020 3880 4411",
        "Toll-free: 1 866 412 7788 from anywhere in Canada",
    ],
)
def test_a_business_lines_in_its_own_voice(text: str) -> None:
    assert _kinds(text) == set()


@every(
    ("text", "kind"),
    [
        ("Conference line: 0161 496 0018 (ask for Omar)", "phone_number"),
        ("Our office manager Dana Whitlock, mobile 0412 558 901", "phone_number"),
        ("Customer service escalated the call from ana.silva@outlook.com (0117 496 0123).", "email"),
        ("Taxi booked for 24 hours from now; passenger mobile 07700 448 123", "phone_number"),
    ],
)
def test_a_persons_line_beside_the_same_words(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@every(
    "text",
    [
        "Dr. Amara Singh Orthodontics is accepting new patients.",
        "Book at Dr. Okafor Physiotherapy today.",
        "Dr. Reyes Pediatrics opens on Saturdays.",
        "Walk-ins welcome at Dr. Lindqvist Dentistry.",
    ],
)
def test_practices_named_for_a_doctor_are_no_persons_name(text: str) -> None:
    assert "person_name" not in _kinds(text)


@every(
    ("text", "name"),
    [
        ("Patient seen by Dr. Amara Singh on Tuesday; mobile 0412 558 901", "Dr. Amara Singh"),
        ("Patient: Tomasz Wrobel, referred by Dr. Okafor", "Tomasz Wrobel"),
    ],
)
def test_doctors_and_patients_names_are_still_found(text: str, name: str) -> None:
    assert name in _values(text, "person_name")


@every(
    "text",
    [
        "McDonald's restaurant at 100 Main St closes at 11pm.",
        "Trader Joe's store #552 at 2001 Greenville Ave opens at 8.",
        "Kestrel Logistics GmbH | Am Hafen 12, 20457 Hamburg",
        "Brightwater Dental Practice, 22 High Street, Reading RG1 2AB",
        "The Harbour Lights Memorial is at 1964 Quay Road, Whitby YO21 1DH.",
        "Listing agent: Fenwick Realty, 410 Market St, San Francisco, CA 94105",
        "Contact: Orbital Data Enterprise, 1701 Mossy Oaks Rd, Spring, TX 77389",
    ],
)
def test_a_business_address_after_its_name(text: str) -> None:
    assert "street_address" not in _kinds(text)


@every(
    "text",
    [
        "Tenant: Miriam Kallon, 14 Front Street, Reading RG1 2AB",
        "Ship to: Ruth Abara, 4500 Industrial Pkwy, Dayton, OH 45414",
    ],
)
def test_a_persons_address_is_still_found(text: str) -> None:
    assert "street_address" in _kinds(text)


@every(
    "text",
    [
        "`http://user:pass@example.org/` now shares cookies with `http://example.org/`.",
        "ftp://anonymous:guest@ftp.funet.fi/pub/ is mirrored nightly.",
        "git clone https://deploy:x7@git.internal.example/infra.git",
        "DATABASE_URL=mysql://app_user@db.internal:3306/app",
        "Kerberos principal HTTP/web01.corp.acme.com@CORP.ACME.COM",
    ],
)
def test_a_urls_login_and_password_are_no_mailbox(text: str) -> None:
    assert "email" not in _kinds(text)


@every(
    ("text", "email"),
    [
        ("Contact: ana:ana.silva@gmail.com", "ana.silva@gmail.com"),
        ("mail dana.k@mail.example.org or ftp://anonymous:guest@ftp.funet.fi/pub", "dana.k@mail.example.org"),
        ("mailto:rui.costa@sapo.pt", "rui.costa@sapo.pt"),
        ("Principal: jdoe@CORP.ACME.COM", "jdoe@CORP.ACME.COM"),
    ],
)
def test_mailboxes_beside_a_colon_or_a_urls_login_are_still_found(text: str, email: str) -> None:
    assert email in _values(text, "email")


@every(
    "text",
    [
        "Patient: Jane Roe, DOB 01/01/1970",
        "Name: Ola Nordmann, Storgata 1, 0155 Oslo",
        "Naam: Jan Modaal, Kerkstraat 12, 1017 GC Amsterdam",
        "Customer: John Q. Public, 1600 Elm Street, Springfield IL 62704",
        "Nimi: Matti Meikäläinen, puh. 040 448 1234",
    ],
)
def test_a_record_of_a_countrys_placeholder_person_is_made_up(text: str) -> None:
    assert _kinds(text) == set()


def test_a_real_record_beside_a_placeholder_ones_is_still_found() -> None:
    text = "Name: Ola Nordmann, Storgata 1, 0155 Oslo\n\nName: Ingrid Haugland, Kirkegata 14, 0153 Oslo"
    assert _values(text, "street_address") == ["Kirkegata 14, 0153 Oslo"]


@every(
    "text",
    [
        "Charger no. 4410-8823-1102 reported a ground fault.",
        "Coil no. 8841 2290 1174 (hot rolled, 6.0 mm)",
        "Keg #0412 558 901 returned empty",
        "Reel ID: 512-44-9087, 500 m of 4 mm² cable",
        "Reagent lot and kit: kit 4556 7375 8689 9855",
        "Lift 0345 600 221 serviced; escalator 0412 558 902 due",
        "Garment style 88-4410-2210, colour 014",
    ],
)
def test_codes_of_plant_parts_and_stock_in_a_persons_shapes(text: str) -> None:
    assert _kinds(text) == set()


@every(
    "text",
    [
        "HMRC Self Assessment: 0300 200 3310",
        "Tax office phone: +44 300 200 3300",
        "NHS non-urgent line 0300 311 2233",
        "Finanzamt München, Telefon 089 1252-0",
        "Lift breakdowns: 0345 600 2211",
    ],
)
def test_public_bodies_and_british_non_geographic_lines(text: str) -> None:
    assert "phone_number" not in _kinds(text)


@every(
    ("text", "phone"),
    [
        ("Mobile: 0412 558 901", "0412 558 901"),
        ("Tenant mobile 07700 448 123", "07700 448 123"),
        ("Contact Ali Raza, 0300-1234567", "0300-1234567"),
        ("Driver's phone: 020 3880 4411", "020 3880 4411"),
    ],
)
def test_a_persons_phone_is_still_found(text: str, phone: str) -> None:
    assert phone in _values(text, "phone_number")


@every(
    "text",
    [
        "Fax: 020 7946 0321 (accounts payable)",
        "Reception: 01632 960 123 - Greenfield Veterinary Surgery",
        "Parts desk direct: 0161 496 0123",
        "Call the school office on 01632 960 555 to report an absence.",
        "The museum can be reached at 0131 496 0888 (visitor services).",
        "In episode four the character rings 07700 900 412 from a phone box.",
        "Sample row for the import template: +44 113 496 0017",
    ],
)
def test_british_drama_lines_for_a_desk_a_story_or_an_example(text: str) -> None:
    assert "phone_number" not in _kinds(text)


@every(
    ("text", "phone"),
    [
        ("Please reach out to Margaret Oyelaran at 07700 900462 about the refund.", "07700 900462"),
        ("My mobile for the club fixtures: 07700 900 318", "07700 900 318"),
        ("Next of kin (sister), reception hours only: 0161 496 0777", "0161 496 0777"),
        ("Call +44-7700-900461 tonight", "+44-7700-900461"),
        ("Parts desk direct: 0161 498 0123", "0161 498 0123"),
    ],
)
def test_drama_lines_tied_to_a_person_or_alone_and_other_lines_are_still_found(text: str, phone: str) -> None:
    assert phone in _values(text, "phone_number")


@every(
    "text",
    [
        "For billing questions write to billing@brightwave.io and we answer within a day.",
        "Contact support@northfieldsoftware.com for help with your licence.",
        "Report vulnerabilities to security@quarrylabs.com (PGP key on our site).",
        "Jobs: careers@tallpinehealth.org",
        "Our data protection officer can be reached at dpo@verdantbank.eu.",
        "Please email accounts-payable@harbourlogistics.com with the invoice number.",
        "Questions? Email team@lumenapp.io",
    ],
)
def test_a_desks_mailbox_in_a_business_voice(text: str) -> None:
    assert "email" not in _kinds(text)


@every(
    ("text", "email"),
    [
        ("From: billing@brightwave.io\nTo: anna@brightwave.io\nSubject: invoice", "billing@brightwave.io"),
        ("Contact person: Jonas Berg (support@bergdata.se)", "support@bergdata.se"),
        ("My email is hello@janeporter.com if you need me.", "hello@janeporter.com"),
        ("Regards,\nTom Becker\nsales@beckerbikes.de", "sales@beckerbikes.de"),
        ("For billing questions write to billing@gmail.com, we answer daily.", "billing@gmail.com"),
        ("Email: support@brightwave.io", "support@brightwave.io"),
    ],
)
def test_a_desks_mailbox_beside_a_person_or_alone_is_still_found(text: str, email: str) -> None:
    assert email in _values(text, "email")


@every(
    ("text", "phone"),
    [
        ("Call ID 9876543210 was dropped after 42 seconds.", None),
        ("call_id=4471234567 status=completed", None),
        ("Call 9876543210 after six.", "9876543210"),
        ("Caller ID 4471234567", "4471234567"),
        ("Consignment note 0123 4567 8901 dispatched from the Sydney depot", None),
        ("Con note 0123 4567 8901 picked up 14:10", None),
        ("Case note: called her on 07700 900123", "07700 900123"),
        ("Consignment note 0123 4567 8901, receiver mobile 0412 345 678", "0412 345 678"),
    ],
)
def test_a_calls_id_is_no_phone(text: str, phone: str | None) -> None:
    assert _values(text, "phone_number") == ([phone] if phone else [])


@every(
    ("text", "kind"),
    [
        ("Counsel: Morgan Lewis & Bockius LLP, 1701 Market Street, Philadelphia.", "street_address"),
        ("© 2024 Northwind Traders Ltd · 22 Quay Street, Bristol BS1 4DJ", "street_address"),
        ("Impressum: Beispiel GmbH, Hauptstraße 5, 10115 Berlin. Telefon: +49 30 12345678.", "phone_number"),
        ("{'company_number': '08123456', 'vat': 'GB123456789', 'phone': '+44 20 3123 4567'}", "phone_number"),
        ("MECARD:N:Greenleaf Garden Centre;TEL:+441632960123;ADR:12 Mill Road, Ely CB7 4AB;;", "street_address"),
        (
            "BEGIN:VCARD\nVERSION:3.0\nORG:Harbour Freight Ltd\nTEL;TYPE=WORK:+44 20 3123 4567\nEND:VCARD",
            "phone_number",
        ),
        ("| Code | Description | Price |\n|---|---|---|\n| 512-44-9087 | Hex bolt M8 | 0.45 |", "ssn"),
        ("Greta Lindqvist (born 3 May 1961) is a Swedish actress and film director.", "date_of_birth"),
        ("Marta Oyelaran, born December 13, 1989, is an American singer-songwriter.", "date_of_birth"),
        ("Kofi Mensah-Boateng (born 21 August 1986) is a Ghanaian retired sprinter.", "date_of_birth"),
        ("CI #48213771 passed on main", "id_card_number"),
        ("Thai national ID 1 1037 02071 81 2", "id_card_number"),
        ("Lab inventory: test handset 7, IMEI 356938035643809, firmware 4.2", "imei"),
        ("IMEI 356938035643809 of the demo unit in our lab", "credit_card"),
        ("RIF: J-31234567-5", "ve_rif"),
        ('{"name": "Kiln Coffee", "address": "66 Mint St, San Francisco, CA 94103", "rating": 4.5}', "street_address"),
        ("1. Corner Express — 12 High Street, Oxford OX1 4AA — open until 23:00 — 01865 448 901", "phone_number"),
        ("Da Pino, Via Roma 23, 00184 Roma — tel. 06 4890 1234 — chiuso lunedì", "phone_number"),
        ("Brasserie Lutz, Hauptstr. 4, 79098 Freiburg, Tel. 0761 448 2210, Montag Ruhetag", "phone_number"),
        ("The card number 078-05-1120 printed in wallet inserts was used by thousands.", "phone_number"),
        ("Business number 130-284-599, GST/HST registrant", "ca_sin"),
        ("Store licence 130 284 599 (cannabis retail)", "ca_sin"),
        ("Nr. Reg. Com. J40/1234/2010, CUI 12345678", "id_card_number"),
    ],
)
def test_a_companys_notice_card_and_codes_a_public_life_a_build(text: str, kind: str) -> None:
    assert kind not in _kinds(text)


@every(
    ("text", "kind"),
    [
        ("Tenant Jon Price lives at 9 Mill Lane, Bath BA1 5AB.", "street_address"),
        (
            "BEGIN:VCARD\nVERSION:3.0\nFN:Anna Kowalski\nORG:Harbour Freight Ltd\nTEL:+44 7911 123456\nEND:VCARD",
            "phone_number",
        ),
        ("{'name': 'Anna Kowalski', 'phone': '+44 7911 123456'}", "phone_number"),
        ("Patient Greta Lindqvist (born 3 May 1961) is an outpatient at ward 4.", "date_of_birth"),
        ("Jane Porter, born 13 December 1989, is a nurse at St Mary's.", "date_of_birth"),
        ("Patient Ana Silva, born 12 March 1984, is an accountant; mobile 07700 900123", "date_of_birth"),
        ("Nombre: Ana Pérez, CI: 12345678", "id_card_number"),
        ("ID card: 1234567890", "id_card_number"),
        ("IMEI: 356938035643809", "imei"),
        ("RIF: V-31234567-2", "ve_rif"),
        ("RFC: GODE561231GR8", "mx_rfc"),
        ("My stolen phone, IMEI 356938035643809, was last seen in the lab.", "imei"),
        ('{"name": "Anna Kowalski", "address": "66 Mint St, San Francisco, CA 94103", "rating": 4}', "street_address"),
        ("Mrs Dale, 12 High Street, Oxford OX1 4AA — home until 23:00 — 01865 448 901", "phone_number"),
        ("Call my mobile 06 4890 1234, the shop is chiuso lunedì", "phone_number"),
        ("SIN: 130 284 599", "ca_sin"),
        ("Jane Roberts, 130 284 599, Toronto", "ca_sin"),
        ("CUI 1234 56789 0101", "gt_cui"),
    ],
)
def test_a_persons_card_address_and_birth_are_still_found(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@every(
    "text",
    [
        "Payee: Hewlett Packard Enterprise",
        "Account name: Rolls Royce",
        "Customer: Marks Spencer",
        "Beneficiary: Thomson Reuters",
        "Name: Goldman Sachs",
        "Maintainer: Debian Science Maintainers <debian-science@lists.example.org>",
        "Uploaders: Northwind Packagers <packagers@northwind.example.net>",
    ],
)
def test_firms_named_after_their_founders_are_no_persons_name(text: str) -> None:
    assert "person_name" not in _kinds(text)


@every(
    ("text", "name"),
    [
        ("Payee: Hannah Packard", "Hannah Packard"),
        ("Customer: Marta Spencer, phone +44 7911 123456", "Marta Spencer"),
    ],
)
def test_people_with_those_surnames_are_still_found(text: str, name: str) -> None:
    assert name in _values(text, "person_name")


@every(
    "text",
    [
        "Maintainer: Debian Rust Team <team+rust@tracker.debian.org>",
        "Uploaders: Debian Ruby Packaging Group <pkg-ruby-extras@lists.example.org>",
        "uid [ unknown] Northwind Archive Automatic Signing Key (2024) <ftpmaster@northwind.example.net>",
        'gpg: Good signature from "Quarry Labs Releases (signing key) <releases@quarrylabs.com>"',
        '"author": "The Lumen Project Contributors <lumen-dev@googlegroups.com>"',
        "Packager: Brightwave Build System <builder+arm64@brightwave.io>",
        "Bug reports: bugs@quarrylabs.com; security issues: quarrylabs-security@quarrylabs.com",
        "Mailing list: dev@lumenapp.io (subscribe: dev-subscribe@lumenapp.io)",
        "Send your CV to recruitment@harbourlogistics.com quoting the vacancy.",
    ],
)
def test_a_groups_mailbox_in_package_metadata_and_key_listings(text: str) -> None:
    assert "email" not in _kinds(text)


@every(
    ("text", "email"),
    [
        ("Maintainer: Dana Whitfield <dana@whitfield.io>", "dana@whitfield.io"),
        ("Release Team <maria.lopez@contoso.com>", "maria.lopez@contoso.com"),
        ("Security team contact: Mark Olsen <mark.olsen@bankofnorth.co.uk>", "mark.olsen@bankofnorth.co.uk"),
        ("Author: The Go Authors <golang-dev@googlegroups.com> and Rob Pike <r@golang.org>", "r@golang.org"),
        ("Bug reports: bugs@gmail.com", "bugs@gmail.com"),
        ("My email: bugs@quarrylabs.com, ask for Tom", "bugs@quarrylabs.com"),
    ],
)
def test_a_persons_mailbox_beside_a_group_or_a_list_is_still_found(text: str, email: str) -> None:
    assert email in _values(text, "email")


@every(
    "text",
    [
        "Zentrale: +49 30 2277 4410",
        "Centralita: 91 588 10 00 (Ayuntamiento)",
        "Infolinia 801 300 800, bank",
        "Línea gratuita 01 8000 912 345",
        "Atención al cliente: 0800 8100, lunes a viernes",
        "Kundenservice: 0800 330 1000 (kostenfrei)",
        "Our WhatsApp business number is +52 55 4471 2290.",
    ],
)
def test_a_switchboards_and_a_customer_desks_line_in_other_languages(text: str) -> None:
    assert "phone_number" not in _kinds(text)


@every(
    ("text", "phone"),
    [
        ("Zentrale: +49 30 2277 4410, mobil privat Herr Krause: +49 171 2345678", "+49 171 2345678"),
        ("Kundenservice rief Frau Berger an: Handy +49 151 23456789", "+49 151 23456789"),
        ("My WhatsApp: +52 55 4471 2290", "+52 55 4471 2290"),
    ],
)
def test_a_persons_line_beside_a_switchboard_is_still_found(text: str, phone: str) -> None:
    assert phone in _values(text, "phone_number")


@every(
    "text",
    [
        "Ejemplo de CURP: HEGG560427MVZRRL04",
        "Exemple de NIR : 1 84 12 76 451 089 46",
        "Beispiel Steuer-ID: 86095742719",
        "Voorbeeld IBAN: NL91ABNA0417164300",
    ],
)
def test_an_example_said_in_other_languages(text: str) -> None:
    assert pii.find(text) == []


@every(
    "text",
    [
        "Format of the AMKA: 30078567325",
        "The BSN is written like 563262497: the last digit is a check digit.",
        "Input mask for CNP: 1850730079038. Invalid numbers are rejected by the API.",
        "Regex for CUIL: matches strings like 20-20101701-8",
        "Validation rule: a NRIC such as S5438989B must pass the checksum before the form is submitted.",
        "To test the validator, enter 85.07.30-451.95 in the Rijksregisternummer field.",
        "Unit test: assert validate_pesel('85073055407') is True",
        "MyKad format — pattern shown on the card: 850730-14-0396",
    ],
)
def test_an_ids_format_described_with_one_shown(text: str) -> None:
    assert pii.find(text) == []


@every(
    ("text", "kind"),
    [
        ("Customer PESEL (format checked): 85073055407", "pl_pesel"),
        ("PESEL: 85073055407 — validated against the registry", "pl_pesel"),
        ('Export format: JSON {"pesel": "85073055407", "name": "Anna Nowak"}', "pl_pesel"),
        ("format=csv; pesel=85073055407", "pl_pesel"),
        ("Data validation report — row 14: CNP 1850730079038, status valid", "ro_cnp"),
        ("Checksum OK for BSN 563262497 of applicant J. de Vries", "nl_bsn"),
    ],
)
def test_an_id_in_a_record_beside_format_words_is_still_found(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@every(
    "text",
    [
        "Polling station: St John's Church Hall, 14 Church Lane, Bramley GU5 0HL",
        "Blood donor session: Village Hall, 22 Station Road, Ashford TN23 1PP, 13:30-19:30",
        "School: Greenfield Primary, 4 Oak Avenue, Leeds LS6 2AB, term starts 4 September",
        "Gig: The Leadmill, 6 Leadmill Road, Sheffield S1 4SE, 19:00",
        "Pub quiz at The Red Lion, 44 High Street, Oxford OX1 4AP, Tuesdays 20:00",
        "Restaurante Botín, Calle de Cuchilleros 17, 28005 Madrid",
        "Musée d'Orsay, 1 Rue de la Légion d'Honneur, 75007 Paris",
        "Rijksmuseum, Museumstraat 1, 1071 XX Amsterdam",
        "Boulangerie Dupont, 12 rue des Martyrs, 75009 Paris, fermé le lundi",
        "Customer: Garcia Construction Co., 1200 Main St, Dallas TX 75201",
        "Remit to: Johnson Plumbing LLC, PO Box 4471, Austin TX 78701",
        "Account holder: Rossi S.r.l., Via Roma 12, 20121 Milano",
        "Food hygiene rating 5: Golden Dragon Takeaway, 9 Market Place, Wells BA5 2RB (inspected 12/02/2024)",
    ],
)
def test_a_public_places_address_after_its_name_or_an_events_label(text: str) -> None:
    assert not _kinds(text) & {"street_address", "person_name"}


@every(
    "text",
    [
        "Sarah Hall, 22 Station Road, Ashford TN23 1PP",
        "Patient: Tom Becker, 14 Church Lane, Bramley GU5 0HL",
        "Pupil: Ali Khan, 4 Oak Avenue, Leeds LS6 2AB (Greenfield Primary)",
        "Venue manager John Carter, 88 Riverside Way, Dartford DA1 5BS",
        "She lives at 6 Leadmill Road, Sheffield S1 4SE, near the market.",
        "Lieferadresse: Erika Krause, Marktplatz 3, 69117 Heidelberg",
        "Customer: Jane Porter, 1200 Main St, Dallas TX 75201 (Garcia Construction Co.)",
        "Ship to: Dana Whitfield c/o Rossi S.r.l., Via Roma 12, 20121 Milano",
    ],
)
def test_a_persons_address_beside_a_places_words_is_still_found(text: str) -> None:
    assert "street_address" in _kinds(text)


@every(
    "text",
    [
        "Hotel Bellevue, Seestrasse 12, 6004 Luzern, Tel. +41 41 418 24 24",
        "Pharmacie du Centre, 8 place de la République, 69002 Lyon — 04 78 42 16 90",
        "Farmacia San Marco, Via Roma 21, 35122 Padova, tel. 049 876 5432",
        "Apteka Centrum, ul. Marszałkowska 100, 00-026 Warszawa, tel. 22 827 45 10",
        "Eczane Merkez, İstiklal Cad. 55, Beyoğlu İstanbul, 0212 245 33 12",
        "Dr. Patel Family Clinic, 220 Oak Ave, Fremont CA 94536, (510) 794-2231",
        "Mairie de Lyon, 1 place de la Comédie, 69001 Lyon, standard : 04 72 10 30 30",
        "Bodega El Sol, 455 W 145th St, New York, NY 10031 - 212-281-3344",
        "Apotheke am Markt\nMarktplatz 3, 79098 Freiburg\nTelefon 0761 2923 470",
        "Pharmacie du Centre\n8 place de la République\n69002 Lyon\n04 78 42 16 90",
        "Registro Imprese: Rossi Costruzioni S.r.l., Via Roma 15, 00184 Roma, tel. 06 4890 1234",
        "SIRENE : Boulangerie Lefort SARL, 12 rue de la Paix, 75002 Paris, tél. 01 42 68 53 00",
        "Veterinary practice: Oakwood Vets, 9 Elm Grove, Sheffield S10 2BB",
        "Hotel Astoria, Bolshaya Morskaya 39, St Petersburg, +7 812 494 5757",
    ],
)
def test_a_business_line_or_block_headed_by_its_name(text: str) -> None:
    assert not _kinds(text) & {"street_address", "phone_number", "person_name"}


@every(
    ("text", "phone"),
    [
        ("Hotel Bellevue, guest Anna Müller, mobile +41 79 418 24 24", "+41 79 418 24 24"),
        ("Pharmacie du Centre - patient home address: 8 place Bellecour, 69002 Lyon, 04 78 42 16 90", "04 78 42 16 90"),
        ("Clinic record: John Carter, 220 Oak Ave, Fremont CA 94536, (510) 794-2231", "(510) 794-2231"),
        ("Sunrise Care Home, resident Mary Jones, 0113 496 0127", "0113 496 0127"),
        ("Park Hotel\nReservation for Tom Baker\n07700 900123", "07700 900123"),
        ("Hotel Bellevue\nGuest: Anna Müller\nSeestrasse 12\n6004 Luzern\n+41 79 418 24 24", "+41 79 418 24 24"),
        ("Station Road 22, 3011 AB Rotterdam, 010 123 4567", "010 123 4567"),
        ("Hotel Street 5\nLeeds LS6 2AB\n0113 496 0124", "0113 496 0124"),
        ("Resident: Anna Rossi, Via Roma 15, 00184 Roma, tel. 06 4890 1234", "06 4890 1234"),
        ("Patient: Oakwood Vets, 9 Elm Grove, Sheffield, tel. 07911 123456", "07911 123456"),
    ],
)
def test_a_persons_line_under_a_business_name_is_still_found(text: str, phone: str) -> None:
    assert phone in _values(text, "phone_number")


@every(
    "text",
    [
        "For rent: 2-bed flat, 14 Albert Road, London N4 3RR, £1,650 pcm, EPC C, call the agent on 020 8800 1234",
        "À louer : T2 meublé, 12 rue Victor Hugo, 33000 Bordeaux, 780 €/mois CC, agence 05 56 44 22 11",
        "Se alquila piso, Calle de Alcalá 120, 28009 Madrid, 1.200 €/mes, inmobiliaria 91 435 22 10",
        "Listing #MLS 4412398: 1234 Maple Drive, Austin TX 78704, 3 bd 2 ba 1,850 sqft, $625,000",
        "Te huur: appartement Prinsengracht 263, 1016 GV Amsterdam, €2.100 p/m",
        "Gewerbefläche zu vermieten, Industriestraße 44, 70565 Stuttgart, 320 m², 12 €/m²",
        "Planning application 24/01234/FUL: 7 Station Road, Harpenden AL5 4SE, single-storey rear extension",
    ],
)
def test_a_propertys_listing_or_register_record_and_its_agency(text: str) -> None:
    assert not _kinds(text) & {"street_address", "phone_number"}


@every(
    ("text", "kind"),
    [
        ("Tenant: Jane Porter, 14 Albert Road, London N4 3RR, rent £1,650 pcm", "street_address"),
        ("For rent by owner: 14 Albert Road, London N4 3RR, £1,650 pcm, call 07700 900123", "phone_number"),
        ("Private landlord, 2-bed flat at 14 Albert Road, London N4 3RR, £1,650 pcm", "street_address"),
        ("Moving house: my new address is 14 Albert Road, London N4 3RR, 2-bed flat, £1,650 pcm", "street_address"),
        ("Mieter: Erika Krause, Goethestraße 12, 80336 München, Kaltmiete 1.450 €", "street_address"),
        ("Title number MS123456: 14 Albert Road, Liverpool L17 8TN, proprietor John Smith", "street_address"),
        ("Deliver to 14 Albert Road, Bath BA1 2BA", "street_address"),
    ],
)
def test_a_persons_home_beside_a_listings_words_is_still_found(text: str, kind: str) -> None:
    assert kind in _kinds(text)
