"""Registration numbers that professionals hold in person, read after their regulator's or their profession's label:
doctors, nurses, pharmacists and dentists (UK GMC, NMC and GPhC, Australia's AHPRA, Canada's provincial colleges,
the Dutch BIG, Belgium's RIZIV/INAMI, France's ADELI, Germany's LANR, Brazil's councils by state, Spain's and
Italy's professional orders, India's, Pakistan's, Nigeria's and South Africa's councils, Japan's and Korea's
licences), lawyers (bar numbers, the SRA, Brazil's OAB), engineers, teachers, social workers, gas engineers,
driving instructors and divers (their cards), and checks of a person's record (the UK's DBS certificate). Each
value must hold four digits or more, not all alike, in its register's shape."""

from __future__ import annotations

from collections.abc import Callable

_END = r"(?![\w-])"


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def registered(value: str) -> bool:
    """Whether a registration number holds four digits or more, more than two different ones, and is no year alone."""
    d = _digits(value)
    if len(d) < 4 or len(set(d)) < 3:
        return False
    return not (len(d) == 4 and d[:2] in ("19", "20") and d == value)


def ahpra_ok(value: str) -> bool:
    """Whether an AHPRA registration number names a profession's board (three capitals) before its ten digits."""
    return value[:3] in _AHPRA_BOARDS and registered(value[3:])


_AHPRA_BOARDS = frozenset("ATS CHI CMR DEN MED MRP NMW OCC OPT OST PAR PHA PHY POD PSY".split())
"""AHPRA's profession codes (Aboriginal health, chiropractic, Chinese medicine, dental, medical, radiation, nursing
and midwifery, occupational therapy, optometry, osteopathy, paramedicine, pharmacy, physiotherapy, podiatry,
psychology)."""

_BR_STATES = "ac|al|ap|am|ba|ce|df|es|go|ma|mt|ms|mg|pa|pb|pr|pe|pi|rj|rn|rs|ro|rr|sc|sp|se|to"
"""Brazil's states, as its professional councils append them (`CRM-SP`, `OAB/RJ`)."""

REG_VALUE = (
    r"(?:第 ?|제 ?)?(?=(?:[A-Z/. -]*\d){4})(?:[A-Z]{1,4}[ /-]?)?\d{1,12}(?:[./-]\d{1,8}){0,3}(?:[-/ ]?[A-Z]{1,2})?"
    r"(?: ?[号號호])?" + _END
)
"""A registration number as registers write it: up to four letters, digits in up to four groups joined by `.`, `-`
or `/`, a letter or two after (`MP0123456`, `12345-P`, `52.12345-6`, `DMC/R/12345`), `第...号` in Japanese and
Chinese, `제...호` in Korean."""

Check = Callable[[str], bool]
Group = tuple[str, str, tuple[tuple[str, str, Check], ...]]

GROUPS: tuple[Group, ...] = (
    (
        "ahpra",
        r"ahpra(?: registration)?(?: (?:number|no\b|#|id))?",
        (("medical_license", r"[A-Z]{3}\d{10}" + _END, ahpra_ok),),
    ),
    (
        "nmcpin",
        r"nmc(?: pin| registration| number| no\b| #)?(?![a-z])",
        (("medical_license", r"\d{2}[A-Z]\d{4}[A-Z]" + _END, registered), ("medical_license", REG_VALUE, registered)),
    ),
    (
        "clinician",
        r"(?:gmc|gphc|hcpc|cpso|cpsbc|mcnz|hpcsa|pmdc|mdcn|nmcn|kmpdc|riziv|inami|adeli|lanr|scfhs|qchp)"
        r"(?:[ -]?(?:registration|reg\.?|licen[cs]e|registr(?:ie|atie)|nummer|number|code|pin))?"
        r"(?: (?:number|no\b|#|id|nr\b))?(?=[ \t]*(?:[:#=(]|n[o°º]\b|no\.|nr\.|\d|[a-z]{1,3} ?\d))|"
        r"(?:gdc|imc|nmbi|cpsa|cpsm|cpss|cpsns|cmq|oiiq|cno|ocp|crpo|ncnz|sanc|sapc|pmc|mci|smc|big|efn|prc|dha|"
        r"haad|doh|nhra|cmp|mdc)[ -]?(?:registration|reg\.|licen[cs]e|registr(?:ie|atie)|pin)"
        r"(?: (?:number|no\b|#|id|nr\b))?(?=[ \t]*[:#=.(]?[ \t]*[a-z]{0,3}\d)|"
        r"numéro adeli|num[ée]ro rpps|big[ -]?(?:nummer|registratie|registration)|riziv[ -]?nummer|inami[ -]?num[ée]ro|"
        r"lebenslange arztnummer|arztnummer|"
        r"(?:n[uú]mero de |n[ºo°]\.? (?:de )?)?colegiad[oa](?: n[ºo°.]+)?|col\. n[ºo°]|"
        r"iscrizione (?:all'albo|all'ordine|albo)(?: dei medici| degli infermieri| dei farmacisti)?|"
        r"ordine dei (?:medici|farmacisti)|"
        r"(?:cr[mo]|coren|corem|crf|crp|crn|crefito|crea|cau|cfm)[ /-](?:" + _BR_STATES + r")(?![a-z])|"
        r"registro m[ée]dico|matr[íi]cula (?:nacional|provincial|profesional)|m\.[np]\.(?= ?\d)|"
        r"c[ée]dula prof(?:esional|issional)|tarjeta profesional|"
        r"prescriber (?:number|no\b)|"
        r"(?:medical|nursing|pharmacy|pharmacist|dental|rn|lpn|physician|doctor|nurse|midwife|psycholog(?:y|ist)|"
        r"physiotherap(?:y|ist)|practitioner|practising|practicing|professional|state)[ -]"
        r"(?:registration|licen[cs]e|reg\.)(?: (?:number|no\b|#|id))?|"
        r"医籍登録番号|医籍登録|免許番号|免許証番号(?=[:： ]*第)|登録番号(?=[:： ]*第)|"
        r"执业证书编码|执业证书编号|執業執照|醫師證書|医师资格证书编码",
        (("medical_license", REG_VALUE, registered),),
    ),
    (
        "counsel",
        r"(?:state )?bar (?:no\b|number|#|id|roll(?: number| no\b)?|registration(?: number| no\b)?)|sbn(?= ?[:#])|"
        r"sra (?:id|number|no\b|#)|ardc(?: number| no\b| #)?(?= ?[:#]| \d)|"
        r"attorney (?:registration|reg\.?|licen[cs]e|id)(?: number| no\b| #)?|"
        r"(?:advocate|solicitor|barrister|lawyer)'?s? (?:registration|enrol(?:l)?ment|licen[cs]e|roll)"
        r"(?: number| no\b| #)?|"
        r"oab[ /-](?:" + _BR_STATES + r")(?![a-z])|oab(?= ?n[ºo°])|lso (?:number|no\b|#)|"
        r"(?:p\.? ?e\.?|p\.? ?eng\.?|engineer(?:ing)?|peo|egbc|apegga) (?:licen[cs]e|registration|reg\.?|seal|permit)"
        r"(?: number| no\b| #)?|"
        r"(?:teaching council|teacher|teaching|oct|sace|trcn) (?:registration|reg\.?|licen[cs]e|certificate)"
        r"(?: number| no\b| #)?|teacher reference number|"
        r"(?:cpa|architect|notary|accountant)'?s? (?:licen[cs]e|registration|commission)(?: number| no\b| #)?",
        (("professional_license", REG_VALUE, registered),),
    ),
    (
        "certified",
        r"gas safe(?: register)?(?: (?:registration|licence|id|card))?(?: number| no\b| #)?|"
        r"adi (?:number|no\b|badge(?: number| no\b)?|licen[cs]e(?: number| no\b)?|certificate(?: number| no\b)?)|"
        r"(?:padi|ssi|naui|bsac|cmas)(?: diver| instructor| member)? (?:number|no\b|#|id|certification number)|"
        r"diver (?:number|no\b|#|id|certification(?: number| no\b)?)|"
        r"instructor (?:number|no\b|#|id|licen[cs]e(?: number| no\b)?|registration(?: number| no\b)?)|"
        r"learner(?:'s)? (?:permit|licen[cs]e) (?:number|no\b|#)|provisional (?:driving )?licen[cs]e(?: number| no\b)?|"
        r"cscs(?: card)?(?: number| no\b| #)|sia (?:licen[cs]e|badge)(?: number| no\b| #)?|"
        r"dbs (?:certificate|cert\.?|disclosure|check)(?: number| no\b| #| reference)?|"
        r"pvg(?: scheme)?(?: membership)?(?: number| no\b)|"
        r"(?:social work england|sssc|niscc|scwc)(?: registration)?(?: number| no\b| #)?(?= ?[:#]| ?[a-z]{0,2}\d)",
        (
            ("professional_license", r"\d{4}(?: \d{4}){3}" + _END, registered),  # a card's groups (SIA: 16 digits)
            ("professional_license", r"\d{4}[A-Z]{1,3}\d{3,6}" + _END, registered),  # a diver's (`0602AB1234`)
            ("professional_license", REG_VALUE, registered),
        ),
    ),
)
"""(name, labels on the lower-cased text, values: kind, expression and check), as `pii_ids._GROUPS` reads them."""
NO_CHECK = (registered,)
"""The checks above that hold no check digit (a shape is all they have)."""

_PLAIN = "gmc gphc hcpc cpso cpsbc mcnz hpcsa pmdc mdcn nmcn kmpdc riziv inami adeli lanr scfhs qchp ahpra".split()
"""Regulators' names that stand for nothing else: a number may follow them straight away."""
_TERSE = (
    "gdc imc nmbi cpsa cpsm cpss cpsns cmq oiiq cno ocp crpo ncnz sanc sapc pmc mci smc big efn prc dha haad doh "
    "nhra cmp mdc nmc sbn ardc lso peo egbc apegga oct sace trcn sssc niscc scwc cscs pvg"
).split()
"""Short names that other words share (`big`, `doh`, `oct`): a register's word or a colon must follow them."""
_AFTER_TERSE = ("reg", "licen", "number", "no", "nr", "id", "pin", "nummer", "registr", "#", ":", "=", "(")
_COUNCILS = ("crm", "cro", "coren", "corem", "crf", "crp", "crn", "crefito", "crea", "cau", "cfm", "oab")
_PEOPLE = (
    *("medical", "nursing", "pharmacy", "pharmacist", "dental", "rn", "lpn", "physician", "doctor", "nurse"),
    *("midwife", "psychology", "psychologist", "physiotherapy", "physiotherapist", "practitioner", "practising"),
    *("practicing", "professional", "state", "attorney", "advocate", "solicitor", "barrister", "lawyer", "engineer"),
    *("engineering", "teacher", "teaching", "oct", "sace", "trcn", "cpa", "architect", "notary", "accountant"),
    *("p.e.", "pe", "p.eng.", "p.eng", "p eng", "peng", "peo", "egbc", "apegga", "instructor", "diver", "learner"),
    *("learner's", "advocate's", "solicitor's", "barrister's", "lawyer's", "architect's", "notary's"),
    *("accountant's", "cpa's", "padi", "ssi", "naui", "bsac", "cmas", "padi diver", "ssi diver", "adi"),
)
"""Words for a person's trade or standing that a register's word follows (`nursing licence`, `teacher registration`)."""
_REGISTER_WORDS = (
    *("registration", "licen", "reg", "enrol", "roll", "permit", "certificate", "seal", "number", "no", "#", "id"),
    *("badge", "member", "instructor", "certification", "commission"),
)
LEADS = (
    *(f"{w}{c}" for w in _PLAIN for c in " \t\n:#=(-"),
    *(f"{w}{sep}{r}" for w in _TERSE for sep in (" ", "-", "") for r in _AFTER_TERSE),
    *(f"{w}{c}" for w in _COUNCILS for c in " /-"),
    *(f"{w}{sep}{r}" for w in _PEOPLE for sep in (" ", "-") for r in _REGISTER_WORDS),
    "numero adeli",
    "numero rpps",
    "arztnummer",
    "lebenslange arztnummer",
    "numero de colegiad",
    "colegiad",
    "col. n",
    "iscrizione all",
    "iscrizione albo",
    "ordine dei",
    "registro medico",
    "matricula nacional",
    "matricula provincial",
    "matricula profesional",
    "m.n.",
    "m.p.",
    "cedula profesional",
    "cedula profissional",
    "tarjeta profesional",
    "prescriber number",
    "prescriber no",
    "bar no",
    "bar number",
    "bar #",
    "bar id",
    "bar roll",
    "bar registration",
    "state bar",
    "sra id",
    "sra number",
    "sra no",
    "sra #",
    "teaching council",
    "teacher reference",
    "gas safe",
    "sia licen",
    "sia badge",
    "dbs cert",
    "dbs disclosure",
    "dbs check",
    "provisional licen",
    "provisional driving",
    "social work england",
)
"""Words at which the labels above start (in ASCII)."""
NON_ASCII_LEADS = (
    "numéro adeli",
    "numéro rpps",
    "número de colegiad",
    "matrícula",
    "cédula profesional",
    "cédula profissional",
    "registro médico",
    "n° colegiad",
    "nº colegiad",
    "nº. colegiad",
    "医籍登録",
    "免許番号",
    "免許証番号",
    "登録番号",
    "执业证书",
    "執業執照",
    "醫師證書",
    "医师资格证书",
)
"""Words at which the labels above start when not in ASCII."""
