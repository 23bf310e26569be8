"""Bank account numbers and health record numbers read by the label that names them, in many languages, as people
write them: in groups (`1234 56 78903`, `110-123-456789`, `0049 1500 05 1234567892`), after a sort code, with a
letter before a health insurance number. A bare run of digits after such a word is `pii._bare_ids`'s; these are the
grouped, short and lettered forms it does not read. Also tax numbers other than the national ids of tax offices
(Germany's `Steuernummer`, France's `numéro fiscal`)."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy, pii_world_ids

_NZ_SHAPE = lazy.compile(r"\d{2}[- ]\d{4}[- ]\d{7}[- ]\d{2,3}")


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def account_ok(value: str) -> bool:
    """Whether digits after an account's label are an account number: 6 to 26 digits, more than three different
    ones, not a date (`2024-05-02`) and not a Polish account number that fails its check."""
    d = _digits(value)
    if not 6 <= len(d) <= 26 or len(set(d)) <= 3:
        return False
    if len(d) == 26:  # a Polish account number (NRB): the IBAN's check digits first
        return int(d[2:] + "2521" + d[:2]) % 97 == 1
    if _NZ_SHAPE.fullmatch(value) is not None:  # a New Zealand account's form: its bank code must exist
        return pii_world_ids.nz_account_ok(value)
    parts = value.replace("/", "-").replace(" ", "-").split("-")
    years = [p for p in parts if len(p) == 4 and p[:2] in ("19", "20")]
    return not (len(parts) == 3 and len(years) == 1 and sum(len(p) <= 2 for p in parts) == 2)


def record_ok(value: str) -> bool:
    """Whether a health record or insurance number holds at least five digits, more than two different ones."""
    d = _digits(value)
    return len(d) >= 5 and len(set(d)) > 2


ACCOUNT = r"\d{2,26}(?:[ /-]\d{1,12}){0,6}(?![\w-]|[.,]\d)"
"""An account number as written after its label: digits in up to seven groups split by single spaces, dashes or
slashes."""
RECORD = r"(?:[A-Z]{1,4}[ -]?)?\d{1,20}(?:[ -]\d{1,12}){0,7}(?:[ -]?[A-Z]{1,2})?(?![\w-]|[.,]\d)"
"""A health record or insurance number as written after its label: maybe letters first (`ZGW123456789`, `A123
456780`), digits in groups, maybe a letter last."""

TAX = r"\d{2,5}/\d{3,5}/\d{4,5}(?![\w/-])|\d{5}/\d{5}(?![\w/-])|\d{2,4}(?: ?\d{2,4}){1,4}(?![\w-]|[.,]\d)"
"""A tax number as written after its label: a German one's office, district and serial split by slashes (`21/815/
08150`), or digits maybe in groups (a French reference number, a Danish or Turkish one)."""

Group = tuple[str, str, tuple[tuple[str, str, Callable[[str], bool]], ...]]

ACCOUNT_GROUPS: tuple[Group, ...] = (
    (
        "account",
        r"a/c(?: no\b| number| #)?|acct\.?(?: no\b| number| #)|account (?:number|no\b|#)|"
        r"bank account(?: number| no\b)?|kontonummer|konto(?:nr\b|-nr\b)?(?=[ \t]*:?[ \t]*\d)|kontonr\b|bankkonto|"
        r"tilinumero|numer (?:konta|rachunku)|"
        r"nr (?:konta|rachunku)|rekening(?:nummer|nr\b)?|n[úu]mero de (?:cuenta|conta)|"
        r"n[º°] de (?:cuenta|conta|compte)|"
        r"cuenta (?:bancaria|corriente)|conta (?:banc[áa]ria|corrente)|num[ée]ro de compte|numero (?:di )?conto|"
        r"conto corrente|hesap (?:no\b|numaras[ıi])|s[ốo] t[àa]i kho[ảa]n|stk(?= ?[:#])|nomor rekening|"
        r"no\.? rek(?:ening)?|"
        r"nombor akaun|no\.? akaun|banksz[áa]mlasz[áa]m|sz[áa]mlasz[áa]m|[čc][íi]slo (?:bankov[ée]ho )?[úu][čc]tu|"
        r"broj (?:ra[čc]una|tekućeg ra[čc]una)|[žz]iro ra[čc]un|num[ăa]r de cont|cont bancar|s[ąa]skaitos numeris|"
        r"konta numurs|arvelduskonto|kontonumber|"
        r"口座番号|계좌번호|银行账号|銀行帳號|账号|帳號|"
        r"номер (?:банковского )?сч[её]та|расч[её]тный сч[её]т|р/с(?= ?[:№])|рахунок|номер рахунку|"
        r"رقم الحساب|מספר חשבון|खाता संख्या|αριθμ[όο]ς λογαριασμο[ύυ]",
        (pii_world_ids.NZ_ACCOUNT, ("bank_account_number", ACCOUNT, account_ok)),
    ),
)
"""The labels of a bank account (not the bare word `account`, which names many other things' numbers), read before
the other groups' (a New Zealand account keeps its kind and check there)."""

GROUPS: tuple[Group, ...] = (
    (
        "sortcode",
        r"sort ?code[ \t:#]*\d{2}-?\d{2}-?\d{2}[ \t]*[,;/|]?[ \t]*(?:(?:bank )?acc(?:oun)?t?\.?(?: number| no\.?| #)?|"
        r"a/c(?: no\.?)?)",
        (("bank_account_number", r"\d{8}(?![\w-])|\d{4} ?\d{4}(?![\w-])", account_ok),),
    ),
    (
        "taxnumber",
        r"steuernummer|st\.-?nr\.(?= ?\d)|num[ée]ro fiscal(?: de r[ée]f[ée]rence)?|num[ée]ro spi|skattenummer|"
        r"skatteidentifikationsnummer|vergi (?:kimlik )?(?:no\b|numaras[ıi])|codice fiscale numerico",
        (("tax_number", TAX, account_ok),),
    ),
    (
        "record",
        r"mrn(?![a-z])|medical record(?: number| no\b| #)?|patient (?:id|number|no\b|#)|hospital (?:number|no\b)|"
        r"chart (?:number|no\b)|health (?:insurance )?(?:id|plan id)|health insurance (?:number|no\b)|member id|"
        r"subscriber id|(?<!social )(?<!national )insurance (?:id|number|no\b)|ehic(?: number| no\b)?|"
        r"european health insurance card(?: number)?|"
        r"tessera sanitaria|carte vitale|krankenkassennummer|"
        r"n[úu]mero (?:de )?historia cl[íi]nica|historia cl[íi]nica|"
        r"num[ée]ro de dossier(?: m[ée]dical)?|patientennummer|pati[ëe]ntnummer|numero (?:di )?cartella clinica|"
        r"cartella clinica|prontu[áa]rio|n[úu]mero do utente|n[úu]mero de utente|sns(?= ?[:#])|"
        r"診察券番号|患者番号|保険証番号|被保険者番号|病历号|病歷號|환자번호|진료번호",
        (("health_record_number", RECORD, record_ok),),
    ),
)
"""(name, labels on the lower-cased text, values: kind, expression and check), as `pii_ids._GROUPS` reads them."""

LEADS = (
    "sort code",
    "sortcode",
    "a/c",
    "acct",
    "account number",
    "account no",
    "account #",
    "bank account",
    "kontonummer",
    "konto",
    "kontonr",
    "bankkonto",
    "tilinumero",
    "numer konta",
    "numer rachunku",
    "nr konta",
    "nr rachunku",
    "rekening",
    "numero de cuenta",
    "numero de conta",
    "cuenta bancaria",
    "cuenta corriente",
    "conta bancaria",
    "conta corrente",
    "numero de compte",
    "numero di conto",
    "numero conto",
    "conto corrente",
    "hesap no",
    "hesap numaras",
    "so tai khoan",
    "stk",
    "nomor rekening",
    "no rek",
    "no. rek",
    "nombor akaun",
    "no akaun",
    "no. akaun",
    "bankszamlaszam",
    "szamlaszam",
    "cislo uctu",
    "cislo bankoveho",
    "broj racuna",
    "ziro racun",
    "numar de cont",
    "cont bancar",
    "saskaitos numeris",
    "konta numurs",
    "arvelduskonto",
    "kontonumber",
    "steuernummer",
    "st.-nr",
    "st.nr",
    "numero fiscal",
    "numero spi",
    "skattenummer",
    "skatteidentifikationsnummer",
    "vergi no",
    "vergi numaras",
    "vergi kimlik",
    "codice fiscale numerico",
    "mrn",
    "medical record",
    "patient id",
    "patient number",
    "patient no",
    "patient #",
    "hospital number",
    "hospital no",
    "chart number",
    "chart no",
    "health id",
    "health plan id",
    "health insurance",
    "member id",
    "subscriber id",
    "insurance id",
    "insurance number",
    "insurance no",
    "ehic",
    "european health insurance",
    "tessera sanitaria",
    "carte vitale",
    "krankenkassennummer",
    "numero de historia",
    "numero historia",
    "historia clinica",
    "numero de dossier",
    "patientennummer",
    "patientnummer",
    "numero di cartella",
    "numero cartella",
    "cartella clinica",
    "prontuario",
    "numero do utente",
    "numero de utente",
    "sns",
)
"""Words at which the labels above start (in ASCII)."""
NON_ASCII_LEADS = (
    "número de cuenta",
    "número de conta",
    "nº de",
    "n° de",
    "conta bancária",
    "numéro de compte",
    "hesap numarası",
    "số tài khoản",
    "bankszámlaszám",
    "számlaszám",
    "číslo účtu",
    "číslo bankového",
    "cislo účtu",
    "broj računa",
    "žiro račun",
    "număr de cont",
    "sąskaitos numeris",
    "口座番号",
    "계좌번호",
    "银行账号",
    "銀行帳號",
    "账号",
    "帳號",
    "номер счета",
    "номер счёта",
    "номер банковского",
    "расчетный",
    "расчётный",
    "р/с",
    "рахунок",
    "номер рахунку",
    "رقم الحساب",
    "מספר חשבון",
    "खाता संख्या",
    "αριθμός λογαριασμού",
    "αριθμος λογαριασμου",
    "numéro fiscal",
    "numéro spi",
    "vergi numarası",
    "número de historia",
    "número historia",
    "historia clínica",
    "numéro de dossier",
    "patiëntnummer",
    "prontuário",
    "número do utente",
    "número de utente",
    "診察券番号",
    "患者番号",
    "保険証番号",
    "被保険者番号",
    "病历号",
    "病歷號",
    "환자번호",
    "진료번호",
)
"""Words at which the labels above start when not in ASCII."""
