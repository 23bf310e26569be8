"""Personal data in structured identity and clinical records, read by their field names: XML elements (clinical
documents, prescriptions, social-security and payroll filings), SAML attributes, jCards and xCards, the name parts
of SCIM and FHIR resources, and health certificates' holders."""

from __future__ import annotations

import re

from . import lazy
from .findings import Finding
from .pii_orgs import LEGAL_FORM as _LEGAL_FORM
from .pii_people import name_ok, role_label
from .scan import INDEX, holds, holds_any

DETECTOR = "pii"

_NAME_TAGS = (
    "surname lastname last_name familyname family_name firstname first_name givenname given_name forename forenames "
    "middlename middle_name fullname full_name personname person_name patientname patient_name birthname maidenname "
    "nachname vorname familienname geburtsname nom nomfamille nom_famille nomdefamille prenom prenoms apellido "
    "apellidos primerapellido segundoapellido cognome achternaam voornaam voornamen efternamn fornamn etternavn "
    "fornavn efternavn sukunimi etunimi nazwisko imie prijmeni jmeno vezeteknev keresztnev prezime priimek "
    "firstsurname secondsurname xnome nomecompleto nombrecompleto persname"
)
_BIRTH_TAGS = (
    "birthdate birth_date dateofbirth date_of_birth datebirth dob birthday geburtsdatum datenaissance "
    "date_naissance fechanacimiento fecha_nacimiento datanascita data_nascita geboortedatum fodelsedatum"
)
_ID_TAGS = (
    "socialsecuritynumber social_security_number ssn nino ninumber nationalinsurancenumber inss niss nir "
    "versicherungsnummer sozialversicherungsnummer rentenversicherungsnummer svnr svnummer ahvn13 ahvnummer avs bsn "
    "burgerservicenummer personnummer personalidentificationnumber personalidnumber personalnumber personalcode "
    "nationalid nationalidentifier nationalidnumber nationalidentificationnumber nationalnumber taxfilenumber "
    "taxfilenumberid tfn codicefiscale codice_fiscale nif dni curp cpf pesel amka egn cnp oib jmbg emso hetu cpr "
    "kennitala fodselsnummer insurednumber insurancenumber sozialversicherungsnr numerosecuritesociale nss naf "
    "medicarenumber nhsnumber healthcardnumber healthinsurancenumber patientid mrn medicalrecordnumber"
)
_PHONE_TAGS = "telephone telephonenumber phone phonenumber mobile mobilephone mobilenumber telefon telefonnummer"
_STREET_TAGS = "street streetname streetaddress streetaddressline addressline addressline1 addressline2 strasse"
_KIND_OF = {
    **{t: "person_name" for t in _NAME_TAGS.split()},
    **{t: "date_of_birth" for t in _BIRTH_TAGS.split()},
    **{t: "id_card_number" for t in _ID_TAGS.split()},
    **{t: "phone_number" for t in _PHONE_TAGS.split()},
    **{t: "street_address" for t in _STREET_TAGS.split()},
    "given": "person_name",
    "family": "person_name",
}
"""An element's local name (lower-cased) and the kind of its value. `given` and `family` only inside a `<name>`
(clinical documents' `<name><given>...</given><family>...</family></name>`)."""
_ID_WHOSE = (
    r"(?:social|security|securite|seguridad|seguranca|sicurezza|insurance|insured|versicherung|sozial|national|"
    r"personal|person|citizen|identity|identification|fiscal|afiliacion|afiliado|membership|member|patient|health|"
    r"medical|pension|renten)"
)
_ID_WHAT = r"(?:number|nummer|numero|num|no|nr|id|code|kod|identifier)"
_ID_TAG = lazy.compile(rf"[\w-]*(?:{_ID_WHOSE}[\w-]*{_ID_WHAT}|{_ID_WHAT}[\w-]*{_ID_WHOSE})[\w-]*")
"""An element's name that says it holds a person's number (`<NumeroSeguridadSocial>`, `<PersonalIdentifier>`)."""
_PERSON_ELEMENT = lazy.compile(
    r"<(?:[\w.-]+:)?(?:person|worker|employee|insured|insuredperson|patient|member|beneficiary|subscriber|"
    r"versicherter?|assure|trabajador|lavoratore|werknemer|individual|citizen|claimant|applicant|payee|contact|"
    r"holder|cardholder|passenger|traveller|traveler|student|customer|debtor|creditor|prescriber|physician|"
    # the buyer, payer or payee of e-invoices and payment messages (UBL, CII, FatturaPA, Facturae, NF-e, CFDI,
    # KSeF, ISO 20022) and the holder of the account paid into
    r"accountingcustomerparty|customerparty|buyer|buyerparty|buyertradeparty|invoiceetradeparty|shiptotradeparty|"
    r"deliveryparty|payeeparty|payeefinancialaccount|cessionariocommittente|dest|receptor|podmiot2|dbtr|cdtr|"
    r"ultmtdbtr|ultmtcdtr|payer|recipient|addressee|consignee|"
    # people a booking's, a register's or a ledger's record is of
    r"guest|tenant|resident|pledgor|donor|pupil|learner|volunteer|visitor|attendee|participant|"
    r"registrant|rider|athlete|entrant|competitor|decedent|deceased|spouse|guardian)[\s>]",
    re.I,
)
_GENERIC_NAME_TAGS = frozenset(
    {"name", "nombre", "nome", "navn", "naam", "namn", "nimi", "jmeno", "meno", "ime", "registrationname", "nm"}
)
"""Names of an element that name a person only inside a person's element (`<Worker>...<Name>`)."""
_ID_KINDS = {"ssn": "ssn", "socialsecuritynumber": "ssn", "social_security_number": "ssn", "nino": "uk_nino"}
_ELEMENT = lazy.compile(
    r"<(?:[A-Za-z][\w.-]*:)?(?P<tag>[A-Za-z][\w-]{1,40})(?:\s[^<>]{0,200})?>[ \t]*"
    r"(?:<(?:[A-Za-z][\w.-]*:)?(?i:date|value|text|number|id)>[ \t]*)?(?P<value>[^<>\r\n]{1,100}?)[ \t]*</"
)
"""An element with a value of its own (maybe wrapped once more: `<DateOfBirth><Date>...</Date></DateOfBirth>`)."""
_BIRTH_TIME = lazy.compile(r"<(?:[\w.-]+:)?birthTime\s+value=\"(?P<value>\d{8})")
"""A clinical document's `<birthTime value="19680714"/>`."""
_NAME_OPEN = lazy.compile(r"<(?:[\w.-]+:)?name[\s>]")
_NAME_CHARS = lazy.compile(r"[^\W\d_]{2}")
_NAME_VALUE = lazy.compile(r"[^\W\d_][^\W\d_'’. -]*(?:[ '’.-]+[^\W\d_][^\W\d_'’.-]*){0,4}\.?")
"""One to five words of letters (a given name, a surname, `Ó Briain`, `McCrae-Lowe`)."""


_AUTHORITY_FORM = lazy.compile(
    r"(?P<name>[^\W\d_][^,^<>\n]{0,60}(?:,|\^) ?[^\W\d_][^,^<>\n]{0,60}?)(?:\^[^\W\d_][^^<>\n]{0,40})?"
    r"(?:,? (?:\d{4}|\d{4}-(?:\d{4})?|b\. \d{4}|d\. \d{4}|\d{4}\?|active \d{4}))?\.?"
)
"""A name as catalogues and imaging headers write it: surname first, its parts apart by a comma or `^`, maybe the
years of a life after it (`Vasquez Ortega, Remedios, 1921-2004`, `Okonkwo^Ifeoma`)."""


def _value_ok(kind: str, value: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    if kind == "person_name":
        if value.lower() in _NOT_NAMES:
            return False
        if _NAME_VALUE.fullmatch(value) is not None:
            return True
        form = _AUTHORITY_FORM.fullmatch(value)
        return form is not None and _NAME_VALUE.fullmatch(re.sub(r"[,^] ?", " ", form.group("name"))) is not None
    if kind in ("id_card_number", "ssn", "uk_nino"):
        return digits >= 5 and len(value) <= 24
    if kind == "phone_number":
        return 7 <= digits <= 15
    if kind == "date_of_birth":
        return digits >= 4
    return digits > 0 and _NAME_CHARS.search(value) is not None


_NOT_NAMES = frozenset({"unknown", "none", "null", "n/a", "na", "redacted", "anonymous", "string", "text", "true"})


def _inside_person(text: str, at: int) -> bool:
    """Whether the element at `at` stands inside a person's element opened in the 300 characters before it (and not
    closed since: `</cac:AccountingCustomerParty><cac:Item><cbc:Name>` names an item)."""
    opened = None
    for m in _PERSON_ELEMENT.finditer(text, max(0, at - 300), at):
        opened = m
    if opened is None:
        return False
    tag = opened.group()[1:-1]
    return f"</{tag}>" not in text[opened.end() : at]


_NAMED_BY = lazy.compile(r"\s(?:[Nn]ame|[Kk]ey)=\"(?:[\w.-]+:)?([A-Za-z][\w-]{1,40})\"")
"""A generic element's attribute naming the field it holds (`<Data Name="DisplayName">`, `<SimpleData name="dob">`)."""
_GENERIC_TAGS = frozenset({"data", "property", "field", "param", "parameter", "item", "entry", "column", "simpledata"})
_FIELD_NAMES = {"displayname": "person_name", "telephonenumber": "phone_number", "homephone": "phone_number"}
"""Field names that hold a person's data when a generic element's attribute names them (Windows events' data)."""
_BIRTH_ATTRIBUTE = lazy.compile(r"[A-Za-z]*(?:DateOfBirth|BirthDate|Birthday)=\"(?P<value>\d{4}-\d\d-\d\d|\d{8})\"")
"""An attribute named for a birth date (a health export's `HKCharacteristicTypeIdentifierDateOfBirth="1986-07-14"`)."""


_BIRTH_WHEN = lazy.compile(r"<birth\b[^<>]{0,120}?\bwhen(?:-iso)?=[\"'](?P<value>\d{4}-\d\d-\d\d)[\"']")
"""A person's birth in text-encoding markup (TEI's `<birth when="1988-02-29"/>`)."""


def _elements(text: str) -> list[Finding]:
    out = []
    for m in _ELEMENT.finditer(text):
        tag = m.group("tag").lower()
        if tag in _GENERIC_TAGS:
            named = _NAMED_BY.search(text, m.start(), m.start("value"))
            if named is None:
                continue
            tag = named.group(1).lower()
            if tag in _FIELD_NAMES:
                kind = _FIELD_NAMES[tag]
                value = m.group("value").strip()
                if _value_ok(kind, value) and (kind != "person_name" or name_ok(value)):
                    out.append(Finding(DETECTOR, kind, m.start("value"), m.start("value") + len(value)))
                continue
        kind = _KIND_OF.get(tag) or _KIND_OF.get(tag.replace("-", "_").removesuffix("s"))  # `given-names`
        if kind is None and tag in _GENERIC_NAME_TAGS:
            if not _inside_person(text, m.start()):
                continue
            if _LEGAL_FORM.search(m.group("value")) is not None:
                continue  # `<cbc:Name>Nordlicht AB</cbc:Name>` in a buyer's party: a company
            kind = "person_name"
        elif kind is None:
            if _ID_TAG.fullmatch(tag) is None:
                _role_element(text, m, out)
                continue
            kind = "id_card_number"
        if tag in ("given", "family") and _NAME_OPEN.search(text, max(0, m.start() - 160), m.start()) is None:
            continue
        kind = _ID_KINDS.get(tag, kind) if kind == "id_card_number" else kind
        value = m.group("value").strip()
        if _value_ok(kind, value):
            out.append(Finding(DETECTOR, kind, m.start("value"), m.start("value") + len(value)))
    if "Birth" in text:
        for m in _BIRTH_ATTRIBUTE.finditer(text):
            out.append(Finding(DETECTOR, "date_of_birth", *m.span("value")))
    for m in _BIRTH_TIME.finditer(text):
        if "patient" in text[max(0, m.start() - 400) : m.start()].lower():
            out.append(Finding(DETECTOR, "date_of_birth", m.start("value"), m.end("value")))
    return out


_CAMEL = lazy.compile(r"(?<=[a-z])(?=[A-Z])|[_-]")


def _role_element(text: str, m: re.Match[str], out: list[Finding]) -> None:
    """A name in an element named for a person's role or that person's name (`<GuestName>`, `<pledgor>`,
    `<owner_name>`), read as after the same label on a form."""
    words = _CAMEL.sub(" ", m.group("tag")).lower()
    plain = role_label(words)
    if plain is not None and "name" not in words.split():
        plain = plain or not role_label(words, bare=True)  # `<Client>`, `<Owner>` alone: a program's as often
    value = m.group("value").strip()
    if plain is None or not _value_ok("person_name", value) or _LEGAL_FORM.search(value) is not None:
        return
    if " " in value and name_ok(value, plain):
        out.append(Finding(DETECTOR, "person_name", m.start("value"), m.start("value") + len(value)))


# --- SAML attributes -------------------------------------------------------------------------------------------

_ATTRIBUTE = lazy.compile(
    r"<(?:[\w.-]+:)?Attribute\s[^<>]*?\bName=\"(?P<attr>[^\"]{1,200})\"[^<>]*>(?P<values>(?:\s*<(?:[\w.-]+:)?"
    r"AttributeValue\b[^<>]*>[^<>]{0,200}</(?:[\w.-]+:)?AttributeValue>){1,8})"
)
_ATTRIBUTE_VALUE = lazy.compile(r"<(?:[\w.-]+:)?AttributeValue\b[^<>]*>(?P<value>[^<>]{1,200})<")
_SAML_KINDS = {
    **dict.fromkeys(
        ("givenname", "surname", "sn", "cn", "displayname", "name", "commonname", "fullname", "firstname", "lastname"),
        "person_name",
    ),
    **dict.fromkeys(("2.5.4.42", "2.5.4.4", "2.5.4.3", "2.16.840.1.113730.3.1.241"), "person_name"),
    **dict.fromkeys(("telephonenumber", "mobile", "homephone", "mobilephone", "phone", "phonenumber"), "phone_number"),
    **dict.fromkeys(("2.5.4.20", "0.9.2342.19200300.100.1.41", "0.9.2342.19200300.100.1.20"), "phone_number"),
    **dict.fromkeys(("street", "streetaddress", "postaladdress", "homepostaladdress", "2.5.4.9", "2.5.4.16"), "x"),
    **dict.fromkeys(("dateofbirth", "birthdate", "schacdateofbirth", "1.3.6.1.4.1.25178.1.2.3"), "date_of_birth"),
    **dict.fromkeys(
        ("noredupersonnin", "personalidentitynumber", "schacpersonaluniqueid", "nationalidentitynumber", "ssn"),
        "id_card_number",
    ),
    **dict.fromkeys(
        ("socialsecuritynumber", "1.2.752.29.4.13", "1.3.6.1.4.1.2428.90.1.5", "1.3.6.1.4.1.25178.1.2.15"),
        "id_card_number",
    ),
    "otherphone": "phone_number",
}
"""Attribute names (their last part after `/`, `:` or `urn:oid:`, lower-cased) and the kind of their values."""


def _saml(text: str) -> list[Finding]:
    out = []
    for m in _ATTRIBUTE.finditer(text):
        attr = m.group("attr").lower()
        kind = _SAML_KINDS.get(attr.removeprefix("urn:oid:")) or _SAML_KINDS.get(re.split(r"[/:#]", attr)[-1])
        if kind is None:
            continue
        kind = "street_address" if kind == "x" else kind
        for v in _ATTRIBUTE_VALUE.finditer(text, m.start("values"), m.end("values")):
            value = v.group("value").strip()
            if value and (kind != "person_name" or _NAME_CHARS.search(value)) and value.lower() not in _NOT_NAMES:
                at = v.start("value") + v.group("value").index(value)
                out.append(Finding(DETECTOR, kind, at, at + len(value)))
    return out


# --- jCard and xCard -------------------------------------------------------------------------------------------

_JCARD = lazy.compile(
    r"\[\s*\"(?P<prop>fn|n|bday|adr|tel|nickname|anniversary|email)\"\s*,\s*\{[^{}]{0,300}\}\s*,\s*\"[a-z-]{1,20}\""
    r"\s*,\s*(?P<value>\"(?:[^\"\\\r\n]|\\.){1,200}\"|\[[^\[\]]{1,400}\])"
)
"""A property of a jCard (`["fn", {}, "text", "..."]`), its value a string or a list (`n`, `adr`)."""
_JCARD_KINDS = {
    "fn": "person_name",
    "n": "person_name",
    "nickname": "person_name",
    "bday": "date_of_birth",
    "adr": "street_address",
    "tel": "phone_number",
    "email": "email",
}
_QUOTED = lazy.compile(r"\"((?:[^\"\\]|\\.)+)\"")


def _jcards(text: str) -> list[Finding]:
    out = []
    for m in _JCARD.finditer(text):
        kind = _JCARD_KINDS.get(m.group("prop"))
        if kind is None:
            continue
        parts = [q.span(1) for q in _QUOTED.finditer(text, m.start("value"), m.end("value"))]
        if not parts or (kind == "street_address" and not any(c.isdigit() for c in m.group("value"))):
            continue
        out.append(Finding(DETECTOR, kind, parts[0][0], parts[-1][1]))
    return out


_XCARD = lazy.compile(
    r"<(?:[\w.-]+:)?(?P<prop>fn|nickname|surname|given|bday|street|tel)>\s*"
    r"(?:<(?:[\w.-]+:)?(?:text|date|date-time|date-and-or-time|uri)>)?(?P<value>[^<>\r\n]{1,120})<"
)
_XCARD_KINDS = {"fn": "person_name", "nickname": "person_name", "surname": "person_name", "given": "person_name"}
_XCARD_KINDS |= {"bday": "date_of_birth", "street": "street_address", "tel": "phone_number"}


def _xcards(text: str) -> list[Finding]:
    out = []
    for m in _XCARD.finditer(text):
        value = m.group("value").strip()
        if value:
            at = m.start("value") + m.group("value").index(value)
            out.append(Finding(DETECTOR, _XCARD_KINDS[m.group("prop")], at, at + len(value)))
    return out


# --- SCIM and FHIR ---------------------------------------------------------------------------------------------

_JSON_NAME = lazy.compile(
    r"\"(?P<key>formatted|displayName|nickName|family|given|display|text)\"\s*:\s*(?P<value>\"[^\"\\\r\n]{1,80}\")"
    r"|\"(?P<list>given|prefix)\"\s*:\s*\[(?P<items>[^\[\]]{1,200})\]"
)
_JSON_LINE = lazy.compile(r"\"line\"\s*:\s*\[(?P<items>[^\[\]]{1,300})\]")
_SCIM_PATCH = lazy.compile(
    r"\"path\"\s*:\s*\"(?P<path>name\.\w+|displayName|nickName|addresses[^\"]{0,60}|phoneNumbers[^\"]{0,60})\"\s*,"
    r"\s*\"value\"\s*:\s*\"(?P<value>[^\"\\\r\n]{2,120})\""
)
"""A SCIM patch operation's path to a person's field, and its new value."""
_SCIM = ("urn:ietf:params:scim:schemas:core", "urn:ietf:params:scim:schemas:extension")
_FHIR_PEOPLE = lazy.compile(r"\"resourceType\"\s*:\s*\"(?:Patient|Practitioner|RelatedPerson|Person)\"")
_PERSON_REFERENCE = lazy.compile(
    r"\"reference\"\s*:\s*\"(?:Patient|Practitioner|RelatedPerson|Person)/[^\"]*\"\s*,\s*$"
)
_FHIR_IDENTIFIER = lazy.compile(
    r"\"system\"\s*:\s*\"(?P<system>[^\"]{1,120})\"\s*,\s*\"value\"\s*:\s*\"(?P<value>[^\"]{4,40})\""
)
_NATIONAL_SYSTEMS = lazy.compile(
    r"(?i)ssn|bsn|nhs|nir|insee|personnummer|passport|national|cpf|aadhaar|pesel|fiscal|/sid/|"
    r"2\.16\.840\.1\.113883\.(?:4\.1|2\.4\.6\.3|2\.1\.4\.1)"
)
_IN_NAME = lazy.compile(r"\"name\"\s*:\s*\[?\s*\{[^{}]{0,30}$")
_ADDRESS_OBJECT = lazy.compile(r"\"(?:addresses|address)\"\s*:\s*\[?\s*\{[^{}]*$")


def _json_people(text: str, scim: bool, fhir: bool) -> list[Finding]:
    out = []
    for m in _JSON_NAME.finditer(text):
        key = m.group("key")
        if m.group("list") is not None:
            if not fhir or m.group("list") != "given":
                continue
            for q in _QUOTED.finditer(text, m.start("items"), m.end("items")):
                if _NAME_VALUE.fullmatch(q.group(1)):
                    out.append(Finding(DETECTOR, "person_name", q.start(1), q.end(1)))
            continue
        lo, hi = m.start("value") + 1, m.end("value") - 1
        value = text[lo:hi]
        if key == "formatted" and scim:
            near = text[max(0, m.start() - 300) : m.start()]
            kind = "street_address" if _ADDRESS_OBJECT.search(near) else "person_name"
            if kind == "street_address" or _NAME_VALUE.fullmatch(value):
                out.append(Finding(DETECTOR, kind, lo, hi))
        elif _NAME_VALUE.fullmatch(value) and (
            (key in ("displayName", "nickName") and scim)
            or (key in ("family", "given") and fhir)
            or (key == "text" and fhir and _IN_NAME.search(text, max(0, m.start() - 40), m.start()) is not None)
            or (key == "display" and _PERSON_REFERENCE.search(text, max(0, m.start() - 120), m.start()) is not None)
        ):
            out.append(Finding(DETECTOR, "person_name", lo, hi))
    if scim:
        for m in _SCIM_PATCH.finditer(text):
            path = m.group("path")
            kind = "street_address" if path.startswith("addr") else "phone_number" if path[0] == "p" else "person_name"
            out.append(Finding(DETECTOR, kind, m.start("value"), m.end("value")))
    if fhir:
        for m in _JSON_LINE.finditer(text):
            parts = [q.span(1) for q in _QUOTED.finditer(text, m.start("items"), m.end("items"))]
            if parts and any(c.isdigit() for c in m.group("items")):
                out.append(Finding(DETECTOR, "street_address", parts[0][0], parts[-1][1]))
        for m in _FHIR_IDENTIFIER.finditer(text):
            if _NATIONAL_SYSTEMS.search(m.group("system")) and sum(c.isdigit() for c in m.group("value")) >= 5:
                out.append(Finding(DETECTOR, "id_card_number", m.start("value"), m.end("value")))
    return out


_CERT_NAME = lazy.compile(r'"nam"\s*:\s*\{(?P<body>[^{}]{1,400})\}')
_CERT_PART = lazy.compile(r'"(?:fnt?|gnt?)"\s*:\s*"(?P<value>[^"\\\n]{1,80})"')
"""A health certificate's holder (the EU digital certificate's `"nam": {"fn": ..., "gn": ..., "fnt": ...}`): the
surname and given names, as written and transliterated (`<` between words)."""


def _certificates(text: str) -> list[Finding]:
    out = []
    for m in _CERT_NAME.finditer(text):
        for part in _CERT_PART.finditer(text, *m.span("body")):
            value = part.group("value")
            if _value_ok("person_name", value.replace("<", " ")):
                out.append(Finding(DETECTOR, "person_name", *part.span("value")))
    return out


_WORDS = (
    '"nam"',
    "</",
    "dateofbirth",
    "attributevalue",
    "vcard",
    "urn:ietf:params:scim",
    "resourcetype",
    "birthtime",
    '"reference"',
)
INDEX.add((*_WORDS, "<birth"), where=False)  # whether they occur (see `scan.holds`)


def find(text: str, low: str = "") -> list[Finding]:
    """The personal values of the identity and clinical records in `text`."""
    out: list[Finding] = []
    if not holds_any(low or text.lower(), _WORDS):
        return out
    markup = holds(text, low, "</")
    if markup:
        out += _elements(text)
        if holds(text, low, "AttributeValue"):
            out += _saml(text)
        if holds(text, low, "<birth"):
            out += [Finding(DETECTOR, "date_of_birth", *m.span("value")) for m in _BIRTH_WHEN.finditer(text)]
        if holds(text, low, "vcard") or holds(text, low, "VCARD"):
            out += _xcards(text)
    elif holds(text, low, "birthTime") or holds(text, low, "DateOfBirth="):
        out += _elements(text)
    if holds(text, low, "vcard") and '"vcard"' in text:
        out += _jcards(text)
    if holds(text, low, '"nam"'):
        out += _certificates(text)
    scim = holds(text, low, "urn:ietf:params:scim") and any(w in text for w in _SCIM)
    fhir = holds(text, low, "resourceType") and _FHIR_PEOPLE.search(text) is not None
    if scim or fhir or holds(text, low, '"reference"'):
        out += _json_people(text, scim, fhir)
    return out
