"""Passports named in the words the other passport labels leave out: Polish `numer paszportu`, Slovak `cestovný
pas`, Romanian `pașaport`, Serbian `pasoš`, Russian `загранпаспорт` (with its own shape, two digits and seven),
Belarusian, Arabic `جواز سفر` and `رقم الجواز`, Hindi `पासपोर्ट संख्या`, Bengali, Japanese `旅券`, Hebrew, travel
documents in English and French, and the short forms `PPT no.`, `PP#`."""

from __future__ import annotations

from collections.abc import Callable

from .pii_card_words import PASSPORT_VALUE, varied

_END = r"(?![\w-])"

Check = Callable[[str], bool]
Group = tuple[str, str, tuple[tuple[str, str, Check], ...]]

GROUPS: tuple[Group, ...] = (
    (
        "passportmore",
        r"(?:numer|nr\.?) paszportu|paszport(?:u)? nr|cestovn[ée]ho pasu|cestovn[ýy] pas|pa[șş]aport(?:ul(?:ui)?)?|"
        r"pa[șş]aportului|paso[šs](?![a-z])|пасош|загран(?:ичн(?:ый|ого) )?паспорт(?:а)?|пашпарт(?:а)?|"
        r"паспорт(?:а)? (?:рф|гражданина рф|серия и номер|серии)|"
        r"جواز (?:ال)?سفر|رقم (?:ال)?جواز(?: (?:ال)?سفر)?|पासपोर्ट (?:संख्या|नंबर|क्रमांक)|পাসপোর্ট(?: নম্বর| নং)?|"
        r"旅券(?!番号)|מספר דרכון|דרכון|"
        r"travel document(?: number| no\b| #)?|document de voyage|titre de voyage|laissez-passer|"
        r"ppt(?: no\b| number| #)|pp(?: no\b| number| ?#)(?=\.? ?: ?[a-z0-9]{6,9}(?![\w-]))",
        (
            ("passport_number", PASSPORT_VALUE, varied),
            ("passport_number", r"\d{2} ?\d{7}" + _END, varied),
            ("passport_number", r"\d{2} ?\d{2} ?\d{6}" + _END, varied),
        ),
    ),
)
"""(name, labels on the lower-cased text, values: kind, expression and check), as `pii_ids._GROUPS` reads them."""

AFTER: dict[str, tuple[tuple[str, str, Check], ...]] = {
    name: (("passport_number", PASSPORT_VALUE, varied),) for name in ("passport", "cjkpassport", "rupassport")
}
"""Values read after passport groups of `pii_ids` when their own fail: numbers of letters and digits mixed
(`C8R72K194`, as Germany and others issue them) after `护照`, `여권`, `паспорт`, `útlevél`."""

LEADS = (
    "numer paszportu",
    "nr paszportu",
    "nr. paszportu",
    "paszport nr",
    "paszportu nr",
    "cestovneho pasu",
    "cestovny pas",
    "pasaport",
    "pasos",
    "travel document",
    "document de voyage",
    "titre de voyage",
    "laissez-passer",
    "ppt no",
    "ppt number",
    "ppt #",
    "pp no",
    "pp number",
    "pp #",
    "pp#",
)
"""Words at which the labels above start (in ASCII)."""
NON_ASCII_LEADS = (
    "cestovného pasu",
    "cestovný pas",
    "pașaport",
    "paşaport",
    "pasoš",
    "пасош",
    "загранпаспорт",
    "заграничный паспорт",
    "заграничного паспорт",
    "пашпарт",
    "паспорт рф",
    "паспорта рф",
    "паспорт гражданина",
    "паспорта гражданина",
    "паспорт серия",
    "паспорта серия",
    "паспорт серии",
    "паспорта серии",
    "جواز سفر",
    "جواز السفر",
    "رقم الجواز",
    "رقم جواز",
    "पासपोर्ट संख्या",
    "पासपोर्ट नंबर",
    "पासपोर्ट क्रमांक",
    "পাসপোর্ট",
    "旅券",
    "מספר דרכון",
    "דרכון",
)
"""Words at which the labels above start when not in ASCII."""
