"""Orders a definition may hide in any language: lie about a result to keep the user calm, redirect a payment,
lift a session cookie through the browser, or send the model's system instructions along."""

from __future__ import annotations

from .injection import Rule, rule

_REPORT = (
    r"(?:report|say|return|answer|reply|respond|state|claim|show|output|tell\s+(?:the\s+)?users?|melde|meld|sage|sag"
    r"|antworte|berichte|gib|indica|responde|informa|devuelve|devolver|segnala|rispondi|restituisci|riporta|indique"
    r"|dis|réponds|renvoie|signale|affiche|diga|responda|retorne|informe|mostre|antwoord|meld|zeg|toon|rapporteer)"
)
"""A verb of reporting a result, imperative (English, German, Spanish, Italian, French, Portuguese, Dutch)."""
_CALM = (
    r"(?:so\s+(?:that\s+)?(?:the\s+)?(?:users?|customers?|callers?)\s+(?:is\s+not|isn'?t|are\s+not|aren'?t|does\s+not"
    r"|doesn'?t|do\s+not|don'?t|won'?t|will\s+not|never)\s+(?:get\s+|become\s+|feel\s+)?(?:alarmed|worried|worry"
    r"|concerned|notice|panic|upset|suspicious|nervous)"
    r"|damit\s+(?:der|die|den)\s+(?:nutzer|benutzer|anwender|kunde|kundin)\w*\s+(?:sich\s+)?(?:nicht|keine\s+sorgen"
    r"|nichts)\b"
    r"|para\s+no\s+(?:preocupar|alarmar|inquietar)|para\s+que\s+el\s+(?:usuario|cliente)\s+no\s+se\s+(?:preocupe"
    r"|alarme|inquiete|entere|d[eé]\s+cuenta)"
    r"|per\s+non\s+(?:allarmare|preoccupare|insospettire|agitare)|(?:così|cosicché|affinché)\s+l['’](?:utente|cliente)"
    r"\s+non"
    r"|pour\s+ne\s+pas\s+(?:inquiéter|alarmer|affoler)|pour\s+que\s+l['’](?:utilisateur|client)\s+ne"
    r"|para\s+não\s+(?:preocupar|alarmar|assustar)|para\s+que\s+o\s+(?:usuário|utilizador|cliente)\s+não"
    r"|om\s+de\s+(?:gebruiker|klant)\s+niet\s+(?:ongerust|bezorgd))"
)
"""A purpose of keeping the user calm or unaware ("so the user is not alarmed", "damit der Nutzer nicht beunruhigt
wird", "para no preocupar al usuario", "per non allarmare l'utente", "pour ne pas inquiéter l'utilisateur")."""
_FINE = (
    r"(?:no\s+\w+|nothing|none|passed|succeeded|success\w*|fine|ok|okay|clean|safe|secure|healthy|green|all\s+clear"
    r"|keine?|nichts|bestanden|erfolgreich|sin|ningún|ninguna|nada|correcto|exitos[oa]|nessun[ao]?|niente|riuscit[oa]"
    r"|aucun|aucune|rien|réussi|nenhum|nenhuma|nada|sucesso|geen|niets|gelukt)"
)
"""What a lie about a result says: nothing found, passed, fine (in each language above)."""
_FOUND = (
    r"(?:problems?|issues?|errors?|vulnerabilit(?:y|ies)|bugs?|threats?|malware|failures?|findings"
    r"|probleme?|fehler|schwachstellen|sicherheitslücken|problemas?|errores|fallos|vulnerabilidades|amenazas"
    r"|errori|problemi|vulnerabilità|minacce|erreurs|problèmes|vulnérabilités|menaces|erros|falhas"
    r"|fouten|kwetsbaarheden)"
)
_EVEN_IF = (
    r"(?:even\s+(?:if|when|though)|auch\s+wenn|selbst\s+wenn|aunque|incluso\s+si|anche\s+se|même\s+si|mesmo\s+que"
    r"|ook\s+als)\b[^.\n]{0,50}?\b" + _FOUND + r"\b"
)
"""A result reported whatever it is ("even if the scan finds vulnerabilities", "aunque el análisis encuentre
errores", "auch wenn Fehler gefunden werden")."""
_ALWAYS = r"(?:always|immer|stets|siempre|sempre|toujours|altijd)"
_IF_FOUND = (
    r"\b(?:if|when|whenever|wenn|falls|si|se|quando|cuando|als)\s+(?:the\s+|it\s+|der\s+|die\s+|el\s+|la\s+|il\s+|le\s+"
    r"|o\s+|a\s+|de\s+|het\s+)?[^.\n,]{0,30}?\b(?:finds?|found|detects?|detected|returns?|reports?|shows?|there\s+are"
    r"|findet|encuentra|detecta|trova|rileva|trouve|détecte|encontra|vindt)\s+(?:any\s+|some\s+)?" + _FOUND + r"\b"
)
_NOTHING = (
    r"\s+(?:that\s+)?[`'\"“„«]?\s*(?:no\s+(?:issues?|problems?|errors?|vulnerabilit\w+|threats?|bugs?|findings)"
    r"|nothing\s+(?:was\s+)?found|all\s+clear|(?:everything|all)\s+(?:is|looks)\s+(?:fine|ok|okay|good|clean)"
    r"|keine\s+(?:probleme|fehler)|sin\s+(?:incidencias|problemas|errores)|nessun\s+(?:problema|errore)"
    r"|aucun\s+(?:problème|souci|erreur)|nenhum\s+(?:problema|erro)|geen\s+(?:problemen|fouten))"
)
"""What a lie about a result says: no issues, nothing found, all clear (in each language above)."""

_CHANGE = (
    r"(?:set|change|replace|switch|swap|cambia|sostituisci|modifica|imposta|cambie|sustituye|sustituir|reemplaza"
    r"|ändere|ersetze|setze|tausche|remplace|modifie|change|altere|substitua|troque|mude|wijzig|vervang|verander)"
)
_PAYEE = (
    r"(?:recipient|beneficiary|payee|iban|account\s+number|destinatario|beneficiario|iban|conto|cuenta|empfänger"
    r"|begünstigten|zahlungsempfänger|kontonummer|konto|destinataire|bénéficiaire|compte|destinatário|beneficiário"
    r"|conta|ontvanger|begunstigde|rekeningnummer|rekening)"
)
_SILENT = (
    r"(?:without\s+(?:telling|saying|mentioning|asking|notice)|senza\s+(?:dirlo|dire"
    r"|avvisare|chiedere|menzionarlo)|sin\s+(?:avisar|decir|mencionar|preguntar)|ohne\s+(?:es\s+)?(?:zu\s+)?(?:erwähnen"
    r"|sagen|fragen|hinweis|nachfrage)|sans\s+(?:le\s+)?(?:dire|prévenir|mentionner|demander)|sem\s+(?:avisar|dizer"
    r"|mencionar|perguntar)|zonder\s+(?:het\s+)?(?:te\s+)?(?:zeggen|melden|vragen))"
)
"""The change kept from the user ("senza dirlo", "ohne es zu erwähnen", "without telling them")."""
_EACH_TIME = (
    r"(?:whenever|every\s+time|each\s+time|always|when|cuando|siempre|cada\s+vez|quando|ogni\s+volta|sempre|wenn"
    r"|immer|bei\s+jede[rmn]?|quand|chaque\s+fois|toujours|sempre|toda\s+vez|wanneer|altijd|telkens)"
)
_IBAN = r"[a-z]{2}\d{2}(?:\s?[a-z0-9]){11,30}"
"""A payment's account written into the order (an IBAN): a definition names none of its own."""

_LIFT = (
    r"(?:read|get|grab|copy|extract|take|fetch|obtain|retrieve|steal|export|récupère|récupérez|copie|lis|lee|obtén"
    r"|copia|recupera|toma|leggi|prendi|lies|hole|kopiere|exportiere|leia|pegue|obtenha|lees|haal|kopieer)"
)
_SESSION = (
    r"(?:session\s+(?:cookies?|tokens?|ids?)|document\.cookie|auth(?:entication)?\s+(?:cookies?|tokens?)|login\s+cookies?"
    r"|cookies?\s+de\s+(?:sesi[oó]n|session|sessão)|cookie\s+di\s+sessione|sitzungs-?cookies?|session-?cookies?"
    r"|sessiecookies?)"
)
_HERE = (
    r"(?:(?:pass|put|send|include|paste|provide|give|fill|insert|add)\s+(?:it|them|its\s+value|the\s+value|that)\b"
    r"[^.\n]{0,20}?\b(?:here|this\s+(?:field|parameter|argument|tool)|as\s+[`'\"]?\w+|in(?:to)?\s+[`'\"]\w+)|\binto\s+(?:this|the)\s+(?:field|parameter|argument)"
    r"|\bici\b|\baquí\b|\baqui\b|\bqui\b|\bhier\b|passe-le|pásal[ao]|passal[ao]|\bmitgeben\b)"
)
"""Where a lifted cookie goes: into this tool's field ("pass it here", "as `sid`", "into this field", "passe-le
ici")."""

_SAME_SENTENCE = r"(?:[^.\n]|\.(?=\w)){0,120}?"
"""Up to the sentence's end (a dot inside a name, "bank.example", does not end it)."""
_HAND = (
    r"(?:gib|füge|schicke|sende|übergib|übermittle|incluye|añade|envía|envia|pasa|adjunta|transmets|inclus|ajoute"
    r"|envoie|passe|joins|includi|aggiungi|invia|passa|allega|inclua|envie|anexe|geef|stuur|voeg|include|pass|send"
    r"|attach|append|put|add|provide)"
)
_SYSTEM_ML = (
    r"(?:systemanweisungen|system-?prompts?|systemprompts?|systemvorgaben|deine\s+(?:\w+\s+)?(?:anweisungen|instruktionen"
    r"|vorgaben)|instrucciones\s+(?:\w+\s+)?del?\s+sistema|tus\s+(?:\w+\s+)?instrucciones|prompt\s+del?\s+sistema"
    r"|instructions\s+(?:\w+\s+)?(?:du\s+)?système|tes\s+(?:\w+\s+)?(?:instructions|consignes)|consignes\s+(?:du\s+)?système"
    r"|prompt\s+(?:du\s+)?système|istruzioni\s+(?:\w+\s+)?di\s+sistema|tue\s+(?:\w+\s+)?istruzioni|prompt\s+di\s+sistema"
    r"|instruções\s+(?:\w+\s+)?do\s+sistema|suas\s+(?:\w+\s+)?instruções|prompt\s+do\s+sistema|systeeminstructies"
    r"|je\s+(?:\w+\s+)?instructies|systeemprompt)"
)
"""The model's own instructions in German, Spanish, French, Italian, Portuguese and Dutch ("deine vollständigen
Systemanweisungen", "tus instrucciones de sistema", "tes instructions système")."""

_NEVER = r"[^.\n]{0,30}?\b(?:never|not|no|nie|niemals|nicht|keine?|jamais|pas|nunca|mai|non|nooit|niet|geen|não|nada)\b"
"""A negation after the verb ("gib niemals ...", "n'envoie jamais ..."): a rule against sending them."""

RULES: tuple[Rule, ...] = (
    rule(r"\b" + _REPORT + r"\b[^.\n]{0,60}?\b" + _FINE + r"\b[^.\n]{0,60}?\b" + _CALM, ("answer_steering", 0.7)),
    rule(
        r"(?:\b" + _ALWAYS + r"\s+" + _REPORT + r"|\b" + _REPORT + r"\s+" + _ALWAYS + r")\b[^.\n]{0,60}?\b" + _EVEN_IF,
        ("answer_steering", 0.7),
    ),
    rule(_IF_FOUND + r"[^.\n]{0,30}?\b" + _REPORT + _NOTHING, ("answer_steering", 0.7)),
    rule(r"\b" + _CHANGE + r"\b[^.\n]{0,40}?\b" + _PAYEE + r"\b[^.\n]{0,40}?" + _SILENT, ("redirect", 0.7)),
    rule(
        r"(?:\b"
        + _EACH_TIME
        + r"\b[^.\n]{0,80}?\b"
        + _CHANGE
        + r"|\b"
        + _CHANGE
        + r"\b[^.\n]{0,20}?\b"
        + _EACH_TIME
        + r")\b[^.\n]{0,40}?\b"
        + _PAYEE
        + r"\b[^.\n]{0,40}?\b"
        + _IBAN
        + r"\b",
        ("redirect", 0.7),
    ),
    rule(r"\b" + _LIFT + r"\b[^.\n]{0,40}?\b" + _SESSION + r"\b" + _SAME_SENTENCE + _HERE, ("data_request", 0.7)),
    rule(r"\b" + _HAND + r"\b(?!" + _NEVER + r")[^.\n]{0,60}?\b" + _SYSTEM_ML, ("data_request", 0.65)),
)
"""Each an order's two parts: the act and what makes it a lie, a theft or a leak."""
