"""National identifiers as one table per region: each scheme's shape, its check (weighted sums mod 10 or 11, Luhn,
mod 97, a check letter) and its labels in its own languages; every scheme is read after its label."""

from __future__ import annotations

from collections.abc import Callable

Check = Callable[[str], bool]


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _varied(d: str) -> bool:
    return len(set(d)) > 2


def shape(value: str) -> bool:
    """A scheme without a check digit: its shape after its label is all there is; one digit repeated is a mask."""
    return _varied(_digits(value))


def account_shape(value: str) -> bool:
    """A bank account read after its label: 6 to 30 digits, more than three different ones."""
    d = _digits(value)
    return 6 <= len(d) <= 30 and len(set(d)) > 3


def luhn(value: str) -> bool:
    """The Luhn check over every digit of `value`."""
    d = _digits(value)
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return _varied(d) and total % 10 == 0


def _date_ok(dd: int, mm: int) -> bool:
    return 1 <= dd <= 31 and 1 <= mm <= 12


def lt_code_ok(value: str) -> bool:
    """Lithuania's personal code (asmens kodas): sex and century, a birth date, a serial and a check digit (weights
    1-9,1, then 3-9,1-3 when the first sum leaves 10)."""
    d = _digits(value)
    if len(d) != 11 or d[0] not in "123456" or not _date_ok(int(d[5:7]), int(d[3:5])):
        return False
    for weights in ((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)):
        rest = sum(int(c) * w for c, w in zip(d, weights, strict=False)) % 11
        if rest != 10:
            return rest == int(d[10])
    return d[10] == "0"


def chi_ok(value: str) -> bool:
    """Scotland's CHI number and Northern Ireland's H&C number: ten digits, mod 11 like the NHS number."""
    d = _digits(value)
    if len(d) != 10 or not _varied(d):
        return False
    check = 11 - sum(int(c) * w for c, w in zip(d, range(10, 1, -1), strict=False)) % 11
    return check != 10 and check % 11 == int(d[9])


def fo_p_tal_ok(value: str) -> bool:
    """The Faroe Islands' personal number (P-tal): a birth date (DDMMYY) and three digits."""
    d = _digits(value)
    return len(d) == 9 and _date_ok(int(d[:2]), int(d[2:4])) and _varied(d[6:] + d[:2])


def kg_pin_ok(value: str) -> bool:
    """Kyrgyzstan's personal number (ПИН/ИНН of a person): 1 or 2 for sex, a birth date (DDMMYYYY), five digits."""
    d = _digits(value)
    return len(d) == 14 and d[0] in "12" and _date_ok(int(d[1:3]), int(d[3:5])) and d[5:7] in ("19", "20")


def tfn_ok(value: str) -> bool:
    """An Australian tax file number: 8 or 9 digits whose weighted sum is a multiple of 11."""
    d = _digits(value)
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10) if len(d) == 9 else (10, 7, 8, 4, 6, 3, 5, 1)
    return len(d) in (8, 9) and _varied(d) and sum(int(c) * w for c, w in zip(d, weights, strict=True)) % 11 == 0


def au_medicare_ok(value: str) -> bool:
    """An Australian Medicare card number: 10 or 11 digits led by 2-6, the 9th a check (weights 1, 3, 7, 9, mod 10)."""
    d = _digits(value)
    if len(d) not in (10, 11) or d[0] not in "23456" or not _varied(d):
        return False
    return sum(int(c) * w for c, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9), strict=False)) % 10 == int(d[8])


def rib_ok(value: str) -> bool:
    """A French bank account (RIB): bank, branch, account (letters read as digits) and a two-digit key, mod 97."""
    compact = value.replace(" ", "").upper()
    if len(compact) != 23 or not _varied(compact):
        return False
    account = "".join("123456789123456789234567890"[ord(c) - 65] if c.isalpha() else c for c in compact[10:21])
    bank, branch = int(compact[:5]), int(compact[5:10])
    return 97 - (89 * bank + 15 * branch + 3 * int(account)) % 97 == int(compact[21:])


def no_account_ok(value: str) -> bool:
    """A Norwegian bank account: 11 digits, the last a mod-11 check (weights 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)."""
    d = _digits(value)
    if len(d) != 11 or not _varied(d):
        return False
    rest = sum(int(c) * w for c, w in zip(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=False)) % 11
    return (11 - rest) % 11 == int(d[10])


# --- the tables: (group, labels on the lower-cased text, ((kind, value, check), ...)) -------------------------

Group = tuple[str, str, tuple[tuple[str, str, Check], ...]]
_END = r"(?![\w-])"

EUROPE: tuple[Group, ...] = (
    (
        "chi",
        r"chi(?: number| no\b| #|(?=\"? ?[:#]))|community health index(?: number)?|h&c(?: number| no\b)?|"
        r"health and care number",
        (("uk_nhs", r"\d{3} ?\d{3} ?\d{4}" + _END, chi_ok),),
    ),
    (
        "albanian",
        r"numri (?:personal|i identifikimit|amz)|nr\.? personal",
        (("id_card_number", r"[A-T]\d{8}[A-W]" + _END, shape),),
    ),
    (
        "byid",
        r"ідэнтыфікацыйны нумар|асабісты нумар",
        (("id_card_number", r"\d{7}[ABCEHKMPT]\d{3}(?:PB|BA|BI)\d" + _END, shape),),
    ),
    (
        "uapassport",
        r"серія (?:та|і) номер паспорта|паспорт громадянина україни",
        (("passport_number", r"[А-ЯІЇЄ]{2} ?\d{6}" + _END + r"|\d{9}" + _END, shape),),
    ),
    (
        "foptal",
        r"p-tal(?:s?nummar| nr\b)?|pers[óo]nstal|v-tal",
        (("fo_p_tal", r"\d{6}-?\d{3}" + _END, fo_p_tal_ok),),
    ),
    (
        "geid",
        r"პირადი ნომერი|პ/ნ",
        (("ge_personal_number", r"\d{11}" + _END, shape),),
    ),
)
"""Europe: Scotland's CHI and Northern Ireland's H&C number, Albania's personal number (NID), Belarus's personal
number, Ukraine's passport, the Faroe Islands' P-tal, Georgia's personal number. Business registers' numbers
(Poland's REGON, Albania's NIPT) name no person and are not read."""

AMERICAS: tuple[Group, ...] = (
    (
        "jmtrn",
        r"taxpayer registration number",
        (("jm_trn", r"1\d\d-?\d{3}-?\d{3}" + _END, shape),),
    ),
)
"""The Americas: Jamaica's TRN under its full label (`TRN` alone is read by the generic group; an employer's EIN
names a business, not a person)."""

AFRICA: tuple[Group, ...] = (
    (
        "zwid",
        r"zimbabwe(?:an)? (?:national )?id(?: number| no\b)?|national registration (?:number|no\b)",
        (("zw_national_id", r"\d{2}[- ]?\d{6,7}[- ]?[A-Z][- ]?\d{2}" + _END, shape),),
    ),
)
"""Africa: Zimbabwe's national id (district, serial, check letter, district of origin)."""

ASIA: tuple[Group, ...] = (
    (
        "kgpin",
        r"пин(?![а-я])|персональный идентификационный номер|жеке идентификациялык номер",
        (("kg_pin", r"[12]\d{13}" + _END, kg_pin_ok),),
    ),
    (
        "pkcnic",
        r"شناختی کارڈ(?: نمبر)?|قومی شناختی کارڈ",
        (("pk_cnic", r"\d{5}-?\d{7}-?\d" + _END, shape),),
    ),
)
"""Asia: Kyrgyzstan's personal number, Pakistan's CNIC under its Urdu label."""

HEALTH_AND_TAX: tuple[Group, ...] = (
    (
        "ruoms",
        r"полис(?:а)? омс|омс(?![а-я])|единый номер полиса|енп(?![а-я])|polis oms|oms polic(?:y|e)",
        (("ru_oms_policy", r"\d{4} ?\d{4} ?\d{4} ?\d{4}" + _END, luhn),),
    ),
    ("autfn", r"tfn(?![a-z])|tax file number", (("au_tfn", r"\d{3} ?\d{3} ?\d{2,3}" + _END, tfn_ok),)),
)
"""Russia's health insurance policy (ENP, Luhn), Australia's tax file number."""

ACCOUNTS: tuple[Group, ...] = (
    (
        "frrib",
        r"rib(?![a-z])|relev[ée] d'identit[ée] bancaire|coordonn[ée]es bancaires",
        (("bank_account_number", r"\d{5} ?\d{5} ?[0-9A-Z]{11} ?\d\d" + _END, rib_ok),),
    ),
    (
        "domestic",
        r"cci(?![a-z])|c[óo]digo de cuenta interbancari[ao]|nuban(?![a-z])|"
        r"(?:cuenta|conta)(?=\"? ?[:#]| \d{4,12}-\d(?![\w-]))|เลขที่บัญชี|เลขบัญชี|р/с|р/сч|"
        r"(?:普通|当座)(?:預金)?(?:口座)?(?=[ :：　]?\d{7}(?!\d))",
        (("bank_account_number", r"\d{2,20}(?:[ /.-]\d{1,12}){0,5}" + _END + r"(?![.,]\d)", account_shape),),
    ),
)
"""Bank accounts written in a country's own form: France's RIB (its key mod 97), Peru's CCI, Nigeria's NUBAN, accounts
after a bare `cuenta:` or `conta:` (or `Conta 98127-3`, with its check digit), Japanese ones after their kind
(`普通 1234567`), and under Thai and Russian labels."""

NO_CHECK = (shape, account_shape)
"""The checks above that hold no check digit (a shape is all they have)."""
GROUPS: tuple[Group, ...] = (*EUROPE, *AMERICAS, *AFRICA, *ASIA, *HEALTH_AND_TAX, *ACCOUNTS)

ALIASES: dict[str, str] = {
    "nik": r"e-?ktp(?![a-z])|(?:no\.? |nomor )?ktp(?![a-z])",
    "trid": r"kimlik(?: no\b| numaras[ıi])?",
    "uzpinfl": r"pnfl(?![a-z])|пинфл|жшшир",
    "inn": r"inn(?=\"? ?[:#№]| \d{9,12}(?![\d-])| (?:no\b|number))",
    "mobir": r"bir(?= ?(?:n\.?[ºo°]|[:#]))",
    "driver": (
        r"fahrerlaubnis|driving permit|driver'?s permit|prawo jazdy|numer prawa jazdy|ehliyet(?: no\b| numaras[ıi])?|"
        r"s[üu]r[üu]c[üu] belgesi|водительско(?:е|го) удостоверени[ея]|посвідчення водія|шофьорска книжка|"
        r"возачка дозвола|運転免許証(?:番号)?|免許証番号|驾驶证(?:号)?|驾照号|駕駛執照|surat izin mengemudi|nomor sim|"
        r"no\.? sim(?= ?[:#])|cdl(?![a-z])|commercial driver'?s? licen[cs]e|ajokortti|ajokortin numero|"
        r"voza[čc]k[ae] dozvol[ae]|vozni[šs]ko dovoljenje|"
        r"carta de condu[çc][ãa]o|licencia de (?:manejo|conducci[óo]n)|permiso de conducir|carn[ée]t? de conducir|"
        r"brevete|[řr]idi[čc]sk(?:[ýy]|[ée]ho) pr[ůu]kaz|vodi[čc]sk(?:[ýy]|[ée]ho) preukaz|jogos[íi]tv[áa]ny|"
        r"permis(?:ul)? de conducere|permis auto|δίπλωμα οδήγησης|άδεια οδήγησης|רישיון נהיגה|"
        r"ड्राइविंग लाइसेंस|leseni ya udereva|lisensya sa pagmamaneho|lesen memandu|k[øo]rekort|f[øo]rerkort|"
        r"juhiluba|vad[īi]t[āa]ja apliec[īi]ba|vairuotojo pa[žz]ym[ėe]jimas|رخصة (?:القيادة|السياقة)|"
        r"گواهینامه(?: رانندگی)?|ใบขับขี่|b[ằa]ng l[áa]i(?: xe)?|gi[ấa]y ph[ée]p l[áa]i xe|"
        r"(?:num[ée]ro|n[°º]) de permis(?: de conduire)?|ву(?= ?(?:№|no))"
    ),
}
"""More labels of `pii_ids` groups: Indonesia's NIK as the KTP's number, Turkey's `kimlik`, Uzbekistan's PINFL in
Latin and Cyrillic letters, the Russian INN in Latin letters, Macau's resident card as `BIR`, driving licences in 40
languages."""

JOINS: dict[str, tuple[tuple[str, str, Check], ...]] = {
    "lvpk": (("lt_personal_code", r"[1-6]\d{10}" + _END, lt_code_ok),),
    "inn": (("kg_pin", r"[12]\d{13}" + _END, kg_pin_ok), ("tj_inn", r"\d{9}" + _END, shape)),
    "civil": (
        ("id_card_number", r"\d{7}[ABCEHKMPT]\d{3}(?:PB|BA|BI)\d" + _END, shape),
        ("id_card_number", r"[A-T]\d{8}[A-W]" + _END, shape),
    ),
    "bdnid": (("id_card_number", r"[A-T]\d{8}[A-W]" + _END, shape),),
    "rupassport": (("passport_number", r"[А-ЯІЇЄ]{2} ?\d{6}" + _END, shape),),
    "zaid": (("zw_national_id", r"\d{2}-\d{6,7} ?[A-Z] ?\d{2}" + _END, shape),),
    "mbi": (("au_medicare", r"[2-6]\d{3} ?\d{5} ?\d(?:[ /-]?\d)?" + _END, au_medicare_ok),),
    "driver": (
        ("driver_license", r"\d\d ?[А-ЯЁ]{2} ?\d{6}" + _END + r"|\d{4} ?\d{6}" + _END, shape),
        ("driver_license", r"\d{5}/\d\d/\d{4}" + _END, shape),
        ("driver_license", r"\d{17}[\dX]" + _END, shape),  # China's: the holder's resident id number
    ),
    "account": (("bank_account_number", r"\d{4}\.\d\d\.\d{5}" + _END, no_account_ok),),
    "card": (("do_cedula", r"\d{3}-\d{7}-\d" + _END + r"|\d{11}" + _END, luhn),),
}
"""Schemes read after the labels of a group of `pii_ids`, tried before that group's own values: Lithuania's code
after `personal code`, Kyrgyzstan's and Tajikistan's numbers after `ИНН`, Belarus's and Albania's personal numbers
after `personal number` and `NID`, Ukraine's passport after `паспорт`, Zimbabwe's id after `ID number`, Australia's
Medicare number after `Medicare`, licences in other forms after a licence's label, Norway's account with its dots,
the Dominican cédula after `cédula`."""


LEADS = (
    "chi",
    "numero de permis",
    "community health",
    "h&c",
    "health and care",
    "numri",
    "nr personal",
    "nr. personal",
    "taxpayer registration",
    "zimbabwe",
    "national registration",
    "rib",
    "tfn",
    "p-tal",
    "ptal",
    "v-tal",
    "personstal",
    "bir",
    "tax file",
    "polis oms",
    "oms polic",
    "ktp",
    "e-ktp",
    "ektp",
    "no ktp",
    "no. ktp",
    "nomor ktp",
    "kimlik",
    "pnfl",
    "inn",
    "fahrerlaubnis",
    "cdl",
    "commercial driver",
    "driving permit",
    "driver's permit",
    "drivers permit",
    "prawo jazdy",
    "numer prawa",
    "ehliyet",
    "surat izin",
    "nomor sim",
    "no sim",
    "no. sim",
    "ajokort",
    "vozack",
    "voznisko",
    "carta de condu",
    "licencia de manejo",
    "licencia de conduccion",
    "permiso de conducir",
    "carne de conducir",
    "carnet de conducir",
    "brevete",
    "ridicsk",
    "vodicsk",
    "jogositvany",
    "permis de conducere",
    "permisul de conducere",
    "permis auto",
    "leseni ya",
    "lisensya sa",
    "lesen memandu",
    "korekort",
    "forerkort",
    "juhiluba",
    "vaditaja",
    "vairuotojo",
    "bang lai",
    "giay phep",
    "releve d'identit",
    "coordonnees bancaires",
    "cci",
    "codigo de cuenta",
    "nuban",
    "cuenta",
    "conta",
)
"""Words at which the labels above start in ASCII text (for the shared index)."""
NON_ASCII_LEADS = (
    "relevé d'identit",
    "coordonnées bancaires",
    "código de cuenta",
    "เลขที่บัญชี",
    "เลขบัญชี",
    "р/с",
    "р/сч",
    "普通",
    "当座",
    "ідэнтыфікацыйны нумар",
    "асабісты нумар",
    "серія та номер",
    "серія і номер",
    "паспорт громадянина",
    "პირადი ნომერი",
    "პ/ნ",
    "пин",
    "persónstal",
    "sürücü belgesi",
    "surucu belgesi",
    "водительское удостоверение",
    "ву",
    "numéro de permis",
    "n° de permis",
    "nº de permis",
    "водительского удостоверения",
    "посвідчення водія",
    "шофьорска книжка",
    "возачка дозвола",
    "運転免許証",
    "免許証番号",
    "驾驶证",
    "驾照号",
    "駕駛執照",
    "vozačk",
    "vozniško",
    "carta de condução",
    "licencia de conducción",
    "carné de conducir",
    "řidičsk",
    "vodičsk",
    "jogosítvány",
    "δίπλωμα οδήγησης",
    "άδεια οδήγησης",
    "רישיון נהיגה",
    "ड्राइविंग लाइसेंस",
    "kørekort",
    "førerkort",
    "vadītāja",
    "vairuotojo",
    "رخصة القيادة",
    "رخصة السياقة",
    "گواهینامه",
    "ใบขับขี่",
    "bằng lái",
    "giấy phép lái",
    "полис",
    "омс",
    "единый номер полиса",
    "енп",
    "пинфл",
    "жшшир",
    "персональный идентификационный",
    "жеке идентификациялык",
    "شناختی کارڈ",
    "قومی شناختی",
)
"""Words at which the labels above start when not in ASCII."""
