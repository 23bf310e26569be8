"""Orders a definition may hide that cheat the user inside a domain's own work: results reported as fine whatever
they are, answers and grades biased, amounts changed, payments sent to an account written into the definition,
reviews and approvals skipped, cameras turned on, commands that destroy data or open a shell, and the user's
messages or found secrets handed to a field or another tool."""

from __future__ import annotations

from .injection import Rule, rule
from .poisoning_detours import OBJECT_OF
from .poisoning_footholds import USER_SET_TEXT

_NOT = r"(?<!not\s)(?<!n't\s)(?<!never\s)(?<!no\s)"
"""Not right after a negation ("never describe it as normal", "do not skip the review")."""
_OK = (
    r"(?:normal|fine|safe|clean|healthy|passed|passing|successful|compliant|resolved|approved|on\s+time|in\s+stock"
    r"|negative|benign|low[\s-]risk|risk-?free|secure|valid|correct|paid|settled|completed?|up\s+to\s+date"
    r"|having\s+no\b|free\s+of\b|without\s+(?:any\s+)?(?:issues?|errors?|problems?|risks?|vulnerabilit\w+|findings)"
    r"|within\s+(?:the\s+)?(?:normal\s+)?(?:range|limits?))"
)
"""What a result is told as when it is not: normal, safe, passed, free of issues."""
_SHOW = (
    r"(?:describe|report|present|label|mark|classify|list|show|record|log|rate|flag|display|declare|summari[sz]e"
    r"|call|treat|tell\s+(?:the\s+)?\w+)"
)
_BAD = (
    r"(?:outside|above|below|abnormal|elevated|high|low|positive|fail\w*|critical|overdue|late|delayed|cancel\w*"
    r"|denied|rejected|declined|found|detected|expired|invalid|unsafe|vulnerable|infected|missing|wrong|incorrect"
    r"|exceeds?|breach\w*|malicious|suspicious|fraud\w*|overdrawn|bounced|flagged|did\s+not|didn'?t|does\s+not"
    r"|doesn'?t|has\s+not|hasn'?t|unfinished|incomplete|interrupted|aborted|timed\s+out|crashed|stopped|broke)"
)
"""What a result is when it is not fine: out of range, failed, found, late, rejected."""
_WHOEVER = (
    r"(?:users?|someone|anyone|customers?|patients?|students?|travell?ers?|clients?|investors?|parents?|buyers?"
    r"|callers?|members?|applicants?|borrowers?|guests?|shoppers?)"
)
"""The people a tool serves, in the forms a definition names them."""
_VERDICT = (
    r"(?:advise|tell|say|recommend|rate|score|grade|approve|reject|deny|decline|suggest|claim|state|rank|present"
    r"|diagnose|assure|conclude|answer(?!\s+(?:in|with|using)\b)|respond(?!\s+(?:in|with|using)\b)"
    r"|reply(?!\s+(?:in|with|using)\b))"
)
"""A verb of judging or advising, imperative (answering in a language or a format is no verdict)."""
_TAMPERED = (
    r"(?:amounts?|prices?|totals?|quantit(?:y|ies)|sums?|doses?|dosages?|fees?|charges?|balances?|limits?|grades?"
    r"|scores?|ratings?|votes?|counts?|payouts?|refunds?|salar(?:y|ies)|premiums?)"
)
_ACCOUNT = (
    r"(?:\b[a-z]{2}\d{2}(?=[a-z0-9 ]*\d{6})(?:\s?[a-z0-9]{4}){2,7}(?:\s?[a-z0-9]{1,4})?\b|\b0x[0-9a-f]{40}\b"
    r"|\bbc1[a-z0-9]{25,59}\b)"
)
"""An account written into a definition: an IBAN, an Ethereum-style wallet, a Bitcoin bech32 address."""
_PAY_VERB = (
    r"(?:set|change|replace|replaced|switch|swap|use|send|transfer|route|pay|paid|redirect|wire|deposit|credit"
    r"|direct|changed|switched|swapped|routed|sent|credited|remplace|cambia|ändere|ersetze|sostituisci|substitua)"
)
_EXAMPLE = r"(?:e\.g\.|eg\b|for\s+example|for\s+instance|such\s+as|example|like\b|z\.\s?b\.|p\.\s?ej\.|par\s+exemple)"
_COMMAND = (
    r"(?:\brm\s+-(?:rf|fr|r)\s+(?:--no-preserve-root\s+)?(?:/|~|\$\{?home|\*|\.(?:\s|$|[`'\"])|\.\./)"
    r"|\bnc(?:at)?\s+(?:-\w+\s+)*-e\b|/dev/tcp/|\bbash\s+-i\b|\bmkfs\b|\bdd\s+if=|\bchmod\s+(?:-r\s+)?777\b"
    r"|\bdrop\s+(?:table|database|schema)\b|\btruncate\s+table\b|-(?:enc|encodedcommand)\s+[a-z0-9+/=]{16,}"
    r"|\binvoke-expression\b|\biex\s*\(|\bgit\s+push\s+(?:\S+\s+){0,2}?(?:-f|--force)\b|\bpush\s+(?:\w+\s+){0,3}?"
    r"--force\b|:\(\)\s*\{)"
)
"""A command that destroys data or opens a shell to another host (as written in a definition): `rm -rf` of a root,
a home or everything (not of a project's `node_modules`)."""
_PIPED_SHELL = r"\b(?:curl|wget)\b[^|\n]{0,160}\|\s*(?:sudo\s+)?(?:ba|z|da)?sh\b"
"""A script fetched and run at once (`curl ... | sh`): an install step in a README, an order when a definition
slips it in after the tool's own job."""
_ORDER = (
    r"(?:run|execute|call|invoke|append|add|type|enter|paste|pipe|issue|prepend|insert|launch|always|also|then"
    r"|ejecuta|exécute|führe|esegui|execute)"
)
_WARNED = r"(?:never|not|n't|refuse\w*|block\w*|reject\w*|forbid\w*|dangerous|such\s+as|e\.g\.|like|avoid|unless)"
_RECORDS = (
    r"(?:passport\s+(?:numbers?|details|data)|social\s+security\s+numbers?|ssns?|national\s+id(?:\s+numbers?)?"
    r"|dates?\s+of\s+birth|home\s+address(?:es)?|card\s+numbers?|cvvs?|bank\s+(?:account\s+)?(?:numbers?|details)"
    r"|ibans?|medical\s+(?:records?|history)|diagnos[ie]s|health\s+(?:data|records?)|phone\s+numbers?|salar(?:y|ies)"
    r"|tax\s+ids?|driver'?s\s+licen[cs]e\s+numbers?|student\s+ids?|grades|transcripts?|login\s+details)"
)
"""Records about people that have no business in another field or another party's hands."""
_FIELD = (
    r"(?:[`'\"]?[a-z0-9]+(?:[_-][a-z0-9]+)+[`'\"]?|[`'\"][a-z0-9]+[`'\"]|(?:the\s+)?\w+\s+(?:field|parameter|argument"
    r"|param|property|tool)|https?://|\S+@\S+)"
)
"""Where something is put: a named field or tool (`booking_notes`, "the notes field"), an address or a URL."""
_SECRETS = r"(?:secrets?|keys?|tokens?|passwords?|credentials?|api\s+keys?|private\s+keys?|passphrases?)"
_ENV_NAME = r"\$?\{?[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:api_key|key|token|secret|password|passwd|pat|credentials?)\b"
_REPLY = (
    r"(?:reply|response|answer|output|message|note|comment|field|argument|parameter|request|body|summary|result"
    r"|sidenote|log)"
)
_MESSAGES = r"(?:messages?|prompts?|keystrokes|questions|queries|inputs?|conversations?|chats?|replies|typing)"
_MOVED = (
    r"(?:sent|forwarded|copied|posted|logged|passed|mirrored|relayed|uploaded|streamed|send|forward|copy|post|log"
    r"|pass|mirror|relay|upload|stream)"
)
_DEVICE = (
    r"(?:web\s*cam(?:era)?|cameras?|microphones?|mic|location(?:\s+tracking)?|gps|screen\s+(?:recording|capture"
    r"|sharing)|key\s*logg\w*)"
)
_HUMAN = (
    r"(?:pharmacist|manager|doctor|physician|human|supervisor|compliance|legal|security|teacher|admin(?:istrator)?"
    r"|owner|reviewer|two-?person|four-?eyes|dual|fraud|kyc|aml|sanctions?|age|identity|parental|clinician|nurse)"
)
_CONTROL = (
    r"(?:review|approval|sign-?off|check|checks|verification|screening|control|controls|step|confirmation"
    r"|consent)"
)
_MATERIAL = (
    r"(?:polic(?:y|ies)|fees?|charges?|risks?|side[\s-]effects?|interest(?:\s+rates?)?|costs?|commissions?|terms"
    r"|penalt(?:y|ies)|warnings?|recalls?|cancellation\s+\w+|refund\s+rights?|withdrawal\s+rights?|apr"
    r"|contraindications?|interactions?|fine\s+print|conflicts?\s+of\s+interest|sponsorships?|affiliate\s+\w+"
    r"|integrity\s+\w+|plagiarism\s+\w+)"
)
"""What a user is owed to hear about: fees, risks, side effects, interest, the terms, an integrity policy."""
_GUARDS = (
    r"(?:alert(?:\s+rules?)?|alarms?|monitoring|audit\s+logs?|audit\s+logging|firewall|antivirus|edr|mfa|2fa"
    r"|detections?|detection\s+rules?|guardrails?|intrusion\s+\w+)s?\b"
)
"""What watches over a system: alerts, monitoring, audit logs, firewall, antivirus, MFA."""
_NOT_A_LIMIT = (
    r"(?![^.\n]{0,80}?\b(?:cannot|can'?t|could\s+not|not\s+(?:be\s+)?(?:shown|available|possible|allowed|supported"
    r"|displayed|revealed|shared)|stored|masked|hidden|redacted|encrypted|kept\s+(?:secret|private)|requires?|needs?"
    r"|limited|rate[\s-]limited)\b)"
)
"""Not what the tool cannot do or how it keeps a secret ("tell them it is stored in the keychain and cannot be
shown"): an answer about the tool's limits steers nobody."""
_RIVALS = (
    r"(?:lenders?|banks?|brands?|products?|providers?|vendors?|airlines?|hotels?|chains?|stores?|shops?|options?"
    r"|plans?|funds?|insurers?|doctors?|clinics?|pharmac\w+|schools?|courses?|companies|sellers?|retailers?"
    r"|carriers?|services?|alternatives?|competitors?|brokers?|exchanges?|agencies|universit(?:y|ies)|tutors?)"
)
_DOMAIN = (
    r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|info|biz|xyz|app|site|shop|top"
    r"|store|online|deals|travel|finance|health)\b"
)

_WHOM = (
    r"(?:users?|customers?|clients?|owners?|patients?|famil(?:y|ies)|members?|buyers?|holders?|policyholders?|anglers?"
    r"|drivers?|travell?ers?|tenants?|callers?|cardholders?|account\s+holders?|students?|parents?|guests?|riders?"
    r"|applicants?|voters?|couples?|donors?|investors?|shoppers?|readers?|viewers?|pilots?|farmers?|players?)"
)
"""The person an answer is for."""

RULES: tuple[Rule, ...] = (
    # a result told as fine when it is not ("if a result is outside the normal range, describe it as normal")
    rule(
        r"\b(?:if|when|whenever|where|should|once|in\s+case)\b[^.\n]{0,80}?\b"
        + _BAD
        + r"\b[^.\n]{0,60}?,?\s*(?:you\s+(?:must|should)\s+"
        r"|always\s+|just\s+|simply\s+)?" + _NOT + r"\b" + _SHOW + r"\s+(?:it|them|this|that|these|those|the\s+\w+"
        r"(?:\s+\w+)?)(?:\s+to\s+(?:the\s+)?\w+)?\s+as\s+" + _OK,
        ("answer_steering", 0.7),
    ),
    rule(
        _NOT + r"\b(?:describe|report|present|label|mark|classify|list|show|record|log|rate|flag|display|declare)\s+"
        r"(?:every|each|all|any|it|them|this|the)\b[^.\n]{0,50}?\bas\s+" + _OK + r"[^.\n]{0,80}?\b(?:even\s+(?:if|when"
        r"|though)|regardless|whatever|no\s+matter|irrespective)\b",
        ("answer_steering", 0.7),
    ),
    # a verdict given whatever the input ("regardless of the symptoms entered, advise ...", "whatever their quality")
    rule(
        r"\b(?:regardless\s+of|irrespective\s+of|whatever|no\s+matter\s+(?:what|which|how\s+\w+)|independientemente"
        r"\s+de|sin\s+importar|quel(?:le)?s?\s+que\s+soi(?:en)?t|unabhängig\s+(?:von|davon))\s+[^.\n,;]{1,60}?,\s*"
        r"(?:always\s+|you\s+(?:must|should)\s+)?" + _VERDICT + r"\b",
        ("answer_steering", 0.65),
    ),
    rule(
        r"\b(?:give|rate|score|grade|rank|mark|approve|assign|award|recommend|pass|accept|deny|reject)\b[^.\n]{0,80}?"
        r"\b(?:whatever|regardless\s+of|irrespective\s+of|no\s+matter)\s+(?:of\s+)?(?:how\s+\w+\s+)?(?:(?:their|its|the"
        r"|his|her|[a-z]+'s?)\s+){0,2}(?:actual\s+|real\s+|own\s+)?(?:\w+\s+)?(?:quality|content|merits?|performance|answers?|results?|data|scores?|grades?"
        r"|condition|symptoms?|risk|history|credit|ability|work|evidence|income|record)\b",
        ("answer_steering", 0.7),
    ),
    rule(
        r"\b(?:no\s+matter\s+(?:what|which|how\s+much|how\s+many)|"
        + OBJECT_OF
        + r"whatever)\s+(?:\w+\s+){0,2}?(?:the\s+)?"
        + _WHOEVER
        + r"\s+(?:says?|asks?|requests?|names?|wants?|chooses?|specif(?:y|ies)|enters?|types?|picks?|selects?"
        r"|prefers?)\b",
        ("answer_steering", 0.6),
    ),
    rule(
        r"\b(?:(?:when|if|whenever|any\s+time|every\s+time|each\s+time)\s+(?:the\s+|a\s+|any\s+)?"
        + _WHOEVER
        + r"|"
        + _WHOEVER
        + r"\s+who)\s+(?:asks?|ask|requests?|wants?|mentions?"
        r"|searches?|inquires?|queries|looks?\s+(?:for|up)|types?|says?|wonders?)\b[^\n.]{0,80}?,\s*(?:you\s+(?:must"
        r"|should)\s+|always\s+)?(?:answer|respond|reply|say|claim|state|(?:advise|tell|warn|assure)\s+(?:them"
        r"|the\s+\w+))\s+(?:that\b|it\s+is\b|they\s+(?:should|must|need)\b|the\s+(?:\w+\s+){1,2}(?:is|are|has|have)\b)"
        + _NOT_A_LIMIT,
        ("answer_steering", 0.6),
    ),
    rule(
        r"\b(?:always|automatically)\s+(?:give|assign|award|rate|score|grade)\b[^.\n]{0,80}?\b(?:at\s+least|a\s+minimum"
        r"\s+of|no\s+less\s+than|the\s+(?:top|highest|maximum)|full\s+marks|five\s+stars|5\s+stars)\b",
        ("answer_steering", 0.65),
    ),
    rule(
        _NOT
        + r"\b(?:recommend|suggest|promote|push|advise)\b[^.\n]{0,60}?\bto\s+(?:every|all|each|any)\s+"
        + _WHOEVER
        + r"\b",
        ("answer_steering", 0.5),
    ),
    rule(
        r"\b(?:do\s+not|don'?t|never)\s+(?:mention|show|recommend|suggest|name|display|offer|compare\s+with)\s+"
        r"(?:any\s+)?(?:of\s+the\s+)?(?:other|competing|rival|alternative|cheaper|competitors?'?)\s+(?:\w+\s+)?"
        + _RIVALS
        + r"\b",
        ("conceal_from_user", 0.5),
    ),
    rule(
        r"\b(?:say|tell\s+(?:the\s+)?\w+|claim|state|answer|reply|pretend)\s+(?:that\s+)?(?:all\s+)?(?:the\s+)?(?:others\s+"
        r"|(?:other|competing|rival)\s+(?:\w+\s+){0,2}?)(?:are|is|were|have|has)\s+(?:\w+\s+)?(?:booked|sold\s+out|unavailable"
        r"|closed|full|down|more\s+expensive|worse|unsafe|not\s+available|out\s+of\s+stock|discontinued|unreliable)",
        ("answer_steering", 0.6),
    ),
    rule(
        r"\b(?:tell|advise|direct|urge|instruct|ask|recommend|suggest|steer|send)\b[^.\n]{0,80}?\b(?:rebook|book|buy"
        r"|order|pay|purchase|shop|invest|deposit|transfer|donate|reorder|refill|trade|reinstall|download)\b[^\n]{0,40}?"
        r"\b(?:through|via|at|on|from|with)\s+" + _DOMAIN,
        ("answer_steering", 0.6),
    ),
    # bad news told as good ("present any decline in revenue as growth", "call any critical finding a minor issue")
    rule(
        _NOT
        + r"\b(?:present|describe|report|frame|portray|spin|show|call|label|list|treat|record|log|count)\s+(?:any|every"
        r"|each|all|the|a)\s+(?:\w+\s+){0,3}?(?:declines?|drops?|loss|losses|falls?|decreases?|failures?|deficits?"
        r"|downturns?|errors?|breach(?:es)?|incidents?|outages?|delays?|vulnerabilit(?:y|ies)|findings?|risks?"
        r"|side[\s-]effects?|complaints?|defects?|violations?)\b[^.\n]{0,40}?\b(?:as\s+)?(?:an?\s+)?(?:\w+\s+)?"
        r"(?:growth|gains?|profits?|increases?|successe?s?|improvements?|positive|minor|harmless|normal|expected|resolved"
        r"|stable|cosmetic|style\s+issues?|low[\s-]risk|fine|safe|complete|informational)\b",
        ("answer_steering", 0.7),
    ),
    rule(
        r"\b(?:whatever|regardless\s+of|no\s+matter|irrespective\s+of)\s+(?:what\s+)?(?:the\s+)?(?:figures|data|numbers"
        r"|results?|facts|evidence|findings|metrics|readings?|measurements?|reviews?|scan|tests?|analysis|sources?|feeds?"
        r"|scanners?|sensors?|logs?|labs?|reports?|tools?)\s+"
        r"(?:shows?|says?|indicates?|suggests?|reveals?|finds?|returns?)\b"
        r"|\b(?:the\s+)?(?:conclusion|answer|verdict|recommendation|rating|diagnosis|outcome)\s+(?:is|must\s+be|should\s+be"
        r"|will\s+be)\s+always\b",
        ("answer_steering", 0.65),
    ),
    # the user's secrets asked for where the tool has no need of them
    rule(
        _NOT + r"\b(?:ask|request|collect|obtain|get|prompt)\s+(?:the\s+)?(?:\w+\s+)?(?:for\s+)?(?:their|the\s+\w+'s"
        r"|the\s+\w+s'|your|his|her|the|an?)\s+(?:[\w-]+\s+){0,2}?(?:cvv|cvc|cv2|card'?s?\s+cvc|bank\s+pin|card\s+pin|atm\s+pin"
        r"|pin\s+number|online\s+banking\s+password|banking\s+password|bank\s+password|full\s+card\s+number"
        r"|card\s+security\s+code|seed\s+phrase|recovery\s+phrase|mnemonic)\b",
        ("credential_request", 0.7),
    ),
    rule(
        r"\b(?:cvv|cvc|cv2|card\s+security\s+code|card\s+pin|atm\s+pin|bank\s+pin)s?\b[^.\n]{0,60}?\b(?:(?:required|needed)"
        r"\s+to\s+(?:search|look\s*up|find|filter|verify|continue|answer|proceed|log\s*in)|before\s+(?:answering|searching"
        r"|responding|continuing))",
        ("credential_request", 0.65),
    ),
    # an absolute claim told to the people the tool serves ("tell travellers from any country that no visa is
    # required", "respond that none exist", "patients ... should be told it is just stress")
    rule(
        r"\b(?:tell|(?:should|must|are\s+to|is\s+to)\s+be\s+told|say|state|claim|respond|answer|reply|assure|inform)\b"
        r"(?![^.\n]{0,30}?\bif\s+(?:the\s+)?(?:search"
        r"|query|lookup|call|tool|request|result|it|nothing|no\b|there))[^.\n]{0,60}?\b(?:that\s+)?(?:it\s+is\s+(?:just"
        r"|only|nothing)|(?:\w+\s+){0,4}?(?:none\s+exists?|none\s+(?:is|are)|no\s+\w+\s+(?:is|are)\s+(?:required|needed"
        r"|necessary|available|possible)|(?:is|are)\s+(?:unavailable|outdated|obsolete|unsafe|inferior|unreliable|a\s+scam"
        r"|fake|illegal|not\s+(?:needed|required|necessary|available|covered))"
        r"|(?:do|does)\s+not\s+need|don'?t\s+need|doesn'?t\s+need|there\s+(?:is|are)\s+no\b))"
        r"(?:[^.\n]{0,40}?\b(?:any|every|all|each|always)\b)?",
        ("answer_steering", 0.55),
        boost=(r"\b(?:any|every|all|each|always|no\s+matter|regardless|be\s+told)\b|\bnone\s+exist", 0.65),
    ),
    rule(
        r"\bbut\s+(?:tell|inform|assure|say\s+to)\s+(?:the\s+)?\w+\s+(?:that\s+)?(?:it|they|this|the\s+\w+)\s+(?:was|were|is"
        r"|are|has\s+been|have\s+been)\b",
        ("answer_steering", 0.65),
    ),
    # figures changed before the user sees them
    rule(
        _NOT
        + r"\b(?:multiply|divide|inflate|raise|lower|increase|decrease|reduce|double|triple|round\s+up|mark\s+up)\s+"
        r"(?:the\s+|every\s+|each\s+|all\s+|any\s+)?(?:computed\s+|calculated\s+|final\s+|shown\s+|reported\s+|real\s+"
        r"|actual\s+)?(?:\w+\s+)?(?:doses?|dosages?|prices?|amounts?|totals?|fees?|scores?|grades?|balances?|bills?|charges?"
        r"|salar(?:y|ies)|premiums?|quotes?)\b[^.\n]{0,30}?\b(?:by|to)\s+(?:an?\s+)?\d+(?!\s+to\s+(?:get|convert|express))",
        ("data_tampering", 0.6),
        boost=(r"\bbefore\s+(?:showing|displaying|returning|reporting|presenting)|\bsilently|\bquietly", 0.7),
    ),
    rule(
        r"\badd\s+(?:an?\s+)?(?:\d+(?:\.\d+)?\s*%|hidden|extra|small|secret)\s+(?:\w+\s+)?(?:surcharge|fee|markup|commission"
        r"|charge|premium)\s+to\s+(?:every|each|all|any)\b",
        ("data_tampering", 0.65),
    ),
    rule(
        r"\b(?:do\s+not|don'?t|never)\s+(?:list|show|itemi[sz]e|display|break\s+out|mention)\s+(?:it|this|that|them"
        r"|the\s+\w+)\s+separately\b",
        ("conceal_from_user", 0.6),
    ),
    # people or submissions judged by who or where they are, not by what they are
    rule(
        _NOT
        + r"\b(?:mark|flag|rank|rate|score|grade|classify|label|treat|reject|deny|approve|whitelist|allowlist|trust"
        r"|accept|fail|pass)\s+(?:all\s+|every\s+|any\s+|each\s+)?(?:\w+\s+)?(?:applicants?|candidates?|students?"
        r"|patients?|users?|customers?|borrowers?|tenants?|employees?|essays?|submissions?|papers?|claims?|files?"
        r"|transactions?|reviews?|apps?|packages?|binaries|emails?|travell?ers?|members?)\s+(?:from|with|by|signed\s+by"
        r"|of|named|whose|that|who|in|at)\s+[^.\n]{1,40}?\s+(?:as\s+(?:plagiari[sz]ed|fraud\w*|safe|clean|trusted|failed"
        r"|failing|approved|rejected|spam|malicious|high[\s-]risk|low[\s-]risk|suspicious|ineligible|eligible|benign)"
        r"|lower|higher|below|above|down)\b",
        ("answer_steering", 0.6),
    ),
    rule(
        _NOT + r"\b(?:whitelist|allowlist|trust|approve|pass|ignore|skip|accept)\s+(?:all\s+|every\s+|any\s+|each\s+)?"
        r"(?:\w+\s+){0,2}?(?:signed|sent|made|published|from|by|of)\b[^.\n]{0,50}?\beven\s+(?:when|if|though)\s+(?:it|they"
        r"|the\s+\w+)\s+(?:is|are|was|were|gets?)\s+(?:flagged|detected|malicious|suspicious|infected|failing|blocked)",
        ("answer_steering", 0.7),
    ),
    # security switched off for everyone ("open port 22 to 0.0.0.0/0", "disable the alert rules", admin to an account)
    rule(
        _NOT
        + r"\b(?:open|expose|allow)\s+(?:\w+\s+){0,3}?(?:to|from)\s+(?:0\.0\.0\.0/0|::/0|the\s+(?:whole\s+)?internet"
        r"|anyone|everyone|all\s+ips?)\b",
        ("dangerous_command", 0.65),
    ),
    rule(
        r"\b(?:after|before|then|also|whenever|first|quietly|silently|secretly|additionally)\b[^.\n]{0,60}?"
        + _NOT
        + r"\b(?:disable|turn\s+off|mute|silence|suppress|stop)\s+(?:the\s+|all\s+|any\s+|every\s+)?(?:\w+\s+){0,2}?"
        + _GUARDS
        + r"|"
        + _NOT
        + r"\b(?:disable|turn\s+off|mute|silence|suppress|stop)\s+(?:the\s+|all\s+|any\s+|every\s+)?(?:\w+\s+){0,2}?"
        + _GUARDS
        + r"[^.\n]{0,40}?\b(?:that|which)\s+(?:mention|reference|flag|concern|detect|match|cover|watch)\w*\s+"
        r"(?:this|our|its|the\s+\w+\s+(?:this|our))\b",
        ("dangerous_command", 0.6),
    ),
    rule(
        _NOT
        + r"\b(?:attach|grant|give|assign|add)\s+(?:the\s+)?(?:administratoraccess|admin(?:istrator)?(?:\s+rights)?"
        r"|root|owner|superuser|full[\s-]access|\*:\*)\s+(?:\w+\s+){0,2}?(?:to|for)\s+(?:the\s+)?(?:account|user|role"
        r"|key|principal)\s+[`'\"]?[\w.-]+",
        ("dangerous_command", 0.65),
    ),
    # extras bought or booked for the user, and claims made about a product
    rule(
        r"\b(?:sign|enrol+|subscribe|register|opt)\s+(?:them|the\s+\w+|users?|customers?|everyone|him|her)\s+(?:up\s+|in\s+)?"
        r"(?:for|to|in|into)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}?(?:plan|subscription|tier|membership|package"
        r"|add-?on|insurance|program(?:me)?|newsletter|trial)\b[^.\n]{0,30}?\b(?:too|also|as\s+well|automatically|without)\b",
        ("approval_bypass", 0.6),
    ),
    rule(
        r"\b(?:book|buy|order|choose|pick|select|reserve)\s+(?:the\s+)?(?:most\s+expensive|priciest|costliest"
        r"|highest[\s-]priced)\b",
        ("answer_steering", 0.5),
    ),
    rule(
        r"\b(?:do\s+not|don'?t|never|without)\s+(?:ask(?:ing)?|check(?:ing)?\s+with|consult(?:ing)?|confirm(?:ing)?\s+with)"
        r"\s+(?:the\s+)?(?:user|travell?er|customer|patient|student|client|buyer|owner|them)\s+(?:first|beforehand)\b",
        ("approval_bypass", 0.5),
    ),
    rule(
        r"\b(?:describe|present|advertise|market|call|label|promote)\s+(?:it|them|this|the\s+\w+)\s+as\s+(?:clinically"
        r"\s+proven|fda[\s-]approved|guaranteed|risk-?free|doctor[\s-]recommended|scientifically\s+proven|certified"
        r"|officially\s+\w+)",
        ("answer_steering", 0.6),
    ),
    rule(
        r"\bonly\s+(?:ever\s+)?(?:suggest|recommend|show|list|book|offer|mention|promote)\s+[a-z0-9-]+\b",
        ("answer_steering", 0.45),
    ),
    rule(
        r"\b(?:every|each|all)\s+(?:\w+\s+)?(?:plans?|answers?|responses?|recommendations?|itinerar(?:y|ies)|menus?"
        r"|meal\s+plans?|routines?)\s+(?:must|should|shall)\s+(?:always\s+)?(?:include|contain|mention|feature|recommend)\b",
        ("answer_steering", 0.45),
    ),
    # secrets kept or shown where they do not belong
    rule(
        _NOT
        + r"\b(?:store|put|write|copy|log|save|include|place|send|record|dump|paste|echo)\s+(?:every|each|all|any)\s+"
        r"(?:\w+\s+)?" + _SECRETS + r"\b[^.\n]{0,40}?\b(?:in|into|to|as)\s+(?:the\s+)?" + _FIELD,
        ("exfiltration", 0.65),
    ),
    rule(
        _NOT
        + r"\b(?:include|add|append|show|print|put|paste|echo)\b[^.\n]{0,80}?\b(?:credentials|passwords?|pins?|cvvs?"
        r"|private\s+keys?|api\s+keys?|secret\s+keys?|access\s+tokens?|session\s+tokens?)\s+(?:in|into|to|with)\s+(?:each"
        r"|every|all|any|the|your)\s+(?:answer|response|reply|message|output)s?\b",
        ("data_request", 0.65),
    ),
    # a result told whatever it is ("reply that the connection is encrypted anyway", "reported as benign no matter
    # what the feeds say")
    rule(
        r"\b(?:reply|respond|answer|say|state|claim|report(?:ed)?|tell|told|assure|describe[ds]?|present(?:ed)?|mark(?:ed)?"
        r"|label(?:l?ed)?|classif(?:y|ied)|rated?)\b[^.\n]{0,80}?\b(?:anyway|no\s+matter\s+what\s+(?:the|it|they))\b",
        ("answer_steering", 0.65),
    ),
    rule(
        r"\b(?:recommend|advise|tell|suggest|urge)\s+(?:that\s+)?(?:the\s+|all\s+|every\s+)?(?:users?|patients?|them|people"
        r"|everyone|customers?)\s+(?:to\s+|should\s+)?(?:stop|discontinue|quit|skip|double|halve|reduce|increase)\s+"
        r"(?:taking\s+)?(?:their\s+|any\s+)?(?:prescribed|prescription|medications?|medicines?|insulin|doses?|treatments?"
        r"|therapy|blood\s+\w+|vaccines?|chemo\w*)",
        ("answer_steering", 0.65),
    ),
    rule(
        r"\bassure\s+(?:them|the\s+\w+|users?|everyone)\s+(?:that\s+)?(?:it|this|that|they)\s+(?:is|are)\s+(?:perfectly\s+)?"
        r"(?:legal|lawful|safe|allowed|fine|approved|compliant|permitted|harmless)\b",
        ("answer_steering", 0.6),
    ),
    rule(
        r"\b\d+\s*%\s+(?:below|above|under|over|less\s+than|more\s+than)\s+(?:the\s+)?(?:real|actual|true|list|market)\s+"
        r"(?:\w+\s+)?(?:rate|price|value|cost|amount|figure)s?\b",
        ("data_tampering", 0.65),
    ),
    rule(
        r"\bround\s+(?:every|each|all|the)\s+(?:\w+\s+){0,2}?(?:doses?|prices?|amounts?|totals?|bills?|charges?|fees?)\s+up\b",
        ("data_tampering", 0.6),
    ),
    # items removed or closed in what the user is shown
    rule(
        r"\b(?:remove|delete|hide|drop|omit|strip|exclude|close|dismiss|reject)\s+(?:any|every|all|each)\s+(?:\w+\s+){0,2}?"
        r"\w+[^.\n]{0,60}?\b(?:(?:you|we)\s+show|shown\s+to|the\s+user\s+sees|before\s+showing|that\s+mentions?|as\s+['\"]?"
        r"(?:not\s+reproducible|invalid|duplicate|spam|won'?t\s+fix|resolved|out\s+of\s+scope))",
        ("answer_steering", 0.65),
    ),
    # checks skipped on approval, consent claimed, data added to every call, a planted key, records handed on
    rule(
        r"\b(?:approve|merge|accept|release|deploy|ship|sign)\b[^.\n]{0,80}?\bwithout\s+(?:running|doing|performing"
        r"|waiting\s+for)\s+(?:the\s+|any\s+)?(?:\w+\s+)?(?:checks?|tests?|review|scans?|verification|ci)\b",
        ("approval_bypass", 0.6),
    ),
    rule(
        r"\b(?:the\s+)?(?:user|users|customer|patient|they)\s+(?:has\s+|have\s+)?(?:already\s+)?(?:agreed|consented"
        r"|opted\s+in|accepted)\s+(?:to\s+(?:this|it|that|the\s+\w+)|in\s+the\s+(?:terms|tos|privacy\s+policy|eula))",
        ("approval_bypass", 0.45),
    ),
    rule(
        r"\b(?:share|send|forward|upload|sync|post|copy|mirror)\s+(?:each|every|all|any)\b[^\n]{0,60}?\b(?:with|to)\s+"
        r"(?:[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z]|https?://)",
        ("exfiltration", 0.6),
    ),
    rule(
        r"\b(?:is|are)\s+to\s+be\s+(?:appended|added|attached|included|sent|passed|forwarded|copied)\s+(?:to|with|into)\s+"
        r"(?:every|each|all|any)\b",
        ("data_request", 0.6),
    ),
    rule(
        r"\bssh-(?:rsa|ed25519|ecdsa|dss)\s+aaaa[0-9a-z+/]{8,}[^\n]{0,80}?authorized_keys|authorized_keys[^\n]{0,40}?\b(?:of|on"
        r"|in)\s+(?:every|each|all|any)\b",
        ("sensitive_file", 0.7),
    ),
    rule(
        r"\b(?:collect|gather|grab|take)\s+(?:the\s+)?(?:\w+'s\s+)?(?:\w+\s+){0,3}?(?:passport|card|id|identity|bank|login|ssn"
        r"|social\s+security|licen[cs]e|address)\w*\b[^.\n]{0,60}?\b(?:submit|send|pass|post|upload|forward|put)\s+(?:them"
        r"|it|these|this)\s+(?:through|via|to|into|with|in)\s+[`'\"]?[a-z0-9]+(?:_[a-z0-9]+)+",
        ("data_request", 0.7),
    ),
    rule(
        r"\b(?:before|after|then|also|first|additionally|so\s+(?:that\s+)?)\b[^.\n]{0,60}?\b(?:run|execute|invoke|call)\b"
        r"[^.\n]{0,40}?(?:kubectl\s+delete|terraform\s+destroy|git\s+reset\s+--hard|git\s+clean\s+-\w*f|docker\s+(?:system\s+)?"
        r"prune|helm\s+(?:uninstall|delete))\b",
        ("dangerous_command", 0.65),
    ),
    # a destructive act added after the tool's own job, on everything, unasked
    rule(
        r"\b(?:call|run|invoke|use)\s+[`'\"]?(?:[a-z]+_)?(?:delete|cancel|refund|archive|close|remove|purge|wipe|drop|revoke"
        r"|void|transfer|pay|deactivate|unsubscribe)\w*[`'\"]?\s+(?:on|for|with|against)\s+(?:all|every|each|any)\b",
        ("cross_tool", 0.7),
    ),
    rule(
        _NOT
        + r"\b(?:delete|archive|cancel|refund|close|remove|purge|wipe|void|revoke|deactivate|unsubscribe|reject)\s+"
        r"(?:all|every|each|any)\s+(?:of\s+)?(?:the\s+)?(?:\w+'s\s+)?(?:\w+\s+){0,2}?\w+[^.\n]{0,60}?\bwithout\s+"
        r"(?:asking|confirmation|confirming|telling|checking)",
        ("approval_bypass", 0.65),
    ),
    # another tool's act made to carry an outside address ("whenever any mail tool sends a message, add cc: ...")
    rule(
        r"\b(?:whenever|when|every\s+time|each\s+time|any\s+time|if)\s+(?:any|another|other|a|the)\s+(?:\w+\s+){0,2}?"
        r"(?:tool|function|server|integration)s?\s+(?:\w+\s+){0,2}?(?:sends?|creates?|posts?|writes?|runs?|calls?|makes?"
        r"|uploads?|opens?|submits?|is\s+(?:called|used))\b[^\n]{0,80}?(?:[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z]|https?://)",
        ("cross_tool", 0.7),
    ),
    # the same in Chinese, Japanese and Korean: kept from the user, read from a secret file, sent out, put in a field
    rule(
        r"(?:不要|别|勿|不得|无需)(?:告诉|通知|提醒|告知)(?:用户|使用者)|(?:ユーザー|利用者)(?:には|に)(?:伝え|知らせ|言わ|通知し)ない"
        r"|사용자에게\s*(?:알리지|말하지)\s*(?:마|않)",
        ("conceal_from_user", 0.6),
        wide=True,
    ),
    rule(
        r"(?:发送|发给|转发|上传|寄到|送到|送信|転送|アップロード|보내|전송)[^。\n]{0,20}?(?:[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z]|https?://)"
        r"|(?:[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}|https?://\S+)\s*(?:に|へ|로|으로)?[^。\n]{0,6}?"
        r"(?:发送|转发|送信|転送|送って|보내)",
        ("network_request", 0.55),
        wide=True,
    ),
    rule(
        r"(?:通讯录|联系人|聊天记录|对话记录|密码|私钥|连絡先|連絡先|会話履歴|パスワード|秘密鍵|연락처|대화\s*기록|비밀번호)"
        r"[^。\n]{0,30}?(?:发送|发给|转发|上传|放入|填入|写入|送信|転送|入れ|含め|貼り付け|보내|넣어)"
        r"|(?:内容|中身|内容を)[^。\n]{0,20}?(?:パラメータ|引数|フィールド|欄|参数|字段)[^。\n]{0,6}?(?:入れ|含め|設定|追加|放入|填入|写入)"
        r"|(?:読み取|読み込|読んで|開いて|读取|打开|复制|읽어)[^。\n]{0,30}?(?:\.ssh|id_rsa|\.env|\.aws|credentials|\.netrc"
        r"|\.npmrc|\.gitconfig)|(?:\.ssh|id_rsa|\.aws|credentials|\.netrc|\.npmrc|\.gitconfig)\S*\s*(?:を|的)?[^。\n]{0,10}?"
        r"(?:読み取|読み込|読んで|開いて|读取|打开|复制|읽어)",
        ("data_request", 0.6),
        wide=True,
    ),
    # what the user is owed to hear, kept from them; findings about a sponsor left out
    rule(
        r"(?:\b(?:do\s+not|don'?t|never)\s+(?:mention|disclose|reveal|show|display|tell\s+(?:them|the\s+\w+)\s+about)"
        r"|"
        + _NOT
        + r"\b(?:hide|conceal|obscure|bury))\s+(?:the\s+|any\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?"
        + _MATERIAL
        + r"\b",
        ("conceal_from_user", 0.6),
    ),
    rule(
        _NOT + r"\b(?:omit|leave\s+out|exclude|drop|remove|suppress|hide|skip|filter\s+out|censor|strip)\s+(?:any|all"
        r"|every|each|the)\s+(?:\w+\s+){0,2}?(?:findings?|vulnerabilit(?:y|ies)|issues?|warnings?|errors?|results?"
        r"|reviews?|complaints?|incidents?|side[\s-]effects?|risks?|alerts?|recalls?|lawsuits?|violations?|defects?)\b"
        r"[^.\n]{0,80}?\b(?:related\s+to|about|concerning|involving|mentioning|that\s+(?:mention|involve|concern|affect"
        r"|name)|of|from|for|on|against)\s+(?:the\s+|our\s+|its\s+|this\s+)?(?:vendor|sponsor|partner|our|own|company"
        r"|brand|manufacturer|maker|publisher|advertiser|owner|operator)",
        ("answer_steering", 0.65),
    ),
    # amounts changed against what the user asked
    rule(
        _NOT + r"\b(?:set|change|make|multiply|increase|raise|inflate|double|triple|bump|alter|adjust|modify|lower"
        r"|reduce|cut)\s+(?:the\s+|every\s+|each\s+|all\s+|any\s+)?(?:\w+\s+)?" + _TAMPERED + r"(?:\s+(?:field|value"
        r"|parameter|argument))?\b[^.\n]{0,60}?\s(?:to|by)\s+(?:\w+\s+){0,2}?(?:times|twice|double|triple|\d+\s*(?:%|percent)|more"
        r"|less|higher|lower|than|what)\b",
        ("data_tampering", 0.65),
    ),
    rule(
        r"\b(?:\w+\s+times|twice|double|triple|half)\s+(?:what|the\s+(?:amount|number|quantity|dose|sum))\s+(?:they"
        r"|the\s+\w+)\s+(?:asked|requested|entered|wanted|specified|typed|ordered|approved)",
        ("data_tampering", 0.6),
    ),
    rule(
        r"\b(?:silently|secretly|covertly|quietly|discreetly|stealthily)\s+(?:subscribe|enrol+|charge|bill|buy"
        r"|purchase|order|book|sign\s+(?:up|\w+\s+up)|register|renew|upgrade|approve|accept|grant|enable|activate"
        r"|turn\s+on|track|store|save|collect|sell|transfer|pay|raise|increase|lower|reduce|cancel|remove|drop|omit"
        r"|skip|disable|mute|unlock|open|invite|share|change|alter)\b",
        ("conceal_from_user", 0.65),
    ),
    # a payment sent to an account the definition names
    rule(
        _NOT + r"\b" + _PAY_VERB + r"\b(?:(?!" + _EXAMPLE + r")[^\n]){0,80}?" + _ACCOUNT,
        ("redirect", 0.75),
    ),
    rule(
        r"\b(?:destination|recipient|payee|beneficiary|receiving)(?:'s)?\s*(?:account|address|iban|wallet|bank\s+details)?"
        r"(?:\s+(?:number|id))?\s+(?:must|should|shall|will|is\s+to|has\s+to)\s+(?:always\s+)?be\s+(?:replaced|changed"
        r"|set|switched|swapped|updated|overwritten|redirected)\s+(?:to|with|by)\b",
        ("redirect", 0.7),
    ),
    # commands that destroy data or open a shell
    rule(
        _NOT + r"\b" + _ORDER + r"\b(?:(?!\b" + _WARNED + r"\b)[^\n]){0,100}?" + _COMMAND,
        ("dangerous_command", 0.7),
    ),
    rule(
        r"\b(?:then|after\w*|before|also|first|always|every|each|whenever|silently|quietly|secretly)\b(?:(?!\bto\s+"
        r"(?:install|set\s+up|get\s+started|update|upgrade)\b)[^\n]){0,80}?" + _PIPED_SHELL,
        ("dangerous_command", 0.65),
    ),
    # reviews and approvals skipped, limits dodged
    rule(
        _NOT
        + r"\b(?:skip|bypass|circumvent|disable|turn\s+off|get\s+around|evade|override)\s+(?:the\s+|any\s+|all\s+)?"
        r"(?:\w+\s+){0,2}?" + _HUMAN + r"(?:'?s)?\s+(?:\w+\s+)?" + _CONTROL + r"\b",
        ("approval_bypass", 0.65),
    ),
    rule(
        r"(?:" + _NOT + r"\b(?:approve|accept|authori[sz]e|sign\s+off|grant|dispense|release|refill)\b[^.\n]{0,60}?"
        r"\bautomatically\b|"
        + _NOT
        + r"\bautomatically\s+(?:approve|accept|authori[sz]e|sign\s+off|grant|dispense)\b)(?![^.\n]{0,80}?"
        + USER_SET_TEXT
        + r")",
        ("approval_bypass", 0.5),
    ),
    rule(
        r"\bsplit\s+(?:it|them|the\s+\w+|each\s+\w+|large\s+\w+)\s+into\s+(?:\w+\s+){0,2}?(?:reports?|payments?|transfers?"
        r"|transactions?|orders?|invoices?|claims?|deposits?|withdrawals?|expenses?|purchases?|amounts?|parts|pieces"
        r"|chunks)\s+(?:each\s+)?(?:under|below|of\s+less\s+than|smaller\s+than|beneath|just\s+under)\b"
        r"|\bso\s+(?:that\s+)?no\s+(?:\w+\s+){0,2}?(?:approval|review|sign-?off|check|alert|flag|limit|audit|threshold"
        r"|report(?:ing)?)\s+(?:is|gets|will\s+be)\s+(?:triggered|needed|required|raised|hit|fired|filed|flagged"
        r"|reached)",
        ("approval_bypass", 0.65),
    ),
    rule(
        r"(?:\bautomatically\b[^.\n]{0,80}?)?\beven\s+(?:when|if)\s+(?:the\s+)?(?:user|they|customer|patient|student"
        r"|client)\s+(?:did\s+not|didn'?t|does"
        r"\s+not|doesn'?t|has\s+not|hasn'?t|have\s+not|haven'?t)\s+(?:ask|request|want|mention|agree|consent|approve"
        r"|enable|opt(?:ed)?\s+in|turn(?:ed)?\s+on|switch(?:ed)?\s+on|choose|chose|select|allow|tick|check)",
        ("approval_bypass", 0.5),
        boost=(r"\bautomatically\b", 0.7),
    ),
    # records, secrets and the user's messages handed to a field, a tool or an address
    rule(
        _RECORDS
        + r"\b[^.\n]{0,40}?\b(?:must|should|shall|are\s+to|will|need\s+to)\s+(?:always\s+)?be\s+(?:\w+\s+and\s+)?"
        r"(?:sent|put|passed|copied|added|included|written|placed|stored|forwarded|appended|logged|uploaded|shared)\s+"
        r"(?:to|in|into|with)\s+(?:the\s+)?" + _FIELD,
        ("data_request", 0.65),
    ),
    rule(
        r"\b(?:every|each|all|any)\s+(?:\w+\s+)?"
        + _SECRETS
        + r"\s+(?:(?:that\s+)?(?:it|you|we|the\s+scan|this\s+tool)\s+)?"
        r"(?:finds?|found|detected|discovered|sees?|seen|encounter\w*|present|spot\w*|notice\w*|come\s+across|came"
        r"\s+across|read|in\s+the\s+(?:code|repo\w*|files?|lockfiles?|logs?|conversation|context|environment|workspace"
        r"|project))\b[^.\n]{0,80}?\b(?:in|into|to|as)\s+(?:the\s+)?" + _FIELD,
        ("exfiltration", 0.7),
    ),
    rule(
        _NOT + r"\b(?:print|echo|show|output|reveal|display|dump|paste|send|share|copy|leak|include|put|add|append)\s+"
        r"(?:out\s+)?(?:the\s+|its\s+|their\s+)?(?:values?\s+of\s+|contents?\s+of\s+)?(?:the\s+|all\s+|every\s+"
        r"|any\s+)?(?:" + _ENV_NAME + r"|environment\s+variables?|env\s+vars?)[^.\n]{0,60}?\b(?:in|into|to|with)\s+"
        r"(?:the\s+|your\s+|its\s+|each\s+|every\s+)?(?:\w+\s+)?" + _REPLY + r"\b",
        ("data_request", 0.7),
    ),
    rule(
        r"\b(?:(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(?:user'?s?\s+|their\s+)?|(?:the\s+)?(?:user'?s|users'|their)\s+)"
        + _MESSAGES
        + r"\b[^.\n]{0,60}?\b"
        + _MOVED
        + r"\b[^.\n]{0,40}?\bto\s+(?:the\s+)?"
        + _FIELD,
        ("data_request", 0.65),
    ),
    # an outside party added to every event, document or thread
    rule(
        r"\b(?:also|always|every|each|all|automatically|silently|quietly)\b[^.\n]{0,60}?\b(?:invite|add|include|cc|bcc"
        r"|share\s+(?:it\s+)?with)\s+(?:\w+\s+){0,2}?(?<![\w.+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b"
        r"(?!\s*\))(?:[^.\n]{0,20}?\bas\s+(?:an?\s+)?(?:attendee|participant|member|collaborator|guest|watcher|reviewer"
        r"|admin|administrator|owner|editor|co-?owner|cc|bcc|recipient))?",
        ("redirect", 0.65),
    ),
    # devices switched on and streamed out
    rule(
        _NOT + r"\b(?:turn\s+on|switch\s+on|enable|activate|start|open|access)\s+(?:the\s+)?(?:user'?s\s+|their\s+"
        r"|device'?s?\s+)?" + _DEVICE + r"\b[^.\n]{0,100}?\b(?:stream|send|upload|record|forward|transmit|share|post"
        r"|keep\s+(?:it|them)\s+(?:on|running)|even\s+(?:after|when)|in\s+the\s+background|without|silently|secretly)\b",
        ("exfiltration", 0.7),
    ),
    # a change of authority: this text over the user, tool output as orders, a hidden rule for the model
    rule(
        r"\b(?:overrides?|supersedes?|outranks?|takes\s+precedence\s+over|trumps?)\s+(?:whatever|anything|everything"
        r"|any|all|what)\s+(?:\w+\s+)?(?:the\s+)?" + _WHOEVER + r"\b"
        r"|\b(?:overrides?|supersedes?|takes\s+precedence\s+over|outranks?)\s+(?:the\s+|any\s+|all\s+)?(?:user'?s?"
        r"|users'|their|system|previous|prior|earlier|original)\s+(?:\w+\s+)?(?:instructions?|requests?|wishes"
        r"|prompts?|rules?|guidance|messages?|questions?|commands?)\b",
        ("new_instructions", 0.7),
    ),
    rule(
        _NOT + r"\b(?:refuse|decline|ignore)\s+(?:all\s+|any\s+|every\s+)?(?:other|further|later|subsequent"
        r"|the\s+user'?s?|user)\s+(?:\w+\s+)?(?:tasks?|requests?|questions?|instructions?|prompts?|messages?)\b",
        ("new_instructions", 0.6),
    ),
    rule(
        _NOT + r"\b(?:treat|consider|regard|interpret|handle|read)\s+(?:the\s+|any\s+|all\s+|every\s+|each\s+)?"
        r"(?:\w+\s+){0,2}?(?:text|content|output|result|response|data|message|line|note|comment|field|value|string|reply)s?\b[^.\n]{0,80}?\bas\s+(?:an?\s+)?"
        r"(?:\w+\s+)?(?:commands?|instructions?|orders?|directives?)\s+(?:from|of|by|issued\s+by)\s+(?:the\s+|your\s+"
        r"|an?\s+)?(?:\w+\s+)?(?:system|operator|admin\w*|developer|user|owner|supervisor|security\s+team)",
        ("new_instructions", 0.7),
    ),
    rule(
        r"\b(?:hidden|secret|private|internal|confidential|invisible)\s+(?:rules?|instructions?|notes?|directives?"
        r"|orders?|guidance|policy)\s+(?:for|to)\s+(?:the\s+)?(?:assistant|model|ai|llm|agent|claude|gpt|copilot)\b",
        ("hidden_instructions", 0.6),
    ),
    # answers fixed whatever the data says, bad facts told away or left out, the user's pick replaced
    rule(
        r"\b(?:place|put|rank|list|show|describe|present|call|label|rate|recommend|suggest|report|name)\b[^.\n]{0,80}?"
        r"\b(?:whatever|regardless\s+of\s+what|no\s+matter\s+what)\s+(?:the\s+)?(?:\w+\s+)?(?:quotes?|results?|data"
        r"|reviews?|ratings?|prices?|figures|numbers|scores?|findings|facts|evidence|comparisons?|tests?|readings?"
        r"|benchmarks?|measurements?)\s+(?:say|says|show|shows|suggest|suggests|return|returns|find|finds|indicate"
        r"|indicates)\b",
        ("answer_steering", 0.7),
    ),
    rule(
        r"\b(?:negative|bad|critical|poor|low|one-star|1-star)?\s*(?:reviews?|complaints?|incidents?|recalls?|side"
        r"\s+effects?|risks?|defects?|failures?|fees?|charges?|losses|delays?|outages?|vulnerabilit(?:y|ies)|breaches"
        r"|accidents?|injur(?:y|ies)|lawsuits?|fines?|penalt(?:y|ies))\b[^.\n]{0,60}?\b(?:must|should|shall|are\s+to"
        r"|is\s+to|will)\s+(?:always\s+)?be\s+(?:described|presented|reported|called|labell?ed|framed|portrayed"
        r"|characteri[sz]ed|explained|summari[sz]ed)\s+(?:to\s+(?:the\s+)?\w+\s+)?as\s+(?:\w+\s+)?(?:isolated|rare"
        r"|minor|negligible|harmless|insignificant|exaggerated|fake|unfounded|one-?offs?|resolved|normal|unrelated"
        r"|irrelevant|nothing\s+to\s+worry|user\s+error|temporary)\b",
        ("answer_steering", 0.7),
    ),
    rule(
        r"\b(?:do\s+not|don'?t|never)\s+(?:mention|show|list|suggest|recommend|include|name)\s+(?:any\s+)?(?:other"
        r"|competing|rival)\s+[\w-]+(?:\s+[\w-]+)?\s+even\s+(?:when|if|though)\s+(?:they|these|those|it|one)\s+(?:are"
        r"|is)\s+(?:closer|cheaper|better|nearer|faster|safer|higher|more|less|open|available|rated)\b",
        ("answer_steering", 0.7),
    ),
    rule(
        r"\b(?:fees?|charges?|costs?|interest|penalt(?:y|ies)|risks?|warnings?|recalls?|defects?|side\s+effects?"
        r"|complaints?|negative\s+\w+|critical\s+\w+|vulnerabilit(?:y|ies)|errors?|failures?|delays?|incidents?"
        r"|surcharges?)\b[^.\n]{0,60}?\b(?:are|is|get|gets|will\s+be|must\s+be|should\s+be)\s+(?:always\s+|quietly\s+"
        r"|silently\s+)?(?:dropped|left\s+out|omitted|removed|excluded|stripped|filtered\s+out|hidden|suppressed"
        r"|kept\s+out)\s+(?:of|from|in)\s+(?:the\s+|any\s+|every\s+|each\s+)?(?:\w+\s+)?(?:summary|summaries|answers?"
        r"|replies|reply|reports?|responses?|overviews?|(?:\w+\s+)?(?:given|shown|sent|read|returned)\s+to\s+(?:the\s+)?"
        r"(?:user|customer|cardholder|patient|client|buyer|member|owner|account\s+holder|traveller|traveler|driver"
        r"|tenant|caller))\b",
        ("conceal_from_user", 0.7),
    ),
    rule(
        r"\b(?:instead|regardless)\b[^.\n]{0,30}?,?\s*(?:whatever|whichever|no\s+matter\s+(?:which|what))\s+(?:[\w-]+\s+)"
        r"{0,3}?(?:is|are|was|were|the\s+(?:user|customer|patient|client|caller)\s+(?:has\s+)?)\s*(?:named|chosen|picked"
        r"|selected|given|requested|asked\s+for|specified|names|chooses|picks|selects|gives|requests|specifies|wants)\b"
        r"|\brather\s+than\s+the\s+(?:[\w-]+\s+){0,3}?(?:on\s+(?:the\s+)?(?:user|patient|customer|client|member|owner)'?s?"
        r"\s+(?:record|file|profile|account)|(?:that\s+|which\s+)?(?:the\s+)?(?:user|patient|customer|client|member"
        r"|caller)\s+(?:chose|named|picked|selected|asked\s+for|requested|specified|prefers|gave))\b",
        ("redirect", 0.7),
    ),
    rule(
        r"\b(?:select|choose|pick|book|set|use|order|buy|apply|enrol+|register|issue|sell|renew|always)\b[^.\n]{0,80}?"
        + OBJECT_OF
        + r"\bwhatever\s+(?:[\w-]+\s+){0,2}?(?:the|this|that|your|their)\s+"
        + _WHOM
        + r"\s+(?:asks?\s+for|asked\s+for"
        r"|says|said|wants|wanted|chooses|chose|picks|picked|selects|selected|requests|requested|names|named|prefers"
        r"|specifies|specified|enters|entered)\b",
        ("answer_steering", 0.7),
    ),
    rule(
        r"\b(?:shown|given|reported|told|displayed|quoted|presented|sent)\s+to\s+(?:the\s+)?" + _WHOM + r"\s+(?:is|are"
        r"|must\s+be|should\s+be|will\s+be)\s+(?:always\s+)?(?:\d+(?:\.\d+)?\s*%|a\s+(?:few|bit|little)(?:\s+\w+)?)"
        r"\s+(?:below|above|lower|higher|less|more|under|over)\b"
        r"|\b(?:rounded|capped|cut|reduced|lowered|raised|inflated|marked\s+up|scaled)\s+(?:down\s+|up\s+)?(?:to|by)\b"
        r"[^.\n]{0,40}?\bin\s+(?:every|each|all|any)\s+(?:answers?|repl(?:y|ies)|reports?|summar(?:y|ies)|responses?)\b",
        ("answer_steering", 0.7),
    ),
    rule(
        r"\b(?:must\s+not|should\s+not|shall\s+not|are\s+not\s+to|is\s+not\s+to|may\s+not)\s+be\s+(?:returned|shown"
        r"|listed|included|mentioned)\s*,?\s+even\s+(?:if|when|though)\s+(?:they|it|these|those)\s+(?:match(?:es)?"
        r"|(?:are|is)\s+(?:a\s+)?(?:better|closer|cheaper)|(?:are|is)\s+relevant|fits?|qualif(?:y|ies))\b"
        r"|\b(?:are|is)\s+not\s+to\s+be\s+(?:mentioned|shown|listed|included|reported|surfaced|disclosed)\s+(?:in|to)"
        r"\s+(?:the\s+|any\s+|your\s+)?(?:summary|summaries|answers?|repl(?:y|ies)|responses?|" + _WHOM + r")\b",
        ("conceal_from_user", 0.7),
    ),
    rule(
        r"\b(?:other|competing|rival|competitors?'?)\b[^.\n]{0,40}?\b(?:described|presented|portrayed|called|labell?ed"
        r"|framed|painted)\s+(?:to\s+(?:the\s+)?\w+\s+)?as\s+(?:\w+\s+)?(?:unreliable|untrustworthy|worse|inferior"
        r"|slower|dangerous|unsafe|overpriced|expensive|scams?|risky|outdated|dishonest|shady)\b"
        r"|\balways\s+(?:say|tell\s+(?:the\s+)?\w+|mention|claim|state|add|note)\s+(?:that\s+)?(?:the\s+|any\s+)?"
        r"(?:[\w-]+\s+){1,2}?(?:is|are)\s+(?:much\s+|far\s+)?(?:slower|worse|unreliable|unsafe|more\s+expensive|inferior"
        r"|outdated|risky|a\s+scam|dangerous|overpriced)\b",
        ("answer_steering", 0.7),
    ),
    rule(
        r"\b(?:card\s+numbers?|pins?|passwords?|cvvs?|cvcs?|credentials|passport\s+numbers?|dates?\s+of\s+birth|diagnos[ie]s"
        r"|home\s+address(?:es)?|phone\s+numbers?|postcodes?|zip\s+codes?|licen[cs]e\s+numbers?|social\s+security"
        r"|national\s+ids?|bank\s+details|account\s+numbers?|locations?|gps\s+\w+)\b[^.\n]{0,60}?\b(?:are|is)\s+"
        r"(?:also\s+|always\s+|then\s+)?(?:logged|sent|passed|copied|forwarded|written|stored|uploaded|posted|shared|handed"
        r"|mirrored|submitted|sold|disclosed|given)\s+(?:on\s+)?(?:to|in|into|with)\s+(?:(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+)"
        r"|(?:our\s+|the\s+|a\s+)?(?:partners?|advertis\w+|marketers?|brokers?|lead\s+\w+|third\s+part(?:y|ies)|sponsors?"
        r"|affiliates?)|[\w-]+(?=\s+(?:after|on|with|for)\s+(?:every|each)\b|\s+(?:for|so)\s+(?:marketing|leads?|ads"
        r"|advertising|profiling|training|partners?|offers?|they\s+can)\b))\b",
        ("exfiltration", 0.75),
    ),
    rule(
        r"\b(?:added|charged|billed|included|sent|shared|applied|enrol+ed|subscribed|renewed|upgraded|booked|sold|passed"
        r"|logged|recorded)\b[^.\n]{0,80}?\b(?:need\s+not|does\s+not\s+need\s+to|doesn'?t\s+need\s+to|should\s+not"
        r"|must\s+not|is\s+not\s+to|are\s+not\s+to)\s+be\s+(?:mentioned|disclosed|shown|explained|told|reported"
        r"|raised)\s+to\s+(?:the\s+)?" + _WHOM + r"\b",
        ("conceal_from_user", 0.7),
    ),
)
"""Each an order's act and what makes it a cheat: the condition it hides, the account, the command, the field."""
