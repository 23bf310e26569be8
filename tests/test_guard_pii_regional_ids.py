"""Identifiers of more countries read by their label, each with its format's structure; other shapes, dates that do
not exist and look-alike labels pass."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii
from secure_mcp_gateway.guardrails.kinds import KNOWN_KINDS


def _found(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.kind for f in pii.find(text)}


@every(
    ("text", "value", "kind"),
    [
        ("PINFL: 31505901230045", "31505901230045", "uz_pinfl"),
        ("Фуқаро ЖШШИР: 41203950010021", "41203950010021", "uz_pinfl"),
        ("Регистрийн дугаар: УБ89031512", "УБ89031512", "mn_register"),
        ("Регистрийн дугаар: ТА03240815", "ТА03240815", "mn_register"),  # born in 2003: the month plus 20
        ("Numéro d'identification nationale : 109876543210987654", "109876543210987654", "dz_nin"),
        ("NIN: 109876543210987654", "109876543210987654", "dz_nin"),
        ("NIN: CM90012345ABCD", "CM90012345ABCD", "ug_nin"),
        ("National ID: 1 1990 8 0012345 0 12", "1 1990 8 0012345 0 12", "rw_national_id"),
        ("NRC: 123456/78/1", "123456/78/1", "zm_nrc"),
        ("Macau BIR: 1/234567/8", "1/234567/8", "mo_bir"),
        ("BIR No. 5123456(7)", "5123456(7)", "mo_bir"),
        ("პირადი ნომერი: 01024012345", "01024012345", "ge_personal_number"),
        ("EPFO UAN: 100987654321", "100987654321", "in_uan"),
        ("ABHA number: 91-1234-5678-9012", "91-1234-5678-9012", "in_abha"),
    ],
)
def test_an_id_after_its_label_is_found_whole(text: str, value: str, kind: str) -> None:
    assert _found(text).get(value) == kind
    assert kind in KNOWN_KINDS["pii"]


@every(
    "text",
    [
        "PINFL: 00000000000000",  # a filler
        "PINFL: 31545901230045",  # month 59: no date
        "Регистрийн дугаар: УБ89131512",  # month 13
        "bird: 1/234567/8",  # the label's letters inside a word
        "guan: 100987654321",
        "Birthday: 123456/78/1",
        "NRC: 000000/00/0",
        "ABHA address: priya.k",
        "Order 109876543210987654 shipped",  # no label
    ],
)
def test_other_shapes_and_labels_pass(text: str) -> None:
    assert not any(k in _found(text).values() for k in ("uz_pinfl", "mn_register", "zm_nrc", "mo_bir", "in_uan"))
    assert "dz_nin" not in _found(text).values()
