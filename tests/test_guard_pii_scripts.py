"""Personal data written in other scripts and forms: phone labels and digits of many languages, chat and call links,
birth dates in Japanese eras, Korean, Chinese numerals and words, month names of many languages and scripts, Solar
Hijri and Buddhist years, names after labels in scripts without capitals (Tibetan's with its shad), Azerbaijani
names, salutations in Turkish, Azerbaijani, Russian and Ukrainian, Canadian bank accounts, names in rare scripts
(Runic, Deseret, Javanese, N'Ko...) where a name stands, and their words that name places, goods or texts."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import pii


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


@every(
    ("text", "kind", "value"),
    [
        ("شماره موبایل: ۰۹۱۲۳۴۵۶۷۸۹", "phone_number", "۰۹۱۲۳۴۵۶۷۸۹"),
        ("মোবাইল নম্বর ০১৮১১২২৩৩৪৪", "phone_number", "০১৮১১২২৩৩৪৪"),
        ("मोबाइल नंबर 9876543210", "phone_number", "9876543210"),
        ("Telefonszám: 06 30 123 4567", "phone_number", "06 30 123 4567"),
        ("số điện thoại: 0912345678", "phone_number", "0912345678"),
        ("Write on viber://chat?number=%2B380501234567", "phone_number", "380501234567"),
        ("tel:4154480132", "phone_number", "4154480132"),
        ("生年月日: 昭和60年3月7日", "date_of_birth", "昭和60年3月7日"),
        ("誕生日は平成2年11月23日です", "date_of_birth", "平成2年11月23日"),
        ("생년월일: 1985년 3월 7일", "date_of_birth", "1985년 3월 7일"),
        ("الاسم: محمد عبد الله", "person_name", "محمد عبد الله"),
        ("שם מלא: רחל לוי", "person_name", "רחל לוי"),
        ("ชื่อ: สมชาย ใจดี", "person_name", "สมชาย ใจดี"),
        ("이름: 김민준", "person_name", "김민준"),
        ("নাম: তানভীর আহমেদ", "person_name", "তানভীর আহমেদ"),
        ("სახელი და გვარი: სალომე ბერიძე", "person_name", "სალომე ბერიძე"),
        ("ስም: ሄኖክ ተስፋዬ", "person_name", "ሄኖክ ተስፋዬ"),
        ("Անուն: Անի Պետրոսյան", "person_name", "Անի Պետրոսյան"),
        ("Аты-жөні: Айгерим Сапарова", "person_name", "Айгерим Сапарова"),
        ("Нэр: Болд Батбаяр", "person_name", "Болд Батбаяр"),
        ("ناو: ئەحمەد کەریم", "person_name", "ئەحمەد کەریم"),
        ("Maqaa: Abebe Bikila", "person_name", "Abebe Bikila"),
        ("Igama: Thandiwe Mbeki", "person_name", "Thandiwe Mbeki"),
        ("Adı, soyadı: Əli Məmmədov", "person_name", "Əli Məmmədov"),
        ("Soyadı, adı: Həsənova Aytən", "person_name", "Həsənova Aytən"),
        ("Hörmətli Rəşad Əliyev, sifarişiniz hazırdır.", "person_name", "Rəşad Əliyev"),
        ("Sayın Ahmet Yılmaz, siparişiniz kargoya verildi.", "person_name", "Ahmet Yılmaz"),
        ("Уважаемый Иван Петров, ваш заказ готов.", "person_name", "Иван Петров"),
        ("Шановний Тарас Шевчук, замовлення готове.", "person_name", "Тарас Шевчук"),
        ("མིང་། བཀྲ་ཤིས་ཚེ་རིང་", "person_name", "བཀྲ་ཤིས་ཚེ་རིང་"),
        ("མིང། སྒྲོལ་མ་", "person_name", "སྒྲོལ་མ་"),
        ("ཁ་པར་ཨང་གྲངས། ༠༩༨༧༦༥༤༣༢༡", "phone_number", "༠༩༨༧༦༥༤༣༢༡"),
        ("出生日期：一九八五年三月十五日", "date_of_birth", "一九八五年三月十五日"),
        ("生年月日：一九九〇年二月二十九日", "date_of_birth", "一九九〇年二月二十九日"),
        ("出生日期：二〇〇一年十二月三日", "date_of_birth", "二〇〇一年十二月三日"),
        ("Date of birth: the fourth of March, 1985", "date_of_birth", "the fourth of March, 1985"),
        ("DOB: March twenty-first, 1985", "date_of_birth", "March twenty-first, 1985"),
        ("Born on the fifteenth of June 1990 in Leeds", "date_of_birth", "the fifteenth of June 1990"),
        ("Date de naissance : vingt-deux mars 1985", "date_of_birth", "vingt-deux mars 1985"),
        ("Fecha de nacimiento: veintidós de marzo de 1985", "date_of_birth", "veintidós de marzo de 1985"),
        (
            "Date of birth: 4 March nineteen eighty-five\nTel: 0412 345 678",
            "date_of_birth",
            "4 March nineteen eighty-five",
        ),
        (
            "Date of birth: fourteenth of March nineteen eighty-seven",
            "date_of_birth",
            "fourteenth of March nineteen eighty-seven",
        ),
        ("Geb.: 21. Januar 1990, Anna Schulz", "date_of_birth", "21. Januar 1990"),
        ("Geburtstag: Montag, 14. März 1987", "date_of_birth", "Montag, 14. März 1987"),
        ("Data de nascimento: 30 de novembro de 1982", "date_of_birth", "30 de novembro de 1982"),
        ("Födelsedatum: 2 maj 1971", "date_of_birth", "2 maj 1971"),
        ("Data urodzenia: 17 kwietnia 1986", "date_of_birth", "17 kwietnia 1986"),
        ("Дата рождения: 23 июня 1980 г.", "date_of_birth", "23 июня 1980"),
        ("Дата народження: 12 березня 1991", "date_of_birth", "12 березня 1991"),
        ("Doğum tarihi: 11 Ağustos 1989", "date_of_birth", "11 Ağustos 1989"),
        ("Syntymäaika: 14. maaliskuuta 1987", "date_of_birth", "14. maaliskuuta 1987"),
        ("Születési idő: 1987. március 14.", "date_of_birth", "1987. március 14."),
        ("Datum narození: 14. března 1987", "date_of_birth", "14. března 1987"),
        ("Datum rođenja: 5. svibnja 1979.", "date_of_birth", "5. svibnja 1979"),
        ("Ημερομηνία γέννησης: 4 Μαρτίου 1983", "date_of_birth", "4 Μαρτίου 1983"),
        ("Ngày sinh: 14 tháng 3 năm 1987", "date_of_birth", "14 tháng 3 năm 1987"),
        ("Date of birth: 14 janv. 1987", "date_of_birth", "14 janv. 1987"),
        ("تاریخ تولد: ۱۳۶۵/۰۴/۱۲", "date_of_birth", "۱۳۶۵/۰۴/۱۲"),
        ("วันเกิด: 14 มีนาคม 2530", "date_of_birth", "14 มีนาคม 2530"),
        ("Date of birth: 14/03/2530 (B.E.)", "date_of_birth", "14/03/2530"),
        ("تاريخ الميلاد: ١٤ مارس ١٩٨٧", "date_of_birth", "١٤ مارس ١٩٨٧"),
        ("תאריך לידה: 14 במרץ 1987", "date_of_birth", "14 במרץ 1987"),
        ("जन्म तिथि: 14 मार्च 1987", "date_of_birth", "14 मार्च 1987"),
        ("დაბადების თარიღი: 14 მარტი 1987", "date_of_birth", "14 მარტი 1987"),
        ("Birth date: 1987-Mar-14", "date_of_birth", "1987-Mar-14"),
        ("Transit: 12345 Institution: 003 Account: 1234567", "bank_account_number", "1234567"),
        ("Transit/Institution/Account: 12345-003-1234567", "bank_account_number", "12345-003-1234567"),
        ("Rigger on duty: ⰻⰲⰰⱀ ⱂⰵⱅⱃⱁⰲ", "person_name", "ⰻⰲⰰⱀ ⱂⰵⱅⱃⱁⰲ"),  # Glagolitic, after any label naming no thing
        ("Pengemudi: ꦱꦶꦠꦶ ꦄꦩꦶꦤꦃ", "person_name", "ꦱꦶꦠꦶ ꦄꦩꦶꦤꦃ"),  # Javanese
        ("Shift lead: ᬓᬢᬸᬢ᭄ ᬯᬶᬬᬦ\nBadge: 4471", "person_name", "ᬓᬢᬸᬢ᭄ ᬯᬶᬬᬦ"),  # Balinese
        ('{"skater": "𐐖𐐱𐑌 𐐝𐑋𐐮𐑃", "club": "North Ice"}', "person_name", "𐐖𐐱𐑌 𐐝𐑋𐐮𐑃"),  # Deseret
        ("Name in Meetei Mayek: ꯑꯔꯨꯟ ꯁꯤꯡ", "person_name", "ꯑꯔꯨꯟ ꯁꯤꯡ"),
        ("Casting: ꚾꛂꚳ ꚫꛤ (extra, day 3)", "person_name", "ꚾꛂꚳ ꚫꛤ"),  # Bamum
        ("Volunteer: ᏎᏉᏯ ᎩᏍ, +254 712 345 678", "person_name", "ᏎᏉᏯ ᎩᏍ"),  # Cherokee, after a person's label
        ("Emergency contact — ߡߊߡߊߘߎ ߞߊߣߕߍ — 07700 900123", "person_name", "ߡߊߡߊߘߎ ߞߊߣߕߍ"),  # N'Ko
        ("ᱨᱟᱜᱷᱩᱱᱟᱛᱷ ᱢᱩᱨᱢᱩ <r.murmu@postmail.net>", "person_name", "ᱨᱟᱜᱷᱩᱱᱟᱛᱷ ᱢᱩᱨᱢᱩ"),  # Ol Chiki
        ("Thanks,\nⵎⵓⵃⴰⵎⵎⴰⴷ ⴰⵎⵣⵣⴰⵏ\nmobile +33 6 12 34 56 78", "person_name", "ⵎⵓⵃⴰⵎⵎⴰⴷ ⴰⵎⵣⵣⴰⵏ"),  # Tifinagh
        ("Dear ኣበበ ቢቂላ,\nyour parcel is ready.", "person_name", "ኣበበ ቢቂላ"),  # Ethiopic
        ("id,picker,phone\n17,ᚺᚨᚱᚨᛚᛞ ᛒᛚᚨᚾᛞ,+49 151 23456789", "person_name", "ᚺᚨᚱᚨᛚᛞ ᛒᛚᚨᚾᛞ"),  # Runic
        ("Pilot: 𞤀𞤥𞤢𞤣𞤵 𞤄𞤢𞤤𞤣𞤫, DOB 1984-03-12", "person_name", "𞤀𞤥𞤢𞤣𞤵 𞤄𞤢𞤤𞤣𞤫"),  # Adlam
    ],
)
def test_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@every(
    "text",
    [
        "See https://github.com/org/repo/issues?number=12345678",
        "https://example.com/page?id=12345678&to=2024",
        "이름: 없음",  # nobody named
        "이름: 홍길동",  # the forms' placeholder name
        "name: 设置",  # a YAML key and a setting's name
        "שם הקובץ: report.txt",
        "aha: moment of insight",
        "Suna: Mon-Fri",
        "Adi: 3 of 5",
        "Phone number: 5",
        "Sayın Müşterimiz, kampanyamız başladı.",  # "dear customer": one word, no name
        "Уважаемые коллеги, встреча в 10:00.",
        "会议于二〇二四年三月十五日举行",  # a meeting's date, no birth date's label
        "出生日期：一九八五年十三月四十日",  # no such date
        "Date of birth: one of the required fields",
        "Born in March 1985",
        "Founded: 2 maj 1971",  # a month word of another language, no birth label
        "Faktura ze dne 14. března 1987",
        "Vertrag vom Montag, 14. März 1987",
        "Birthday party on Saturday",
        "Date of birth: the fourteenth",  # no month, no year
        "Meeting 14/03/2530",
        "Invoice date: 14 มีนาคม 2530",
        "วันเกิด: 45 มีนาคม 2530",  # no such day
        "Welcome sign: ꦱꦸꦒꦼꦁ ꦫꦮꦸꦃ",  # words of rare scripts that name no one: a greeting, places, goods, a text
        "City: ꦪꦺꦴꦒꦾꦏꦂꦠ",
        "Kota: ꦪꦺꦴꦒꦾꦏꦂꦠ",
        "Place of birth: ꦪꦺꦴꦒꦾꦏꦂꦠ",
        "Town name: ⰸⰰⰴⰰⱃ",
        "Villages: ᮎᮤᮙᮠᮤ",
        "Brand: ꦏꦺꦴꦏꦏꦺꦴꦭ",
        "Drink ꦏꦺꦴꦏꦏꦺꦴꦭ today",
        "## ꦱꦼꦗꦫꦃ\nThe court of Yogyakarta was founded in 1755.",
        "Javanese: ꦱꦸꦒꦼꦁ ꦫꦮꦸꦃ\nEnglish: welcome",
        "Greeting: ᬒᬁᬲ᭄ᬯᬲ᭄ᬢ᭄ᬬᬲ᭄ᬢᬸ",
        "Temple: ᬧᬸᬭ ᬩᬾᬲᬓᬶᬄ",
        "Newspaper title: ꯄꯣꯏꯕꯥ ꯄꯥꯎ",
        "Script: ꯃꯩꯇꯩ ꯃꯌꯦꯛ",
        "Capital: አዲስ አበባ",
        "Language: ⵜⴰⵎⴰⵣⵉⵖⵜ",
        "Road sign reads ⴰⴳⴰⴷⵉⵔ next to the Arabic",
        'The Cherokee word "ᎣᏏᏲ" means hello.',  # a word quoted in a sentence
        "Nation: ᏣᎳᎩ ᎠᏰᎵ",
        "hello | ᎣᏏᏲ | osiyo\nthank you | ᏩᏙ | wado",
        "word,meaning\nᎣᏏᏲ,hello\nᏩᏙ,thank you",
        "Book: ߒߞߏ ߞߊ߲",
        "Festival: ᱥᱚᱦᱨᱟᱭ",
        'In Deseret, "𐐺𐐨" is the word for bee.',
        "Word: 𐐺𐐨\nMeaning: bee",
        "Alphabet: ⰀⰁⰂⰃ",
        "Inscription: ᚺᚨᚱᚨᛚᛞ ᚱᛅᛁᛋᛏᛁ",
        "Status: ᛟᚲ",
        '{"type": "place", "name": "ᏣᎳᎩ ᎠᏰᎵ"}',
        "Thanks,\nᏩᏙ\n(that is thank you in Cherokee)",
    ],
)
def test_passes(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Co-authored-by: ci-bot <noreply@ci.invalid>",
        "Signed-off-by: release bot <no-reply@builds.example.org>",
        "In the film, Jack dials (212) 555-0147, a fictional number.",
    ],
)
def test_addresses_and_numbers_that_are_no_ones_pass(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Call Dana at (212) 448-0147 tomorrow.", "(212) 448-0147"),
        ("mail dana.ruiz@corp.test", "dana.ruiz@corp.test"),
        ("Cédula de identidad N.º 1712345675", "1712345675"),
        ("CI: 1712345675", "1712345675"),
    ],
)
def test_real_looking_ones_are_still_found(text: str, value: str) -> None:
    assert value in [v for _, v in _found(text)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("¿Cuál es mi NSS? Es 08204022217", ["08204022217"]),
        ("Mi número de seguro social es 08204022217", ["08204022217"]),
    ],
)
def test_numbers_asked_about_are_found(text: str, values: list[str]) -> None:
    found = [v for _, v in _found(text)]
    assert all(v in found for v in values)


def test_a_font_family_is_no_name() -> None:
    assert _found('{"font": {"family": "Roboto", "size": 12}}') == []


@every(
    "text",
    [
        "Shop: ꦠꦺꦴꦏꦺꦴ ꦧꦛꦶꦏ꧀ | +62 274 512345 | Jl. Malioboro 12",
        "ꦠꦺꦴꦏꦺꦴ ꦧꦛꦶꦏ꧀ | +62 274 512345 | Jl. Malioboro 12",  # a shop's row: a phone and an address, nothing of a person
        "Product: ꦧꦛꦶꦏ꧀ ꦥꦫꦁ — 250.000 IDR",
        '{"name": "ꦧꦛꦶꦏ꧀ ꦥꦫꦁ", "price": 250000, "sku": "BT-11"}',
        "name,price,qty\nꦧꦛꦶꦏ꧀ ꦥꦫꦁ,250000,3",
        "Order ꦧꦛꦶꦏ꧀ ꦥꦫꦁ today: +62 812 3456 7890",
        "Publisher: ᬧᬸᬲ᭄ᬢᬓ ᬩᬮᬶ, Denpasar 2019",
        "Menu: ሽሮ ወጥ — 120 birr",
        "Product code: 55213 | ᚠᚢᚦ ᚨᚱᚲ | 12.50",
    ],
)
def test_rare_script_things_beside_numbers_name_no_one(text: str) -> None:
    assert [v for k, v in _found(text) if k == "person_name"] == []
