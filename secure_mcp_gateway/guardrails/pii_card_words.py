"""Identity cards and passports named in more languages (Czech, Slovak, Hungarian, Romanian, Croatian, Slovene,
Bulgarian, Serbian, Baltic, Nordic, Greek, Indonesian, Malay, Vietnamese, Thai, Arabic, Persian, Hindi, Swahili), and
the numbers read after those words."""

from __future__ import annotations

_END = r"(?![\w-])"


def varied(value: str) -> bool:
    """Whether a number holds more than three different characters (`00000000`, `AA111111` are masks)."""
    compact = value.replace(" ", "").replace("-", "")
    return 6 <= len(compact) <= 16 and len(set(compact)) > 3


CARD_VALUE = r"(?=(?:[A-Z -]*[0-9]){4})[A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])){4,18}" + _END
"""An identity card's number as written: capitals and at least four digits, single spaces or dashes between groups."""
PASSPORT_VALUE = r"(?=[A-Z0-9]{6,9}" + _END + r")(?=(?:[A-Z]*\d){5})[A-Z0-9]{6,9}" + _END
"""A passport's number: six to nine letters and digits, at least five of them digits."""

GROUPS = (
    (
        "idcardwords",
        r"ob[čc]ansk(?:[ýy]|[ée]ho) pr[ůu]kaz(?:u)?|ob[čc]iansk(?:y|eho) preukaz(?:u)?|"
        r"szem[ée]lyi igazolv[áa]ny(?:sz[áa]m)?|carte(?:a)? de identitate|buletin(?:ul)? de identitate|"
        r"osobn[ae] iskaznic[ae]|osebn[ae] izkaznic[ae]|лична карта|лична каrта|"
        r"asmens tapatyb[ėe]s kortel[ėe]|personas apliec[īi]ba|isikutunnistus|henkil[öo]kortti|"
        r"identitetskort|id-kort|δελτ[ίι]ο ταυτ[όο]τητας|kartu identitas|kad pengenalan|"
        r"(?:s[ốo] )?(?:ch[ứu]ng minh th[ưu]|th[ẻe] c[ăa]n c[ưư][ớo]c)|بطاقة (?:الهوية|الرقم القومي)|کارت ملی|"
        r"पहचान पत्र|kitambulisho(?: cha taifa)?",
        (("id_card_number", CARD_VALUE, varied),),
    ),
    (
        "passportwords",
        r"paspor(?![a-z])|h[ộo] chi[ếe]u|หนังสือเดินทาง|جواز(?: ال)?سفر|گذرنامه|پاسپورت|पासपोर्ट|pasipoti|"
        r"pasaport[aeiu]?(?![a-z])|pa[šs]port(?:as|o)?(?![a-z])|passaporte?(?![a-z])",
        (("passport_number", PASSPORT_VALUE, varied),),
    ),
)
"""Label groups of `pii_ids` (its `_GROUPS`' form): the labels, and each value's kind, shape and check."""

LEADS = (
    "obcansk",
    "obciansk",
    "szemelyi",
    "carte de identitate",
    "cartea de identitate",
    "buletin",
    "osobna iskaznic",
    "osobne iskaznic",
    "osebna izkaznic",
    "osebne izkaznic",
    "asmens tapatyb",
    "personas aplie",
    "isikutunnistus",
    "henkilokortti",
    "identitetskort",
    "id-kort",
    "kartu identitas",
    "kad pengenalan",
    "chung minh",
    "so chung",
    "the can",
    "kitambulisho",
    "paspor",
    "ho chieu",
    "pasipoti",
    "pasaport",
    "pasport",
    "passaport",
)
"""The words the shared index looks for where these labels start (in ASCII)."""

NON_ASCII_LEADS = (
    "občansk",
    "občiansk",
    "személyi",
    "osobna iskaznic",
    "лична",
    "asmens tapatybės",
    "personas apliecība",
    "henkilökortti",
    "δελτίο",
    "δελτιο",
    "số chứng",
    "chứng minh",
    "thẻ căn",
    "بطاقة",
    "کارت ملی",
    "पहचान",
    "hộ chiếu",
    "หนังสือเดินทาง",
    "جواز",
    "گذرنامه",
    "پاسپورت",
    "पासपोर्ट",
    "pašport",
)
"""The words looked for where the labels in other letters start."""
