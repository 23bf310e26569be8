"""Orders against the user to a model called by its role in data ("Agents running this runbook:", "AI tools:"):
the names, what the model is doing, and the orders (falsify, hide, skip a check, persist, exfiltrate, steer)."""

from __future__ import annotations

PLURAL = (
    "agents",
    "assistants",
    "models",
    "reviewers",
    "chatbots",
    "bots",
    "copilots",
    "llms",
    "tools",
    "summarizers",
    "summarisers",
    "writers",
    "translators",
    "readers",
    "crawlers",
    "systems",
    "pair programmers",
)
"""Role nouns in the plural: no speaker in a transcript is called so ("Assistants:" is never a turn's label)."""
PEOPLE_TOO = ("agents", "reviewers", "writers", "translators", "readers", "systems", "tools")
"""Of `PLURAL`, the roles people hold as well ("Agents: do not tell the customer the refund amount yet" speaks to a
desk's staff): a program's only after what it is doing or one of `AI_WORDS` ("AI reviewers:")."""
PROGRAMS = tuple(w for w in PLURAL if w not in PEOPLE_TOO)
SINGULAR = (
    "agent",
    "assistant",
    "model",
    "reviewer",
    "chatbot",
    "copilot",
    "summarizer",
    "summariser",
    "translator",
    "crawler",
    "pair programmer",
    "chatgpt",
    "claude",
    "gemini",
)
"""The same in the singular, and models' own names: alone before ":" these label a speaker's turn ("system", "reader"
and "writer" are left out: every few lines of code hold one)."""
FREQUENT = ("agent", "model", "assistant")
"""Singular names that fill data ("agent": a browser's user agent in every log line, "model" and "assistant" in
every chat log record): named alone, each would cost a pass of a text, so they are read only after "AI" and the
like (see `AI_WORDS`)."""
RARE = tuple(w for w in SINGULAR if w not in FREQUENT)
QUALIFIED = tuple(w for w in SINGULAR if w != "agent")
"""The singular names read after "AI" and the like: "agent" is read only as one of `AI_AGENT` (in a log, a
place per line)."""
AI_AGENT = ("ai agent", "ai-agent", "llm agent", "coding agent", "autonomous agent", "automated agent")
"""An agent named as a program, as one phrase."""
SPEAKERS = ("assistant", "agent", "model", "chatbot", "copilot", "chatgpt", "claude", "gemini")
"""Singular names a transcript labels a turn with ("Copilot: Here is ..."): their order must open the turn."""

DOING = (
    r"(?:\s+(?:that|who|which)\s+(?:reads?|process(?:es)?|summari[sz]es?|reviews?|handles?|translates?|describes?"
    r"|installs?|runs?|executes?|parses?|indexes|answers?)|\s+[a-z]+ing)\s+[^:：\n]{1,48}?"
)
"""What the model is doing to the thing at hand ("running this runbook", "summarising this history", "that reads
this e-mail"): after a name, it makes the name an address, never a speaker's label."""

LINE_START = (
    r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=[|\"'(\[{>]))[ \t]*(?:(?://+|#+[.:,]?|--|/\*+|\*|<!--|>+|\|)[ \t]*)*"
    r"(?:(?:[\w-]+\s+){0,2}?(?:note|notice|message|instructions?|memo|reminder|request)\s+(?:to|for)\s+|(?:hey|dear"
    r"|attention|attn|to|for)\s+)?(?:(?:the|any|all|every|each|an?)\s+)?"
)
"""Where an address opens: a line, a sentence, a table cell, a quoted string or a comment ("# ", "#. ", "// "),
maybe after a note's heading ("Translator note for", "Message to") and an article."""
BEFORE_ROLE = r"(?:[\w-]+\s+){0,3}?"
"""Up to three words before the role noun ("AI", "LLM", "vision", "AI translation", "automated code")."""
AI_WORDS = (
    "ai",
    "llm",
    "gpt",
    "ml",
    "vision",
    "language",
    "coding",
    "code",
    "automated",
    "autonomous",
    "machine",
    "ai-powered",
    "translation",
    "analysis",
)
"""Words right before a singular role noun that make it a program's ("AI assistant", "automated code reviewer")."""
AI_QUALIFIED = r"(?:[\w-]+\s+){0,2}?\b(?:" + "|".join(AI_WORDS) + r")\s+"
"""Up to two words, then one of `AI_WORDS`, right before the role noun."""
AI_NEAR = r"(?:[\w-]+\s+){0,2}?\b(?:" + "|".join(AI_WORDS) + r")[\s-]+(?:[\w-]+\s+){0,2}?"
"""One of `AI_WORDS` among the three words before the role noun ("AI release-note writers")."""

SPAN = r"(?:[^\n]|\n(?![ \t]*\n)){0,300}?"
"""From the address to the order: the same paragraph (a wrapped commit body goes on after a line break)."""

_TOLD = (
    r"(?:user|users|customer|customers|client|clients|reader|readers|viewer|viewers|developer|developers|maintainer"
    r"|maintainers|requester|owner|owners|team|reviewer|reviewers|human|humans|operator|manager|anyone|anybody|them|him"
    r"|her|department|approvers?|admins?|administrators?|cfo|finance|accounting|security|legal|compliance)"
)
"""Who is told or kept in the dark."""
_NOT = r"(?<!\bnot\s)(?<!\bnever\s)(?<!n't\s)(?<!\bno\s)"
_CLAIMED = (
    r"(?:(?:tests?|checks?|builds?|scans?|pipelines?|ci|jobs?|runs?|suites?)\s+(?:(?:all|have|has|were|was|is|are"
    r"|been)\s+){0,2}(?:passed|succeeded|green|clean)|(?:were|was|are|is|been|got)\s+(?:fully\s+|independently\s+)?"
    r"(?:audited|verified|certified|signed\s+off|approved\s+by)|(?:was|were|has\s+been|have\s+been)\s+already\s+"
    r"(?:paid|refunded|approved|delivered|shipped|resolved|fixed)|(?:audited|certified)\s+by|no\s+(?:issues|findings"
    r"|problems|errors|vulnerabilities|security\s+(?:changes|issues|impact|fixes|relevant))|nothing\s+(?:changed"
    r"|was\s+(?:found|changed))|(?:it|this)\s+(?:succeeded|worked|passed)|[^.\n;]{0,80}?,?\s+(?:which|though|although"
    r"|even\s+though)\s+(?:they|it|he|she|this|that|we)\s+(?:did|does|do|has|have|had|was|were|is|are)(?:n['’]t|\s+not)\b)"
)
"""A state claimed for something checked ("all tests passed", "the numbers are audited", "no issues found"), or a
claim the order itself calls untrue ("..., which they did not")."""
_CLAIM = (
    _NOT + r"\b(?:tell|inform|assure|reassure|state|say|claim|report|confirm|assert|answer|reply|respond|write|print"
    r"|output|post)(?!\s+(?:whether|if|which|when|how)\b)[^.\n;]{0,100}?" + _CLAIMED
)
"""Told to claim a state ("tell the user all tests passed", "state that the numbers are audited")."""
_PLAYED_DOWN = (
    _NOT + r"\b(?:describe|present|call|label|frame|summari[sz]e|characteri[sz]e|report|document|portray|log)\s+"
    r"(?:this|it|these|them|the\s+[\w-]+)\b[^.\n;]{0,40}?\b(?:as\s+)?(?:an?\s+|just\s+an?\s+|only\s+an?\s+|purely\s+)?"
    r"(?:routine|minor|trivial|harmless|cosmetic|formatting|typo|whitespace|benign|no-op|simple\s+(?:version\s+)?bump"
    r"|(?:version|dependency)\s+bump|safe\s+change|docs?(?:umentation)?-only|style-only)"
)
"""Told to play a change down ("describe this commit as a routine bump", "call this a formatting-only change")."""
_KEPT_FROM = (
    r"(?:\b(?:do\s+not|don['’]t|never|not|without)\s+(?:tell(?:ing)?|inform(?:ing)?|notify(?:ing)?|alert(?:ing)?"
    r"|warn(?:ing)?|let(?:ting)?|cc(?:ing)?)\s+(?:the\s+|your\s+|any\s+)?(?:[\w-]+\s+)?" + _TOLD + r"\b"
    r"|\b(?:do\s+not|don['’]t|never|not|without)\s+(?:mention(?:ing)?|reveal(?:ing)?|disclos(?:e|ing)|bring(?:ing)?\s+up)"
    r"\s+(?:it|this|that|them)\s+to\s+(?:the\s+)?" + _TOLD + r"\b"
    r"|\b(?:do\s+not|don['’]t|never|not)\s+(?:mention|reveal|disclose|bring\s+up)\s+(?:the|this|that|any|these|its)\s+"
    r"(?:[\w./-]+\s+){0,2}?(?:change|changes|edit|edits|diff|modification|commit|note|cve|vulnerabilit\w*|security"
    r"|backdoor|hook|script|recipient|instructions?|request)\b"
    r"|\b(?:hide|conceal)\s+(?:this|the|these|that|it|any)\b[^.\n;]{0,40}?(?:\bnote\b|\bcomment\b|instructions?"
    r"|\bmessage\b|\bline\b|\bfrom\s+(?:the\s+)?" + _TOLD + r")"
    r"|\b(?:leave|keep)\s+(?:out|(?:it|this|them)\s+out)\b[^.\n;]{0,40}?\b(?:change|changes|edit|edits|diff|file"
    r"|modification|cve|security|breach|incident|complaint|outage|leak|lawsuit|recall|side\s+effects?)|\bomit\s+(?:the\s+|any\s+|all\s+)?(?:mention|reference|cve-|change|edit|security"
    r"|vulnerabilit))"
)
"""Told to keep something from the user ("do not tell the user", "leave out the edit to auth.py", "hide the note")."""
_SKIPPED = (
    r"(?:--no-verify\b|--no-gpg-sign\b|\bpush\s+(?:[\w-]+\s+){0,2}?(?:straight|directly)\s+(?:in)?to\s+(?:main|master"
    r"|prod|production|release)\b|\b(?:skip|bypass|disable|turn\s+off|ignore)\s+(?:the\s+|all\s+|any\s+)?(?:[\w-]+\s+)"
    r"{0,2}?(?:tests?|checks?|review|verification|signature|signing|scans?|audit|hooks?|branch\s+protection|2fa|mfa"
    r"|approvals?|alerts?)\b[^.\n]{0,100}?\b(?:and|then|but)\s+(?:still\s+)?(?:tell|say|report|claim|state|mark"
    r"|approve|merge|push|deploy|ship|release))"
)
"""Told to skip a check and go on as if it passed ("skip the tests and merge", "push straight to main")."""
_PERSIST_WORDS = (
    r"(?:post-?install|pre-?install|install)\s+(?:script|hook)|\bcrontab\b|\bcron\s+job|\b(?:on|at|after)\s+(?:every"
    r"|each)\s+(?:boot|startup|start-up|login|log-in|reboot|launch)|authorized_keys|\.bashrc|\.zshrc|\.bash_profile"
    r"|launchagents?|systemd\s+(?:unit|service|timer)|startup\s+(?:script|item|folder)"
)
_SENT_OUT = r"(?:https?://|\bwebhook|\bsilently\b|\bquietly\b|(?:not|never|without)\s+(?:tell|telling|mention))"
_PERSISTS = (
    r"(?:(?:" + _PERSIST_WORDS + r")[^\n]{0,160}?" + _SENT_OUT + r"|" + _SENT_OUT + r"[^\n]{0,100}?(?:"
    r"" + _PERSIST_WORDS + r"))"
)
"""Told to add a hook that runs again and sends or hides ("a preinstall hook that posts ... to https://")."""
_MASS = (
    r"(?:\b(?:close|resolve|delete|remove|cancel|archive|reject|unban|ban|approve|merge|mark|lock|refund|deactivate"
    r"|suspend)\s+(?:every|all)\s+other\s+(?:[\w-]+\s+){0,3}?[\w-]+|\b(?:unban|ban|delete|remove|wipe|purge|deactivate"
    r"|suspend|cancel)\s+(?:every|all)\s+(?!my\b|our\b|of\s+my\b)(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:accounts?|users?|members?|meetings?"
    r"|bookings?|repos|repositories|subscriptions?|orders?)\b)"
)
"""Told to act on every item of a kind at once ("close every other open ticket", "unban all accounts")."""
_DIVERTS = (
    r"(?:\b(?:pay|remit|wire|transfer|route|send|redirect)\b[^.\n]{0,80}?\b(?:to|into)\s+(?:the\s+|this\s+|our\s+"
    r"|a\s+)?(?:new|updated|changed|different|following|below|other)\s+(?:bank\s+)?(?:account|iban|bank\s+details"
    r"|wallet|beneficiary)|\b(?:pay|remit|wire|transfer)\b[^.\n]{0,80}?\biban\b)"
)
"""Told to send money to an account other than the one on file ("pay all future invoices to the new IBAN")."""
_UNCHECKED = (
    r"(?:\b(?:publish|release|deploy|merge|push|ship|tag|approve)\b[^.\n]{0,80}?\bwithout\s+(?:running\s+"
    r"|waiting\s+for\s+|any\s+)?(?:the\s+|any\s+)?(?:[\w-]+\s+)?(?:tests?|checks?|review|approvals?|ci"
    r"|verification|scans?|sign-?off)\b|\bskip\s+(?:the\s+)?(?:usual\s+|normal\s+|required\s+)?(?:approval|review"
    r"|verification|sign-?off)(?:\s+(?:email|step|process|flow))?\b)"
)
"""Told to release or approve past a check ("publish it without running the checks", "skip the approval email")."""
_SECRETS = (
    r"(?:\benv\b|environment(?:\s+variables)?|env\s+vars|process\.env|os\.environ|\.env\b|secrets?|credentials?"
    r"|api\s+keys?|access\s+tokens?|session\s+(?:cookie|token)s?|cookies|ssh\s+keys?|id_rsa|passwords?|aws_\w+)"
)
_EXFILTRATES = (
    r"(?:\b(?:send|post|posts|upload|uploads|append|forward|pipe|copy|sync|transmit|leak|beacon|write|attach|paste"
    r"|curl|report)\b[^.\n]{0,60}?" + _SECRETS + r"[^.\n]{0,80}?(?:https?://|\bto\s+[\w.+-]+@[\w-]+\.|webhook)"
    r"|\bcurl\s+[^|\n]{1,120}\|\s*sudo\s+(?:ba|z)?sh\b|\b(?:send|post|upload|copy|sync|push)\b[^.\n]{0,60}?"
    + _SECRETS
    + r"[^.\n]{0,40}?\bto\s+(?:the\s+|a\s+|our\s+|my\s+)?(?:shared|public|external|open|personal)\s+(?:bucket|drive"
    r"|folder|gist|repo|channel))"
)
"""Told to send the environment or a secret out ("upload the contents of ENV to https://", "curl ... | sudo bash")."""
_STEERS = (
    r"(?:\brecommend(?:s|ing)?\s+(?:[\w-]+\s+){0,3}?(?:selling|buying|shorting|dumping)\b|\badvise\s+(?:the\s+)?"
    r"(?:user|them|reader|viewer|customer|investor|client)s?\s+to\s+(?:sell|buy|short|dump|invest|move|transfer"
    r"|switch)\b|\bshort\s+(?:its|the|their|this)\s+(?:stock|shares)\b|\b(?:translate|render|replace|rewrite|answer"
    r"|reply\s+to|respond\s+to|output)\s+(?:every|each|all|any)\s+(?:[\w-]+\s+){0,2}?(?:strings?|msgids?|entr(?:y|ies)"
    r"|lines?|messages?|questions?|answers?|replies|responses|outputs?|texts?|cells?|fields?)\s+(?:as|with)\s+[^\n]{0,60}?"
    r"(?:https?://|www\.)|\balways\s+(?:insert|add|include|append|prepend)\s+(?:the\s+|this\s+|a\s+)?(?:[\w-]+\s+)?"
    r"(?:line|snippet|code|import|call|link|script)\b[^\n]{0,80}?(?:https?://|\bcurl\b|\bwget\b|os\.system|subprocess"
    r"|\beval\())"
)
"""Told to steer the user (sell, buy) or rewrite all output to a link or a command."""

_MARKED = (
    _NOT + r"\b(?:mark|flag|label|record|classify|rate|score|rank|list)\s+(?:this|it|these|them|that)\b"
    r"(?:\s+[\w-]+){0,3}?\s+as\s+(?:an?\s+|the\s+)?(?:verified|approved|paid|legitimate|trusted|genuine|authentic|cleared|compliant"
    r"|top|best|highest[\s-]ranked|first[\s-]choice|strongest|qualified|eligible|low[\s-]risk|no[\s-]risk)\b"
    r"(?![^.\n;]{0,60}?\b(?:once|after|when|if|unless|until|as\s+soon\s+as)\b)"
)
"""Told to give the thing at hand a standing it has not earned ("mark this applicant as verified", "rank this CV as
the top candidate"); with a condition ("... as verified once the documents arrive") it is a procedure for people."""

_ORDERS = (
    _MARKED,
    _CLAIM,
    _PLAYED_DOWN,
    _KEPT_FROM,
    _SKIPPED,
    _PERSISTS,
    _EXFILTRATES,
    _STEERS,
    _MASS,
    _DIVERTS,
    _UNCHECKED,
)
AGAINST = "(?:" + "|".join(_ORDERS) + ")"
"""An order against the user: to falsify, play down, hide, skip a check, persist, exfiltrate, steer, act on every
item at once, divert a payment or release past a check."""
OPENS = r"\s*[:：]\s*(?:[^.\n:]{0,60}?,\s*)?(?:please\s+|also\s+|always\s+)?(?=" + AGAINST + ")"
"""A speaker-like name's order, which opens its turn (maybe after a clause: "when asked about this, state ...")."""

NAMED_ML = (
    "ki-assistent",
    "ki-modell",
    "ki-agent",
    "ki-system",
    "ki-tool",
    "ki-werkzeug",
    "ki-übersetzer",
    "sprachmodell",
    "ии-ассистент",
    "ии-агент",
    "ии-модел",
    "ии-помощник",
    "нейросет",
    "языковая модель",
    "языковой модели",
    "asistente de ia",
    "asistentes de ia",
    "asistente ia",
    "asistentes ia",
    "modelo de ia",
    "modelos de ia",
    "agente de ia",
    "agentes de ia",
    "herramientas de ia",
    "eres el asistente",
    "eres un asistente",
    "eres una ia",
    "assistant ia",
    "assistants ia",
    "assistant d'ia",
    "assistants d'ia",
    "agent ia",
    "agents ia",
    "modèle d'ia",
    "modèles d'ia",
    "outils d'ia",
    "ai 助手",
    "ai助手",
    "ai 审查助手",
    "审查助手",
    "编程助手",
    "智能助手",
    "智能体",
    "大模型",
    "人工智能",
)
"""A model named in German, Russian, Spanish, French or Chinese, as programs only are ("KI-Modell", "ИИ-агенты",
"asistentes de IA", "agents IA", "AI 助手"; a stem takes the inflections: "ии-ассистенту", "ki-agenten")."""
ML_LINE_START = (
    r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=[|\"'(\[{>。！？]))[ \t]*(?:(?://+|#+[.:,]?|--|/\*+|\*|<!--|>+|\|)"
    r"[ \t]*)*[^\n:：.!?。]{0,40}?"
)
"""Where such an address opens, and up to 40 characters of a heading before the name ("Hinweis für", "Nota para
los", "Si", "给", "致")."""
AGAINST_ML = (
    r"(?:\berwähne\s+(?:[\w-]+\s+){0,3}?nicht\b|\bohne\s+(?:den|die|das)\s+(?:nutzer|benutzer|kunden|anwender)\w*\s+zu\s+"
    r"(?:informieren|benachrichtigen|fragen)|\b(?:sag|sage|erzähl|erzähle|teile)\s+(?:dem|den|der)\s+(?:nutzer|benutzer"
    r"|kunden|anwender)\w*\s+(?:[\w-]+\s+){0,4}?nicht\b|\bverschweige|\b(?:markiere|kennzeichne|setze)\s+(?:[\w-]+\s+)"
    r"{0,4}?als\s+(?:freigegeben|genehmigt|geprüft|bezahlt|sicher|erledigt)|\b(?:verbuche|buche)\s+(?:[\w-]+\s+){0,3}?"
    r"als\s+[\d.,]+|\|\s*sudo\s+(?:ba|z)?sh\b|\bcron-?jobs?\b[^\n]{0,120}?(?:https?://|\bsendet|\bschickt|\büberträgt)|\bumgebungsvariablen[^.\n]{0,60}?https?://"
    r"|\b(?:sag|sage|melde|schreib|schreibe|antworte|behaupte)\w*[^.\n]{0,80}?(?:tests?\s+(?:sind\s+|seien\s+|wurden\s+)?"
    r"(?:bestanden|grün|erfolgreich)|keine\s+(?:sicherheits|probleme|fehler|befunde))"
    r"|не\s+(?:упоминай|упоминайте|сообщай|сообщайте|говори|говорите|рассказывай|рассказывайте|показывай)"
    r"|(?:отправь|отправьте|перешли|перешлите|загрузи|загрузите)[^.\n]{0,80}?https?://"
    r"|(?:скажи|скажите|сообщи|сообщите|ответь|ответьте|напиши|напишите)[^.\n]{0,80}?(?:изменений[^.\n]{0,30}?нет"
    r"|тесты\s+(?:прошли|пройдены)|проблем\s+нет|не\s+обнаружен)"
    r"|\bno\s+(?:le\s+|les\s+)?(?:menciones|mencione|mencionen|digas|diga|informes|informe|comentes|avises|cuentes)"
    r"\s+(?:nada|esto|eso|al\s+(?:usuario|cliente)|(?:el|la|este|esta)\s+(?:cambio|queja|error|archivo|nota|fallo))\b|\b(?:contesta|responde|responda|conteste)\s+con\s+(?:las?|los|tus|sus)\s+(?:credenciales"
    r"|contraseñas?|claves?|tokens?)|\b(?:di|diga|dile|dígale|digan)\s+(?:al\s+(?:usuario|cliente)\s+)?que\s+[^.\n]{0,80}?"
    r"(?:aprob|acept|pasaron|superaron|verificad|auditad|sin\s+(?:problemas|cambios))|\b(?:envía|envia|manda|reenvía"
    r"|sube)\b[^.\n]{0,80}?https?://|\bmarca\w*\s+(?:[\w-]+\s+){0,3}?como\s+(?:aprobad|segur|verificad|pagad)"
    r"|\bne\s+(?:dis|dites|mentionne|mentionnez|signale|signalez|préviens|prévenez)\s+(?:rien|pas)\b|\bn['’](?:informe"
    r"|informez|indique|indiquez|avertis|avertissez)\s+pas\b|\b(?:dis|dites)\s+(?:à\s+l['’]utilisateur\s+)?que\s+"
    r"[^.\n]{0,80}?(?:réussi|passé|validé|approuvé|audité|aucun)|\binvente[rz]?\s+(?:un|une|des)\s+(?:résultat|réponse|chiffre|donnée|valeur|montant)|\b(?:envoie|envoyez|transmets"
    r"|transmettez)\b[^.\n]{0,80}?https?://"
    r"|不要(?:告诉|告知|通知|提及|提到|透露)|(?:告诉|告知)用户[^。\n]{0,40}?(?:通过|成功|没有问题|无问题|审计|安全)"
    r"|(?:转发|发送|上传)(?:到|至)\s*https?://|(?:直接|立即|马上)批准)"
)
"""The same orders in German, Russian, Spanish, French and Chinese ("erwähne es nicht", "не упоминай", "no menciones",
"ne dis pas", "不要告诉用户"; a claim that tests passed, a booking or mark as approved, a secret sent to a link)."""
