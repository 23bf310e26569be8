"""Licences named in more ways, and the numbers read after those names: Korean professionals' licences (의사 면허번호,
간호사 면허 제12345호, 약사, 변호사...) and qualification certificates (자격증 번호), driving licences in Korean with
spaces (운전 면허 번호, 면허증 번호), Taiwan's and Hong Kong's (駕照號碼), Vietnam's (GPLX), and a driving licence's
short number (four or five digits, as some states and territories issue) right after a driving licence's own name."""

from __future__ import annotations

from collections.abc import Callable

_END = r"(?![\w-])"
_RUNS = "0123456789012345 9876543210987654"


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def registered(value: str) -> bool:
    """Whether a licence's number holds 4 to 12 digits, more than two different ones, is not a year and not five
    counting up or down (`12345`: a placeholder's)."""
    d = _digits(value)
    if not 4 <= len(d) <= 12 or len(set(d)) <= 2 or (len(d) == 4 and d[:2] in ("19", "20")):
        return False
    return not any(d[i : i + 5] in _RUNS for i in range(len(d) - 4))


def short_ok(value: str) -> bool:
    """Whether four or five digits, with a letter or two before them, can be a driving licence's number: more than
    two different digits, not counting up or down, not a year."""
    d = _digits(value)
    if len(set(d)) <= 2 or d in _RUNS:
        return False
    return not (len(d) == 4 and d[:2] in ("19", "20"))


def alnum_ok(value: str) -> bool:
    """Whether a licence's number holds 6 to 18 letters and digits, more than three different characters."""
    compact = value.replace(" ", "").replace("-", "")
    return 6 <= len(compact) <= 18 and len(set(compact)) > 3 and len(_digits(value)) >= 4


LICENCE_VALUE = r"\d{1,6}(?:[ -]\d{1,8}){0,3}" + _END
"""A Korean licence's number as written: `2019-00384`, `12345` (in `제12345호` the signs around it are read as
spaces, see `pii._find`)."""
ALNUM_VALUE = r"(?=(?:[A-Z -]*[0-9]){4})[A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])){4,20}" + _END
"""A licence's number of capitals and digits, single spaces or dashes between groups."""
SHORT_VALUE = r"[A-Z]{0,2}\d{4,5}" + _END
"""A short licence number: four or five digits, maybe after a letter or two."""

_MEDICAL = (
    r"의사|치과의사|한의사|간호사|약사|한약사|조산사|간호조무사|임상병리사|방사선사|물리치료사|작업치료사|"
    r"치과위생사|치과기공사|영양사|응급구조사|의료인"
)
_PROFESSION = r"변호사|세무사|공인회계사|회계사|법무사|변리사|노무사|건축사|감정평가사|관세사|사회복지사"

_NUMBER_NEXT = r"(?= ?(?:제 ?\d|[:#：]| ?\d))"
"""A licence's name without `번호` (number): only right before its number (`면허 제12345호`, `면허: 12345`), since
the letters of a sentence between it and a number are read as spaces (see `pii._find`)."""

Check = Callable[[str], bool]
Group = tuple[str, str, tuple[tuple[str, str, Check], ...]]

GROUPS: tuple[Group, ...] = (
    (
        "krmedical",
        rf"(?:{_MEDICAL}) ?면허(?:증)?(?: ?번호|{_NUMBER_NEXT})",
        (("medical_license", LICENCE_VALUE, registered),),
    ),
    (
        "krprofession",
        rf"(?:{_PROFESSION}) ?(?:등록|자격|면허)(?:증)?(?: ?번호|{_NUMBER_NEXT})|"
        r"자격증 ?번호|자격 ?번호|면허 ?등록 ?번호",
        (("professional_license", LICENCE_VALUE, registered),),
    ),
    (
        "drivername",
        r"driver'?s?[ _-]licen[cs]e|driving[ _-]licen[cs]e|운전 면허 ?번호|운전 면허증|면허증 ?번호|"
        r"駕照(?:號碼)?|驾照(?:号码)?|駕駛執照(?:號碼)?|驾驶执照(?:号码)?|驾驶证号码|gplx(?![a-z])|s[ốo] gplx",
        (("driver_license", SHORT_VALUE, short_ok),),
    ),
)
"""(name, labels on the lower-cased text, values: kind, expression and check), as `pii_ids._GROUPS` reads them;
`drivername` stands before `pii_ids`'s own driving licence group, so a licence's own name is read here first, its
values after those of that group (see `FIRST`)."""
FIRST = {"drivername": "driver"}
"""Groups whose values are read after those of another `pii_ids` group (the values it reads first)."""
NO_CHECK = (registered, short_ok, alnum_ok)
"""The checks above that hold no check digit (a shape is all they have)."""

LEADS = ("driver", "driving", "gplx", "so gplx")
"""ASCII words at which the labels above start (looked up in the shared index for long texts)."""
NON_ASCII_LEADS = (
    *(w for w in (_MEDICAL + "|" + _PROFESSION).split("|")),
    "자격증",
    "자격",
    "면허",
    "운전",
    "면허증",
    "駕照",
    "驾照",
    "駕駛執照",
    "驾驶执照",
    "驾驶证号码",
    "số gplx",
)
"""Words outside ASCII at which the labels above start."""
