"""Names of people and street addresses, read by structure; headings, app names, placeholders, departments and
companies' addresses pass."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii
from secure_mcp_gateway.guardrails.kinds import KNOWN_KINDS


def _found(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text) if f.kind == kind]


def test_names_and_addresses_are_kinds_a_policy_can_name() -> None:
    assert {"person_name", "street_address"} <= KNOWN_KINDS["pii"]


@every(
    ("text", "name"),
    [
        ("Patient: Okonkwo Adeyemi, admitted 3 May", "Okonkwo Adeyemi"),
        ('{"full_name": "Marta Kowalczyk", "plan": "gold"}', "Marta Kowalczyk"),
        ("Cardholder name: Luis Fernández", "Luis Fernández"),
        ("first_name: 'Ingrid'", "Ingrid"),
        ("Name: Priya Raman", "Priya Raman"),
        ("Name: Harriet Okoye", "Harriet Okoye"),  # a form's label, capitalised
        ("Nazwisko: Dvořák", "Dvořák"),
        ('{"name": "Sofia Rossi", "role": "viewer"}', "Sofia Rossi"),
        ("Hi, my name is Tomasz Nowak and I need help", "Tomasz Nowak"),
        ("Hola, me llamo Lucía Herrera.", "Lucía Herrera"),
        ("My name is Oluwaseun and I moved last week", "Oluwaseun"),
        ("Je m'appelle Camille Laurent.", "Camille Laurent"),
        ("Dear Mr. Haddad,\nyour order shipped.", "Mr. Haddad"),
        ("Dear Keiko,\nthanks for the call.", "Keiko"),
        ("Sehr geehrte Frau Schneider,", "Frau Schneider"),
        ("The referral came from Dr. Amara Okafor yesterday.", "Dr. Amara Okafor"),
        ("Thanks for your patience.\n\nKind regards,\nRavi Shankar\nAccounts", "Ravi Shankar"),
        ("Mit freundlichen Grüßen\nJonas Becker", "Jonas Becker"),
        ("Nachname: van der Berg", "van der Berg"),
    ],
)
def test_a_name_where_a_name_stands_is_found(text: str, name: str) -> None:
    assert any(name in v for v in _found(text, "person_name"))


@every(
    "text",
    [
        "name: Build And Test",  # a CI step
        "name: Harriet Okoye",  # in code or YAML, only a known given name first makes it a name
        "Name: Publish Docker Image",
        "- name: Set Up Python",
        "client_name: 'Simple OAuth Client'",  # an app's name, more words follow
        '{"name": "Release Notes"}',
        "name: str",
        "self.name = name",
        "Patient: Stable",
        "my name is Required",
        "firstName: 'John', lastName: 'Doe'",  # documentation's placeholders
        "Dear Valued Customer,",
        "Dear Hiring Manager,",
        "Best regards,\nSupplier Relations",
        "Kind regards,\nThe Support Team",
        "ATTENTION:\nFound a swap file",
        "Troels Liebe Bentsen",  # a middle name that is a salutation elsewhere
        "The items are listed in the Table Of Contents",
    ],
)
def test_headings_app_names_and_placeholders_are_not_names(text: str) -> None:
    assert _found(text, "person_name") == []


@every(
    ("text", "address"),
    [
        ("Ship to 221B Baker Street, London NW1 6XE please", "221B Baker Street, London NW1 6XE"),
        ("1600 Main St, Springfield, IL 62704", "1600 Main St, Springfield, IL 62704"),
        ("Billing: 742 Evergreen Terrace, Apt 2, Springfield", "742 Evergreen Terrace, Apt 2, Springfield"),
        ("Lieferadresse: Musterstraße 12, 10115 Berlin", "Musterstraße 12, 10115 Berlin"),
        ("Adresse : 12 rue de la Paix, 75002 Paris", "12 rue de la Paix, 75002 Paris"),
        ("Dirección: Calle Mayor 5, 3º B, 28013 Madrid", "Calle Mayor 5, 3º B, 28013 Madrid"),
        ("Indirizzo: Via Roma 10, 00184 Roma", "Via Roma 10, 00184 Roma"),
        ("Morada: Rua Augusta 100, 1100-053 Lisboa", "Rua Augusta 100, 1100-053 Lisboa"),
        ("Adres: Kerkstraat 12, 1017 GL Amsterdam", "Kerkstraat 12, 1017 GL Amsterdam"),
        ("Storgatan 5, 111 51 Stockholm", "Storgatan 5, 111 51 Stockholm"),
        ("ul. Marszałkowska 84, 00-514 Warszawa", "ul. Marszałkowska 84, 00-514 Warszawa"),
        ("Leveringsadresse: Kirkegata 17C, 0153 Oslo", "Kirkegata 17C, 0153 Oslo"),
        ("Besøksadresse: Torggata 5, 0181 Oslo", "Torggata 5, 0181 Oslo"),
        ("Adresse: Sandvikvegen 120, 5806 Bergen", "Sandvikvegen 120, 5806 Bergen"),
        (
            "Deliver to:\nRua Garrett 40, 3.º Dto.\n1200-204 Lisboa\nTel. on file",
            "Rua Garrett 40, 3.º Dto.\n1200-204 Lisboa",
        ),
        ("Anschrift:\nLindenstraße 7\n04109 Leipzig", "Lindenstraße 7\n04109 Leipzig"),
    ],
)
def test_street_addresses_of_several_countries_are_found(text: str, address: str) -> None:
    assert address in _found(text, "street_address")


@every(
    "text",
    [
        "Free Software Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA 02110-1301 USA",  # a company's
        "Acme Corp.\n1 Infinite Loop Road, Cupertino",
        "Step 2 Install the package",
        "Chapter 12 Main Street Blues",  # a title: no house number before the street
        "return true or 3 via HTTP",
        "Python 3 Release Notes",
        "see https://example.com/street/12",
        "replace 20 Place holders",
        "Agata 12 lat temu napisała list.",  # a first name and a number, not a Norwegian street
        "Chapter 12 Main Street\n12345 results found",  # a next line that is not a postcode and a city alone
    ],
)
def test_company_addresses_titles_and_code_are_not_addresses(text: str) -> None:
    assert _found(text, "street_address") == []


def test_person_keys_near_many_names_are_those_a_search_of_each_window_finds() -> None:
    """`_NearKeys` answers for each name's window what `_PERSON_KEYS.search` over that window answers, whether it
    searches the window or reads the text's keys once (an array of records), in ASCII text and outside it."""
    import random

    from secure_mcp_gateway.guardrails import pii_people

    rng = random.Random(11)
    bits = ['"first_name": "x"', "'Gender' :", '"object": "customer"', '"object":"user"', "patient_id:", "patient:"]
    bits += ['"DOB" :', "birthday:", "x-gender:", "agender:", " ", "\n", '"', "'", ":", "name", "a", "_", "-", "Sex:"]
    bits += ["date_of_birth:", "Date_Of_Death :", "national_id :", "\t", "BIRTH_DATE:", "surname\t:", "é", "\u017fex:"]
    bits += ["lastname:", '"Billing_Details":', "\u212a"]
    found = 0
    for n in range(1500):
        text = "".join(rng.choice(bits) for _ in range(rng.randrange(1, 60)))
        if n % 2:
            text = text.encode("ascii", "ignore").decode()
        low = text.lower() if len(text.lower()) == len(text) else text
        each, once = pii_people._NearKeys(text, low), pii_people._NearKeys(text, low)
        once.read = len(text)  # (past the windows' share: the keys are read once)
        for _ in range(20):
            lo = rng.randrange(-5, len(text) + 5)
            hi = lo + rng.randrange(-3, len(text) + 10)
            want = pii_people._PERSON_KEYS.search(text, max(0, lo), hi) is not None
            assert each(lo, hi) == want == once(lo, hi), (text, lo, hi)
            found += want
    assert found > 5000
