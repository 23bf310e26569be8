"""Numbers of foreigners' residence permits and of students, read after their labels: residence permits and cards in
European languages (Italy's permesso di soggiorno, Germany's Aufenthaltstitel, the Dutch verblijfsvergunning, the
Nordic, Polish, Czech, Spanish, Portuguese, French, Turkish and Russian ones), a residence permit's number of no
known scheme after the English label, and students' numbers (student id, Matrikelnummer, numéro étudiant,
matricola, 学籍番号, 學號, 학번, roll and admission numbers)."""

from __future__ import annotations

from collections.abc import Callable

_END = r"(?![\w-])"


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def permit_ok(value: str) -> bool:
    """Whether a permit's number holds 6 to 16 letters and digits, at least five digits, more than three different
    characters."""
    compact = value.replace(" ", "").replace("-", "")
    return 6 <= len(compact) <= 16 and len(_digits(value)) >= 5 and len(set(compact)) > 3


def student_ok(value: str) -> bool:
    """Whether a student's number holds six digits or more, more than two different ones, and is not a date."""
    d = _digits(value)
    return (
        len(d) >= 6
        and len(set(d)) > 2
        and not (
            len(d) == 8 and d[:2] in ("19", "20") and d == value and 1 <= int(d[4:6]) <= 12 and 1 <= int(d[6:]) <= 31
        )
    )


PERMIT_VALUE = r"(?=(?:[A-Z -]*\d){5})[A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])){5,18}" + _END
"""A permit's number as written: capitals and digits, single spaces or dashes between groups."""
STUDENT_VALUE = r"(?=(?:[A-Za-z/-]*\d){6})[A-Za-z0-9](?:[A-Za-z0-9]|[/-](?=[A-Za-z0-9])){5,15}" + _END
"""A student's number: letters (a campus's, a course's, in either case) and digits, `/` or `-` between groups."""

Check = Callable[[str], bool]
Group = tuple[str, str, tuple[tuple[str, str, Check], ...]]

GROUPS: tuple[Group, ...] = (
    (
        "permit",
        r"(?:permesso di soggiorno|carta di soggiorno|aufenthalts(?:titel|erlaubnis|karte|gestattung)|"
        r"niederlassungserlaubnis|verblijfs(?:vergunning|document|pas)|uppeh[åa]lls(?:tillst[åa]nd|kort)|"
        r"opholds(?:tilladelse|kort)|oppholds(?:tillatelse|kort)|oleskelu(?:lupa|kortti)|karta pobytu|"
        r"povolen[íi] k pobytu|povolenie na pobyt|tart[óo]zkod[áa]si (?:enged[ée]ly|k[áa]rtya)|"
        r"carte de (?:s[ée]jour|r[ée]sident)|tarjeta de (?:residencia|identidad de extranjero)|"
        r"tie(?= ?[:#(]| ?n[ºo°])|autoriza[çc][ãa]o de resid[êe]ncia|t[íi]tulo de resid[êe]ncia|"
        r"cart[ãa]o de resid[êe]ncia|dozvol[ae] (?:boravka|za boravak)|dovoljenj[ae] za prebivanje|"
        r"ikamet (?:izni|tezkeresi|kart[ıi])|вид на жительство|разрешени[ея] на временное проживание|"
        r"посвідк[аи] на (?:постійне |тимчасове )?проживання|resident(?:'s)? (?:card|permit)(?: number| no\b| #)?|"
        r"residence card(?: number| no\b| #)?|work permit(?: number| no\b| #)?)"
        r"(?:[ -](?:kortnummer|kortnr|kaartnummer|kartennummer|nummer|numero|número|nr\b|karte|kaart|kort))?",
        (("residence_permit", PERMIT_VALUE, permit_ok),),
    ),
    (
        "student",
        r"student(?:'s)? ?(?:id|number|no\b|#|card(?: number| no\b)?|ref(?:erence)?(?: number| no\b)?)|"
        r"stud(?:ent)?[ _-]?(?:id|nr|no)(?![a-z])|"
        r"(?:im)?matrikel(?:nummer|nr\b|-nr\b)?|matric(?:ulation)? (?:number|no\b)|"
        r"num[ée]ro (?:d'[ée]tudiant|[ée]tudiant|ine)|n[°º] [ée]tudiant|numero di matricola|matricola(?= ?[:#n])|"
        r"n[úu]mero de (?:estudiante|alumno|aluno|matr[íi]cula)|studentnummer|studienummer|opiskelijanumero|"
        r"(?:numer|nr) albumu|[čc][íi]slo studenta|学籍番号|学生番号|学号|學號|학번|"
        r"roll (?:no\b|number|#)|admission (?:no\b|number|#)|enrol(?:l)?ment (?:no\b|number|#)|"
        r"index (?:no\b|number)(?= ?[:#])|candidate (?:no\b|number)",
        (("student_id", STUDENT_VALUE, student_ok),),
    ),
)
"""(name, labels on the lower-cased text, values: kind, expression and check), as `pii_ids._GROUPS` reads them."""
NO_CHECK = (permit_ok, student_ok)
"""The checks above that hold no check digit (a shape is all they have)."""

_LETTERED_PERMIT = r"(?=[A-Z0-9 -]*[A-Z])" + PERMIT_VALUE
AFTER: dict[str, tuple[tuple[str, str, Check], ...]] = {
    "iqama": (("residence_permit", _LETTERED_PERMIT, permit_ok),),
    "jprc": (("residence_permit", PERMIT_VALUE, permit_ok),),
}
"""Values read after a group of `pii_ids` when its own fail: a residence permit's number of letters and digits after
`residence permit` (which names Saudi Arabia's iqama there: digits alone are read as an id card's) and one of any
shape after `residence card` (Japan's there)."""

LEADS = (
    "permesso di",
    "carta di soggiorno",
    "aufenthalts",
    "niederlassungs",
    "verblijfs",
    "uppehalls",
    "opholds",
    "oppholds",
    "oleskelu",
    "karta pobytu",
    "povoleni k",
    "povolenie na",
    "tartozkodasi",
    "carte de sejour",
    "carte de resident",
    "tarjeta de residencia",
    "tarjeta de identidad de extranjero",
    *(f"tie{c}" for c in " :#(n"),
    "autorizacao de",
    "titulo de residencia",
    "cartao de residencia",
    "dozvola",
    "dozvole",
    "dovoljenj",
    "ikamet",
    "resident card",
    "resident permit",
    "resident's",
    "residence card",
    "work permit",
    "student",
    "stud_",
    "stud-",
    "stud ",
    "studid",
    "studnr",
    "studno",
    "matrikel",
    "immatrikel",
    "matric",
    "numero d'etudiant",
    "numero etudiant",
    "numero ine",
    "n° etudiant",
    "numero di matricola",
    "matricola",
    "numero de estudiante",
    "numero de alumno",
    "numero de aluno",
    "numero de matricula",
    "studentnummer",
    "studienummer",
    "opiskelijanumero",
    "numer albumu",
    "nr albumu",
    "cislo studenta",
    "roll no",
    "roll number",
    "roll #",
    "admission no",
    "admission number",
    "admission #",
    "enrolment",
    "enrollment",
    "index no",
    "index number",
    "candidate no",
    "candidate number",
)
"""Words at which the labels above start (in ASCII)."""
NON_ASCII_LEADS = (
    "uppehålls",
    "povolení k",
    "tartózkodási",
    "carte de séjour",
    "carte de résident",
    "autorização de",
    "título de residência",
    "titulo de residência",
    "cartão de residência",
    "вид на жительство",
    "разрешение на временное",
    "разрешения на временное",
    "посвідка на",
    "посвідки на",
    "numéro d'étudiant",
    "numéro étudiant",
    "numéro ine",
    "n° étudiant",
    "nº étudiant",
    "número de estudiante",
    "número de alumno",
    "número de aluno",
    "número de matrícula",
    "číslo studenta",
    "学籍番号",
    "学生番号",
    "学号",
    "學號",
    "학번",
)
"""Words at which the labels above start when not in ASCII."""
