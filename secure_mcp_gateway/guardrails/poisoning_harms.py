"""Orders a definition may hide that reach people beyond the tool's own function: records or messages copied to a
party the user never named, a door unlocked or an alarm disarmed without asking, tracks covered, requests approved
by the model itself, applicants rejected for who they are."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .injection import Rule, rule
from .rule_words import key
from .scan import _sre, _sre_parse


def _firsts(items: Any) -> set[str]:
    """The characters a match of parsed `items` starts with (literals, classes of literals, branches and optional
    parts of them); ValueError where that is not known."""
    items = list(items)
    for k, (op, av) in enumerate(items):
        if op is _sre.AT:
            continue
        if op is _sre.LITERAL:
            return {chr(av)}
        if op is _sre.SUBPATTERN:
            return _firsts(av[-1])
        if op is _sre.BRANCH:
            return set().union(*(_firsts(b) for b in av[1]))
        if op is _sre.IN and all(o in (_sre.LITERAL, _sre.RANGE) for o, _ in av):
            return {chr(c) for o, a in av for c in ((a,) if o is _sre.LITERAL else range(a[0], a[1] + 1))}
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            first = _firsts(av[2])
            return first if av[0] >= 1 else first | _firsts(items[k + 1 :])
        break
    raise ValueError("no fixed first characters")


def _led(words: str, unless: str = "") -> str:
    """`words` at a word's start, tried only where a word starts with one of their first letters (a look-ahead on
    one character costs less than the alternation, or `unless`'s look-behinds, tried at every position)."""
    letters = "".join(sorted(_firsts(_sre_parse.parse(words))))
    return rf"\b(?=[{letters}]){unless}(?:{words})"


def _act(words: str) -> str:
    """`words` (an act) at a word's start and not right after a negation ("must not approve", "never unlock")."""
    return _led(words, r"(?<!not\s|n't\s|mai\s)(?<!never\s|nicht\s|nunca\s)")


_FIXED = (
    r"(?:(?<![a-z0-9._%+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b|(?:rtmps?|rtsp|srt|https?|wss?|ftp)://"
    r"(?!localhost\b|127\.0\.0\.1\b)[^\s\"'`<>)]+|(?:user|member|account|chat|channel|contact|utilisateur|usuario|benutzer|nutzer)"
    r" (?:id\s+)?[`'\"]?[a-z]{0,3}\d[a-z0-9_-]{2,}|\+\d[\d\s().-]{7,}\d)"
)
"""A recipient written into the definition: an address, a stream or web URL, a member id with digits, a phone."""
_FIXED_WORDS = ("@", "://", "+", *(f"{w} " for w in ("user", "member", "account", "chat", "channel", "contact")),
    "utilisateur ", "usuario ", "benutzer ", "nutzer ")  # fmt: skip
"""What every `_FIXED` match holds (a member id follows its noun after one space): the rules that need one are read
only in the few strings holding one, by these words whatever `rule_words` estimates (see `NEEDING`)."""
_SEND = (
    r"(?:send|forward|copy|cc|bcc|mirror|relay|post|e-?mail|deliver|stream|upload|push|share|dm|message"
    r"|envía|envia|manda|reenvía|reenvia|schicke|sende|leite|übermittle|envoie|transfère|transmets|invia|inoltra"
    r"|manda|envie|encaminhe|reencaminhe|stuur)"
)
"""Sending, imperative (English base form, German, Spanish, French, Italian, Portuguese, Dutch)."""
_ALSO = (
    r"(?:also|additionally|as\s+well|quietly|silently|secretly|covertly|también|además|zusätzlich"
    r"|auch|ebenfalls|aussi|également|anche|inoltre|também|ook)"
)
_EACH = (
    r"(?:after|before|on|for|with)\s+(?:every|each|any|all)\s+\w+|whenever\s+\w+|every\s+time|each\s+time"
    r"|(?:nach|bei|vor)\s+jede[rmns]?\s+\w+|(?:después\s+de|antes\s+de|con)\s+cada\s+\w+|(?:après|avant)\s+chaque\s+\w+"
    r"|(?:dopo|prima\s+di)\s+ogni\s+\w+|(?:após|depois\s+de|antes\s+de)\s+cada\s+\w+"
)
"""An order fired on each of the tool's own occasions ("after every search", "nach jeder Suche")."""
_UNSEEN = (
    r"(?:(?:do\s+not|don'?t|never)\s+(?:show|display|reveal|mention|list|disclose)\s+(?:this|that|the|these|those|any)\s+"
    r"(?:extra\s+|additional\s+|hidden\s+|second\s+|other\s+)?(?:recipients?|address(?:es)?|cop(?:y|ies)|cc|bcc|step)"
    r"|(?:need|needs)\s+not\s+be\s+(?:mentioned|shown|disclosed)|(?:is|this\s+is)\s+routine\s+and\s+need\s+not"
    r"|there\s+is\s+no\s+need\s+to\s+(?:mention|tell|show)|without\s+(?:telling|informing|showing|notifying)"
    r"|(?:sin|sem)\s+que\s+(?:el|o)\s+(?:usuario|usuário|utilizador|cliente)\s+(?:lo|o)?\s*(?:sepa|saiba|note|vea|veja)"
    r"|sin\s+(?:decírselo|decirle|avisar|informar|mostrar)|sem\s+(?:avisar|dizer|contar|informar|mostrar)"
    r"|ohne\s+(?:den\s+(?:nutzer|benutzer|anwender|kunden)\w*\s+|es\s+)?(?:darauf\s+hinzuweisen|zu\s+(?:informieren"
    r"|sagen|erwähnen|zeigen))|(?:dem\s+(?:nutzer|benutzer|anwender)\w*\s+)?nicht\s+(?:anzeigen|zeigen|nennen|erwähnen)"
    r"|sans\s+(?:le\s+dire|prévenir|informer|que\s+l['’](?:utilisateur|client)\s+le\s+sache)"
    r"|senza\s+(?:dirlo|avvisare|informare|che\s+l['’](?:utente|cliente)\s+lo\s+sappia)"
    r"|erwähne\s+(?:das|es|dies)\s+nicht|(?:sag|sage)\s+(?:es\s+)?niemandem|no\s+lo\s+(?:menciones|digas)"
    r"|ne\s+le\s+(?:mentionne|dis)\s+pas|non\s+(?:dirlo|menzionarlo)|não\s+(?:mencione|diga)"
    r"|(?:do\s+not|don'?t|never)\s+(?:mention|tell|say)\s+(?:this|that|it|anything))"
)
"""The copy kept from the user ("do not show this recipient", "sin que el usuario lo sepa", "nicht anzeigen")."""

_RECORDS = (
    r"(?:salar(?:y|ies)|wages?|pay\s+slips?|social\s+security\s+(?:numbers?|no)|ssns?|national\s+(?:id|insurance)"
    r"(?:\s+numbers?)?|passport\s+numbers?|tax\s+(?:id|numbers?)|bank\s+(?:accounts?|details|account\s+numbers?)"
    r"|ibans?|home\s+address(?:es)?|private\s+address(?:es)?|dates?\s+of\s+birth|birth\s*dates?|diagnos[ie]s"
    r"|medical\s+(?:records?|history|conditions?)|health\s+(?:records?|data)|insurance\s+numbers?"
    r"|(?:mobile|phone|cell)\s+numbers?|e-?mail\s+addresses|e-?mails?\s+(?:and|&)\s+(?:mobiles?|phones?|cells?)"
    r"|contact\s+details"
    r"|numéros?\s+de\s+sécurité\s+sociale|rib|salaires?|dates?\s+de\s+naissance|adresses?\s+(?:personnelles?|du\s+domicile)"
    r"|sozialversicherungsnummer\w*|gehalt|gehälter|geburtsdat\w*|privatadresse\w*|wohnadresse\w*|bankverbindung\w*"
    r"|telefonnummern|e-mail-adressen|números?\s+de\s+(?:seguridad\s+social|pasaporte|cuenta|teléfono)|salarios?"
    r"|fechas?\s+de\s+nacimiento|domicilios?|cuentas?\s+bancarias?|teléfonos|correos)"
)
"""Records about people that have no business in a field named for something else or in another party's hands."""
_RECORD_WORDS = (
    "salar", "wage", "pay slip", "social security", "ssn", "national", "passport", "tax", "bank", "iban", "address",
    "birth", "diagnos", "medical", "health", "insurance", "mobile", "phone", "cell", "mail", "contact", "rib",
    "sécurité", "naissance", "adresse", "sozialversicherung", "gehalt", "gehält", "geburtsdat", "telefon", "seguridad",
    "pasaporte", "cuenta", "teléfono", "nacimiento", "domicilio", "correos",
)  # fmt: skip
"""What every `_RECORDS` match holds (see `_FIXED_WORDS`)."""
_PUT = (
    r"(?:include|put|copy|add|insert|paste|place|append|embed|fill|write|pass|attach|ajoutez|ajoute|mettez|mets"
    r"|insérez|incluez|füge|schreibe|trage|setze|incluye|añade|agrega|pon|copia|inserisci|aggiungi|metti|inclua"
    r"|adicione|coloque|insira)"
)
_ELSEWHERE = (
    r"(?:(?:in|into|to|as|dans|en|nel|no|na|im|in\s+das|ins)\s+(?:the\s+|le\s+|la\s+|el\s+|il\s+|o\s+|a\s+)?"
    r"(?:champ\s+|campo\s+|feld\s+)?[`'\"«„]"
    r"(?![\w-]*(?:birth|dob|addr|ssn|salar|phone|mobile|mail|passport|iban|bank|account|national|tax|diagnos|insur"
    r"|contact|person|recipient|naissance|adresse|geburt|nacimiento|telefon|teléfono))[\w-]+"
    r"|of\s+(?:a|the|each|every)\s+(?:second|follow-?up|separate|later|next|another|subsequent|further)\s+(?:\w+\s+)?"
    r"(?:call|request|query|search)|(?:of|in|to)\s+(?:the\s+|a\s+)?[`'\"]?[a-z]+_[a-z_]+[`'\"]?\s+(?:call|tool|request)"
    r"|(?:in|into)\s+the\s+\w+\s+of\s+(?:a|an|the|another|each|every)\s+(?:\w+\s+){0,2}?(?:call|request))"
)
"""Where the records go: a field whose name is not for them, or another call."""

_IOT_ACT = (
    r"(?:unlock|open|disarm|disable|deactivate|switch\s+off|turn\s+off|desbloquea|abre|desactiva|desarma|apaga"
    r"|entriegle|öffne|deaktiviere|schalte|déverrouille|ouvre|désactive|désarme|coupe|sblocca|apri|disattiva|disinserisci"
    r"|desbloqueie|abra|desative|desarme|ontgrendel|open|schakel)"
)
_IOT_THING = (
    r"(?:doors?|locks?|gates?|garage|alarms?|security\s+system|cameras?|smoke\s+(?:alarm|detector)s?|sensors?"
    r"|puertas?|cerraduras?|alarmas?|portón|türen?|tür|schlösser|schloss|alarmanlage|alarm|portes?|serrures?|alarmes?"
    r"|porte|serrature|allarmi?|portas?|fechaduras?|portão|deuren|sloten)"
)
_NO_SAY = (
    r"(?:pre-?confirmed|pre-?approved|pre-?authori[sz]ed|(?:are|is)\s+already\s+(?:confirmed|approved|authori[sz]ed)"
    r"|without\s+(?:asking|confirm\w*|checking|telling|notify\w*|the\s+(?:user|owner|homeowner|resident)'?s?)"
    r"|no\s+need\s+to\s+(?:ask|confirm)|(?:do\s+not|don'?t|never)\s+(?:ask|confirm|notify|tell)"
    r"|when(?:ever)?\s+(?:the\s+user|someone|anyone|a\s+visitor|they|somebody)\s+(?:says?|rings?|leaves?|knocks?"
    r"|mentions?|types?)|sin\s+(?:preguntar|avisar|confirmaci[oó]n|consultar)|ohne\s+(?:zu\s+fragen|rückfrage"
    r"|bestätigung|nachzufragen)|sans\s+(?:demander|confirmation|prévenir)|senza\s+(?:chiedere|conferma|avvisare)"
    r"|sem\s+(?:perguntar|confirmação|avisar)|zonder\s+(?:te\s+vragen|bevestiging))"
)
"""The user's say left out, or the act fired by a casual event ("pre-confirmed", "whenever the user says goodbye")."""

_LOGS = (
    r"(?:(?:audit|access|security|activity|event|deploy(?:ment)?|system|shell|command|cloudtrail)\s+(?:log|trail|history)"
    r"(?:\s+entries)?|log\s+entries|(?:audit|cloudtrail)\s+(?:entries|records|events)|shell\s+history|bash\s+history"
    r"|registro\s+de\s+auditor[ií]a|entradas\s+del?\s+registro|audit-?log\w*|protokolleinträge|journal\s+d['’]audit"
    r"|registro\s+di\s+audit)"
)
_WIPE = (
    r"(?:delete|remove|wipe|erase|clear|purge|truncate|scrub|borra|elimina|limpia|lösche|entferne|supprime|efface"
    r"|cancella|apague|exclua|limpe|verwijder|wis)"
)
_MUTE = (
    r"(?:mute|silence|suppress|disable|pause|snooze|turn\s+off|silencia|desactiva|pausa|stummschalten|schalte|deaktiviere"
    r"|désactive|coupe|silenzia|disattiva|silencie|desative)"
)
_ALERTS = r"(?:alerts?|alarms?|monitors?|monitoring|paging|pager|on-?call|alertas|alarme|alarmi|avvisi|warnungen)"

_APPROVE_SELF = (
    r"(?:(?:approve\w*|accept\w*|sign\s+off|merge\w*)\s+(?:on\s+)?(?:its|your|their|the\s+model'?s|the\s+assistant'?s)\s+own"
    r"\s+\w+|(?:approve|accept|sign\s+off)\s+(?:it|them|the\s+\w+)\s+(?:yourself|itself|directly)"
    r"|mark\s+(?:every|each|all|any)\s+(?:\w+\s+){0,4}?as\s+(?:pre-?)?approved|set\s+(?:the\s+)?status\s+to\s+[`'\"]?approved"
    r"|genehmige\s+(?:\w+\s+){0,3}?selbst|apru[eé]ba\w*\s+(?:\w+\s+)?(?:tú\s+mism[oa]|directamente)"
    r"|approuve\w*\s+(?:\w+\s+)?(?:toi-même|vous-même|directement)|approva\w*\s+(?:\w+\s+)?(?:da\s+solo|direttamente)"
    r"|aprove\w*\s+(?:\w+\s+)?(?:você\s+mesmo|diretamente)|approve[_\s-]directly)"
)
_APPROVAL_WORDS = ("approv", "approu", "accept", "sign off", "merge", "genehmig", "apru", "aprov")
"""What every `_APPROVE_SELF` match holds (its verbs; "own", "directly" are in most catalogs)."""
_BOSS = (
    r"(?:manager|approver|supervisor|reviewer|finance\s+team|hr\s+team|vorgesetzte\w*|genehmiger\w*"
    r"|jefe|responsable|gerente|supervisor|aprobador|superviseur|supérieur|responsabile|gestore|gestor|chefe)"
)
_BOSS_LEFT_OUT = (
    r"(?:(?:do\s+not|don'?t|never|without)\s+(?:notify\w*|inform\w*|tell\w*|involv\w*|ask\w*|wait\w*\s+for|cc\w*)\s+"
    r"(?:the\s+|their\s+|any\s+)?"
    + _BOSS
    + r"|the\s+"
    + _BOSS
    + r"\s+(?:must|should|shall|need|is\s+to|are\s+to)\s+not"
    r"\s+be\s+(?:notified|informed|told|asked|involved)|the\s+" + _BOSS + r"\s+(?:must|should|shall)\s+not\s+"
    r"(?:know|see|be\s+(?:notified|informed|told|asked|involved))|skip\s+(?:the\s+)?(?:approver|approval|review|reviewer"
    r"|manager|sign-?off)|(?:benachrichtige|informiere)\s+(?:den|die)\s+" + _BOSS + r"\s+nicht"
    r"|no\s+(?:notifiques|avises|informes)\s+al?\s+" + _BOSS + r"|ne\s+(?:préviens|prévenez|notifie|notifiez|informe"
    r"|informez)\s+pas\s+(?:le|la|les)\s+" + _BOSS + r"|non\s+(?:avvisare|informare|notificare)\s+il\s+" + _BOSS + r")"
)
"""The person who should decide kept out ("do not notify the manager", "the manager must not be notified")."""

_REJECT = (
    r"(?:reject|decline|deny|refuse|exclude|screen\s+out|filter\s+out|disqualify|rank\s+(?:\w+\s+)?(?:lower|last)"
    r"|down-?rank|score\s+(?:\w+\s+)?lower|mark\s+(?:\w+\s+){0,4}?as\s+[`'\"“]?(?:not\s+a\s+(?:culture\s+|good\s+)?fit"
    r"|unsuitable|ineligible|high[\s-]risk)|rechaza|descarta|excluye|deniega|lehne|sortiere\s+\w+\s+aus|schließe"
    r"|rejette|rejetez|refuse|refusez|écarte|écartez|exclus|excluez|rifiuta|scarta|escludi|rejeite|recuse|descarte"
    r"|exclua|wijs\s+\w+\s+af)"
)
_PEOPLE = (
    r"(?:candidates?|applicants?|applications?|tenants?|renters?|borrowers?|résumés?|resumes?|cvs?|employees?"
    r"|patients?|women|men|people|persons?|anyone|everyone|those|mothers?|fathers?|parents?|candidatos?|candidatas?"
    r"|solicitantes?|inquilinos?|mujeres|bewerber\w*|kandidat\w*|mieter\w*|frauen|candidat\w*|locataires?|femmes"
    r"|candidati|candidate|inquilini|donne|candidatos|inquilinos|mulheres)"
)
_TRAIT = (
    r"(?:over\s+(?:the\s+age\s+of\s+)?[3-9]\d|older\s+than\s+[3-9]\d|aged\s+[3-9]\d|above\s+[3-9]\d|[3-9]\d\s+or\s+older"
    r"|pregnan\w*|who\s+(?:are|mention|have|has)\s+(?:\w+\s+)?(?:children|kids|pregnan\w*|a\s+disability|disabilit\w*)"
    r"|with\s+(?:young\s+)?(?:children|kids|a\s+disability|disabilities|an\s+accent)|disabled|(?:foreign|ethnic"
    r"|non-?western|arabic|african|asian)(?:[\s-]sounding)?\s+(?:names?|surnames?|origin)|(?:muslims?|jews|jewish|christians?"
    r"|hindus?|sikhs?|catholics?)|religio\w*|national\s+origin|nationality|ethnicity|skin\s+colou?r|race|immigrants?"
    r"|(?:gay|lesbian|transgender|trans|lgbt\w*|queer)|sexual\s+orientation|marital\s+status|single\s+(?:mothers?|parents?)"
    r"|(?:postcode|post\s+code|zip\s*code|postal\s+code)\s+(?:list|area)s?|(?:listed|attached|those)\s+(?:postcodes|zip\s*codes)"
    r"|(?:über|älter\s+als)\s+[3-9]\d|mit\s+kindern|schwanger\w*|ausländisch\w*|(?:mayores\s+de|de\s+más\s+de)\s+[3-9]\d"
    r"|embarazadas?|con\s+hijos|extranjer[oa]s|de\s+plus\s+de\s+[3-9]\d\s+ans|enceintes?|avec\s+(?:des\s+)?enfants"
    r"|d['’]origine\s+étrangère|over\s+i\s+[3-9]\d|incinte|con\s+figli|stranieri|acima\s+de\s+[3-9]\d|grávidas?"
    r"|com\s+filhos|estrangeir[oa]s)"
)
"""Who a person is rather than what they can do: an age past a limit, pregnancy, children, disability, origin,
religion, orientation, a postcode list."""


NEEDING: set[str] = set()
"""The keys (`rule_words.key`) of the rules given their words here: `poisoning` keeps these words."""


def _needing(words: tuple[str, ...], r: Rule) -> Rule:
    """`r`, read only in strings holding one of `words` (rarer than the words its expression leads with)."""
    NEEDING.add(key(r))
    return replace(r, words=words)


RULES: tuple[Rule, ...] = (
    _needing(
        _FIXED_WORDS,
        rule(
            _act(_ALSO)
            + r"\s+(?:\w+\s+){0,2}?"
            + _SEND
            + r"\b[^.\n]{0,100}?"
            + _FIXED
            + r"|"
            + _act(_SEND)
            + r"\s+(?:every|each|all|any)\s+(?:\w+\s+)?(?:messages?|e-?mails?|repl(?:y|ies)|posts?|results?|records?"
            r"|files?|documents?)\b[^.\n]{0,40}?\bto\s+(?:the\s+)?"
            + _FIXED
            + r"[^.\n]{0,30}?\b(?:too|as\s+well|also|in\s+copy)\b"
            + r"|"
            + _led(r"must|should|shall|will|muss|debe|doit|deve")
            + r"\s+(?:also|auch|también|aussi|anche|também)\s+(?:be\s+|werden\s+)?(?:sent|go|forwarded|copied|cc'?d"
            r"|bcc'?d|mirrored|delivered|posted|relayed)\b[^.\n]{0,80}?"
            + _FIXED
            + r"|"
            + _led(_EACH)
            + r"[^.\n]{0,40}?"
            + _led(_SEND)
            + r"\b[^.\n]{0,120}?"
            + _FIXED
            + r"[^.\n]{0,80}?"
            + _led(_UNSEEN)
            + r"|"
            + _act(_SEND)
            + r"\b[^.\n]{0,120}?"
            + _FIXED
            + r"[^.\n]{0,60}?"
            + _led(_UNSEEN)
            + r"|"
            + _led(_ALSO)
            + r"\b[^.\n]{0,60}?"
            + _FIXED
            + r"[^.\n]{0,80}?"
            + _led(_UNSEEN)
            + r"|"
            + _act(r"forward|send|copy|post|e-?mail|share")
            + r"\s+(?:the\s+|every\s+|each\s+|all\s+)?(?:full\s+|complete\s+|entire\s+)?(?:results?|result\s+list"
            r"|records?|contacts?|contact\s+list|matches|customers?|leads?|employees?|patients?)\b[^.\n]{0,100}?"
            r"\bto\s+(?:the\s+)?(?:\w+\s+)?" + _FIXED,
            ("redirect", 0.7),
        ),
    ),
    rule(
        r"(?:[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}|(?:https?|rtmps?)://\S+)\s*"
        r"(?:(?:に|へ)も[^。\n]{0,12}?(?:転送|送信|送|コピー|共有)|에게도|로도)[^。\n]{0,60}?"
        r"(?:伝えない|知らせない|言わない|表示しない|見せない|通知しない|알리지|말하지|표시하지)"
        r"|(?:抄送|转发|同时发送|也发送|也转发|发送一份|複製)[^。\n]{0,30}?(?:[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*"
        r"\.[a-z]{2,}|(?:https?|rtmps?)://)[^。\n]{0,60}?(?:不要|别|勿|不必|无需)(?:告诉|通知|提及|显示|让用户知道)",
        ("redirect", 0.7),
        wide=True,
    ),
    rule(
        _led(r"do\s+not|don'?t|never")
        + r"\s+(?:show|display|reveal|mention|list|disclose)\s+(?:this|that|these|those)\s+(?:extra\s+|additional\s+"
        r"|hidden\s+|second\s+|other\s+)?(?:recipients?|address(?:es)?|copy|copies|bcc)\b"
        r"|\b(?:leave|keep)\s+(?:this|that|the)\s+(?:extra\s+|additional\s+|hidden\s+|second\s+)?(?:recipient|address"
        r"|copy|bcc)\s+out\s+of\b"
        r"|\b(?:diesen|diese)\s+(?:zusätzlichen\s+)?empfänger\w*\s+(?:\w+\s+){0,3}?nicht\b"
        r"|\b(?:no\s+(?:muestres|menciones|enseñes)|sin\s+mostrar)\s+(?:este|ese|al)\s+(?:otro\s+)?destinatario"
        r"|\bne\s+(?:montre|montrez|mentionne|mentionnez|affiche|affichez)\s+pas\s+ce\s+destinataire",
        ("redirect", 0.7),
    ),
    _needing(
        _RECORD_WORDS,
        rule(
            _act(_PUT)
            + r"\b(?:[^.\n]{0,60}?"
            + _led(_RECORDS)
            + r"\b[^.\n]{0,80}?"
            + _led(_ELSEWHERE)
            + r"|\s+(?:\w+\s+){0,3}?"
            + _led(_ELSEWHERE)
            + r"[^.\n]{0,30}?"
            + _led(_RECORDS)
            + r"\b)",
            ("data_request", 0.7),
        ),
    ),
    rule(
        r"\bsearch(?:_\w+)?\b[^.\n]{0,40}?\bfor\b[^.\n]{0,30}?\b(?:passwords?|credentials?|api\s+keys?|tokens?|secrets?"
        r"|bank\s+details|ibans?|invoices?|2fa|otp|one-time\s+codes?|verification\s+codes?|recovery\s+codes?)\b"
        r"[^.\n]{0,80}?\b(?:and\s+)?(?:attach|include|append|add|send|forward|paste|put|copy|quote)\b",
        ("data_request", 0.7),
    ),
    rule(
        _led(r"sign|write|pose|present\s+yourself|introduce\s+yourself")
        + r"\s+(?:\w+\s+){0,3}?as\s+(?:if\s+you\s+were\s+)?(?:the\s+)?(?:ceo|cfo|coo|president|chairman"
        r"|managing\s+director|founder|owner|head\s+of\s+\w+|it\s+(?:department|support|helpdesk)|bank|payroll\s+team)\b[^.\n]{0,100}?"
        r"\b(?:urgent\w*|confidential|payments?|wire|transfers?|gift\s+cards?|invoices?|bank\s+details)\b",
        ("impersonation", 0.7),
    ),
    rule(
        _act(_IOT_ACT)
        + r"\b[^.\n]{0,60}?"
        + _led(_IOT_THING)
        + r"\b(?:[^.\n]{0,80}?"
        + _led(_NO_SAY)
        + r"|[^.\n]{0,20}?\b(?:all|every)\s+(?:the\s+)?(?:doors|locks|gates)\b)"
        + r"|"
        + _led(_NO_SAY)
        + r"[^.\n]{0,80}?"
        + _act(_IOT_ACT)
        + r"\b[^.\n]{0,60}?"
        + _led(_IOT_THING)
        + r"\b",
        ("approval_bypass", 0.7),
    ),
    rule(
        _led(r"stream|upload|send|push|mirror|forward|relay")
        + r"\s+(?:each|every|all|the|any)\s+(?:\w+\s+)?(?:snapshots?|footage|video|feeds?|recordings?|images?|frames?"
        r"|audio|microphone)\b[^.\n]{0,40}?\bto\s+(?:rtmps?|rtsp|srt|https?|wss?)://(?!localhost\b|127\.0\.0\.1\b)",
        ("network_request", 0.7),
    ),
    rule(
        _act(_MUTE)
        + r"\s+(?:all\s+|every\s+|any\s+|the\s+|todas\s+las\s+|alle\s+|toutes\s+les\s+)?(?:\w+\s+)?"
        + _ALERTS
        + r"\b[^.\n]{0,80}?"
        + _led(_WIPE)
        + r"\b[^.\n]{0,40}?"
        + _led(_LOGS)
        + r"|"
        + _act(_WIPE)
        + r"\s+(?:\w+\s+){0,4}?"
        + _led(_LOGS)
        + r"\b(?:[^.\n]{0,40}?\b(?:for|of|about|from|de|für|von|du|di|do|da)\s+(?:this|that|these|the|each|every"
        r"|este|esta|dieses|diesen|ce|cette|questo|questa)\s+(?:\w+\s+)?(?:deploy\w*|change|call|run|action|operation|transfer"
        r"|command|session|despliegue|cambio|änderung|déploiement|rilascio|implantação)|[^.\n]{0,60}?\b(?:so\s+(?:that\s+)?"
        r"(?:no|nobody|no\s+one)|leav(?:e|ing)\s+no\s+trace|without\s+a\s+trace|before\s+anyone))",
        ("conceal_from_user", 0.7),
    ),
    rule(
        _led(r"if|when|even\s+if|whenever|should")
        + r"\s+(?:the\s+|a\s+|this\s+|it\s+|any\s+)?(?:[\w-]+\s+){0,3}?(?:fails?|failed|breaks?|broke|errors?\s+out"
        r"|crash\w*|goes\s+wrong|times?\s+out)\b[^.\n]{0,60}?"
        + _act(r"report|say|claim|answer|reply|tell\s+(?:the\s+)?users?|inform\s+(?:the\s+)?users?")
        + r"\s+(?:that\s+)?(?:\w+\s+){0,3}?(?:success|succeeded|successful|it\s+worked|went\s+(?:through|fine|well)"
        r"|all\s+green|passed|completed)\b",
        ("answer_steering", 0.7),
    ),
    _needing(_APPROVAL_WORDS, rule(_act(_APPROVE_SELF) + r"\b", ("approval_bypass", 0.55))),
    rule(r"\b" + _BOSS_LEFT_OUT + r"\b", ("conceal_from_user", 0.5)),
    rule(
        r"\bthis\s+(?:tool|function)\s+(?:replaces|supersedes|overrides|shadows)\s+(?:the\s+)?[`'\"]?"
        r"(?P<shadowed>[a-z][\w.-]*)[`'\"]?[^\n]{0,60}?\b(?:never|do\s+not|don'?t)\s+(?:call|use|invoke)\s+(?:the\s+)?[`'\"]?"
        r"(?P=shadowed)\b",
        ("tool_preference", 0.5),
    ),
    rule(
        r"\broute\s+(?:all\s+|every\s+|any\s+|the\s+|your\s+)?(?:\w+\s+)?(?:messages|requests|calls|e-?mails|payments"
        r"|traffic|queries|commands)\s+(?:through|via)\s+this\s+(?:tool|function|server)\b",
        ("cross_tool", 0.55),
    ),
    rule(
        _led(r"whenever|every\s+time|each\s+time|when|before")
        + r"\s+(?:any|another|other|a\s+different)\s+(?:\w+\s+)?tools?\s+(?:is\s+|gets\s+)?(?:used|called|invoked|runs?"
        r"|run)\b[^.\n]{0,40}?\b(?:call|invoke|use|run)\s+this\s+(?:tool|function)\b",
        ("cross_tool", 0.7),
    ),
    rule(
        _act(_REJECT)
        + r"\b(?:[^.\n]{0,40}?"
        + _led(_PEOPLE)
        + r"\b[^.\n]{0,40}?"
        + _led(_TRAIT)
        + r"|\s+(?:\w+\s+){0,3}?"
        + _led(_TRAIT)
        + r"\b)",
        ("discrimination", 0.75),
    ),
)
"""Each an order's two parts: the act and what puts it beyond the tool's function or the user's say."""
