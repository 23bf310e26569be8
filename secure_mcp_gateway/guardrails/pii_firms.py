"""Firms named after their founders (`Goldman Sachs`, `Rolls-Royce`, `Marks & Spencer`, `Hewlett Packard Enterprise`,
`Clifford Chance LLP`): two surnames or a given name and a surname that read as a person's name but are a company's."""

from __future__ import annotations

import re

from .findings import Finding

FIRMS = frozenset(
    firm.strip()
    for firm in """
    goldman sachs|morgan stanley|rolls royce|marks spencer|thomson reuters|hewlett packard|procter gamble|
    johnson johnson|ernst young|baker mckenzie|clifford chance|grant thornton|wells fargo|dow jones|smith wesson|
    dolce gabbana|ralph lauren|tommy hilfiger|hugo boss|louis vuitton|john deere|harley davidson|mercedes benz|
    arthur andersen|baker hughes|johnson matthey|johnson controls|deloitte touche|harvey nichols|harvey norman|
    jack wolfskin|estee lauder|estée lauder|ben jerry|kirkland ellis|latham watkins|skadden arps|sullivan cromwell|
    cleary gottlieb|davis polk|simpson thacher|allen overy|freshfields bruckhaus|slaughter may|herbert smith|
    norton rose|hogan lovells|white case|ropes gray|mayer brown|sidley austin|morgan lewis|paul weiss|weil gotshal|
    cravath swaine|milbank tweed|wachtell lipton|quinn emanuel|booz allen|pricewaterhouse coopers|black decker|
    bang olufsen|aston martin|alfa romeo|warner bros|walt disney|merrill lynch|lehman brothers|bear stearns|
    salomon brothers|raymond james|john lewis|baskin robbins|jack daniel|johnnie walker|jim beam|tim hortons|
    lloyds banking|charles schwab|edward jones|dunkin donuts|boston scientific|thermo fisher|abbott laboratories|
    eli lilly|bristol myers|johnson outdoors|stanley black|pratt whitney|lockheed martin|northrop grumman|
    sherwin williams|colgate palmolive|kimberly clark|mckinsey company|bain company|ted baker|marc jacobs|
    calvin klein|michael kors|kate spade|vera wang|tom ford|giorgio armani|yves saint|christian dior|coco chanel
    """.split("|")
    if firm.strip()
)
"""Firms named after people, lower-case, their words joined by one space (`&`, `and`, `-` and `.` left out)."""
_JOINS = re.compile(r"[\s&+\-.,']+|\band\b")
_FORMS = re.compile(r"\b(?:llp|llc|inc|ltd|plc|co|corp|company|group|enterprise|international|sa|ag|gmbh)\b")


def _firm(name: str) -> bool:
    """Whether a name found as a person's is one of `FIRMS` (its first two words; `& Co.`, `LLP` after them)."""
    words = [w for w in _JOINS.split(_FORMS.sub(" ", name.lower())) if w]
    return len(words) >= 2 and " ".join(words[:2]) in FIRMS


def firms(text: str, found: list[Finding]) -> list[Finding]:
    """`found` without the person names that are firms named after their founders (see `FIRMS`)."""
    return [f for f in found if f.kind != "person_name" or not _firm(text[f.start : f.end])]
