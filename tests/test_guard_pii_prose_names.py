"""A person's name in running text is found in the sentence of their own data (a phone, a mailbox, an account, a
birth date), before it or after a word that ties the data to them; capitalised words that name a business, a desk
or a place there, and names with no one's data in their sentence, are not."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text) if f.kind == "person_name"]


@every(
    ("text", "name"),
    [
        ("Please reach out to Margaret Oyelaran at 07700 900462 about the refund.", "Margaret Oyelaran"),
        ("The claim was filed by Tomasz Wierzbicki, reachable on t.wierz@postmail.pl.", "Tomasz Wierzbicki"),
        ("I spoke with Ingrid Halvorsen yesterday; her number is +47 412 55 903.", "Ingrid Halvorsen"),
        ("When Kwabena Asante moved, his new number became +233 24 412 7788.", "Kwabena Asante"),
        ("Ingrid Halvorsen's email is ingrid.h@fjordmail.no and she lives in Bergen.", "Ingrid Halvorsen"),
        ("The number 07700 900462 belongs to Chidi Okafor.", "Chidi Okafor"),
        ("Sione Tuilagi called from 021 483 7719 this morning.", "Sione Tuilagi"),
        ("Call 021 483 7719 and ask for Aroha Ngata.", "Aroha Ngata"),
        ("Aroha Ngata called yesterday. Her number is 021 483 7719.", "Aroha Ngata"),
        ("Please forward the invoice to Keoni Kahale (keoni.k@hawaiimail.com).", "Keoni Kahale"),
        ("Refund approved for Siobhan Gallagher (IBAN GB82 WEST 1234 5698 7654 32) on Monday.", "Siobhan Gallagher"),
        ("Tevita Fifita, Head of Claims, on +64 21 448 9021", "Tevita Fifita"),
        ("Please copy Mensah Osei (Finance Director, Harbourline Ltd): m.osei@harbourline.co.uk", "Mensah Osei"),
        ("Dmitri Volkov (Head of Logistics) - dmitri.volkov@kargo-east.ru", "Dmitri Volkov"),
        ("Signed: Bilal Chaudhry, Payroll Officer, Accounts Dept., mobile 07700 912 448", "Bilal Chaudhry"),
        ("Sione Taufa – Warehouse Lead (Night Shift) – ext. 4471, cell 021 884 3302", "Sione Taufa"),
        ("Aroha Ngata\nOperations Manager, Northern Region\naroha.ngata@tuiport.co.nz | 021 448 190", "Aroha Ngata"),
        # after a word of reaching a person; a person's line of a list, the datum right after the name
        ("Please ring Tobias Lindqvist back on 07700 900123 before noon.", "Tobias Lindqvist"),
        ("Tobias Lindqvist 07700 900123", "Tobias Lindqvist"),
        ("1. Tobias Lindqvist — 07700 900123\n2. Ingrid Halvorsen — 07700 900456", "Tobias Lindqvist"),
        ("Tobias Lindqvist · Senior Buyer · +46 70 123 45 67", "Tobias Lindqvist"),
    ],
)
def test_a_name_in_the_sentence_of_its_data_is_found(text: str, name: str) -> None:
    assert name in _names(text)


@every(
    "text",
    [
        "Please call Acme Plumbing at 07700 900462.",
        "Our office, Riverside Dental Practice, is on 07700 900462.",
        "Call Customer Service on 0800 123 4567",
        "Welcome to Harbour Dental at 07700 900462.",
        "Margaret Oyelaran chaired the meeting. The venue's line is 07700 900462.",
        "Margaret Oyelaran wrote the preface to the second edition.",
        "Harbour Logistics, Head Office, on 07700 912 448",  # a firm's office, not a person with a role
        "Northern Region\nOperations Manager, Harbour Logistics\nops@harbourlogistics.example.org",
        "Accounts Payable (Finance Director's desk): 07700 912 448",
        "Book Now +46 70 123 45 67",
        "Lost Property: 07700 900123",
        "Free Delivery 07700 900123",
        "Out of Hours 07700 900123",
        "Call Acme Plumbing on 07700 900123",
        "Visit Northern Lights Tours at +46 70 123 45 67",
    ],
)
def test_no_person_named_in_the_sentence_of_the_data_finds_no_name(text: str) -> None:
    assert _names(text) == []
