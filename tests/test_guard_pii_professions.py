"""Registration numbers that doctors, nurses, pharmacists, lawyers, engineers and teachers hold in person, read after
their regulator's or profession's label in many countries; fillers, years, amounts and look-alike words pass."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii
from secure_mcp_gateway.guardrails.kinds import KNOWN_KINDS


def _found(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.kind for f in pii.find(text)}


@every(
    ("text", "value", "kind"),
    [
        ("Dr Sarah Chen, AHPRA registration MED0001837264", "MED0001837264", "medical_license"),
        ("Registered nurse Emma Walsh - AHPRA: NMW0002918374", "NMW0002918374", "medical_license"),
        ("GMC number: 7182634 (Dr Oliver Hughes)", "7182634", "medical_license"),
        ("Referring GP: Dr A. Rahman, GMC 6098127", "6098127", "medical_license"),
        ("NMC PIN: 09C1827E, nurse Grace Obi", "09C1827E", "medical_license"),
        ("Name: Ruth Okafor, senior carer\nNMC PIN: 22V5154R", "22V5154R", "medical_license"),
        ("Pharmacist: Jane Park, GPhC registration 2087361", "2087361", "medical_license"),
        ("Dr. Amir Patel, CPSO #87614", "87614", "medical_license"),
        ("Pharmacist: Li Wei, OCP registration no. 612398", "612398", "medical_license"),
        ("Médecin traitant : Dr Paul Girard, n° ADELI 751928364", "751928364", "medical_license"),
        ("Arts: dr. J. de Vries, BIG-nummer 19038271601", "19038271601", "medical_license"),
        ("RIZIV-nummer: 1-18273-64-004", "1-18273-64-004", "medical_license"),
        ("Arzt: Dr. Jonas Weber, LANR 918273601", "918273601", "medical_license"),
        ("Dr. Lucas Almeida - CRM/SP 128374", "128374", "medical_license"),
        ("Médica responsável: Dra. Ana Souza, CRM-RJ 52.18273-6", "52.18273-6", "medical_license"),
        ("Enfermeira Júlia Costa, COREN-SP 183.746", "183.746", "medical_license"),
        ("Médico: Dr. Carlos Ruiz, Nº colegiado 282819374", "282819374", "medical_license"),
        ("Dottore Marco Bianchi, iscritto all'Ordine dei Medici n. 18273", "18273", "medical_license"),
        ("Dra. Paula Gómez, M.N. 128374", "128374", "medical_license"),
        ("Cédula profesional: 9182736 (Dr. Jorge Ramírez)", "9182736", "medical_license"),
        ("Dr Priya Nair, HPCSA MP0918273", "MP0918273", "medical_license"),
        ("Dr. Fatima Zahra, PMDC Reg. No. 18273-P", "18273-P", "medical_license"),
        ("Nurse Adaeze Okafor, NMCN licence RN 128374", "RN 128374", "medical_license"),
        ("Dr. Ravi Kumar, MCI Reg. No. 54321", "54321", "medical_license"),
        ("PRC License No. 0918273 (Maria Santos, RN)", "0918273", "medical_license"),
        ("Nursing licence number: RN-918273", "RN-918273", "medical_license"),
        ("医師 山田太郎 医籍登録番号 第418273号", "418273", "medical_license"),
        ("Solicitor: Hannah Lee, SRA ID 654391", "654391", "professional_license"),
        ("Attorney Mark Ruiz, State Bar No. 287614", "287614", "professional_license"),
        ("Advogada Carla Dias, OAB/SP 182.736", "182.736", "professional_license"),
        ("Advocate enrolment no. MAH/1827/2015", "MAH/1827/2015", "professional_license"),
        ("Engineer: Rahul Mehta, PE License No. 98175", "98175", "professional_license"),
        ("Teacher: Ms. Aoife Byrne, Teaching Council reg. no. 128374", "128374", "professional_license"),
        ("Gas Safe registration number: 518273", "518273", "professional_license"),
        ("Driving instructor Sam Lee, ADI badge number 418273", "418273", "professional_license"),
        ("PADI diver number: 1807A2936", "1807A2936", "professional_license"),
        ("DBS certificate number: 001827364512", "001827364512", "professional_license"),
        ("SIA licence number: 1018 2736 4512 3456", "1018 2736 4512 3456", "professional_license"),
        ("Social Work England registration SW182736", "SW182736", "professional_license"),
    ],
)
def test_a_professional_registration_after_its_label_is_found_whole(text: str, value: str, kind: str) -> None:
    assert _found(text).get(value) == kind
    assert kind in KNOWN_KINDS["pii"]


@every(
    "text",
    [
        "GMC number: 0000000",  # a filler
        "AHPRA registration XYZ0001837264",  # no profession's board
        "NMC PIN: 0000000E",  # a filler
        "The big 2024 launch",  # a year after a word
        "A big 3500 crowd",  # no register's label: `big` alone is a word
        "CRM 2024 roadmap",  # no state after the council
        "IN THE HIGH COURT\nCause No. 2026/HP/2712",  # `cau` + `se` is a word, not the council of Sergipe
        "bar chart 18273",
        "State bar association annual dues: 2026",
        "Teaching council meeting, room 1827",
        "sra: 1111",
        "DBS check: pending since 2024",
        "Diver number 3 surfaced first",
    ],
)
def test_fillers_years_and_other_words_pass(text: str) -> None:
    assert not {"medical_license", "professional_license"} & set(_found(text).values())
