"""Poisoned tool, prompt and resource definitions: hidden orders to the model inside descriptions and schemas."""

from __future__ import annotations

from .findings import Finding, lower_aligned
from .injection import SHARED_RULES, YOU, rule, scan

# Uses the injection rules plus signals that only make sense in a definition: references to credential files,
# asking to smuggle data through a parameter, orders about other tools, redirecting mail or payments, and coercion
# ("otherwise the tool will not work"). Telling the model to call a tool is normal in a definition and weighs
# little here. Scores combine over the whole definition (see `injection.combined`).

DETECTOR = "poisoning"

_SENSITIVE = (
    r"(?:~/\.ssh|\.ssh/|\bid_(?:rsa|dsa|ecdsa|ed25519)\b|(?<![\w.])\.env\b|~/\.aws|\.aws/(?:credentials|config)"
    r"|/etc/(?:passwd|shadow|sudoers)|\.npmrc|\.pypirc|\.netrc|\.git-credentials|\.docker/config\.json|\.kube/config"
    r"|\bkeychains?\b|login\.keychain|\bcookies?\.(?:sqlite|db|txt)|browser\s+cookies|\bmcp\.json\b"
    r"|claude_desktop_config\.json|\.cursor/|\.gnupg|wallet\.dat|\.(?:bash|zsh)_history|credentials\.json"
    r"|\bprivate\s+keys?\b|\bseed\s+phrase)"
)

RULES = (
    *SHARED_RULES,
    rule(
        YOU,
        {
            "now": ("tool_directive", 0.3),
            "must": ("tool_directive", 0.2),
            "task": ("new_instructions", 0.7),
            "mode": ("new_instructions", 0.7),
        },
    ),
    rule(_SENSITIVE, ("sensitive_file", 0.4)),
    rule(
        rf"\b(?:read|open|cat|load|include|pass|send|attach|upload|extract|copy|access|fetch|get|collect)\b[^.\n]{{0,60}}?{_SENSITIVE}",
        ("sensitive_file", 0.55),
    ),
    rule(
        r"\bpass\s+(?:its|the|their|this|that|all|the\s+file'?s?)\s+(?:content|contents|value|data|text)\s+(?:as|in|into|to|via)\b"
        r"|\b(?:content|contents)\s+(?:as|in|into)\s+(?:the\s+)?['\"`]\w+['\"`]",
        ("parameter_smuggling", 0.5),
    ),
    rule(
        r"(?P<when>\b(?:when|whenever|before|after|if)\s+(?:the\s+|any\s+|this\s+|a\s+)?(?:[`'\"]?[\w.-]{1,64}[`'\"]?\s+)?"
        r"(?:tool|function)\s+is\s+(?:called|used|invoked|available|present|executed|run)\b)"
        r"|(?P<effect>\b(?:side\s+effects?|effects?|impact)\s+on\s+(?:the\s+)?(?:also\s+present\s+|other\s+)?"
        r"[`'\"]?[\w.-]{1,64}[`'\"]?\s+tools?\b)",
        {"when": ("cross_tool", 0.4), "effect": ("cross_tool", 0.6)},
    ),
    rule(
        r"\b(?:must|should|shall|always)\s+(?:send|forward|redirect|route|bcc|cc|copy)\s+(?:all|every|any)\s+"
        r"(?:e-?mails?|messages?|payments?|transfers?|requests?|data)\s+to\b"
        r"|\b(?:all|every|any)\s+(?:e-?mails?|messages?|payments?|transfers?)\s+(?:must|should|shall)\s+(?:be\s+)?"
        r"(?:sent|forwarded|redirected|routed|bcc'?d|cc'?d|copied)\s+to\b",
        ("redirect", 0.7),
    ),
    rule(
        r"\botherwise\s+(?:the\s+)?(?:tool|this|it)\s+(?:will\s+not|won'?t|cannot|can'?t)\s+work"
        r"|\b(?:will|would)\s+crash\b|\bdata\s+will\s+be\s+lost|\bvery\s+very\b"
        r"|\b(?:could|would|will)\s+(?:even\s+)?upset\s+the\s+user",
        ("coercion", 0.3),
    ),
)


def find(text: str, low: str | None = None) -> list[Finding]:
    """Scored poisoning signals in one string of a definition."""
    if len(text) < 4:
        return []
    return scan(low if low is not None else lower_aligned(text), RULES, DETECTOR)
