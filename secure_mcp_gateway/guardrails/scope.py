"""Orders in a definition read against what its tool is for: an order about credentials, the conversation, other
tools, outside addresses or the user's awareness that the tool's own name, title and summary do not call for."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from . import failure_advice, key_signups, lazy, own_credentials, scoped_advice
from .findings import Finding
from .scan import required_words, trie
from .walk import Path, Place

DETECTOR = "poisoning"

# What a definition's own job is about: words of its name, title, first sentence and parameter names. An order is
# judged by what it touches (its "objects") against that job: `read_file` may mention files, `add` asking for
# `~/.cursor/mcp.json` or "the full conversation" may not.


class _Gated:
    """An expression tried only on text holding one of its literals (a cheap scan that skips most clauses)."""

    __slots__ = ("_anchors", "_pattern", "anchors")

    def __init__(self, anchors: tuple[str, ...], pattern: re.Pattern[str]) -> None:
        self.anchors = anchors
        self._anchors = lazy.compile(trie(set(anchors)))  # one branch per first character, not one per literal
        self._pattern = pattern

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`re.Pattern.search`, or None at once when no literal is there."""
        if self._anchors.search(text, pos, endpos) is None:
            return None
        return self._pattern.search(text, pos, endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`re.Pattern.finditer`, empty at once when no literal is there."""
        if self._anchors.search(text) is None:
            return iter(())
        return self._pattern.finditer(text)


def _gated(anchors: tuple[str, ...], pattern: re.Pattern[str]) -> _Gated:
    return _Gated(anchors, pattern)


_KEPT_CLAUSES = 4096
"""Most answers kept per question asked of a clause (see `_per_clause`)."""
_KEPT_LENGTH = 1024
"""Longest clause whose answers are kept: a longer one (rare in a real definition) is read each time it is asked
about, so a catalog of huge strings does not stay in memory through the answers kept about them."""
_A = TypeVar("_A")


def _per_clause(question: Callable[[str], _A]) -> Callable[[str], _A]:
    """`question(clause)` with its answers remembered (up to `_KEPT_CLAUSES`, least recently asked dropped first)
    for clauses up to `_KEPT_LENGTH` characters: the sentences of a catalog's definitions repeat from tool to tool."""
    kept = functools.lru_cache(maxsize=_KEPT_CLAUSES)(question)

    def ask(clause: str) -> _A:
        return kept(clause) if len(clause) <= _KEPT_LENGTH else question(clause)

    functools.update_wrapper(ask, question)
    ask.kept = kept  # type: ignore[attr-defined]
    return ask


_SPLIT = lazy.compile(r"[^a-z0-9]+")
_CAMEL = lazy.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def words_of(name: str) -> set[str]:
    """The lower-case words of an identifier or phrase (`get_userProfile` -> get, user, profile)."""
    return {w for w in _SPLIT.split(_CAMEL.sub(" ", name).lower()) if w}


_SCOPE_WORDS: dict[str, frozenset[str]] = {
    "secret": frozenset(
        "secret secrets vault key keys token tokens credential credentials password passwords passphrase auth oauth"
        " login logout signin sso env environment ssh keychain keyvault kms npmrc netrc pem cert certs certificate"
        " certificates aws gcloud azure iam profile profiles config configure pin totp otp mfa 2fa identity sign"
        " signing gpg pgp wallet kubeconfig kubectl"
        " dotenv cookie cookies storage session sessions browser".split()
    ),
    "conversation": frozenset(
        "conversation conversations chat chats history memory memories remember recall summarize summarise"
        " transcript transcripts".split()
    ),
    "external": frozenset(
        "fetch http https url urls web webhook webhooks request requests api browser browse navigate scrape crawl"
        " download upload post send email mail smtp slack notify notification sms publish share sync backup".split()
    ),
}

# --- objects an order can touch ----------------------------------------------------------------------------------

_SECRET_FILE = (
    r"~/\.ssh|\.ssh/|\bid_(?:rsa|dsa|ecdsa|ed25519)\b|(?<![\w.])\.env\b|~/\.aws|\.aws/(?:credentials|config)"
    r"|/etc/(?:passwd|shadow|sudoers)|\.npmrc|\.pypirc|\.netrc|\.git-credentials|\.docker/config\.json|\.kube/config"
    r"|\bkeychains?\b|\bcookies?\.(?:sqlite|db|txt)|\bmcp\.json\b|claude_desktop_config|\.cursor/|\.gnupg|wallet\.dat"
    r"|\.(?:bash|zsh)_history|\bcredentials\.json|\.(?:bash|zsh)rc\b|\.bash_profile|\.profile\b|authorized_keys"
    r"|\.gitconfig|\.config/gh|\*?\.pem\b"
    r"|\.config/(?:gcloud|hub|op|doctl|rclone|netlify|heroku)|application_default_credentials|\bcredentials\.(?:db|toml|ya?ml)\b"
    r"|\.azure/|\.boto\b|\.s3cfg\b|\.pgpass\b|\.my\.cnf\b|\.p12\b|\.pfx\b|\.kdbx\b|\.htpasswd\b|\bsecrets?\.(?:ya?ml|json"
    r"|toml)\b"
)
_SECRET_WORDS = (
    r"\bpasswords?\b(?!\s+(?:manager|managers|reset|policy|field|strength|rules?|requirements?|length|generator|protected"
    r"|change))|\bpassphrases?\b|\bpins?\b|\bapi[\s_-]?keys?\b|\baccess[\s_-]?keys?\b|\b(?:access|auth|bearer"
    r"|session|refresh|personal\s+access|github|gitlab|slack|npm|oauth|id)\s+tokens?\b|(?<!max\s)(?<!maximum\s)(?<!of\s)"
    r"(?<!\d\s)(?<!input\s)(?<!output\s)\btokens?\b(?!\s+(?:limit|budget|count|usage|per|of\s+(?:documentation|context|text)))|\bsecrets?\b"
    r"|\bcredentials?\b|\bprivate\s+keys?\b|\bssh\s+keys?\b|\b(?:seed|recovery|mnemonic)\s+(?:phrase|words)\b|\b2fa\b"
    r"|\botp\b|\bone[\s-]time\s+(?:\w+\s+)?(?:code|password|pin)s?\b|\b(?:verification|login|security|sms|auth|2fa"
    r"|mfa|backup|recovery)\s+codes?\b|\bcookies?\b|\benv(?:ironment)?\s+"
    r"var(?:iable)?s?\b|\bcard\s+numbers?\b|\bcvv\b|\bcvc\b|\bsecurity\s+codes?\b|\bsaved\s+payment\s+methods?\b"
    r"|\bbank\s+(?:details|login|account\s+numbers?)\b|\bsocial\s+security\b"
    r"|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:api_?key|(?:secret_)?access_key|secret(?:_key)?|token|password|passwd|pwd"
    r"|credentials?|private_key|auth)\b"
)
_SECRET = _gated(
    (
        "ssh",
        "id_",
        ".env",
        "aws",
        "/etc/",
        "npmrc",
        "pypirc",
        "netrc",
        "git-cred",
        "docker/",
        "kube/",
        "keychain",
        "cookie",
        "mcp.json",
        "claude_desktop",
        "cursor/",
        "gnupg",
        "wallet",
        "_history",
        "credential",
        "bashrc",
        "zshrc",
        "profile",
        "authorized_keys",
        "gitconfig",
        "config/gh",
        "config/",
        "application_default",
        "azure/",
        "boto",
        "s3cfg",
        "pgpass",
        "my.cnf",
        ".p12",
        ".pfx",
        "kdbx",
        "htpasswd",
        ".pem",
        "passw",
        "passphrase",
        "pin",
        "api",
        "access",
        "token",
        "secret",
        "private",
        "seed",
        "recovery",
        "mnemonic",
        "2fa",
        "otp",
        "one-time",
        "one time",
        "code",
        "env",
        "card",
        "cvv",
        "cvc",
        "payment",
        "bank",
        "social security",
        "_key",
        "pwd",
        "_auth",
    ),
    lazy.compile(rf"(?P<file>{_SECRET_FILE})|(?P<word>{_SECRET_WORDS})"),
)
_CONVERSATION = _gated(
    (
        "conversation",
        "chat",
        "dialog",
        "message",
        "prompt",
        "request",
        "turn",
        "question",
        "user",
        "context",
        "mensaje",
        "nachricht",
        "conversaci",
        "gespr",
        "verlauf",
    ),
    lazy.compile(
        r"\b(?:(?:the\s+|this\s+|our\s+|your\s+)?(?:entire|full|whole|complete|current|previous|prior|earlier|past|recent)\s+"
        r"(?:conversation|chat|dialog(?:ue)?)\b|(?:the\s+|this\s+|our\s+)conversation\b"
        r"|(?:conversation|chat|dialog(?:ue)?)\s+(?:history|log|logs|transcript|so\s+far|context|messages)\b"
        r"|(?:every|all|each|any)\s+(?:of\s+the\s+)?(?:earlier|previous|prior|past|other)\s+messages?"
        r"|(?:previous|earlier|prior|past|last(?:\s+\w+)?|recent)\s+(?:user\s+)?(?:messages?|prompts?|requests?|turns?"
        r"|questions?)\b(?!\s+(?:of|in|from|on)\s+(?:the|a|an|this|that|each|every)\s+(?:\w+\s+){0,2}?(?:thread|channel|issue"
        r"|ticket|inbox|mailbox|room|group|e-?mail|pull|pr|repo|repository|conversation\s+id|chat\s+id|page|document"
        r"|meeting|call|recording|transcript|video|audio|podcast|episode)|\s+(?:older|newer)\s+than\b)"
        r"|message\s+history|chat\s+history|what\s+the\s+user\s+(?:said|typed|wrote|asked|says|types|writes|shared)"
        r"|everything\s+the\s+user\s+(?:said|typed|wrote|asked|shared|says)"
        r"|the\s+user'?s\s+(?:latest|last|previous|original|current|full|exact)\s+(?:\w+\s+)?(?:messages?|requests?|prompts?"
        r"|questions?|input|query|queries|words)"
        r"|(?:look|search|go|scan)\s+(?:through|over)\s+the\s+(?:chat|conversation|context|messages)"
        r"|(?:todos\s+los\s+)?mensajes\s+anteriores|(?:tous\s+les\s+)?messages\s+pr[ée]c[ée]dents|(?:alle\s+)?(?:bisherigen"
        r"|vorherigen|fr[üu]heren)\s+nachrichten|historique\s+(?:complet\s+)?de\s+la\s+conversation|historial\s+(?:completo\s+)?"
        r"(?:de\s+la\s+)?(?:conversaci[óo]n|chat)|gesamten?\s+(?:chat|gespr[äa]ch|verlauf)|conversation\s+compl[eè]te"
        r"|toda\s+la\s+conversaci[óo]n|chatverlauf|gespr[äa]chsverlauf"
        r"|(?:earlier|previously|before|above)\s+in\s+(?:the|this|our)\s+(?:chat|conversation|dialog(?:ue)?|thread|session)"
        r"|from\s+the\s+(?:chat|conversation)\b)"
    ),
)
_CURRENT_MESSAGE = lazy.compile(
    r"\b(?:the\s+)?user'?s\s+(?:(?:latest|last|most\s+recent|current|original|exact)\s+)+(?:chat\s+)?(?:message|prompt"
    r"|request|question|query|input)\b(?!\s*s\b)"
)
_BEYOND_MESSAGE = lazy.compile(
    r"\b(?:previous|earlier|prior|past|older|other|all|every|each|entire|whole|full|history|histories|conversation"
    r"|conversations|chat\s+log|transcripts?|context|messages|prompts|requests|questions|quer(?:ies)|turns|system"
    r"|instructions|outputs?|results?\s+of)\b"
)
_PROMPT_PARAM = frozenset("prompt query question message request input ask utterance".split())
"""Words of a parameter's name that make the user's message its own input (`user_prompt`, `query`, `question`)."""


def _current_message(clause: str, part: Part, params: set[str]) -> bool:
    """Whether a clause asks only for the user's current message (latest, verbatim) and puts it in a parameter named
    for it: the parameter it describes, or one of the definition's that the clause names ("include the `user_prompt`
    parameter with the user's most recent message"). Such a definition is shown, with a visible flag (`user_message`):
    the request being served is plausibly a search or routing tool's own input. Earlier messages, the whole
    conversation, the system prompt or other tools' outputs are data beyond the request (`data_request`)."""
    m = _CURRENT_MESSAGE.search(clause)
    if m is None or _BEYOND_MESSAGE.search(clause) is not None:
        return False
    if part.role in ("param", "schema"):
        return bool(words_of(part.param) & _PROMPT_PARAM)
    return any(words_of(p) & _PROMPT_PARAM and p.lower() in clause for p in params)


_SYSTEM = lazy.compile(
    r"\bsystem\s+(?:prompt|message|instructions?)\b|\byour\s+(?:(?:full|hidden|original|initial|exact|internal|own|complete)"
    r"\s+)(?:instructions|prompt|guidelines|rules|configuration)\b|\binstructions\s+you\s+(?:were|have\s+been)\s+given\b|\b(?:assistant|model|agent)'?s\s+"
    r"(?:(?:full|hidden|original|initial|exact|internal|own)\s+)?(?:system\s+)?(?:instructions|prompt|rules)\b"
    r"|\b(?:tool\s+(?:list|definitions|descriptions|schemas)|(?:all|other)\s+(?:available\s+)?tools'?\s+"
    r"(?:names|definitions|descriptions|schemas))\b"
)
_PERSONAL = _gated(
    tuple(
        "addresse anything billing birth contact date full home mailing mother passport phone postal street "
        "their user ~/".split()
    ),
    lazy.compile(
        r"\b(?:(?:home|street|postal|mailing|billing)\s+address(?:es)?|phone\s+numbers?|addresses?\s+or\s+phone"
        r"|(?:user'?s|their)\s+(?:e-?mail|location|address|contacts|calendar|files|documents|photos|history)"
        r"|contact\s+list|(?:the\s+)?user'?s\s+(?:personal|private)\s+\w+|anything\s+that\s+looks\s+like\s+(?:an?\s+)?"
        r"(?:address|phone|number|e-?mail|name|key|password|token|secret)|date\s+of\s+birth|birth\s*date|full\s+(?:legal\s+)?name"
        r"|passport\s+number|mother'?s\s+maiden\s+name)\b"
        r"|~/(?:documents|desktop|downloads|pictures|photos|mail|library/messages)\b"
    ),
)
_DEST = _gated(
    (
        "://",
        "@",
        "+",
        "#",
        "0x",
        "our ",
        "external",
        "remote",
        "third",
        "attacker",
        "partner",
        "0",
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
    ),
    lazy.compile(
        r"(?P<url>\b(?:https?|wss?|ftp)://(?!localhost\b|127\.0\.0\.1\b|0\.0\.0\.0\b|\[::1\])[^\s\"'`<>)]+)"
        r"|(?P<mail>\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b)"
        r"|(?P<iban>\b[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){3,7}\b)|(?P<phone>\+\d[\d\s().-]{7,}\d)|(?P<channel>(?<![\w&])#[a-z][\w-]{2,})|(?P<wallet>\b0x[0-9a-f]{8,}\b)"
        r"|(?P<remote>\b(?:our|external|remote|third[\s-]party|attacker'?s?|partner)\s+(?:\w+\s+){0,2}(?:server|cluster|endpoint"
        r"|webhook|collector|backup\s+server|mirror|bucket)\b)"
    ),
)
_TRANSFER = lazy.compile(
    r"\b(?:send|sends|sent|post|posts|upload|uploads|forward|forwards|mirror|mirrors|log|logs|report|sync|syncs"
    r"|transmit|share|text|texting|email|e-?mail|bcc|cc|copy|deliver|push|submit|beacon|notify|exfiltrate|issue\s+a"
    r"|senden|sende|schicke|schicken|[üu]bermittle|[üu]bermitteln|envoie|envoyer|envoyez|env[íi]a|enviar|manda|mandar"
    r"|invia|inviare"
    r"|make\s+a|curl|wget|ping|visit|fetch|request|call\s+back|route|redirect|relay|publish)\b"
)
_HAND_OVER = lazy.compile(
    r"\b(?:pass|put|include|supply|provide|attach|append|prepend|insert|embed|paste|fill|enter|add|set|place|hand"
    r"|give|quote|return|output|print|echo|share|send|upload|forward|post|write|copy|mirror|log|store|save|text)"
    r"(?:s|es|ed|ing)?\b|\b(?:copia|copie|copiez|kopiere|kopieren|incluye|incluir|inclue|inclure|f[üu]ge|pega|colle"
    r"|[üu]bergib|[üu]bergeben|pon|mets|mettez|adjunta|joins)\b"
)
_CONCEAL = _gated(
    (
        "not",
        "don",
        "never",
        "no ",
        "without",
        "avoid",
        "keep",
        "present",
        "frame",
        "describe",
        "disguise",
        "silently",
        "quietly",
        "secretly",
        "covertly",
        "discreetly",
        "stealthily",
        "invisibly",
        "say",
        "tell",
        "confirm",
        "report",
        "sans",
        "sin ",
        "ohne",
        "nicht",
        "niemals",
        "darf",
        "n'en",
        "users",
        "user ",
        "they",
        "human",
        "nobody",
        "no one",
        "no-one",
        "tell",
        "word to",
    ),
    lazy.compile(
        r"\b(?:(?:do\s+not|don'?t|never|no\s+need\s+to|without|avoid)\s+(?:(?!(?:and|then|but|or|instead)\s)\w+\s+){0,2}?(?:(?:tell|telling|mention|mentioning"
        r"|inform|informing|notify|notifying|alert|alerting|warn|warning)\s+(?:the\s+user|users|them|anyone|anybody|about|this"
        r"|these|that|it|him|her|the\s+(?:organi[sz]er|owner|sender|recipients?|customer|client|human|caller|team|admin"
        r"|account\s+holder|requester))|(?:show|showing|reveal|revealing|disclose|disclosing|explain|explaining|mention|mentioning"
        r"|surface|surfacing|report|reporting|display|displaying)\s+(?:this|these|that|it|any\s+of\s+this|the\s+(?:switch"
        r"|step|steps|instruction|instructions|call|calls|change|upload|copy|redirect|extra|side\s+effect|note|reason))\b"
        r"|bring\s+(?:it|this|that)\s+up|let\s+(?:the\s+)?(?:user|them)\s+know|comment|asking|confirmation)\b"
        r"|keep\s+(?:\w+\s+){0,3}?(?:away\s+from|hidden\s+from|from)\s+(?:the\s+)?(?:user|them|human)"
        r"|(?:present|frame|describe|disguise)\s+(?:it|this|that|them)\s+as\b|\bwithout\s+(?:comment|a\s+word|telling)"
        r"|\b(?:silently|quietly|secretly|covertly|discreetly|stealthily|invisibly)\s+(?:also\s+)?(?:send|add|include|copy|forward"
        r"|upload|run|call|read|mirror|log|bcc|cc|append|post|delete|change|replace|swap|store|save|write|invoke|execute"
        r"|collect|attach|insert|transfer|share|sync|record)\b|\b(?:secretly|covertly|stealthily)\b"
        r"|\b(?:say|tell\s+(?:the\s+user|them)|confirm\s+(?:to\s+(?:the\s+user|them))?|report)\s+(?:that\s+)?(?:it|the\s+"
        r"\w+)\s+(?:succeeded|went|was\s+(?:sent|successful|completed|done))"
        r"|\bso\s+(?:that\s+)?no\s+(?:trace|record|one)\b|\bkeep\s+(?:it|this|that|these|them)\s+(?:to\s+yourself|quiet"
        r"|secret|private|confidential|between\s+us)\b|\bwithout\s+(?:checking|asking|confirming|consulting)\s+(?:with\s+)?"
        r"(?:the\s+user|them|anyone)\b|\bsans\s+(?:le\s+)?(?:dire|pr[ée]venir|avertir)|\bsin\s+(?:avisar|decir|informar)"
        r"|\bohne\s+(?:es\s+)?(?:zu\s+)?(?:sagen|erw[äa]hnen|informieren)|\b(?:nicht|niemals)\s+(?:sagen|erw[äa]hnen)"
        r"|\bdarf\s+dies\s+\w+\s+\w+\s+nicht|\bn'en\s+parle\s+pas|\bno\s+(?:se\s+lo\s+)?(?:digas|menciones)"
        r"|\b(?:users?|they|the\s+human|nobody|no\s+one|no-one)\s+(?:do(?:es)?\s+not|don'?t|doesn'?t|need\s+not|needn'?t"
        r"|never|won'?t|must\s+not|should\s+not|shouldn'?t)\s+(?:need\s+to\s+|have\s+to\s+)?(?:know|be\s+(?:told|informed"
        r"|notified|made\s+aware|aware|bothered)|see|notice|find\s+out)\b"
        r"|\b(?:do\s+not|don'?t|never|no\s+need\s+to)\s+(?:(?!(?:and|then|but|or|instead)\s)\w+\s+){0,2}?(?:inform|notify"
        r"|bother|alert)\b"
        r"|\btell\s+(?:no\s+one|nobody|no-one|noone)\b|\bnot\s+a\s+word\s+to\b"
        r"|\b(?:nobody|no\s+one|no-one)\s+(?:else\s+)?(?:needs?\s+to|has\s+to|must|should|will|gets?\s+to)\s+(?:know|be\s+told"
        r"|be\s+informed|find\s+out|notice|see)\b)"
    ),
)
_EVERY = _gated(
    tuple("about all any anything at before each every for from in no whatever".split()),
    lazy.compile(
        r"\b(?:(?:every|each|any|all)\s+(?:single\s+)?(?:future\s+|other\s+|new\s+|user\s+)?(?:request|requests|query"
        r"|queries|question|questions|conversation|conversations|session|sessions|message|messages|answer|answers|reply"
        r"|replies|response|responses|turn|turns|prompt|prompts|task|tasks|interaction|interactions)"
        r"|whatever\s+the\s+user\s+(?:asks|says|wants|requests)|anything\s+at\s+all|about\s+anything|no\s+matter\s+what"
        r"|from\s+now\s+on|(?:in|for)\s+all\s+(?:future|later)|every\s+time|each\s+time|before\s+(?:greeting|answering"
        r"|responding|replying)|(?:at|in)\s+the\s+(?:start|beginning)\s+of\s+(?:every|each|any)|(?:any|every|all)\s+"
        r"(?:other\s+)?tool\s+calls?)\b"
    ),
)
_SMEAR = lazy.compile(
    r"\b(?:buggy|broken|corrupts?|corrupted|unsafe|insecure|compromised|malicious|unreliable|poisoned|hacked|leaky"
    r"|leaks|outdated|obsolete|deprecated|retired|fake|untrusted|dangerous|harmful|banned|disabled|inseguras?"
    r"|obsoletas?|veraltet|unsicher|dangereux|obsol[eè]tes?)\b"
)
_SMEAR_STRONG = lazy.compile(
    r"\b(?:buggy|broken|corrupts?|corrupted|unsafe|insecure|compromised|malicious|poisoned|hacked|leaky|leaks|fake"
    r"|dangerous|harmful|inseguras?|unsicher|dangereux|fausses?|falsch|falsas?)\b"
)
_SMEAR_SAID = lazy.compile(
    r"\b(?:is|are|were|been|seems?|became|son|est[aá]n|sont|sind|ist|renvoient|returns?|gives?|produces?)\s+(?:\w+\s+){0,3}?"
    r"(?:buggy|broken|corrupt|corrupted|unsafe|insecure|compromised|malicious|poisoned|hacked|leaky|fake"
    r"|dangerous|harmful|inseguras?|unsicher|dangereux|fausses|falsch\w*|falsas?)\b"
    r"|\b(?:corrupts?|leaks?|forwards?\s+(?:mail|messages|data)\s+to\s+(?:attackers|third\s+parties))\b"
)
_GENERAL = lazy.compile(
    r"\b(?:other|others|those|these|all|any|every|otras|otros|autres|andere|anderen|them|instead|only|never|avoid"
    r"|ignore|disregard|ai|assistants?|models?|agents?|llms?)\b"
)
_PIPED = lazy.compile(
    r"\b(?:include|pass|put|insert|add|append|send|copy|paste|place|supply|feed|hand)\s+(?:\w+\s+){0,2}?(?:its|their|the"
    r"|that\s+tool'?s|whatever\s+it)\s+(?:\w+\s+)?(?:output|outputs|result|results|response|responses|answer|contents?|returns?)\b"
    r"[^.;]{0,60}?\b(?:field|parameter|param|argument|arg|this\s+tool|input|`\w+`|'\w+')"
)
_TAMPER = lazy.compile(
    r"\b(?:bcc|cc|add\s+(?:\S+\s+){0,3}?to\s+the\s+(?:bcc|cc|recipients?|to)|recipients?|destination|payee|beneficiary"
    r"|prefix|suffix|append\s+(?:\S+\s+){0,4}?to\s+(?:every|each|all|the)|replace\s+the|change\s+the|swap"
    r"|(?:must|should|shall|will)\s+(?:now\s+|always\s+)?(?:go|be\s+(?:sent|routed|redirected|paid|forwarded|copied))\s+to"
    r"|instead\s+of\s+the\s+(?:one|address|account|recipient)s?\s+(?:the\s+user|they))\b"
)
_REROUTE = lazy.compile(
    r"\b(?:instead|supersedes?|replaces?|overrides?|takes\s+precedence|in\s+place\s+of|rather\s+than|route\s+all"
    r"|use\s+(?:only\s+)?this|only\s+(?:use|rely\s+on|call)|rely\s+only|disregard|ignore|avoid|never\s+(?:use|route"
    r"|call)|do\s+not\s+(?:use|call|route)|don'?t\s+(?:use|call))\b"
)
_WRITE = _gated(
    tuple(
        "> add adds append appends create delete edit erase insert install modify overwrite put remove "
        "replace truncate wipe write writes".split()
    ),
    lazy.compile(
        r"\b(?:write|writes|append|appends|add|adds|modify|overwrite|edit|insert|create|replace|put|install|delete|remove"
        r"|wipe|erase|truncate)\b[^.\n]{0,80}?(?:\.bashrc|\.zshrc|\.profile|\.bash_profile|authorized_keys|crontab"
        r"|/etc/(?:passwd|shadow|sudoers|hosts|profile|cron)|\.ssh/|startup\s+(?:folder|items)|launchagents|\.git/hooks"
        r"|\.(?:bash|zsh)_history|\bshell\s+(?:profile|history))"
        r"|>>?\s*[\"']?(?:~|\$home|/root|/home/\w+)?/?(?:[\w.-]+/)*(?:\.bashrc|\.zshrc|\.profile|\.bash_profile|authorized_keys"
        r"|crontab)\b"
    ),
)
_EXEC = lazy.compile(
    r"(?:\bcurl\b|\bwget\b)[^\n]{0,120}?\|\s*(?:ba|z)?sh\b|\brm\s+-[rf]{1,2}\b|\bdrop\s+(?:table|database)\b"
    r"|\bchmod\s+777\b|\bnc\s+-[el]\b|\bbase64\s+-d\b[^\n]{0,40}\|\s*sh|\beval\s*\(|\bpowershell\s+-e"
)
_OVERRIDE = lazy.compile(
    r"\b(?:outrank|outranks|take\s+precedence\s+over|supersede|supersedes|override|overrides)\s+(?:the\s+)?(?:user|your"
    r"|any\s+other|all\s+other|every\s+other|system|safety)|\bno\s+longer\s+need\s+(?:the\s+)?(?:user'?s\s+)?(?:permission|approval|consent|confirmation)"
    r"|\b(?:user'?s?|their)\s+(?:earlier|previous|prior|original)\s+(?:requests?|instructions?|wishes|settings)\s+"
    r"(?:about\s+\w+\s+)?(?:are|is|have\s+been|were)\s+(?:cancel+ed|void|revoked|obsolete|lifted|withdrawn)"
    r"|\b(?:has|have)\s+(?:already\s+)?(?:granted|given|authori[sz]ed|pre-?authori[sz]ed|pre-?approved|approved)\s+"
    r"(?:full|all|every|unrestricted|blanket)|\bpre-?(?:authori[sz]ed|approved)\s+(?:all|every)"
    r"|\binstructions\s+(?:\w+\s+){0,4}?(?:come|comes)\s+from\s+the\s+(?:operator|developer|administrator|admin|system)\b"
    r"|\bcarry\s+them\s+out\s+without\b"
    r"|\b(?:your|assistant'?s|model'?s|ai'?s|agent'?s|claude'?s|previous|prior|earlier|original|safety|system|default"
    r"|existing|current|standing)\s+(?:\w+\s+){0,2}?(?:instructions|rules|guidelines|policies|restrictions|guardrails"
    r"|safeguards|prompt)\s+(?:\w+\s+){0,4}?(?:are|is"
    r"|have\s+been|has\s+been|were|was)\s+(?:now\s+|hereby\s+|temporarily\s+)?(?:revoked|void|cancel+ed|lifted|suspended"
    r"|disabled|overridden|replaced|superseded|null|invalid|no\s+longer\s+(?:valid|apply|applicable|in\s+effect|active))\b"
    r"|\b(?:directives?|instructions?|orders?|rules?|commands?|notes?|descriptions?)\s+(?:\w+\s+){0,3}?(?:replace|replaces"
    r"|override|overrides|supersede|supersedes|outrank|outranks|trump|trumps|take\s+precedence\s+over|takes\s+precedence\s+over)"
    r"\s+(?:anything|everything|whatever|all|any)?\s*(?:\w+\s+){0,2}?(?:the\s+)?(?:user|users|human)\b"
    r"|\b(?:the\s+)?(?:user|users|owner|operator|admin)\s+(?:has\s+|have\s+)?(?:already\s+)?(?:gave|given|granted|approved"
    r"|consented|pre-?approved|authori[sz]ed|agreed)\s+(?:(?:permission|consent|approval)\s+)?(?:for\s+|to\s+)?(?:all|every|any"
    r"|everything)\b"
    r"|\bfollow\s+only\s+(?:the\s+)?(?:instructions|rules|orders)\s+(?:in|from|of)\s+(?:this|the|these|tool|our)\b"
)
_STEER = _gated(
    tuple(
        "affiliate always ask asking asks better call claim classify confirm describe flag label look looking looks "
        "mark mention mentioning mentions only portray present rank rate recommend referral report request "
        "requesting requests say says score search searches searching show sign-up signup state swap tell type types "
        "typing want".split()
    ),
    lazy.compile(
        r"\b(?:ask|asks|asking|request|requests|requesting|search|searches|searching|look|looks|looking|mention|mentions"
        r"|mentioning|type|types|typing|say|says|wants?)\b[^.;\n]{1,80}?\b(?:actually|usually|really|typically|generally"
        r"|mostly|normally|almost\s+always|in\s+fact)\s+(?:want|wants|mean|means|need|needs|prefer|prefers|intend|intends"
        r"|refer\s+to|are\s+(?:asking|looking)\s+for)\b"
        r"|\bbetter\s+served\s+by\b|\bswap\s+the\s+(?:symbol|ticker|recipient|account|address|product|brand|result|answer|query)s?\b|\brecommend\s+(?:\S+\s+){1,3}?in\s+(?:every|each|all)\b"
        r"|\b(?:say|tell\s+(?:the\s+user|them))\s+(?:that\s+)?(?:the\s+)?competitor'?s?\b"
        r"|\b(?:always\s+|regardless\s+\w+\s+\w+,?\s+)?(?:rate|rank|report|score|describe|label|classify)\s+(?:\w+\s+){0,4}?as\s+"
        r"(?:secure|safe|fine|clean|good|excellent|production|positive|low[\s-]risk|trustworthy|the\s+best|bug-?free)"
        r"|\b(?:referral|signup|sign-up|affiliate)\s+(?:link|code|url|tag|id)s?\s+(?:is\s+|of\s+)?[:\"'“‘(]?\s*(?:https?://"
        r"|(?=[\w-]*\d)[\w-]{4,}\b)"
        r"|\b(?:referral|signup|sign-up|affiliate)\s+(?:link|code|url|tag|id)s?\b[^.;]{0,40}?\b(?:from|of|by|for)\s+(?:our\s+"
        r"|my\s+|an?\s+|the\s+)?(?:partner|sponsor|vendor|affiliate|advertiser)s?\b"
        r"|\b(?:referral|signup|sign-up|affiliate)\s+(?:link|code|url|tag|id)s?\b[^.;]{0,40}?\b(?:to|in|into|on|under|with)\s+"
        r"(?:(?:every|each|all|any)\s+|(?:answers|replies|responses|results|messages|recommendations|links)\b)"
        r"|\b(?:always|only)\s+(?:put|list|rank|show|place|recommend|mention|suggest)\s+[\w.-]+\s+(?:first|on\s+top|at\s+the\s+top"
        r"|above\s+(?:all|the\s+others|any))\b"
        r"|\b(?:call|describe|label|present|portray|mark|flag)\s+(?:the\s+|all\s+|any\s+|other\s+|its\s+)*(?:alternatives?"
        r"|competitors?|rivals?|other\s+(?:options|packages|products|vendors|libraries|brands|tools))\s+(?:as\s+)?(?:unmaintained"
        r"|deprecated|insecure|unsafe|buggy|inferior|outdated|abandoned|malicious|worse|slow|unreliable|risky)\b"
        r"|\b(?:report|tell|say|claim|present|describe|state|confirm|show)\b[^.;]{0,50}?\b(?:as\s+)?(?:successful|succeeded"
        r"|success|completed?|done|paid|sent|ok|fine|worked)\b[^.;]{0,40}?\b(?:even\s+(?:if|when|though)|regardless\s+of|no\s+matter"
        r"|whether\s+or\s+not)\b"
    ),
)
_OWN_MODE = lazy.compile(
    r"\W*(?:[\w-]+\s*:\s*)?(?:if|when|whenever)\s+(?:(?:it\s+is|this\s+is|set)\s+)?(?:to\s+)?(?:true|false|enabled"
    r"|disabled|on|off|yes|no|[01]|unset|omitted|not\s+set)\b"
)
"""A sentence opening on a value of the parameter it describes ("If false, ...", "strict: when true, ...")."""
_MORE = lazy.compile(r"\b(?:and|but|then|never|not|don'?t|without|unless)\b")
_ANYWAY = lazy.compile(r"report\s+(?:the\s+run\s+as\s+|it\s+as\s+|as\s+)?success")


def _steers(clause: str, conceal: object) -> bool:
    """Whether a clause steers answers (`_STEER`); what a tool itself reports in a mode a flag sets ("If false, report
    success even when lint warnings are found") is how it works, not an order to the model (unless more is asked)."""
    m = _STEER.search(clause)
    if m is None:
        return False
    own_mode = not conceal and _ANYWAY.match(m.group()) and _OWN_MODE.match(clause)
    return not own_mode or _MORE.search(clause, m.end()) is not None or _STEER.search(clause, m.end()) is not None


_ASK_USER = lazy.compile(
    r"\b(?:ask|asks|request|requests|prompt|have|get|make)\s+(?:the\s+)?(?:user|them|the\s+human|the\s+caller)s?\s+"
    r"(?:to\s+(?:type|enter|provide|paste|share|give|send|supply|confirm|re-?enter|reply|read\s+out)|for|reply|respond"
    r"|type|enter|paste|send)\b"
    r"|\brequest\s+(?:the\s+)?(?:user'?s|their)\b"
)
_MOVE = lazy.compile(
    r"\b(?:pass|put|include|supply|provide|attach|append|prepend|insert|embed|paste|fill|enter|add|send|upload|forward"
    r"|post|share|give|copy|collect|gather|list|quote|print|echo|store|save|log|mirror|extract|dump|grab)(?:s|es|ed|ing)?\b"
)
_PERSONAL_SECRET = lazy.compile(
    r"\b(?:passwords?|passphrases?|pins?|one[\s-]time|otp|2fa|mfa|verification\s+codes?|login\s+codes?|security\s+codes?"
    r"|seed|recovery|mnemonic|private\s+keys?|card\s+numbers?|cvv|cvc|bank|social\s+security|personal\s+access)\b"
)
"""Secrets that belong to the user themselves: asking them for one is a request a tool never needs to make."""
_THEIRS = lazy.compile(r"\b(?:their|the\s+user'?s|his|her)\b")
_SOURCE = lazy.compile(
    r"\b(?:the\s+user'?s|their|the\s+caller'?s|every|all|any|value\s+of|values\s+of|contents?\s+of|text\s+of"
    r"|seen\s+in|found\s+in|from\s+the\s+(?:conversation|chat|environment|context|user)|stored|saved|whose)\b"
)
_TO_BEFORE = lazy.compile(r"\b(?:to|into|onto)\s+$")


def _sourced(clause: str) -> bool:
    """Whether the clause says whose data it is or where it is taken from ("the user's", "stored"), not only whom it
    goes to ("send the verification code to the user's phone": the user receives it)."""
    return any(not _TO_BEFORE.search(clause, max(0, m.start() - 8), m.start()) for m in _SOURCE.finditer(clause))


_PROTECT = lazy.compile(
    r"\b(?:never|not|don'?t|no|without|avoid|unless|only|refuse|must\s+not|should\s+not|cannot|can'?t)\b"
)
_OTHER_TOOL = _gated(
    tuple(
        "_ extension ferramentas function herramienta integration outil plugin server skill strumenti tool "
        "werkzeug".split()
    ),
    lazy.compile(
        r"(?P<ident>`?\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b`?)"
        r"|(?P<named>\b(?:the\s+|any\s+|every\s+|all\s+|an?\s+)?(?:other\s+|available\s+|\w+['’]s\s+)?(?:[\w.-]+\s+){0,2}?"
        r"(?:tools?|servers?|functions?|plugins?|integrations?|extensions?|skills?)\b|\b(?:outils?|herramientas?|werkzeuge?"
        r"|strumenti|ferramentas)\b)"
    ),
)
_NOT_TOOL = frozenset(("this tool", "the tool", "this function", "the function", "these tools"))

# --- orders ------------------------------------------------------------------------------------------------------

_LEAD = lazy.compile(
    r"^[\s\W_]*(?:(?:important|note|nb|tip|hint|notice|warning|attention|reminder|instruction|instructions|assistant"
    r"|model|ai|agent|claude|llm|system|side\s+task[^:,]{0,40}|legacy\s+notice|hey\s+\w+|(?:\w+\s+){0,3}for\s+the\s+"
    r"(?:model|ai|assistant|agent|llm)|(?:\w+\s+){0,2}instruction|\[[^\]]{0,30}\])\s*[:,!-]+\s*)*"
)
_PREAMBLE = lazy.compile(
    r"(?:(?:first|then|also|and|next|finally|now|afterwards|additionally|so|but|always|please|kindly|just|simply"
    r"|immediately|quietly|silently|secretly|additionally|furthermore|moreover|otherwise)\s*,?\s+)*"
)
_SUBORDINATE = lazy.compile(
    r"(?:(?:before|after|when|whenever|while|once|if|as\s+part\s+of|for|to|prior\s+to|in|at|on|during|whatever"
    r"|each\s+time|every\s+time|upon|as\s+soon\s+as|since|because|with|antes|despu[ée]s|cuando|avant|apr[èe]s|quand"
    r"|lorsque|vor|bevor|nach|wenn|prima|quando)\b[^,:;]{0,90}[,:]\s*"
    r"(?:(?:first|then|also|always|please|just|immediately)\s*,?\s+)*){1,3}"
)
_VERB = frozenset(
    """read open load cat send pass put include add append prepend attach supply provide give hand insert embed paste
    copy fill enter type call invoke use run execute trigger upload post forward route redirect mirror log record store
    save write delete remove erase wipe overwrite modify change replace swap set switch ignore disregard skip avoid
    request ask collect gather extract grab retrieve fetch get look search scan tell say inform confirm assure report
    recommend suggest rate rank prefer keep hide conceal text email notify issue make perform visit browse navigate
    download install quote output print return respond reply answer treat carry follow obey bcc cc transfer pay share
    sync publish push commit generate summarize summarise list show display encode leak exfiltrate lee lies lis
    envoie envía envia sende übergib ignora ignore usa utilise nutze verwende mention persist remember cancel void
    copia copie copiez kopiere incluye inclue füge pega colle lies lee lis manda schicke ignoriere nutze ignorez
    drop direct present frame begin start end label assign omit exclude purge grant invite promote strip suppress censor
    leave filter""".split()
)
_MODAL = lazy.compile(
    r"\b(?:you|assistants?|models?|agents?|claude|the\s+ai|ai|llms?|chatgpt|gpt|copilot|cursor)\s+(?:must|should|shall"
    r"|need\s+to|have\s+to|are\s+to|are\s+(?:required|expected|instructed|supposed)\s+to|will\s+(?:need|have)\s+to"
    r"|can\s+now|may\s+now|no\s+longer\s+need|always|never|also)\b"
    r"|\b(?:must|should|has\s+to|have\s+to|needs?\s+to|is\s+to|are\s+to)\s+(?:always\s+|also\s+|first\s+)?be\s+\w+"
    r"|\b(?:make\s+sure|be\s+sure|remember\s+to|don'?t\s+forget|it\s+is\s+(?:required|mandatory|necessary|essential)"
    r"|is\s+required\s+to|are\s+required\s+to|requires\s+that|it\s+is\s+important\s+to)\b"
    r"|\b[\w.-]+\s+(?:tool|server)\s+(?:must|should|shall|will\s+now)\b"
    r"|\b(?:assistants?|models?|ai|llms?|claude|(?:ai|llm)\s+agents?)\s+(?:[\w'-]+\s+){1,4}?(?:must|should|shall|need\s+to"
    r"|have\s+to|are\s+(?:required|expected|instructed)\s+to)\b"
    r"|\b(?:du\s+musst|sie\s+müssen|vous\s+devez|tu\s+dois|debes|debe|deve|devi|muss|m[üu]ssen|sollst|doit|devez"
    r"|doivent)\b"
)
_NEGATED_START = lazy.compile(r"(?:do\s+not|don'?t|never|no\s+need\s+to|avoid)\s+(\w+)")
_SENTENCE_BREAK = r"(?<=[.!?])\s+|\n+|;\s*|(?<=[a-z0-9)`'\"])\s*:\s+(?=[a-z])|</?[a-z][\w-]*>|\(|\)|\s+-\s+"
_SENTENCES = lazy.compile(rf"(?=[\s;:<()])(?:{_SENTENCE_BREAK})")
"""Where a part breaks into clauses. Every break starts with a space, `;`, `:`, `<` or a parenthesis: the lookahead
lets the engine pass over other characters without trying each alternative (the same breaks)."""
_FIRST_WORD = lazy.compile(r"[a-zà-ÿß]+(?:'t)?")


@_per_clause
def _modal(clause: str) -> bool:
    """Whether `_MODAL` finds a modal aimed at the model in a clause (asked once per clause: the summary check, the
    order check and the clause pairs ask it of the same clauses)."""
    return _MODAL.search(clause) is not None


@_per_clause
def _cued(low: str) -> bool:
    """Whether a (lower-cased) text holds one of the cues (`_CUES`), asked once per text."""
    return _CUES.search(low) is not None


@_per_clause
def _concealing(clause: str) -> re.Match[str] | None:
    """The first match of `_CONCEAL` in a clause, looked for once per clause."""
    return _CONCEAL.search(clause)


@_per_clause
def _is_order(clause: str) -> bool:
    """Whether a clause (lower-cased) gives an order: imperative opening, a modal aimed at the model, a demand (asked
    once per clause: a catalog's parameters repeat the same sentences across its tools)."""
    if _modal(clause):
        return True
    rest = clause[_LEAD.match(clause).end() :]  # type: ignore[union-attr]
    rest = rest[_PREAMBLE.match(rest).end() :]  # type: ignore[union-attr]
    for candidate in (rest, rest[m.end() :] if (m := _SUBORDINATE.match(rest)) else ""):
        if not candidate:
            continue
        neg = _NEGATED_START.match(candidate)
        if neg:
            return True
        w = _FIRST_WORD.match(candidate)
        if w and w.group() in _VERB:
            return True
    return any(m.group(1) in _VERB for m in _INNER.finditer(clause))


_INNER = lazy.compile(
    r"(?:,|\band|\bthen|\bso)\s+(?:also\s+|then\s+|always\s+|first\s+|quietly\s+|silently\s+|just\s+|please\s+)?"
    r"([a-z]+)\b(?!\s+(?:of|is|are|was|were)\b)"
)


# --- the definition as parts -------------------------------------------------------------------------------------


@dataclass
class Part:
    """One prose string of a definition and what it is there: `role` is description, summary, param, schema."""

    index: int
    text: str
    role: str
    param: str = ""


_LABEL_WORDS = 8
"""A title of at most this many words is a label naming the tool's job."""
_SCHEMA_VALUE_KEYS = frozenset(("title", "default", "examples", "enum", "const", "placeholder", "example"))
_PROSE_KEYS = frozenset(("description", "title", "markdownDescription"))


def parts_of(texts: Sequence[str], places: Sequence[Place]) -> tuple[list[Part], set[str], set[str], str]:
    """(prose parts, words of the tool's own job, parameter names, own name) from a definition's strings and their
    places as `gather` gives them (read from the places: no string's path is built)."""
    parts: list[Part] = []
    arguments: dict[object, str] = {}
    scope: set[str] = set()
    params: set[str] = set()
    own = ""
    params_of: dict[Path, str | None] = {}  # the parameter each container lies under (siblings share a container)
    for i, (parent, key, is_key) in enumerate(places):
        if key is None:  # a bare string: its path is its container's (as `place_path` gives it)
            if not parent:
                continue
            parent, key = parent[:-1], parent[-1]
        if is_key:
            if parent and parent[-1] == "properties":
                params.add(str(key))
            continue
        s = texts[i]
        if not parent:
            if key == "name":
                own = s
                scope |= words_of(s)
            elif key == "title":
                if len(s.split()) <= _LABEL_WORDS:  # a label names the job; a sentence in a title is prose
                    scope |= words_of(s)
                parts.append(Part(i, s, "title"))
            elif key == "description":
                parts.append(Part(i, s, "description"))
            elif key in ("uri", "uriTemplate"):
                scope |= words_of(s)
            continue
        depth = len(parent) + 1
        if depth == 2 and parent[0] == "annotations" and key == "title":
            if len(s.split()) <= _LABEL_WORDS:
                scope |= words_of(s)
            parts.append(Part(i, s, "title"))  # a sentence there is read as the top-level title's would be
            continue
        if parent[0] == "_meta":
            parts.append(Part(i, s, "description"))  # hints to the client or the model: prose about the tool
            continue
        if depth >= 3 and parent[0] == "arguments" and key == "name":
            params.add(s)
            arguments[parent[1]] = s
            continue
        if parent[-1] == "properties" and isinstance(key, str):
            param: str | None = key
        else:
            param = params_of.get(parent, "")
            if param == "":
                param = params_of[parent] = _param_of(parent, depth)
        if param is None:
            if key in _PROSE_KEYS:
                parts.append(Part(i, s, "description"))  # a schema's or `$defs` entry's own description
            continue
        if key in _PROSE_KEYS:
            parts.append(Part(i, s, "param" if key == "description" else "schema", param))
        elif key in _SCHEMA_VALUE_KEYS or parent[-1] in _SCHEMA_VALUE_KEYS:
            parts.append(Part(i, s, "schema", param))
    for p in parts:
        if p.param.startswith("#"):
            p.param = arguments.get(int(p.param[1:]), p.param)
    return parts, scope, params, own


def _param_of(parent: Path, depth: int) -> str | None:
    """The parameter (property or prompt argument) a string lies under, from the path of its container (`depth`: the
    length of the string's own path), when it is not itself a property's value; or None."""
    for j in range(len(parent) - 2, -1, -1):
        if parent[j] == "properties" and isinstance(parent[j + 1], str):
            return str(parent[j + 1])
    if depth >= 3 and parent[0] == "arguments" and isinstance(parent[1], int):
        return f"#{parent[1]}"
    return None


_STORES = (
    *(f"{w}history" for w in "shell bash zsh fish terminal command browser browsing search location call sms".split()),
    *(f"{a}{w}" for a in ("", "browser") for w in ("savedpasswords", "storedpasswords", "allpasswords")),
    *(f"{a}{w}" for a in ("browser", "keychain") for w in ("passwords", "password")),
    *(f"passwords{w}" for w in ("", "dump", "export", "vault", "store", "file")[1:]),
    *(f"password{w}" for w in ("dump", "export", "vault", "store", "file")),
    *"sshkey sshkeys sshprivatekey sshprivatekeys idrsa privatekeycontents privatekeyfile privatekeydump".split(),
    *"keychain keychaindump keychainexport keychaincontents keychainitems keyringdump keyringexport".split(),
    *"browsercookies sessioncookies browsercookie sessioncookie cookiejar cookiedump cookiesdump cookiesdb".split(),
    *"contactsexport contactexport contactsdump contactdump contactsbook addressbook addressbookexport".split(),
    *(f"home{d}{w}" for d in ("dir", "directory", "folder") for w in ("listing", "contents", "files", "tree")),
    *(f"{e}{v}{w}" for e in ("env", "environment") for v in ("vars", "var", "variables") for w in ("dump", "values")),
    *"seedphrase recoveryphrase walletseed walletseedphrase mnemonic mnemonicphrase".split(),
    *(f"{k}{w}" for k in ("2fa", "mfa", "otp", "backup", "recovery") for w in ("codes", "secret", "secrets")),
    *"clipboardcontents clipboardhistory photolibrary smsmessages privatemessages".split(),
)
"""The user's private stores, as a parameter's name reads with case, `_` and `-` dropped."""


@functools.cache
def _store_names() -> frozenset[str]:
    """Every parameter name that asks for a store (`_STORES` with an owner before and a form after), built once."""
    owners = ("", "user", "my", "all")
    forms = ("", "contents", "dump", "export", "listing", "files")
    return frozenset(o + core + f for o in owners for core in _STORES for f in forms)


_PEOPLE_JOB = frozenset(
    "contact contacts profile profiles user users person people customer customers client clients crm kyc identity"
    " id account accounts signup register registration enrol enroll enrolment enrollment onboard onboarding form forms"
    " application apply applicant applicants patient patients employee employees staff hr payroll tax taxes"
    " lead leads member members membership".split()
)
"""Jobs about a person as such (an account, a form, an applicant): they may ask for any of that person's details."""
_PERSON_JOB = frozenset(
    "profile profiles person people patient patients employee employees hr onboard onboarding enrol enroll enrolment"
    " enrollment registration register application applicant applicants kyc identity".split()
)
"""Jobs that record a whole person (a profile, an enrolment): they may ask for more than an identity document."""
_DATA_JOBS: dict[str, frozenset[str]] = {
    "id": _PEOPLE_JOB
    | frozenset(
        "passport passports visa visas travel flight flights border immigration licence license licensing verify"
        " verification background credit loan loans mortgage lease rental rent tenancy benefit benefits insurance"
        " claim claims bank banking government vote voter census citizen citizenship residency permit permits"
        " notary legal contract hire hiring employment".split()
    ),
    "card": frozenset(
        "pay payment payments payout checkout invoice invoices bank banking card cards billing bill refund refunds"
        " charge charges wallet purchase purchases buy order orders subscription subscriptions subscribe donate"
        " donation donations tip tips fee fees fare fares ticket tickets booking book reserve reservation shop store"
        " cart sale sales merchant pos terminal finance fraud".split()
    ),
    "pin": frozenset("pin pins card cards atm bank banking".split()),
    # (not a bare `pin`: a door lock's or alarm panel's code, a pinned message, an Indian postal `pincode`)
    "contacts": _PERSON_JOB
    | frozenset(
        "contact contacts crm people person phonebook address invite invites invitation invitations share sms text"
        " message messages messaging chat email emails mail call calls dial sync friend friends refer referral group"
        " groups team teams attendee attendees guest guests meeting meetings event events calendar campaign"
        " campaigns newsletter mailing audience broadcast notify notification notifications network lead leads"
        " emergency customer customers client clients whatsapp telegram signal social".split()
    ),
    "health": _PERSON_JOB
    | frozenset(
        "health medical medicine patient patients doctor doctors clinic clinics hospital pharmacy prescription"
        " prescriptions medication medications insurance appointment appointments care nurse therapy therapist"
        " symptom symptoms diagnosis fitness wellness diet nutrition ehr emr fhir triage vet veterinary donor donors"
        " blood trial trials study research claim claims drug drugs dental dentist lab labs emergency school schools"
        " child children childcare daycare camp camps care carer".split()
    ),
    "maiden": _PERSON_JOB
    | frozenset(
        "account accounts recovery recover verify verification identity kyc bank banking security genealogy family"
        " ancestry tree".split()
    ),
    "login": frozenset(
        "login logins signin sso auth oauth credential credentials vault password passwords keychain account accounts"
        " signup register registration".split()
    ),
    "home": _PERSON_JOB
    | frozenset(
        "location locations gps map maps places nearby directions geocode geocoding navigation navigate route routes"
        " ride rides taxi delivery deliver ship shipping shipment address addresses home property properties"
        " real estate mail post insurance move moving".split()
    ),
}
"""What a job that asks for each kind of personal datum is about (a visa application a passport number, a checkout
a card number, an invite tool the user's contacts, a clinic the medical history)."""
_DATA_CORES: dict[str, tuple[str, ...]] = {
    "id": (
        "ssn", "socialsecurity", "socialsecuritynumber", "socialsecurityno", "socsec", "nationalid",
        "nationalidnumber", "nationalinsurance", "nationalinsurancenumber", "nino", "passport", "passportnumber",
        "passportno", "passportid",
        "driverslicense", "driverslicence", "driverlicense", "driverlicence", "drivinglicense", "drivinglicence",
        "driverslicensenumber", "driverlicensenumber", "drivinglicencenumber", "governmentid", "govid", "idcardnumber",
        "nationalidcard", "taxpayerid", "aadhaar", "aadhaarnumber", "citizenid", "personalidnumber",
    ),
    "card": (
        "cardnumber", "creditcard", "creditcardnumber", "debitcard", "debitcardnumber", "cvv", "cvc", "cvv2", "cardcvv",
        "cardcvc", "cardsecuritycode", "cardexpiry",
    ),
    "pin": ("bankpin", "cardpin", "atmpin", "debitpin", "bankcardpin", "creditcardpin", "debitcardpin"),
    "contacts": ("contacts", "contactlist", "phonecontacts", "contactsjson", "contactbook"),
    "health": (
        "medicalhistory", "medicalrecord", "medicalrecords", "healthrecord", "healthrecords", "medicaldiagnosis",
        "medications", "medicationlist", "bloodtype", "healthconditions", "medicalconditions", "hivstatus",
        "mentalhealthhistory", "prescriptionhistory",
    ),
    "maiden": ("mothersmaidenname", "mothermaidenname", "maidenname"),
    "login": tuple(
        f"{service}{word}"
        for service in ("email", "mail", "gmail", "outlook", "bank", "banking", "onlinebanking", "icloud", "apple",
                        "appleid", "google", "facebook", "instagram", "social", "paypal", "amazon", "microsoft")
        for word in ("password", "passcode", "login", "credentials")
    ),
    "home": ("homeaddress", "homecoordinates", "homelocation", "gpslocation", "gpscoordinates", "livelocation",
             "exactlocation", "preciselocation"),
}  # fmt: skip
"""Parameter names (case, `_` and `-` dropped) that ask for a personal datum of each kind of `_DATA_JOBS`."""
_LOGIN_WORDS = frozenset(("password", "passcode", "login", "credentials", "user", "users", "my", "your", "their"))
_DATA_OWNERS = ("", "user", "users", "my", "your", "their", "customer", "person", "owner", "holder", "cardholder")


@functools.cache
def _data_names() -> dict[str, str]:
    """Every parameter name that asks for a personal datum (a core of `_DATA_CORES` with an owner before), and its
    kind."""
    out: dict[str, str] = {}
    for kind, cores in _DATA_CORES.items():
        for core in cores:
            for owner in _DATA_OWNERS:
                out[owner + core] = kind
    return out


def _squeezed(name: str) -> str:
    """A parameter's name as `_STORES` and `_DATA_CORES` spell it (lower case, no `_` or `-`)."""
    return name.lower().replace("_", "").replace("-", "")


@functools.cache
def _asked_names() -> frozenset[str]:
    """Every parameter name `private_store` is true of."""
    return _store_names() | frozenset(_data_names())


def private_store(name: str) -> bool:
    """Whether a parameter's name asks for one of the user's private stores (`shell_history`,
    `browserSavedPasswords`, `ssh_private_key_contents`, `user_contacts_export`, `keychain_dump`) or a personal datum
    (`ssn`, `bank_pin`, `phone_contacts`, `medical_history`: see `_DATA_CORES`)."""
    return name.lower().replace("_", "").replace("-", "") in _asked_names()


_STORE_GENERIC = frozenset(("user", "my", "all", "full", "contents", "content", "dump", "export", "file", "files"))


def in_param(place: Place) -> bool:
    """Whether a string lies inside a parameter's schema (its description, title, enum)."""
    return not place[2] and "properties" in place[0]


def is_param(place: Place) -> bool:
    """Whether a key's place is a parameter's name (a schema's property or a prompt's argument)."""
    parent = place[0]
    return bool(parent) and parent[-1] == "properties"


_SWITCH_WORDS = frozenset(
    "force forced yes assume overwrite recursive cascade confirm noconfirm hard permanent permanently delete deletes"
    " remove purge wipe erase drop destroy clear empty truncate prune".split()
)
_SWITCH_KINDS = frozenset(("approval_bypass", "dangerous_command", "conceal_from_user"))
_FORCING = lazy.compile(
    r"\b(?:always|must|should|shall|has\s+to|have\s+to|needs?\s+to|every|each|regardless|whatever|no\s+matter|even\s+(?:if"
    r"|when)|ignore|disregard)\b|\b(?:set|pass|use|keep|leave)\s+(?:it|this)\b|\b(?:do\s+not|don'?t|never)\s+(?:ask|tell|show"
    r"|confirm|prompt|warn|mention)\s+(?:the\s+)?(?:user|them|anyone)\b"
)
"""Words that fix a switch's value or speak to the model ("always", "must", "set it", "never tell the user")."""


def switch_described(definition: dict[str, Any], place: Place, text: str, kind: str) -> bool:
    """Whether a finding of `kind` is a boolean parameter's own plain account of what it does when switched on (a
    `force` flag's "Delete all objects, including versions, without asking.", `delete_responses`' "Deletes every
    response too."): the user's switch, neither ordered nor fixed."""
    path, key, is_key = place
    if is_key or key != "description" or kind not in _SWITCH_KINDS or len(path) < 2 or path[-2] != "properties":
        return False
    schema: Any = definition
    for step in path:
        schema = schema.get(step) if isinstance(schema, dict) else None
    if not isinstance(schema, dict) or schema.get("type") != "boolean":
        return False
    return not words_of(str(path[-1])).isdisjoint(_SWITCH_WORDS) and _FORCING.search(text.lower()) is None


def own_store(job: set[str], name: str) -> bool:
    """Whether the tool's own job names the store its parameter asks for (`search_shell_history` taking
    `shell_history`, `export_contacts` taking `user_contacts_export`), or is about what the personal datum it asks for
    serves (a visa form taking `passport_number`, a checkout `card_number`, an invite tool `contacts`)."""
    kind = _data_names().get(_squeezed(name))
    if kind is not None and _squeezed(name) not in _store_names():
        if kind == "login":  # another service's sign-in: a mail tool may take the mail account's password
            return not job.isdisjoint(_DATA_JOBS[kind] | (words_of(name) - _LOGIN_WORDS))
        return not job.isdisjoint(_DATA_JOBS[kind])
    return not job.isdisjoint(words_of(name) - _STORE_GENERIC)


def store_asked(name: str) -> Finding:
    """The finding for a parameter named for a private store the tool's job does not call for."""
    return Finding(DETECTOR, "data_request", 0, len(name), 0.7)


# --- judging -----------------------------------------------------------------------------------------------------

_ANCHORS = (
    # _SECRET
    *_SECRET.anchors,
    # _CONVERSATION, _SYSTEM, _PERSONAL
    *_CONVERSATION.anchors,
    "system",
    "your",
    "assistant",
    "model",
    "agent",
    "instruction",
    "tool list",
    "tool def",
    "tool desc",
    "tool sch",
    "tools",
    "address",
    "phone",
    "their",
    "contact",
    "looks like",
    # _DEST
    "://",
    "@",
    "+",
    "#",
    "0x",
    "iban",
    "our ",
    "external",
    "remote",
    "third",
    "attacker",
    "partner",
    # _CONCEAL
    *_CONCEAL.anchors,
    # _EVERY
    "every",
    "each",
    "any",
    "all",
    "whatever",
    "anything",
    "matter",
    "now on",
    "future",
    "later",
    "greeting",
    "answering",
    "respond",
    "replying",
    "start",
    "beginning",
    # _SMEAR
    "buggy",
    "broken",
    "corrupt",
    "unsafe",
    "insecure",
    "compromised",
    "malicious",
    "unreliable",
    "poisoned",
    "hacked",
    "leak",
    "outdated",
    "obsolet",
    "deprecated",
    "retired",
    "fake",
    "untrusted",
    "dangerous",
    "harmful",
    "banned",
    "disabled",
    "insegur",
    "veraltet",
    "unsicher",
    "dangereux",
    "obsol",
    # _WRITE, _EXEC
    "crontab",
    "startup",
    "launchagents",
    "git/hooks",
    "shell ",
    "curl",
    "wget",
    "rm -",
    "drop ",
    "chmod",
    "sudo",
    "as root",
    "privileged",
    "no-verify",
    "recipient",
    "remote",
    "assign",
    "go through",
    "gave",
    "given",
    "agreed",
    "consented",
    "twice",
    "again",
    "anymore",
    "notice",
    "here",
    "entry point",
    "nc -",
    "base64",
    "eval",
    "powershell",
    # _OVERRIDE, _STEER, _PIPED, _SKIP_CONSENT, _EDIT_OUT, _ADD_IN, _SUPERSEDES
    "revoked",
    "rules",
    "guideline",
    "polic",
    "restriction",
    "guardrail",
    "safeguard",
    "follow only",
    "ask",
    "confirm",
    "approv",
    "permission",
    "consent",
    "consult",
    "wait",
    "prompt",
    "bother",
    "remove",
    "omit",
    "hide",
    "exclude",
    "filter out",
    "leave out",
    "suppress",
    "strip",
    "censor",
    "sentence",
    "phrase",
    "line",
    "tagline",
    "slogan",
    "footer",
    "disclaimer",
    "signature",
    "banner",
    "promotion",
    "advert",
    "supersede",
    "replaces",
    "overrides",
    ">",
    "outrank",
    "precedence",
    "supersede",
    "override",
    "no longer need",
    "earlier",
    "previous",
    "prior",
    "original",
    "granted",
    "given",
    "authori",
    "approved",
    "carry them out",
    "actually",
    "usually",
    "really",
    "typically",
    "generally",
    "mostly",
    "normally",
    "always",
    "in fact",
    "served",
    "swap",
    "recommend",
    "rat",
    "rank",
    "score",
    "label",
    "classif",
    "signup",
    "inaccurate",
    "wrong",
    "incorrect",
    "stale",
    "flaky",
    "rounding",
    "lose",
    "drop",
    "spyware",
    "malware",
    "backdoor",
    "scam",
    "trust",
    "tracks",
    "third",
    "advertis",
    "stranger",
    "unknown serv",
    "first",
    "on top",
    "above",
    "alternative",
    "rival",
    "even if",
    "even when",
    "even though",
    "regardless",
    "whether or not",
    "in the",
    "from the chat",
    "from the conv",
    "date of birth",
    "birth",
    "full name",
    "full legal",
    "passport",
    "maiden",
    "~/",
    "instead",
    "rather than",
    "public",
    "anyone with",
    "world",
    "referral",
    "competitor",
    "output",
    "result",
    "response",
    "answer",
    "content",
    "return",
)
"""Literals of which every cue above holds one (a part with none of them cannot give a finding)."""
_CUES = lazy.compile(trie(set(_ANCHORS)))
"""Where a cue starts (only asked whether one occurs): one branch per first character, so a position that starts
no cue costs one look instead of one per cue."""


_FILE_JOB = frozenset(
    "file files fs dir dirs directory directories folder folders path paths read write edit move copy search tree"
    " glob grep commit git repo repository diff stage add dotfiles config configure backup sync".split()
)


_MENTIONS = frozenset(("sensitive_file", "data_request", "credential_request", "network_request"))
_NEGATED = lazy.compile(r"\b(?:never|not|don'?t|no|without|nor)\b")
_NEGATION_BEFORE = lazy.compile(r"\b(?:never|not|don'?t|no|nor|without|only)\s+(?:\w+\s+){0,1}$")


_EMERGENCY_JOB = frozenset("emergency panic sos duress estop evacuate evacuation".split())
"""Words of a tool's name or summary whose job is acting at once (an emergency stop, a panic alarm)."""
_UNASKED = re.compile(r"\b(?:ask|asking|confirm\w*|approv\w*|wait\w*)\b")


def quiet(job: set[str], text: str, f: Finding, summary: int = 0, param: bool = False) -> bool:
    """Whether a rule's finding about files, data or addresses is the tool's own business rather than an order: a
    weak mention where the tool's job is files or credentials (a file tool naming `.env`), a weak one in the tool's
    own summary (its first `summary` characters), `.env` named where a parameter (`param`) asks for the credential
    of the tool's own job ("Netlify token; read it from .env"), or one under a prohibition ("never send a private
    key")."""
    if f.kind == "approval_bypass" and f.score <= 0.35:  # "without asking" alone, no order to skip the user
        return consent_kept(text, f.start)
    if f.kind == "approval_bypass" and f.score <= 0.5 and job & _EMERGENCY_JOB:
        return True  # an emergency stop or panic alarm told not to wait for a confirmation: acting at once is its job
    if f.kind == "conceal_from_user":  # "never delete files without telling the user", "never purge silently"
        low = text.lower()
        window = (max(0, f.start - 140), min(len(low), f.end + 40))
        for pattern in (_CONSENT_KEPT, _SECRECY_FORBIDDEN, _CANDOUR_KEPT, MUTED, OWN_INTERNALS):
            if any(m.start() <= f.end and f.start < m.end() for m in pattern.finditer(low, *window)):
                return True
    if f.kind in ("tool_preference", "redirect") and _versions_only(job, text.lower()[f.start : f.end]):
        return True
    if f.kind == "tool_preference" and failure_advice.after_failure(text.lower(), f.start, f.end):
        return True  # ("if the upload fails, stop and report the error. Do not try other tools")
    if f.kind == "tool_preference" and scoped_advice.points_elsewhere(text.lower()[f.start : f.end], job, words_of):
        return True  # ("do not use the shell server to cat files; use read_file instead")
    if f.kind not in _MENTIONS:
        return False
    low = text.lower()
    if f.kind == "credential_request":  # a key for the tool's own service, not one of the user's own secrets
        around = low[max(0, f.start - 40) : f.end + 40]
        if not _PERSONAL_SECRET.search(around) and not _THEIRS.search(around):
            return True
    if f.score <= 0.4 and job & (_FILE_JOB | _SCOPE_WORDS["secret"]):
        return True
    weak = f.score <= 0.4 or (param and ".env" in low[f.start : f.end])
    if weak and f.kind in ("sensitive_file", "credential_request") and own_credentials.fits(job, low):
        return True  # where the tool's own credential is kept ("its DSN, e.g. from .env")
    if f.score <= 0.5 and f.end <= summary:
        return True
    if _NEGATION_BEFORE.search(low, max(0, f.start - 24), f.start) or _NEGATED.search(low, f.start, f.end):
        return not _CONCEAL.search(low, max(0, f.start - 80), f.end + 80)
    if param and f.kind == "sensitive_file" and f.score <= 0.4 and _REFUSED_AFTER.match(low, f.end) is not None:
        return not _CONCEAL.search(low, max(0, f.start - 80), f.end + 80)  # ("/etc or ~/.ssh are rejected")
    return False


_NAMED = lazy.compile(r"[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+")
_VERSION = lazy.compile(r"(?:[_-]?v\d+|[_-]\d+|[_-](?:old|legacy|deprecated|classic|beta|prev|previous))$")


def _versions_only(job: set[str], span: str) -> bool:
    """Whether every tool a span names is an earlier version of this one (`search_v1` beside `search_v2`): a note
    that the tool replaces its own old version steers the model to nobody else."""
    named = False
    for m in _NAMED.finditer(span):
        cut = _VERSION.search(m.group())
        stem = words_of(m.group()[: cut.start()]) if cut is not None else set()
        if not stem or not stem <= job:
            return False
        named = True
    return named


def _maybe(s: str) -> bool:
    """Whether a string of a definition can hold anything `find` looks for (a cue, or an order in a schema value)."""
    return _maybe_short(s) if len(s) <= _SHORT else _maybe_text(s)


_SHORT = 64
"""Strings up to this long have `_maybe` remembered: `type`, `string`, a parameter name repeat across a catalog."""


def _maybe_text(s: str) -> bool:
    """`_maybe` worked out (the schema expression only on text holding one of its words: most strings hold none)."""
    low = s.lower()
    if _CUES.search(low) is not None:
        return True
    return " " in s.strip() and any(w in low for w in _SCHEMA_WORDS) and _SCHEMA_ORDER.search(low) is not None


_maybe_short = functools.lru_cache(maxsize=4096)(_maybe_text)


def _job(parts: list[Part], scope: set[str], kind: str) -> tuple[str, set[str]]:
    """The description's first sentence (lower-cased) when it summarises the tool, and the words of the tool's job."""
    if kind == "prompt":
        scope.add("conversation")
    summary = ""
    for p in parts:
        if p.role == "description":
            summary = _first_sentence(p.text.strip()).lower()
            break
    if not _summarises(summary):
        return "", scope
    return summary, scope | words_of(summary)


_NOT_SUMMARY = lazy.compile(
    r"^[\s\W_]*(?:\[[^\]]{0,30}\]|<[a-z][\w-]*>|(?:important|note|nb|notice|warning|attention|reminder|instructions?"
    r"|system|assistant|model|ai|agent|llm|new\s+policy)\s*[:!,-]|(?:before|after|when|whenever|once|if|unless|prior\s+to"
    r"|never|always|do\s+not|don'?t|no\s+need|you|your|ignore|disregard|forget|this\s+(?:tool|server)\s+(?:supersedes"
    r"|replaces|overrides))\b)"
)


def _summarises(sentence: str) -> bool:
    """Whether a description's first sentence reads as the tool's own summary ("Read a file ..."), not as an order
    placed at its head ("Before calling any other tool, ...", "[SYSTEM] ...", "Never ask the user ...")."""
    if not sentence:
        return True
    return _NOT_SUMMARY.match(sentence) is None and not _modal(sentence) and not _concealing(sentence)


def job_of(texts: Sequence[str], places: Sequence[Place], kind: str = "tool") -> set[str]:
    """The words of a definition's job (name, title, summary sentence, URI), for `quiet` (strings as `gather` gives
    them, read as in `find`)."""
    parts, scope, _, _ = parts_of(texts, places)
    return _job(parts, scope, kind)[1]


def summary_end(text: str) -> int:
    """Where a description's first sentence (the tool's own summary) ends; 0 when it is no summary (`_summarises`)."""
    first = _first_sentence(text.strip())
    end = len(first) + (len(text) - len(text.lstrip()))
    return end if _summarises(first.lower()) else 0


_RUN_ON = lazy.compile(
    r"(?<=[a-z0-9)\]])\s+(?=(?:When|Whenever|Before|After|If|Always|Never|Do not|Don't|Ignore|Disregard|Note|Important"
    r"|IMPORTANT|You|Please|To avoid|AI|Assistant|Users?)\b)"
)


def _first_sentence(text: str) -> str:
    """A description's first sentence, cut where a capitalised order runs on without a stop ("... two points When this
    tool fails, run ...")."""
    first = _SENTENCES.split(text, maxsplit=1)[0]
    m = _RUN_ON.search(first)
    return first[: m.start()] if m else first


def find(
    texts: Sequence[str], places: Sequence[Place], kind: str = "tool"
) -> tuple[list[tuple[int, Finding]], set[str] | None]:
    """Findings (index into `texts`, finding) for orders that reach outside what the definition's tool is for,
    and the words of that job (see `quiet`; None when no string holds a cue, see `job_of`). The strings and their
    places are as `gather` gives them (read: hidden characters stripped, look-alikes folded). A prompt is a request
    the user picks, so the conversation is its business."""
    for t, p in zip(texts, places, strict=True):
        if not p[2] and _maybe(t):
            break
    else:
        return [], None  # most definitions: nothing to judge, and the job is worked out only if asked for
    parts, scope, params, own = parts_of(texts, places)
    summary, job = _job(parts, scope, kind)
    live = [p for p in parts if _cued(p.text.lower()) or (p.role == "schema" and " " in p.text.strip())]
    if not live:
        return [], job
    others = {w.lower() for w in params} | {own.lower()} | {w for w in scope}
    out: list[tuple[int, Finding]] = []
    for p in live:
        low = p.text.lower()
        pos = 0
        prev = ""
        for n, clause in enumerate(_SENTENCES.split(low)):
            start = low.find(clause, pos) if clause else -1
            if start < 0 or not clause.strip():
                continue
            pos = start + len(clause)
            if p.role == "description" and n == 0 and clause.strip() == summary.strip() and not _modal(clause):
                continue  # the tool's own summary ("Read the contents of a file") describes, it does not order
            if p.role != "schema" and not _cued(clause):
                prev = clause
                continue  # no cue in this clause: nothing for `_judge` to find
            judged = _judge(clause, p, job, params, others, prev)
            if prev and _concealing(clause) and _is_order(prev) and _cued(prev):
                pair = _judge(f"{prev}, {clause}", p, job, params, others)  # "... Users do not need to be told."
                if pair is not None and (judged is None or pair[1] > judged[1]):
                    judged = pair
            smear = _smear(clause, low, own.lower(), others, prev)
            if smear is not None and (judged is None or smear[1] > judged[1]):
                judged = smear
            prev = clause
            if judged is not None:
                kind, score = judged
                out.append((p.index, Finding(DETECTOR, kind, start, start + len(clause), score)))
    return out, job


_SMEAR_WEAK = lazy.compile(
    r"\b(?:inaccurate|wrong|incorrect|stale|unreliable|buggy|broken|flaky|rounding\s+errors|corrupts?|corrupted|loses?\s+(?:\w+\s+)?"
    r"(?:data|messages|files|results|records)|drops?\s+(?:\w+\s+)?(?:data|messages|records))\b"
)
_SMEAR_BAD = lazy.compile(
    r"\b(?:spyware|malware|malicious|compromised|insecure|unsafe|hacked|backdoor\w*|dangerous|harmful|fake|poisoned|scam\w*"
    r"|untrustworthy|leak\w*|(?:should|must|can|cannot|can'?t)\s*(?:not\s+)?be\s+trusted|not\s+(?:to\s+be\s+)?trust(?:ed|worthy)"
    r"|tracks?\s+(?:you|users|everything)|sends?\s+(?:\w+\s+){0,3}?to\s+(?:third\s+parties|advertisers|attackers|strangers"
    r"|unknown\s+servers))\b"
)
_PREFER_SELF = lazy.compile(
    r"\b(?:rely\s+on|use|pick|prefer|choose|call)\s+(?:only\s+)?(?:this|these)\s+(?:one|tool|server|function|instead)\b"
    r"|\b(?:always|only)\s+(?:use|pick|choose|call|rely\s+on)\s+this\b|\binstead\b|\bavoid\b|\b(?:do\s+not|don'?t|never)\s+use\b"
    r"|\b(?:route|send|direct|move)\s+(?:all|every|any)\s+\w+\s+(?:here|to\s+this|through\s+this)\b|\breplacement\s+for\b"
)
_EXAMPLE_LABEL = lazy.compile(r"\s*[:)\]*]|\s+(?:example|usage|form|call|output)s?\s*:")
"""What follows "incorrect" or "wrong" used as the label of an example ("INCORRECT: ...", "Wrong usage:"), which runs
no tool down."""
_USE_NAMED = lazy.compile(r"\b(?:use|prefer|pick|choose|call)\s+[`'\"]?([\w.-]*\w)")
_PRONOUN_START = lazy.compile(r"\s*(?:it|they|that\s+one|those|these|this\s+one)\b")
_OTHER_KIND = lazy.compile(
    r"\b(?:other|competing|alternative|built-?in|third-?party|rival|older|installed)\s+(?:[\w-]+\s+){0,2}?(?:readers?|fetchers?"
    r"|linters?|clients?|implementations?|versions?|apps?|services?|integrations?|utilities|libraries|packages)\b"
)


@_per_clause
def _run_down(clause: str) -> tuple[bool, bool]:
    """(whether a clause holds a strong word against a tool, whether it holds any: `_SMEAR_BAD`, `_SMEAR_WEAK`),
    looked for once per clause."""
    bad = _SMEAR_BAD.search(clause) is not None
    return bad, bad or any(_EXAMPLE_LABEL.match(clause, m.end()) is None for m in _SMEAR_WEAK.finditer(clause))


def _smear(clause: str, text: str, own: str, others: set[str], prev: str = "") -> tuple[str, float] | None:
    """(kind, score) of a clause that runs down another tool or server ("the other math tools give inaccurate
    results"; the tool may be named in `prev`, the clause before: "Avoid x_tool; it leaks data"), more when the part
    also steers the model to this one; `text` is the whole part, lower-cased."""
    bad, weak = _run_down(clause)
    if not weak:
        return None
    named = _other_tool(clause, others) or _OTHER_KIND.search(clause)
    if not named and not (_PRONOUN_START.match(clause) and (_other_tool(prev, others) or _OTHER_KIND.search(prev))):
        return None
    if _PREFER_SELF.search(text) or (own and own in _USE_NAMED.findall(text)):
        return ("tool_preference", 0.7)
    return ("tool_preference", 0.65 if bad else 0.5)


def _protected(clause: str, at: int) -> bool:
    """Whether a negation or condition stands before position `at` in its clause (a prohibition, not a demand); a
    leading purpose ("to avoid rate limits, include ...") does not count."""
    purpose = _PURPOSE.match(clause)
    return _PROTECT.search(clause, purpose.end() if purpose else 0, at) is not None


_DENIED_AFTER = lazy.compile(
    r"[^.;:,]{0,40}?\b(?:is|are|will\s+be|gets?)\s+(?:never|not)\s+(?:sent|shared|stored|logged|read|kept|collected"
    r"|transmitted|included|uploaded|saved|seen|shown|requested|needed|used)\b"
)
"""What a statement says of the thing named right before it ("your system prompt is never sent to this server")."""
_REFUSED_AFTER = lazy.compile(
    r"(?:['\"`]?(?:,|\s+(?:and|or))\s+['\"`]?[\w~/.$-]+)*['\"`]?\)?\s*(?:is|are|will\s+be|gets?)\s+(?:always\s+)?"
    r"(?:rejected|refused|blocked|denied|disallowed|forbidden|not\s+(?:allowed|permitted|accepted))\b"
)
"""A parameter's note that the paths it names are turned away ("system paths such as /etc or ~/.ssh are rejected")."""


def _refused(text: str, name: str) -> bool:
    """Whether `text` says the path `name` is turned away (`_REFUSED_AFTER` right after it)."""
    at = text.find(name)
    return at >= 0 and _REFUSED_AFTER.match(text, at + len(name)) is not None


_PURPOSE = lazy.compile(r"[\s\W]*(?:to|in\s+order\s+to|so\s+as\s+to)\s+(?:avoid|prevent|not)\b[^,;:]{0,60}[,:]")


def _judge(
    clause: str, part: Part, job: set[str], params: set[str], others: set[str], prev: str = ""
) -> tuple[str, float] | None:
    """(kind, score) of one clause (`prev`: the clause before it), or None."""
    in_schema = part.role == "schema"
    order = _is_order(clause)
    noun = part.role in ("param", "schema") and not order  # a parameter's text says what to put in it
    conceal = _concealing(clause)
    if conceal is not None and _omits_param(conceal.group(), params):
        conceal = None
    best: tuple[str, float] | None = None
    if not order and not noun:
        return _statement(clause, others, conceal is not None, prev)
    if conceal is None and _inert(clause):
        return None  # nothing below can keep a finding, whatever the tool's job, parameters and neighbours

    def keep(kind: str, score: float) -> None:
        nonlocal best
        if best is None or score > best[1]:
            best = (kind, score)

    param_words = words_of(part.param) if part.param else set()
    secret_scope = bool(job & _SCOPE_WORDS["secret"]) or bool(param_words & _SCOPE_WORDS["secret"])
    convo_scope = bool(job & _SCOPE_WORDS["conversation"]) or bool(param_words & _SCOPE_WORDS["conversation"])
    dest = _DEST.search(clause)
    if dest is not None and key_signups.only_source(clause):
        dest = None  # the page where the user gets a key of their own ("get a free API key at https://...")
    transfer = _TRANSFER.search(clause)
    hand = _HAND_OVER.search(clause)

    secret = None  # the first match: what `_SECRET.search(clause)` finds
    for m in _SECRET.finditer(clause):
        if secret is None and noun and not secret_scope:
            secret_scope = own_credentials.fits(job, part.text.lower())  # a parameter for its own job's credential
        secret = secret or m
        if _protected(clause, m.start()) and not conceal:
            continue
        if noun and not conceal and m.group("file") and _refused(part.text.lower(), m.group()):
            continue  # ("system paths such as /etc or ~/.ssh are rejected")
        if m.group("file"):
            dotenv = m.group("file").endswith(".env")
            if dest and transfer:
                keep("sensitive_file", 0.8)
            elif not secret_scope and (noun or (hand and not dotenv)):
                keep("sensitive_file", 0.8 if not dotenv else 0.6)
            elif not secret_scope and order:
                keep("sensitive_file", 0.45)
        elif not secret_scope:
            ask = _ASK_USER.search(clause)  # the user asked for a secret named after the ask, not to confirm a payee
            asked = ask and (_PERSONAL_SECRET.search(clause, ask.start()) or _THEIRS.search(clause, ask.start()))
            sourced = _sourced(clause) or "_" in m.group()  # an environment variable's name: a stored secret
            moved = _moved(clause, m.start())
            valued = part.role in ("param", "schema") and _VALUE_OF.search(clause, max(0, m.start() - 48), m.start())
            owned = noun and _THEIRS.search(clause, 0, m.start()) and _FINANCIAL.match(clause, m.start())
            if owned and not (job & _MONEY_JOB):  # a search tool's parameter for the user's card number
                keep("credential_request", 0.75)
            elif asked or dest or valued or (sourced and moved and (order or noun)):
                keep("credential_request", 0.75 if (dest or asked or noun) else 0.7)
        elif dest and transfer:
            keep("network_request", 0.7)
        break

    convo = _CONVERSATION.search(clause)
    system = _SYSTEM.search(clause)
    for pattern, m in ((_CONVERSATION, convo), (_SYSTEM, system)):
        if m is None or (_protected(clause, m.start()) and not conceal):
            continue
        if not order and not conceal and _DENIED_AFTER.match(clause, m.end()) is not None:
            continue  # a parameter's note that the thing is never sent, not a demand for it
        if pattern is _SYSTEM:
            if order or _EXHAUSTIVE.search(clause) or _MODEL_OWNED.search(clause):
                keep("data_request", 0.75 if (hand or noun or dest) else 0.6)
        elif (dest and transfer) or (
            not convo_scope and (hand or noun or transfer) and (dest or _EXHAUSTIVE.search(clause))
        ):
            asked = (
                "user_message" if not (dest or conceal) and _current_message(clause, part, params) else "data_request"
            )
            keep(asked, 0.7)

    personal = _PERSONAL.search(clause)
    gathered = dest or conceal or convo or "looks like" in clause
    if personal is not None and order and gathered and (hand or transfer) and not _protected(clause, personal.start()):
        keep("data_request", 0.65)

    if dest is not None and (transfer or hand) and not in_schema:
        external_job = bool(job & _SCOPE_WORDS["external"])
        data = secret or convo or personal
        data = data or _USER_DATA.search(clause)
        if _EXAMPLE.search(clause, max(0, dest.start() - 24), dest.start()):
            pass  # an example of what the user might give
        elif not dest.group("channel") and not dest.group("remote"):
            if data and not _protected(clause, dest.start()):
                keep("network_request", 0.7)
            elif not external_job:
                keep("network_request", 0.4)
        elif dest.group("remote") and data and not external_job:
            keep("network_request", 0.6)

    if (w := _WRITE.search(clause)) and not _protected(clause, w.start()) and not _asks_first(clause):
        keep("sensitive_file", 0.75)
    run = _EXEC.search(clause)
    if run and part.role != "title" and not (job & _RUN_JOB) and not words_of(run.group()) <= job:
        keep("cross_tool", 0.7)
    if _OVERRIDE.search(clause):
        keep("new_instructions", 0.65)
    if _steers(clause, conceal) or (_RIVAL.search(clause) and _CLAIM.search(clause)):
        keep("answer_steering", 0.65)

    tool = _other_tool(clause, others)
    every = _EVERY.search(clause)
    if tool:
        if _SMEAR_STRONG.search(clause) or (_REROUTE.search(clause) and (conceal or every)):
            keep("tool_preference", 0.7)
        if _TAMPER.search(clause) and (every or conceal or dest):
            keep("cross_tool", 0.7)
        if every and (dest or convo or run):
            keep("cross_tool", 0.7)
        if conceal and (transfer or hand):
            keep("cross_tool", 0.65)
        if _PIPED.search(clause) and order:
            keep("cross_tool", 0.65)
    if every and (convo or system) and order:
        keep("tool_preference", 0.7)
    if (
        conceal
        and order
        and not _concealing_is_protective(clause, conceal.start())
        and not _consent_kept(clause, conceal)
        and not (job & _EMERGENCY_JOB and _UNASKED.search(conceal.group()) is not None)
    ):
        if best is not None:
            keep(best[0], min(0.9, best[1] + 0.15))
        if dest is not None and (transfer or hand):  # an outside address slipped in, kept from the user
            keep("network_request", 0.7)
        if _HARM.search(clause):  # a destructive act kept from the user
            keep("conceal_from_user", 0.7)
        keep("conceal_from_user", 0.55)
    if tool and order and (conceal or every) and _HARM.search(clause) and not (job & _RUN_JOB):
        keep("cross_tool", 0.65)
    if tool and order and (m := _INSTEAD_THIS.search(clause)) and not _protected(clause, m.start()):
        keep("tool_preference", 0.7 if _SMEAR.search(part.text.lower()) else 0.4)
    if tool and order and (transfer or hand) and _PUBLIC.search(clause):
        keep("network_request", 0.7)
    if (
        order
        and (hand or transfer)
        and (m := secret)
        and not m.group("file")
        and not _protected(clause, m.start())
        and (
            _YOUR_STORE.search(clause)
            or (_USERS.search(clause) and _other_tool(clause[: m.start()] + clause[m.end() :], others))
        )
    ):
        keep("credential_request", 0.7)  # a secret handed to another tool, or taken from the model's own environment
    asked_for = order and hand and personal and _INTO_PARAM.search(clause)
    if asked_for and not _protected(clause, personal.start()) and not (job & (_FILE_JOB | _PERSONAL_JOB)):
        keep("data_request", 0.65)
    foreign = _foreign_trigger(clause, job | params)
    if foreign is not None:
        keep("cross_tool", foreign)
    if tool and order and _PRIVILEGE.search(clause) and not (job & _RUN_JOB):
        keep("cross_tool", 0.65)
    escalates = _ESCALATE.search(clause) or (hand and _INTO_THIS.search(clause))
    if tool and order and escalates and not (job & _ADMIN_JOB):
        keep("cross_tool", 0.65)
    if order and (skip := _SKIP_CONSENT.search(clause)) and not _consent_kept(clause, skip):
        keep("approval_bypass", 0.7 if _HARM.search(part.text.lower()) else 0.55)
    if (
        order
        and ((out := _EDIT_OUT.search(clause)) or _ADD_IN.search(clause))
        and (_PRESENT.search(clause) or _EVERY.search(clause))
        and not (out and out.group().endswith((" about", " from", " of")) and job & _FILTER_JOB)
        and not (out and SET_CRITERION.search(clause, out.start(), out.end() + 40))
    ):
        keep("answer_steering", 0.65)  # (a filter's own "exclude results from blocked domains in the response")
    if in_schema and order and best is None and _SCHEMA_ORDER.search(clause):
        keep("hidden_instructions", 0.45)
    return best


@_per_clause
def _inert(clause: str) -> bool:
    """Whether a clause holds none of what `_judge` keeps a finding for (asked once per clause: the sentences of a
    catalog's parameters repeat across its tools). With no secrecy words either (`_concealing`), `_judge` finds
    nothing in it whatever the tool's job and parameters: each finding it keeps needs one of these to match (a
    finding added to `_judge` on another expression needs that expression here too)."""
    searched = (
        _SECRET,
        _DEST,
        _CONVERSATION,
        _SYSTEM,
        _PERSONAL,
        _WRITE,
        _EXEC,
        _OVERRIDE,
        _STEER,
        _RIVAL,
        _OTHER_TOOL,
        _EVERY,
        _SKIP_CONSENT,
        _EDIT_OUT,
        _ADD_IN,
        _SCHEMA_ORDER,
    )
    return _TRIGGER.match(clause) is None and all(pattern.search(clause) is None for pattern in searched)


_SKIP_CONSENT = _gated(
    tuple("avoid bypass confirmation disable do don ignore never no skip suppress there without".split()),
    lazy.compile(
        r"\b(?:never|do\s+not|don'?t|no\s+need\s+to|there\s+is\s+no\s+need\s+to|without)\s+(?:ever\s+|first\s+)?(?:ask|asking"
        r"|check(?:ing)?\s+with|consult(?:ing)?|confirm(?:ing)?\s+with|wait(?:ing)?\s+for|prompt(?:ing)?|bother(?:ing)?|seek(?:ing)?"
        r"|request(?:ing)?|get(?:ting)?|obtain(?:ing)?|need|require)\s+"
        r"(?:(?:the\s+)?(?:user|users|human|them|anyone)\s+)?(?:(?:for|with)\s+(?:any\s+|a\s+)?(?:\w+\s+)?(?:confirmation|permission"
        r"|approval|consent|go-?ahead)|before\s+[\w-]+ing\b|(?:(?:the\s+)?user'?s?\s+)?(?:confirmation|permission|approval"
        r"|consent))"
        r"|\b(?:skip|bypass|ignore|suppress|disable|avoid)\s+(?:any\s+|all\s+|the\s+|every\s+)?(?:user\s+)?(?:confirmation"
        r"|approval|permission|consent)s?\b"
        r"|\b(?:do\s+not|don'?t|never|no\s+need\s+to)\s+ask\s+(?:again|anymore|any\s+more|twice)\b"
        r"|\bconfirmation\s+(?:dialogs?|prompts?|requests?|steps?|questions?)\s+(?:annoy|are\s+(?:annoying|unnecessary|not\s+needed"
        r"|disabled|skipped|a\s+waste))"
    ),
)
"""An order to act without the user's say: never ask them, skip confirmation."""
_HARM = lazy.compile(
    r"\b(?:delet\w*|remov\w*|eras\w*|wip\w*|overwrit\w*|drop\w*|purg\w*|destroy\w*|rm\s+-|transfer\w*|pay\w*"
    r"|send\w*|publish\w*|force[\s-]push\w*|everything|backups?|disabl\w*|deactivat\w*|revok\w*|turn\w*\s+off|two-factor"
    r"|2fa|mfa|shell\s+commands?|passwords?)\b"
)
_PRESENT = lazy.compile(
    r"\b(?:when(?:ever)?|before|while|as)\s+(?:you\s+)?(?:present|show|display|return|report|summari[sz]e|list|relay|give"
    r"|answer|respond|reply|write\s+(?:up\s+)?(?:the\s+)?(?:answer|summary))\w*\b|\b(?:in|from|to)\s+(?:your|the)\s+"
    r"(?:answer|response|reply|summary|final\s+output)s?\b|\bto\s+the\s+user\b"
)
_EDIT_OUT = lazy.compile(
    r"\b(?:remove|omit|hide|drop|exclude|filter\s+out|leave\s+out|suppress|strip|censor)\s+(?:any|all|every|each|the)?\s*"
    r"(?:\w+\s+)?(?:results?|mentions?|references?|entries|items|links|reviews|lines|sources|rows|records|comments"
    r"|warnings?|findings?|alerts?)\s+(?:(?:that|which|who)\s+(?:\w+\s+)?)?(?:mention|mentions|mentioning|reference|references"
    r"|referencing|refer|refers|referring|criticis\w*|criticiz\w*|compare|compares|complain\w*|recommend\w*|favou?r\w*"
    r"|about|from|of)\b"
    r"|\b(?:remove|omit|hide|drop|exclude|filter\s+out|leave\s+out|suppress|strip|censor)\s+(?:\w+\s+){0,6}?(?:competitors?"
    r"|rivals?|negative|critical|bad|unfavou?rable|complaints?|refunds?|vulnerabilit\w+|risks?|security\s+(?:warnings?|issues?))\b"
)
_FILTER_JOB = frozenset(
    "filter filters filtering exclude excludes blocklist blocklists denylist moderate moderation curate clean"
    " cleanup dedupe deduplicate".split()
)
"""Jobs whose work is leaving out results of some source or kind (what `_EDIT_OUT` reads plainly as their own)."""
SET_CRITERION = re.compile(
    r"\b(?:blocked|blocklist\w*|block\s+list|denylist\w*|deny\s+list|banned|muted|excluded|untrusted|spam\w*"
    r"|malicious|phishing|debug|verbose|trace-level|older\s+than|newer\s+than|earlier\s+than|later\s+than"
    r"|(?:before|after|outside)\s+the\s+(?:given|requested|specified|selected|chosen)"
    r"|(?:do|does)\s+not\s+match|don'?t\s+match|doesn'?t\s+match)\b"
)
"""A criterion a filter sets by rule or by the user's choice (blocked sources, dates before the one given, debug
lines): what is left out by it is the filter's plain work, not a fact kept from the user."""
_ADD_IN = lazy.compile(
    r"\b(?:add|append|insert|include|prepend|end\s+with|start\s+with)\s+(?:the|this|a|our)\s+(?:following\s+)?(?:sentence"
    r"|phrase|line|tagline|slogan|footer|disclaimer|signature|banner|promotion|advert\w*|referral\s+link)\b[^.]{0,20}?['\"“‘:]"
)
_TRIGGER = lazy.compile(
    r"^[\s\W]*(?:when(?:ever)?|if|for\s+(?:any|every|each|all)|upon|on\s+(?:any|every|each)|each\s+time|every\s+time|while"
    r"|prior\s+to\s+(?:any|every|each|all)|before\s+(?:any|every|each|all))\b(?P<cond>[^,;:]{3,90}?)[,:]\s*(?P<order>.+)$"
)
_STOP = frozenset(
    "the a an any every each all user users you your asks ask asked wants want to of for in on with is are be being a"
    " some this that it its their them they when whenever if upon while time new other tool tools says said say not"
    " something anything care does do has have".split()
)
_SELF_ORDER = lazy.compile(
    r"^(?:(?:please|always|just|simply|first|then)\s+)*(?:use|call|invoke|run|choose|pick|prefer)\s+(?:this|it)\b"
)
_TAMPER_ORDER = lazy.compile(
    r"\b(?:change|set|replace|swap|switch|redirect|route|append|prepend|add|assign|label|cc|bcc|copy|forward|upload|send|post"
    r"|skip|omit|hide|drop|use|sudo|read|include|attach|also|first\s+call|call|invoke)\b"
)
_TAMPER_OBJECT = lazy.compile(
    r"\b(?:recipients?|remote|destination|account|assignees?|labels?|labell?ed|owner|cc|bcc|sudo|payee|iban|to\s+https?://"
    r"|https?://|approved|instead\s+of\s+(?:theirs|the\s+user'?s)|do\s+not\s+mention|don'?t\s+mention"
    r"|full\s+\w+|entire|verbatim|every\s+command|to\s+(?:it|every|each|all))\b|\bappend\b|\bskip\b|@[\w-]+\.|~/|\.ssh/"
)


def _foreign_trigger(clause: str, job: set[str]) -> float | None:
    """The score of an order that fires on another tool's occasion ("When sending an email with any tool, change the
    recipient to ...", "For any git_push operation, set the remote to ..."), or None: the trigger shares no word with
    the tool's own job and the order changes, adds to or diverts what that other action does."""
    m = _TRIGGER.match(clause)
    if m is None:
        return None
    cond = {w for w in words_of(m.group("cond")) if w not in _STOP and len(w) > 2}
    stems = {w[:4] for w in job if len(w) > 3}
    if not cond or cond & job or {w[:4] for w in cond} & stems:
        return None
    order = m.group("order")
    order = order[_PREAMBLE.match(order).end() :]  # type: ignore[union-attr]
    if _SELF_ORDER.match(order) or not _TAMPER_ORDER.search(order) or any(w in job for w in _IDENT.findall(order)):
        return None  # this tool's own business: "use this", or an order naming this tool
    if not _is_order(order):
        return None
    return 0.7 if _TAMPER_OBJECT.search(order) else None


_IDENT = lazy.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")


_PRIVILEGE = lazy.compile(r"\bsudo\b|\bas\s+root\b|--privileged\b|--no-verify\b|\bchmod\s+(?:-r\s+)?777\b")
_RIVAL = _gated(
    tuple("competing competitor rival".split()),
    lazy.compile(r"\b(?:competitors?'?s?|rivals?'?s?|competing\s+(?:products?|brands?|vendors?|services?))\b"),
)
_CLAIM = lazy.compile(r"\b(?:say|says|tell|claim|state|answer|reply|respond|mention|suggest|imply|warn)\b")
_USERS = lazy.compile(r"\b(?:user|users|their|the\s+user'?s|customer'?s?)\b")
_INSTEAD_THIS = lazy.compile(
    r"\b(?:use|call|choose|pick|prefer|invoke|route\s+\w+\s+(?:to|through))\s+this\s+(?:tool|one|function|server)\s+"
    r"(?:instead\s+of|rather\s+than|over|in\s+place\s+of)\b"
)
_PUBLIC = lazy.compile(
    r"\b(?:publicly|public\s+(?:link|gist|paste|bucket|repo|repository|channel|url)|anyone\s+with\s+the\s+link|world-?readable"
    r"|open\s+to\s+everyone)\b"
)
_YOUR_STORE = lazy.compile(
    r"\b(?:in|from)\s+your\s+(?:own\s+)?(?:environment|env|configuration|config|context|system\s+prompt|memory|settings"
    r"|files|shell|session)\b|\byou\s+(?:see|find|have|can\s+see|can\s+find|know)\s+(?:in|from)\b"
)
_INTO_PARAM = lazy.compile(
    r"\b(?:in|into|as|to)\s+(?:the\s+)?[`'\"]\w+[`'\"]|\b(?:in|into)\s+(?:the\s+|this\s+)?\w+\s+(?:field|parameter|param|argument)\b"
    r"|\bfill\s+in\b|\bhere\b"
)
_PERSONAL_JOB = frozenset(
    "contact contacts profile profiles user users person people customer customers crm address addresses kyc identity"
    " account accounts signup register registration form forms patient patients employee employees lead leads".split()
)
_ESCALATE = lazy.compile(
    r"\b(?:grant|give|add|invite|make|promote|assign|elevate)\b[^.;]{0,60}?\b(?:admin|administrator|owner|write|maintainer"
    r"|collaborator|root|sudo|superuser)\b"
)
_INTO_THIS = lazy.compile(
    r"\b(?:into|in|to|through|as)\s+(?:the\s+)?[`'\"]?\w+[`'\"]?\s+(?:argument|parameter|field|param|input)\s+of\s+this\s+(?:tool"
    r"|function)\b|\bthis\s+tool'?s\s+[`'\"]?\w+[`'\"]?\s+(?:argument|parameter|field|param|input)\b"
)
_ADMIN_JOB = frozenset(
    "admin administrator access permission permissions collaborator collaborators member members role roles invite"
    " user users team teams grant owner owners acl iam policy".split()
)
_FINANCIAL = lazy.compile(
    r"(?:(?:credit|debit)\s+)?card\s+numbers?\b|cvv\b|cvc\b|security\s+codes?\b|bank\s+(?:details|login|account\s+numbers?)\b"
    r"|social\s+security\b"
)
"""A parameter's text naming the user's own card, bank or social security number (what `owned` looks for)."""
_MONEY_JOB = frozenset(
    "pay payment payments charge charges billing checkout invoice invoices refund refunds purchase purchases order"
    " orders subscription subscriptions stripe bank banking kyc identity tax taxes payroll wallet merchant customer"
    " customers donation donations booking bookings".split()
)
"""A job where the user's card or identity numbers are the tool's business (its name, summary or parameters)."""
_VALUE_OF = lazy.compile(r"\b(?:value|values|contents?|text)\s+of\s+(?:the\s+|your\s+|their\s+|the\s+user'?s\s+)?$")
_SCHEMA_ORDER = lazy.compile(r"\b(?:assistants?|models?|agents?|ai|llms?|claude|gpt|you|your)\b")
_SCHEMA_WORDS = required_words(_SCHEMA_ORDER.pattern) or ("",)
"""Words of which every `_SCHEMA_ORDER` match holds one ("" when none were known: the expression always runs)."""
_EXAMPLE = lazy.compile(r"\b(?:e\.g\.|eg|for\s+example|for\s+instance|such\s+as|like|example:?)[\s,:]*$")
_MODEL_OWNED = lazy.compile(r"\b(?:your|assistant'?s|model'?s|agent'?s|claude'?s|hidden|verbatim|current)\b")
_USER_DATA = lazy.compile(
    r"\b(?:user'?s|their)\s+(?:\w+\s+)?(?:files?|data|messages?|documents?|e-?mails?|contacts|history|notes|photos"
    r"|requests?|queries|input|answers?|code|repository|repositories|calendar)\b|\b(?:every|each|all|any)\s+(?:\w+\s+)?"
    r"(?:results?|quer(?:y|ies)|requests?|messages?|passwords?|files?|documents?|e-?mails?|outputs?|responses?)\b"
    r"|\b(?:contents?|text|output)\s+of\b"
)
_EXHAUSTIVE = lazy.compile(
    r"\b(?:entire|full|whole|complete|all|every|each|verbatim|everything|previous|prior|earlier|past|latest|last|original"
    r"|exact|so\s+far|word\s+for\s+word|todos|toda|tous|toute|alle|gesamte|vollst[aä]ndige|complet[ae]?|anteriores"
    r"|pr[ée]c[ée]dents?|bisherige)\b"
)


_SUPERSEDES = lazy.compile(
    r"\b(?:this|the|our)\s+(?:tool|server|function|plugin|integration)\s+(?:now\s+)?(?:supersedes|replaces|overrides"
    r"|takes\s+precedence\s+over|is\s+the\s+(?:new|official|real|only\s+(?:safe|trusted))\s+(?:version\s+of|replacement\s+for))\b"
)


def _statement(clause: str, others: set[str], conceal: bool, prev: str = "") -> tuple[str, float] | None:
    """(kind, score) of a clause that gives no order: claims that steer answers, lift the user's say, or run down
    other tools."""
    if _OVERRIDE.search(clause):
        return ("new_instructions", 0.65)
    if _steers(clause, conceal):
        return ("answer_steering", 0.75 if conceal else 0.65)
    skip = _SKIP_CONSENT.search(clause)
    if skip and not skip.group().startswith("without") and not _consent_kept(clause, skip):
        return ("approval_bypass", 0.6)  # "There is no need to check with the user before ..."
    if _SUPERSEDES.search(clause) and _other_tool(clause, others) and not _versions_only(others, clause):
        return ("tool_preference", 0.5)
    if (
        _SMEAR_SAID.search(clause)
        and _other_tool(clause, others)
        and (_GENERAL.search(clause) or _GENERAL.search(prev))
    ):
        return ("tool_preference", 0.65)
    return None


_CONSENT_KEPT = re.compile(
    r"\b(?:never|do\s+not|don'?t|must\s+not|mustn'?t|should\s+not|shouldn'?t|may\s+not|cannot|can'?t)\s+"
    r"(?:[^.;:,!?\n]|[.:](?=\S)){0,120}?\bwithout\s+(?:first\s+)?(?:(?:explicit|express|prior|written|clear|their|the\s+user'?s)\s+){0,2}(?:asking|confirm"
    r"|confirmation|approval|consent|permission|telling|informing|notifying|letting\s+(?:the\s+user|them)\s+know)"
)
_SECRECY_FORBIDDEN = lazy.compile(
    r"\b(?:never|do\s+not|don'?t|must\s+not|mustn'?t|should\s+not|shouldn'?t|may\s+not|cannot|can'?t)\s+[^.;:!?\n]{0,80}?"
    r"\b(?:silently|quietly|secretly|covertly|behind\s+the\s+user'?s\s+back|without\s+(?:a\s+)?(?:trace|notice|record))\b"
)
"""A prohibition of secrecy ("never purge anything silently"): it protects the user."""
"""A prohibition that keeps the user asked ("do not send data ... without asking the user"): the opposite of
skipping their consent."""


def _consent_kept(clause: str, conceal: re.Match[str]) -> bool:
    """Whether the secrecy words found are the end of a prohibition that requires the user's consent."""
    return any(m.start() <= conceal.start() < m.end() + 1 for m in _CONSENT_KEPT.finditer(clause))


def consent_kept(text: str, start: int) -> bool:
    """Whether the words at `start` ("without asking") close a prohibition in their sentence (see `_CONSENT_KEPT`)."""
    low = text.lower()
    return any(m.start() < start < m.end() for m in _CONSENT_KEPT.finditer(low, max(0, start - 140), start + 40))


MUTED = lazy.compile(
    r"\b(?:sends?|sent|posts?|posted|delivers?|delivered|messages?)\s+(?:it\s+|them\s+|messages?\s+|the\s+message\s+)?"
    r"(?:silently|quietly)\b(?=[^.]{0,80}?\b(?:notif\w*|sounds?|ping\w*|buzz\w*|vibrat\w*|disturb\w*)\b)"
    r"|\bwithout\s+(?:notifying|alerting|pinging|disturbing|showing\s+(?:their|the)\s+\w+\s+to)\s+(?:the\s+)?"
    r"(?:recipients?|members?|subscribers?|followers?|watchers?|attendees?|participants?|guests?|invitees?|channel"
    r"|group|chat|others|other\s+\w+)\b"
)
"""A message sent without a sound or a notice to its recipients (a chat tool's option, not something kept from the
user): "send it silently, without notifying the recipients"."""
_CANDOUR_KEPT = lazy.compile(
    r"\b(?:never|do\s+not|don'?t|must\s+not|mustn'?t|should\s+not|shouldn'?t|may\s+not)\s+(?:tell|inform|assure"
    r"|say\s+to|report\s+to|promise)\s+(?:the\s+)?(?:users?|customers?|clients?|patients?|them|anyone)\s+(?:that\s+)?"
    r"(?:(?:it|they|this|that|the\s+[\w-]+|everything|all|a\s+[\w-]+)\s+(?:has\s+|have\s+|was\s+|were\s+|is\s+|are\s+"
    r"|went\s+|will\s+be\s+)?(?:succeeded|worked|passed|successful|fine|ok|okay|done|complete|completed|through|well"
    r"|safe|resolved|sent|paid|approved|guaranteed|risk-?free)|to\s+(?!the\b|a\b|an\b|them\b|anyone\b)\w+)"
    r"|\b(?:if|when|unless|until|before|while)\b[^.;]{0,80}?\b(?:never|do\s+not|don'?t|must\s+not|should\s+not)\s+(?:tell"
    r"|inform|assure|say\s+to)\s+(?:the\s+)?(?:users?|customers?|clients?|patients?|them)\s+(?:that\s+)?(?:it|they|the\s+"
    r"[\w-]+|everything|all)\s+(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?!sent\b|shared\b|copied\b"
    r"|forwarded\b|uploaded\b|stored\b|logged\b|recorded\b|collected\b)\w+"
)
"""A prohibition of a false report or of advice ("if a deploy fails, never tell the user it succeeded", "do not tell
the user to buy or sell"): it keeps the user told the truth."""


OWN_INTERNALS = lazy.compile(
    r"\b(?:never|do\s+not|don'?t|must\s+not|should\s+not|avoid)\s+(?:tell\w*|show\w*|reveal\w*|disclos\w*|giv\w*|shar\w*"
    r"|expos\w*|mention\w*|read\w*\s+out|quot\w*)\s+(?:to\s+)?(?:(?:the\s+|any\s+)?(?:users?|customers?|clients?|patients?"
    r"|applicants?|posters?|callers?|buyers?|members?|players?|students?|them|him|her|anyone)\s+)?(?:the\s+|its\s+|our"
    r"\s+|any\s+|their\s+)?(?:internal|raw|exact|underlying|numeric(?:al)?|hidden|model'?s?|scoring)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:scores?|thresholds?|weights?|probabilit(?:y|ies)|rule\s+ids?|rules?|signals?|logic|features?|ranks?"
    r"|confidence|ratings?|cut-?offs?|flags?|heuristics?|codes?)\b(?:\s+(?:to|with)\s+(?:the\s+)?[\w-]+)?"
    r"(?=\s*(?:$|[;,.:)]|or\b|and\b|but\b))"
)
"""A tool's own internals kept from the person (its internal risk score, the model's raw probability, rule ids):
nothing is done behind their back, they are told the outcome."""

_KEPT_DATUM = (
    r"\b(?:secret|token|password|passcode|pin|key|value|credential|cvv|cvc|iban)s?\b|\b(?:card|account)\s+numbers?\b"
    r"|\bsecurity\s+(?:code|answer)s?\b"
)
"""Data that secrecy words keep from a person ("do not tell the caller the card number")."""


def _omits_param(said: str, params: set[str]) -> bool:
    """Whether a secrecy match only leaves out one of the tool's own parameters ("create the link without a comment"
    in a tool taking `comment`): an argument omitted, not something kept from the user."""
    words = said.split()
    return len(words) > 1 and words[0] == "without" and words[-1] in {p.lower() for p in params}


def _concealing_is_protective(clause: str, at: int) -> bool:
    """Secrecy words that protect the user ("never show the token to the user", "never tell the user it worked
    when it failed") rather than hide from them."""
    if any(m.start() <= at < m.end() for m in _CANDOUR_KEPT.finditer(clause)):
        return True
    if any(m.start() <= at < m.end() for m in MUTED.finditer(clause)):
        return True
    if any(m.start() <= at < m.end() for m in OWN_INTERNALS.finditer(clause)):
        return True
    window = clause[at : at + 80]
    return bool(re.search(_KEPT_DATUM, window)) and not re.search(
        r"\b(?:this|these|that|it|the\s+(?:switch|step|call|change|instruction|upload|copy))\b", window[:40]
    )


def _moved(clause: str, at: int) -> bool:
    """Whether a verb that hands data over has the secret at `at` as its object ("put their API key in ..."), not as a
    place ("store it in their password manager")."""
    for mv in _MOVE.finditer(clause, max(0, at - 60), at):
        between = clause[mv.end() : at]
        if len(between.split()) <= 6 and not re.search(r"\b(?:in|into|to|on|at|with|using|via|it|them)\b", between):
            return True
    return False


_RUN_JOB = frozenset(
    "shell exec execute terminal command commands bash sh sql query queries run script process database db table tables"
    " postgres postgresql mysql sqlite migration migrations".split()
)


def _asks_first(clause: str) -> bool:
    """Whether a change is put to the user first ("shows a diff and asks before overwriting")."""
    return re.search(r"\b(?:asks?|confirm|confirms|approval|approve|review|go-?ahead|permission)\b", clause) is not None


def _other_tool(clause: str, others: set[str]) -> bool:
    """Whether the clause names a tool other than this one (an identifier not its own, or "other/any ... tools")."""
    for m in _OTHER_TOOL.finditer(clause):
        if m.group("ident"):
            name = m.group("ident").strip("`")
            if name not in others and not name.startswith(("e_", "x_")):
                return True
        else:
            text = m.group("named").strip()
            if text in _NOT_TOOL or text.endswith(("this tool", "this function")):
                continue
            return True
    return False
