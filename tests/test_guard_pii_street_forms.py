"""Street addresses of more countries' forms found whole: street words of more languages, a flat before the house
number, post office boxes, Colombian grid addresses, Japanese, Korean and Chinese addresses; look-alikes pass."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import pii
from secure_mcp_gateway.guardrails import pii_street_forms as street_forms


def _addresses(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text) if f.kind == "street_address"]


@every(
    ("text", "address"),
    [
        ("Livrare: Strada Lipscani 5, București 030031", "Strada Lipscani 5, București 030031"),
        ("Bd. Unirii 14, Cluj-Napoca", "Bd. Unirii 14, Cluj-Napoca"),
        ("Adres bilgisi İstiklal Cad. No: 45 Beyoğlu/İstanbul", "İstiklal Cad. No: 45 Beyoğlu/İstanbul"),
        ("Gül Sokak No: 7, Kadıköy", "Gül Sokak No: 7, Kadıköy"),
        ("доставка: ул. Тверская, д. 7, кв. 15, Москва", "ул. Тверская, д. 7, кв. 15, Москва"),
        ("Kirim ke Jl. Sudirman No. 25, Jakarta 10220", "Jl. Sudirman No. 25, Jakarta 10220"),
        ("Jalan Ampang No. 8, Kuala Lumpur 50450", "Jalan Ampang No. 8, Kuala Lumpur 50450"),
        ("Osoite Mannerheimintie 10 A 5, 00100 Helsinki", "Mannerheimintie 10 A 5, 00100 Helsinki"),
        ("Pirita tee 26, 12011 Tallinn", "Pirita tee 26, 12011 Tallinn"),
        ("Flat 2, 14 Kings Road, Brighton BN1 1NB", "Flat 2, 14 Kings Road, Brighton BN1 1NB"),
        ("Unit 5/22 George St, Sydney NSW 2000", "Unit 5/22 George St, Sydney NSW 2000"),
        (
            "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
            "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
        ),
        ("Send it to P.O. Box 4471, Gaborone", "P.O. Box 4471, Gaborone"),
        ("Postfach 10 12 34, 80331 München", "Postfach 10 12 34, 80331 München"),
        ("Dirección: Carrera 7 # 32-16, Bogotá", "Carrera 7 # 32-16, Bogotá"),
        ("Cl. 45 No. 12-30, Apto 501, Medellín", "Cl. 45 No. 12-30, Apto 501, Medellín"),
        ("お届け先 東京都新宿区西新宿2-8-1", "東京都新宿区西新宿2-8-1"),
        ("〒150-0002 東京都渋谷区渋谷2-21-1", "〒150-0002 東京都渋谷区渋谷2-21-1"),
        ("大阪市北区梅田3丁目1番3号", "大阪市北区梅田3丁目1番3号"),
        ("주소 서울특별시 강남구 테헤란로 152", "서울특별시 강남구 테헤란로 152"),
        ("부산광역시 해운대구 센텀중앙로 79, 101동 1203호", "부산광역시 해운대구 센텀중앙로 79, 101동 1203호"),
        ("收货地址：北京市朝阳区建国路88号", "北京市朝阳区建国路88号"),
        ("上海市浦东新区世纪大道100号5栋1203室", "上海市浦东新区世纪大道100号5栋1203室"),
    ],
)
def test_an_address_of_another_form_is_found_whole(text: str, address: str) -> None:
    assert address in _addresses(text)


@every(
    "text",
    [
        "Put it in box 3 of the form",
        "Inbox 1234 unread, Sandbox 2024 in Berlin",
        "PO Box 0",
        "issue #12-30 fixed; size 7 # 32-16 rows",
        "新宿区の資料2-1参照",  # a ward's document, numbered
        "第2区3-1",
        "按2号键",
        "会议室在3号楼",
        "北京到上海的路上3号",
        "이 길 3번",
        "Step 4/12 Build Image",
        "Chapter 5 Park Avenue",
        "Strada 5 is a game level",
    ],
)
def test_look_alikes_of_those_forms_pass(text: str) -> None:
    assert _addresses(text) == []


_CODE = "for box in Calls(True).boxes:\n    Draw(box, Cache=None)  # mailbox, pobox_id, postal\n" * 30


@every(
    "tail",
    [
        "P.O. Box 1234, Nairobi 00100",
        "send it to POSTAL OFFICE BOX 88 please",
        "Postfach 10 12 34, 80331 München",
        "Apartado de correos 4410, 28080 Madrid",
        "Caixa Postal 2201, Recife",
        "Carrera 7 # 32-16, Apto 501, Bogotá",
        "envío: Cl. 45 No. 12-30, Medellín",
        "Av Carrera 9 # 113-52",
        "Draw(box=Carrera7#32-16) xpobox#4 xCarrera 7 # 32-16",  # look-alikes
        "po\u017ftfach 10 12 34 and P.O. Box 12",  # a long s read as an s
        "\u212aarrera 7 # 32-16 and Postboks 40, Oslo",
    ],
)
def test_boxes_and_grid_addresses_in_long_code_are_found_as_by_a_pass_over_the_whole_text(tail: str) -> None:
    text = _CODE + tail + "\n" + _CODE
    low = text.lower()
    whole = [m.span() for m in street_forms._BOX.finditer(text)] + [m.span() for m in street_forms._GRID.finditer(text)]
    assert [m.span() for m in street_forms._boxes(text, low)] + [
        m.span()
        for m in street_forms.matches_at(street_forms._GRID, text, street_forms._starts(street_forms._GRID_LEAD, text))
    ] == whole
    assert {text[s:e] for s, e in whole} <= {text[f.start : f.end] for f in street_forms.find(text, low)}
    assert bool(whole) is not tail.startswith("Draw")


@pytest.mark.parametrize(
    "tail",
    [
        "Carrera 7 # 32-16, Apto 501, Bogotá",
        "envío: Cl. 45 No. 12-30, Medellín; Calle 10 N° 4-2",
        "Av Carrera 9 # 113-52 y Cra. 15 #  88 A - 40, Oficina 3, Barranquilla",
        "issue #12-30 fixed; size 7 # 32-16 rows; No 5-4",  # signs without a street
    ],
)
def test_grid_addresses_tried_around_their_signs_are_those_of_a_pass_over_the_whole_text(tail: str) -> None:
    text = _CODE + tail + "\n" + _CODE
    assert street_forms._grid_spans(text) == [m.span() for m in street_forms._GRID.finditer(text)]


def test_japanese_addresses_tried_where_their_area_can_start_are_those_of_a_pass_over_the_whole_text() -> None:
    """`_JP` tried only where `_JP_LEAD` places a start finds what its own pass finds, overlapping tries included."""
    import random

    rng = random.Random(5)
    parts = ["東京都", "新宿区", "西新宿", "2-8-1", "大阪市", "北区", "梅田", "3丁目", "1番", "3号", "〒", "160-0023"]
    parts += [
        " ",
        "\t",
        "市",
        "区",
        "郡",
        "町",
        "村",
        "カタ",
        "ひら",
        "a",
        "1",
        "-",
        "の",
        "号室",
        "京都府",
        "\n",
        "・",
    ]
    parts += ["札幌市中央区", "北1条西2丁目", "横浜市港北区日吉本町4丁目5-1"]
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(parts) for _ in range(rng.randrange(1, 25)))
        whole = [m.span() for m in street_forms._JP.finditer(text)]
        led = street_forms.matches_at(street_forms._JP, text, street_forms._starts(street_forms._JP_LEAD, text))
        assert [m.span() for m in led] == whole, text
        found += len(whole)
    assert found > 800
