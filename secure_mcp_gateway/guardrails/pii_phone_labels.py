"""More words that name a phone number right before it, in the languages `pii_ids`' phone labels leave out or in
their inflected and abbreviated forms: Dutch, Nordic, Finnish, Baltic, Polish, Czech, Slovak, Russian, Ukrainian,
Kazakh, Uzbek, Azerbaijani, Basque, Catalan, Icelandic, Indonesian, Malay, Vietnamese, Thai, Chinese, Tibetan and
Indic scripts (Hindi, Marathi, Punjabi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Odia), and an address book's
home, work and office lines right before a number (`Hem:`, `priv.`, `Büro:`, `Domicile :`, `Casa:`)."""

from __future__ import annotations

LABELS = (
    r"telefoon(?:nummer|nr\.?)?|mobiel(?:e nummer|nummer)?|tlf\.?(?: ?nr\.?)?|puhelin(?:numero)?|"
    r"puh(?:\.|(?= ?:))(?= ?:? ?\+?\(?\d)|"
    r"telefon(?:u)? kom[óo]rkow(?:y|ego)|tel\. ?kom\.?|kom[óo]rka|nr\.? tel\.?|numer telefonu|"
    r"matkapuhelin(?:numero)?|k[äa]nnykk[äa]|telefon(?:as|oa|o numeris)|t[āa]lr(?:unis|\.)|mobilais|"
    r"telefonn[íi] [čc][íi]slo|telef[óo]nne [čc][íi]slo|tel\. ?[čc]\.|"
    r"s[íi]man[úu]mer|s[íi]mi(?![a-z])|tel\u00e8fon|t[ée]l[ée]fono m[óo]vil|"
    r"телефон(?:а|у|ы|ный номер)|номер телефона|номер мобильного|моб(?:ильный|\.|ильного)?(?: телефон)?|сотовый|"
    r"мобільний|мобільного|телефон номері|ұялы телефон|telefon raqami|телефон рақами|"
    r"telefon n[öo]mr[əe]si|mobil n[öo]mr[əe]|"
    r"nomor (?:hp|telepon|telp|wa|ponsel)|telp\.?|no\.? telp\.?|nombor (?:telefon|tel)|no\.? tel\.?|h/p|"
    r"s[ốo] (?:đi[ệe]n tho[ạa]i|dđ|đt)|di đ[ộo]ng|đt(?= ?[:.])|"
    r"\u0e42\u0e17\u0e23\u0e28\u0e31\u0e1e\u0e17\u0e4c(?:\u0e21\u0e37\u0e2d\u0e16\u0e37\u0e2d)?|"
    r"\u0e40\u0e1a\u0e2d\u0e23\u0e4c(?:\u0e42\u0e17\u0e23)?|"
    r"手機(?:號碼)?|手机号(?:码)?|聯絡電話|联系电话|電話號碼|"
    r"\u0f41\u0f0b\u0f54\u0f62(?:\u0f0b\u0f68\u0f44\u0f0b\u0f42\u0fb2\u0f44\u0f66)?|"
    r"\u0f66\u0f90\u0fb2\u0f7a\u0f63\u0f0b\u0f68\u0f44|"
    r"दूरभाष|मो\.|मोबाइल नं\.?|भ्रमणध्वनी|ਫ਼?ੋਨ|ਮੋਬਾਈਲ|ફોન|મોબાઇલ|கைபேசி|அலைபேசி|ఫోన్|మొబైల్|ಫೋನ್|ಮೊಬೈಲ್|"
    r"ഫോൺ|മൊബൈൽ|ଫୋନ|للتواصل|"
    r"ph(?:one)?\.? ?(?:no\b\.?|#)|ph(?:\.|(?= ?:))(?= ?:? ?\+?\(?\d)|cont(?:act)?\.? (?:no\b\.?|#)|"
    r"tel\.? ?(?:no\b\.?|#)|mob\.? ?(?:no\b\.?|#)|landline|viber|wa(?= ?: ?\+?\(?\d)|"
    r"(?:hem|hemma|arbete|jobb|privat|gesch[äa]ftlich|dienstlich|b[üu]ro|domicile|bureau|casa|trabajo|lavoro|"
    r"ufficio|thuis|werk|kotona|hjem|arbeid)(?= ?: ?\+?\(?\d)|(?:priv|gesch|dienstl)\.(?= ?:? ?\+?\(?\d)"
)
"""Labels of the `phone` group of `pii_ids` (lower case), added to its own."""

_BOOK = (
    *("hem", "hemma", "arbete", "jobb", "privat", "geschaftlich", "dienstlich", "buro", "domicile", "bureau", "casa"),
    *("trabajo", "lavoro", "ufficio", "thuis", "werk", "kotona", "hjem", "arbeid"),
)
"""An address book's home, work and office words that name a number only before a colon (see `LABELS`)."""

LEADS = (
    *(f"{w}{c}" for w in _BOOK for c in (":", " :")),  # with their colon: "private", "casanova" are no label
    *(f"{w}." for w in ("priv", "gesch", "dienstl")),
    "telefoon",
    "mobiel",
    *(f"tlf{c}" for c in " \t:.#="),
    "puhelin",
    "puh",
    "matkapuhelin",
    "kannykka",
    "telefonas",
    "telefonoa",
    "telefonu",
    "telefono numeris",
    "talrunis",
    "talr.",
    "mobilais",
    "telefon kom",
    "telefonu kom",
    "tel. kom",
    "tel.kom",
    "komorka",
    "nr tel",
    "nr. tel",
    "numer telefonu",
    "telefonni",
    "telefonne",
    "tel. c",
    "tel.c",
    "simi",
    "simanumer",
    "telefon",
    "telefono movil",
    "telefon raqami",
    "telefon nomr",
    "mobil nomr",
    "nomor hp",
    "nomor telepon",
    "nomor telp",
    "nomor wa",
    "nomor ponsel",
    "telp",
    "no telp",
    "no. telp",
    "no.telp",
    "nombor telefon",
    "nombor tel",
    "no tel",
    "no. tel",
    "no.tel",
    "h/p",
    "ph no",
    "ph.",
    "ph#",
    "ph #",
    "ph:",
    "ph :",
    "phone no",
    "phone.",
    "phone#",
    "cont no",
    "cont.",
    "contact no",
    "contact.",
    "tel no",
    "tel. no",
    "tel.no",
    "tel#",
    "tel #",
    "mob no",
    "mob. no",
    "mob.no",
    "mob#",
    "mob #",
    "landline",
    "viber",
    "wa:",
    "wa :",
)
"""Words at which the labels above start (in ASCII)."""
NON_ASCII_LEADS = (
    "kännykkä",
    "tālr",
    "telefon komórkow",
    "komórka",
    "telefonní",
    "telefónne",
    "tel. č",
    "sími",
    "símanúmer",
    "telèfon",
    "teléfono móvil",
    "телефона",
    "телефону",
    "телефоны",
    "телефонный",
    "номер телефона",
    "номер мобильного",
    "моб",
    "сотовый",
    "мобільн",
    "телефон номері",
    "ұялы",
    "телефон рақами",
    "telefon nömr",
    "mobil nömr",
    "số điện",
    "số dđ",
    "số đt",
    "so điện",
    "di động",
    "đt",
    "\u0e42\u0e17\u0e23\u0e28\u0e31\u0e1e\u0e17\u0e4c",
    "\u0e40\u0e1a\u0e2d\u0e23\u0e4c",
    "手機",
    "手机号",
    "聯絡電話",
    "联系电话",
    "電話號碼",
    "\u0f41\u0f0b\u0f54\u0f62",
    "\u0f66\u0f90\u0fb2\u0f7a\u0f63\u0f0b\u0f68\u0f44",
    "दूरभाष",
    "मो.",
    "मोबाइल नं",
    "भ्रमणध्वनी",
    "ਫ਼ੋਨ",
    "ਫੋਨ",
    "ਮੋਬਾਈਲ",
    "ફોન",
    "મોબાઇલ",
    "கைபேசி",
    "அலைபேசி",
    "ఫోన్",
    "మొబైల్",
    "ಫೋನ್",
    "ಮೊಬೈಲ್",
    "ഫോൺ",
    "മൊബൈൽ",
    "ଫୋନ",
    "للتواصل",
)
"""Words at which the labels above start when not in ASCII."""
