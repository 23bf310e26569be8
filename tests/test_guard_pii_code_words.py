"""Numbers in a phone's, a card's or a social security number's shape that are codes of things and events (vouchers,
seats, wagons, meters, hydrants, wristbands, work orders, totals): named before them, on the line above them, in a
bracketed or table-row label, or by their table column's header; and the same shapes named as personal data."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import pii

CARD = "4787 7893 2879 2170"
PHONE = "928-441-0736"
MOBILE = "0412 873 615"
SSN = "312-48-7719"


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text)]


@pytest.mark.parametrize("value", [CARD, PHONE, MOBILE, SSN])
def test_each_value_is_personal_data_when_nothing_names_it(value: str) -> None:
    assert value in _values(f"Value: {value}")


@every(
    "text",
    [
        f"Gift voucher: {CARD} (balance 25.00)",
        f"Loyalty card no. {CARD}, tier Gold",
        f"Seat {MOBILE} confirmed in carriage C",
        f"Wagon: {PHONE} loaded at Barstow yard",
        f"Consignment {SSN} released to carrier",
        f"Work order #{PHONE} closed by field crew",
        f"CHG {MOBILE} approved for Saturday window",
        f"Firmware: {PHONE}",
        f"Meter no. {MOBILE} read 004821 m3",
        f"Hydrant {SSN} flow test 1,150 gpm",
        f"Wristband: {CARD} activated at gate C",
        f"Microchip {PHONE}, bay gelding, foaled 2021",
        f"Auction lot listing: {MOBILE}",
        f"Approval code: {PHONE}",
        f"Authorization code {SSN}",
        f"Ref. no.: {PHONE}",
        f"Cat. no. {MOBILE}, pack of 12",
        f"Total: {MOBILE}",
        f"[Wagon] {PHONE}",
        f"[Incident] {SSN} Engine 7 dispatched",
        f"| Meter | {MOBILE} |",
        f"| Work order | {PHONE} | open |",
        f"Consignment\n{PHONE}\nDelivered 14:02",
        f"Wristband no.:\n{CARD}",
    ],
)
def test_codes_named_before_them_are_not_personal_data(text: str) -> None:
    assert pii.find(text) == []


@every(
    "text",
    [
        f"meter_no,route,reading\n{MOBILE},R12,004821\n",
        f"Wristband\tZone\tStatus\n{CARD}\tVIP\tactive\n",
        f"| Order number | Status |\n|---|---|\n| {PHONE} | shipped |\n",
        f"Auftrag;Menge;Lager\n{SSN};4;B2\n",
        f"incident,unit,dispatched\n{SSN},E7,14:02\n{PHONE},M3,14:09\n",
        f"| Hydrant | Static psi | Flow gpm |\n|---|---|---|\n| {MOBILE} | 62 | 1150 |\n",
    ],
)
def test_codes_in_a_column_named_for_them_are_not_personal_data(text: str) -> None:
    assert pii.find(text) == []


@every(
    ("text", "value"),
    [
        (f"Phone: {PHONE}", PHONE),
        (f"[Mobile] {MOBILE}", MOBILE),
        (f"| Phone | {PHONE} |", PHONE),
        (f"Mobile\n{MOBILE}\nEmail\nana@example.org", MOBILE),
        (f"Thanks for your order!\n{MOBILE}", MOBILE),
        (f"Card number: {CARD}", CARD),
        (f"SSN: {SSN}", SSN),
        (f"| Order | Customer | Phone |\n|---|---|---|\n| 4471 | Ana Ruiz | {PHONE} |\n", PHONE),
        (f"order_id,name,mobile\n4471,Ana Ruiz,{MOBILE}\n", MOBILE),
        (f"ticket\tholder\tcard\n77\tAna Ruiz\t{CARD}\n", CARD),
        (f"case,ssn,dob\nC-12,{SSN},1980-02-03\n", SSN),
        (f"| Reference | Caller phone |\n|---|---|\n| R-1182 | {PHONE} |\n", PHONE),
        (f"Sr. pastor Dale Whitfield {PHONE}", PHONE),
    ],
)
def test_the_same_shapes_named_as_personal_data_are_found(text: str, value: str) -> None:
    assert value in _values(text)
