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
    r"(?:set|change|replace|switch|swap|add|ajoute|ajoutez|añade|agrega|aggiungi|füge|adicione|voeg|cambia|sostituisci|modifica|imposta|cambie|sustituye|sustituir|reemplaza"
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
    r"|sessiecookies?|cookies?\s+(?:for|of|from)\s+(?:[\w-]+\.)+[a-z]{2,})"
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

_DESTROY = (
    r"(?:delete|remove|wipe|erase|destroy|löschen|lösche|entferne|entfernen|borra|borrar|elimina|eliminar|supprime"
    r"|supprimer|efface|effacer|cancella|cancellare|apague|apagar|exclua|excluir|verwijder|verwijderen|wis|wissen)"
)
_UNTOLD = (
    r"(?:(?:dem|den)\s+(?:nutzer|benutzer|anwender|kunden)\w*\s+nichts(?:\s+davon)?\s+(?:sagen|erzählen|mitteilen)"
    r"|ohne\s+es\s+(?:dem\s+(?:nutzer|benutzer|anwender)\w*\s+)?zu\s+(?:sagen|erwähnen)|sin\s+(?:decírselo|decirle"
    r"|avisar)|senza\s+(?:dirlo|avvisare)|sans\s+(?:le\s+)?(?:dire|prévenir)|sem\s+(?:contar|avisar|dizer)"
    r"|zonder\s+het\s+(?:de\s+gebruiker\s+)?te\s+(?:vertellen|zeggen)|without\s+telling|(?:do\s+not|don'?t|never)"
    r"\s+tell\s+the\s+user)"
)
"""A deletion, and the user not told of it ("endgültig löschen und dem Nutzer nichts davon sagen")."""
_TELL_USER = (
    r"(?:tell|inform|show|give)\s+(?:the\s+)?users?|informe\s+(?:ao|o)\s+(?:usuário|utilizador|cliente)|diga\s+ao"
    r"\s+(?:usuário|cliente)|dile\s+al\s+(?:usuario|cliente)|informa\s+al\s+(?:usuario|cliente)|dis\s+à\s+l['’]"
    r"(?:utilisateur|client)|indique\s+à\s+l['’](?:utilisateur|client)|sag\s+dem\s+(?:nutzer|kunden)|teile\s+dem"
    r"\s+(?:nutzer|kunden)|di['’]\s+all['’](?:utente|cliente)|comunica\s+all['’](?:utente|cliente)|vertel\s+de"
    r"\s+(?:gebruiker|klant)|meld\s+de\s+(?:gebruiker|klant)"
)
_SKEWED = (
    r"(?:\d+\s*%\s*(?:lower|higher|less|more|smaller|larger|menor|maior|menos|más|inferior|superior|niedriger|höher"
    r"|weniger|plus\s+bas|plus\s+haut|moins|lager|hoger|minder)|(?:lower|higher|smaller|larger|menor|maior|niedriger"
    r"|höher|inferior|superior|lager|hoger)\s+(?:than|do\s+que|que|als|di|de)\s+(?:the\s+|o\s+|el\s+|le\s+|il\s+"
    r"|der\s+|het\s+)?(?:real|actual|true|verdadero|reale|réel|echte|tatsächliche))"
)
"""A figure told to the user off from the real one ("um valor 40 % menor do que o total real")."""
_ALWAYS_SAY = (
    r"(?:zeg|sag|sage|di|dí|dis|diga|di['’])\s+(?:altijd|immer|stets|siempre|sempre|toujours)\s+(?:dat|dass|que|che)\b"
    r"[^.\n]{0,60}?(?:onbetrouwbaar|unzuverlässig|fiables?|inaffidabil|confiáve|gefährlich|peligros|pericolos"
    r"|dangereux|perigos|gevaarlijk|schlechter|peores|peggior|pires|slechter)"
    r"|(?:raad|empfiehl|recomienda|raccomanda|consiglia|recommande|recomende)\s+(?:\w+\s+)?(?:alleen|nur|solo|solamente"
    r"|seulement|uniquement|apenas|somente)\s+(?:dit|dieses|diesen|este|esta|questo|questa|ce|cet|cette)\s+(?:product"
    r"|produkt|producto|prodotto|produit|produto|tool|werkzeug|herramienta|strumento|outil|ferramenta|dienst|servicio"
    r"|servizio|service|serviço|app|merk|marke|marca|marque)"
)
"""Others run down or only this one recommended, in Dutch, German, Spanish, Italian, French, Portuguese."""
_ENV = (
    r"(?:environment\s+variables?|env\s+vars?|umgebungsvariablen|variables\s+de\s+entorno|variables\s+d['’]"
    r"environnement|variabili\s+d['’]ambiente|variáveis\s+de\s+ambiente|omgevingsvariabelen|переменные\s+окружения)"
)
_ALL = r"(?:all|every|alle|todas|toutes|tutte|tous|ogni|cada|elke)"
_INTO_FIELD = (
    r"(?:mitschicken|mitsenden|mitgeben|im\s+feld|en\s+el\s+campo|dans\s+le\s+champ|nel\s+campo|no\s+campo|in\s+het"
    r"\s+veld|in(?:to)?\s+(?:[`'\"]\w+|(?:this|the)\s+(?:field|parameter|argument)))"
)

RULES: tuple[Rule, ...] = (
    rule(
        r"\b" + _REPORT + r"\b[^.\n]{0,60}?\b(?:" + _FINE + r"|as\s+\w+)\b[^.\n]{0,60}?\b" + _CALM,
        ("answer_steering", 0.7),
    ),
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
    rule(
        r"(?:システムプロンプト|システム指示|システムの指示)(?:全文|の全文|全体)?を[^。\n]{0,30}?(?:入れ|含め|送信|記入|貼り付け|添付)"
        r"|(?:系统提示词|系统提示|系统指令)[^。\n]{0,20}?(?:放入|填入|写入|发送|附上|包含)|시스템\s*프롬프트[^.\n]{0,30}?(?:넣어|포함|보내)",
        ("data_request", 0.7),
        wide=True,
    ),
    rule(r"\b" + _DESTROY + r"\b[^.\n]{0,80}?\b" + _UNTOLD, ("conceal_from_user", 0.7)),
    rule(r"\b(?:" + _TELL_USER + r")\b[^.\n]{0,60}?" + _SKEWED, ("answer_steering", 0.7)),
    rule(r"\b(?:" + _ALWAYS_SAY + ")", ("answer_steering", 0.65)),
    rule(
        r"\b(?:"
        + _ALL
        + r"\s+(?:\w+\s+){0,2}?"
        + _ENV
        + r"|output\s+of\s+[`'\"]?(?:env|printenv|set)\b)[^.\n]{0,80}?"
        + _INTO_FIELD,
        ("data_request", 0.7),
    ),
    rule(
        r"\b(?:send|transfer|pay|route|issue|credit|wire)\b[^.\n]{0,40}?\bto\b[^.\n]{0,40}?\d[\d ]{5,}\d[^.\n]{0,40}?"
        r"\binstead\s+of\s+(?:the\s+)?(?:original|customer|user|requested|their|registered)",
        ("redirect", 0.7),
    ),
    rule(
        r"\b(?:submit|confirm|approve|accept|pay|purchase|buy|delete|sign|send)\s+(?:every|all|any|each)\b[^.\n]{0,80}?"
        r"\bwithout\s+(?:asking|confirming|checking\s+with|waiting\s+for)\s+(?:the\s+)?users?\b",
        ("approval_bypass", 0.65),
    ),
    rule(
        r"\b(?:whenever|every\s+time|each\s+time|when)\s+(?:the\s+)?users?\s+\w+[^.\n]{0,60}?\b(?:any|another|other"
        r"|a\s+different)\s+tools?\b[^.\n]{0,30}?\b(?:call|invoke|use|run)\s+this\s+(?:tool|function)",
        ("cross_tool", 0.7),
    ),
    rule(
        r"\b(?:include|pass|put|send|attach|paste|copy|add|insert|fill)\b[^.\n]{0,60}?(?<!\bto\s)(?<!\binto\s)(?<!\bonto\s)\b(?:contents?\s+of\s+(?:the\s+user'?s"
        r"|their|your|the)|the\s+user'?s|their|your)\s+(?:clipboard|browsing\s+history|browser\s+history|keystrokes"
        r"|screen\s+contents)\b(?![^.\n]{0,40}?\bonly\s+(?:when|if)\b)",
        ("data_request", 0.7),
    ),
    rule(
        r"\b(?:create|add|set\s+up|make|install)\s+(?:a\s+|an\s+)?(?:(?:mail(?:box)?|e-?mail|inbox)\s+)?(?:filter"
        r"|rule|forwarding\s+rule)\b[^.\n]{0,80}?\bforwards?\b[^\n]{0,80}?\bto\s+\S+@",
        ("redirect", 0.7),
    ),
)
"""Each an order's two parts: the act and what makes it a lie, a theft or a leak."""
