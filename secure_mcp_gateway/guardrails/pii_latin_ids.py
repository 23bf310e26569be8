"""Identifiers of more countries read by their label: Brazil's licence, voter, health and general-registry numbers,
Colombia's cédula and NIT, Peru's DNI and RUC, Venezuela's cédula, Hungary's personal number, Slovenia's tax number,
Portugal's social security number, Nigeria's BVN, Qatar's and Bangladesh's national ids. Each with the check digits
its format has, so that a number of the same shape with a wrong check passes."""

from __future__ import annotations

from collections.abc import Callable

from . import pii_be_ids as be_register


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _varied(d: str) -> bool:
    return len(set(d)) > 2


def br_cnh_ok(value: str) -> bool:
    """Whether 11 digits are a Brazilian driving licence (CNH) number: two mod-11 check digits (either of the two
    ways issuers compute the second)."""
    d = [int(c) for c in _digits(value)]
    if len(d) != 11 or not _varied(value):
        return False
    first = sum(a * w for a, w in zip(d[:9], range(9, 0, -1), strict=True)) % 11
    shift = 2 if first >= 10 else 0
    first = 0 if first >= 10 else first
    if first != d[9]:
        return False
    rest = sum(a * w for a, w in zip(d[:9], range(1, 10), strict=True))
    old = rest % 11
    old = 0 if old >= 10 else old - shift
    new = (rest + first * 10) % 11
    return d[10] in ((old + 11) % 11 if old < 0 else old, 0 if new >= 10 else new)


def br_voter_ok(value: str) -> bool:
    """Whether 12 digits are a Brazilian voter registration (título de eleitor): a serial, a state code 01-28 and
    two mod-11 check digits."""
    d = [int(c) for c in _digits(value)]
    if len(d) != 12 or not 1 <= d[8] * 10 + d[9] <= 28 or not _varied(value):
        return False
    low_state = d[8] * 10 + d[9] in (1, 2)
    first = sum(a * w for a, w in zip(d[:8], range(2, 10), strict=True)) % 11
    second = (d[8] * 7 + d[9] * 8 + (0 if first == 10 else first) * 9) % 11
    firsts = {0 if first == 10 else first} | ({1} if low_state and first == 0 else set())
    seconds = {0 if second == 10 else second} | ({1} if low_state and second == 0 else set())
    return d[10] in firsts and d[11] in seconds


def br_cns_ok(value: str) -> bool:
    """Whether 15 digits are a Brazilian national health card (CNS / cartão SUS) number (weighted sum mod 11)."""
    d = _digits(value)
    return len(d) == 15 and d[0] in "12789" and _varied(d) and sum(int(c) * (15 - i) for i, c in enumerate(d)) % 11 == 0


def br_rg_ok(value: str) -> bool:
    """Whether a Brazilian general-registry (RG) number is one: written in its dotted groups, or eight digits and
    the check character São Paulo's registry computes (digit or X)."""
    if "." in value:
        return _varied(value)
    v = value.replace("-", "").upper()
    if len(v) != 9 or not v[:8].isdigit() or not _varied(v):
        return False
    c = 11 - sum(int(a) * w for a, w in zip(v[:8], range(2, 10), strict=True)) % 11
    return v[8] == {10: "X", 11: "0"}.get(c, str(c))


def co_nit_ok(value: str) -> bool:
    """Whether a Colombian tax number (NIT: up to 15 digits and a check digit, primes as weights) is one."""
    d = _digits(value)
    if not 9 <= len(d) <= 16 or not _varied(d):
        return False
    primes = (3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71)
    r = sum(int(c) * w for c, w in zip(reversed(d[:-1]), primes, strict=False)) % 11
    return (r if r < 2 else 11 - r) == int(d[-1])


def co_cc_ok(value: str) -> bool:
    """Whether a number is shaped as a Colombian citizen's cédula: six to ten digits, from one hundred thousand."""
    d = _digits(value)
    return 6 <= len(d) <= 10 and int(d) >= 100_000 and _varied(d)


def pe_ruc_ok(value: str) -> bool:
    """Whether 11 digits are a Peruvian taxpayer number (RUC: a person's 10/15/17 or a company's 20, mod 11)."""
    d = _digits(value)
    if len(d) != 11 or d[:2] not in ("10", "15", "16", "17", "20") or not _varied(d):
        return False
    total = sum(int(c) * w for c, w in zip(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=False))
    return (11 - total % 11) % 10 == int(d[10])


def hu_personal_ok(value: str) -> bool:
    """Whether 11 digits are a Hungarian personal identification number: sex and century, birth date, serial and a
    weighted check digit (weights rising before 1997, falling after)."""
    d = _digits(value)
    if len(d) != 11 or d[0] not in "12345678" or not (1 <= int(d[3:5]) <= 12 and 1 <= int(d[5:7]) <= 31):
        return False
    rising = sum(int(c) * (i + 1) for i, c in enumerate(d[:10])) % 11
    falling = sum(int(c) * (10 - i) for i, c in enumerate(d[:10])) % 11
    return int(d[10]) in {r for r in (rising, falling) if r < 10}


def si_tax_ok(value: str) -> bool:
    """Whether 8 digits are a Slovenian tax number (davčna številka: weights 8..2, mod 11)."""
    d = _digits(value)
    if len(d) != 8 or d[0] == "0" or not _varied(d):
        return False
    c = 11 - sum(int(a) * w for a, w in zip(d[:7], range(8, 1, -1), strict=True)) % 11
    return c != 11 and (0 if c == 10 else c) == int(d[7])


def pt_niss_ok(value: str) -> bool:
    """Whether 11 digits are a Portuguese social security number (NISS: 1 or 2 first, prime weights)."""
    d = _digits(value)
    if len(d) != 11 or d[0] not in "12" or not _varied(d):
        return False
    total = sum(int(c) * w for c, w in zip(d, (29, 23, 19, 17, 13, 11, 7, 5, 3, 2), strict=False))
    return 9 - total % 10 == int(d[10])


def qa_qid_ok(value: str) -> bool:
    """Whether 11 digits are shaped as a Qatari id: a century digit (2 or 3), a birth year, a country and a serial."""
    d = _digits(value)
    return len(d) == 11 and d[0] in "23" and _varied(d)


def bd_nid_ok(value: str) -> bool:
    """Whether a number is shaped as a Bangladeshi national id: 10 digits (smart card), 13, or 17 led by the
    holder's birth year."""
    d = _digits(value)
    if len(d) == 17:
        return 1900 <= int(d[:4]) <= 2099 and _varied(d)
    return len(d) in (10, 13) and _varied(d)


def varied(value: str) -> bool:
    """Whether a number holds more than two different digits (`00000000` and `12121212` are fillers)."""
    return _varied(_digits(value))


def gt_nit_ok(value: str) -> bool:
    """Whether a Guatemalan NIT (digits, then a check digit or K after a dash) passes its mod-11 check."""
    body, _, check = value.upper().rpartition("-")
    if not body.isdigit() or not _varied(body):
        return False
    rest = (11 - sum(int(c) * w for c, w in zip(body, range(len(body) + 1, 1, -1), strict=True)) % 11) % 11
    return check == ("K" if rest == 10 else str(rest))


GT_NIT = r"\d{4,11}-[\dKk](?![\w-])"
"""A Guatemalan NIT as written: up to eleven digits, a dash and the check digit (`K` for 10)."""
CO_NIT = r"\d{1,3}(?:\.?\d{3}){2,4}-?\d(?![\w.-])"
"""A Colombian NIT as written: groups of three, maybe dotted, and the check digit after a dash."""
VE_CEDULA = r"(?i)[ve]-?\d{1,2}\.?\d{3}\.?\d{3}(?![\w.-])"
"""A Venezuelan cédula: the holder's nationality letter (V or E), then the number."""
CO_CEDULA = r"\d{1,3}(?:\.\d{3}){2,3}(?![\w.-]|,\d)"
"""A Colombian cédula in dotted groups of three (`1.020.304.050`)."""

Group = tuple[str, str, tuple[tuple[str, str, Callable[[str], bool]], ...]]

GROUPS: tuple[Group, ...] = (
    (
        "brcnh",
        r"cnh(?![a-z])|carteira nacional de habilita[çc][ãa]o|registro (?:da )?cnh",
        (("br_cnh", r"\d{11}(?![\w-])", br_cnh_ok),),
    ),
    (
        "brvoter",
        r"t[íi]tulo (?:de )?eleitor(?:al)?|inscri[çc][ãa]o eleitoral",
        (("br_voter_id", r"\d{4} ?\d{4} ?\d{4}(?![\w-])", br_voter_ok),),
    ),
    (
        "brcns",
        r"cns(?![a-z])|cart[ãa]o (?:nacional de )?sa[úu]de|cart[ãa]o (?:do )?sus",
        (("br_cns", r"\d{3} ?\d{4} ?\d{4} ?\d{4}(?![\w-])", br_cns_ok),),
    ),
    (
        "brrg",
        r"rg(?![a-z])|registro geral|carteira de identidade",
        (("br_rg", r"\d{1,2}\.\d{3}\.\d{3}-?[\dXx](?![\w.-])|\d{8}-?[\dXx](?![\w-])", br_rg_ok),),
    ),
    (
        "cocc",
        r"c\. ?c\.(?= ?(?:n[°º.]|no\b|#|:)? ?\d)",
        (("co_cedula", r"\d{1,3}(?:\.\d{3}){1,3}(?![\w.-]|,\d)|\d{6,10}(?![\w-])", co_cc_ok),),
    ),
    (
        "conit",
        r"n[úu]mero de identificaci[óo]n tributaria",
        (("co_nit", CO_NIT, co_nit_ok),),
    ),
    (
        "peruc",
        r"ruc(?![a-z])|registro [úu]nico (?:de|del) contribuyentes?",
        (("pe_ruc", r"\d{11}(?![\w-])", pe_ruc_ok),),
    ),
    (
        "hupid",
        r"szem[ée]lyi (?:azonos[íi]t[óo](?: jel| sz[áa]m)?|sz[áa]m)|szem[ée]lyazonos[íi]t[óo](?: jel)?",
        (("hu_personal_id", r"\d[ -]?\d{6}[ -]?\d{4}(?![\w-])", hu_personal_ok),),
    ),
    (
        "sitax",
        r"dav[čc]n[ae] [šs]tevilk[ae]|dav[čc]na [šs]t\.|id za ddv",
        (("si_tax_number", r"(?:SI ?)?\d{8}(?![\w-])", si_tax_ok),),
    ),
    (
        "ptniss",
        r"niss(?![a-z])|n\.?[ºo°]? (?:de )?identifica[çc][ãa]o (?:da )?seguran[çc]a social|seguran[çc]a social",
        (
            ("pt_niss", r"\d{11}(?![\w-])", pt_niss_ok),
            ("be_national_number", be_register.REGISTER_VALUE, be_register.register_ok),
        ),
    ),
    (
        "ngbvn",
        r"bvn(?![a-z])|bank verification number",
        (("ng_bvn", r"\d{11}(?![\w-])", varied),),
    ),
    (
        "qaqid",
        r"qid(?![a-z])|qatar(?:i)? id(?: card)?",
        (("qa_qid", r"\d{11}(?![\w-])", qa_qid_ok),),
    ),
    (
        "bdnid",
        r"nid(?: card)?(?![a-z])|jatiyo porichoy ?potro",
        (("bd_nid", r"\d{17}(?![\w-])|\d{13}(?![\w-])|\d{10}(?![\w-])", bd_nid_ok),),
    ),
)
"""(name, labels on the lower-cased text, values: kind, expression and check), as `pii_ids._GROUPS` reads them."""

LEADS = (
    "cnh",
    "carteira nacional",
    "registro cnh",
    "registro da cnh",
    "titulo de eleitor",
    "titulo eleitor",
    "inscricao eleitoral",
    "cns",
    "cartao nacional",
    "cartao de sa",
    "cartao sa",
    "cartao sus",
    "cartao do sus",
    "rg",
    "registro geral",
    "carteira de identidade",
    "c.c.",
    "c. c.",
    "numero de identificacion tributaria",
    "ruc",
    "registro unico",
    "szemelyi",
    "szemelyazonosito",
    "davcna",
    "id za ddv",
    "niss",
    "n. de identificacao",
    "n.o de identificacao",
    "no de identificacao",
    "n de identificacao",
    "de identificacao",
    "seguranca social",
    "bvn",
    "bank verification",
    "qid",
    "qatar",
    "nid",
    "jatiyo",
)
"""Words at which the labels above start in ASCII text (for the shared index)."""

NON_ASCII_LEADS = (
    "título",
    "inscrição",
    "cartão",
    "número de identificación",
    "személyi",
    "személyazonosító",
    "davčna",
    "davčne",
    "n.º de identificação",
    "nº de identificação",
    "n° de identificação",
    "n.º identificação",
    "nº identificação",
    "identificação",
    "segurança social",
    "registro único",
)
"""Words at which the labels above start when not in ASCII."""
