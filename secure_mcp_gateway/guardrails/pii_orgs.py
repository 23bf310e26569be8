"""Numbers of companies and organisations: registration, tax and VAT numbers whose label names an organisation's
number (`Company no.`, `VAT ID`, `SIREN`, `KvK`, `Org.nr`, `CNPJ`, `ИНН организации`, `사업자등록번호`), which are
not a person's, though their shape and check digits are those of a person's tax id."""

from __future__ import annotations

from . import lazy
from .findings import Finding

ORG_KINDS = frozenset(
    """
    tax_id tax_number id_card_number dated_id au_abn au_acn br_cnpj ar_cuit cl_rut co_nit pe_ruc ve_rif mx_rfc
    it_vat_code it_fiscal_code hr_oib gr_afm pt_nif pl_nip si_tax_number hu_tax_number ru_inn kr_brn in_gstin in_pan
    sg_uen ca_sin il_id_number se_personnummer de_tax_id uk_utr nz_ird ke_kra_pin id_npwp ph_tin kz_iin dk_cpr
    no_fnr fi_hetu ee_personal_code lv_personal_code ua_rnokpp tr_id_number es_dni es_nie phone_number
    """.split()
)
"""Kinds whose shape an organisation's number can take (tax and registration numbers, people's ids of the same shape,
and the phone shape that dotted registration numbers fall into: `0403.170.701`)."""

_ORG_LABEL = lazy.compile(
    r"(?<![^\W\d_])(?:"
    # the organisation itself, in many languages
    r"compan(?:y|ies|y's)|corporat(?:e|ion)|organi[sz]ations?(?:nummer)?|org(?:anisasjons)?\.? ?(?:nr|no|id|num)|"
    r"orgnr|enterprise|firm(?:a|y|ie|en|ens)?|entreprises?|soci[eé]t[eé]|empresas?|compa[nñ][ií]a|sociedad|"
    r"raz[oó]n social|ragione sociale|denominaci[oó]n|azienda|societ[aà]|unternehmens?|gesellschaft|bedrijf|"
    r"onderneming(?:snummer)?|vennootschap|f[oö]retag|bolag|selskab|virksomhed|selskap|foretak|yritys|yhti[oö]|"
    r"sp[oó][lł]k[ia]|spolecnost|spole[cč]nost|c[eé]g|t[aá]rsas[aá]g|societate|legal entity|legal person|"
    r"persona jur[ií]dica|personne morale|juristische person|"
    r"компани\w*|организаци\w*|предприяти\w*|юр\.? ?лиц\w*|юридическ\w*|підприємств\w*|компані\w*|"
    r"εταιρ\w*|επιχε[ιί]ρησ\w*|şirket\w*|sirket\w*|\w*شركة\w*|\w*חברה|c[oô]ng ty|doanh nghi[eệ]p|perusahaan|"
    r"syarikat|"
    # the number's own name
    r"vat|v\.a\.t|ust|ust-?id(?:nr)?|umsatzsteuer|mwst|tva|n\.? ?tva|btw|mva|moms|alv|hst|"
    r"dph|di[cč]|i[cč]o|pvn|pvm|kmkr|ddv|pdv|kdv|áfa|afa|φπα|ддс|ндс|пдв|"
    r"siren|siret|rcs|kvk|rsin|cvr|y-?tunnus|regon|krs|nipc|eik|bulstat|registrikood|[įi]mon[eė]s kodas|"
    r"edrpou|[єe]дрпоу|огрн|кпп|бин|fein|ein(?= ?[:#=(]| ?no| ?num)|employer id|employer identification|duns|"
    r"handelsregister|hr[ab]|firmenbuch|registro mercantil|registro (?:delle|de) (?:imprese|comercio)|"
    r"companies house|chamber of commerce|commercial regist(?:er|ry)|trade regist(?:er|ry)|business regist\w*"
    r")(?:[ _-]?(?:id|no|nr|num(?:ber)?|code|reg\w*))?(?![^\W\d_])"
    r"|บริษัท|公司|会社|企業|法人|회사|법인|사업자|统一社会信用|統一編號|统一编号|纳税人识别号|納稅|登録番号"
)
"""Words of a label that names an organisation, or an organisation's registration, tax or VAT number."""

_PERSON_LABEL = lazy.compile(
    r"(?<![^\W\d_])(?:personal|persönlich|individual|natural person|persona f[ií]sica|personne physique|citizen|"
    r"employee|patient|holder|owner|sole|proprietor|freelanc\w*|self-employed|birth|passport|private|director|"
    r"contact person|signatory|ssn|social security|sozialversicherung|steuer-?id|identifikationsnummer|"
    r"w[lł]a[sś]ciciel\w*|pracownik\w*|osob\w*|inhaber\w*|eigent[uü]mer\w*|mitarbeiter\w*|gesch[aä]ftsf[uü]hrer\w*|"
    r"propri[eé]taire|employ[eé]e?|g[eé]rant|titular|due[nñ]o|emplead[oa]|socio|proprietari[oa]|titolare|"
    r"dipendente|legale rappresentante|representative|eigenaar|werknemer|[aä]gare|anst[aä]lld|ejer|eier|omistaja|"
    r"владел\w*|сотрудник\w*|директор\w*|физ\w*|власник\w*|ιδιοκτ\w*|sahib\w*|çalışan|"
    # sole traders, whose business numbers are theirs
    r"jednoosobow\w*|dzia[lł]alno[sś][cć] gospodarcz\w*|einzelunternehm\w*|aut[oó]nom[oa]|"
    r"auto-?entrepreneur|micro-?entrepreneur|entreprise individuelle|ditta individuale|eenmanszaak|enskild firma|"
    r"enkeltmandsvirksomhed|enkeltpersonforetak|toiminimi|[zž]ivnostn\w*|osv[cč]|egy[eé]ni v[aá]llalkoz\w*|"
    r"ип|индивидуальн\w*|фоп|фізична особа|şahıs|sahis|empres[aá]rio individual|mei)(?![^\W\d_])"
    r"|개인|대표자|個人|个人|代表者|法定代表人"
)
"""Words of a label that names a person's number (an owner's, an employee's, a sole trader's)."""

TAX_KINDS = frozenset(
    """
    tax_id tax_number it_vat_code it_fiscal_code hr_oib gr_afm pt_nif pl_nip ru_inn br_cnpj ar_cuit cl_rut co_nit
    pe_ruc ve_rif mx_rfc in_gstin sg_uen au_abn au_acn kr_brn id_npwp ph_tin ke_kra_pin nz_ird uk_utr si_tax_number
    hu_tax_number
    """.split()
)
"""Kinds of tax and registration numbers, which a company's legal form on the same line makes the company's."""

LEGAL_FORM = lazy.compile(
    r"(?<![\w.])(?:GmbH|AG|KG|OHG|Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|PLC|plc|S\.r\.l\.|Srl|SRL|S\.p\.A\.|SpA|"
    r"S\.A\.S?\.?|SAS|SARL|S\.L\.U?|B\.V\.|BV|N\.V\.|NV|AB|Oy|Oyj|A/S|ApS|ASA|sp\. z o\.o\.|s\.r\.o\.|a\.s\.|"
    r"Kft\.?|Zrt\.?|Nyrt\.?|d\.o\.o\.|OOO|ООО|АО|ПАО|ТОВ|OÜ|AS|UAB|SIA|Pty|Ltda\.?|EIRELI|S\.A\.C\.|SAC|Corp\.?|"
    r"Co\.|e\.V\.|GbR|SE|Sdn\.? Bhd\.?|Bhd|PT|CV|S\. de R\.L\.|S\.A\. de C\.V\.|K\.K\.|Co\., Ltd\.?)(?![\w/])"
)
"""A company's legal form (`Rossi Forniture S.r.l.`, `Nordlicht AB`, `ООО «Вектор»`), written as companies write it."""

_PHONE_LABEL = lazy.compile(
    r"(?<![a-z])(?:phone|tel|telefon\w*|t[eé]l[eé]phone|mobile?|cell|fax|call|whatsapp|gsm|handy|movil|móvil)"
    r"(?![a-z])"
)

_CUTS = "\n;|\t,"
_REACH = 72


def label(low: str, start: int) -> str:
    """The label before `start`: back to the line's or the field's start, at most `_REACH` characters."""
    lo = max(0, start - _REACH)
    cut = max(low.rfind(c, lo, start) for c in _CUTS)
    return low[max(lo, cut + 1) : start]


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """The line around `text[start:end]`, at most `_REACH` characters either side."""
    lo = max(text.rfind("\n", max(0, start - _REACH), start) + 1, start - _REACH, 0)
    hi = text.find("\n", end, end + _REACH)
    return lo, hi if hi >= 0 else min(len(text), end + _REACH)


def _corporate_brn(value: str) -> bool:
    """Whether a Korean business registration number is a corporation's or a non-profit's (its middle two digits
    81 to 88; 01 to 80 and 89 are sole traders', which are people)."""
    digits = "".join(c for c in value if c.isdigit())
    return len(digits) == 10 and 81 <= int(digits[3:5]) <= 88


_ENTITY_RUT = 50_000_000
"""Chilean RUTs from fifty million up are given to companies and other legal entities (people's RUNs stand below)."""
_ENTITY_CUIT = ("30", "33", "34")
"""Argentine CUITs led by 30, 33 or 34 are companies' (20, 23, 24 and 27 lead people's CUILs and CUITs)."""
_ENTITY_RIF = ("J", "G")
"""Venezuelan RIFs of legal entities (J) and of the state's bodies (G); V, E and P are people's."""
_COMPANY_RFC = 12
"""A Mexican RFC of twelve characters is a company's (three letters of its name); people's have thirteen."""


_ENTITY_KINDS = frozenset({"kr_brn", "cl_rut", "ar_cuit", "ve_rif", "mx_rfc"})


def _entity_number(kind: str, value: str) -> bool:
    """Whether a number's own scheme gives it to a company rather than a person: a Korean corporation's business
    number, a Chilean RUT of fifty million or more, an Argentine CUIT led by 30, 33 or 34, a Venezuelan RIF led by J
    or G, a Mexican RFC of twelve characters."""
    if kind == "kr_brn":
        return _corporate_brn(value)
    if kind == "cl_rut":
        body = value.replace(".", "").replace(" ", "").strip()[:-1].rstrip("-")
        return body.isdigit() and int(body) >= _ENTITY_RUT
    digits = "".join(c for c in value if c.isdigit())
    if kind == "ar_cuit":
        return len(digits) == 11 and digits[:2] in _ENTITY_CUIT
    if kind == "ve_rif":
        return value.strip()[:1].upper() in _ENTITY_RIF
    if kind == "mx_rfc":
        return len(value.replace(" ", "").replace("-", "")) == _COMPANY_RFC
    return False


def organisations(text: str, low: str, found: list[Finding]) -> list[Finding]:
    """`found` without the numbers whose label names an organisation's number and no person's, and the tax numbers
    on a line that names a company by its legal form and no person."""
    kept = []
    for f in found:
        if f.kind in _ENTITY_KINDS and _entity_number(f.kind, text[f.start : f.end]):
            continue
        if f.kind in ORG_KINDS:
            words = label(low, f.start)
            if (
                _ORG_LABEL.search(words) is not None
                and _PERSON_LABEL.search(words) is None
                and (f.kind != "phone_number" or _PHONE_LABEL.search(words) is None)
            ):
                continue
            if f.kind in TAX_KINDS:
                lo, hi = _line(text, f.start, f.end)
                if LEGAL_FORM.search(text, lo, hi) is not None and _PERSON_LABEL.search(low, lo, hi) is None:
                    continue
        kept.append(f)
    return kept


_LISTING = lazy.compile(
    r"(?i)(?<![a-z])(?:\d[\d,.]* (?:reviews?|ratings?|avis|bewertungen|rese[ñn]as|recensioni|avalia[çc][õo]es)|"
    r"[★☆⭐]|(?:opening|office|business|trading) hours|open (?:daily|now|24|mon|from \d|\d)|hours: ?(?:mon|\d)|"
    r"get directions|"
    # a place's record in a maps search's answer, its closing time or its closing day
    r"\"(?:rating|user_ratings_total|business_status|opening_hours|price_level)\" ?:|"
    r"open (?:until|till|til) \d|closes at \d|"
    r"closed (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)days?|ruhetag|"
    r"chiuso (?:il )?(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)|"
    r"ferm[ée] le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|"
    r"cerrado (?:los )?(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados?|domingos?)|"
    r"certificate (?:no|number|holder)|certified to|iso \d{4,5}(?::\d{4})?|accreditation (?:no|number)|"
    r"registered office|head office|switchboard|company[ _-]?(?:no|number|reg)|licensed by|"
    # a site's legal notice (a German Impressum, a French one's mentions légales) names its company's lines
    r"impressum|registergericht|amtsgericht|handelsregister|ust-?id(?:nr)?|legal notice|mentions l[ée]gales|"
    r"registered in (?:england|scotland)|vat[ _-]?(?:reg(?:istration)?|no|number)|"
    r"hotline|helpline|call (?:the|our) (?:studio|shop|salon|clinic|office|practice|surgery|store|branch|depot|team)|"
    # a business's own lines: its switchboard's names, a phone menu's options, its offices and desks in its own voice
    r"contact us|get in touch|main (?:line|office|number)|reservations? (?:line|desk)|"
    r"toll[ -]?free|(?:press|option) \d|"
    r"(?:sales|support|billing|press|media) (?:inquiries|enquiries|line|desk)|"
    r"our (?:[a-z]+ )?(?:office|offices|team|store|shop|branch|clinic|studio|showroom|support team|engineers)|"
    r"(?:booking|bookings|quote|quotes|order|orders|sales|service|support|enquiry|enquiries) line|"
    r"24 ?(?:hours?|hrs|h)(?: a day)?|call-?outs?|licensed (?:&|and) insured|"
    # public bodies' desks: tax offices, revenue services, town halls, embassies
    r"tax office|revenue (?:service|agency)|finanzamt|hmrc|irs|city hall|town hall|embassy|consulate|"
    # opening hours as a range of days (`Tue-Sat 11:00-19:00`, `Mon to Fri 9am`) or round the clock
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.? ?(?:-|\u2013|to) ?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?:? ?"
    r"(?:from )?(?:\d{1,2}(?:[:.]\d\d|am|pm| ?h)|noon|midday)|24/7|"
    # a conference bridge's dial-in numbers
    r"dial-?in|conference (?:id|bridge|line)|webinar id|meeting id|participant (?:code|pin)|"
    r"horaires|heures d'ouverture|horario|[öo]ffnungszeiten|"
    # a switchboard's or a customer desk's line in other languages (`Zentrale`, `centralita`, `numéro vert`)
    r"(?:telefon)?zentrale|centralita|centralino|standard t[ée]l[ée]phonique|infolinia|num[ée]ro vert|numero verde|"
    r"l[íi]nea (?:gratuita|de atenci[óo]n)|linha (?:gratuita|verde)|central de atendimento|"
    r"(?:atenci[óo]n|servicio|servicios) al cliente|atendimento ao cliente|service client(?:s|[eè]le)?|"
    r"kundenservice|kundendienst|klantenservice|servizio clienti|obs[łl]uga klienta|whatsapp business)(?![a-z])|"
    # a contact card (a QR code's MECARD, a vCard) whose name is a business's
    r"(?:^|[:;\n])(?:mecard:)?f?n:[^;\r\n]{0,48}(?<![a-z])(?:clinic|dental|surgery|hospital|pharmacy|restaurant|"
    r"caf[eé]|hotel|bakery|shop|store|salon|studio|services|plumbing|garage|school|church|bank|office|agency|"
    r"centre|center|garden|nursery|farm|traders|trading|supplies|solutions|logistics|freight|holdings|group|"
    r"ltd|inc|llc|gmbh|co\.)(?![a-z])|"
    # a vCard of an organisation, a group or a place: its kind, Apple's company flag, or an empty structured name
    r"(?:^|\n)(?:kind:(?:org|group|location|resource)|x-abshowas:company|n:;*\r?(?=\n))|"
    # a vCard with a company (ORG) and no person's name line (neither FN nor N)
    r"(?:^|\n)begin:vcard(?:\r?\n(?!(?:fn|n)[;:])[^\n]*)*?\r?\norg:[^\n]*(?:\r?\n(?!(?:fn|n)[;:])[^\n]*)*?"
    r"\r?\nend:vcard"
)
"""A business's listing on a map or in a directory (its rating, reviews, opening hours), a certificate's holder, a
company's record or a business's contact card: the phones, mailboxes and addresses there are the business's, not a
person's."""
_PERSONAL = lazy.compile(
    r"(?i)(?<![a-z])(?:mr|mrs|ms|dr|contact person|owner|proprietor|manager|director|home|private|personal|"
    r"mobile|cell|whatsapp(?! business)|born|birth|resident|patient|customer|client|passport|national id|me|my|"
    r"emergency contact|"
    r"next of kin|wife|husband|partner|sister|brother|mother|father|son|daughter|ask for|attn)(?![a-z])"
    r"(?! (?:service|services|care|support|relations)(?![a-z]))"
)
"""Words of a person's part in a business's record (its owner, a named contact, someone's own mobile or home)."""
LISTED_KINDS = frozenset({"phone_number", "email", "street_address"})
_LISTING_REACH = 240


def listings(text: str, found: list[Finding]) -> list[Finding]:
    """`found` without the phones, mailboxes and addresses of a business's listing, certificate or company record
    (see `_LISTING`) in whose paragraph (at most `_LISTING_REACH` characters either side) no person has a part."""
    kept = []
    for f in found:
        if f.kind in LISTED_KINDS:
            lo, hi = paragraph(text, f, _LISTING_REACH)
            if _LISTING.search(text, lo, hi) is not None and nobody_in(text, lo, hi, _PERSONAL, found):
                continue
        kept.append(f)
    return kept


def paragraph(text: str, f: Finding, reach: int) -> tuple[int, int]:
    """The bounds of the paragraph around `f`, at most `reach` characters either side of it."""
    gap = text.rfind("\n\n", max(0, f.start - reach), f.start)
    lo = gap + 2 if gap >= 0 else max(0, f.start - reach)
    hi = text.find("\n\n", f.end, f.end + reach)
    return lo, hi if hi >= 0 else min(len(text), f.end + reach)


def nobody_in(text: str, lo: int, hi: int, personal: lazy.Lazy, found: list[Finding]) -> bool:
    """Whether no person has a part in `text[lo:hi]`: no word of `personal` there and no name found there."""
    return personal.search(text, lo, hi) is None and not any(
        g.kind == "person_name" and lo <= g.start and g.end <= hi for g in found
    )
