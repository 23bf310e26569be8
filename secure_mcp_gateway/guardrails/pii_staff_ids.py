"""Employees' and members' numbers, read after their labels: employee, staff, personnel, payroll and badge numbers
(Personalnummer, matricule, número de empleado, personeelsnummer, 社員番号, 工号, 사번, табельный номер...) as
`employee_id`, and members' numbers of clubs, unions, co-ops and schemes (membership number, Mitgliedsnummer, numéro
d'adhérent, 会員番号, 회원번호...) as `member_id`."""

from __future__ import annotations

from collections.abc import Callable

_END = r"(?![\w-])"


def staff_ok(value: str) -> bool:
    """Whether a staff or member number holds four digits or more, more than two different ones, is no year, no
    date and no amount."""
    d = "".join(c for c in value if c.isdigit())
    if len(d) < 4 or len(set(d)) < 3 or len(value) > 20:
        return False
    if d == value and len(d) == 8 and d[:2] in ("19", "20") and 1 <= int(d[4:6]) <= 12 and 1 <= int(d[6:]) <= 31:
        return False  # `20240315`: a date
    return not (d == value and len(d) == 4 and d[:2] in ("19", "20"))  # `2024`: a year


VALUE = r"(?=(?:[A-Za-z/.-]*\d){4})[A-Za-z0-9](?:[A-Za-z0-9]|[/.-](?=[A-Za-z0-9])){3,19}" + _END
"""A staff or member number: digits, letters before, among or after them (a site's, a grade's), `-`, `/` or `.`
between groups."""

_NUMBER = r"(?:id|number|no\b|nr\b|num\b|#|code|ref(?:erence)?(?: number| no\b)?)"
"""The words after `employee`, `staff`, `member`... that make a label of them."""

Check = Callable[[str], bool]
Group = tuple[str, str, tuple[tuple[str, str, Check], ...]]

GROUPS: tuple[Group, ...] = (
    (
        "staff",
        rf"(?:employee|staff|personnel|payroll|worker|associate|team member|badge)(?:'s)? ?{_NUMBER}|"
        r"emp(?:l)?[ _-]?(?:id|no\b|nr\b|#|code)|employee(?= ?[:#] ?[a-z]{1,4}[ -]?\d)|"
        r"badge(?= ?[:#]? ?[a-z]{0,4}-?\d)|"
        r"personal(?:nummer|-?nr\b)|mitarbeiter(?:nummer|-?nr\b|-?id\b|kennung)|personeelsnummer|"
        r"werknemersnummer|medewerkersnummer|anst[äa]llningsnummer|ansattnummer|medarbejdernummer|"
        r"ty[öo]ntekij[äa]numero|henkil[öo]st[öo]numero|henkil[öo]numero|"
        r"matricule(?: (?:employ[ée]|salari[ée]|agent|du salari[ée]|de l'agent|rh))?(?= ?[:#n])|"
        r"num[ée]ro (?:d'employ[ée]|d'agent|de salari[ée]|de matricule)|n[°º] (?:de )?matricule|"
        r"n[úu]mero de (?:empleado|funcion[áa]rio|colaborador|trabajador|legajo|n[óo]mina)|"
        r"(?:n[°º]|nro\.?) ?(?:de )?(?:empleado|legajo)|legajo(?= ?[:#n])|matricola (?:dipendente|aziendale)|"
        r"numer (?:pracownika|ewidencyjny|kadrowy)|osobn[íi] [čc][íi]slo|sicil (?:no\b|numaras[ıi])|"
        r"personel (?:no\b|numaras[ıi])|табельный (?:номер|№)|номер сотрудника|табельний номер|"
        r"m[ãa] (?:s[ốo] )?nh[âa]n vi[êe]n|nomor (?:induk )?(?:karyawan|pegawai)|no\. karyawan|"
        r"社員番号|社員no|従業員番号|職員番号|職員id|工号|工號|员工编号|員工編號|员工号|職工編號|"
        r"사번|사원 ?번호|직원 ?번호|รหัสพนักงาน|الرقم الوظيفي|رقم الموظف|कर्मचारी (?:संख्या|आईडी|कोड)",
        (("employee_id", VALUE, staff_ok),),
    ),
    (
        "member",
        rf"member(?:ship)?(?:'s)? ?(?:card ?)?{_NUMBER}|membership(?= ?[:#])|member(?= ?[:#] ?[a-z]{{0,4}}-?\d)|"
        r"mitglieds(?:nummer|-?nr\b|ausweis(?:nummer)?)|mitgliedsnr|lidnummer|lidmaatschapsnummer|"
        r"medlemsnummer|medlemsnr|j[äa]sennumero|"
        r"num[ée]ro (?:d'adh[ée]rent|de membre|de sociétaire|de soci[ée]taire)|n[°º] (?:d')?adh[ée]rent|"
        r"n[úu]mero de (?:socio|s[óo]cio|miembro|afiliado|associado)|(?:n[°º]|nro\.?) ?(?:de )?socio|"
        r"numero (?:di )?socio|numero tessera|tessera (?:n\.?|numero)|numer cz[łl]onkowski|"
        r"[čc][íi]slo [čc]lena|[üu]ye (?:no\b|numaras[ıi])|членский (?:билет|номер)|номер члена|"
        r"nomor anggota|会員番号|会員no|会员号|会员编号|會員編號|會員號碼|회원 ?번호",
        (("member_id", VALUE, staff_ok),),
    ),
)
"""(name, labels on the lower-cased text, values: kind, expression and check), as `pii_ids._GROUPS` reads them."""
NO_CHECK = (staff_ok,)
"""The checks above hold no check digit (a shape is all they have)."""

_AFTER_WORDS = ("id", "no", "nr", "num", "#", "code", "ref", "'s", ":", " :")
LEADS = (
    *(
        f"{w}{gap}{a}"
        for w in ("employee", "staff", "personnel", "payroll", "worker", "associate", "team member", "badge")
        for a in _AFTER_WORDS
        for gap in (("",) if a in ("'s", ":", " :") else (" ",))
    ),
    *(f"member{gap}{a}" for a in (*_AFTER_WORDS, "card") for gap in (("",) if a in ("'s", ":", " :") else (" ",))),
    "membership",
    *(f"badge {d}" for d in "0123456789"),
    *(f"emp{c}" for c in "_- #inc"),
    *(f"empl{c}" for c in "_- #inc"),
    "personalnummer",
    "personal-nr",
    "personalnr",
    "mitarbeiter",
    "personeelsnummer",
    "werknemersnummer",
    "medewerkersnummer",
    "anstallningsnummer",
    "ansattnummer",
    "medarbejdernummer",
    "tyontekijanumero",
    "henkilostonumero",
    "henkilonumero",
    "matricule",
    "numero d'employe",
    "numero d'agent",
    "numero de salarie",
    "numero de matricule",
    "n° matricule",
    "n° de matricule",
    "numero de empleado",
    "numero de funcionario",
    "numero de colaborador",
    "numero de trabajador",
    "numero de legajo",
    "numero de nomina",
    "n° empleado",
    "n° de empleado",
    *(f"nro{d} {w}" for d in ("", ".") for w in ("de empleado", "empleado", "de legajo", "legajo", "de socio")),
    "nro socio",
    "nro. socio",
    "legajo",
    "matricola dipendente",
    "matricola aziendale",
    "numer pracownika",
    "numer ewidencyjny",
    "numer kadrowy",
    "osobni cislo",
    *(f"{w} {a}" for w in ("sicil", "personel", "uye") for a in ("no", "numarasi")),
    "ma nhan vien",
    "ma so nhan vien",
    "nomor karyawan",
    "nomor pegawai",
    "nomor induk",
    "no. karyawan",
    "member",
    "mitglieds",
    "lidnummer",
    "lidmaatschapsnummer",
    "medlemsnummer",
    "medlemsnr",
    "jasennumero",
    "numero d'adherent",
    "numero de membre",
    "numero de societaire",
    "n° adherent",
    "n° d'adherent",
    "numero de socio",
    "numero de miembro",
    "numero de afiliado",
    "numero de associado",
    "n° socio",
    "n° de socio",
    "numero socio",
    "numero di socio",
    "numero tessera",
    "tessera",
    "numer czlonkowski",
    "cislo clena",
    "nomor anggota",
)
"""Words at which the labels above start (in ASCII)."""
NON_ASCII_LEADS = (
    "anställningsnummer",
    "työntekijänumero",
    "henkilöstönumero",
    "henkilönumero",
    "numéro d'employé",
    "numéro d'agent",
    "numéro de salarié",
    "numéro de matricule",
    "nº matricule",
    "nº de matricule",
    "número de empleado",
    "número de funcionário",
    "número de colaborador",
    "número de trabajador",
    "número de legajo",
    "número de nómina",
    "nº empleado",
    "nº de empleado",
    "osobní číslo",
    "osobni číslo",
    "personel numarası",
    "sicil numarası",
    "табельный",
    "табельний",
    "номер сотрудника",
    "mã nhân viên",
    "mã số nhân viên",
    "社員番号",
    "社員no",
    "従業員番号",
    "職員番号",
    "職員id",
    "工号",
    "工號",
    "员工编号",
    "員工編號",
    "员工号",
    "職工編號",
    "사번",
    "사원",
    "직원",
    "รหัสพนักงาน",
    "الرقم الوظيفي",
    "رقم الموظف",
    "कर्मचारी",
    "numéro d'adhérent",
    "numéro de membre",
    "numéro de sociétaire",
    "nº adhérent",
    "nº d'adhérent",
    "número de socio",
    "número de sócio",
    "número de miembro",
    "número de afiliado",
    "número de associado",
    "nº socio",
    "nº de socio",
    "numer członkowski",
    "číslo člena",
    "cislo člena",
    "üye",
    "членский",
    "номер члена",
    "会員番号",
    "会員no",
    "会员号",
    "会员编号",
    "會員編號",
    "會員號碼",
    "회원",
)
"""Words at which the labels above start when not in ASCII."""
